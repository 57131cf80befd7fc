//! What waits for whom (待辦), from the records as of a day: forms to triage or analyse,
//! actions due, completions to report, verifications with their working days left,
//! reminders to send, complaints to close, slips to approve or file, monthly sheets to
//! send, decisions and letters. `svc todo` filters and prints it; the menu of a terminal
//! would start from it.

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;

use crate::domain::attendance::{Dispatch, Recipient, keeps_room};
use crate::domain::capa::{ActionKind, Capa, CapaStatus};
use crate::domain::clause::Clause;
use crate::domain::complaint::{Complaint, ComplaintStatus, Responsibility};
use crate::domain::conduct::{Conduct, ConductKind, ConductStatus};
use crate::domain::config::{Role, Staff};
use crate::domain::date::{Date, Month};
use crate::domain::id::RecordKind;
use crate::domain::leave::{Leave, LeaveStatus, may_take};
use crate::domain::refs::StaffId;
use crate::domain::token::Token as _;
use crate::msg;
use crate::store::repo::Repo;

/// One thing waiting for someone.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
pub struct Item {
    /// The day it is due, when it has one (overdue ones first).
    pub due: Option<Date>,
    pub record: String,
    /// What to do, in the reader's language.
    #[serde(serialize_with = "crate::i18n::msg::serialize_text")]
    #[schemars(with = "String")]
    pub what: crate::i18n::Msg,
    /// Who may do it (staff ids).
    pub who: Vec<StaffId>,
    pub clause: Clause,
    /// The command that takes the step (`svc complaint triage CMP-2026-0001`); on a
    /// terminal it asks for what it still needs. What the menu runs.
    pub command: String,
}

/// What waits for `who` (everyone's with None), in the order people work through it: the
/// dated first, most overdue first, then the rest by record. What `svc todo` lists and
/// the menu offers.
pub fn waiting_for(repo: &Repo, today: Date, who: Option<&str>) -> Result<Vec<Item>> {
    let mut items = waiting(repo, today)?;
    if let Some(who) = who {
        items.retain(|i| i.who.iter().any(|w| w == who));
    }
    // By what the reader reads, as the list shows it: each item's text rendered once.
    items.sort_by_cached_key(|i| (i.due.is_none(), i.due, i.record.clone(), i.what.to_string()));
    Ok(items)
}

/// Everything waiting, for everyone.
pub fn waiting(repo: &Repo, today: Date) -> Result<Vec<Item>> {
    let dir = repo.directory();
    let staff: Vec<&Staff> = dir.all_staff().collect();
    let ids = |keep: &dyn Fn(&Staff) -> bool| staff.iter().filter(|s| keep(s)).map(|s| s.id).collect::<Vec<_>>();
    let office = ids(&|s: &Staff| s.role.acts_for_coordination_office());
    let cal = repo.calendar();
    let window = repo.config().policy.verification_working_days;
    let mut items = Vec::new();
    let person = |id: &str| dir.staff(id).map_or_else(|| id.to_string(), |s| format!("{} {}", s.id, s.name));
    let mut add = |due: Option<Date>,
                   record: String,
                   what: crate::i18n::Msg,
                   who: Vec<StaffId>,
                   clause: Clause,
                   command: String| { items.push(Item { due, record, what, who, clause, command }) };
    let capas: Vec<Capa> = repo.records(RecordKind::Capa)?;
    let complaints: Vec<Complaint> = repo.records(RecordKind::Complaint)?;
    for c in &complaints {
        let room_staff = ids(&|s: &Staff| s.room.as_deref() == Some(c.room.as_str()) && s.role != Role::DeputyDirector);
        match c.status {
            ComplaintStatus::Received => {
                let command = format!("svc complaint triage {}", c.id);
                add(
                    None,
                    c.id.to_string(),
                    msg!("todo-triage"),
                    [room_staff, office.clone()].concat(),
                    Clause::Cc4_1,
                    command,
                )
            }
            ComplaintStatus::Accepted => {
                let command = format!("svc complaint analyse {}", c.id);
                add(None, c.id.to_string(), msg!("todo-analyse"), office.clone(), Clause::Cc4_3, command)
            }
            ComplaintStatus::InCapa => {
                let effective = c
                    .analysis
                    .as_ref()
                    .and_then(|a| capas.iter().find(|k| k.id == a.capa))
                    .is_some_and(|k| k.status == CapaStatus::Effective);
                if effective {
                    add(
                        None,
                        c.id.to_string(),
                        msg!("todo-close"),
                        office.clone(),
                        Clause::Cc4_7,
                        format!("svc complaint close {}", c.id),
                    );
                }
            }
            ComplaintStatus::Explained if c.customer.wants_reply && c.closing.is_none() => {
                let explained = c.triage.as_ref().is_some_and(|t| t.responsibility == Responsibility::Customer);
                if explained {
                    add(
                        None,
                        c.id.to_string(),
                        msg!("todo-reply"),
                        office.clone(),
                        Clause::Cc4_7,
                        format!("svc complaint close {}", c.id),
                    );
                }
            }
            _ => {}
        }
    }
    for capa in &capas {
        let responsible = vec![capa.responsible];
        match capa.status {
            CapaStatus::Open => {
                let round = capa.current_round();
                let actions = round.map(|r| r.actions.as_slice()).unwrap_or(&[]);
                for (n, a) in (1..).zip(actions).filter(|(_, a)| a.done.is_none()) {
                    add(
                        Some(a.due),
                        capa.id.to_string(),
                        msg!("todo-action", n = n, text = &a.text),
                        responsible.clone(),
                        Clause::Cc4_4,
                        format!("svc capa track {} --done {n}", capa.id),
                    );
                }
                // CC-4.4: a round needs a corrective and a preventive action; until it has
                // both, planning is still to do.
                let has = |kind| actions.iter().any(|a| a.kind == kind);
                let planned = has(ActionKind::Corrective) && has(ActionKind::Preventive);
                if !planned {
                    let command = format!("svc capa track {}", capa.id);
                    add(None, capa.id.to_string(), msg!("todo-plan"), responsible.clone(), Clause::Cc4_4, command);
                } else if actions.iter().all(|a| a.done.is_some()) {
                    let command = format!("svc capa complete {}", capa.id);
                    add(None, capa.id.to_string(), msg!("todo-report"), responsible.clone(), Clause::Cc4_4, command);
                }
                if capa.handler_overdue_on(today).is_some()
                    && capa.reminders.last().is_none_or(|r| r.on < today)
                    && cal.is_working_day(today)
                {
                    let reminded = capa.reminders.len();
                    let what = msg!("todo-remind", who = person(&capa.responsible), n = reminded + 1);
                    let who: Vec<StaffId> = office.iter().filter(|o| **o != capa.responsible).cloned().collect();
                    add(None, capa.id.to_string(), what, who, Clause::Rp2, format!("svc capa remind {}", capa.id));
                }
            }
            CapaStatus::AwaitingVerification => {
                if let Some(deadline) = capa.verification_deadline(cal, window) {
                    let left = cal.working_days_between(today, deadline);
                    let what = if left >= 0 {
                        msg!("todo-verify-left", days = left)
                    } else {
                        msg!("todo-verify-late", days = -left)
                    };
                    let who: Vec<StaffId> = office.iter().filter(|o| **o != capa.responsible).cloned().collect();
                    add(
                        Some(deadline),
                        capa.id.to_string(),
                        what,
                        who,
                        Clause::Cc4_5,
                        format!("svc capa verify {}", capa.id),
                    );
                }
            }
            CapaStatus::Effective => {}
        }
    }
    for slip in repo.records::<Leave>(RecordKind::Leave)? {
        let Some(step) = slip.next_step().filter(|_| slip.status == LeaveStatus::Pending) else { continue };
        let who: Vec<StaffId> = staff
            .iter()
            .filter(|s| s.id != slip.staff && may_take(step, s, &slip.staff, dir).is_ok())
            .map(|s| s.id)
            .collect();
        add(
            Some(slip.from.date()),
            slip.id.to_string(),
            msg!("todo-leave-step", step = step.describe(), who = person(&slip.staff)),
            who,
            slip.band.clause(),
            format!("svc leave approve {}", slip.id),
        );
    }
    let dispatches: Vec<Dispatch> = repo.records(RecordKind::Dispatch)?;
    let sent: BTreeSet<(Month, &str, Recipient)> =
        dispatches.iter().map(|d| (d.month, d.room.as_str(), d.to)).collect();
    let last_month = Month::of(today).previous();
    if let Some(first) = dispatches.iter().map(|d| d.month).min() {
        let mut month = first;
        while month <= last_month {
            for room in &repo.config().rooms {
                for &to in Recipient::ALL {
                    if !sent.contains(&(month, room.id.as_str(), to)) {
                        let who = ids(&|s: &Staff| keeps_room(s, &room.id));
                        add(
                            Some(month.last_day()),
                            format!("SHEET-{month}"),
                            msg!("todo-send-sheet", room = room.to_string(), to = to.name()),
                            who,
                            Clause::Att5,
                            format!("svc attendance dispatch {month} --room {} --to {to}", room.id),
                        );
                    }
                }
            }
            month = month.next();
        }
    }
    // CC-4.2: once collections are recorded, the box is emptied every working day.
    let collections: Vec<crate::domain::collection::Collection> = repo.records(RecordKind::Collection)?;
    if !collections.is_empty() && cal.is_working_day(today) && !collections.iter().any(|c| c.day == today) {
        add(
            Some(today),
            format!("BOX {today}"),
            msg!("todo-collect-box"),
            office.clone(),
            Clause::Cc4_2,
            "svc box collect".into(),
        );
    }
    for c in repo.records::<Conduct>(RecordKind::Conduct)? {
        match c.status {
            ConductStatus::Proposed => {
                let decider = c.ground.decider();
                let who = ids(&|s: &Staff| s.role == decider && s.id != c.staff);
                add(
                    None,
                    c.id.to_string(),
                    msg!("todo-decide", kind = c.kind.name(), who = person(&c.staff), ground = c.ground),
                    who,
                    c.ground.clause(),
                    format!("svc conduct decide {}", c.id),
                );
            }
            ConductStatus::Approved if c.kind == ConductKind::Commendation && c.notified.is_none() => {
                add(
                    None,
                    c.id.to_string(),
                    msg!("todo-letter"),
                    office.clone(),
                    Clause::Rp1,
                    format!("svc conduct notify {}", c.id),
                );
            }
            ConductStatus::Approved if c.kind == ConductKind::Removal && c.notified.is_none() => {
                let command = format!("svc conduct notify {}", c.id);
                add(None, c.id.to_string(), msg!("todo-removal-notice"), office.clone(), Clause::Rp3, command);
            }
            ConductStatus::Approved if c.kind == ConductKind::CirculatedCriticism && c.circulated.is_none() => {
                let command = format!("svc conduct circulate {}", c.id);
                add(None, c.id.to_string(), msg!("todo-circulate"), office.clone(), Clause::Rp2, command);
            }
            _ => {}
        }
    }
    // RP-2 P3: a document handed over waits for its receiver's signature.
    for d in repo.records::<crate::domain::document::Document>(RecordKind::Document)? {
        if let Some(h) = d.out_with().filter(|h| h.signed.is_none()) {
            let what = msg!("todo-sign-document", title = &d.title);
            add(Some(h.on), d.id.to_string(), what, vec![h.to], Clause::Rp2, format!("svc doc sign {}", d.id));
        }
    }
    // CC-4.8: the last year's statistics, once it has ended, go to the management review.
    let last_year = today.year() - 1;
    let reviews: Vec<crate::domain::review::Review> = repo.records(RecordKind::Review)?;
    let had_complaints = complaints.iter().any(|c| c.received.year() == last_year);
    if had_complaints && !reviews.iter().any(|r| r.year == last_year) {
        let heads = ids(&|s: &Staff| s.role == Role::CoordinationOfficeHead);
        let due = Date::from_ymd(last_year, 12, 31)
            .map(|d| cal.add_working_days(d, repo.config().policy.review_within_working_days));
        let command = format!("svc stats yearly --year {last_year} --submit");
        add(due, format!("{last_year}"), msg!("todo-submit-review", year = last_year), heads, Clause::Cc4_8, command);
    }
    Ok(items)
}
