//! Closed sets of values (channels, statuses, kinds, grounds) written in record files as
//! stable English tokens. The command line parses them through [`Token`] (in `src/cli`),
//! so the domain knows nothing of clap.

use std::fmt::Display;

/// A value written as one stable token: its `Display`, the same text serde writes.
pub trait Token: Copy + Display + Send + Sync + 'static {
    /// Every value, in the order they are listed to people.
    const ALL: &'static [Self];

    /// The value whose token is `text`, ignoring case and surrounding space.
    fn from_token(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL.iter().copied().find(|t| t.to_string().eq_ignore_ascii_case(text))
    }
}

macro_rules! tokens {
    ($($ty:ty => [$($variant:ident),* $(,)?];)*) => {
        $(impl Token for $ty {
            const ALL: &'static [Self] = &[$(<$ty>::$variant),*];
        })*
    };
}

use super::attendance::{IncidentKind, Recipient};
use super::capa::{ActionKind, CapaStatus};
use super::complaint::{Channel, ComplaintStatus};
use super::conduct::{ConductKind, ConductStatus, Ground};
use super::leave::{LeaveKind, LeaveStatus};

tokens! {
    Channel => [InPerson, Phone, Box, Letter, Email];
    ComplaintStatus => [Received, Explained, Accepted, InCapa, Closed, Praise];
    CapaStatus => [Open, AwaitingVerification, Effective];
    ActionKind => [Corrective, Preventive];
    LeaveKind => [LeavePost, Personal, Sick, Annual];
    LeaveStatus => [Pending, Approved, Noted, Rejected, Cancelled];
    IncidentKind => [Late, Early, Absent];
    Recipient => [SecondingUnit, CoordinationOffice];
    ConductKind => [Commendation, Criticism, Warning, CirculatedCriticism, Removal];
    ConductStatus => [Proposed, Approved, Rejected];
    Ground => [C1, C2, C3, P1, P2, P3, P4, R1, R2, R3, R4, R5];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token people type is the one the file holds.
    fn agrees<T: Token + serde::Serialize>() {
        for t in T::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::Value::String(t.to_string()));
            assert_eq!(T::from_token(&t.to_string().to_uppercase()).map(|x| x.to_string()), Some(t.to_string()));
        }
    }

    #[test]
    fn every_token_is_what_serde_writes() {
        agrees::<Channel>();
        agrees::<ComplaintStatus>();
        agrees::<CapaStatus>();
        agrees::<ActionKind>();
        agrees::<LeaveKind>();
        agrees::<LeaveStatus>();
        agrees::<IncidentKind>();
        agrees::<Recipient>();
        agrees::<ConductKind>();
        agrees::<ConductStatus>();
        agrees::<Ground>();
        assert_eq!(Channel::from_token(" In-Person "), Some(Channel::InPerson));
        assert_eq!(Channel::from_token("fax"), None);
    }
}
