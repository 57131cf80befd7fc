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

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::{Calendar, WorkDays};
use super::complaint::non_empty;
use super::config::{Directory, LeaveStep, Policy, Role, Staff};
use super::date::{Date, DateTime};
use super::id::RecordId;
use super::refusal::{Refusal, refuse};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
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

impl LeaveKind {
    pub const ALL: [LeaveKind; 4] = [LeaveKind::LeavePost, LeaveKind::Personal, LeaveKind::Sick, LeaveKind::Annual];

    pub fn as_str(self) -> &'static str {
        match self {
            LeaveKind::LeavePost => "leave-post",
            LeaveKind::Personal => "personal",
            LeaveKind::Sick => "sick",
            LeaveKind::Annual => "annual",
        }
    }
}

impl fmt::Display for LeaveKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

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
    Annual,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::StaffNotice => "staff-notice",
            Band::StaffShort => "staff-short",
            Band::StaffLong => "staff-long",
            Band::RoomHeadNotice => "room-head-notice",
            Band::RoomHeadShort => "room-head-short",
            Band::RoomHeadLong => "room-head-long",
            Band::Annual => "annual",
        }
    }

    /// The clause that sets this route.
    pub fn clause(self) -> &'static str {
        match self {
            Band::StaffNotice | Band::StaffShort | Band::StaffLong => "ATT-3",
            Band::RoomHeadNotice | Band::RoomHeadShort | Band::RoomHeadLong => "ATT-2",
            Band::Annual => "ATT-4",
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
            Band::Annual => r.annual.clone(),
        }
    }

    /// Who is told when the route has nothing to approve.
    pub fn notice(self) -> &'static str {
        match self {
            Band::RoomHeadNotice => "a phone notice to the coordination office (ATT-2)",
            _ => "a report to the room head (ATT-3)",
        }
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
        // Coordination office staff follow ATT-3 with their office head as room head.
        Role::Staff | Role::CoordinationOffice => Ok(if !days.exceeds(policy.staff_notice_max_days) {
            Band::StaffNotice
        } else if !days.exceeds(policy.staff_room_head_max_days) {
            Band::StaffShort
        } else {
            Band::StaffLong
        }),
        other => refuse(
            "ATT-2",
            format!(
                "the leave procedure covers staff and room heads (ATT-2, ATT-3) and annual leave (ATT-4); not {other}"
            ),
        ),
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
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

    pub fn as_str(self) -> &'static str {
        match self {
            LeaveStatus::Pending => "pending",
            LeaveStatus::Approved => "approved",
            LeaveStatus::Noted => "noted",
            LeaveStatus::Rejected => "rejected",
            LeaveStatus::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for LeaveStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    pub staff: String,
    /// The applicant's role when they applied: it chose the route.
    pub role: Role,
    pub kind: LeaveKind,
    pub from: DateTime,
    pub to: DateTime,
    /// Working time between `from` and `to` on the centre's calendar, in days.
    pub working_days: f64,
    pub reason: String,
    pub requested: Date,
    pub requested_by: String,
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
    pub by: String,
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
    pub by: String,
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
}

/// Working days as stored on a slip: two decimals, exact for half days.
pub fn stored_days(days: WorkDays) -> f64 {
    (days.as_f64() * 100.0).round() / 100.0
}

impl Leave {
    /// A new slip for `applicant`, entered by `by` (the applicant, their room head, or the
    /// coordination office). Refused when it covers no working time or overlaps another of
    /// the applicant's slips.
    #[allow(clippy::too_many_arguments)]
    pub fn request(
        id: RecordId,
        applicant: &Staff,
        by: &Staff,
        request: LeaveRequest,
        today: Date,
        calendar: &Calendar,
        policy: &Policy,
        others: &[Leave],
    ) -> Result<Leave, Refusal> {
        let may_enter = by.id == applicant.id
            || by.role.acts_for_coordination_office()
            || (by.role == Role::RoomHead && by.room.is_some() && by.room == applicant.room);
        if !may_enter {
            return refuse(
                "ATT-3",
                format!(
                    "{} may not enter leave for {}: the applicant, their room head or the coordination office may",
                    by.id, applicant.id
                ),
            );
        }
        if request.to <= request.from {
            return refuse("ATT-3", format!("the leave ends ({}) before it starts ({})", request.to, request.from));
        }
        if request.reason.trim().is_empty() {
            return refuse("ATT-3", "the reason is empty: the slip states why");
        }
        let days = calendar.working_time(request.from.0, request.to.0);
        if days == WorkDays::ZERO {
            return refuse(
                "ATT-3",
                format!(
                    "{} to {} holds no working time on the centre's calendar: nothing to request",
                    request.from, request.to
                ),
            );
        }
        if let Some(other) = others
            .iter()
            .find(|o| o.staff == applicant.id && o.status.is_active() && o.overlaps(request.from, request.to))
        {
            return refuse(
                "ATT-3",
                format!(
                    "{} already has {} ({} to {}, {}) in that time: cancel it first or change the dates",
                    applicant.id, other.id, other.from, other.to, other.status
                ),
            );
        }
        let band = band_for(applicant.role, request.kind, days, policy)?;
        let mut slip = Leave {
            id,
            status: LeaveStatus::Pending,
            staff: applicant.id.clone(),
            role: applicant.role,
            kind: request.kind,
            from: request.from,
            to: request.to,
            working_days: stored_days(days),
            reason: request.reason.trim().to_string(),
            requested: today,
            requested_by: by.id.clone(),
            band,
            route: band.steps(policy),
            steps: Vec::new(),
            cancelled: None,
        };
        slip.status = slip.derived_status();
        Ok(slip)
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
        dir: &Directory,
    ) -> Result<LeaveStep, Refusal> {
        let step = self.expect_step(by, today, dir, "approve")?;
        if step == LeaveStep::Filing {
            return refuse(
                self.band.clause(),
                format!("the next step of {} is filing (備案): run `svc leave file {}`", self.id, self.id),
            );
        }
        let reference = non_empty(reference);
        if step.is_external() && reference.is_none() {
            return refuse(
                self.band.clause(),
                format!("{} is taken outside the centre: give the unit's --reference", step.describe()),
            );
        }
        self.push(step, Decision::Approved, by, today, reference, note);
        Ok(step)
    }

    /// Rejects at the next step; the slip ends.
    pub fn reject(
        &mut self,
        by: &Staff,
        today: Date,
        reason: String,
        reference: Option<String>,
        dir: &Directory,
    ) -> Result<LeaveStep, Refusal> {
        let step = self.expect_step(by, today, dir, "reject")?;
        if step == LeaveStep::Filing {
            return refuse(self.band.clause(), "an approved slip is filed, not rejected");
        }
        let Some(reason) = non_empty(Some(reason)) else {
            return refuse(self.band.clause(), "a rejection needs --reason");
        };
        self.push(step, Decision::Rejected, by, today, non_empty(reference), Some(reason));
        Ok(step)
    }

    /// Files (備案) the approved slip with the coordination office.
    pub fn file(&mut self, by: &Staff, today: Date, dir: &Directory) -> Result<(), Refusal> {
        let step = self.expect_step(by, today, dir, "file")?;
        if step != LeaveStep::Filing {
            return refuse(
                self.band.clause(),
                format!("{} is not ready for filing: the next step is {}", self.id, step.describe()),
            );
        }
        self.push(step, Decision::Filed, by, today, None, None);
        Ok(())
    }

    /// Withdraws a slip before the leave starts: by the applicant or the office.
    pub fn cancel(&mut self, by: &Staff, today: Date, note: Option<String>) -> Result<(), Refusal> {
        if !self.status.is_active() {
            return refuse(self.band.clause(), format!("{} is {} already", self.id, self.status));
        }
        if by.id != self.staff && !by.role.acts_for_coordination_office() {
            return refuse(
                self.band.clause(),
                format!("only {} or the coordination office may cancel {}", self.staff, self.id),
            );
        }
        if today > self.from.date() {
            return refuse(
                self.band.clause(),
                format!("{} started on {}: leave already taken cannot be cancelled", self.id, self.from.date()),
            );
        }
        self.cancelled = Some(Cancellation { on: today, by: by.id.clone(), note: non_empty(note) });
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
        self.steps.push(StepTaken { step, decision, on: today, by: by.id.clone(), reference, note: non_empty(note) });
        self.status = self.derived_status();
    }

    /// The next step, when `by` may take it today.
    fn expect_step(&self, by: &Staff, today: Date, dir: &Directory, verb: &str) -> Result<LeaveStep, Refusal> {
        let clause = self.band.clause();
        let Some(step) = self.next_step() else {
            let why = match self.status {
                LeaveStatus::Noted => {
                    format!("{} is a notice ({}): there is nothing to {verb}", self.id, self.band.notice())
                }
                other => format!("{} is {other}: there is nothing to {verb}", self.id),
            };
            return refuse(clause, why);
        };
        if by.id == self.staff {
            return refuse(
                clause,
                format!("{} cannot {verb} their own leave slip; the next step is {}", by.id, step.describe()),
            );
        }
        if let Some(last) = self.steps.last().map(|s| s.on).or(Some(self.requested))
            && today < last
        {
            return refuse(clause, format!("{today} is before the slip's previous step ({last})"));
        }
        may_take(step, by, &self.staff, dir).map_err(|message| Refusal {
            clause,
            message: format!("{message}; the next step of {} is {}", self.id, step.describe()),
        })?;
        Ok(step)
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

/// Whether `by` has the authority for `step` on `applicant`'s slip; the reason if not.
pub fn may_take(step: LeaveStep, by: &Staff, applicant: &str, dir: &Directory) -> Result<(), String> {
    let applicant = dir.staff(applicant);
    let ok = match step {
        LeaveStep::RoomHead => match applicant.map(|a| a.role) {
            // The office's own staff answer to the office head.
            Some(Role::CoordinationOffice) => by.role == Role::CoordinationOfficeHead,
            _ => by.role == Role::RoomHead && by.room.is_some() && by.room == applicant.and_then(|a| a.room.clone()),
        },
        LeaveStep::CoordinationOffice | LeaveStep::SecondingUnit | LeaveStep::SecondingUnitHr | LeaveStep::Filing => {
            by.role.acts_for_coordination_office()
        }
        LeaveStep::CoordinationOfficeHead => by.role == Role::CoordinationOfficeHead,
        LeaveStep::ExecutiveDeputyDirector => by.role == Role::ExecutiveDeputyDirector,
    };
    if ok { Ok(()) } else { Err(format!("{} ({}, {}) may not take this step", by.id, by.name, by.role)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::*;

    fn at(s: &str) -> DateTime {
        s.parse().unwrap()
    }

    fn request(dir: &Directory, who: &str, kind: LeaveKind, from: &str, to: &str) -> Result<Leave, Refusal> {
        let cal = config().calendar.build().unwrap();
        let applicant = staff(dir, who);
        let req = LeaveRequest { kind, from: at(from), to: at(to), reason: "家事".into() };
        Leave::request(
            RecordId::new(crate::domain::id::RecordKind::Leave, 2026, 1),
            applicant,
            applicant,
            req,
            day("2026-03-01"),
            &cal,
            &Policy::default(),
            &[],
        )
    }

    fn band_of(who: &str, kind: LeaveKind, from: &str, to: &str) -> Band {
        request(&directory(), who, kind, from, to).unwrap().band
    }

    #[test]
    fn att_3_staff_boundaries() {
        use LeaveKind::Personal;
        // Exactly half a day: a report to the room head.
        assert_eq!(band_of("S03", Personal, "2026-03-02 09:00", "2026-03-02 12:00"), Band::StaffNotice);
        // A minute more: over half a day, the room head approves.
        assert_eq!(band_of("S03", Personal, "2026-03-02 09:00", "2026-03-02 13:31"), Band::StaffShort);
        // Exactly one day: still the room head alone.
        assert_eq!(band_of("S03", Personal, "2026-03-02 09:00", "2026-03-02 17:30"), Band::StaffShort);
        // One and a half days: the coordination office too.
        assert_eq!(band_of("S03", Personal, "2026-03-02 09:00", "2026-03-03 12:00"), Band::StaffLong);
        // Sick leave is routed like personal leave.
        assert_eq!(band_of("S03", LeaveKind::Sick, "2026-03-02 09:00", "2026-03-03 12:00"), Band::StaffLong);
    }

    #[test]
    fn att_2_room_head_boundaries() {
        use LeaveKind::Personal;
        assert_eq!(
            band_of("S06", Personal, "2026-03-02 09:00", "2026-03-02 17:30"),
            Band::RoomHeadNotice,
            "exactly 1 day"
        );
        assert_eq!(band_of("S06", Personal, "2026-03-02 09:00", "2026-03-03 12:00"), Band::RoomHeadShort);
        assert_eq!(
            band_of("S06", Personal, "2026-03-02 09:00", "2026-03-04 17:30"),
            Band::RoomHeadShort,
            "exactly 3 days"
        );
        assert_eq!(band_of("S06", Personal, "2026-03-02 09:00", "2026-03-05 12:00"), Band::RoomHeadLong, "3.5 days");
    }

    #[test]
    fn weekend_holiday_and_makeup_days_count_as_the_calendar_says() {
        use LeaveKind::Personal;
        // Fri 2026-03-06 to Mon 2026-03-09: the weekend is not worked, so 2 days.
        let slip = request(&directory(), "S06", Personal, "2026-03-06 09:00", "2026-03-09 17:30").unwrap();
        assert_eq!(slip.working_days, 2.0);
        // The fixture calendar: Mon 2026-02-16 a holiday, Sat 2026-02-14 a make-up day.
        let slip = request(&directory(), "S06", Personal, "2026-02-13 09:00", "2026-02-16 17:30").unwrap();
        assert_eq!(slip.working_days, 2.0, "Fri and the make-up Saturday; not Sunday or the holiday");
        assert!(
            request(&directory(), "S03", Personal, "2026-03-07 09:00", "2026-03-08 17:30")
                .unwrap_err()
                .message
                .contains("no working time")
        );
    }

    #[test]
    fn att_4_annual_leave_always_takes_the_office_route() {
        let slip = request(&directory(), "S03", LeaveKind::Annual, "2026-03-02 09:00", "2026-03-02 12:00").unwrap();
        assert_eq!(slip.band, Band::Annual);
        assert_eq!(slip.route, vec![LeaveStep::CoordinationOffice, LeaveStep::SecondingUnitHr, LeaveStep::Filing]);
    }

    #[test]
    fn steps_in_order_by_the_right_people() {
        let dir = directory();
        let mut slip = request(&dir, "S03", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-03 17:30").unwrap();
        assert_eq!(slip.route, vec![LeaveStep::RoomHead, LeaveStep::CoordinationOffice]);
        let err = slip.approve(staff(&dir, "S01"), day("2026-03-01"), None, None, &dir).unwrap_err();
        assert!(err.message.contains("approval by the room head"), "office cannot go first: {err}");
        assert_eq!(err.clause, "ATT-3");
        assert!(
            slip.approve(staff(&dir, "S03"), day("2026-03-01"), None, None, &dir)
                .unwrap_err()
                .message
                .contains("own leave")
        );
        slip.approve(staff(&dir, "S06"), day("2026-03-01"), None, None, &dir).unwrap();
        assert_eq!(slip.status, LeaveStatus::Pending);
        slip.approve(staff(&dir, "S01"), day("2026-03-01"), None, None, &dir).unwrap();
        assert_eq!(slip.status, LeaveStatus::Approved);
        assert!(slip.approve(staff(&dir, "S01"), day("2026-03-01"), None, None, &dir).is_err(), "nothing left");
    }

    #[test]
    fn external_steps_need_the_units_reference_and_filing_comes_last() {
        let dir = directory();
        let mut slip = request(&dir, "S06", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-06 17:30").unwrap();
        assert_eq!(slip.band, Band::RoomHeadLong);
        assert!(
            slip.approve(staff(&dir, "S01"), day("2026-03-01"), None, None, &dir)
                .unwrap_err()
                .message
                .contains("--reference")
        );
        slip.approve(staff(&dir, "S01"), day("2026-03-01"), Some("工商人〔2026〕12號".into()), None, &dir).unwrap();
        assert!(slip.file(staff(&dir, "S01"), day("2026-03-01"), &dir).is_err(), "the director has not approved yet");
        let mut directors = config();
        directors.staff.push(Staff {
            id: "D02".into(),
            name: "常務".into(),
            role: Role::ExecutiveDeputyDirector,
            room: None,
            unit: None,
            qualified: None,
            email: None,
        });
        let dir = Directory::new(&directors);
        slip.approve(staff(&dir, "D02"), day("2026-03-01"), None, None, &dir).unwrap();
        assert!(
            slip.approve(staff(&dir, "S01"), day("2026-03-01"), None, None, &dir)
                .unwrap_err()
                .message
                .contains("svc leave file")
        );
        slip.file(staff(&dir, "S01"), day("2026-03-01"), &dir).unwrap();
        assert_eq!(slip.status, LeaveStatus::Approved);
    }

    #[test]
    fn overlapping_leave_is_refused_and_notices_have_nothing_to_approve() {
        let dir = directory();
        let cal = config().calendar.build().unwrap();
        let first = request(&dir, "S03", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-02 12:00").unwrap();
        assert_eq!(first.status, LeaveStatus::Noted);
        let req = LeaveRequest {
            kind: LeaveKind::Sick,
            from: at("2026-03-02 11:00"),
            to: at("2026-03-02 17:30"),
            reason: "病".into(),
        };
        let s03 = staff(&dir, "S03");
        let id = RecordId::new(crate::domain::id::RecordKind::Leave, 2026, 2);
        let err = Leave::request(
            id,
            s03,
            s03,
            req.clone(),
            day("2026-03-01"),
            &cal,
            &Policy::default(),
            std::slice::from_ref(&first),
        )
        .unwrap_err();
        assert!(err.message.contains("LV-2026-0001"), "{err}");
        let mut cancelled = first.clone();
        cancelled.cancel(s03, day("2026-03-01"), None).unwrap();
        Leave::request(id, s03, s03, req, day("2026-03-01"), &cal, &Policy::default(), &[cancelled]).unwrap();
        let mut noted = first;
        assert!(
            noted
                .approve(staff(&dir, "S06"), day("2026-03-01"), None, None, &dir)
                .unwrap_err()
                .message
                .contains("notice")
        );
    }

    #[test]
    fn rejection_ends_the_slip() {
        let dir = directory();
        let mut slip = request(&dir, "S03", LeaveKind::Personal, "2026-03-02 09:00", "2026-03-02 17:30").unwrap();
        assert!(slip.reject(staff(&dir, "S06"), day("2026-03-01"), " ".into(), None, &dir).is_err());
        slip.reject(staff(&dir, "S06"), day("2026-03-01"), "人手不足".into(), None, &dir).unwrap();
        assert_eq!(slip.status, LeaveStatus::Rejected);
        assert!(slip.cancel(staff(&dir, "S03"), day("2026-03-01"), None).is_err());
    }
}
