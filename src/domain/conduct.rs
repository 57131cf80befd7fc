//! Rewards and penalties (獎懲), RP-1 to RP-3: proposals by the coordination office,
//! decisions by the deciding role of the clause, and the grounds the records already show.
//!
//! Penalty and commendation records are proposals until the deciding role signs them off
//! (DOMAIN.md "Readings"). `suggest` only lists; nothing is decided automatically.

use super::refs::StaffId;
use crate::domain::token::Token as _;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::clause::Clause;
use super::config::{Role, Staff};
use super::date::{Date, Month};
use super::fields::non_empty;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConductKind {
    /// 書面表揚 (RP-1)
    Commendation,
    /// 批評 (RP-2)
    Criticism,
    /// 警告 (RP-2)
    Warning,
    /// 通報批評 (RP-2)
    CirculatedCriticism,
    /// 撤離 (RP-3)
    Removal,
}

impl ConductKind {
    /// Criticism, warning or circulated criticism: the RP-2 penalties.
    pub fn is_rp2_penalty(self) -> bool {
        matches!(self, ConductKind::Criticism | ConductKind::Warning | ConductKind::CirculatedCriticism)
    }
}

/// The listed grounds of RP-1 (C), RP-2 (P) and RP-3 (R).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Ground {
    C1,
    C2,
    C3,
    P1,
    P2,
    P3,
    P4,
    R1,
    R2,
    R3,
    R4,
    R5,
}

impl Ground {
    /// The clause that lists this ground.
    pub fn clause(self) -> Clause {
        use Ground::*;
        match self {
            C1 | C2 | C3 => Clause::Rp1,
            P1 | P2 | P3 | P4 => Clause::Rp2,
            R1 | R2 | R3 | R4 | R5 => Clause::Rp3,
        }
    }

    pub fn fits(self, kind: ConductKind) -> bool {
        match self.clause() {
            Clause::Rp1 => kind == ConductKind::Commendation,
            Clause::Rp2 => kind.is_rp2_penalty(),
            _ => kind == ConductKind::Removal,
        }
    }

    /// The kinds a ground allows, for messages.
    /// The kinds the ground's clause allows, in words.
    pub fn kinds(self) -> crate::i18n::Msg {
        match self.clause() {
            Clause::Rp1 => crate::msg!("kinds-rp1"),
            Clause::Rp2 => crate::msg!("kinds-rp2"),
            _ => crate::msg!("kinds-rp3"),
        }
    }

    /// Who decides (RP-1 and RP-3: the executive deputy director; RP-2: the deputy director).
    pub fn decider(self) -> Role {
        if self.clause() == Clause::Rp2 { Role::DeputyDirector } else { Role::ExecutiveDeputyDirector }
    }

    /// What the ground says, in the current language.
    pub fn describe(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(format!("ground-{self}"))
    }
}

/// What a proposal rests on: a record, or the person's monthly attendance sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Evidence {
    Record(RecordId),
    /// `SHEET-2026-03`: the person's monthly attendance sheet of that month.
    Sheet(Month),
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Record(id) => write!(f, "{id}"),
            Evidence::Sheet(m) => write!(f, "SHEET-{m}"),
        }
    }
}

impl FromStr for Evidence {
    type Err = crate::i18n::Msg;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Some(month) = t.strip_prefix("SHEET-").or_else(|| t.strip_prefix("sheet-")) {
            return month.parse().map(Evidence::Sheet).map_err(|e: super::date::MonthParseError| e.msg());
        }
        t.parse::<RecordId>().map(Evidence::Record).map_err(|_| crate::msg!("evidence-bad", text = t))
    }
}

impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Evidence {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Evidence".into()
    }

    /// A record of any kind (the prefixes of every kind) or a monthly sheet.
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let prefixes: Vec<&str> = crate::domain::id::RecordKind::ALL.iter().map(|k| k.prefix()).collect();
        let pattern = format!("^(({})-[0-9]{{4}}-[0-9]{{4,6}}|SHEET-[0-9]{{4}}-(0[1-9]|1[0-2]))$", prefixes.join("|"));
        schemars::json_schema!({
            "type": "string",
            "pattern": pattern
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConductStatus {
    /// Waiting for the deciding role.
    Proposed,
    Approved,
    Rejected,
}

/// One proposal and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conduct {
    pub id: RecordId,
    pub status: ConductStatus,
    pub staff: StaffId,
    pub kind: ConductKind,
    pub ground: Ground,
    pub note: String,
    /// The records it rests on.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    pub proposed: Date,
    pub proposed_by: StaffId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<ConductDecision>,
    /// The letter to the seconding unit (RP-1; RP-3 for a removal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notified: Option<Notification>,
    /// An approved circulated criticism made known across the centre (通報, RP-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circulated: Option<Circulation>,
}

/// RP-2: how a circulated criticism was made known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Circulation {
    pub on: Date,
    pub by: StaffId,
    /// How: a notice on the board, a staff meeting, a circular.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConductDecision {
    pub on: Date,
    pub by: StaffId,
    pub approved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notification {
    pub on: Date,
    pub by: StaffId,
    /// The seconding unit the letter went to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// What the coordination office proposes.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub kind: ConductKind,
    pub ground: Ground,
    pub note: String,
    pub evidence: Vec<Evidence>,
}

impl Conduct {
    /// A proposal by `by` on `today`. Whether it may be made (the office proposes, the kind
    /// fits, the evidence shows the ground for this person) is for the rules.
    pub fn propose(id: RecordId, person: &Staff, by: &Staff, proposal: Proposal, today: Date) -> Conduct {
        let mut evidence = proposal.evidence;
        evidence.sort();
        evidence.dedup();
        Conduct {
            id,
            status: ConductStatus::Proposed,
            staff: person.id,
            kind: proposal.kind,
            ground: proposal.ground,
            note: proposal.note.trim().to_string(),
            evidence,
            proposed: today,
            proposed_by: by.id,
            decision: None,
            notified: None,
            circulated: None,
        }
    }

    /// The deciding role of the clause approves or rejects; once.
    pub fn decide(&mut self, by: &Staff, today: Date, approved: bool, note: Option<String>) -> Result<(), Refusal> {
        if self.status != ConductStatus::Proposed {
            return refuse(
                self.ground.clause(),
                crate::msg!("conduct-already-decided", id = self.id, status = self.status.name()),
            );
        }
        self.decision = Some(ConductDecision { on: today, by: by.id, approved, note: non_empty(note) });
        self.status = self.derived_status();
        Ok(())
    }

    /// RP-2: an approved circulated criticism is made known across the centre; once.
    pub fn circulate(&mut self, by: &Staff, today: Date, note: Option<String>) -> Result<(), Refusal> {
        let clause = self.ground.clause();
        if self.status != ConductStatus::Approved || self.kind != ConductKind::CirculatedCriticism {
            return refuse(
                clause,
                crate::msg!(
                    "conduct-only-circulated",
                    id = self.id,
                    kind = self.kind.name(),
                    status = self.status.name()
                ),
            );
        }
        if let Some(c) = &self.circulated {
            return refuse(clause, crate::msg!("conduct-already-circulated", id = self.id, day = c.on));
        }
        self.circulated = Some(Circulation { on: today, by: by.id, note: non_empty(note) });
        Ok(())
    }

    /// RP-1: the letter went to the person's seconding unit; once.
    pub fn notify(&mut self, by: &Staff, today: Date, unit: Option<String>) -> Result<(), Refusal> {
        let clause = self.ground.clause();
        if self.status != ConductStatus::Approved {
            return refuse(
                clause,
                crate::msg!("conduct-only-approved-sent", id = self.id, status = self.status.name()),
            );
        }
        if let Some(n) = &self.notified {
            return refuse(clause, crate::msg!("conduct-already-sent", id = self.id, day = n.on));
        }
        self.notified = Some(Notification { on: today, by: by.id, unit });
        Ok(())
    }

    pub fn derived_status(&self) -> ConductStatus {
        match &self.decision {
            None => ConductStatus::Proposed,
            Some(d) if d.approved => ConductStatus::Approved,
            Some(_) => ConductStatus::Rejected,
        }
    }

    /// The day it was approved, if it was.
    pub fn approved_on(&self) -> Option<Date> {
        self.decision.as_ref().filter(|d| d.approved).map(|d| d.on)
    }

    /// RP-3: an approved removal takes effect on its decision date.
    pub fn removal_effective(&self) -> Option<Date> {
        (self.kind == ConductKind::Removal).then(|| self.approved_on()).flatten()
    }
}

/// The earliest approved RP-2 penalty of `staff` on P1, decided on or before `day`: what R1
/// (not corrected after criticism) follows.
pub fn prior_criticism<'a>(
    staff: &str,
    day: Date,
    history: impl IntoIterator<Item = &'a Conduct>,
) -> Option<&'a Conduct> {
    history
        .into_iter()
        // R1 (經批評仍不改正) follows a criticism of the person's conduct: P1, grounded on a
        // complaint or an inspection breach; an attendance (P2) criticism does not ground it.
        .filter(|c| c.staff == staff && c.kind.is_rp2_penalty() && c.ground == Ground::P1)
        .filter(|c| c.approved_on().is_some_and(|d| d <= day))
        .min_by_key(|c| c.approved_on())
}

super::token::tokens! {
    ConductKind = "conduct" => [Commendation, Criticism, Warning, CirculatedCriticism, Removal];
    ConductStatus = "decision" => [Proposed, Approved, Rejected];
    Ground = "ground" => [C1, C2, C3, P1, P2, P3, P4, R1, R2, R3, R4, R5];
}
