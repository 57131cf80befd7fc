//! Rules on the management review (CC-4.8): who submits the year's statistics, once, within
//! the policy's working days after the year, and with figures the records still give.

use crate::domain::token::Token as _;
use crate::msg;

use super::{Act, Kind, Records, Sink, World, rules};
use crate::domain::config::Role;
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::review::{Review, digest};
use crate::domain::stats::{YearInput, facts, read_for_year, yearly};

rules! {
    BY_OFFICE_HEAD = "review.by-office-head", Cc4_8, Error, Recorded,
        "The coordination office head submits the year's statistics to the management review.";
    AFTER_YEAR_END = "review.after-year-end", Cc4_8, Error, Recorded,
        "A year's statistics are submitted on or after 1 January of the next year, once the year is complete.";
    SUPERSEDES = "review.supersedes", Cc4_8, Error, Recorded,
        "A year's first submission supersedes nothing; each later one supersedes the one before it, not earlier, and says why.";
    FIGURES_UNCHANGED = "review.figures-unchanged", Cc4_8, Warning, Recorded,
        "The figures submitted are still what the records give as of the report day (a record entered or changed later would alter them).";
    HEADLINE_AGREES = "review.headline-agrees", Cc4_8, Error, Recorded,
        "The headline count written in the submission is the count of the figures it submitted.";
    SUBMITTED = "review.submitted", Cc4_8, Warning, Today,
        "Each year with complaints is submitted within `review_within_working_days` working days after it ends.";
}

impl Kind for Review {
    fn about(&self, _who: &str) -> bool {
        false
    }

    fn dated(&self) -> Date {
        self.submitted
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        if let Some(by) = world.person(&self.by, "by", sink)
            && by.role != Role::CoordinationOfficeHead
        {
            let who = format!("{} {}", by.id, by.name);
            sink.report(&BY_OFFICE_HEAD, "by", msg!("rule-review-by", who = who, role = by.role.name()));
        }
        versions(self, world, sink);
        if self.submitted.year() <= self.year {
            sink.report(
                &AFTER_YEAR_END,
                "submitted",
                msg!("rule-review-early", id = self.id, year = self.year, day = self.submitted, next = self.year + 1),
            );
        }
        world.not_future(self.submitted, "submitted", sink);
        let figures = figures_as_of(world, self.year, self.submitted);
        let as_submitted = digest(&figures) == self.digest;
        // With the figures as submitted (their digest), the headline is theirs: a different
        // count was written in by hand.
        if as_submitted && figures.complaints != self.complaints {
            sink.report(
                &HEADLINE_AGREES,
                "complaints",
                msg!("rule-review-headline", written = self.complaints, counted = figures.complaints),
            );
        }
        if !as_submitted {
            sink.report(
                &FIGURES_UNCHANGED,
                "digest",
                msg!("rule-review-figures", year = self.year, day = self.submitted),
            );
        }
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        Act::single(self.submitted, &self.by)
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Complaint, RecordKind::Capa, RecordKind::Review, RecordKind::Conduct]
    }
}

/// A resubmission supersedes the year's submission before it (by id), with its reason, and
/// comes after it; the first supersedes nothing.
fn versions(review: &Review, world: &World, sink: &mut Sink) {
    let before = world.index.reviews_of(review.year).iter().filter(|r| r.id < review.id).max_by_key(|r| r.id);
    match (before, review.supersedes) {
        (None, None) => {}
        (None, Some(named)) => sink.report(
            &SUPERSEDES,
            "supersedes",
            msg!("rule-review-supersedes-none", named = named, year = review.year),
        ),
        (Some(previous), named) => {
            if named != Some(previous.id) {
                sink.report(
                    &SUPERSEDES,
                    "supersedes",
                    msg!("rule-review-twice", year = review.year, first = previous.id),
                );
            }
            if review.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                sink.report(&SUPERSEDES, "reason", msg!("rule-review-reason", first = previous.id));
            }
            world.in_order(
                (previous.submitted, crate::tid!("when-previous-submission")),
                (review.submitted, crate::tid!("when-submission")),
                "submitted",
                sink,
            );
        }
    }
}

/// The year's report as the records give it on `day` (what `svc stats yearly` shows).
/// Only the records the year's figures read ([`read_for_year`]) are taken as of the day:
/// each review would otherwise hold the facts of every record of every year while its own
/// are counted.
pub fn figures_as_of(world: &World, year: i32, day: Date) -> crate::domain::stats::YearlyReport {
    let window = world.config.policy.recurrence_window_days;
    let (complaints, capas) = read_for_year(year, window, world.index.complaints(), world.index.capas());
    let (complaints, capas) = facts(complaints, capas, day);
    yearly(&YearInput {
        year,
        today: day,
        complaints: &complaints,
        capas: &capas,
        calendar: world.calendar,
        config: world.config,
    })
}

/// CC-4.8: every year with complaints, ended more than the policy's working days before the
/// report day, has a submission. Reported under svc.toml (no file holds what is missing).
pub(super) fn submitted(world: &World, records: &Records, sink: &mut Sink) {
    let years: std::collections::BTreeSet<i32> = records.complaints.iter().map(|f| f.record.received.year()).collect();
    let within = world.config.policy.review_within_working_days;
    for year in years {
        let Some(last) = Date::from_ymd(year, 12, 31) else { continue };
        let due = world.calendar.add_working_days(last, within);
        if world.today > due && world.index.reviews_of(year).is_empty() {
            sink.report(
                &SUBMITTED,
                "policy.review_within_working_days",
                msg!("rule-review-missing", year = year, due = due),
            );
        }
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("review.by-office-head", "REV-2026-0001", |_, r| rec::<Review>(r, "REV-2026-0001").by = "S02".into()),
        ("review.headline-agrees", "REV-2026-0001", |_, r| {
            rec::<crate::domain::review::Review>(r, "REV-2026-0001").complaints += 1
        }),
        ("review.after-year-end", "REV-2026-0001", |_, r| {
            rec::<Review>(r, "REV-2026-0001").submitted = d("2025-12-30")
        }),
        ("review.supersedes", "REV-2026-0002", |_, r| rec::<Review>(r, "REV-2026-0002").supersedes = None),
        ("review.figures-unchanged", "REV-2026-0001", |_, r| rec::<Review>(r, "REV-2026-0001").digest = "0".repeat(64)),
        ("review.submitted", "svc.toml", |_, r| rec::<Complaint>(r, "CMP-2026-0001").received = d("2024-06-03")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaint::Complaint;
    use crate::domain::config::Directory;

    /// The figures of a year from the records that bear on it are the figures from every
    /// record: on the demo, for each year and report day, with the window of svc.toml, one
    /// reaching years back and one of a day. CMP-2026-0031, the fix CMP-2026-0012 comes
    /// back after, is dated into 2025: the report of 2027 counts that recurrence of 2026
    /// (its year before) though it reads no complaint of 2025 but that fix.
    #[test]
    fn the_figures_read_only_what_bears_on_the_year_and_are_the_same() {
        use super::super::mutations::{d, rec};
        let mut demo = super::super::mutations::demo();
        rec::<Complaint>(&mut demo.records, "CMP-2026-0031").received = d("2025-12-01");
        let mut compared = 0;
        for window in [demo.config.policy.recurrence_window_days, 3660, 1] {
            demo.config.policy.recurrence_window_days = window;
            let calendar = demo.config.calendar.build().unwrap();
            let dir = Directory::new(&demo.config);
            for day in ["2025-06-30", "2026-01-15", "2026-11-27", "2027-03-01"] {
                let day: Date = day.parse().unwrap();
                let world = World::new(&demo.config, &dir, &calendar, &demo.records, day);
                let (complaints, capas) =
                    facts(world.index.complaints().iter().copied(), world.index.capas().iter().copied(), day);
                for year in 2024..=2027 {
                    let config = &demo.config;
                    let all = yearly(&YearInput {
                        year,
                        today: day,
                        complaints: &complaints,
                        capas: &capas,
                        calendar: &calendar,
                        config,
                    });
                    assert_eq!(figures_as_of(&world, year, day), all, "{year} as of {day}, window {window}");
                    compared += usize::from(all.complaints > 0);
                }
            }
        }
        assert!(compared >= 12, "years with complaints were compared: {compared}");
        let calendar = demo.config.calendar.build().unwrap();
        let dir = Directory::new(&demo.config);
        demo.config.policy.recurrence_window_days = 180;
        let world = World::new(&demo.config, &dir, &calendar, &demo.records, d("2027-03-01"));
        let figures = figures_as_of(&world, 2027, d("2027-03-01"));
        assert!(figures.previous_year.recurrences >= 1, "the fix of 2025 was read: {:?}", figures.previous_year);
    }
}
