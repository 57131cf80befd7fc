//! Rules on the CAPA Tracking Report: CC-4.3 (opened for the complaint), CC-4.4 (actions
//! and completion), CC-4.5 (verification in the window), CC-4.6 (rounds), and the
//! reminders (催辦) of RP-2 P4 / RP-3 R4.

use super::{Act, Kind, Sink, World, rules};
use crate::domain::capa::{ActionKind, Capa, CapaStatus, Overdue, Round, Verification};
use crate::domain::date::Date;
use crate::domain::id::{RecordId, RecordKind};
use crate::{msg, tid};

rules! {
    STATUS_AGREES = "capa.status-agrees", Cc6, Error, Recorded,
        "`status` is what the recorded steps say.";
    OPENED_FOR_COMPLAINT = "capa.opened-for-complaint", Cc4_3, Error, Recorded,
        "A CAPA is opened by the coordination office on the day of its complaint's analysis, for the person and complaint the analysis names.";
    ACTIONS_PLANNED = "capa.actions-planned", Cc4_4, Error, Recorded,
        "The responsible person proposes the actions (the office may not write them for them), with text and a planned date not before the day they are added.";
    ACTIONS_DONE_BY_RESPONSIBLE = "capa.actions-done-by-responsible", Cc4_4, Error, Recorded,
        "Actions are carried out, and marked done, by the responsible person.";
    COMPLETION_REPORTED = "capa.completion-reported", Cc4_4, Error, Recorded,
        "The responsible person reports completion once the round has at least one corrective and one preventive action, every one done.";
    VERIFIED_BY_OFFICE = "capa.verified-by-office", Cc4_5, Error, Recorded,
        "The coordination office verifies after completion was reported, with a note; never the responsible person.";
    DEADLINE_RECORDED = "capa.deadline-recorded", Cc4_5, Error, Recorded,
        "A verification records the deadline the calendar gives and whether it was late.";
    VERIFIED_LATE = "capa.verified-late", Cc4_5, Warning, Recorded,
        "Verification after the working-day window is reported.";
    ROUNDS_FOLLOW_VERDICTS = "capa.rounds-follow-verdicts", Cc4_6, Error, Recorded,
        "Only a round verified not effective is followed by another, and such a round always is.";
    ACTION_OVERDUE = "capa.action-overdue", Cc4_4, Warning, Today,
        "The responsible person's work is overdue: an action past its date, or completion not reported.";
    VERIFICATION_OVERDUE = "capa.verification-overdue", Cc4_5, Warning, Today,
        "The coordination office's verification is past its window.";
    REMINDER_BY_OFFICE = "capa.reminder-by-office", Rp2, Error, Recorded,
        "Reminders (催辦) are sent by the coordination office and numbered 1, 2, ... in order.";
    REMINDER_WHEN_OVERDUE = "capa.reminder-when-overdue", Rp2, Error, Recorded,
        "A reminder is sent only while the responsible person's own work is overdue as the day begins; never while the office's verification is pending, nor on an effective CAPA. Work done on the reminder's day is never refused for it.";
    REMINDER_ONCE_A_DAY = "capa.reminder-once-a-day", Rp2, Error, Recorded,
        "At most one reminder a working day, and only on working days.";
    REMINDER_SETS_DAY = "capa.reminder-sets-day", Rp2, Warning, Recorded,
        "A reminder sets the day by which the work must be done (P4 and R4 rest on it); one without is from before this reading and grounds nothing until `svc repair --reminder-days` gives it the default, the next working day.";
    REMINDER_DAY_AFTER = "capa.reminder-day-after", Rp2, Error, Recorded,
        "The day a reminder sets is not before the reminder.";
}

impl Kind for Capa {
    fn about(&self, who: &str) -> bool {
        self.responsible == who
    }

    fn dated(&self) -> Date {
        self.opened
    }

    fn finished(&self) -> bool {
        self.status == CapaStatus::Effective
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        opening(self, world, sink);
        let last = self.rounds.len().saturating_sub(1);
        for (i, round) in self.rounds.iter().enumerate() {
            self::round(self, world, i, round, i == last, sink);
        }
        reminders(self, world, sink);
        overdue_today(self, world, sink);
        world.acts(&self.acts(), sink);
    }

    /// CC-4.4: every action says what it does; CC-4.5: a verification of a completed round
    /// says what was found.
    fn written(&self, sink: &mut Sink) {
        for (i, round) in self.rounds.iter().enumerate() {
            for (j, a) in round.actions.iter().enumerate() {
                if a.text.trim().is_empty() {
                    sink.report(&ACTIONS_PLANNED, format!("rounds.{i}.actions.{j}.text"), msg!("rule-action-empty"));
                }
            }
            if let (Some(_), Some(v)) = (&round.completed, &round.verification)
                && v.note.trim().is_empty()
            {
                let key = format!("rounds.{i}.verification.note");
                sink.report(&VERIFIED_BY_OFFICE, key, msg!("rule-verification-note-empty"));
            }
        }
    }

    fn drop_text(&mut self) {
        self.problem = Default::default();
        for round in &mut self.rounds {
            for a in &mut round.actions {
                a.text = Default::default();
            }
            if let Some(v) = &mut round.verification {
                v.note = Default::default();
            }
        }
        for r in &mut self.reminders {
            r.overdue = Default::default();
            r.note = None;
        }
    }

    fn acts(&self) -> Vec<Act<'_>> {
        let mut acts = vec![Act { on: self.opened, by: &self.opened_by, key: "opened_by".into() }];
        for (i, round) in self.rounds.iter().enumerate() {
            for (j, a) in round.actions.iter().enumerate() {
                acts.push(Act { on: a.added, by: &a.added_by, key: format!("rounds.{i}.actions.{j}.added_by") });
                if let (Some(on), Some(by)) = (a.done, &a.done_by) {
                    acts.push(Act { on, by, key: format!("rounds.{i}.actions.{j}.done_by") });
                }
            }
            if let Some(c) = &round.completed {
                acts.push(Act { on: c.on, by: &c.by, key: format!("rounds.{i}.completed.by") });
            }
            if let Some(v) = &round.verification {
                acts.push(Act { on: v.on, by: &v.by, key: format!("rounds.{i}.verification.by") });
            }
        }
        for (i, r) in self.reminders.iter().enumerate() {
            acts.push(Act { on: r.on, by: &r.by, key: format!("reminders.{i}.by") });
        }
        acts
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Conduct]
    }

    fn links(&self) -> Vec<RecordId> {
        vec![self.complaint]
    }
}

fn opening(capa: &Capa, world: &World, sink: &mut Sink) {
    if capa.status != capa.derived_status() {
        sink.report(
            &STATUS_AGREES,
            "status",
            msg!("rule-status-agrees", status = capa.status, derived = capa.derived_status()),
        );
    }
    world.person(&capa.responsible, "responsible", sink);
    world.office(&capa.opened_by, "opened_by", &OPENED_FOR_COMPLAINT, tid!("step-open-capa"), sink);
    world.not_future(capa.opened, "opened", sink);
    match world.index.complaint(capa.complaint) {
        None => sink.report(
            &OPENED_FOR_COMPLAINT,
            "complaint",
            world.missing(capa.complaint, msg!("rule-complaint-missing", complaint = capa.complaint)),
        ),
        Some(c) => match &c.analysis {
            Some(a) if a.capa == capa.id => {
                if a.responsible != capa.responsible {
                    sink.report(
                        &OPENED_FOR_COMPLAINT,
                        "responsible",
                        msg!("rule-capa-responsible-differs", complaint = &a.responsible, capa = &capa.responsible),
                    );
                }
                if a.on != capa.opened {
                    sink.report(
                        &OPENED_FOR_COMPLAINT,
                        "opened",
                        msg!("rule-capa-opened-differs", opened = capa.opened, analysis = a.on),
                    );
                }
            }
            _ => sink.report(
                &OPENED_FOR_COMPLAINT,
                "complaint",
                msg!("rule-complaint-not-naming", complaint = capa.complaint),
            ),
        },
    }
    if capa.rounds.is_empty() {
        sink.report(&ROUNDS_FOLLOW_VERDICTS, "rounds", msg!("rule-capa-no-round"));
    }
}

fn round(capa: &Capa, world: &World, i: usize, round: &Round, is_last: bool, sink: &mut Sink) {
    let at = |rest: &str| format!("rounds.{i}{rest}");
    let n = i + 1;
    let started = capa.round_start(i);
    for (j, a) in round.actions.iter().enumerate() {
        let key = at(&format!(".actions.{j}"));
        // CC-4.4 (second review): the responsible person proposes the actions; the office
        // opens and verifies the CAPA but does not write the fix for them.
        if let Some(by) = world.person(&a.added_by, &format!("{key}.added_by"), sink)
            && a.added_by != capa.responsible
        {
            sink.report(
                &ACTIONS_PLANNED,
                format!("{key}.added_by"),
                msg!(
                    "rule-plan-by",
                    who = format!("{} {}", by.id, by.name),
                    id = capa.id,
                    responsible = &capa.responsible
                ),
            );
        }
        if a.due < a.added {
            sink.report(
                &ACTIONS_PLANNED,
                format!("{key}.due"),
                msg!("rule-due-before-added", due = a.due, added = a.added),
            );
        }
        world.in_order(
            (started, tid!("when-round-start")),
            (a.added, tid!("when-action")),
            &format!("{key}.added"),
            sink,
        );
        world.not_future(a.added, &format!("{key}.added"), sink);
        match (a.done, &a.done_by) {
            (Some(done), Some(by)) => {
                if world.person(by, &format!("{key}.done_by"), sink).is_some() && *by != capa.responsible {
                    sink.report(
                        &ACTIONS_DONE_BY_RESPONSIBLE,
                        format!("{key}.done_by"),
                        msg!("rule-done-by", who = by, n = j + 1, id = capa.id, responsible = &capa.responsible),
                    );
                }
                world.in_order((a.added, tid!("when-added")), (done, tid!("when-done")), &format!("{key}.done"), sink);
                world.not_future(done, &format!("{key}.done"), sink);
            }
            (Some(_), None) => {
                sink.report(&ACTIONS_DONE_BY_RESPONSIBLE, format!("{key}.done"), msg!("rule-done-without-by"))
            }
            (None, Some(_)) => {
                sink.report(&ACTIONS_DONE_BY_RESPONSIBLE, format!("{key}.done_by"), msg!("rule-by-without-done"))
            }
            (None, None) => {}
        }
    }
    if let Some(done) = &round.completed {
        if done.by != capa.responsible {
            sink.report(
                &COMPLETION_REPORTED,
                at(".completed.by"),
                msg!("rule-completion-by", responsible = &capa.responsible, id = capa.id, who = &done.by),
            );
        }
        if !round.actions.iter().any(|a| a.kind == ActionKind::Corrective) {
            sink.report(&COMPLETION_REPORTED, at(".completed"), msg!("rule-no-corrective", n = n, id = capa.id));
        }
        if !round.actions.iter().any(|a| a.kind == ActionKind::Preventive) {
            sink.report(&COMPLETION_REPORTED, at(".completed"), msg!("rule-no-preventive", n = n, id = capa.id));
        }
        let open: Vec<String> = (1..)
            .zip(&round.actions)
            .filter(|(_, a)| a.done.is_none_or(|d| d > done.on))
            .map(|(n, _)| n.to_string())
            .collect();
        if !open.is_empty() {
            sink.report(
                &COMPLETION_REPORTED,
                at(".completed"),
                msg!("rule-complete-with-open", n = n, open = open.join(", "), id = capa.id),
            );
        }
        world.in_order(
            (started, tid!("when-round-start")),
            (done.on, tid!("when-completion")),
            &at(".completed.on"),
            sink,
        );
        // CC-4.5's window is counted in working days from the report: on a known calendar.
        let deadline = Round::deadline_after(done.on, world.calendar, world.window());
        world.counts_in(done.on, deadline, &at(".completed.on"), sink);
        world.not_future(done.on, &at(".completed.on"), sink);
    }
    match (&round.completed, &round.verification) {
        (None, Some(_)) => {
            sink.report(&VERIFIED_BY_OFFICE, at(".verification"), msg!("rule-verified-before-completion", n = n))
        }
        (Some(done), Some(v)) => verification(capa, world, done.on, v, &at(".verification"), sink),
        _ => {}
    }
    match (&round.verification, is_last) {
        (Some(v), false) if v.effective => sink.report(
            &ROUNDS_FOLLOW_VERDICTS,
            at(".verification.effective"),
            msg!("rule-round-after-effective", n = n),
        ),
        (None, false) => sink.report(&ROUNDS_FOLLOW_VERDICTS, at(""), msg!("rule-round-after-unverified", n = n)),
        (Some(v), true) if !v.effective => sink.report(
            &ROUNDS_FOLLOW_VERDICTS,
            at(".verification.effective"),
            msg!("rule-round-must-follow", n = n, id = capa.id),
        ),
        _ => {}
    }
}

fn verification(capa: &Capa, world: &World, completed: Date, v: &Verification, key: &str, sink: &mut Sink) {
    world.office(&v.by, &format!("{key}.by"), &VERIFIED_BY_OFFICE, tid!("step-verify"), sink);
    if v.by == capa.responsible {
        sink.report(
            &VERIFIED_BY_OFFICE,
            format!("{key}.by"),
            msg!("rule-verifier-responsible", who = &v.by, id = capa.id),
        );
    }
    world.in_order((completed, tid!("when-completion")), (v.on, tid!("when-verification")), &format!("{key}.on"), sink);
    world.not_future(v.on, &format!("{key}.on"), sink);
    let window = world.window();
    let deadline = crate::domain::capa::Round::deadline_after(completed, world.calendar, window);
    if v.deadline != deadline {
        sink.report(
            &DEADLINE_RECORDED,
            format!("{key}.deadline"),
            msg!(
                "rule-deadline-differs",
                recorded = v.deadline,
                window = window,
                completed = completed,
                deadline = deadline
            ),
        );
    }
    let late = v.on > deadline;
    if v.late != late {
        sink.report(
            &DEADLINE_RECORDED,
            format!("{key}.late"),
            msg!("rule-late-flag", late = v.late, on = v.on, deadline = deadline),
        );
    } else if late {
        let over = world.calendar.working_days_between(deadline, v.on);
        sink.report(
            &VERIFIED_LATE,
            format!("{key}.on"),
            msg!("rule-verified-late", over = over, deadline = deadline, on = v.on),
        );
    }
}

fn reminders(capa: &Capa, world: &World, sink: &mut Sink) {
    let mut previous: Option<Date> = None;
    for (i, r) in capa.reminders.iter().enumerate() {
        let key = format!("reminders.{i}");
        if r.number as usize != i + 1 {
            sink.report(
                &REMINDER_BY_OFFICE,
                format!("{key}.number"),
                msg!("rule-reminder-number", n = i + 1, number = r.number),
            );
        }
        world.office(&r.by, &format!("{key}.by"), &REMINDER_BY_OFFICE, tid!("step-remind"), sink);
        world.counts_in(r.on, r.due.unwrap_or(r.on), &format!("{key}.on"), sink);
        world.not_future(r.on, &format!("{key}.on"), sink);
        world.in_order(
            (capa.opened, tid!("when-capa-opened")),
            (r.on, tid!("when-reminder")),
            &format!("{key}.on"),
            sink,
        );
        match r.due {
            None => sink.report(
                &REMINDER_SETS_DAY,
                format!("{key}.on"),
                msg!(
                    "rule-reminder-no-day",
                    n = r.number,
                    id = capa.id,
                    default = world.calendar.add_working_days(r.on, 1)
                ),
            ),
            Some(due) if due < r.on => sink.report(
                &REMINDER_DAY_AFTER,
                format!("{key}.due"),
                msg!("rule-reminder-due-before", due = due, on = r.on),
            ),
            Some(_) => {}
        }
        if capa.handler_overdue_at_start_of(r.on).is_none() {
            sink.report(
                &REMINDER_WHEN_OVERDUE,
                format!("{key}.on"),
                msg!(
                    "rule-reminder-not-overdue",
                    id = capa.id,
                    who = &capa.responsible,
                    on = r.on,
                    why = why_not_overdue(capa, r.on)
                ),
            );
        }
        if !world.calendar.is_working_day(r.on) {
            sink.report(&REMINDER_ONCE_A_DAY, format!("{key}.on"), msg!("rule-not-working-day", day = r.on));
        }
        if let Some(p) = previous {
            if p == r.on {
                sink.report(&REMINDER_ONCE_A_DAY, format!("{key}.on"), msg!("rule-reminder-same-day", day = r.on));
            } else {
                world.in_order(
                    (p, tid!("when-previous-reminder")),
                    (r.on, tid!("when-this-reminder")),
                    &format!("{key}.on"),
                    sink,
                );
            }
        }
        previous = Some(r.on);
    }
}

/// Why a CAPA had nothing of the handler's overdue on `day`, for the reminder message.
fn why_not_overdue(capa: &Capa, day: Date) -> crate::i18n::Msg {
    if capa.effective_on().is_some_and(|e| e < day) {
        return msg!("why-effective");
    }
    match capa.round_on(day.pred()) {
        Some((_, round)) if round.completed.as_ref().is_some_and(|c| c.on < day) => {
            msg!("why-completed")
        }
        _ => msg!("why-nothing-due"),
    }
}

fn overdue_today(capa: &Capa, world: &World, sink: &mut Sink) {
    let Some(overdue) = capa.overdue(world.today, world.calendar, world.window()) else { return };
    let rule = match overdue {
        Overdue::Verification { .. } => &VERIFICATION_OVERDUE,
        _ => &ACTION_OVERDUE,
    };
    let hint = match overdue {
        Overdue::Verification { .. } => msg!("hint-verify", id = capa.id),
        _ => msg!("hint-remind", id = capa.id),
    };
    sink.report(rule, "status", msg!("rule-overdue", day = world.today, overdue = overdue.msg(), hint = hint));
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("capa.status-agrees", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").status = crate::domain::capa::CapaStatus::Open
        }),
        ("capa.opened-for-complaint", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").opened_by = "S11".into()
        }),
        ("capa.actions-planned", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").rounds[0].actions[0].due = d("2026-01-01")
        }),
        ("capa.actions-done-by-responsible", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").rounds[0].actions[0].done_by = Some("S12".into())
        }),
        ("capa.completion-reported", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").rounds[0].completed.as_mut().unwrap().by = "S02".into()
        }),
        ("capa.verified-by-office", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").rounds[0].verification.as_mut().unwrap().by = "S11".into()
        }),
        ("capa.deadline-recorded", "CAPA-2026-0001", |_, r| {
            let v = rec::<Capa>(r, "CAPA-2026-0001").rounds[0].verification.as_mut().unwrap();
            v.deadline = v.deadline.succ();
        }),
        ("capa.verified-late", "CAPA-2026-0001", |_, r| {
            let v = rec::<Capa>(r, "CAPA-2026-0001").rounds[0].verification.as_mut().unwrap();
            v.on = d("2026-02-02");
            v.late = true;
        }),
        ("capa.rounds-follow-verdicts", "CAPA-2026-0001", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0001").rounds[0].verification.as_mut().unwrap().effective = false
        }),
        ("capa.action-overdue", "CAPA-2026-0001", |_, r| {
            let round = &mut rec::<Capa>(r, "CAPA-2026-0001").rounds[0];
            round.verification = None;
            round.completed = None;
            round.actions[0].done = None;
            round.actions[0].done_by = None;
            rec::<Capa>(r, "CAPA-2026-0001").status = crate::domain::capa::CapaStatus::Open;
        }),
        ("capa.verification-overdue", "CAPA-2026-0001", |_, r| {
            let capa = rec::<Capa>(r, "CAPA-2026-0001");
            capa.rounds[0].verification = None;
            capa.status = crate::domain::capa::CapaStatus::AwaitingVerification;
        }),
        ("capa.reminder-by-office", "CAPA-2026-0027", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0027").reminders[0].by = "S11".into()
        }),
        ("capa.reminder-when-overdue", "CAPA-2026-0026", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0026").reminders[0].on = d("2026-08-10")
        }),
        ("capa.reminder-once-a-day", "CAPA-2026-0027", |_, r| {
            let capa = rec::<Capa>(r, "CAPA-2026-0027");
            capa.reminders[1].on = capa.reminders[0].on;
        }),
        ("capa.reminder-sets-day", "CAPA-2026-0027", |_, r| rec::<Capa>(r, "CAPA-2026-0027").reminders[0].due = None),
        ("capa.reminder-day-after", "CAPA-2026-0027", |_, r| {
            rec::<Capa>(r, "CAPA-2026-0027").reminders[1].due = Some(d("2026-06-01"))
        }),
    ]
}

#[cfg(test)]
mod tests {
    use crate::domain::capa::{ActionKind, Capa, CapaStatus};
    use crate::domain::testing::*;

    fn add(b: &mut Bench, capa: crate::domain::id::RecordId, by: &str, kind: ActionKind, on: &str, due: &str) {
        let who = b.who(by);
        b.step(capa, day(on), |c: &mut Capa| c.add_action(&who, day(on), kind, "改正".into(), day(due))).unwrap();
    }

    fn try_add(
        b: &mut Bench,
        capa: crate::domain::id::RecordId,
        by: &str,
        kind: ActionKind,
    ) -> Result<usize, crate::domain::refusal::Refusal> {
        let (who, on) = (b.who(by), day("2026-03-03"));
        b.step(capa, on, |c: &mut Capa| c.add_action(&who, on, kind, "改正".into(), day("2026-03-05")))
    }

    #[test]
    fn cc_4_4_the_responsible_person_plans_a_corrective_and_a_preventive_action_and_does_every_one() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        let (s01, s03) = (b.who("S01"), b.who("S03"));
        add(&mut b, capa, "S03", ActionKind::Preventive, "2026-03-03", "2026-03-06");
        let on = day("2026-03-04");
        let err = b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap_err();
        assert!(err.message.has("rule-no-corrective"), "{err}");
        // The office opens and verifies; the fix is the responsible person's to propose.
        let err = try_add(&mut b, capa, "S01", ActionKind::Corrective).unwrap_err();
        assert_eq!(err.clause, "CC-4.4");
        assert!(err.message.has("rule-plan-by"), "{err}");
        add(&mut b, capa, "S03", ActionKind::Corrective, "2026-03-03", "2026-03-05");
        b.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, 2)).unwrap();
        let err = b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap_err();
        assert!(err.message.has("rule-complete-with-open"), "{err}");
        let err = b.step(capa, on, |c: &mut Capa| c.mark_done(&s01, on, 1)).unwrap_err();
        assert!(err.message.has("rule-done-by"), "the responsible person does them: {err}");
        b.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, 1)).unwrap();
        assert_eq!(b.step(capa, on, |c: &mut Capa| c.complete(&s01, on)).unwrap_err().clause, "CC-4.4");
        b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap();
        assert_eq!(b.get::<Capa>(capa).status, CapaStatus::AwaitingVerification);
    }

    #[test]
    fn cc_4_4_a_round_with_a_corrective_action_only_is_not_complete() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        let s03 = b.who("S03");
        add(&mut b, capa, "S03", ActionKind::Corrective, "2026-03-03", "2026-03-04");
        let on = day("2026-03-04");
        b.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, 1)).unwrap();
        let err = b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap_err();
        assert!(err.message.has("rule-no-preventive"), "{err}");
        // The same hand-written into the file is the same finding in check.
        let mut edited = b.get::<Capa>(capa);
        edited.rounds[0].completed = Some(crate::domain::capa::Completion { on, by: "S03".into() });
        edited.status = CapaStatus::AwaitingVerification;
        b.records.put(edited);
        assert!(b.errors(day("2026-03-31")).contains(&"capa.completion-reported"));
    }

    #[test]
    fn cc_4_5_verified_on_the_fifth_working_day_is_on_time_the_sixth_late() {
        // Completed Wed 2025-12-31; Jan 1 a holiday: the 5th working day after is Thu Jan 8.
        for (verified, late) in [("2026-01-08", false), ("2026-01-09", true)] {
            let mut b = Bench::new();
            let capa = b.analysed_on(day("2025-12-30"));
            b.complete(capa, day("2025-12-31"));
            assert_eq!(b.verify(capa, day(verified), true).unwrap(), late, "{verified}");
            let found: Vec<&str> = b.check(day("2026-03-31")).iter().map(|f| f.rule.name).collect();
            assert_eq!(found.contains(&"capa.verified-late"), late, "{found:?}");
        }
    }

    /// The readings' calendar: a completion on 12-31 would get a deadline counting 1 January
    /// of a year svc.toml does not list: refused, naming the year.
    #[test]
    fn cc_4_5_a_completion_whose_window_runs_into_an_unknown_year_is_refused() {
        let mut b = Bench::new();
        let capa = b.analysed_on(day("2026-12-28"));
        let s03 = b.who("S03");
        let on = day("2026-12-31");
        for (n, kind) in [(1, ActionKind::Corrective), (2, ActionKind::Preventive)] {
            b.step(capa, on, |c: &mut Capa| c.add_action(&s03, on, kind, "改".into(), on)).unwrap();
            b.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, n)).unwrap();
        }
        let err = b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap_err();
        assert_eq!(err.clause, "SVC-CAL");
        assert!(err.message.mentions("2027"), "{err}");
        b.step(capa, day("2026-12-30"), |c: &mut Capa| c.complete(&s03, day("2026-12-30"))).unwrap_err();
    }

    /// `svc check` warns from 1 December when next year's calendar is missing.
    #[test]
    fn the_next_years_calendar_is_asked_for_from_the_first_of_december() {
        let b = Bench::new();
        let warned = |on: &str| {
            crate::domain::rules::check(&b.config, &b.calendar, &b.records, day(on))
                .iter()
                .any(|f| f.rule.name == "config.calendar-next-year")
        };
        assert!(!warned("2026-11-30"));
        assert!(warned("2026-12-01"));
        assert!(!warned("2025-12-01"), "2026 is known");
    }

    #[test]
    fn cc_4_5_nobody_verifies_a_capa_they_are_responsible_for() {
        let mut b = Bench::new();
        let id = b.accepted();
        let capa = b.analyse(id, "S02", "S01", day("2026-03-03")).unwrap();
        let s01 = b.who("S01");
        let on = day("2026-03-04");
        for (n, kind) in [(1, ActionKind::Corrective), (2, ActionKind::Preventive)] {
            b.step(capa, on, |c: &mut Capa| c.add_action(&s01, on, kind, "改".into(), on)).unwrap();
            b.step(capa, on, |c: &mut Capa| c.mark_done(&s01, on, n)).unwrap();
        }
        b.step(capa, on, |c: &mut Capa| c.complete(&s01, on)).unwrap();
        let err = b.verify(capa, day("2026-03-05"), true).unwrap_err();
        assert!(err.message.has("rule-verifier-responsible"), "{err}");
        let s02 = b.who("S02");
        let cal = b.calendar.clone();
        b.step(capa, day("2026-03-05"), |c: &mut Capa| c.verify(&s02, day("2026-03-05"), true, "ok".into(), &cal, 5))
            .unwrap();
    }

    #[test]
    fn rp_2_reminders_only_for_the_handlers_overdue_work_once_a_working_day() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        add(&mut b, capa, "S03", ActionKind::Corrective, "2026-03-03", "2026-03-05");
        let s01 = b.who("S01");
        let remind = |b: &mut Bench, on: &str| {
            b.step(capa, day(on), |c: &mut Capa| {
                c.remind(&s01, day(on), day(on).succ(), None, crate::domain::testing::overdue_text)
            })
        };
        assert_eq!(remind(&mut b, "2026-03-05").unwrap_err().clause, "RP-2", "due today is not overdue");
        assert_eq!(remind(&mut b, "2026-03-06").unwrap(), 1);
        assert!(remind(&mut b, "2026-03-06").unwrap_err().message.has("rule-reminder-same-day"), "once a day");
        assert!(remind(&mut b, "2026-03-07").unwrap_err().message.has("rule-not-working-day"), "a Saturday");
        assert_eq!(remind(&mut b, "2026-03-09").unwrap(), 2);
        // Completion reported: a late verification is the office's, never the handler's.
        let s03 = b.who("S03");
        b.step(capa, day("2026-03-10"), |c: &mut Capa| c.mark_done(&s03, day("2026-03-10"), 1)).unwrap();
        add(&mut b, capa, "S03", ActionKind::Preventive, "2026-03-10", "2026-03-10");
        b.step(capa, day("2026-03-10"), |c: &mut Capa| c.mark_done(&s03, day("2026-03-10"), 2)).unwrap();
        b.step(capa, day("2026-03-10"), |c: &mut Capa| c.complete(&s03, day("2026-03-10"))).unwrap();
        let err = remind(&mut b, "2026-03-25").unwrap_err();
        assert!(err.message.has("why-completed"), "{err}");
        b.verify(capa, day("2026-03-25"), true).unwrap();
        assert!(remind(&mut b, "2026-03-26").unwrap_err().message.has("why-effective"));
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }

    /// A reminder never blocks work: the responsible person may finish and report completion
    /// on the reminder's own day; the next day there is nothing left to remind.
    #[test]
    fn rp_2_a_reminder_never_blocks_completion_on_its_day() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        add(&mut b, capa, "S03", ActionKind::Corrective, "2026-03-03", "2026-03-04");
        add(&mut b, capa, "S03", ActionKind::Preventive, "2026-03-03", "2026-03-04");
        let (s01, s03, on) = (b.who("S01"), b.who("S03"), day("2026-03-05"));
        b.step(capa, on, |c: &mut Capa| {
            c.remind(&s01, on, day("2026-03-06"), None, crate::domain::testing::overdue_text)
        })
        .unwrap();
        for n in 1..=2 {
            b.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, n)).unwrap();
        }
        b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap();
        let next = day("2026-03-06");
        let err = b
            .step(capa, next, |c: &mut Capa| {
                c.remind(&s01, next, day("2026-03-09"), None, crate::domain::testing::overdue_text)
            })
            .unwrap_err();
        assert!(err.message.has("why-completed"), "{err}");
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }

    /// A reminder written before this reading (no day) is a warning naming the repair, and
    /// a day before the reminder itself is reported too.
    #[test]
    fn rp_2_a_reminder_sets_its_day() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        add(&mut b, capa, "S03", ActionKind::Corrective, "2026-03-03", "2026-03-04");
        let s01 = b.who("S01");
        let on = day("2026-03-05");
        let err = b
            .step(capa, on, |c: &mut Capa| {
                c.remind(&s01, on, day("2026-03-04"), None, crate::domain::testing::overdue_text)
            })
            .unwrap_err();
        assert!(err.message.has("rule-reminder-due-before"), "{err}");
        b.step(capa, on, |c: &mut Capa| {
            c.remind(&s01, on, day("2026-03-06"), None, crate::domain::testing::overdue_text)
        })
        .unwrap();
        let mut old = b.get::<Capa>(capa);
        old.reminders[0].due = None;
        b.records.put(old);
        let found: Vec<_> =
            b.check(day("2026-03-05")).into_iter().filter(|f| f.rule.name == "capa.reminder-sets-day").collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.has("rule-reminder-no-day") && found[0].message.mentions("2026-03-06"));
    }

    #[test]
    fn completion_not_reported_after_the_last_due_date_is_the_handlers_lateness() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        add(&mut b, capa, "S03", ActionKind::Corrective, "2026-03-03", "2026-03-05");
        let s03 = b.who("S03");
        b.step(capa, day("2026-03-04"), |c: &mut Capa| c.mark_done(&s03, day("2026-03-04"), 1)).unwrap();
        let c = b.get::<Capa>(capa);
        assert_eq!(c.handler_overdue_on(day("2026-03-05")), None);
        assert!(matches!(
            c.handler_overdue_on(day("2026-03-06")),
            Some(crate::domain::capa::Overdue::Completion { .. })
        ));
    }

    #[test]
    fn cc_4_6_not_effective_starts_a_new_round_and_keeps_the_old() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        b.complete(capa, day("2026-03-04"));
        b.verify(capa, day("2026-03-05"), false).unwrap();
        let c = b.get::<Capa>(capa);
        assert_eq!((c.status, c.rounds.len()), (CapaStatus::Open, 2));
        let s03 = b.who("S03");
        let err = b.step(capa, day("2026-03-06"), |c: &mut Capa| c.complete(&s03, day("2026-03-06"))).unwrap_err();
        assert!(err.message.has("rule-no-corrective"), "round 2 needs its own actions: {err}");
        b.complete(capa, day("2026-03-06"));
        b.verify(capa, day("2026-03-09"), true).unwrap();
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }
}
