//! The CAPA Tracking Report (糾正和預防措施跟蹤報告) and its workflow, CC-4.3 to CC-4.6.
//!
//! A CAPA goes in rounds: the responsible person adds actions with planned dates and does
//! them (CC-4.4), reports completion, and the coordination office verifies the effect within
//! the policy's working days (CC-4.5). A verification that finds it not effective starts a
//! new round (CC-4.6); the earlier rounds stay on the report.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::complaint::{ensure_coordination_office, ensure_not_before, non_empty};
use super::config::Staff;
use super::date::Date;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum CapaStatus {
    /// Actions are being planned and carried out (CC-4.4).
    Open,
    /// Completion reported; the coordination office verifies (CC-4.5).
    AwaitingVerification,
    /// Verified effective: the report is closed.
    Effective,
}

impl CapaStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CapaStatus::Open => "open",
            CapaStatus::AwaitingVerification => "awaiting-verification",
            CapaStatus::Effective => "effective",
        }
    }
}

impl fmt::Display for CapaStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// Removes the cause of this complaint.
    Corrective,
    /// Keeps the same problem from happening again.
    Preventive,
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ActionKind::Corrective => "corrective",
            ActionKind::Preventive => "preventive",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Capa {
    pub id: RecordId,
    pub status: CapaStatus,
    /// The complaint this CAPA answers; that complaint's `analysis.capa` names this report.
    pub complaint: RecordId,
    /// Staff id of the responsible person (CC-4.3).
    pub responsible: String,
    pub opened: Date,
    pub opened_by: String,
    /// The cause found by the analysis.
    pub problem: String,
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
    pub text: String,
    /// Planned completion date.
    pub due: Date,
    pub added: Date,
    pub added_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_by: Option<String>,
}

/// CC-4.4: the responsible person's report that this round's actions are done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Completion {
    pub on: Date,
    pub by: String,
}

/// CC-4.5: the coordination office's verification of the effect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    pub on: Date,
    pub by: String,
    pub effective: bool,
    pub note: String,
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
    pub by: String,
    /// What was overdue when it was sent.
    pub overdue: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why a CAPA is overdue on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overdue {
    /// An action of the current round is past its planned date (CC-4.4).
    Action { number: usize, due: Date },
    /// Completion reported, verification past its deadline (CC-4.5).
    Verification { deadline: Date },
}

impl fmt::Display for Overdue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Overdue::Action { number, due } => write!(f, "action {number} was due {due}"),
            Overdue::Verification { deadline } => write!(f, "verification was due by {deadline}"),
        }
    }
}

impl Overdue {
    pub fn clause(&self) -> &'static str {
        match self {
            Overdue::Action { .. } => "CC-4.4",
            Overdue::Verification { .. } => "CC-4.5",
        }
    }
}

impl Capa {
    pub(crate) fn open(
        id: RecordId,
        complaint: RecordId,
        responsible: &Staff,
        by: &Staff,
        today: Date,
        problem: &str,
    ) -> Capa {
        Capa {
            id,
            status: CapaStatus::Open,
            complaint,
            responsible: responsible.id.clone(),
            opened: today,
            opened_by: by.id.clone(),
            problem: problem.to_string(),
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

    /// CC-4.4: the responsible person (or the coordination office) adds an action with its
    /// planned completion date, while the round is open.
    pub fn add_action(
        &mut self,
        by: &Staff,
        today: Date,
        kind: ActionKind,
        text: String,
        due: Date,
    ) -> Result<usize, Refusal> {
        self.ensure_may_track(by)?;
        self.ensure_status(CapaStatus::Open, "add an action")?;
        if text.trim().is_empty() {
            return refuse("CC-4.4", "the action text is empty");
        }
        if due < today {
            return refuse("CC-4.4", format!("the planned date {due} is already past (today is {today})"));
        }
        ensure_not_before(today, self.opened, "action", "the CAPA was opened")?;
        let round = self.current_round_mut();
        round.actions.push(Action {
            kind,
            text: text.trim().to_string(),
            due,
            added: today,
            added_by: by.id.clone(),
            done: None,
            done_by: None,
        });
        Ok(round.actions.len())
    }

    /// CC-4.4: marks action `number` (1-based, in the current round) done today.
    pub fn mark_done(&mut self, by: &Staff, today: Date, number: usize) -> Result<(), Refusal> {
        self.ensure_may_track(by)?;
        self.ensure_status(CapaStatus::Open, "mark an action done")?;
        let id = self.id;
        let round = self.current_round_mut();
        let count = round.actions.len();
        let Some(action) = number.checked_sub(1).and_then(|i| round.actions.get_mut(i)) else {
            return refuse("CC-4.4", format!("{id} has no action {number} in this round (it has {count})"));
        };
        if let Some(done) = action.done {
            return refuse("CC-4.4", format!("action {number} was already done on {done}"));
        }
        ensure_not_before(today, action.added, "done", "the action was added")?;
        action.done = Some(today);
        action.done_by = Some(by.id.clone());
        Ok(())
    }

    /// CC-4.4: the responsible person reports completion of this round. Every action must be
    /// done and at least one must be corrective.
    pub fn complete(&mut self, by: &Staff, today: Date) -> Result<(), Refusal> {
        if by.id != self.responsible {
            return refuse(
                "CC-4.4",
                format!(
                    "only the responsible person ({}) reports completion of {}; {} is not",
                    self.responsible, self.id, by.id
                ),
            );
        }
        self.ensure_status(CapaStatus::Open, "report completion")?;
        let round = self.current_round().cloned().unwrap_or_default();
        if !round.actions.iter().any(|a| a.kind == ActionKind::Corrective) {
            return refuse(
                "CC-4.4",
                format!(
                    "round {} has no corrective action: add one with `svc capa track {} --action TEXT --kind corrective --due DATE`",
                    self.round_number(),
                    self.id
                ),
            );
        }
        let open: Vec<String> =
            (1..).zip(&round.actions).filter(|(_, a)| a.done.is_none()).map(|(n, _)| n.to_string()).collect();
        if !open.is_empty() {
            return refuse(
                "CC-4.4",
                format!(
                    "actions not done yet: {}; mark each with `svc capa track {} --done N`",
                    open.join(", "),
                    self.id
                ),
            );
        }
        let last_done = round.actions.iter().filter_map(|a| a.done).max().unwrap_or(self.opened);
        ensure_not_before(today, last_done, "completion", "the last action was done")?;
        self.current_round_mut().completed = Some(Completion { on: today, by: by.id.clone() });
        self.status = self.derived_status();
        Ok(())
    }

    /// CC-4.5 / CC-4.6: the coordination office verifies the effect. Late verifications are
    /// allowed but recorded as late; not effective opens the next round. Returns whether it
    /// was late.
    pub fn verify(
        &mut self,
        by: &Staff,
        today: Date,
        effective: bool,
        note: String,
        calendar: &Calendar,
        window: u32,
    ) -> Result<bool, Refusal> {
        ensure_coordination_office(by, "verify a CAPA", "CC-4.5")?;
        self.ensure_status(CapaStatus::AwaitingVerification, "verify it")?;
        let Some(note) = non_empty(Some(note)) else {
            return refuse("CC-4.5", "the verification note is empty: write what was checked");
        };
        let completed = self.current_round().and_then(|r| r.completed.as_ref()).map(|c| c.on).unwrap_or(self.opened);
        ensure_not_before(today, completed, "verification", "completion was reported")?;
        let deadline = calendar.add_working_days(completed, window);
        let late = today > deadline;
        self.current_round_mut().verification =
            Some(Verification { on: today, by: by.id.clone(), effective, note, deadline, late });
        if !effective {
            self.rounds.push(Round::default());
        }
        self.status = self.derived_status();
        Ok(late)
    }

    /// Records a reminder (催辦) on an overdue CAPA: only the coordination office sends
    /// them, and only while something is overdue.
    pub fn remind(
        &mut self,
        by: &Staff,
        today: Date,
        note: Option<String>,
        calendar: &Calendar,
        window: u32,
    ) -> Result<u32, Refusal> {
        ensure_coordination_office(by, "send a reminder (催辦)", "RP-2")?;
        let Some(overdue) = self.overdue(today, calendar, window) else {
            return refuse("RP-2", format!("{} is not overdue on {today}: nothing to remind", self.id));
        };
        if let Some(last) = self.reminders.last() {
            ensure_not_before(today, last.on, "reminder", "the previous reminder was sent")?;
        }
        let number = self.reminders.len() as u32 + 1;
        self.reminders.push(Reminder {
            number,
            on: today,
            by: by.id.clone(),
            overdue: overdue.to_string(),
            note: non_empty(note),
        });
        Ok(number)
    }

    /// What is overdue on `today`, if anything.
    pub fn overdue(&self, today: Date, calendar: &Calendar, window: u32) -> Option<Overdue> {
        let round = self.current_round()?;
        match self.status {
            CapaStatus::Effective => None,
            CapaStatus::Open => (1..)
                .zip(&round.actions)
                .find(|(_, a)| a.done.is_none() && a.due < today)
                .map(|(number, a)| Overdue::Action { number, due: a.due }),
            CapaStatus::AwaitingVerification => {
                let deadline = self.verification_deadline(calendar, window)?;
                (today > deadline).then_some(Overdue::Verification { deadline })
            }
        }
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
        let completed = self.current_round()?.completed.as_ref()?.on;
        Some(calendar.add_working_days(completed, window))
    }

    pub fn last_verification_date(&self) -> Option<Date> {
        self.rounds.iter().filter_map(|r| r.verification.as_ref()).map(|v| v.on).max()
    }

    fn ensure_may_track(&self, by: &Staff) -> Result<(), Refusal> {
        if by.id == self.responsible || by.role.acts_for_coordination_office() {
            Ok(())
        } else {
            refuse(
                "CC-4.4",
                format!(
                    "only the responsible person ({}) or the coordination office may track {}; {} ({}) may not",
                    self.responsible, self.id, by.id, by.name
                ),
            )
        }
    }

    fn ensure_status(&self, wanted: CapaStatus, what: &str) -> Result<(), Refusal> {
        if self.status == wanted {
            return Ok(());
        }
        let (clause, next) = match self.status {
            CapaStatus::Open => {
                ("CC-4.4", format!("it is open: finish the actions, then `svc capa complete {}`", self.id))
            }
            CapaStatus::AwaitingVerification => (
                "CC-4.5",
                format!("completion is reported: the coordination office runs `svc capa verify {}`", self.id),
            ),
            CapaStatus::Effective => ("CC-4.6", "it was verified effective and is closed".to_string()),
        };
        refuse(clause, format!("cannot {what} on {}: {next}", self.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::test_calendar;
    use crate::domain::testing::*;

    #[test]
    fn cc_4_4_completion_needs_every_action_done_and_a_corrective_one() {
        let dir = directory();
        let mut capa = new_capa(&dir);
        let s03 = staff(&dir, "S03");
        capa.add_action(s03, day("2026-03-03"), ActionKind::Preventive, "培訓".into(), day("2026-03-06")).unwrap();
        assert!(capa.complete(s03, day("2026-03-04")).unwrap_err().message.contains("no corrective"));
        capa.add_action(s03, day("2026-03-03"), ActionKind::Corrective, "道歉".into(), day("2026-03-05")).unwrap();
        capa.mark_done(s03, day("2026-03-04"), 2).unwrap();
        assert!(capa.complete(s03, day("2026-03-04")).unwrap_err().message.contains("not done yet: 1"));
        capa.mark_done(s03, day("2026-03-04"), 1).unwrap();
        assert_eq!(
            capa.complete(staff(&dir, "S01"), day("2026-03-04")).unwrap_err().clause,
            "CC-4.4",
            "office cannot report for them"
        );
        capa.complete(s03, day("2026-03-04")).unwrap();
        assert_eq!(capa.status, CapaStatus::AwaitingVerification);
    }

    #[test]
    fn only_responsible_or_office_tracks() {
        let dir = directory();
        let mut capa = new_capa(&dir);
        let err = capa
            .add_action(staff(&dir, "S05"), day("2026-03-03"), ActionKind::Corrective, "x".into(), day("2026-03-05"))
            .unwrap_err();
        assert_eq!(err.clause, "CC-4.4");
        capa.add_action(staff(&dir, "S01"), day("2026-03-03"), ActionKind::Corrective, "x".into(), day("2026-03-05"))
            .unwrap();
        assert!(capa.mark_done(staff(&dir, "S03"), day("2026-03-03"), 7).is_err(), "no action 7");
    }

    #[test]
    fn cc_4_5_verification_on_the_fifth_working_day_is_on_time_the_sixth_late() {
        let dir = directory();
        let cal = test_calendar();
        // Completed Wed 2025-12-31; Jan 1 a holiday: the 5th working day after is Thu Jan 8.
        let mut on_time = completed_capa(&dir, day("2025-12-31"));
        let late = on_time.verify(staff(&dir, "S01"), day("2026-01-08"), true, "ok".into(), &cal, 5).unwrap();
        assert!(!late);
        assert_eq!(on_time.status, CapaStatus::Effective);
        let mut too_late = completed_capa(&dir, day("2025-12-31"));
        assert!(too_late.verify(staff(&dir, "S01"), day("2026-01-09"), true, "ok".into(), &cal, 5).unwrap());
        let v = too_late.rounds[0].verification.as_ref().unwrap();
        assert!(v.late);
        assert_eq!(v.deadline, day("2026-01-08"));
    }

    #[test]
    fn cc_4_6_not_effective_starts_a_new_round_and_keeps_the_old() {
        let dir = directory();
        let cal = test_calendar();
        let mut capa = completed_capa(&dir, day("2026-03-04"));
        assert_eq!(
            capa.verify(staff(&dir, "S03"), day("2026-03-05"), false, "x".into(), &cal, 5).unwrap_err().clause,
            "CC-4.5"
        );
        capa.verify(staff(&dir, "S01"), day("2026-03-05"), false, "又被投訴".into(), &cal, 5).unwrap();
        assert_eq!(capa.status, CapaStatus::Open);
        assert_eq!(capa.rounds.len(), 2);
        assert!(!capa.rounds[0].verification.as_ref().unwrap().effective);
        assert!(capa.rounds[1].actions.is_empty());
        assert!(capa.complete(staff(&dir, "S03"), day("2026-03-06")).is_err(), "round 2 needs its own actions");
    }

    #[test]
    fn reminders_only_when_overdue_and_numbered() {
        let dir = directory();
        let cal = test_calendar();
        let mut capa = new_capa(&dir);
        capa.add_action(staff(&dir, "S03"), day("2026-03-03"), ActionKind::Corrective, "x".into(), day("2026-03-05"))
            .unwrap();
        assert_eq!(capa.remind(staff(&dir, "S01"), day("2026-03-05"), None, &cal, 5).unwrap_err().clause, "RP-2");
        assert_eq!(
            capa.overdue(day("2026-03-06"), &cal, 5),
            Some(Overdue::Action { number: 1, due: day("2026-03-05") })
        );
        assert_eq!(capa.remind(staff(&dir, "S01"), day("2026-03-06"), None, &cal, 5).unwrap(), 1);
        assert_eq!(capa.remind(staff(&dir, "S01"), day("2026-03-09"), Some("第二次".into()), &cal, 5).unwrap(), 2);
        assert!(capa.remind(staff(&dir, "S03"), day("2026-03-09"), None, &cal, 5).is_err(), "office only");
    }

    #[test]
    fn verification_overdue_after_the_window() {
        let dir = directory();
        let cal = test_calendar();
        let capa = completed_capa(&dir, day("2026-03-02"));
        assert_eq!(capa.overdue(day("2026-03-09"), &cal, 5), None);
        assert_eq!(
            capa.overdue(day("2026-03-10"), &cal, 5),
            Some(Overdue::Verification { deadline: day("2026-03-09") })
        );
    }
}
