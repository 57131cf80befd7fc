//! Why a workflow step was refused: the clause it would break and what to do instead.

use std::fmt;

use super::clause::Clause;
use crate::i18n::Msg;

/// A step the procedures do not allow. Carries the clause so the message can be traced
/// back to the written procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub clause: Clause,
    pub message: Msg,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.message, self.clause)
    }
}

impl crate::error::Kinded for Refusal {
    fn kind(&self) -> crate::error::ErrorKind {
        crate::error::ErrorKind::Refused
    }
}

crate::error::keeps_its_kind!(Refusal);

/// Shorthand for building a refusal: `refuse(Clause::Cc4_5, format!(...))`.
pub fn refuse<T>(clause: Clause, message: impl Into<Msg>) -> Result<T, Refusal> {
    Err(Refusal { clause, message: message.into() })
}
