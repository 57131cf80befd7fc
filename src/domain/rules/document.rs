//! Rules on the document register (RP-2 P3): documents are registered when received, handed
//! to one person at a time, signed for by the receiver; a loss says whose charge it was.

use crate::msg;

use super::{Act, Kind, Sink, World, rules};
use crate::domain::date::Date;
use crate::domain::document::Document;
use crate::domain::id::RecordKind;

rules! {
    REGISTERED = "doc.registered", Rp2, Error, Recorded,
        "A document is registered with its title, sender and where it is kept, by someone in the directory.";
    ONE_HOLDER = "doc.one-holder", Rp2, Error, Recorded,
        "A document is handed over again only after it came back, and nothing happens to it once closed or lost.";
    SIGNED_FOR = "doc.signed-for", Rp2, Warning, Recorded,
        "Each hand-over is signed for by its receiver (a warning of the register; P3 needs a document lost or damaged).";
    LOSS_RECORDED = "doc.loss-recorded", Rp2, Error, Recorded,
        "A loss or damage names whose charge the document was in and what happened.";
}

impl Kind for Document {
    fn about(&self, who: &str) -> bool {
        self.hand_overs.iter().any(|h| h.to == who) || self.p3_against().contains(&who)
    }

    fn dated(&self) -> Date {
        self.received
    }

    fn finished(&self) -> bool {
        self.closed.is_some() || self.loss.is_some()
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        for (key, text) in [("title", &self.title), ("from", &self.from), ("kept", &self.kept)] {
            if text.trim().is_empty() {
                sink.report(&REGISTERED, key, msg!("rule-doc-empty", key = key));
            }
        }
        world.person(&self.received_by, "received_by", sink);
        world.not_future(self.received, "received", sink);
        let mut previous = self.received;
        let mut out = false;
        for (i, h) in self.hand_overs.iter().enumerate() {
            let key = format!("hand_overs.{i}");
            if out {
                sink.report(&ONE_HOLDER, format!("{key}.on"), msg!("rule-doc-handed-twice", id = self.id, n = i + 1));
            }
            world.person(&h.to, &format!("{key}.to"), sink);
            world.in_order(
                (previous, crate::tid!("when-doc-previous")),
                (h.on, crate::tid!("when-doc-hand-over")),
                &format!("{key}.on"),
                sink,
            );
            match h.signed {
                None => sink.report(
                    &SIGNED_FOR,
                    format!("{key}.signed"),
                    msg!("rule-doc-unsigned", id = self.id, who = &h.to, day = h.on),
                ),
                Some(signed) => world.in_order(
                    (h.on, crate::tid!("when-doc-hand-over")),
                    (signed, crate::tid!("when-doc-signed")),
                    &format!("{key}.signed"),
                    sink,
                ),
            }
            if let Some(back) = h.returned {
                world.in_order(
                    (h.on, crate::tid!("when-doc-hand-over")),
                    (back, crate::tid!("when-doc-returned")),
                    &format!("{key}.returned"),
                    sink,
                );
                previous = back;
            } else {
                previous = h.on;
            }
            out = h.returned.is_none();
        }
        if let Some(c) = &self.closed {
            if out || self.loss.is_some() {
                sink.report(&ONE_HOLDER, "closed", msg!("rule-doc-closed-while-out", id = self.id));
            }
            world.person(&c.by, "closed.by", sink);
            world.in_order(
                (previous, crate::tid!("when-doc-previous")),
                (c.on, crate::tid!("when-doc-closed")),
                "closed.on",
                sink,
            );
        }
        if let Some(l) = &self.loss {
            world.person(&l.responsible, "loss.responsible", sink);
            if l.note.trim().is_empty() {
                sink.report(&LOSS_RECORDED, "loss.note", msg!("rule-doc-loss-note"));
            }
            world.in_order(
                (self.received, crate::tid!("when-doc-received")),
                (l.on, crate::tid!("when-doc-loss")),
                "loss.on",
                sink,
            );
        }
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        let mut acts = vec![Act { on: self.received, by: &self.received_by, key: "received_by".into() }];
        for (i, h) in self.hand_overs.iter().enumerate() {
            acts.push(Act { on: h.on, by: &h.by, key: format!("hand_overs.{i}.by") });
        }
        acts.extend(self.closed.iter().map(|c| Act { on: c.on, by: &c.by, key: "closed.by".into() }));
        acts.extend(self.loss.iter().map(|l| Act { on: l.on, by: &l.by, key: "loss.by".into() }));
        acts
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Conduct]
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("doc.registered", "DOC-2026-0001", |_, r| {
            rec::<crate::domain::document::Document>(r, "DOC-2026-0001").kept = " ".into()
        }),
        ("doc.one-holder", "DOC-2026-0001", |_, r| {
            rec::<crate::domain::document::Document>(r, "DOC-2026-0001").hand_overs[0].returned = None
        }),
        ("doc.signed-for", "DOC-2026-0001", |_, r| {
            rec::<crate::domain::document::Document>(r, "DOC-2026-0001").hand_overs[0].signed = None
        }),
        ("doc.loss-recorded", "DOC-2026-0002", |_, r| {
            rec::<crate::domain::document::Document>(r, "DOC-2026-0002").loss.as_mut().unwrap().note = String::new()
        }),
    ]
}
