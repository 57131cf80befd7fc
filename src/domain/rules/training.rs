//! Rules on training and qualification (SC-3.2): recorded by the coordination office, a
//! qualification resting on training before it, for someone who works at a post.

use crate::domain::date::Date;
use crate::domain::token::Token as _;
use crate::msg;

use super::{Act, Kind, Sink, World, rules};
use crate::domain::config::Staff;
use crate::domain::id::RecordKind;
use crate::domain::training::{Qualification, Training};

rules! {
    RECORDED_BY_OFFICE = "training.recorded-by-office", Sc3_2, Error, Recorded,
        "Training and qualifications are recorded by the coordination office.";
    COURSE_STATED = "training.course-stated", Sc3_2, Error, Recorded,
        "A training record names its course and its hours (more than none, at most 2,000).";
    TRAINED_FIRST = "training.trained-before-qualified", Sc3_2, Error, Recorded,
        "A qualification rests on training of the person recorded on or before it, and names its certificate.";
}

fn by_office(world: &World, by: &str, sink: &mut Sink) {
    if let Some(s) = world.person(by, "by", sink)
        && !s.role.acts_for_coordination_office()
    {
        sink.report(
            &RECORDED_BY_OFFICE,
            "by",
            msg!("rule-training-by", who = format!("{} {}", s.id, s.name), role = s.role.name()),
        );
    }
}

fn at_a_post(world: &World, staff: &str, sink: &mut Sink) -> Option<Staff> {
    world.person(staff, "staff", sink).cloned()
}

impl Kind for Training {
    fn about(&self, who: &str) -> bool {
        self.staff == who
    }

    fn dated(&self) -> Date {
        self.on
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        by_office(world, &self.by, sink);
        at_a_post(world, &self.staff, sink);
        if self.course.trim().is_empty() {
            sink.report(&COURSE_STATED, "course", msg!("rule-training-course-empty"));
        }
        // A course takes some time, and no single record more than a year of working hours.
        if !(self.hours > 0.0 && self.hours <= 2000.0) {
            sink.report(&COURSE_STATED, "hours", msg!("rule-training-hours", hours = self.hours));
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

impl Kind for Qualification {
    fn about(&self, who: &str) -> bool {
        self.staff == who
    }

    fn dated(&self) -> Date {
        self.on
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        by_office(world, &self.by, sink);
        at_a_post(world, &self.staff, sink);
        if self.certificate.trim().is_empty() {
            sink.report(&TRAINED_FIRST, "certificate", msg!("rule-qualification-certificate"));
        }
        if !world.index.trained_by(&self.staff, self.on) {
            sink.report(&TRAINED_FIRST, "on", msg!("rule-qualification-untrained", who = &self.staff, day = self.on));
        }
        world.not_future(self.on, "on", sink);
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        Act::single(self.on, &self.by)
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Training, RecordKind::Conduct]
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("training.recorded-by-office", "TRN-2026-0001", |_, r| {
            rec::<crate::domain::training::Training>(r, "TRN-2026-0001").by = "S11".into()
        }),
        ("training.course-stated", "TRN-2026-0001", |_, r| {
            rec::<crate::domain::training::Training>(r, "TRN-2026-0001").hours = 0.0
        }),
        ("training.trained-before-qualified", "QUA-2026-0001", |_, r| {
            rec::<crate::domain::training::Qualification>(r, "QUA-2026-0001").on = d("2026-01-08")
        }),
    ]
}
