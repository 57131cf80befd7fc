//! `svc check` rules for leave slips, attendance incidents and dispatch logs (ATT-1 to
//! ATT-5).

use std::collections::BTreeSet;

use super::{Context, Finding, Sink, Subject, check_filing};
use crate::domain::attendance::{Dispatch, Incident, Recipient, keeps_attendance_of, keeps_room};
use crate::domain::config::LeaveStep;
use crate::domain::date::Month;
use crate::domain::leave::{Decision, Leave, band_for, may_take, stored_days};

impl Context<'_> {
    pub(super) fn check_attendance(&self, out: &mut Vec<Finding>) {
        for filed in self.input.leaves {
            let mut sink = Sink { out, subject: Subject::Record(filed.record.id) };
            check_filing(filed, &filed.record.id, &mut sink);
            self.check_leave(&filed.record, &mut sink);
        }
        for filed in self.input.incidents {
            let mut sink = Sink { out, subject: Subject::Record(filed.record.id) };
            check_filing(filed, &filed.record.id, &mut sink);
            self.check_incident(&filed.record, &mut sink);
        }
        for (i, filed) in self.input.dispatches.iter().enumerate() {
            let mut sink = Sink { out, subject: Subject::Record(filed.record.id) };
            check_filing(filed, &filed.record.id, &mut sink);
            let earlier: Vec<&Dispatch> = self.input.dispatches[..i].iter().map(|f| &f.record).collect();
            self.check_dispatch(&filed.record, &earlier, &mut sink);
        }
        self.check_overlaps(out);
        self.check_sheets_sent(&mut Sink { out, subject: Subject::Config });
    }

    fn check_leave(&self, slip: &Leave, sink: &mut Sink) {
        let clause = slip.band.clause();
        match self.dir.staff(&slip.staff) {
            None => {
                self.staff(&slip.staff, "staff", sink);
            }
            Some(s) if s.role != slip.role => {
                sink.warn(
                    clause,
                    "role",
                    format!("{} applied as {} but the directory now says {}", s.id, slip.role, s.role),
                );
            }
            Some(_) => {}
        }
        self.staff(&slip.requested_by, "requested_by", sink);
        if slip.to <= slip.from {
            sink.error(clause, "to", format!("the leave ends ({}) before it starts ({})", slip.to, slip.from));
            return;
        }
        let days = self.input.calendar.working_time(slip.from.0, slip.to.0);
        if stored_days(days) != slip.working_days {
            sink.error(
                clause,
                "working_days",
                format!(
                    "working_days = {} but {} to {} is {days} working day(s) on the centre's calendar",
                    slip.working_days, slip.from, slip.to
                ),
            );
        }
        let policy = &self.input.config.policy;
        match band_for(slip.role, slip.kind, days, policy) {
            Ok(band) if band != slip.band => sink.error(
                band.clause(),
                "band",
                format!(
                    "a {} slip of {days} day(s) by a {} falls in `{band}`, not `{}`",
                    slip.kind, slip.role, slip.band
                ),
            ),
            Ok(band) if band.steps(policy) != slip.route => sink.error(
                band.clause(),
                "route",
                format!(
                    "the `{band}` route is {:?} in svc.toml's policy, this slip records {:?}",
                    names(&band.steps(policy)),
                    names(&slip.route)
                ),
            ),
            Ok(_) => {}
            Err(refusal) => sink.error(refusal.clause, "role", refusal.message),
        }
        self.check_leave_steps(slip, sink);
        if slip.status != slip.derived_status() {
            sink.error(
                "CC-6",
                "status",
                format!("status is `{}` but the recorded steps say `{}`", slip.status, slip.derived_status()),
            );
        }
        if let Some(c) = &slip.cancelled
            && let Some(role) = self.staff(&c.by, "cancelled.by", sink)
            && c.by != slip.staff
            && !role.acts_for_coordination_office()
        {
            sink.error(
                clause,
                "cancelled.by",
                format!("{} cancelled it, but only the applicant or the coordination office may", c.by),
            );
        }
    }

    fn check_leave_steps(&self, slip: &Leave, sink: &mut Sink) {
        let clause = slip.band.clause();
        let mut previous = slip.requested;
        for (i, taken) in slip.steps.iter().enumerate() {
            let key = format!("steps.{i}");
            match slip.route.get(i) {
                Some(expected) if *expected == taken.step => {}
                Some(expected) => sink.error(
                    clause,
                    format!("{key}.step"),
                    format!("step {} is `{}` but the route expects `{expected}` here", i + 1, taken.step),
                ),
                None => sink.error(
                    clause,
                    format!("{key}.step"),
                    format!("step {} is beyond the route ({} step(s))", i + 1, slip.route.len()),
                ),
            }
            let decision_fits = match taken.step {
                LeaveStep::Filing => taken.decision == Decision::Filed,
                _ => taken.decision != Decision::Filed,
            };
            if !decision_fits {
                sink.error(
                    clause,
                    format!("{key}.decision"),
                    format!("`{}` is not a decision for the `{}` step", decision_name(taken.decision), taken.step),
                );
            }
            if taken.decision == Decision::Rejected && i + 1 != slip.steps.len() {
                sink.error(clause, format!("{key}.decision"), "a rejected slip takes no further steps");
            }
            if taken.by == slip.staff {
                sink.error(clause, format!("{key}.by"), format!("{} took a step on their own leave slip", taken.by));
            }
            if let Some(by) = self.dir.staff(&taken.by) {
                if let Err(message) = may_take(taken.step, by, &slip.staff, self.dir) {
                    sink.error(
                        clause,
                        format!("{key}.by"),
                        format!("{message}: `{}` is {}", taken.step, taken.step.describe()),
                    );
                }
            } else {
                self.staff(&taken.by, &format!("{key}.by"), sink);
            }
            if taken.step.is_external() && taken.reference.is_none() {
                sink.error(
                    clause,
                    key.clone(),
                    format!("`{}` was taken outside the centre: record the unit's `reference`", taken.step),
                );
            }
            self.in_order((previous, "the previous step"), (taken.on, "this step"), &format!("{key}.on"), sink);
            self.not_future(taken.on, &format!("{key}.on"), sink);
            previous = taken.on;
        }
    }

    /// ATT-2/3: nobody is on two live slips at once.
    fn check_overlaps(&self, out: &mut Vec<Finding>) {
        let mut live: Vec<&Leave> =
            self.input.leaves.iter().map(|f| &f.record).filter(|l| l.status.is_active()).collect();
        live.sort_by_key(|l| (l.staff.clone(), l.from, l.id));
        for pair in live.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.staff == b.staff && b.overlaps(a.from, a.to) {
                let mut sink = Sink { out, subject: Subject::Record(b.id) };
                sink.error(
                    b.band.clause(),
                    "from",
                    format!("{} overlaps {} ({} to {}) for the same person", b.id, a.id, a.from, a.to),
                );
            }
        }
    }

    fn check_incident(&self, incident: &Incident, sink: &mut Sink) {
        let person = self.dir.staff(&incident.staff);
        if person.is_none() {
            self.staff(&incident.staff, "staff", sink);
        }
        if !self.input.calendar.is_working_day(incident.date) {
            sink.error("ATT-1", "date", format!("{} is not a working day on the centre's calendar", incident.date));
        }
        match (self.dir.staff(&incident.recorded_by), person) {
            (Some(by), Some(person)) if !keeps_attendance_of(by, person) => {
                sink.error(
                    "ATT-5",
                    "recorded_by",
                    format!(
                        "{} does not keep {}'s attendance: their room head or the coordination office does",
                        by.id, person.id
                    ),
                );
            }
            (None, _) => {
                self.staff(&incident.recorded_by, "recorded_by", sink);
            }
            _ => {}
        }
        self.in_order((incident.date, "the incident"), (incident.recorded, "the record"), "recorded", sink);
        self.not_future(incident.date, "date", sink);
    }

    fn check_dispatch(&self, d: &Dispatch, earlier: &[&Dispatch], sink: &mut Sink) {
        if self.dir.room(&d.room).is_none() {
            sink.error("SC-3.1", "room", format!("unknown room `{}`", d.room));
        }
        if let Some(by) = self.dir.staff(&d.by) {
            if !keeps_room(by, &d.room) {
                sink.error("ATT-5", "by", format!("{} does not keep room {}'s attendance", by.id, d.room));
            }
        } else {
            self.staff(&d.by, "by", sink);
        }
        self.in_order((d.month.last_day(), "the month's end"), (d.on, "the dispatch"), "on", sink);
        if let Some(first) = earlier.iter().find(|e| e.month == d.month && e.room == d.room && e.to == d.to) {
            sink.warn(
                "ATT-5",
                "to",
                format!("room {}'s sheet of {} was already sent to the {} in {}", d.room, d.month, d.to, first.id),
            );
        }
    }

    /// ATT-5: every past month's sheet of every room went to both recipients. Months count
    /// from the first month any attendance record mentions.
    fn check_sheets_sent(&self, sink: &mut Sink) {
        let first = self
            .input
            .leaves
            .iter()
            .map(|f| Month::of(f.record.from.date()))
            .chain(self.input.incidents.iter().map(|f| Month::of(f.record.date)))
            .chain(self.input.dispatches.iter().map(|f| f.record.month))
            .min();
        let Some(first) = first else { return };
        let sent: BTreeSet<(Month, &str, Recipient)> =
            self.input.dispatches.iter().map(|f| (f.record.month, f.record.room.as_str(), f.record.to)).collect();
        let current = Month::of(self.input.today);
        let mut month = first;
        while month < current {
            for (i, room) in self.input.config.rooms.iter().enumerate() {
                for to in Recipient::ALL {
                    if !sent.contains(&(month, room.id.as_str(), to)) {
                        sink.warn("ATT-5", format!("rooms.{i}"), format!("room {}'s attendance sheet of {month} was not sent to the {to}: `svc attendance dispatch {month} --room {} --to {to}`", room.id, room.id));
                    }
                }
            }
            month = month.next();
        }
    }
}

fn names(steps: &[LeaveStep]) -> Vec<&'static str> {
    steps.iter().map(|s| s.as_str()).collect()
}

fn decision_name(d: Decision) -> &'static str {
    match d {
        Decision::Approved => "approved",
        Decision::Rejected => "rejected",
        Decision::Filed => "filed",
    }
}
