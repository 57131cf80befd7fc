//! The rules `svc check` applies across `svc.toml` and every record. Each finding names the
//! clause it enforces and the key it is about, so the caller can point at a file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

use super::attendance::{Dispatch, Incident};
use super::calendar::Calendar;
use super::capa::{ActionKind, Capa, Round};
use super::complaint::{Complaint, Responsibility};
use super::conduct::Conduct;
use super::config::{Config, Directory, Role};
use super::date::Date;
use super::id::RecordId;
use super::leave::Leave;

mod attendance;
mod conduct;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// What a finding is about: `svc.toml` or one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Config,
    Record(RecordId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub clause: &'static str,
    pub subject: Subject,
    /// Dotted key path inside the file, numbers index arrays: `rounds.0.verification.late`.
    /// Empty for the file as a whole.
    pub key: String,
    pub message: String,
}

/// A record as read from its file, with the id its file name and folder give.
#[derive(Debug, Clone)]
pub struct Filed<T> {
    pub record: T,
    /// The file name without `.toml`.
    pub file_stem: String,
    /// The name of the folder it sits in (the year).
    pub folder: String,
}

pub struct CheckInput<'a> {
    pub config: &'a Config,
    pub calendar: &'a Calendar,
    pub complaints: &'a [Filed<Complaint>],
    pub capas: &'a [Filed<Capa>],
    pub leaves: &'a [Filed<Leave>],
    pub incidents: &'a [Filed<Incident>],
    pub dispatches: &'a [Filed<Dispatch>],
    pub conducts: &'a [Filed<Conduct>],
    pub today: Date,
}

/// Collects findings for one subject.
struct Sink<'a> {
    out: &'a mut Vec<Finding>,
    subject: Subject,
}

impl Sink<'_> {
    fn error(&mut self, clause: &'static str, key: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, clause, key, message);
    }

    fn warn(&mut self, clause: &'static str, key: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, clause, key, message);
    }

    fn push(&mut self, severity: Severity, clause: &'static str, key: impl Into<String>, message: impl Into<String>) {
        self.out.push(Finding { severity, clause, subject: self.subject, key: key.into(), message: message.into() });
    }
}

/// Runs every rule. Findings come back in a stable order: by subject, then as found.
pub fn check(input: &CheckInput) -> Vec<Finding> {
    let mut out = Vec::new();
    let dir = Directory::new(input.config);
    check_config(input.config, &mut Sink { out: &mut out, subject: Subject::Config });
    let complaints: BTreeMap<RecordId, &Complaint> =
        input.complaints.iter().map(|f| (f.record.id, &f.record)).collect();
    let capas: BTreeMap<RecordId, &Capa> = input.capas.iter().map(|f| (f.record.id, &f.record)).collect();
    let ctx = Context { input, dir: &dir, complaints, capas };
    for filed in input.complaints {
        let mut sink = Sink { out: &mut out, subject: Subject::Record(filed.record.id) };
        check_filing(filed, &filed.record.id, &mut sink);
        ctx.check_complaint(&filed.record, &mut sink);
    }
    for filed in input.capas {
        let mut sink = Sink { out: &mut out, subject: Subject::Record(filed.record.id) };
        check_filing(filed, &filed.record.id, &mut sink);
        ctx.check_capa(&filed.record, &mut sink);
    }
    ctx.check_attendance(&mut out);
    ctx.check_conducts(&mut out);
    check_unique_ids(input, &mut out);
    out.sort_by_key(|f| f.subject);
    out
}

fn check_filing<T>(filed: &Filed<T>, id: &RecordId, sink: &mut Sink) {
    if filed.file_stem != id.to_string() {
        sink.error(
            "CC-6",
            "id",
            format!("id {id} does not match the file name {}.toml: rename the file or fix the id", filed.file_stem),
        );
    }
    if filed.folder != id.year.to_string() {
        sink.error("CC-6", "id", format!("{id} is filed under {}/ but belongs under {}/", filed.folder, id.year));
    }
}

fn check_unique_ids(input: &CheckInput, out: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    let ids = input
        .complaints
        .iter()
        .map(|f| f.record.id)
        .chain(input.capas.iter().map(|f| f.record.id))
        .chain(input.leaves.iter().map(|f| f.record.id))
        .chain(input.incidents.iter().map(|f| f.record.id))
        .chain(input.dispatches.iter().map(|f| f.record.id))
        .chain(input.conducts.iter().map(|f| f.record.id));
    for id in ids {
        if !seen.insert(id) {
            out.push(Finding {
                severity: Severity::Error,
                clause: "CC-6",
                subject: Subject::Record(id),
                key: "id".into(),
                message: format!("{id} is used by more than one file; ids are never shared or reused"),
            });
        }
    }
}

fn check_config(config: &Config, sink: &mut Sink) {
    let mut rooms = BTreeSet::new();
    for (i, room) in config.rooms.iter().enumerate() {
        if !rooms.insert(room.id.as_str()) {
            sink.error("SC-3.1", format!("rooms.{i}.id"), format!("room id `{}` is listed twice", room.id));
        }
    }
    let mut ids = BTreeSet::new();
    let mut emails = BTreeSet::new();
    for (i, s) in config.staff.iter().enumerate() {
        if !ids.insert(s.id.as_str()) {
            sink.error("SC-3.1", format!("staff.{i}.id"), format!("staff id `{}` is listed twice", s.id));
        }
        if let Some(email) = &s.email
            && !emails.insert(email.to_lowercase())
        {
            sink.error(
                "SC-3.1",
                format!("staff.{i}.email"),
                format!("e-mail `{email}` belongs to more than one person"),
            );
        }
        match (&s.room, s.role.needs_room()) {
            (Some(room), _) if !rooms.contains(room.as_str()) => {
                sink.error(
                    "SC-3.1",
                    format!("staff.{i}.room"),
                    format!("{} ({}) is in unknown room `{room}`", s.id, s.name),
                );
            }
            (None, true) => sink.error(
                "SC-3.1",
                format!("staff.{i}"),
                format!("{} ({}) is {} and needs a `room`", s.id, s.name, s.role),
            ),
            _ => {}
        }
        if s.role == Role::Staff && s.qualified.is_none() {
            sink.warn(
                "SC-3.2",
                format!("staff.{i}"),
                format!(
                    "{} ({}) has no confirmed qualification (`qualified`): may not serve at a window yet",
                    s.id, s.name
                ),
            );
        }
    }
    for room in &config.rooms {
        let heads =
            config.staff.iter().filter(|s| s.role == Role::RoomHead && s.room.as_deref() == Some(&room.id)).count();
        if heads == 0 {
            sink.warn(
                "ATT-3",
                "rooms",
                format!("room `{}` ({}) has no room head to approve leave", room.id, room.name),
            );
        }
    }
    if !config.staff.iter().any(|s| s.role.acts_for_coordination_office()) {
        sink.warn("CC-4.3", "staff", "nobody in the directory works for the coordination office (協調辦)");
    }
    if let Err(message) = config.calendar.build() {
        sink.error("SVC-CAL", "calendar", message);
    }
    let holidays: BTreeSet<Date> = config.calendar.holidays.iter().flat_map(|h| h.days()).collect();
    for (i, d) in config.calendar.makeup_workdays.iter().enumerate() {
        if holidays.contains(d) {
            sink.error(
                "SVC-CAL",
                format!("calendar.makeup_workdays.{i}"),
                format!("{d} is both a holiday and a make-up working day"),
            );
        }
    }
    let mut categories = BTreeSet::new();
    for (i, c) in config.complaints.cause_categories.iter().enumerate() {
        if !categories.insert(c.id.as_str()) {
            sink.error(
                "CC-4.8",
                format!("complaints.cause_categories.{i}.id"),
                format!("cause category `{}` is listed twice", c.id),
            );
        }
    }
}

struct Context<'a> {
    input: &'a CheckInput<'a>,
    dir: &'a Directory,
    complaints: BTreeMap<RecordId, &'a Complaint>,
    capas: BTreeMap<RecordId, &'a Capa>,
}

impl Context<'_> {
    /// The staff id is in the directory; returns its role.
    fn staff(&self, id: &str, key: &str, sink: &mut Sink) -> Option<Role> {
        match self.dir.staff(id) {
            Some(s) => Some(s.role),
            None => {
                sink.error("SC-3.1", key, super::complaint::unknown_staff(id, self.dir));
                None
            }
        }
    }

    fn office(&self, id: &str, key: &str, clause: &'static str, what: &str, sink: &mut Sink) {
        if let Some(role) = self.staff(id, key, sink)
            && !role.acts_for_coordination_office()
        {
            sink.error(clause, key, format!("{what} is the coordination office's step, but {id} is {role}"));
        }
    }

    fn not_future(&self, day: Date, key: &str, sink: &mut Sink) {
        if day > self.input.today {
            sink.warn("CC-6", key, format!("dated {day}, after today ({})", self.input.today));
        }
    }

    fn in_order(&self, earlier: (Date, &str), later: (Date, &str), key: &str, sink: &mut Sink) {
        if later.0 < earlier.0 {
            sink.error("CC-6", key, format!("{} ({}) is before {} ({})", later.1, later.0, earlier.1, earlier.0));
        }
    }

    fn check_complaint(&self, c: &Complaint, sink: &mut Sink) {
        if self.dir.room(&c.room).is_none() {
            sink.error("SC-3.1", "room", format!("unknown room `{}`", c.room));
        }
        self.staff(&c.logged_by, "logged_by", sink);
        self.not_future(c.received, "received", sink);
        if c.status != c.derived_status() {
            sink.error(
                "CC-6",
                "status",
                format!("status is `{}` but the recorded steps say `{}`", c.status, c.derived_status()),
            );
        }
        if let Some(p) = &c.praised {
            self.staff(p, "praised", sink);
            if c.triage.is_some() || c.analysis.is_some() || c.closing.is_some() {
                sink.error("CC-2", "praised", "a praise is not a complaint: it has no triage, analysis or closing");
            }
        }
        if let Some(t) = &c.triage {
            if let Some(role) = self.staff(&t.by, "triage.by", sink) {
                let room = self.dir.staff(&t.by).and_then(|s| s.room.as_deref());
                if !role.acts_for_coordination_office() && room != Some(c.room.as_str()) {
                    sink.error("CC-4.1", "triage.by", format!("{} triaged it, but only the receiving room `{}` or the coordination office judges responsibility", t.by, c.room));
                }
            }
            self.in_order((c.received, "receipt"), (t.on, "triage"), "triage.on", sink);
            if t.responsibility == Responsibility::Customer {
                if t.note.is_none() {
                    sink.error(
                        "CC-4.1",
                        "triage",
                        "the customer's responsibility needs the explanation given (`note`)",
                    );
                }
                if c.analysis.is_some() {
                    sink.error("CC-4.1", "analysis", "a complaint that was the customer's responsibility ends as explained: it has no analysis or CAPA");
                }
            }
        }
        if let Some(a) = &c.analysis {
            if c.triage.as_ref().is_none_or(|t| t.responsibility != Responsibility::Ours) {
                sink.error(
                    "CC-4.3",
                    "analysis",
                    "analysed without being triaged as the centre's responsibility (CC-4.1)",
                );
            }
            self.office(&a.by, "analysis.by", "CC-4.3", "the analysis", sink);
            self.staff(&a.responsible, "analysis.responsible", sink);
            if !self.input.config.complaints.cause_categories.iter().any(|k| k.id == a.cause_category) {
                sink.error(
                    "CC-4.3",
                    "analysis.cause_category",
                    format!(
                        "unknown cause category `{}`: add it to [complaints] in svc.toml or pick a listed one",
                        a.cause_category
                    ),
                );
            }
            if let Some(t) = &c.triage {
                self.in_order((t.on, "triage"), (a.on, "analysis"), "analysis.on", sink);
            }
            match self.capas.get(&a.capa) {
                None => sink.error("CC-4.3", "analysis.capa", format!("CAPA {} does not exist", a.capa)),
                Some(capa) if capa.complaint != c.id => sink.error(
                    "CC-4.3",
                    "analysis.capa",
                    format!("CAPA {} belongs to {}, not to this complaint", a.capa, capa.complaint),
                ),
                Some(_) => {}
            }
        }
        if let Some(cl) = &c.closing {
            self.office(&cl.by, "closing.by", "CC-4.7", "closing a complaint", sink);
            let capa = c.analysis.as_ref().and_then(|a| self.capas.get(&a.capa));
            match capa {
                None if c.analysis.is_none() => {
                    sink.error("CC-4.7", "closing", "closed without an analysis and a CAPA")
                }
                None => {}
                Some(capa) => {
                    if capa.derived_status() != super::capa::CapaStatus::Effective {
                        sink.error(
                            "CC-4.7",
                            "closing",
                            format!("closed although CAPA {} was not verified effective", capa.id),
                        );
                    }
                    if let Some(v) = capa.last_verification_date() {
                        self.in_order((v, "the verification"), (cl.on, "closing"), "closing.on", sink);
                    }
                }
            }
            if c.customer.wants_reply && cl.replied_via.is_none() {
                sink.error("CC-4.7", "closing", "the customer wanted a reply, but none is recorded (`replied_via`)");
            }
            self.not_future(cl.on, "closing.on", sink);
        }
    }

    fn check_capa(&self, capa: &Capa, sink: &mut Sink) {
        if capa.status != capa.derived_status() {
            sink.error(
                "CC-6",
                "status",
                format!("status is `{}` but the recorded steps say `{}`", capa.status, capa.derived_status()),
            );
        }
        self.staff(&capa.responsible, "responsible", sink);
        self.office(&capa.opened_by, "opened_by", "CC-4.3", "opening a CAPA", sink);
        match self.complaints.get(&capa.complaint) {
            None => sink.error("CC-4.3", "complaint", format!("complaint {} does not exist", capa.complaint)),
            Some(c) => match &c.analysis {
                Some(a) if a.capa == capa.id => {
                    if a.responsible != capa.responsible {
                        sink.error(
                            "CC-4.3",
                            "responsible",
                            format!(
                                "the complaint names {} as responsible, this CAPA {}",
                                a.responsible, capa.responsible
                            ),
                        );
                    }
                    if a.on != capa.opened {
                        sink.error(
                            "CC-4.3",
                            "opened",
                            format!("opened {} but the analysis that opened it is dated {}", capa.opened, a.on),
                        );
                    }
                }
                _ => sink.error(
                    "CC-4.3",
                    "complaint",
                    format!("complaint {} does not name this CAPA in its analysis", capa.complaint),
                ),
            },
        }
        if capa.rounds.is_empty() {
            sink.error("CC-4.4", "rounds", "a CAPA has at least one round of actions");
        }
        let last = capa.rounds.len().saturating_sub(1);
        for (i, round) in capa.rounds.iter().enumerate() {
            self.check_round(capa, i, round, i == last, sink);
        }
        self.check_reminders(capa, sink);
        let window = self.input.config.policy.verification_working_days;
        if let Some(overdue) = capa.overdue(self.input.today, self.input.calendar, window) {
            sink.warn(
                overdue.clause(),
                "status",
                format!(
                    "overdue on {}: {overdue}; the coordination office may remind with `svc capa remind {}`",
                    self.input.today, capa.id
                ),
            );
        }
    }

    fn check_round(&self, capa: &Capa, i: usize, round: &Round, is_last: bool, sink: &mut Sink) {
        let at = |rest: &str| format!("rounds.{i}{rest}");
        let n = i + 1;
        for (j, a) in round.actions.iter().enumerate() {
            let key = at(&format!(".actions.{j}"));
            if let Some(role) = self.staff(&a.added_by, &format!("{key}.added_by"), sink)
                && a.added_by != capa.responsible
                && !role.acts_for_coordination_office()
            {
                sink.error(
                    "CC-4.4",
                    format!("{key}.added_by"),
                    format!(
                        "{} added an action, but only the responsible person or the coordination office may",
                        a.added_by
                    ),
                );
            }
            self.in_order((capa.opened, "the CAPA's opening"), (a.added, "the action"), &format!("{key}.added"), sink);
            self.in_order((a.added, "the day it was added"), (a.due, "the planned date"), &format!("{key}.due"), sink);
            if let Some(done) = a.done {
                self.in_order((a.added, "the day it was added"), (done, "done"), &format!("{key}.done"), sink);
                match &a.done_by {
                    Some(by) => {
                        self.staff(by, &format!("{key}.done_by"), sink);
                    }
                    None => sink.error("CC-4.4", format!("{key}.done"), "a done action records who did it (`done_by`)"),
                }
                self.not_future(done, &format!("{key}.done"), sink);
            }
        }
        if let Some(done) = &round.completed {
            if done.by != capa.responsible {
                sink.error(
                    "CC-4.4",
                    at(".completed.by"),
                    format!("completion is reported by the responsible person ({}), not {}", capa.responsible, done.by),
                );
            }
            if !round.actions.iter().any(|a| a.kind == ActionKind::Corrective) {
                sink.error("CC-4.4", at(".completed"), format!("round {n} was completed without a corrective action"));
            }
            for (j, a) in round.actions.iter().enumerate() {
                match a.done {
                    None => sink.error(
                        "CC-4.4",
                        at(&format!(".actions.{j}")),
                        format!("round {n} was completed but action {} is not done", j + 1),
                    ),
                    Some(d) => {
                        self.in_order((d, "an action was done"), (done.on, "completion"), &at(".completed.on"), sink)
                    }
                }
            }
        }
        match (&round.completed, &round.verification) {
            (None, Some(_)) => sink.error(
                "CC-4.5",
                at(".verification"),
                format!("round {n} was verified before completion was reported"),
            ),
            (Some(done), Some(v)) => self.check_verification(done.on, v, &at(".verification"), sink),
            _ => {}
        }
        match (&round.verification, is_last) {
            (Some(v), false) if v.effective => sink.error(
                "CC-4.6",
                at(".verification.effective"),
                format!("round {n} was verified effective, yet another round follows"),
            ),
            (None, false) => {
                sink.error("CC-4.6", at(""), format!("round {n} was never verified, yet another round follows"))
            }
            (Some(v), true) if !v.effective => sink.error(
                "CC-4.6",
                at(".verification.effective"),
                format!(
                    "round {n} was not effective: a new round must follow (`svc capa track {} --action ...`)",
                    capa.id
                ),
            ),
            _ => {}
        }
    }

    fn check_verification(&self, completed: Date, v: &super::capa::Verification, key: &str, sink: &mut Sink) {
        self.office(&v.by, &format!("{key}.by"), "CC-4.5", "verification", sink);
        self.in_order((completed, "completion"), (v.on, "verification"), &format!("{key}.on"), sink);
        self.not_future(v.on, &format!("{key}.on"), sink);
        let window = self.input.config.policy.verification_working_days;
        let deadline = self.input.calendar.add_working_days(completed, window);
        if v.deadline != deadline {
            sink.error("CC-4.5", format!("{key}.deadline"), format!("deadline is {} but {window} working days after completion ({completed}) is {deadline} on the centre's calendar", v.deadline));
        }
        let late = v.on > deadline;
        if v.late != late {
            sink.error(
                "CC-4.5",
                format!("{key}.late"),
                format!("`late = {}` but verified {} with deadline {deadline}", v.late, v.on),
            );
        } else if late {
            let over = self.input.calendar.working_days_between(deadline, v.on);
            sink.warn(
                "CC-4.5",
                format!("{key}.on"),
                format!("verified {} working day(s) late: due by {deadline}, verified {}", over, v.on),
            );
        }
    }

    fn check_reminders(&self, capa: &Capa, sink: &mut Sink) {
        let mut previous = capa.opened;
        for (i, r) in capa.reminders.iter().enumerate() {
            let key = format!("reminders.{i}");
            if r.number as usize != i + 1 {
                sink.error("RP-2", format!("{key}.number"), format!("reminder {} is numbered {}", i + 1, r.number));
            }
            self.office(&r.by, &format!("{key}.by"), "RP-2", "a reminder (催辦)", sink);
            self.in_order((previous, "the previous step"), (r.on, "the reminder"), &format!("{key}.on"), sink);
            previous = r.on;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::*;

    fn filed<T>(record: T, id: RecordId) -> Filed<T> {
        Filed { record, file_stem: id.to_string(), folder: id.year.to_string() }
    }

    fn run(complaints: Vec<Complaint>, capas: Vec<Capa>) -> Vec<Finding> {
        let config = config();
        let calendar = config.calendar.build().unwrap();
        let complaints: Vec<_> = complaints
            .into_iter()
            .map(|c| {
                let id = c.id;
                filed(c, id)
            })
            .collect();
        let capas: Vec<_> = capas
            .into_iter()
            .map(|c| {
                let id = c.id;
                filed(c, id)
            })
            .collect();
        check(&CheckInput {
            config: &config,
            calendar: &calendar,
            complaints: &complaints,
            capas: &capas,
            leaves: &[],
            incidents: &[],
            dispatches: &[],
            conducts: &[],
            today: day("2026-03-31"),
        })
        .into_iter()
        .filter(|f| f.subject != Subject::Config)
        .collect()
    }

    fn clauses(findings: &[Finding]) -> Vec<(&'static str, String)> {
        findings.iter().map(|f| (f.clause, f.key.clone())).collect()
    }

    fn closed_pair() -> (Complaint, Capa) {
        let dir = directory();
        let mut c = accepted(&dir);
        let mut capa = c
            .analyse(staff(&dir, "S01"), day("2026-03-03"), analysis_input(), capa_id(1), &dir, &categories())
            .unwrap();
        run_capa_to_effective(&mut capa, &dir);
        c.close(
            staff(&dir, "S01"),
            day("2026-03-20"),
            &capa,
            "已改正".into(),
            Some(super::super::complaint::Channel::Phone),
        )
        .unwrap();
        (c, capa)
    }

    #[test]
    fn a_complaint_taken_through_the_workflow_is_clean() {
        let (c, capa) = closed_pair();
        assert_eq!(run(vec![c], vec![capa]), vec![]);
    }

    #[test]
    fn config_in_the_fixture_reports_the_unqualified_window_staff() {
        let config = config();
        let calendar = config.calendar.build().unwrap();
        let findings = check(&CheckInput {
            config: &config,
            calendar: &calendar,
            complaints: &[],
            capas: &[],
            leaves: &[],
            incidents: &[],
            dispatches: &[],
            conducts: &[],
            today: day("2026-03-31"),
        });
        assert!(findings.iter().any(|f| f.clause == "SC-3.2" && f.key == "staff.3"), "{findings:?}");
        assert!(findings.iter().any(|f| f.clause == "ATT-3" && f.message.contains("R2")), "R2 has no room head");
    }

    #[test]
    fn cc_4_7_closed_without_effective_verification() {
        let (c, mut capa) = closed_pair();
        capa.rounds[0].verification.as_mut().unwrap().effective = false;
        let findings = run(vec![c], vec![capa]);
        let got = clauses(&findings);
        assert!(got.contains(&("CC-4.7", "closing".into())), "{got:?}");
        assert!(got.contains(&("CC-4.6", "rounds.0.verification.effective".into())), "{got:?}");
        assert!(got.contains(&("CC-6", "status".into())), "CAPA status no longer agrees: {got:?}");
    }

    #[test]
    fn cc_4_5_late_flag_must_agree_with_the_calendar() {
        let (c, mut capa) = closed_pair();
        capa.rounds[0].verification.as_mut().unwrap().on = day("2026-03-16");
        let got = clauses(&run(vec![c.clone()], vec![capa.clone()]));
        assert!(got.contains(&("CC-4.5", "rounds.0.verification.late".into())), "{got:?}");
        capa.rounds[0].verification.as_mut().unwrap().late = true;
        let findings = run(vec![c], vec![capa]);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].severity, Severity::Warning);
        assert!(findings[0].message.contains("late"), "{findings:?}");
    }

    #[test]
    fn links_must_resolve_both_ways() {
        let (c, mut capa) = closed_pair();
        capa.complaint = cmp(9);
        let got = clauses(&run(vec![c], vec![capa]));
        assert!(got.contains(&("CC-4.3", "analysis.capa".into())), "{got:?}");
        assert!(got.contains(&("CC-4.3", "complaint".into())), "{got:?}");
    }

    #[test]
    fn unknown_staff_and_rooms_are_errors() {
        let (mut c, capa) = closed_pair();
        c.room = "R7".into();
        c.logged_by = "S99".into();
        let got = clauses(&run(vec![c], vec![capa]));
        assert!(got.contains(&("SC-3.1", "room".into())), "{got:?}");
        assert!(got.contains(&("SC-3.1", "logged_by".into())), "{got:?}");
    }

    #[test]
    fn id_must_match_file_and_folder() {
        let (c, capa) = closed_pair();
        let config = config();
        let calendar = config.calendar.build().unwrap();
        let complaints = vec![Filed { record: c, file_stem: "CMP-2026-0002".into(), folder: "2025".into() }];
        let capas = vec![filed(capa, capa_id(1))];
        let findings = check(&CheckInput {
            config: &config,
            calendar: &calendar,
            complaints: &complaints,
            capas: &capas,
            leaves: &[],
            incidents: &[],
            dispatches: &[],
            conducts: &[],
            today: day("2026-03-31"),
        });
        let messages: Vec<_> = findings.iter().filter(|f| f.key == "id").map(|f| f.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
    }

    #[test]
    fn overdue_capa_is_warned() {
        let dir = directory();
        let mut capa = new_capa(&dir);
        capa.add_action(staff(&dir, "S03"), day("2026-03-03"), ActionKind::Corrective, "x".into(), day("2026-03-05"))
            .unwrap();
        let mut c = accepted(&dir);
        let _ = c
            .analyse(staff(&dir, "S01"), day("2026-03-03"), analysis_input(), capa_id(1), &dir, &categories())
            .unwrap();
        let findings = run(vec![c], vec![capa]);
        assert_eq!(clauses(&findings), vec![("CC-4.4", "status".to_string())]);
        assert_eq!(findings[0].severity, Severity::Warning);
    }
}
