//! The CAPA Tracking Report (糾正和預防措施跟蹤報告) and its workflow, CC-4.3 to CC-4.6.
//!
//! A CAPA goes in rounds: the responsible person adds actions with planned dates and does
//! them (CC-4.4), reports completion, and the coordination office verifies the effect within
//! the policy's working days (CC-4.5). A verification that finds it not effective starts a
//! new round (CC-4.6); the earlier rounds stay on the report.

use super::refs::StaffId;
use super::text::Text;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::clause::Clause;
use super::config::Staff;
use super::date::Date;
use super::fields::non_empty;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CapaStatus {
    /// Actions are being planned and carried out (CC-4.4).
    Open,
    /// Completion reported; the coordination office verifies (CC-4.5).
    AwaitingVerification,
    /// Verified effective: the report is closed.
    Effective,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// Removes the cause of this complaint.
    Corrective,
    /// Keeps the same problem from happening again.
    Preventive,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Capa {
    pub id: RecordId,
    pub status: CapaStatus,
    /// The complaint this CAPA answers; that complaint's `analysis.capa` names this report.
    pub complaint: RecordId,
    /// Staff id of the responsible person (CC-4.3).
    pub responsible: StaffId,
    pub opened: Date,
    pub opened_by: StaffId,
    /// The cause found by the analysis.
    pub problem: Text,
    /// Round 1, then one more after each verification found it not effective (CC-4.6).
    pub rounds: Vec<Round>,
    /// Reminders (催辦) sent while it was overdue: the grounds of RP-2 P4 and RP-3 R4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reminders: Vec<Reminder>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Round {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Completion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// CC-4.4: an action with its planned completion date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub kind: ActionKind,
    pub text: Text,
    /// Planned completion date.
    pub due: Date,
    pub added: Date,
    pub added_by: StaffId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_by: Option<StaffId>,
}

impl Round {
    /// CC-4.5: the last day to verify a round whose completion was reported on
    /// `completed`: `window` working days after it. The one place this is computed, for the
    /// step that verifies, the overdue list and the rule that checks the recorded deadline.
    pub fn deadline_after(completed: Date, calendar: &Calendar, window: u32) -> Date {
        calendar.add_working_days(completed, window)
    }

    /// The last day to verify this round, once its completion is reported.
    pub fn deadline(&self, calendar: &Calendar, window: u32) -> Option<Date> {
        Some(Round::deadline_after(self.completed.as_ref()?.on, calendar, window))
    }
}

/// CC-4.4: the responsible person's report that this round's actions are done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Completion {
    pub on: Date,
    pub by: StaffId,
}

/// CC-4.5: the coordination office's verification of the effect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    pub on: Date,
    pub by: StaffId,
    pub effective: bool,
    pub note: Text,
    /// The last day allowed: the policy's working days after the completion report.
    pub deadline: Date,
    /// Verified after the deadline (CC-4.5), recorded so it is reported.
    #[serde(default)]
    pub late: bool,
}

/// A reminder (催辦) on an overdue CAPA.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reminder {
    /// 1 for the first reminder (RP-2 P4), 2 for the second (RP-3 R4), ...
    pub number: u32,
    pub on: Date,
    pub by: StaffId,
    /// What was overdue when it was sent.
    pub overdue: Text,
    /// The day by which the work must be done (`--by`, default the next working day): P4 and
    /// R4 rest on work not done by it. Missing on reminders written before this reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Why a CAPA is overdue on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overdue {
    /// An action of the current round is past its planned date, not done (CC-4.4).
    Action { number: usize, due: Date },
    /// Every action due is done, but completion is not reported (CC-4.4).
    Completion { due: Date },
    /// Completion reported, verification past its deadline (CC-4.5): the office's lateness.
    Verification { deadline: Date },
}

impl Overdue {
    /// What is overdue, as a message.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            Overdue::Action { number, due } => crate::msg!("overdue-action", n = number, due = due),
            Overdue::Completion { due } => crate::msg!("overdue-completion", due = due),
            Overdue::Verification { deadline } => crate::msg!("overdue-verification", deadline = deadline),
        }
    }
}

impl fmt::Display for Overdue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

impl Overdue {
    pub fn clause(&self) -> Clause {
        match self {
            Overdue::Action { .. } | Overdue::Completion { .. } => Clause::Cc4_4,
            Overdue::Verification { .. } => Clause::Cc4_5,
        }
    }

    /// The responsible person's own lateness (經辦人的責任): what reminders are about.
    pub fn is_handlers(&self) -> bool {
        !matches!(self, Overdue::Verification { .. })
    }
}

impl Capa {
    pub(crate) fn open(
        id: RecordId,
        complaint: RecordId,
        responsible: &str,
        by: &Staff,
        today: Date,
        problem: &str,
    ) -> Capa {
        Capa {
            id,
            status: CapaStatus::Open,
            complaint,
            responsible: responsible.into(),
            opened: today,
            opened_by: by.id,
            problem: problem.into(),
            rounds: vec![Round::default()],
            reminders: Vec::new(),
        }
    }

    pub fn current_round(&self) -> Option<&Round> {
        self.rounds.last()
    }

    /// 1-based number of the current round.
    pub fn round_number(&self) -> usize {
        self.rounds.len()
    }

    fn current_round_mut(&mut self) -> &mut Round {
        if self.rounds.is_empty() {
            self.rounds.push(Round::default());
        }
        self.rounds.last_mut().expect("just ensured a round")
    }

    /// The day round `i` (0-based) began: the opening, or the verification that found the
    /// round before not effective (CC-4.6).
    pub fn round_start(&self, i: usize) -> Date {
        i.checked_sub(1)
            .and_then(|prev| self.rounds.get(prev))
            .and_then(|r| r.verification.as_ref())
            .map_or(self.opened, |v| v.on)
    }

    /// The report as it stood at the end of `day`: None if not yet opened, steps dated
    /// later left out.
    pub fn as_of(&self, day: Date) -> Option<Capa> {
        if self.opened > day {
            return None;
        }
        self.clone().into_as_of(day)
    }

    /// [`Capa::as_of`] of a report the caller no longer needs: no copy is made.
    pub fn into_as_of(self, day: Date) -> Option<Capa> {
        if self.opened > day {
            return None;
        }
        let started = (0..self.rounds.len()).filter(|i| self.round_start(*i) <= day).count().max(1);
        let mut capa = self;
        capa.rounds.truncate(started);
        for round in &mut capa.rounds {
            round.actions.retain(|a| a.added <= day);
            for a in &mut round.actions {
                if a.done.is_some_and(|d| d > day) {
                    a.done = None;
                    a.done_by = None;
                }
            }
            round.completed = round.completed.take().filter(|c| c.on <= day);
            round.verification = round.verification.take().filter(|v| v.on <= day);
        }
        capa.reminders.retain(|r| r.on <= day);
        capa.status = capa.derived_status();
        Some(capa)
    }

    /// The round under way on `day`, from the recorded dates.
    pub fn round_on(&self, day: Date) -> Option<(usize, &Round)> {
        if day < self.opened {
            return None;
        }
        (0..self.rounds.len()).rev().find(|i| self.round_start(*i) <= day).map(|i| (i, &self.rounds[i]))
    }

    /// CC-4.4: adds an action with its planned completion date while the round is open.
    pub fn add_action(
        &mut self,
        by: &Staff,
        today: Date,
        kind: ActionKind,
        text: String,
        due: Date,
    ) -> Result<usize, Refusal> {
        self.ensure_status(CapaStatus::Open, crate::tid!("capa-verb-add"))?;
        let round = self.current_round_mut();
        round.actions.push(Action {
            kind,
            text: text.trim().into(),
            due,
            added: today,
            added_by: by.id,
            done: None,
            done_by: None,
        });
        Ok(round.actions.len())
    }

    /// CC-4.4: marks action `number` (1-based, in the current round) done today.
    pub fn mark_done(&mut self, by: &Staff, today: Date, number: usize) -> Result<(), Refusal> {
        self.ensure_status(CapaStatus::Open, crate::tid!("capa-verb-done"))?;
        let id = self.id;
        let round = self.current_round_mut();
        let count = round.actions.len();
        let Some(action) = number.checked_sub(1).and_then(|i| round.actions.get_mut(i)) else {
            return refuse(Clause::Cc4_4, crate::msg!("capa-no-such-action", id = id, n = number, count = count));
        };
        if let Some(done) = action.done {
            return refuse(Clause::Cc4_4, crate::msg!("capa-action-already-done", n = number, day = done));
        }
        action.done = Some(today);
        action.done_by = Some(by.id);
        Ok(())
    }

    /// CC-4.4: reports completion of this round.
    pub fn complete(&mut self, by: &Staff, today: Date) -> Result<(), Refusal> {
        self.ensure_status(CapaStatus::Open, crate::tid!("capa-verb-complete"))?;
        self.current_round_mut().completed = Some(Completion { on: today, by: by.id });
        self.status = self.derived_status();
        Ok(())
    }

    /// CC-4.5 / CC-4.6: records the verification with its deadline and lateness; not
    /// effective opens the next round. Returns whether it was late.
    pub fn verify(
        &mut self,
        by: &Staff,
        today: Date,
        effective: bool,
        note: String,
        calendar: &Calendar,
        window: u32,
    ) -> Result<bool, Refusal> {
        self.ensure_status(CapaStatus::AwaitingVerification, crate::tid!("capa-verb-verify"))?;
        let completed = self.current_round().and_then(|r| r.completed.as_ref()).map(|c| c.on).unwrap_or(self.opened);
        let deadline = Round::deadline_after(completed, calendar, window);
        let late = today > deadline;
        let note = note.trim().to_string();
        self.current_round_mut().verification =
            Some(Verification { on: today, by: by.id, effective, note: note.into(), deadline, late });
        if !effective {
            self.rounds.push(Round::default());
        }
        self.status = self.derived_status();
        Ok(late)
    }

    /// Records a reminder (催辦) of the responsible person's overdue work, asking for it by
    /// `due`. Returns its number.
    /// `written` puts what was overdue into words for the file (the command line writes it in
    /// the centre's language: the domain gives the fact, not its text).
    pub fn remind(
        &mut self,
        by: &Staff,
        today: Date,
        due: Date,
        note: Option<String>,
        written: impl FnOnce(&Overdue) -> String,
    ) -> Result<u32, Refusal> {
        let overdue = self.handler_overdue_at_start_of(today).as_ref().map(written).unwrap_or_default();
        let number = self.reminders.len() as u32 + 1;
        self.reminders.push(Reminder {
            number,
            on: today,
            by: by.id,
            overdue: overdue.into(),
            due: Some(due),
            note: non_empty(note).map(Into::into),
        });
        Ok(number)
    }

    /// The handler's work overdue as `day` begins: what a reminder sent that day is about.
    /// Steps dated `day` itself are left out, so a reminder never blocks the work it asks
    /// for: the responsible person may finish and report completion on the reminder's day.
    pub fn handler_overdue_at_start_of(&self, day: Date) -> Option<Overdue> {
        self.as_of(day.pred())?.handler_overdue_on(day)
    }

    /// RP-2 P4 (經催辦一次仍未按時完成): the work reminder `r` asked for was not done by the day
    /// it set, whether finished later or still open. Judged from the steps recorded up to
    /// that day: the handler still had overdue work the day after it. None for a reminder
    /// without a day (written under the old reading), which grounds nothing.
    pub fn reminder_unmet(&self, r: &Reminder) -> bool {
        let Some(due) = r.due else { return false };
        self.as_of(due).is_some_and(|then| then.handler_overdue_on(due.succ()).is_some())
    }

    /// Reminders whose day passed before `day` with the work not done by it (P4: one; R4:
    /// two), on distinct days.
    pub fn unmet_reminders_before(&self, day: Date) -> usize {
        let mut days: Vec<Date> = self
            .reminders
            .iter()
            .filter(|r| r.due.is_some_and(|due| due < day) && self.reminder_unmet(r))
            .map(|r| r.on)
            .collect();
        days.dedup();
        days.len()
    }

    /// RP-3 R4 (屢次超時限辦結): the first day the responsible person finished a round past
    /// its planned date: completion reported after the latest planned date of the round's
    /// actions, or an action done after its own.
    pub fn finished_late_on(&self) -> Option<Date> {
        self.rounds
            .iter()
            .filter_map(|round| {
                let completed = round.completed.as_ref()?.on;
                let last_due = round.actions.iter().map(|a| a.due).max()?;
                let action_late = round.actions.iter().any(|a| a.done.is_some_and(|d| d > a.due));
                (completed > last_due || action_late).then_some(completed)
            })
            .min()
    }

    /// The responsible person's overdue work on `day` (RP-2 P4, RP-3 R4), read from the
    /// recorded dates alone: an action of the round under way past its planned date and not
    /// done by then, or every action due done but completion not reported. Nothing once
    /// completion is reported (verifying is the office's work) or the CAPA is effective.
    pub fn handler_overdue_on(&self, day: Date) -> Option<Overdue> {
        if self.effective_on().is_some_and(|e| e <= day) {
            return None;
        }
        let (_, round) = self.round_on(day)?;
        if round.completed.as_ref().is_some_and(|c| c.on <= day) {
            return None;
        }
        let planned: Vec<(usize, &Action)> = (1..).zip(&round.actions).filter(|(_, a)| a.added <= day).collect();
        if let Some((number, a)) = planned.iter().find(|(_, a)| a.due < day && a.done.is_none_or(|d| d > day)) {
            return Some(Overdue::Action { number: *number, due: a.due });
        }
        let last_due = planned.iter().map(|(_, a)| a.due).max()?;
        (last_due < day).then_some(Overdue::Completion { due: last_due })
    }

    /// What is overdue on `today`, the handler's work or the office's verification.
    pub fn overdue(&self, today: Date, calendar: &Calendar, window: u32) -> Option<Overdue> {
        if self.status == CapaStatus::AwaitingVerification {
            let deadline = self.verification_deadline(calendar, window)?;
            return (today > deadline).then_some(Overdue::Verification { deadline });
        }
        self.handler_overdue_on(today)
    }

    /// The status the recorded steps imply.
    pub fn derived_status(&self) -> CapaStatus {
        match self.current_round() {
            Some(Round { verification: Some(v), .. }) if v.effective => CapaStatus::Effective,
            Some(Round { completed: Some(_), verification: None, .. }) => CapaStatus::AwaitingVerification,
            _ => CapaStatus::Open,
        }
    }

    /// The day a verification first found it effective (the report closed then).
    pub fn effective_on(&self) -> Option<Date> {
        self.rounds.iter().filter_map(|r| r.verification.as_ref()).find(|v| v.effective).map(|v| v.on)
    }

    /// CC-4.5: the last day to verify the current round, once its completion is reported.
    pub fn verification_deadline(&self, calendar: &Calendar, window: u32) -> Option<Date> {
        self.current_round()?.deadline(calendar, window)
    }

    pub fn last_verification_date(&self) -> Option<Date> {
        self.rounds.iter().filter_map(|r| r.verification.as_ref()).map(|v| v.on).max()
    }

    fn ensure_status(&self, wanted: CapaStatus, what: &'static str) -> Result<(), Refusal> {
        if self.status == wanted {
            return Ok(());
        }
        let (clause, next) = match self.status {
            CapaStatus::Open => (Clause::Cc4_4, crate::msg!("capa-is-open", id = self.id)),
            CapaStatus::AwaitingVerification => (Clause::Cc4_5, crate::msg!("capa-is-awaiting", id = self.id)),
            CapaStatus::Effective => (Clause::Cc4_6, crate::msg!("capa-is-effective")),
        };
        let what = crate::i18n::Msg::new(what);
        refuse(clause, crate::msg!("capa-cannot", what = what, id = self.id, why = next))
    }
}

super::token::tokens! {
    CapaStatus = "capa" => [Open, AwaitingVerification, Effective];
    ActionKind = "action" => [Corrective, Preventive];
}
