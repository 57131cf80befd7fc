//! Leave slips (離崗/事(病)假條) and their routes, ATT-2 to ATT-4.
//!
//! The route depends on who applies and for how long, measured in working time on the
//! centre's calendar (half days exact; thresholds strict: "over half a day" is > 0.5):
//! - staff (ATT-3): up to half a day a report to the room head; over that the room head
//!   approves; over 1 day the coordination office approves as well;
//! - room heads (ATT-2): up to 1 day a phone notice to the office; over 1 and up to 3 days
//!   the coordination office head approves; over 3 days the seconding unit's procedure, the
//!   executive deputy director's approval, then filing with the office;
//! - annual leave, any length (ATT-4): the office approves, the seconding unit's HR
//!   processes it, then it is filed with the office.
//!
//! Sick leave is routed like personal leave (DOMAIN.md "Readings").

use super::refs::StaffId;
use crate::domain::token::Token as _;
use crate::i18n::Arg;
use crate::{msg, tid};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::{Calendar, WorkDays};
use super::clause::Clause;
use super::config::{Directory, LeaveStep, Policy, Role, Staff};
use super::date::{Date, DateTime};
use super::fields::non_empty;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LeaveKind {
    /// 離崗: leaving the post.
    LeavePost,
    /// 事假
    Personal,
    /// 病假
    Sick,
    /// 年假 (ATT-4)
    Annual,
}

impl LeaveKind {}

/// Which band of the procedure a slip falls in; names the route in `[policy.leave_routes]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    StaffNotice,
    StaffShort,
    StaffLong,
    RoomHeadNotice,
    RoomHeadShort,
    RoomHeadLong,
    /// The coordination office head's own leave up to a day: a notice recorded with the
    /// deputy director (the office head is the office's room head; nobody approves their
    /// own slip).
    OfficeHeadNotice,
    /// The coordination office head's own leave over a day and up to three: the deputy
    /// director approves. Over three days they take the room heads' long route of ATT-2.
    OfficeHeadShort,
    Annual,
}

impl Band {
    /// The clause that sets this route.
    pub fn clause(self) -> Clause {
        match self {
            Band::StaffNotice | Band::StaffShort | Band::StaffLong => Clause::Att3,
            Band::RoomHeadNotice
            | Band::RoomHeadShort
            | Band::RoomHeadLong
            | Band::OfficeHeadNotice
            | Band::OfficeHeadShort => Clause::Att2,
            Band::Annual => Clause::Att4,
        }
    }

    pub fn steps(self, policy: &Policy) -> Vec<LeaveStep> {
        let r = &policy.leave_routes;
        match self {
            Band::StaffNotice => r.staff_notice.clone(),
            Band::StaffShort => r.staff_short.clone(),
            Band::StaffLong => r.staff_long.clone(),
            Band::RoomHeadNotice => r.room_head_notice.clone(),
            Band::RoomHeadShort => r.room_head_short.clone(),
            Band::RoomHeadLong => r.room_head_long.clone(),
            Band::OfficeHeadNotice => r.office_head_notice.clone(),
            Band::OfficeHeadShort => r.office_head_short.clone(),
            Band::Annual => r.annual.clone(),
        }
    }

    /// Who is told when the route has nothing to approve.
    pub fn notice(self) -> crate::i18n::Msg {
        match self {
            Band::RoomHeadNotice => crate::msg!("leave-notice-office"),
            Band::OfficeHeadNotice => crate::msg!("leave-notice-deputy-director"),
            _ => crate::msg!("leave-notice-room-head"),
        }
    }
}

/// The band of the procedure for an applicant's role, the kind of leave and its length.
pub fn band_for(role: Role, kind: LeaveKind, days: WorkDays, policy: &Policy) -> Result<Band, Refusal> {
    if kind == LeaveKind::Annual {
        return Ok(Band::Annual);
    }
    match role {
        Role::RoomHead => Ok(if !days.exceeds(policy.room_head_notice_max_days) {
            Band::RoomHeadNotice
        } else if !days.exceeds(policy.room_head_office_head_max_days) {
            Band::RoomHeadShort
        } else {
            Band::RoomHeadLong
        }),
        // The office head heads the office as a room (ATT-2 as read after the second review):
        // the room heads' thresholds, the deputy director in place of the office head.
        Role::CoordinationOfficeHead => Ok(if !days.exceeds(policy.room_head_notice_max_days) {
            Band::OfficeHeadNotice
        } else if !days.exceeds(policy.room_head_office_head_max_days) {
            Band::OfficeHeadShort
        } else {
            Band::RoomHeadLong
        }),
        // Coordination office staff follow ATT-3 with their office head as room head.
        Role::Staff | Role::CoordinationOffice => Ok(if !days.exceeds(policy.staff_notice_max_days) {
            Band::StaffNotice
        } else if !days.exceeds(policy.staff_room_head_max_days) {
            Band::StaffShort
        } else {
            Band::StaffLong
        }),
        other => refuse(Clause::Att2, msg!("leave-not-covered", role = other.name())),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LeaveStatus {
    /// Steps of the route still to take.
    Pending,
    /// Every step of the route taken.
    Approved,
    /// A notice only: nothing to approve.
    Noted,
    Rejected,
    Cancelled,
}

impl LeaveStatus {
    /// Leave that counts: taken or to be taken.
    pub fn is_active(self) -> bool {
        matches!(self, LeaveStatus::Pending | LeaveStatus::Approved | LeaveStatus::Noted)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Approved,
    Rejected,
    Filed,
}

/// One leave slip. Field order here is the key order in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Leave {
    pub id: RecordId,
    pub status: LeaveStatus,
    /// Staff id of the applicant.
    pub staff: StaffId,
    /// The applicant's role when they applied: it chose the route.
    pub role: Role,
    pub kind: LeaveKind,
    pub from: DateTime,
    pub to: DateTime,
    /// Working time between `from` and `to` on the centre's calendar, in minutes: exact,
    /// so a minute over half a day is never stored as half a day.
    pub working_minutes: u32,
    pub reason: String,
    pub requested: Date,
    pub requested_by: StaffId,
    /// A slip entered after its leave started (補假, ATT-3).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retroactive: bool,
    /// The band of the procedure this slip falls in.
    pub band: Band,
    /// The steps the route requires, in order; empty for a notice.
    #[serde(default)]
    pub route: Vec<LeaveStep>,
    /// The steps taken, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepTaken>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<Cancellation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepTaken {
    pub step: LeaveStep,
    pub decision: Decision,
    pub on: Date,
    pub by: StaffId,
    /// The seconding unit's reference, for steps taken outside the centre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cancellation {
    pub on: Date,
    pub by: StaffId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What an applicant asks for.
#[derive(Debug, Clone)]
pub struct LeaveRequest {
    pub kind: LeaveKind,
    pub from: DateTime,
    pub to: DateTime,
    pub reason: String,
    /// Entered after the leave started (補假).
    pub retroactive: bool,
}

impl Leave {
    /// A new slip for `applicant`, entered by `by`. Its band and route follow from the
    /// applicant's role, the kind and the working time; whether it may be entered at all
    /// (who enters it, overlaps, a retroactive mark) is for the rules.
    #[allow(clippy::too_many_arguments)]
    pub fn request(
        id: RecordId,
        applicant: &Staff,
        by: &Staff,
        request: LeaveRequest,
        today: Date,
        calendar: &Calendar,
        policy: &Policy,
    ) -> Result<Leave, Refusal> {
        let days = calendar.working_time(request.from.0, request.to.0);
        let band = band_for(applicant.role, request.kind, days, policy)?;
        let mut slip = Leave {
            id,
            status: LeaveStatus::Pending,
            staff: applicant.id,
            role: applicant.role,
            kind: request.kind,
            from: request.from,
            to: request.to,
            working_minutes: calendar.working_minutes(request.from.0, request.to.0),
            reason: request.reason.trim().to_string(),
            requested: today,
            requested_by: by.id,
            retroactive: request.retroactive,
            band,
            route: band.steps(policy),
            steps: Vec::new(),
            cancelled: None,
        };
        slip.status = slip.derived_status();
        Ok(slip)
    }

    /// The working time of the slip in days, exact (half days, or the fraction between).
    pub fn days(&self, calendar: &Calendar) -> WorkDays {
        calendar.working_time(self.from.0, self.to.0)
    }

    pub fn overlaps(&self, from: DateTime, to: DateTime) -> bool {
        self.from < to && from < self.to
    }

    /// The next step of the route, if any is left and the slip is still live.
    pub fn next_step(&self) -> Option<LeaveStep> {
        if self.status != LeaveStatus::Pending {
            return None;
        }
        self.route.get(self.steps.len()).copied()
    }

    /// Approves the next step (or records the seconding unit's step with its reference).
    pub fn approve(
        &mut self,
        by: &Staff,
        today: Date,
        reference: Option<String>,
        note: Option<String>,
    ) -> Result<LeaveStep, Refusal> {
        let step = self.expect_step(tid!("verb-approve"))?;
        if step == LeaveStep::Filing {
            return refuse(self.band.clause(), msg!("leave-next-is-filing", id = self.id));
        }
        self.push(step, Decision::Approved, by, today, non_empty(reference), note);
        Ok(step)
    }

    /// Rejects at the next step; the slip ends.
    pub fn reject(
        &mut self,
        by: &Staff,
        today: Date,
        reason: String,
        reference: Option<String>,
    ) -> Result<LeaveStep, Refusal> {
        let step = self.expect_step(tid!("verb-reject"))?;
        if step == LeaveStep::Filing {
            return refuse(self.band.clause(), msg!("leave-filed-not-rejected"));
        }
        let Some(reason) = non_empty(Some(reason)) else {
            return refuse(self.band.clause(), msg!("leave-reject-needs-reason"));
        };
        self.push(step, Decision::Rejected, by, today, non_empty(reference), Some(reason));
        Ok(step)
    }

    /// Files (備案) the approved slip with the coordination office.
    pub fn file(&mut self, by: &Staff, today: Date) -> Result<(), Refusal> {
        let step = self.expect_step(tid!("verb-file"))?;
        if step != LeaveStep::Filing {
            return refuse(
                self.band.clause(),
                msg!("leave-not-ready-for-filing", id = self.id, step = step.describe()),
            );
        }
        self.push(step, Decision::Filed, by, today, None, None);
        Ok(())
    }

    /// Withdraws a live slip.
    pub fn cancel(&mut self, by: &Staff, today: Date, note: Option<String>) -> Result<(), Refusal> {
        if !self.status.is_active() {
            return refuse(self.band.clause(), msg!("leave-already", id = self.id, status = self.status.name()));
        }
        self.cancelled = Some(Cancellation { on: today, by: by.id, note: non_empty(note) });
        self.status = self.derived_status();
        Ok(())
    }

    fn push(
        &mut self,
        step: LeaveStep,
        decision: Decision,
        by: &Staff,
        today: Date,
        reference: Option<String>,
        note: Option<String>,
    ) {
        self.steps.push(StepTaken { step, decision, on: today, by: by.id, reference, note: non_empty(note) });
        self.status = self.derived_status();
    }

    /// The next step of the route, or why there is none; `verb` is a catalogue id.
    fn expect_step(&self, verb: &'static str) -> Result<LeaveStep, Refusal> {
        self.next_step().map_or_else(
            || {
                let verb = crate::i18n::Msg::new(verb);
                let why = match self.status {
                    LeaveStatus::Noted => {
                        msg!("leave-notice-nothing-to", id = self.id, notice = self.band.notice(), verb = verb)
                    }
                    other => msg!("leave-nothing-to", id = self.id, status = other.name(), verb = verb),
                };
                refuse(self.band.clause(), why)
            },
            Ok,
        )
    }

    /// The status the recorded steps imply.
    pub fn derived_status(&self) -> LeaveStatus {
        if self.cancelled.is_some() {
            LeaveStatus::Cancelled
        } else if self.steps.iter().any(|s| s.decision == Decision::Rejected) {
            LeaveStatus::Rejected
        } else if self.route.is_empty() {
            LeaveStatus::Noted
        } else if self.steps.len() >= self.route.len() {
            LeaveStatus::Approved
        } else {
            LeaveStatus::Pending
        }
    }
}

/// ATT-3: who may enter a slip for `applicant`: the applicant, their room head, or the
/// coordination office.
pub fn may_enter(by: &Staff, applicant: &Staff) -> bool {
    by.id == applicant.id
        || by.role.acts_for_coordination_office()
        || (by.role == Role::RoomHead && by.room.is_some() && by.room == applicant.room)
}

/// Whether `by` has the authority for `step` on `applicant`'s slip; the reason if not.
pub fn may_take(step: LeaveStep, by: &Staff, applicant: &str, dir: &Directory) -> Result<(), crate::i18n::Msg> {
    let applicant = dir.staff(applicant);
    let ok = may_take_by_role(step, by, applicant);
    if ok {
        return Ok(());
    }
    // Every refusal names who may act instead (issue 19).
    let applicant_id = applicant.map_or("", |a| a.id.as_str());
    let may: Vec<String> = dir
        .all_staff()
        .filter(|s| s.id != applicant_id && s.id != by.id)
        .filter(|s| may_take_by_role(step, s, applicant))
        .map(|s| format!("{} {}", s.id, s.name))
        .collect();
    let may = if may.is_empty() { Arg::Msg(msg!("leave-nobody-may")) } else { Arg::Text(may.join(", ")) };
    let who = format!("{} {}", by.id, by.name);
    Err(msg!("leave-may-not-take", who = who, role = by.role.name(), what = step.describe(), may = may))
}

/// The authority of a role for a step on `applicant`'s slip (without the separation of
/// duties, which the rules add): the one table `may_take` and its "who may" list share.
fn may_take_by_role(step: LeaveStep, by: &Staff, applicant: Option<&Staff>) -> bool {
    match step {
        LeaveStep::RoomHead => match applicant.map(|a| a.role) {
            // The office's own staff answer to the office head.
            Some(Role::CoordinationOffice) => by.role == Role::CoordinationOfficeHead,
            _ => by.role == Role::RoomHead && by.room.is_some() && by.room == applicant.and_then(|a| a.room),
        },
        LeaveStep::CoordinationOffice | LeaveStep::SecondingUnit | LeaveStep::SecondingUnitHr | LeaveStep::Filing => {
            by.role.acts_for_coordination_office()
        }
        LeaveStep::CoordinationOfficeHead => by.role == Role::CoordinationOfficeHead,
        LeaveStep::ExecutiveDeputyDirector => by.role == Role::ExecutiveDeputyDirector,
        LeaveStep::DeputyDirector => by.role == Role::DeputyDirector,
    }
}

super::token::tokens! {
    LeaveKind = "leave" => [LeavePost, Personal, Sick, Annual];
    LeaveStatus = "slip" => [Pending, Approved, Noted, Rejected, Cancelled];
    Band = "band" => [StaffNotice, StaffShort, StaffLong, RoomHeadNotice, RoomHeadShort, RoomHeadLong, OfficeHeadNotice, OfficeHeadShort, Annual];
    Decision = "verdict" => [Approved, Rejected, Filed];
}
