//! Rules about the people and dates on every record: SC-3.1 (who exists), SC-3.2 (window
//! staff serve only once qualified), RP-3 (a removal takes effect on its decision date),
//! CC-6 (dates in order, none after the report day).

use super::{Sink, World, rules};
use crate::domain::config::{Role, Staff};
use crate::domain::date::Date;
use crate::msg;

rules! {
    STAFF_KNOWN = "people.staff-known", Sc3_1, Error, Recorded,
        "Every staff id on a record is in svc.toml's directory.";
    WINDOW_STAFF_QUALIFIED = "people.window-staff-qualified", Sc3_2, Error, Recorded,
        "Window staff log and triage forms only from their `qualified` day.";
    NO_STEPS_AFTER_REMOVAL = "people.no-steps-after-removal", Rp3, Error, Recorded,
        "Nobody takes a step, or is named responsible, after an approved removal of them took effect.";
    DATES_IN_ORDER = "people.dates-in-order", Cc6, Error, Recorded,
        "Each step is dated on or after the step it follows.";
    NOT_AFTER_TODAY = "people.not-after-today", Cc6, Error, Today,
        "Nothing is dated after the report day.";
}

/// SC-3.2: `by`, when window staff, was qualified on `day`.
/// `what` is the step, a catalogue id (`tid!("did-write-form")`).
pub(super) fn qualified(world: &World, by: &str, day: Date, what: &'static str, key: &str, sink: &mut Sink) {
    let Some(s) = world.dir.staff(by) else { return };
    if let Some(message) = unqualified(s, world.index.qualified_on(by), day, what) {
        sink.report(&WINDOW_STAFF_QUALIFIED, key, message);
    }
}

/// SC-3.2: the first day `s` may serve: the earlier of svc.toml's `qualified` (the
/// historical import) and the first qualification record.
fn unqualified(s: &Staff, recorded: Option<Date>, day: Date, what: &'static str) -> Option<crate::i18n::Msg> {
    if s.role != Role::Staff {
        return None;
    }
    let from = match (s.qualified, recorded) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    match from {
        Some(q) if q <= day => None,
        Some(q) => {
            let (who, what) = (format!("{} {}", s.id, s.name), crate::i18n::Msg::new(what));
            Some(msg!("rule-qualified-from", who = who, what = what, day = day, from = q))
        }
        None => {
            let (who, what) = (format!("{} {}", s.id, s.name), crate::i18n::Msg::new(what));
            Some(msg!("rule-not-qualified", who = who, what = what, day = day))
        }
    }
}

/// RP-3: the person named responsible on `day` had not been removed before it.
pub(super) fn not_removed(world: &World, who: &str, day: Date, key: &str, sink: &mut Sink) {
    if let Some(removed) = world.index.removed_on(who)
        && day > removed
    {
        sink.report(&NO_STEPS_AFTER_REMOVAL, key, msg!("rule-removed-not-responsible", who = who, day = removed));
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("people.staff-known", "CMP-2026-0001", |_, r| rec::<Complaint>(r, "CMP-2026-0001").logged_by = "S99".into()),
        ("people.window-staff-qualified", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").logged_by = "S52".into()
        }),
        ("people.no-steps-after-removal", "LV-2026-0014", |_, r| {
            let removal = rec::<Conduct>(r, "RP-2026-0007");
            removal.decision =
                Some(ConductDecision { on: d("2026-07-08"), by: "D02".into(), approved: true, note: None });
            removal.status = ConductStatus::Approved;
        }),
        ("people.dates-in-order", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").triage.as_mut().unwrap().on = d("2026-01-02")
        }),
        ("people.not-after-today", "CMP-2026-0034", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0034").received = d("2026-12-01")
        }),
    ]
}
