//! Attendance: incidents (ATT-1), the monthly sheet per room and its dispatch (ATT-5).
//!
//! The monthly sheet is a view computed from the records, never typed in: working days in
//! the month, days on each kind of leave from approved slips and notices, and late / early
//! / absent counts. A month passes under `[policy] attendance_max_late_early` and
//! `attendance_max_absent` (defaults 2 and 0); a failed month is the ground RP-2 P2.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::calendar::{Calendar, WorkDays};
use super::complaint::non_empty;
use super::config::{Directory, Policy, Role, Staff};
use super::date::{Date, DateTime, Month};
use super::id::RecordId;
use super::leave::{Leave, LeaveKind};
use super::refusal::{Refusal, refuse};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum IncidentKind {
    /// 遲到
    Late,
    /// 早退
    Early,
    /// Absent without leave.
    Absent,
}

impl fmt::Display for IncidentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IncidentKind::Late => "late",
            IncidentKind::Early => "early",
            IncidentKind::Absent => "absent",
        })
    }
}

/// A late arrival, early departure or absence (ATT-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: RecordId,
    pub staff: String,
    pub kind: IncidentKind,
    /// The working day it happened.
    pub date: Date,
    /// How late or how early, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub recorded: Date,
    pub recorded_by: String,
}

/// Who keeps a room's attendance: its room head, or the coordination office (ATT-5).
pub fn keeps_room(by: &Staff, room: &str) -> bool {
    by.role.acts_for_coordination_office() || (by.role == Role::RoomHead && by.room.as_deref() == Some(room))
}

/// Who keeps a person's attendance: the keeper of their room (ATT-5).
pub fn keeps_attendance_of(by: &Staff, person: &Staff) -> bool {
    by.role.acts_for_coordination_office() || person.room.as_deref().is_some_and(|room| keeps_room(by, room))
}

impl Incident {
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        id: RecordId,
        person: &Staff,
        by: &Staff,
        kind: IncidentKind,
        date: Date,
        minutes: Option<u32>,
        note: Option<String>,
        today: Date,
        calendar: &Calendar,
    ) -> Result<Incident, Refusal> {
        if !keeps_attendance_of(by, person) {
            return refuse(
                "ATT-5",
                format!(
                    "{} may not record attendance for {}: their room head or the coordination office keeps it",
                    by.id, person.id
                ),
            );
        }
        if date > today {
            return refuse("ATT-1", format!("{date} is after today ({today})"));
        }
        if !calendar.is_working_day(date) {
            return refuse(
                "ATT-1",
                format!("{date} is not a working day on the centre's calendar: no attendance to miss"),
            );
        }
        if kind == IncidentKind::Absent && minutes.is_some() {
            return refuse("ATT-1", "--minutes is for late arrivals and early departures, not absences");
        }
        Ok(Incident {
            id,
            staff: person.id.clone(),
            kind,
            date,
            minutes,
            note: non_empty(note),
            recorded: today,
            recorded_by: by.id.clone(),
        })
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Recipient {
    /// The seconding unit(s) of the room's staff.
    SecondingUnit,
    /// The coordination office, for attendance statistics.
    CoordinationOffice,
}

impl Recipient {
    pub const ALL: [Recipient; 2] = [Recipient::SecondingUnit, Recipient::CoordinationOffice];
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Recipient::SecondingUnit => "seconding-unit",
            Recipient::CoordinationOffice => "coordination-office",
        })
    }
}

/// ATT-5: a room's monthly sheet was sent to one recipient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dispatch {
    pub id: RecordId,
    pub month: Month,
    pub room: String,
    pub to: Recipient,
    pub on: Date,
    pub by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Dispatch {
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        id: RecordId,
        month: Month,
        room: &str,
        to: Recipient,
        by: &Staff,
        today: Date,
        dir: &Directory,
        note: Option<String>,
        earlier: &[Dispatch],
    ) -> Result<Dispatch, Refusal> {
        if dir.room(room).is_none() {
            return refuse("SC-3.1", super::complaint::unknown_room(room, dir));
        }
        if !keeps_room(by, room) {
            return refuse(
                "ATT-5",
                format!("{} may not send room {room}'s sheet: its room head or the coordination office does", by.id),
            );
        }
        if today < month.last_day() {
            return refuse(
                "ATT-5",
                format!("the sheet of {month} goes out at month end, on or after {}", month.last_day()),
            );
        }
        if let Some(d) = earlier.iter().find(|d| d.month == month && d.room == room && d.to == to) {
            return refuse(
                "ATT-5",
                format!("room {room}'s sheet of {month} was already sent to the {to} on {} ({})", d.on, d.id),
            );
        }
        Ok(Dispatch { id, month, room: room.to_string(), to, on: today, by: by.id.clone(), note: non_empty(note) })
    }
}

/// One person's line on the monthly sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetRow {
    pub staff: String,
    pub name: String,
    pub room: String,
    pub working_days: u32,
    /// Working days on leave by kind, from approved slips and notices.
    #[serde(serialize_with = "serialize_days")]
    pub leave: BTreeMap<LeaveKind, WorkDays>,
    pub late: u32,
    pub early: u32,
    pub absent: u32,
    pub passes: bool,
}

fn serialize_days<S: serde::Serializer>(leave: &BTreeMap<LeaveKind, WorkDays>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(LeaveKind::ALL.len()))?;
    for kind in LeaveKind::ALL {
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
    let working_days = month.days().filter(|d| calendar.is_working_day(*d)).count() as u32;
    let start = DateTime::start_of(month.first_day());
    let end = DateTime::start_of(month.next().first_day());
    let mut rows: Vec<SheetRow> = dir
        .all_staff()
        .filter(|s| matches!(s.role, Role::Staff | Role::RoomHead))
        .filter(|s| s.room.is_some() && room.is_none_or(|r| s.room.as_deref() == Some(r)))
        .map(|s| {
            let mut leave = BTreeMap::new();
            for slip in leaves.iter().filter(|l| l.staff == s.id && counts_as_leave(l)) {
                let from = slip.from.max(start);
                let to = slip.to.min(end);
                let days = calendar.working_time(from.0, to.0);
                if days > WorkDays::ZERO {
                    let total = leave.entry(slip.kind).or_insert(WorkDays::ZERO);
                    *total = *total + days;
                }
            }
            let count = |kind| {
                incidents.iter().filter(|i| i.staff == s.id && i.kind == kind && Month::of(i.date) == month).count()
                    as u32
            };
            let (late, early, absent) =
                (count(IncidentKind::Late), count(IncidentKind::Early), count(IncidentKind::Absent));
            let passes = late + early <= policy.attendance_max_late_early && absent <= policy.attendance_max_absent;
            SheetRow {
                staff: s.id.clone(),
                name: s.name.clone(),
                room: s.room.clone().unwrap_or_default(),
                working_days,
                leave,
                late,
                early,
                absent,
                passes,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.room, &a.staff).cmp(&(&b.room, &b.staff)));
    rows
}

/// Leave that was taken: approved slips and notices (nothing to approve).
fn counts_as_leave(slip: &Leave) -> bool {
    matches!(slip.status, super::leave::LeaveStatus::Approved | super::leave::LeaveStatus::Noted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::RecordKind;
    use crate::domain::leave::LeaveRequest;
    use crate::domain::testing::*;

    fn cal() -> Calendar {
        config().calendar.build().unwrap()
    }

    fn inc(seq: u32, who: &str, kind: IncidentKind, date: &str) -> Incident {
        let dir = directory();
        Incident::record(
            RecordId::new(RecordKind::Incident, 2026, seq),
            staff(&dir, who),
            staff(&dir, "S06"),
            kind,
            day(date),
            None,
            None,
            day("2026-03-31"),
            &cal(),
        )
        .unwrap()
    }

    /// Records a late arrival of `who` on `date`, entered by `by`, as seen on 2026-03-31.
    fn late(who: &str, by: &str, date: &str) -> Result<Incident, Refusal> {
        let dir = directory();
        let id = RecordId::new(RecordKind::Incident, 2026, 1);
        Incident::record(
            id,
            staff(&dir, who),
            staff(&dir, by),
            IncidentKind::Late,
            day(date),
            Some(5),
            None,
            day("2026-03-31"),
            &cal(),
        )
    }

    #[test]
    fn att_1_incidents_on_working_days_only_by_the_keeper() {
        assert_eq!(late("S03", "S06", "2026-03-07").unwrap_err().clause, "ATT-1", "a Saturday");
        assert_eq!(late("S05", "S06", "2026-03-06").unwrap_err().clause, "ATT-5", "S06 heads R1, not S05's R2");
        late("S05", "S01", "2026-03-06").unwrap();
        assert_eq!(late("S03", "S06", "2026-04-01").unwrap_err().clause, "ATT-1", "after today");
    }

    #[test]
    fn monthly_sheet_counts_leave_and_incidents_and_applies_the_pass_rule() {
        let dir = directory();
        let s03 = staff(&dir, "S03");
        let mut slip = Leave::request(
            RecordId::new(RecordKind::Leave, 2026, 1),
            s03,
            s03,
            // Tue 2026-03-31 afternoon to Wed 2026-04-01 noon: half a day in March.
            LeaveRequest {
                kind: LeaveKind::Sick,
                from: "2026-03-31 13:30".parse().unwrap(),
                to: "2026-04-01 12:00".parse().unwrap(),
                reason: "病".into(),
            },
            day("2026-03-30"),
            &cal(),
            &Policy::default(),
            &[],
        )
        .unwrap();
        slip.approve(staff(&dir, "S06"), day("2026-03-30"), None, None, &dir).unwrap();
        let incidents = vec![
            inc(1, "S03", IncidentKind::Late, "2026-03-02"),
            inc(2, "S03", IncidentKind::Early, "2026-03-03"),
            inc(3, "S03", IncidentKind::Late, "2026-03-04"),
            inc(4, "S04", IncidentKind::Late, "2026-02-27"),
        ];
        let month: Month = "2026-03".parse().unwrap();
        let rows = monthly_sheet(month, Some("R1"), &dir, &cal(), &Policy::default(), &[slip], &incidents);
        let ids: Vec<&str> = rows.iter().map(|r| r.staff.as_str()).collect();
        assert_eq!(ids, ["S03", "S04", "S06"]);
        let s03 = &rows[0];
        assert_eq!(s03.working_days, 22);
        assert_eq!(s03.leave_days(LeaveKind::Sick), WorkDays::from_half_days(1), "only the March half");
        assert_eq!((s03.late, s03.early, s03.absent), (2, 1, 0));
        assert!(!s03.passes, "3 late/early > 2");
        assert!(rows[1].passes, "S04's incident was in February");
    }

    #[test]
    fn dispatch_at_month_end_once_per_recipient() {
        let dir = directory();
        let month: Month = "2026-03".parse().unwrap();
        let id = RecordId::new(RecordKind::Dispatch, 2026, 1);
        let s06 = staff(&dir, "S06");
        assert!(
            Dispatch::record(id, month, "R1", Recipient::CoordinationOffice, s06, day("2026-03-30"), &dir, None, &[])
                .is_err()
        );
        let first =
            Dispatch::record(id, month, "R1", Recipient::CoordinationOffice, s06, day("2026-03-31"), &dir, None, &[])
                .unwrap();
        assert!(
            Dispatch::record(
                id,
                month,
                "R1",
                Recipient::CoordinationOffice,
                s06,
                day("2026-04-01"),
                &dir,
                None,
                std::slice::from_ref(&first)
            )
            .is_err()
        );
        Dispatch::record(id, month, "R1", Recipient::SecondingUnit, s06, day("2026-04-01"), &dir, None, &[first])
            .unwrap();
        assert_eq!(
            Dispatch::record(id, month, "R2", Recipient::SecondingUnit, s06, day("2026-04-01"), &dir, None, &[])
                .unwrap_err()
                .clause,
            "ATT-5"
        );
    }
}
