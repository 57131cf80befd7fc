//! Rules on inspections (巡查, SC-4.1): who may record an observation, of whom, when.

use crate::domain::date::Date;
use crate::domain::token::Token as _;
use crate::msg;

use super::{Act, Kind, Sink, World, people, rules};
use crate::domain::config::Role;
use crate::domain::id::RecordKind;
use crate::domain::inspection::Inspection;

rules! {
    BY_OFFICE_OR_HEAD = "inspection.by-office-or-head", Sc4_1, Error, Recorded,
        "An inspection is recorded by the coordination office or the observed person's room head, never by the person observed.";
    PERSON_AT_A_POST = "inspection.person-at-a-post", Sc4_1, Error, Recorded,
        "The person observed works at a post (staff, a room head or the coordination office), on a working day, before any removal took effect.";
    NOTE_WRITTEN = "inspection.note-written", Sc4_1, Error, Recorded,
        "An inspection says what was seen.";
}

impl Kind for Inspection {
    fn about(&self, who: &str) -> bool {
        self.staff == who
    }

    fn dated(&self) -> Date {
        self.on
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        let person = world.person(&self.staff, "staff", sink);
        if let Some(by) = world.person(&self.by, "by", sink) {
            let heads_room = by.role == Role::RoomHead && person.is_some_and(|p| p.room.is_some() && p.room == by.room);
            if self.by == self.staff || !(by.role.acts_for_coordination_office() || heads_room) {
                let who = format!("{} {}", by.id, by.name);
                sink.report(
                    &BY_OFFICE_OR_HEAD,
                    "by",
                    msg!("rule-inspection-by", who = who, role = by.role.name(), staff = &self.staff),
                );
            }
        }
        if let Some(p) = person
            && matches!(p.role, Role::DeputyDirector | Role::ExecutiveDeputyDirector)
        {
            sink.report(
                &PERSON_AT_A_POST,
                "staff",
                msg!("rule-inspection-director", who = &p.id, role = p.role.name()),
            );
        }
        if !world.calendar.is_working_day(self.on) {
            sink.report(&PERSON_AT_A_POST, "on", msg!("rule-inspection-not-working-day", day = self.on));
        }
        people::not_removed(world, &self.staff, self.on, "staff", sink);
        if self.note.trim().is_empty() {
            sink.report(&NOTE_WRITTEN, "note", msg!("rule-inspection-note-empty"));
        }
        world.not_future(self.on, "on", sink);
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        Act::single(self.on, &self.by)
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
        ("inspection.by-office-or-head", "INS-2026-0002", |_, r| {
            rec::<Inspection>(r, "INS-2026-0002").by = "S11".into()
        }),
        ("inspection.person-at-a-post", "INS-2026-0001", |_, r| {
            rec::<Inspection>(r, "INS-2026-0001").staff = "D01".into()
        }),
        ("inspection.note-written", "INS-2026-0004", |_, r| rec::<Inspection>(r, "INS-2026-0004").note = " ".into()),
    ]
}
