//! Rules on attendance: incidents (ATT-1), who keeps a room's attendance and the monthly
//! sheet sent to both recipients (ATT-5).

use crate::domain::date::Date;
use crate::domain::token::Token as _;
use crate::{msg, tid};
use std::collections::BTreeSet;

use super::{Act, Kind, Records, Sink, World, rules};
use crate::domain::attendance::{Dispatch, Incident, IncidentKind, Recipient, keeps_attendance_of, keeps_room};
use crate::domain::date::{DateTime, Month};
use crate::domain::fields::unknown_room;
use crate::domain::id::RecordKind;
use crate::domain::leave::LeaveStatus;

rules! {
    INCIDENT_ON_WORKING_DAY = "attendance.incident-on-working-day", Att1, Error, Recorded,
        "An incident is on a working day; minutes are given only for late arrivals and early departures.";
    MINUTES_IN_RANGE = "attendance.minutes-in-range", Att1, Error, Recorded,
        "Minutes late or early are at most a day's, 1,440 (a larger number is a typing error).";
    INCIDENT_NOT_ON_LEAVE = "attendance.incident-not-on-leave", Att1, Error, Recorded,
        "No late, early or absent incident on working time covered by the person's approved leave.";
    INCIDENT_ONCE = "attendance.incident-once", Att1, Error, Recorded,
        "One incident per person, kind and day.";
    KEEPER_RECORDS = "attendance.keeper-records", Att5, Error, Recorded,
        "Attendance is recorded and sent by the room's head or the coordination office.";
    SENT_MONTH_CORRECTED = "attendance.sent-month-corrected", Att5, Error, Recorded,
        "An incident recorded after its month's sheet was sent carries a `correction` note.";
    SHEET_AFTER_MONTH_END = "attendance.sheet-after-month-end", Att5, Error, Recorded,
        "A month's sheet goes out on or after the month's last day, once to each recipient, for a listed room.";
    SHEETS_SENT = "attendance.sheets-sent", Att5, Warning, Today,
        "Every past month's sheet of every room was sent to the seconding unit and to the coordination office.";
}

impl Kind for Incident {
    fn about(&self, who: &str) -> bool {
        self.staff == who
    }

    fn dated(&self) -> Date {
        self.recorded
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        world.counts_in(self.date, self.date, "date", sink);
        incident(self, world, sink);
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        vec![Act { on: self.recorded, by: &self.recorded_by, key: "recorded_by".into() }]
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Leave, RecordKind::Incident, RecordKind::Dispatch, RecordKind::Conduct]
    }
}

impl Kind for Dispatch {
    fn about(&self, _who: &str) -> bool {
        true
    }

    fn dated(&self) -> Date {
        self.on
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        dispatch(self, world, sink);
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        Act::single(self.on, &self.by)
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Dispatch, RecordKind::Conduct]
    }
}

/// The most minutes an arrival can be late or a departure early: a whole day's.
const MAX_MINUTES: u32 = 24 * 60;

fn incident(incident: &Incident, world: &World, sink: &mut Sink) {
    let person = world.person(&incident.staff, "staff", sink);
    if !world.calendar.is_working_day(incident.date) {
        sink.report(&INCIDENT_ON_WORKING_DAY, "date", msg!("rule-incident-not-working-day", day = incident.date));
    }
    if incident.kind == IncidentKind::Absent && incident.minutes.is_some() {
        sink.report(&INCIDENT_ON_WORKING_DAY, "minutes", msg!("rule-minutes-not-absence"));
    }
    if let Some(minutes) = incident.minutes
        && minutes > MAX_MINUTES
    {
        sink.report(&MINUTES_IN_RANGE, "minutes", msg!("rule-minutes-range", minutes = minutes, max = MAX_MINUTES));
    }
    if let (Some(by), Some(person)) = (world.person(&incident.recorded_by, "recorded_by", sink), person)
        && !keeps_attendance_of(by, person)
    {
        sink.report(&KEEPER_RECORDS, "recorded_by", msg!("rule-keeper", who = &by.id, person = &person.id));
    }
    world.in_order(
        (incident.date, tid!("when-incident")),
        (incident.recorded, tid!("when-recorded")),
        "recorded",
        sink,
    );
    world.not_future(incident.date, "date", sink);
    world.not_future(incident.recorded, "recorded", sink);
    on_leave(incident, world, sink);
    if let Some(first) =
        world.index.first_incident(&incident.staff, incident.kind, incident.date).filter(|first| *first < incident.id)
    {
        sink.report(
            &INCIDENT_ONCE,
            "date",
            msg!(
                "rule-incident-twice",
                who = &incident.staff,
                kind = incident.kind.name(),
                day = incident.date,
                first = first
            ),
        );
    }
    if let Some(room) = person.and_then(|p| p.room.as_deref()) {
        let month = Month::of(incident.date);
        let sent = world.index.dispatched(room, month).iter().map(|d| d.on).min();
        if let Some(sent) = sent
            && incident.recorded > sent
            && incident.correction.as_deref().is_none_or(|c| c.trim().is_empty())
        {
            sink.report(
                &SENT_MONTH_CORRECTED,
                "recorded",
                msg!("rule-correction-needed", room = room, month = month, sent = sent),
            );
        }
    }
}

/// ATT-1: late, early or absent while approved leave covers that working time.
fn on_leave(incident: &Incident, world: &World, sink: &mut Sink) {
    let cal = world.calendar;
    let (morning, afternoon) = (cal.morning(), cal.afternoon());
    let day = incident.date;
    let at = |minute: u32| DateTime::at(day, minute);
    let (from, to) = match incident.kind {
        IncidentKind::Late => (at(morning.start), at(morning.start + 1)),
        IncidentKind::Early => (at(afternoon.end - 1), at(afternoon.end)),
        IncidentKind::Absent => (at(morning.start), at(afternoon.end)),
    };
    let covered = world
        .index
        .leaves_overlapping(&incident.staff, from, to)
        .find(|l| matches!(l.status, LeaveStatus::Approved | LeaveStatus::Noted) && l.from <= from && to <= l.to);
    if let Some(slip) = covered {
        sink.report(
            &INCIDENT_NOT_ON_LEAVE,
            "kind",
            msg!(
                "rule-on-leave",
                who = &incident.staff,
                slip = slip.id,
                from = slip.from,
                to = slip.to,
                kind = incident.kind.name(),
                day = day
            ),
        );
    }
}

fn dispatch(d: &Dispatch, world: &World, sink: &mut Sink) {
    if world.dir.room(&d.room).is_none() {
        sink.report(&SHEET_AFTER_MONTH_END, "room", unknown_room(&d.room, world.dir));
    }
    if let Some(by) = world.person(&d.by, "by", sink)
        && !keeps_room(by, &d.room)
    {
        sink.report(&KEEPER_RECORDS, "by", msg!("rule-dispatch-by", who = &by.id, room = &d.room));
    }
    if d.on < d.month.last_day() {
        sink.report(
            &SHEET_AFTER_MONTH_END,
            "on",
            msg!("rule-dispatch-month-end", month = d.month, day = d.month.last_day()),
        );
    }
    world.not_future(d.on, "on", sink);
    if let Some(first) =
        world.index.dispatched(&d.room, d.month).iter().filter(|e| e.id < d.id && e.to == d.to).min_by_key(|e| e.id)
    {
        sink.report(
            &SHEET_AFTER_MONTH_END,
            "to",
            msg!(
                "rule-dispatch-twice",
                room = &d.room,
                month = d.month,
                to = d.to.name(),
                day = first.on,
                first = first.id
            ),
        );
    }
}

/// ATT-5: every past month's sheet of every room went to both recipients. Months count
/// from the first month any attendance record mentions.
pub(super) fn sheets_sent(world: &World, records: &Records, sink: &mut Sink) {
    let first = records
        .leaves
        .iter()
        .map(|f| Month::of(f.record.from.date()))
        .chain(records.incidents.iter().map(|f| Month::of(f.record.date)))
        .chain(records.dispatches.iter().map(|f| f.record.month))
        .min();
    let Some(first) = first else { return };
    let sent: BTreeSet<(Month, &str, Recipient)> =
        records.dispatches.iter().map(|f| (f.record.month, f.record.room.as_str(), f.record.to)).collect();
    let current = Month::of(world.today);
    for (i, room) in world.config.rooms.iter().enumerate() {
        for &to in Recipient::ALL {
            let mut missed = Vec::new();
            let mut month = first;
            while month < current {
                if !sent.contains(&(month, room.id.as_str(), to)) {
                    missed.push(month);
                }
                month = month.next();
            }
            // Folded past a few, so the output grows with the rooms, not the months.
            let messages = super::folded(
                &missed,
                |month| msg!("rule-sheet-not-sent", room = &room.id, month = month, to = to.name(), token = to),
                |n, first, last| {
                    msg!(
                        "rule-sheet-not-sent-many",
                        room = &room.id,
                        n = n,
                        first = first,
                        last = last,
                        to = to.name(),
                        token = to
                    )
                },
            );
            for message in messages {
                sink.report(&SHEETS_SENT, format!("rooms.{i}"), message);
            }
        }
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("attendance.incident-on-working-day", "INC-2026-0001", |_, r| {
            rec::<Incident>(r, "INC-2026-0001").date = d("2026-03-01")
        }),
        ("attendance.incident-not-on-leave", "INC-2026-0007", |_, r| {
            rec::<Incident>(r, "INC-2026-0007").date = d("2026-03-10")
        }),
        ("attendance.incident-once", "INC-2026-0002", |_, r| {
            rec::<Incident>(r, "INC-2026-0002").date = d("2026-03-03")
        }),
        ("attendance.keeper-records", "INC-2026-0001", |_, r| {
            rec::<Incident>(r, "INC-2026-0001").recorded_by = "S20".into()
        }),
        ("attendance.sent-month-corrected", "INC-2026-0011", |_, r| {
            rec::<Incident>(r, "INC-2026-0011").correction = None
        }),
        ("attendance.sheet-after-month-end", "DSP-2026-0001", |_, r| {
            rec::<Dispatch>(r, "DSP-2026-0001").on = d("2026-01-15")
        }),
        ("attendance.sheets-sent", "svc.toml", |_, r| {
            r.dispatches.retain(|f| f.record.id != "DSP-2026-0001".parse().unwrap())
        }),
        ("attendance.minutes-in-range", "INC-2026-0001", |_, r| {
            rec::<Incident>(r, "INC-2026-0001").minutes = Some(u32::MAX)
        }),
    ]
}

#[cfg(test)]
mod tests {
    use crate::domain::attendance::{Dispatch, Incident, IncidentInput, IncidentKind, Recipient};
    use crate::domain::date::Month;
    use crate::domain::id::{RecordId, RecordKind};
    use crate::domain::leave::{LeaveKind, LeaveRequest};
    use crate::domain::refusal::Refusal;
    use crate::domain::testing::*;

    fn incident(
        b: &mut Bench,
        who: &str,
        by: &str,
        kind: IncidentKind,
        on: &str,
        today: &str,
        correction: Option<&str>,
    ) -> Result<RecordId, Refusal> {
        let id = RecordId::new(RecordKind::Incident, 2026, b.records.incidents.len() as u32 + 1);
        let input =
            IncidentInput { kind, date: day(on), minutes: None, note: None, correction: correction.map(Into::into) };
        let record = Incident::record(id, &b.who(who), &b.who(by), input, day(today));
        b.admit(record, day(today))
    }

    #[test]
    fn att_1_on_working_days_by_the_keeper() {
        let mut b = Bench::new();
        assert_eq!(
            incident(&mut b, "S03", "S06", IncidentKind::Late, "2026-03-07", "2026-03-09", None).unwrap_err().clause,
            "ATT-1"
        );
        assert_eq!(
            incident(&mut b, "S05", "S06", IncidentKind::Late, "2026-03-06", "2026-03-09", None).unwrap_err().clause,
            "ATT-5"
        );
        incident(&mut b, "S05", "S01", IncidentKind::Late, "2026-03-06", "2026-03-09", None).unwrap();
        let twice = incident(&mut b, "S05", "S01", IncidentKind::Late, "2026-03-06", "2026-03-09", None).unwrap_err();
        assert!(twice.message.has("rule-incident-twice"), "{twice}");
    }

    #[test]
    fn att_1_no_incident_on_approved_leave_either_way() {
        let mut b = Bench::new();
        let req = LeaveRequest {
            kind: LeaveKind::Personal,
            from: "2026-03-10 09:00".parse().unwrap(),
            to: "2026-03-10 12:00".parse().unwrap(),
            reason: "辦事".into(),
            retroactive: false,
        };
        b.leave("S03", "S03", req, day("2026-03-09")).unwrap();
        let err = incident(&mut b, "S03", "S06", IncidentKind::Late, "2026-03-10", "2026-03-10", None).unwrap_err();
        assert!(err.message.has("rule-on-leave"), "{err}");
        // A morning's leave does not cover leaving early, nor a whole day's absence.
        incident(&mut b, "S03", "S06", IncidentKind::Early, "2026-03-10", "2026-03-10", None).unwrap();
        incident(&mut b, "S03", "S06", IncidentKind::Absent, "2026-03-10", "2026-03-10", None).unwrap();
        // The other way round: a late arrival first, then a morning's notice over it.
        incident(&mut b, "S05", "S01", IncidentKind::Late, "2026-03-11", "2026-03-11", None).unwrap();
        let req = LeaveRequest {
            kind: LeaveKind::Personal,
            from: "2026-03-11 09:00".parse().unwrap(),
            to: "2026-03-11 12:00".parse().unwrap(),
            reason: "辦事".into(),
            retroactive: true,
        };
        let err = b.leave("S05", "S05", req, day("2026-03-12")).unwrap_err();
        assert!(err.message.has("refusal-would-break") && err.message.mentions("INC-2026-0003"), "{err}");
    }

    #[test]
    fn att_5_a_month_already_sent_is_changed_only_with_a_correction() {
        let mut b = Bench::new();
        let month: Month = "2026-03".parse().unwrap();
        let id = RecordId::new(RecordKind::Dispatch, 2026, 1);
        let early =
            Dispatch::record(id, month, "R1", Recipient::CoordinationOffice, &b.who("S06"), day("2026-03-30"), None);
        assert_eq!(b.admit(early, day("2026-03-30")).unwrap_err().clause, "ATT-5", "before month end");
        let sent =
            Dispatch::record(id, month, "R1", Recipient::CoordinationOffice, &b.who("S06"), day("2026-04-01"), None);
        b.admit(sent, day("2026-04-01")).unwrap();
        let again = Dispatch::record(
            RecordId::new(RecordKind::Dispatch, 2026, 2),
            month,
            "R1",
            Recipient::CoordinationOffice,
            &b.who("S06"),
            day("2026-04-02"),
            None,
        );
        assert!(b.admit(again, day("2026-04-02")).unwrap_err().message.has("rule-dispatch-twice"));
        let err = incident(&mut b, "S03", "S06", IncidentKind::Late, "2026-03-31", "2026-04-02", None).unwrap_err();
        assert!(err.message.has("rule-correction-needed"), "{err}");
        incident(&mut b, "S03", "S06", IncidentKind::Late, "2026-03-31", "2026-04-02", Some("門禁記錄核對後補登"))
            .unwrap();
        // Recorded on the day the sheet went out, it was on the sheet.
        incident(&mut b, "S04", "S06", IncidentKind::Late, "2026-03-31", "2026-04-01", None).unwrap();
    }
}
