//! The document register (公文登記, RP-2 P3): documents the centre receives are signed for,
//! registered and kept; each hand-over is signed for by its receiver and comes back before
//! the next; a loss or damage is recorded with who was responsible. A document never signed
//! for, lost or damaged is the evidence of ground P3.

use super::refs::StaffId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::clause::Clause;
use super::config::Staff;
use super::date::Date;
use super::fields::non_empty;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};

/// One registered document and what happened to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: RecordId,
    pub title: String,
    /// Who sent it.
    pub from: String,
    /// The sender's reference number (文號).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub received: Date,
    /// Who signed for it on arrival.
    pub received_by: StaffId,
    /// Where it is kept.
    pub kept: String,
    /// Each time it was handed to someone, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hand_overs: Vec<HandOver>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Closed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loss: Option<Loss>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandOver {
    pub on: Date,
    pub by: StaffId,
    pub to: StaffId,
    /// The day the receiver signed for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Date>,
    /// The day it came back to where it is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closed {
    pub on: Date,
    pub by: StaffId,
}

/// Lost or damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Harm {
    Lost,
    Damaged,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Loss {
    pub on: Date,
    /// Who recorded it.
    pub by: StaffId,
    pub harm: Harm,
    /// Whose charge it was in.
    pub responsible: StaffId,
    pub note: String,
}

/// What a document is received with.
pub struct Arrival {
    pub title: String,
    pub from: String,
    pub number: Option<String>,
    pub kept: String,
}

impl Document {
    pub fn receive(id: RecordId, by: &Staff, today: Date, arrival: Arrival) -> Document {
        Document {
            id,
            title: arrival.title.trim().to_string(),
            from: arrival.from.trim().to_string(),
            number: non_empty(arrival.number),
            received: today,
            received_by: by.id,
            kept: arrival.kept.trim().to_string(),
            hand_overs: Vec::new(),
            closed: None,
            loss: None,
        }
    }

    fn ended(&self) -> Result<(), Refusal> {
        if let Some(c) = &self.closed {
            return refuse(Clause::Rp2, crate::msg!("doc-closed-already", id = self.id, day = c.on));
        }
        if let Some(l) = &self.loss {
            return refuse(Clause::Rp2, crate::msg!("doc-lost-already", id = self.id, day = l.on));
        }
        Ok(())
    }

    /// Who holds it now: the last receiver who has not returned it.
    pub fn out_with(&self) -> Option<&HandOver> {
        self.hand_overs.last().filter(|h| h.returned.is_none())
    }

    /// Handed to `to`; refused while it is out with someone else.
    pub fn hand_over(&mut self, by: &Staff, today: Date, to: &str) -> Result<(), Refusal> {
        self.ended()?;
        if let Some(h) = self.out_with() {
            return refuse(Clause::Rp2, crate::msg!("doc-still-out", id = self.id, who = &h.to, day = h.on));
        }
        self.hand_overs.push(HandOver { on: today, by: by.id, to: to.into(), signed: None, returned: None });
        Ok(())
    }

    /// The receiver of the last hand-over signs for it.
    pub fn sign(&mut self, by: &Staff, today: Date) -> Result<(), Refusal> {
        self.ended()?;
        let id = self.id;
        let Some(h) = self.hand_overs.last_mut().filter(|h| h.signed.is_none()) else {
            return refuse(Clause::Rp2, crate::msg!("doc-nothing-to-sign", id = id));
        };
        if h.to != by.id {
            return refuse(Clause::Rp2, crate::msg!("doc-sign-by-receiver", id = id, who = &h.to));
        }
        h.signed = Some(today);
        Ok(())
    }

    /// Back where it is kept.
    pub fn give_back(&mut self, today: Date) -> Result<(), Refusal> {
        self.ended()?;
        let id = self.id;
        let Some(h) = self.hand_overs.last_mut().filter(|h| h.returned.is_none()) else {
            return refuse(Clause::Rp2, crate::msg!("doc-not-out", id = id));
        };
        h.returned = Some(today);
        Ok(())
    }

    pub fn close(&mut self, by: &Staff, today: Date) -> Result<(), Refusal> {
        self.ended()?;
        if let Some(h) = self.out_with() {
            return refuse(Clause::Rp2, crate::msg!("doc-still-out", id = self.id, who = &h.to, day = h.on));
        }
        self.closed = Some(Closed { on: today, by: by.id });
        Ok(())
    }

    pub fn lose(
        &mut self,
        by: &Staff,
        today: Date,
        harm: Harm,
        responsible: &str,
        note: String,
    ) -> Result<(), Refusal> {
        self.ended()?;
        self.loss =
            Some(Loss { on: today, by: by.id, harm, responsible: responsible.into(), note: note.trim().to_string() });
        Ok(())
    }

    /// The people it gives ground P3 against: whoever had it in their charge when it was
    /// lost or damaged. A hand-over never signed for is a warning of the register, not P3
    /// (P3 as read after the second review: a document damaged or lost).
    pub fn p3_against(&self) -> Vec<&str> {
        self.loss.iter().map(|l| l.responsible.as_str()).collect()
    }
}

super::token::tokens! {
    Harm = "harm" => [Lost, Damaged];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::RecordKind;
    use crate::domain::testing::*;

    fn doc(b: &Bench) -> Document {
        let arrival =
            Arrival { title: "通知".into(), from: "區稅務局".into(), number: None, kept: "櫃A".into() };
        Document::receive(RecordId::new(RecordKind::Document, 2026, 1), &b.who("S01"), day("2026-03-02"), arrival)
    }

    /// RP-2 P3: one holder at a time, signed by the receiver only, nothing after an end.
    #[test]
    fn one_holder_signed_by_the_receiver() {
        let b = Bench::new();
        let mut d = doc(&b);
        let on = day("2026-03-03");
        d.hand_over(&b.who("S01"), on, "S03").unwrap();
        assert!(d.hand_over(&b.who("S01"), on, "S04").unwrap_err().message.mentions("S03"), "still out");
        assert!(d.sign(&b.who("S04"), on).is_err(), "not the receiver");
        assert!(d.p3_against().is_empty(), "unsigned is a warning of the register, not P3");
        d.sign(&b.who("S03"), on).unwrap();
        assert!(d.sign(&b.who("S03"), on).is_err(), "signed once");
        assert!(d.close(&b.who("S01"), on).is_err(), "closed only once back");
        d.give_back(day("2026-03-04")).unwrap();
        assert!(d.p3_against().is_empty());
        d.lose(&b.who("S01"), day("2026-03-05"), Harm::Damaged, "S04", "水浸".into()).unwrap();
        assert_eq!(d.p3_against(), ["S04"]);
        assert!(d.hand_over(&b.who("S01"), day("2026-03-06"), "S03").is_err(), "nothing after a loss");
        assert!(d.close(&b.who("S01"), day("2026-03-06")).is_err());
    }

    /// The rules see what a hand edit could break: a second holder without a return.
    #[test]
    fn check_reports_a_second_holder_and_an_unsigned_hand_over() {
        let mut b = Bench::new();
        let mut d = doc(&b);
        d.hand_overs.push(HandOver {
            on: day("2026-03-03"),
            by: "S01".into(),
            to: "S03".into(),
            signed: None,
            returned: None,
        });
        d.hand_overs.push(HandOver {
            on: day("2026-03-04"),
            by: "S01".into(),
            to: "S04".into(),
            signed: Some(day("2026-03-04")),
            returned: None,
        });
        b.records.put(d);
        let found: Vec<&str> = b.check(day("2026-03-05")).iter().map(|f| f.rule.name).collect();
        assert!(found.contains(&"doc.one-holder") && found.contains(&"doc.signed-for"), "{found:?}");
    }
}
