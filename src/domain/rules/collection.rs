//! Rules on the complaint box (CC-4.2): the coordination office empties it once every
//! working day, each collection is recorded, and a form from the box names its collection.

use crate::domain::date::Date;
use crate::domain::token::Token as _;
use crate::msg;

use super::{Act, Kind, Records, Sink, World, rules};
use crate::domain::collection::Collection;
use crate::domain::complaint::{Channel, Complaint};
use crate::domain::id::RecordKind;

rules! {
    COLLECTED_BY_OFFICE = "box.collected-by-office", Cc4_2, Error, Recorded,
        "The coordination office empties the complaint box.";
    ONCE_A_WORKING_DAY = "box.once-a-working-day", Cc4_2, Error, Recorded,
        "A collection is on a working day, and there is one a day.";
    FORMS_IN_RANGE = "box.forms-in-range", Cc4_2, Error, Recorded,
        "A day's box holds at most 10,000 forms (a larger count is a typing error).";
    FORMS_COUNTED = "box.forms-counted", Cc4_2, Warning, Recorded,
        "No more box forms are logged against a collection than it found.";
    COLLECTED_DAILY = "box.collected-daily", Cc4_2, Warning, Today,
        "From the first recorded collection on, the box is emptied every working day before the report day.";
    FORM_TRACED = "complaint.box-form-traced", Cc4_2, Error, Recorded,
        "A form from the box, once collections are recorded, names the day of a recorded collection, not after the form was logged.";
}

impl Kind for Collection {
    fn about(&self, _who: &str) -> bool {
        false
    }

    fn dated(&self) -> Date {
        self.day
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        world.office(&self.by, "by", &COLLECTED_BY_OFFICE, crate::tid!("step-collect"), sink);
        world.not_future(self.day, "day", sink);
        if !world.calendar.is_working_day(self.day) {
            sink.report(&ONCE_A_WORKING_DAY, "day", msg!("rule-box-not-working-day", day = self.day));
        }
        if let Some(first) = world.index.collections_on(self.day).iter().map(|c| c.id).min()
            && first < self.id
        {
            sink.report(&ONCE_A_WORKING_DAY, "day", msg!("rule-box-twice", day = self.day, first = first));
        }
        if self.forms > 10_000 {
            sink.report(&FORMS_IN_RANGE, "forms", msg!("rule-box-forms-range", forms = self.forms));
        }
        let logged = world.index.box_forms_of(self.day);
        let first_of_day = world.index.collections_on(self.day).iter().map(|c| c.id).min() == Some(self.id);
        if first_of_day && logged > self.forms {
            sink.report(
                &FORMS_COUNTED,
                "forms",
                msg!("rule-box-more-forms", logged = logged, forms = self.forms, day = self.day),
            );
        }
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        Act::single(self.day, &self.by)
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Collection, RecordKind::Complaint, RecordKind::Conduct]
    }
}

/// CC-4.2 for a complaint: a box form received once collections are recorded names the day
/// its collection was made, on or before it was logged.
pub(super) fn box_form(c: &Complaint, world: &World, sink: &mut Sink) {
    if c.channel != Channel::Box {
        if c.collected.is_some() {
            sink.report(&FORM_TRACED, "collected", msg!("rule-box-not-box", channel = c.channel.name()));
        }
        return;
    }
    let Some(first) = world.index.first_collection() else { return };
    match c.collected {
        None if c.received >= first => sink.report(&FORM_TRACED, "collected", msg!("rule-box-untraced", id = c.id)),
        None => {}
        Some(day) if world.index.collections_on(day).is_empty() => {
            sink.report(&FORM_TRACED, "collected", msg!("rule-box-no-collection", day = day))
        }
        Some(day) if day > c.received => {
            sink.report(&FORM_TRACED, "collected", msg!("rule-box-after", day = day, received = c.received))
        }
        Some(_) => {}
    }
}

/// CC-4.2: every working day from the first collection to the day before the report day
/// has one. Reported once per missing day under svc.toml (the centre's duty, no file).
pub(super) fn collected_daily(world: &World, records: &Records, sink: &mut Sink) {
    let Some(first) = records.collections.iter().map(|f| f.record.day).min() else { return };
    let mut missed = Vec::new();
    let mut day = first;
    while day < world.today {
        if world.calendar.is_working_day(day) && world.index.collections_on(day).is_empty() {
            missed.push(day);
        }
        day = day.succ();
    }
    let messages = super::folded(
        &missed,
        |day| msg!("rule-box-missed", day = day),
        |n, first, last| msg!("rule-box-missed-many", n = n, first = first, last = last),
    );
    for message in messages {
        sink.report(&COLLECTED_DAILY, "", message);
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("box.collected-by-office", "BOX-2026-0001", |_, r| rec::<Collection>(r, "BOX-2026-0001").by = "S11".into()),
        ("box.once-a-working-day", "BOX-2026-0002", |_, r| rec::<Collection>(r, "BOX-2026-0002").day = d("2026-11-02")),
        ("box.forms-counted", "BOX-2026-0012", |_, r| rec::<Collection>(r, "BOX-2026-0012").forms = 0),
        ("box.collected-daily", "svc.toml", |_, r| {
            r.collections.retain(|f| f.record.id.to_string() != "BOX-2026-0005")
        }),
        ("complaint.box-form-traced", "CMP-2026-0028", |_, r| rec::<Complaint>(r, "CMP-2026-0028").collected = None),
        ("box.forms-in-range", "BOX-2026-0012", |_, r| rec::<Collection>(r, "BOX-2026-0012").forms = 50_000),
    ]
}
