//! Rules on `svc.toml` itself: the rooms and directory (SC-3.1, SC-3.2, ATT-3, CC-4.3),
//! the calendar (SVC-CAL) and the cause categories (CC-4.8).

use crate::domain::token::Token as _;
use crate::msg;
use std::collections::BTreeSet;

use super::{Sink, rules};
use crate::domain::config::{Config, Role};
use crate::domain::date::Date;

rules! {
    READABLE = "config.readable", SvcConfig, Error, Recorded,
        "svc.toml is UTF-8 TOML with the known sections and fields.";
    CALENDAR_USABLE = "config.calendar-usable", SvcCal, Error, Recorded,
        "The calendar has a working weekday, sessions in order, holidays that end after they start, and no day both a holiday and a make-up day.";
    IDS_UNIQUE = "config.ids-unique", Sc3_1, Error, Recorded,
        "Room ids, staff ids and e-mails are listed once.";
    STAFF_PLACED = "config.staff-placed", Sc3_1, Error, Recorded,
        "Staff and room heads belong to a listed room.";
    WINDOW_STAFF_QUALIFIED = "config.window-staff-qualified", Sc3_2, Warning, Recorded,
        "Every window clerk has a `qualified` date.";
    ROOM_HEADED = "config.room-headed", Att3, Warning, Recorded,
        "Every room has a room head to approve leave.";
    OFFICE_STAFFED = "config.office-staffed", Cc4_3, Warning, Recorded,
        "Someone works for the coordination office.";
    CATEGORIES_UNIQUE = "config.categories-unique", Cc4_8, Error, Recorded,
        "Cause categories are listed once.";
    POSTS_DEFINED = "config.posts-defined", Sc3_1, Warning, Recorded,
        "Every room lists its posts, each with its name and at least one duty (崗位責任制).";
    YEAR_KNOWN = "config.calendar-year-known", SvcCal, Error, Recorded,
        "Working time is counted only in years whose holidays and make-up days svc.toml lists: a step that would count across another year is refused, naming the year to add.";
    NEXT_YEAR_KNOWN = "config.calendar-next-year", SvcCal, Warning, Today,
        "From 1 December, next year's holidays and make-up days are in svc.toml.";
}

/// `config.calendar-next-year`: from 1 December of the report day's year, the next year is
/// known to the calendar, so January's steps can count working time. Under svc.toml.
pub(super) fn next_year_known(world: &super::World, sink: &mut Sink) {
    let today = world.today;
    let next = today.year() + 1;
    if today.month() == 12 && !world.calendar.knows(next) {
        sink.report(&NEXT_YEAR_KNOWN, "calendar.holidays", msg!("rule-next-year-unknown", year = next));
    }
}

/// `config.ids-unique` (SC-3.1): each room id, staff id or e-mail listed a second time, as
/// (key, message). A directory with any is broken: `svc check` reports them, and steps
/// refuse to run until svc.toml is fixed (an e-mail twice would commit as the wrong person).
pub fn listed_twice(config: &Config) -> Vec<(String, crate::i18n::Msg)> {
    let mut out = Vec::new();
    let mut rooms = BTreeSet::new();
    for (i, room) in config.rooms.iter().enumerate() {
        if !rooms.insert(room.id.as_str()) {
            out.push((format!("rooms.{i}.id"), msg!("rule-room-twice", id = &room.id)));
        }
    }
    let mut ids = BTreeSet::new();
    let mut emails = BTreeSet::new();
    for (i, s) in config.staff.iter().enumerate() {
        if !ids.insert(s.id.as_str()) {
            out.push((format!("staff.{i}.id"), msg!("rule-staff-twice", id = &s.id)));
        }
        if let Some(email) = &s.email
            && !emails.insert(email.to_lowercase())
        {
            out.push((format!("staff.{i}.email"), msg!("rule-email-twice", email = email)));
        }
    }
    out
}

/// `recorded_qualified`: whether a qualification record confirms the person (SC-3.2), so a
/// clerk without a `qualified` date in svc.toml but with a record is not reported.
pub(super) fn check(config: &Config, recorded_qualified: &dyn Fn(&str) -> bool, sink: &mut Sink) {
    for (key, message) in listed_twice(config) {
        sink.report(&IDS_UNIQUE, key, message);
    }
    let rooms: BTreeSet<&str> = config.rooms.iter().map(|r| r.id.as_str()).collect();
    for (i, s) in config.staff.iter().enumerate() {
        match (&s.room, s.role.needs_room()) {
            (Some(room), _) if !rooms.contains(room.as_str()) => sink.report(
                &STAFF_PLACED,
                format!("staff.{i}.room"),
                msg!("rule-staff-room-unknown", who = format!("{} {}", s.id, s.name), room = room),
            ),
            (None, true) => sink.report(
                &STAFF_PLACED,
                format!("staff.{i}"),
                msg!("rule-staff-needs-room", who = format!("{} {}", s.id, s.name), role = s.role.name()),
            ),
            _ => {}
        }
        if s.role == Role::Staff && s.qualified.is_none() && !recorded_qualified(&s.id) {
            sink.report(
                &WINDOW_STAFF_QUALIFIED,
                format!("staff.{i}"),
                msg!("rule-staff-unqualified", who = format!("{} {}", s.id, s.name)),
            );
        }
    }
    for (i, room) in config.rooms.iter().enumerate() {
        if room.posts.is_empty() {
            sink.report(
                &POSTS_DEFINED,
                format!("rooms.{i}"),
                msg!("rule-room-no-posts", room = format!("{} {}", room.id, room.name)),
            );
        }
        for (j, post) in room.posts.iter().enumerate() {
            if post.name.trim().is_empty() || post.duties.iter().all(|d| d.trim().is_empty()) {
                sink.report(
                    &POSTS_DEFINED,
                    format!("rooms.{i}.posts.{j}"),
                    msg!("rule-post-empty", room = &room.id, n = j + 1),
                );
            }
        }
    }
    for room in &config.rooms {
        let heads =
            config.staff.iter().filter(|s| s.role == Role::RoomHead && s.room.as_deref() == Some(&room.id)).count();
        if heads == 0 {
            sink.report(&ROOM_HEADED, "rooms", msg!("rule-room-headless", room = format!("{} {}", room.id, room.name)));
        }
    }
    if !config.staff.iter().any(|s| s.role.acts_for_coordination_office()) {
        sink.report(&OFFICE_STAFFED, "staff", msg!("rule-office-empty"));
    }
    if let Err(message) = config.calendar.build() {
        sink.report(&CALENDAR_USABLE, "calendar", message);
    }
    let holidays: BTreeSet<Date> = config.calendar.holidays.iter().flat_map(|h| h.days()).collect();
    for (i, d) in config.calendar.makeup_workdays.iter().enumerate() {
        if holidays.contains(d) {
            sink.report(
                &CALENDAR_USABLE,
                format!("calendar.makeup_workdays.{i}"),
                msg!("rule-holiday-and-makeup", day = d),
            );
        }
    }
    let mut categories = BTreeSet::new();
    for (i, c) in config.complaints.cause_categories.iter().enumerate() {
        if !categories.insert(c.id.as_str()) {
            sink.report(
                &CATEGORIES_UNIQUE,
                format!("complaints.cause_categories.{i}.id"),
                msg!("rule-category-twice", id = &c.id),
            );
        }
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("config.calendar-usable", "svc.toml", |c, _| c.calendar.makeup_workdays.push(d("2026-10-01"))),
        ("config.ids-unique", "svc.toml", |c, _| {
            let again = c.staff[5].clone();
            c.staff.push(again);
        }),
        ("config.staff-placed", "svc.toml", |c, _| {
            c.staff.iter_mut().find(|s| s.id == "S11").unwrap().room = Some("R9".into())
        }),
        ("config.window-staff-qualified", "svc.toml", |c, _| {
            c.staff.iter_mut().find(|s| s.id == "S11").unwrap().qualified = None
        }),
        ("config.room-headed", "svc.toml", |c, _| {
            c.rooms.push(Room { id: "R6".into(), name: "新室".into(), functions: None, posts: Vec::new() })
        }),
        ("config.office-staffed", "svc.toml", |c, _| {
            for s in c.staff.iter_mut().filter(|s| s.role.acts_for_coordination_office()) {
                s.role = Role::DeputyDirector;
            }
        }),
        ("config.posts-defined", "svc.toml", |c, _| c.rooms[0].posts.clear()),
        ("config.categories-unique", "svc.toml", |c, _| {
            let again: CauseCategory = c.complaints.cause_categories[0].clone();
            c.complaints.cause_categories.push(again);
        }),
        ("config.calendar-year-known", "CAPA-2025-0001", |c, _| {
            c.calendar.holidays.retain(|h| h.from.year() != 2025);
            c.calendar.makeup_workdays.retain(|m| m.year() != 2025);
        }),
    ]
}
