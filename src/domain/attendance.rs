//! Attendance: incidents (ATT-1), the monthly sheet per room and its dispatch (ATT-5).
//!
//! The monthly sheet is a view computed from the records, never typed in: working days in
//! the month, days on each kind of leave from approved slips and notices, and late / early
//! / absent counts. A month passes under `[policy] attendance_max_late_early` and
//! `attendance_max_absent` (defaults 2 and 0); a failed month is the ground RP-2 P2.

use super::refs::RoomId;
use super::refs::StaffId;
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::{Calendar, WorkDays};
use super::config::{Directory, Policy, Role, Staff};
use super::date::{Date, DateTime, Month};
use super::fields::non_empty;
use super::id::RecordId;
use super::leave::{Leave, LeaveKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IncidentKind {
    /// 遲到
    Late,
    /// 早退
    Early,
    /// Absent without leave.
    Absent,
}

/// A late arrival, early departure or absence (ATT-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: RecordId,
    pub staff: StaffId,
    pub kind: IncidentKind,
    /// The working day it happened.
    pub date: Date,
    /// How late or how early, in minutes: at most a day's (ATT-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 1440))]
    pub minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub recorded: Date,
    pub recorded_by: StaffId,
    /// Why it is recorded after the month's sheet was sent (ATT-5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
}

/// Who keeps a room's attendance: its room head, or the coordination office (ATT-5).
pub fn keeps_room(by: &Staff, room: &str) -> bool {
    by.role.acts_for_coordination_office() || (by.role == Role::RoomHead && by.room.as_deref() == Some(room))
}

/// Who keeps a person's attendance: the keeper of their room (ATT-5).
pub fn keeps_attendance_of(by: &Staff, person: &Staff) -> bool {
    by.role.acts_for_coordination_office() || person.room.as_deref().is_some_and(|room| keeps_room(by, room))
}

/// What is recorded about an incident (ATT-1).
#[derive(Debug, Clone)]
pub struct IncidentInput {
    pub kind: IncidentKind,
    pub date: Date,
    pub minutes: Option<u32>,
    pub note: Option<String>,
    pub correction: Option<String>,
}

impl Incident {
    /// An incident of `person` recorded by `by` on `today`; the rules decide whether it may
    /// be (a working day, the keeper, not on leave, not twice, a correction after dispatch).
    pub fn record(id: RecordId, person: &Staff, by: &Staff, input: IncidentInput, today: Date) -> Incident {
        Incident {
            id,
            staff: person.id,
            kind: input.kind,
            date: input.date,
            minutes: input.minutes,
            note: non_empty(input.note),
            recorded: today,
            recorded_by: by.id,
            correction: non_empty(input.correction),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Recipient {
    /// The seconding unit(s) of the room's staff.
    SecondingUnit,
    /// The coordination office, for attendance statistics.
    CoordinationOffice,
}

impl Recipient {}

/// ATT-5: a room's monthly sheet was sent to one recipient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dispatch {
    pub id: RecordId,
    pub month: Month,
    pub room: RoomId,
    pub to: Recipient,
    pub on: Date,
    pub by: StaffId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Dispatch {
    /// A room's sheet of `month` sent to `to` by `by` on `today` (ATT-5).
    pub fn record(
        id: RecordId,
        month: Month,
        room: &str,
        to: Recipient,
        by: &Staff,
        today: Date,
        note: Option<String>,
    ) -> Dispatch {
        Dispatch { id, month, room: room.into(), to, on: today, by: by.id, note: non_empty(note) }
    }
}

/// One person's line on the monthly sheet.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SheetRow {
    pub staff: StaffId,
    pub name: String,
    pub room: String,
    pub working_days: u32,
    /// Working days on leave by kind, from approved slips and notices.
    #[serde(serialize_with = "serialize_days")]
    #[schemars(with = "BTreeMap<LeaveKind, f64>")]
    pub leave: BTreeMap<LeaveKind, WorkDays>,
    pub late: u32,
    pub early: u32,
    pub absent: u32,
    pub passes: bool,
}

impl SheetRow {
    /// RP-2 P2 (遲到早退，月度考勤不合格), as read after the second review: the month failed
    /// with at least one late arrival or early departure; absence alone is not P2.
    pub fn grounds_p2(&self) -> bool {
        !self.passes && self.late + self.early > 0
    }
}

fn serialize_days<S: serde::Serializer>(leave: &BTreeMap<LeaveKind, WorkDays>, s: S) -> Result<S::Ok, S::Error> {
    use super::token::Token as _;
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(LeaveKind::ALL.len()))?;
    for &kind in LeaveKind::ALL {
        map.serialize_entry(kind.as_str(), &leave.get(&kind).copied().unwrap_or(WorkDays::ZERO).as_f64())?;
    }
    map.end()
}

impl SheetRow {
    pub fn leave_days(&self, kind: LeaveKind) -> WorkDays {
        self.leave.get(&kind).copied().unwrap_or(WorkDays::ZERO)
    }
}

/// The monthly attendance sheet: a row per staff member and room head of each room (or of
/// `room` alone), ordered by room then staff id.
pub fn monthly_sheet(
    month: Month,
    room: Option<&str>,
    dir: &Directory,
    calendar: &Calendar,
    policy: &Policy,
    leaves: &[Leave],
    incidents: &[Incident],
) -> Vec<SheetRow> {
    let mut leaves_of: BTreeMap<&str, Vec<&Leave>> = BTreeMap::new();
    for l in leaves {
        leaves_of.entry(l.staff.as_str()).or_default().push(l);
    }
    let mut incidents_of: BTreeMap<&str, Vec<&Incident>> = BTreeMap::new();
    for i in incidents {
        incidents_of.entry(i.staff.as_str()).or_default().push(i);
    }
    let mut rows: Vec<SheetRow> = dir
        .all_staff()
        .filter(|s| on_sheets(s) && room.is_none_or(|r| s.room.as_deref() == Some(r)))
        .map(|s| {
            let leaves = leaves_of.get(s.id.as_str()).map_or(&[][..], Vec::as_slice);
            let incidents = incidents_of.get(s.id.as_str()).map_or(&[][..], Vec::as_slice);
            person_month(s, month, calendar, policy, leaves, incidents)
        })
        .collect();
    rows.sort_by(|a, b| (&a.room, &a.staff).cmp(&(&b.room, &b.staff)));
    rows
}

/// Who appears on a room's monthly sheet: its staff and room head.
pub fn on_sheets(s: &Staff) -> bool {
    matches!(s.role, Role::Staff | Role::RoomHead) && s.room.is_some()
}

/// One person's line of a month's sheet, from their own leave slips and incidents.
pub fn person_month(
    s: &Staff,
    month: Month,
    calendar: &Calendar,
    policy: &Policy,
    leaves: &[&Leave],
    incidents: &[&Incident],
) -> SheetRow {
    let working_days = month.days().filter(|d| calendar.is_working_day(*d)).count() as u32;
    let start = DateTime::start_of(month.first_day());
    let end = DateTime::start_of(month.next().first_day());
    let mut leave = BTreeMap::new();
    for slip in leaves.iter().filter(|l| l.staff == s.id && counts_as_leave(l)) {
        let days = calendar.working_time(slip.from.max(start).0, slip.to.min(end).0);
        if days > WorkDays::ZERO {
            let total = leave.entry(slip.kind).or_insert(WorkDays::ZERO);
            *total = *total + days;
        }
    }
    let count = |kind| {
        incidents.iter().filter(|i| i.staff == s.id && i.kind == kind && Month::of(i.date) == month).count() as u32
    };
    let (late, early, absent) = (count(IncidentKind::Late), count(IncidentKind::Early), count(IncidentKind::Absent));
    let passes = late + early <= policy.attendance_max_late_early && absent <= policy.attendance_max_absent;
    SheetRow {
        staff: s.id,
        name: s.name.clone(),
        room: s.room.unwrap_or_default().to_string(),
        working_days,
        leave,
        late,
        early,
        absent,
        passes,
    }
}

/// Leave that was taken: approved slips and notices (nothing to approve).
fn counts_as_leave(slip: &Leave) -> bool {
    matches!(slip.status, super::leave::LeaveStatus::Approved | super::leave::LeaveStatus::Noted)
}

super::token::tokens! {
    IncidentKind = "incident" => [Late, Early, Absent];
    Recipient = "recipient" => [SecondingUnit, CoordinationOffice];
}
