//! Inspections (巡查, SC-4.1): the coordination office or a room head observes a person at
//! their post and records what they saw, good conduct or a breach of the rules of conduct.
//! The records are the evidence the grounds of commendation and penalty rest on.

use super::refs::StaffId;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::conduct::Ground;
use super::config::Staff;
use super::date::Date;
use super::fields::non_empty;
use super::id::RecordId;

/// The rule of conduct observed (service procedure 4.0 (1)–(5)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConductRule {
    /// Dress and appearance (著裝).
    Dress,
    /// Courteous language (文明用語).
    Language,
    /// At the post: no empty or swapped posts, no chatting (空崗／串崗／閑談).
    Post,
    /// No favours, meals or gifts (吃拿卡要).
    Integrity,
    /// A tidy desk (整潔).
    Tidiness,
    /// No smoking (禁煙).
    Smoking,
    Other,
}

impl ConductRule {}

/// One observation at a post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inspection {
    pub id: RecordId,
    /// The working day of the observation.
    pub on: Date,
    /// Who inspected: the coordination office or the person's room head.
    pub by: StaffId,
    /// Who was observed.
    pub staff: StaffId,
    pub rule: ConductRule,
    /// Good conduct (evidence for a commendation) rather than a breach.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub good: bool,
    /// What was seen.
    pub note: String,
}

impl Inspection {
    pub fn record(
        id: RecordId,
        by: &Staff,
        staff: &str,
        on: Date,
        rule: ConductRule,
        good: bool,
        note: String,
    ) -> Inspection {
        let note = non_empty(Some(note)).unwrap_or_default();
        Inspection { id, on, by: by.id, staff: staff.trim().into(), rule, good, note }
    }

    /// The grounds this observation is evidence for (RP-1 to RP-3): good integrity C3, other
    /// good conduct C2; a breach of integrity R3; any other breach P1, R1 (after a
    /// criticism) and R2 (repeated); any breach R5.
    pub fn grounds(&self) -> &'static [Ground] {
        match (self.good, self.rule) {
            (true, ConductRule::Integrity) => &[Ground::C3],
            (true, _) => &[Ground::C2],
            (false, ConductRule::Integrity) => &[Ground::R3, Ground::R5],
            (false, _) => &[Ground::P1, Ground::R1, Ground::R2, Ground::R5],
        }
    }
}

super::token::tokens! {
    ConductRule = "conduct-rule" => [Dress, Language, Post, Integrity, Tidiness, Smoking, Other];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::RecordKind;
    use crate::domain::testing::*;

    fn seen(b: &Bench, rule: ConductRule, good: bool) -> Inspection {
        let id = RecordId::new(RecordKind::Inspection, 2026, 1);
        Inspection::record(id, &b.who("S01"), "S03", day("2026-03-02"), rule, good, "所見".into())
    }

    /// SC-4.1: what each observation is evidence for.
    #[test]
    fn grounds_follow_the_observation() {
        let b = Bench::new();
        assert_eq!(seen(&b, ConductRule::Integrity, true).grounds(), [Ground::C3]);
        assert_eq!(seen(&b, ConductRule::Dress, true).grounds(), [Ground::C2]);
        assert_eq!(seen(&b, ConductRule::Integrity, false).grounds(), [Ground::R3, Ground::R5]);
        assert_eq!(seen(&b, ConductRule::Post, false).grounds(), [Ground::P1, Ground::R1, Ground::R2, Ground::R5]);
    }

    /// Recorded by the office or the person's own room head; never by the person.
    #[test]
    fn who_may_record_it() {
        let b = Bench::new();
        let by = |who: &str| {
            let mut i = seen(&b, ConductRule::Post, false);
            i.by = who.into();
            let mut bench = Bench::new();
            bench.records.put(i);
            bench.errors(day("2026-03-02"))
        };
        assert!(by("S01").is_empty(), "the coordination office: {:?}", by("S01"));
        assert!(by("S06").is_empty(), "the room head of R1: {:?}", by("S06"));
        assert_eq!(by("S04"), ["inspection.by-office-or-head"], "a colleague");
        assert_eq!(by("S03"), ["inspection.by-office-or-head"], "the person observed");
    }
}
