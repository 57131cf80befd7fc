//! Rules on leave slips: ATT-2 (room heads), ATT-3 (staff), ATT-4 (annual leave). Each
//! finding names the clause of the slip's band.

use crate::domain::date::Date;
use crate::domain::token::Token as _;
use crate::{msg, tid};
use std::collections::BTreeMap;

use super::{Act, Kind, Sink, World, rules};
use crate::domain::config::LeaveStep;
use crate::domain::id::RecordKind;
use crate::domain::leave::{Decision, Leave, LeaveStatus, band_for, may_enter, may_take};

rules! {
    STATUS_AGREES = "leave.status-agrees", Cc6, Error, Recorded,
        "`status` is what the recorded steps say.";
    ENTERED_BY = "leave.entered-by", Att3, Error, Recorded,
        "A slip is entered by the applicant, their room head or the coordination office.";
    PERIOD_HELD = "leave.period-held", Att3, Error, Recorded,
        "A slip states its reason and covers working time: it ends after it starts, and `working_minutes` is what the calendar gives.";
    REQUESTED_BEFORE_START = "leave.requested-before-start", Att3, Error, Recorded,
        "A slip is requested before its leave starts, unless it is marked retroactive (補假).";
    ROUTE_FITS = "leave.route-fits", Att3, Error, Recorded,
        "The band and route on the slip are those of the applicant's role, the kind and the length under svc.toml's policy (ATT-2/3/4).";
    STEPS_FOLLOW_ROUTE = "leave.steps-follow-route", Att3, Error, Recorded,
        "Steps are taken in the route's order, each with a decision that fits it; a rejection is the last step.";
    STEP_AUTHORITY = "leave.step-authority", Att3, Error, Recorded,
        "Each step is taken by someone with its authority, never by the applicant, and nobody takes two approvals of one slip.";
    EXTERNAL_REFERENCE = "leave.external-reference", Att3, Error, Recorded,
        "A step taken outside the centre (the seconding unit) records the unit's reference.";
    NO_OVERLAP = "leave.no-overlap", Att3, Error, Recorded,
        "Nobody is on two live slips at once.";
    CANCELLED_BEFORE_START = "leave.cancelled-before-start", Att3, Error, Recorded,
        "A slip is withdrawn by the applicant or the coordination office, before its leave starts.";
    DECIDED_BEFORE_END = "leave.decided-before-end", Att3, Error, Today,
        "A slip is not left pending after its leave has ended, unless it is a retroactive slip still being decided.";
    ROLE_CURRENT = "leave.role-current", Att3, Warning, Recorded,
        "The role on the slip is the applicant's role in the directory.";
}

impl Kind for Leave {
    fn about(&self, who: &str) -> bool {
        self.staff == who
    }

    fn dated(&self) -> Date {
        self.requested
    }

    fn finished(&self) -> bool {
        matches!(self.status, LeaveStatus::Rejected | LeaveStatus::Cancelled)
            || self.steps.iter().any(|s| s.step == LeaveStep::Filing)
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        world.counts_in(self.from.date(), self.to.date(), "from", sink);
        request(self, world, sink);
        steps(self, world, sink);
        overlaps(self, world, sink);
        ending(self, world, sink);
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        let mut acts = vec![Act { on: self.requested, by: &self.requested_by, key: "requested_by".into() }];
        for (i, s) in self.steps.iter().enumerate() {
            acts.push(Act { on: s.on, by: &s.by, key: format!("steps.{i}.by") });
        }
        if let Some(c) = &self.cancelled {
            acts.push(Act { on: c.on, by: &c.by, key: "cancelled.by".into() });
        }
        acts
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Leave, RecordKind::Incident, RecordKind::Conduct]
    }
}

fn request(slip: &Leave, world: &World, sink: &mut Sink) {
    let clause = slip.band.clause();
    let applicant = world.person(&slip.staff, "staff", sink);
    if let Some(s) = applicant
        && s.role != slip.role
    {
        sink.report_under(
            &ROLE_CURRENT,
            clause,
            "role",
            msg!("rule-role-changed", who = &s.id, applied = slip.role.name(), now = s.role.name()),
        );
    }
    if let (Some(by), Some(applicant)) = (world.person(&slip.requested_by, "requested_by", sink), applicant)
        && !may_enter(by, applicant)
    {
        sink.report_under(
            &ENTERED_BY,
            clause,
            "requested_by",
            msg!("rule-entered-by", who = format!("{} {}", by.id, by.name), applicant = &applicant.id),
        );
    }
    if slip.reason.trim().is_empty() {
        sink.report_under(&PERIOD_HELD, clause, "reason", msg!("rule-reason-empty"));
    }
    if slip.to <= slip.from {
        sink.report_under(&PERIOD_HELD, clause, "to", msg!("rule-ends-before-start", to = slip.to, from = slip.from));
        return;
    }
    let minutes = world.calendar.working_minutes(slip.from.0, slip.to.0);
    if minutes == 0 {
        sink.report_under(&PERIOD_HELD, clause, "from", msg!("rule-no-working-time", from = slip.from, to = slip.to));
    } else if minutes != slip.working_minutes {
        sink.report_under(
            &PERIOD_HELD,
            clause,
            "working_minutes",
            msg!(
                "rule-working-minutes",
                recorded = slip.working_minutes,
                from = slip.from,
                to = slip.to,
                minutes = minutes
            ),
        );
    }
    if slip.requested > slip.from.date() && !slip.retroactive {
        sink.report_under(
            &REQUESTED_BEFORE_START,
            clause,
            "requested",
            msg!("rule-requested-after-start", requested = slip.requested, started = slip.from.date()),
        );
    }
    world.not_future(slip.requested, "requested", sink);
    let days = world.calendar.working_time(slip.from.0, slip.to.0);
    let policy = &world.config.policy;
    match band_for(slip.role, slip.kind, days, policy) {
        Ok(band) if band != slip.band => sink.report_under(
            &ROUTE_FITS,
            band.clause(),
            "band",
            msg!(
                "rule-band",
                kind = slip.kind.name(),
                days = days,
                role = slip.role.name(),
                band = band,
                recorded = slip.band
            ),
        ),
        Ok(band) if band.steps(policy) != slip.route => sink.report_under(
            &ROUTE_FITS,
            band.clause(),
            "route",
            msg!("rule-route", band = band, policy = names(&band.steps(policy)), recorded = names(&slip.route)),
        ),
        Ok(_) => {}
        Err(refusal) => sink.report_under(&ROUTE_FITS, refusal.clause, "role", refusal.message),
    }
    if slip.status != slip.derived_status() {
        sink.report_under(
            &STATUS_AGREES,
            super::Clause::Cc6,
            "status",
            msg!("rule-status-agrees", status = slip.status, derived = slip.derived_status()),
        );
    }
}

fn steps(slip: &Leave, world: &World, sink: &mut Sink) {
    let clause = slip.band.clause();
    let mut previous = slip.requested;
    let mut approvals: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, taken) in slip.steps.iter().enumerate() {
        let key = format!("steps.{i}");
        match slip.route.get(i) {
            Some(expected) if *expected == taken.step => {}
            Some(expected) => sink.report_under(
                &STEPS_FOLLOW_ROUTE,
                clause,
                format!("{key}.step"),
                msg!("rule-step-unexpected", n = i + 1, step = taken.step, expected = expected),
            ),
            None => sink.report_under(
                &STEPS_FOLLOW_ROUTE,
                clause,
                format!("{key}.step"),
                msg!("rule-step-beyond", n = i + 1, steps = slip.route.len()),
            ),
        }
        let decision_fits = match taken.step {
            LeaveStep::Filing => taken.decision == Decision::Filed,
            _ => taken.decision != Decision::Filed,
        };
        if !decision_fits {
            sink.report_under(
                &STEPS_FOLLOW_ROUTE,
                clause,
                format!("{key}.decision"),
                msg!("rule-decision-unfit", decision = taken.decision, step = taken.step),
            );
        }
        if taken.decision == Decision::Rejected && i + 1 != slip.steps.len() {
            sink.report_under(&STEPS_FOLLOW_ROUTE, clause, format!("{key}.decision"), msg!("rule-after-rejection"));
        }
        if taken.by == slip.staff {
            sink.report_under(
                &STEP_AUTHORITY,
                clause,
                format!("{key}.by"),
                msg!("rule-own-slip", who = &taken.by, step = taken.step.describe()),
            );
        } else if let Some(by) = world.person(&taken.by, &format!("{key}.by"), sink)
            && let Err(message) = may_take(taken.step, by, &slip.staff, world.dir)
        {
            sink.report_under(
                &STEP_AUTHORITY,
                clause,
                format!("{key}.by"),
                msg!("rule-step-authority", message = message, step = taken.step, what = taken.step.describe()),
            );
        }
        if taken.step.is_approval() {
            let count = approvals.entry(taken.by.as_str()).or_insert(0);
            *count += 1;
            if *count == 2 {
                sink.report_under(
                    &STEP_AUTHORITY,
                    clause,
                    format!("{key}.by"),
                    msg!("rule-approved-twice", who = &taken.by),
                );
            }
        }
        if taken.step.is_external() && taken.reference.as_deref().is_none_or(|r| r.trim().is_empty()) {
            sink.report_under(
                &EXTERNAL_REFERENCE,
                clause,
                key.clone(),
                msg!("rule-external-reference", step = taken.step.describe()),
            );
        }
        world.in_order(
            (previous, tid!("when-previous-step")),
            (taken.on, tid!("when-this-step")),
            &format!("{key}.on"),
            sink,
        );
        world.not_future(taken.on, &format!("{key}.on"), sink);
        previous = taken.on;
    }
    if let Some(c) = &slip.cancelled {
        if let Some(by) = world.person(&c.by, "cancelled.by", sink)
            && c.by != slip.staff
            && !by.role.acts_for_coordination_office()
        {
            sink.report_under(
                &CANCELLED_BEFORE_START,
                clause,
                "cancelled.by",
                msg!("rule-cancel-by", staff = &slip.staff, id = slip.id, who = &c.by),
            );
        }
        if c.on > slip.from.date() {
            sink.report_under(
                &CANCELLED_BEFORE_START,
                clause,
                "cancelled.on",
                msg!("rule-cancel-after-start", id = slip.id, day = slip.from.date()),
            );
        }
        world.in_order((previous, tid!("when-previous-step")), (c.on, tid!("when-cancellation")), "cancelled.on", sink);
        world.not_future(c.on, "cancelled.on", sink);
    }
}

/// ATT-2/3: the slip overlaps no live slip of the same person with a smaller id.
fn overlaps(slip: &Leave, world: &World, sink: &mut Sink) {
    if !slip.status.is_active() {
        return;
    }
    let other = world
        .index
        .leaves_overlapping(&slip.staff, slip.from, slip.to)
        .filter(|o| o.id < slip.id && o.status.is_active())
        .min_by_key(|o| o.id);
    if let Some(o) = other {
        sink.report_under(
            &NO_OVERLAP,
            slip.band.clause(),
            "from",
            msg!("rule-overlap", who = &slip.staff, other = o.id, from = o.from, to = o.to, status = o.status.name()),
        );
    }
}

/// A pending slip whose leave is over was never decided: the leave was taken unapproved.
/// A slip asked for only after its leave began is the request rule's to refuse (as a
/// retroactive one, ATT-3): said here too, it would name a slip that was never written.
fn ending(slip: &Leave, world: &World, sink: &mut Sink) {
    let asked_in_time = slip.requested <= slip.from.date();
    if slip.status == LeaveStatus::Pending && !slip.retroactive && asked_in_time && slip.to.date() < world.today {
        sink.report_under(
            &DECIDED_BEFORE_END,
            slip.band.clause(),
            "status",
            msg!("rule-pending-after-end", id = slip.id, day = slip.to.date()),
        );
    }
}

fn names(steps: &[LeaveStep]) -> String {
    format!("[{}]", steps.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", "))
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("leave.status-agrees", "LV-2026-0003", |_, r| {
            rec::<Leave>(r, "LV-2026-0003").status = crate::domain::leave::LeaveStatus::Pending
        }),
        ("leave.entered-by", "LV-2026-0003", |_, r| rec::<Leave>(r, "LV-2026-0003").requested_by = "S10".into()),
        ("leave.period-held", "LV-2026-0003", |_, r| rec::<Leave>(r, "LV-2026-0003").working_minutes += 1),
        ("leave.requested-before-start", "LV-2026-0004", |_, r| {
            rec::<Leave>(r, "LV-2026-0004").requested = d("2026-04-14")
        }),
        ("leave.route-fits", "LV-2026-0003", |_, r| rec::<Leave>(r, "LV-2026-0003").band = Band::StaffLong),
        ("leave.steps-follow-route", "LV-2026-0004", |_, r| {
            rec::<Leave>(r, "LV-2026-0004").steps[0].step = LeaveStep::CoordinationOffice
        }),
        ("leave.step-authority", "LV-2026-0003", |_, r| rec::<Leave>(r, "LV-2026-0003").steps[0].by = "S30".into()),
        ("leave.external-reference", "LV-2026-0009", |_, r| rec::<Leave>(r, "LV-2026-0009").steps[0].reference = None),
        ("leave.no-overlap", "LV-2026-0013", |_, r| {
            let slip = rec::<Leave>(r, "LV-2026-0013");
            slip.from = at("2026-04-14 09:00");
            slip.to = at("2026-04-14 17:30");
        }),
        ("leave.cancelled-before-start", "LV-2026-0012", |_, r| {
            rec::<Leave>(r, "LV-2026-0012").cancelled.as_mut().unwrap().by = "S50".into()
        }),
        ("leave.decided-before-end", "LV-2026-0014", |_, r| {
            let slip = rec::<Leave>(r, "LV-2026-0014");
            slip.from = at("2026-11-25 09:00");
            slip.to = at("2026-11-26 17:30");
        }),
        ("leave.role-current", "LV-2026-0003", |_, r| rec::<Leave>(r, "LV-2026-0003").role = Role::RoomHead),
    ]
}

#[cfg(test)]
mod tests {
    use crate::domain::date::DateTime;
    use crate::domain::id::RecordId;
    use crate::domain::leave::{Band, Leave, LeaveKind, LeaveRequest, LeaveStatus};
    use crate::domain::refusal::Refusal;
    use crate::domain::testing::*;

    fn at(s: &str) -> DateTime {
        s.parse().unwrap()
    }

    fn request(
        b: &mut Bench,
        who: &str,
        by: &str,
        kind: LeaveKind,
        from: &str,
        to: &str,
        on: &str,
    ) -> Result<RecordId, Refusal> {
        let req = LeaveRequest { kind, from: at(from), to: at(to), reason: "家事".into(), retroactive: false };
        b.leave(who, by, req, day(on))
    }

    /// The readings' calendar: with no 2027 holidays in svc.toml, a room head's leave from
    /// 12-30 to 01-04 cannot be counted (it would be 4 days and go to the executive deputy
    /// director) and is refused naming 2027; once 2027 is listed it is counted on it.
    #[test]
    fn working_time_is_never_counted_in_a_year_the_calendar_does_not_know() {
        let mut b = Bench::new();
        let err =
            request(&mut b, "S06", "S06", LeaveKind::Personal, "2026-12-30 09:00", "2027-01-04 17:30", "2026-12-01")
                .unwrap_err();
        assert_eq!(err.clause, "SVC-CAL");
        assert!(err.message.has("rule-year-unknown") && err.message.mentions("2027"), "{err}");
        let holiday: crate::domain::config::Holiday = toml::from_str("name = \"元旦\"\nfrom = 2027-01-01\n").unwrap();
        b.config.calendar.holidays.push(holiday);
        b.calendar = b.config.calendar.build().unwrap();
        let id =
            request(&mut b, "S06", "S06", LeaveKind::Personal, "2026-12-30 09:00", "2027-01-04 17:30", "2026-12-01")
                .unwrap();
        assert_eq!(b.get::<Leave>(id).band, Band::RoomHeadShort, "three working days: 12-30, 12-31, 01-04");
    }

    /// ATT-2 as read for the coordination office head, the office's own room head: up to a
    /// day a notice to the deputy director, over a day and up to three the deputy director
    /// approves (never the office head, never the executive deputy director), over three
    /// the room heads' long route.
    #[test]
    fn att_2_the_coordination_office_heads_own_leave() {
        assert_eq!(band_of("S02", "2026-03-02 09:00", "2026-03-02 17:30"), Band::OfficeHeadNotice);
        assert_eq!(band_of("S02", "2026-03-02 09:00", "2026-03-04 17:30"), Band::OfficeHeadShort);
        assert_eq!(band_of("S02", "2026-03-02 09:00", "2026-03-05 17:30"), Band::RoomHeadLong);
        let mut b = Bench::new();
        let notice =
            request(&mut b, "S02", "S02", LeaveKind::Sick, "2026-03-02 09:00", "2026-03-02 17:30", "2026-03-01");
        assert_eq!(b.get::<Leave>(notice.unwrap()).status, LeaveStatus::Noted);
        let id =
            request(&mut b, "S02", "S02", LeaveKind::Personal, "2026-03-09 09:00", "2026-03-10 17:30", "2026-03-02")
                .unwrap();
        let on = day("2026-03-03");
        for who in ["S02", "D02", "S01"] {
            let by = b.who(who);
            let err = b.step(id, on, |l: &mut Leave| l.approve(&by, on, None, None)).unwrap_err();
            assert_eq!(err.clause, "ATT-2", "{who} may not approve: {err}");
        }
        let d01 = b.who("D01");
        b.step(id, on, |l: &mut Leave| l.approve(&d01, on, None, None)).unwrap();
        assert_eq!(b.get::<Leave>(id).status, LeaveStatus::Approved);
    }

    fn band_of(who: &str, from: &str, to: &str) -> Band {
        let mut b = Bench::new();
        let id = request(&mut b, who, who, LeaveKind::Personal, from, to, "2026-03-01").unwrap();
        b.get::<Leave>(id).band
    }

    #[test]
    fn att_3_staff_boundaries_are_strict_and_exact() {
        assert_eq!(band_of("S03", "2026-03-02 09:00", "2026-03-02 12:00"), Band::StaffNotice, "exactly half a day");
        assert_eq!(band_of("S03", "2026-03-02 09:00", "2026-03-02 13:31"), Band::StaffShort, "a minute over");
        assert_eq!(band_of("S03", "2026-03-02 09:00", "2026-03-02 17:30"), Band::StaffShort, "exactly one day");
        assert_eq!(band_of("S03", "2026-03-02 09:00", "2026-03-03 12:00"), Band::StaffLong);
        let mut b = Bench::new();
        let id =
            request(&mut b, "S03", "S03", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-02 13:31", "2026-03-01")
                .unwrap();
        let slip = b.get::<Leave>(id);
        assert_eq!(slip.working_minutes, 181, "stored exactly");
        assert_eq!(slip.days(&b.calendar).to_string(), "0.5+", "never shown as half a day");
    }

    #[test]
    fn att_2_room_head_boundaries() {
        assert_eq!(band_of("S06", "2026-03-02 09:00", "2026-03-02 17:30"), Band::RoomHeadNotice);
        assert_eq!(band_of("S06", "2026-03-02 09:00", "2026-03-04 17:30"), Band::RoomHeadShort, "exactly 3 days");
        assert_eq!(band_of("S06", "2026-03-02 09:00", "2026-03-05 12:00"), Band::RoomHeadLong, "3.5 days");
    }

    #[test]
    fn holidays_and_makeup_days_count_as_the_calendar_says() {
        let mut b = Bench::new();
        // Fri 02-13, the make-up Saturday 02-14 worked, Sunday not, Monday 02-16 a holiday.
        let id =
            request(&mut b, "S06", "S06", LeaveKind::Personal, "2026-02-13 09:00", "2026-02-16 17:30", "2026-02-01")
                .unwrap();
        assert_eq!(b.get::<Leave>(id).days(&b.calendar).to_string(), "2");
        let err =
            request(&mut b, "S03", "S03", LeaveKind::Personal, "2026-03-07 09:00", "2026-03-08 17:30", "2026-03-01");
        assert!(err.unwrap_err().message.has("rule-no-working-time"));
    }

    #[test]
    fn att_3_a_slip_after_the_fact_is_retroactive() {
        let mut b = Bench::new();
        let err = request(&mut b, "S03", "S03", LeaveKind::Sick, "2026-03-02 09:00", "2026-03-02 17:30", "2026-03-03");
        assert!(err.unwrap_err().message.has("rule-requested-after-start"));
        let req = LeaveRequest {
            kind: LeaveKind::Sick,
            from: at("2026-03-02 09:00"),
            to: at("2026-03-02 17:30"),
            reason: "病".into(),
            retroactive: true,
        };
        let id = b.leave("S03", "S03", req, day("2026-03-03")).unwrap();
        let s06 = b.who("S06");
        b.step(id, day("2026-03-04"), |l: &mut Leave| l.approve(&s06, day("2026-03-04"), None, None)).unwrap();
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }

    #[test]
    fn att_3_who_enters_and_who_approves() {
        let mut b = Bench::new();
        let err =
            request(&mut b, "S03", "S05", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-03 17:30", "2026-03-01");
        assert_eq!(err.unwrap_err().clause, "ATT-3", "S05 is another room's clerk");
        let id =
            request(&mut b, "S03", "S06", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-03 17:30", "2026-03-01")
                .unwrap();
        let (s01, s03, s06) = (b.who("S01"), b.who("S03"), b.who("S06"));
        let on = day("2026-03-01");
        let err = b.step(id, on, |l: &mut Leave| l.approve(&s01, on, None, None)).unwrap_err();
        assert!(
            err.message.has("leave-may-not-take") && err.message.mentions("S06"),
            "the office cannot go first: {err}"
        );
        let err = b.step(id, on, |l: &mut Leave| l.approve(&s03, on, None, None)).unwrap_err();
        assert!(err.message.has("rule-own-slip"), "{err}");
        b.step(id, on, |l: &mut Leave| l.approve(&s06, on, None, None)).unwrap();
        b.step(id, on, |l: &mut Leave| l.approve(&s01, on, None, None)).unwrap();
        assert_eq!(b.get::<Leave>(id).status, LeaveStatus::Approved);
    }

    #[test]
    fn separation_of_duties_one_person_one_approval_per_slip() {
        // S01 (office) asks for two days: the office head approves as room head, then the
        // office approves; the head may not take both.
        let mut b = Bench::new();
        let id =
            request(&mut b, "S01", "S01", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-03 17:30", "2026-03-01")
                .unwrap();
        let s02 = b.who("S02");
        let on = day("2026-03-01");
        b.step(id, on, |l: &mut Leave| l.approve(&s02, on, None, None)).unwrap();
        let err = b.step(id, on, |l: &mut Leave| l.approve(&s02, on, None, None)).unwrap_err();
        assert!(err.message.has("rule-approved-twice"), "{err}");
    }

    #[test]
    fn cancelled_only_before_it_starts_and_overlaps_refused() {
        let mut b = Bench::new();
        let id =
            request(&mut b, "S03", "S03", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-02 12:00", "2026-03-01")
                .unwrap();
        let err = request(&mut b, "S03", "S03", LeaveKind::Sick, "2026-03-02 11:00", "2026-03-02 17:30", "2026-03-01");
        assert!(err.unwrap_err().message.has("rule-overlap"), "overlap");
        let s03 = b.who("S03");
        let late = day("2026-03-03");
        let err = b.step(id, late, |l: &mut Leave| l.cancel(&s03, late, None)).unwrap_err();
        assert!(err.message.has("rule-cancel-after-start"), "{err}");
        b.step(id, day("2026-03-01"), |l: &mut Leave| l.cancel(&s03, day("2026-03-01"), None)).unwrap();
        request(&mut b, "S03", "S03", LeaveKind::Sick, "2026-03-02 11:00", "2026-03-02 17:30", "2026-03-01").unwrap();
    }

    #[test]
    fn a_slip_left_pending_after_its_leave_is_an_error_as_of_that_day() {
        let mut b = Bench::new();
        request(&mut b, "S03", "S03", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-02 17:30", "2026-03-01")
            .unwrap();
        assert_eq!(b.errors(day("2026-03-02")), Vec::<&str>::new());
        assert_eq!(b.errors(day("2026-03-03")), vec!["leave.decided-before-end"]);
    }
}
