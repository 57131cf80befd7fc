//! `svc generate DIR --records N`: a realistic centre for benchmarks and tests, built with
//! the domain's own steps so every record is what svc would have written: complaints in
//! every stage with their CAPAs (second rounds, late verifications, reminders), leave slips,
//! incidents, the monthly dispatches and conduct records with evidence. Deterministic from
//! `--seed`; any size (the years it spans grow with it). Hidden from `--help`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use clap::Args as ClapArgs;
use rayon::prelude::*;

use crate::domain::attendance::{Dispatch, Incident, IncidentInput, IncidentKind, Recipient};
use crate::domain::calendar::Calendar;
use crate::domain::capa::ActionKind;
use crate::domain::complaint::{AnalysisInput, Channel, Complaint, Customer, Intake, Reply, Responsibility};
use crate::domain::conduct::{Conduct, ConductKind, Evidence, Ground, Proposal};
use crate::domain::config::{Centre, Config, Role, Room, Staff};
use crate::domain::date::{Date, DateTime, Month};
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::leave::{Leave, LeaveKind, LeaveRequest};
use crate::store::edit::render_new;
use crate::store::repo::{CONFIG_FILE, RECORDS_DIR};

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// An empty (or new) folder for the centre.
    dir: PathBuf,
    /// About how many record files to write, of every kind.
    #[arg(long, default_value_t = 10_000)]
    records: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Take the text of the forms and CAPAs (summaries, causes, actions, results, replies,
    /// customers) from the records of this centre (the demo's `records/`), so the corpus
    /// carries the text real forms do; without it the text is short and made up.
    #[arg(long, value_name = "DIR")]
    text_from: Option<PathBuf>,
}

/// Texts people wrote on real forms and CAPAs, each kind of field its own pool.
#[derive(Default)]
struct Texts {
    summaries: Vec<String>,
    customers: Vec<String>,
    contacts: Vec<String>,
    explanations: Vec<String>,
    causes: Vec<String>,
    results: Vec<String>,
    replies: Vec<String>,
    corrective: Vec<String>,
    preventive: Vec<String>,
    verified: Vec<String>,
    not_effective: Vec<String>,
}

impl Texts {
    /// The pools of every complaint and CAPA under `dir/records`.
    fn read(dir: &Path) -> Result<Texts> {
        let repo = crate::store::repo::Repo::open(dir)?;
        let mut t = Texts::default();
        for c in repo.records::<Complaint>(RecordKind::Complaint)? {
            t.summaries.push(c.summary.into());
            t.customers.extend(c.customer.name.map(String::from));
            t.contacts.extend(c.customer.contact.map(String::from));
            t.explanations.extend(c.triage.and_then(|tr| tr.note).map(String::from));
            if let Some(a) = c.analysis {
                t.causes.push(a.cause.into());
            }
            if let Some(cl) = c.closing {
                t.results.push(cl.result.into());
                t.replies.extend(cl.reply.map(|r| r.text.into()));
            }
        }
        for capa in repo.records::<crate::domain::capa::Capa>(RecordKind::Capa)? {
            for round in capa.rounds {
                for a in round.actions {
                    match a.kind {
                        ActionKind::Corrective => t.corrective.push(a.text.into()),
                        ActionKind::Preventive => t.preventive.push(a.text.into()),
                    }
                }
                if let Some(v) = round.verification {
                    if v.effective { t.verified.push(v.note.into()) } else { t.not_effective.push(v.note.into()) }
                }
            }
        }
        Ok(t)
    }
}

/// xorshift64*: small, fast, and the same numbers everywhere for a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const ROOMS: usize = 8;
const STAFF_PER_ROOM: usize = 8;

fn staff(id: String, name: String, role: Role, room: Option<String>, since: i32) -> Staff {
    let email = Some(format!("{}@centre.example", id.to_lowercase()));
    Staff {
        id: id.into(),
        name,
        role,
        room: room.map(Into::into),
        unit: Some("商務局".into()),
        qualified: Date::from_ymd(since - 1, 1, 1),
        email,
        signing_key: None,
    }
}

fn config(first_year: i32) -> Config {
    let mut config: Config = toml::from_str(&format!("[centre]\nname = \"生成中心 {first_year}\"\n")).unwrap();
    config.centre = Centre { name: "生成的服務中心".into(), lang: None, timezone: None };
    for r in 1..=ROOMS {
        let posts = vec![crate::domain::config::Post {
            name: "窗口崗".into(), duties: vec!["受理並審核材料".into()]
        }];
        config.rooms.push(Room { id: format!("R{r}").into(), name: format!("第{r}室"), functions: None, posts });
        config.staff.push(staff(
            format!("S{r}0"),
            format!("室長{r}"),
            Role::RoomHead,
            Some(format!("R{r}")),
            first_year,
        ));
        for s in 1..=STAFF_PER_ROOM {
            config.staff.push(staff(
                format!("S{r}{s}"),
                format!("職員{r}-{s}"),
                Role::Staff,
                Some(format!("R{r}")),
                first_year,
            ));
        }
    }
    config.staff.push(staff("S01".into(), "協調辦主任".into(), Role::CoordinationOfficeHead, None, first_year));
    config.staff.push(staff("S02".into(), "協調辦甲".into(), Role::CoordinationOffice, None, first_year));
    config.staff.push(staff("S03".into(), "協調辦乙".into(), Role::CoordinationOffice, None, first_year));
    config.staff.push(staff("D01".into(), "副主任".into(), Role::DeputyDirector, None, first_year));
    config.staff.push(staff("D02".into(), "常務副主任".into(), Role::ExecutiveDeputyDirector, None, first_year));
    // A generated centre works every weekday: its calendar, holidays none, is declared
    // complete for the years its records count working time in (and the next).
    config.calendar.years = (first_year..=2027).collect();
    config
}

/// The records of a centre, as they would be written.
#[derive(Default)]
struct Out {
    files: Vec<(RecordId, String)>,
    seq: BTreeMap<(RecordKind, i32), u32>,
}

impl Out {
    fn id(&mut self, kind: RecordKind, year: i32) -> RecordId {
        let n = self.seq.entry((kind, year)).or_insert(0);
        *n += 1;
        RecordId::new(kind, year, *n)
    }

    fn put<T: serde::Serialize>(&mut self, id: RecordId, record: &T) -> Result<()> {
        self.files.push((id, render_new(id.kind, record)?));
        Ok(())
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    if args.dir.join(CONFIG_FILE).exists() {
        bail!("{}", crate::t!("generate-not-empty", dir = args.dir.display()));
    }
    let years = 1 + args.records / 60_000;
    let first_year = 2026 - years as i32 + 1;
    let config = config(first_year);
    let calendar = config.calendar.build().map_err(anyhow::Error::msg)?;
    let mut g = Generator {
        rng: Rng(args.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1),
        calendar,
        days: Vec::new(),
        out: Out::default(),
        config: config.clone(),
        busy: BTreeSet::new(),
        box_forms: BTreeMap::new(),
        texts: args.text_from.as_deref().map(Texts::read).transpose()?,
        text_rng: Rng(args.seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1),
    };
    let start = Date::from_ymd(first_year, 1, 5).unwrap();
    let end = Date::from_ymd(2026, 11, 27).unwrap();
    let mut d = start;
    while d <= end {
        if g.calendar.is_working_day(d) {
            g.days.push(d);
        }
        d = d.succ();
    }
    let target = args.records;
    // Of the files: ~40% complaints, ~30% CAPAs, ~15% leave, ~12% incidents, the rest
    // dispatches and conduct records.
    for _ in 0..(target * 40 / 100).max(1) {
        g.complaint()?;
    }
    for _ in 0..(target * 15 / 100) {
        g.leave()?;
    }
    for _ in 0..(target * 12 / 100) {
        g.incident()?;
    }
    g.dispatches(start, end)?;
    g.collections()?;
    g.conduct((target / 200).max(1))?;
    g.inspections((target / 50).max(1))?;
    g.documents((target / 100).max(1))?;
    g.training()?;
    g.reviews(first_year)?;
    write(&args.dir, &config, &g.out.files)?;
    let (n, dir) = (g.out.files.len(), args.dir.display());
    errln!("{}", crate::t!("generate-wrote", n = n, years = years, dir = dir, end = end));
    Ok(ExitCode::SUCCESS)
}

struct Generator {
    rng: Rng,
    calendar: Calendar,
    days: Vec<Date>,
    out: Out,
    config: Config,
    /// (staff, day): on leave or with an incident that day.
    busy: BTreeSet<(String, Date)>,
    /// Box forms logged against each day's collection (CC-4.2).
    box_forms: BTreeMap<Date, u32>,
    /// Real text for the forms and CAPAs (`--text-from`), else the made-up defaults.
    texts: Option<Texts>,
    /// Draws the texts: apart from `rng`, so a seed gives the same records either way.
    text_rng: Rng,
}

impl Generator {
    fn person(&self, id: &str) -> Staff {
        self.config.staff.iter().find(|s| s.id == id).cloned().expect("in the generated directory")
    }

    fn room_staff(&mut self, room: usize) -> String {
        format!("S{room}{}", 1 + self.rng.below(STAFF_PER_ROOM))
    }

    /// A working day with `room` working days after it still before the end.
    fn day(&mut self, room: usize) -> Date {
        let last = self.days.len().saturating_sub(room + 1).max(1);
        self.days[self.rng.below(last)]
    }

    /// A text of the pool `pool` chooses from the real texts, else `made_up`.
    fn text(&mut self, pool: fn(&Texts) -> &Vec<String>, made_up: &str) -> String {
        let Some(pool) = self.texts.as_ref().map(pool).filter(|p| !p.is_empty()) else {
            return made_up.to_string();
        };
        let n = pool.len();
        pool[(self.text_rng.next() % n as u64) as usize].clone()
    }

    fn after(&self, day: Date, n: u32) -> Date {
        self.calendar.add_working_days(day, n)
    }

    fn complaint(&mut self) -> Result<()> {
        let room = 1 + self.rng.below(ROOMS);
        let clerk = self.room_staff(room);
        let office = ["S02", "S03"][self.rng.below(2)];
        let received = self.day(30);
        let wants_reply = self.rng.chance(40);
        let channel =
            [Channel::InPerson, Channel::Phone, Channel::Box, Channel::Letter, Channel::Email][self.rng.below(5)];
        let intake = Intake {
            received,
            channel,
            collected: (channel == Channel::Box).then_some(received),
            room: format!("R{room}"),
            summary: {
                let made_up = format!("第{room}室窗口服務問題 #{}", self.rng.below(1000));
                self.text(|t| &t.summaries, &made_up)
            },
            remedy: None,
            customer: Customer {
                name: Some(self.text(|t| &t.customers, "客戶").into()),
                contact: self.texts.is_some().then(|| self.text(|t| &t.contacts, "").into()),
                wants_reply,
            },
            praised: None,
            // The clerk at the window is named on about half the forms taken in person.
            complained_about: if channel == Channel::InPerson && self.rng.chance(50) {
                vec![clerk.clone()]
            } else {
                vec![]
            },
        };
        if channel == Channel::Box {
            *self.box_forms.entry(received).or_default() += 1;
        }
        let id = self.out.id(RecordKind::Complaint, received.year());
        let mut form = Complaint::open(id, intake, &self.person(&clerk));
        let stage = self.rng.below(100);
        if stage < 5 {
            return self.out.put(id, &form);
        }
        let clerk_staff = self.person(&clerk);
        let office_staff = self.person(office);
        if stage < 15 {
            let explained = self.text(|t| &t.explanations, "已向客戶說明規定");
            form.triage(&clerk_staff, received, Responsibility::Customer, Some(explained), None)?;
            return self.out.put(id, &form);
        }
        form.triage(&clerk_staff, received, Responsibility::Ours, None, None)?;
        if stage < 20 {
            return self.out.put(id, &form);
        }
        let analysed = self.after(received, 1);
        let categories = ["attitude", "delay", "error", "information", "procedure", "facility", "other"];
        let category = categories[(self.rng.below(100) * self.rng.below(100) / 1500).min(6)];
        let capa_id = self.out.id(RecordKind::Capa, analysed.year());
        let input = AnalysisInput {
            cause_category: category.into(),
            cause: self.text(|t| &t.causes, "原因分析"),
            responsible: clerk.clone(),
            interview: None,
            complained_about: None,
        };
        let mut capa = form.analyse(&office_staff, analysed, input, capa_id)?;
        let done = self.after(analysed, 2);
        let (corrective, preventive) =
            (self.text(|t| &t.corrective, "改正並致歉"), self.text(|t| &t.preventive, "納入培訓"));
        capa.add_action(&clerk_staff, analysed, ActionKind::Corrective, corrective, self.after(analysed, 3))?;
        capa.add_action(&clerk_staff, analysed, ActionKind::Preventive, preventive, self.after(analysed, 5))?;
        if stage < 25 {
            // Overdue, reminded once or twice.
            let reminded = self.after(analysed, 6);
            let config = &self.config;
            let written = |o: &crate::domain::capa::Overdue| super::capa::written(config, o);
            capa.remind(&office_staff, reminded, self.after(reminded, 1), None, written)?;
            if self.rng.chance(40) {
                let again = self.after(reminded, 3);
                capa.remind(&office_staff, again, self.after(again, 2), None, written)?;
            }
            self.out.put(capa_id, &capa)?;
            return self.out.put(id, &form);
        }
        capa.mark_done(&clerk_staff, done, 1)?;
        capa.mark_done(&clerk_staff, done, 2)?;
        capa.complete(&clerk_staff, done)?;
        if stage < 30 {
            self.out.put(capa_id, &capa)?;
            return self.out.put(id, &form);
        }
        let window = self.config.policy.verification_working_days;
        let verified = if self.rng.chance(5) { self.after(done, 7) } else { self.after(done, 3) };
        let mut last = verified;
        if self.rng.chance(10) {
            let found = self.text(|t| &t.not_effective, "再次發生");
            capa.verify(&office_staff, verified, false, found, &self.calendar, window)?;
            capa.add_action(
                &clerk_staff,
                verified,
                ActionKind::Corrective,
                "加強覆核".into(),
                self.after(verified, 2),
            )?;
            capa.add_action(
                &clerk_staff,
                verified,
                ActionKind::Preventive,
                "覆核要點納入培訓".into(),
                self.after(verified, 2),
            )?;
            let again = self.after(verified, 1);
            capa.mark_done(&clerk_staff, again, 1)?;
            capa.mark_done(&clerk_staff, again, 2)?;
            capa.complete(&clerk_staff, again)?;
            last = self.after(again, 2);
        }
        let found = self.text(|t| &t.verified, "抽查有效");
        capa.verify(&office_staff, last, true, found, &self.calendar, window)?;
        let reply_text = self.text(|t| &t.replies, "已電話回覆");
        let reply = wants_reply.then_some(Reply { on: last, via: Channel::Phone, text: reply_text.into() });
        let result = self.text(|t| &t.results, "已改正");
        form.close(&office_staff, last, result, reply)?;
        self.out.put(capa_id, &capa)?;
        self.out.put(id, &form)
    }

    fn leave(&mut self) -> Result<()> {
        let room = 1 + self.rng.below(ROOMS);
        let who = self.room_staff(room);
        let day = self.day(5);
        if self.busy.contains(&(who.clone(), day)) {
            return Ok(());
        }
        let requested = self.days.iter().rev().find(|d| **d < day).copied().unwrap_or(day);
        let applicant = self.person(&who);
        let kind = [LeaveKind::Personal, LeaveKind::Sick][self.rng.below(2)];
        let request = LeaveRequest {
            kind,
            from: DateTime::at(day, 9 * 60),
            to: DateTime::at(day, 17 * 60 + 30),
            reason: "家中有事".into(),
            retroactive: false,
        };
        let id = self.out.id(RecordKind::Leave, requested.year());
        let mut slip =
            Leave::request(id, &applicant, &applicant, request, requested, &self.calendar, &self.config.policy)?;
        slip.approve(&self.person(&format!("S{room}0")), requested, None, None)?;
        self.busy.insert((who, day));
        self.out.put(id, &slip)
    }

    fn incident(&mut self) -> Result<()> {
        let room = 1 + self.rng.below(ROOMS);
        let who = self.room_staff(room);
        let day = self.day(1);
        if !self.busy.insert((who.clone(), day)) {
            return Ok(());
        }
        let kind = [IncidentKind::Late, IncidentKind::Early][self.rng.below(2)];
        let id = self.out.id(RecordKind::Incident, day.year());
        let input = IncidentInput { kind, date: day, minutes: Some(10), note: None, correction: None };
        let record = Incident::record(id, &self.person(&who), &self.person(&format!("S{room}0")), input, day);
        self.out.put(id, &record)
    }

    fn dispatches(&mut self, start: Date, end: Date) -> Result<()> {
        let mut month = Month::of(start);
        while month.next().first_day() <= end {
            let on = self.days.iter().find(|d| **d > month.last_day()).copied();
            let Some(on) = on.filter(|d| *d <= end) else { break };
            for room in 1..=ROOMS {
                for &to in <Recipient as crate::domain::token::Token>::ALL {
                    let id = self.out.id(RecordKind::Dispatch, on.year());
                    let head = self.person(&format!("S{room}0"));
                    let d = Dispatch::record(id, month, &format!("R{room}"), to, &head, on, None);
                    self.out.put(id, &d)?;
                }
            }
            month = month.next();
        }
        Ok(())
    }

    /// The complaint box emptied every working day of the period by the coordination
    /// office, with the box forms logged against each collection.
    fn collections(&mut self) -> Result<()> {
        let office = [self.person("S02"), self.person("S03")];
        for (i, day) in self.days.clone().into_iter().enumerate() {
            let id = self.out.id(RecordKind::Collection, day.year());
            let forms = self.box_forms.get(&day).copied().unwrap_or(0);
            let c = crate::domain::collection::Collection::record(id, &office[i % 2], day, forms, None);
            self.out.put(id, &c)?;
        }
        Ok(())
    }

    /// Inspections at the posts (SC-4.1) by the coordination office: good and breaches.
    fn inspections(&mut self, count: usize) -> Result<()> {
        use crate::domain::inspection::{ConductRule, Inspection};
        for n in 0..count {
            let room = 1 + self.rng.below(ROOMS);
            let staff = self.room_staff(room);
            let on = self.day(0);
            let all = <ConductRule as crate::domain::token::Token>::ALL;
            let rule = all[self.rng.below(all.len())];
            let id = self.out.id(RecordKind::Inspection, on.year());
            let i = Inspection::record(id, &self.person("S02"), &staff, on, rule, n % 3 == 0, "巡查所見".into());
            self.out.put(id, &i)?;
        }
        Ok(())
    }

    /// Documents through the register (RP-2 P3): received, lent to a room head, signed for,
    /// returned and archived; now and then one lost.
    fn documents(&mut self, count: usize) -> Result<()> {
        use crate::domain::document::{Arrival, Document, Harm};
        let office = self.person("S02");
        for n in 0..count {
            let on = self.day(4);
            let id = self.out.id(RecordKind::Document, on.year());
            let arrival =
                Arrival {
                    title: format!("通知 {n}"), from: "上級部門".into(), number: None, kept: "文件櫃".into()
                };
            let mut d = Document::receive(id, &office, on, arrival);
            let room = 1 + self.rng.below(ROOMS);
            let head = self.person(&format!("S{room}0"));
            d.hand_over(&office, on, &head.id)?;
            d.sign(&head, on)?;
            if n % 10 == 9 {
                d.lose(&office, self.after(on, 2), Harm::Lost, &head.id, "借閱後遺失".into())?;
            } else {
                d.give_back(self.after(on, 1))?;
                d.close(&office, self.after(on, 2))?;
            }
            self.out.put(id, &d)?;
        }
        Ok(())
    }

    /// Each window clerk trained and confirmed (SC-3.2) on the first day of the period.
    fn training(&mut self) -> Result<()> {
        use crate::domain::training::{Qualification, Training};
        let office = self.person("S02");
        let first = self.days[0];
        let clerks: Vec<String> = self
            .config
            .staff
            .iter()
            .filter(|s| s.role == crate::domain::config::Role::Staff)
            .map(|s| s.id.to_string())
            .collect();
        for (n, staff) in clerks.iter().enumerate() {
            let id = self.out.id(RecordKind::Training, first.year());
            self.out.put(id, &Training::record(id, &office, staff, first, "窗口業務".into(), 8.0))?;
            let id = self.out.id(RecordKind::Qualification, first.year());
            self.out.put(id, &Qualification::confirm(id, &office, staff, first, format!("窗-{n:04}")))?;
        }
        Ok(())
    }

    /// Every ended year's statistics submitted to the management review (CC-4.8) early in
    /// the next year, with the figures the generated records give.
    fn reviews(&mut self, first_year: i32) -> Result<()> {
        let complaints: Vec<Complaint> = self
            .out
            .files
            .iter()
            .filter(|(id, _)| id.kind == RecordKind::Complaint)
            .filter_map(|(_, t)| toml::from_str(t).ok())
            .collect();
        let capas: Vec<crate::domain::capa::Capa> = self
            .out
            .files
            .iter()
            .filter(|(id, _)| id.kind == RecordKind::Capa)
            .filter_map(|(_, t)| toml::from_str(t).ok())
            .collect();
        let head = self.person("S01");
        for year in first_year..2026 {
            let Some(day) = self.days.iter().copied().find(|d| d.year() == year + 1) else { continue };
            let (complaints, capas) = crate::domain::stats::facts(&complaints, &capas, day);
            let report = crate::domain::stats::yearly(&crate::domain::stats::YearInput {
                year,
                today: day,
                complaints: &complaints,
                capas: &capas,
                calendar: &self.calendar,
                config: &self.config,
            });
            let id = self.out.id(RecordKind::Review, day.year());
            self.out.put(id, &crate::domain::review::Review::submit(id, &head, day, &report, None, None))?;
        }
        Ok(())
    }

    /// P1 criticisms resting on a complaint of the person, decided the next day.
    fn conduct(&mut self, count: usize) -> Result<()> {
        let analysed: Vec<(RecordId, String, Date)> = self
            .out
            .files
            .iter()
            .filter(|(id, _)| id.kind == RecordKind::Complaint)
            .filter_map(|(id, text)| {
                // P1 falls on a person complained about for their conduct (RP-2, as read).
                let c: Complaint = toml::from_str(text).ok()?;
                let a = c.analysis?;
                let who = a.complained_about.as_ref()?.first()?.to_string();
                self.config.complaints.is_conduct(&a.cause_category).then_some((*id, who, a.on))
            })
            .collect();
        for _ in 0..count.min(analysed.len()) {
            let (evidence, who, on) = analysed[self.rng.below(analysed.len())].clone();
            let proposed = self.after(on, 1);
            let id = self.out.id(RecordKind::Conduct, proposed.year());
            let proposal = Proposal {
                kind: ConductKind::Criticism,
                ground: Ground::P1,
                note: "服務態度".into(),
                evidence: vec![Evidence::Record(evidence)],
            };
            let mut c = Conduct::propose(id, &self.person(&who), &self.person("S02"), proposal, proposed);
            c.decide(&self.person("D01"), self.after(proposed, 1), true, None)?;
            self.out.put(id, &c)?;
        }
        Ok(())
    }
}

fn write(dir: &Path, config: &Config, files: &[(RecordId, String)]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| crate::t!("io-cannot-create", path = dir.display()))?;
    std::fs::write(dir.join(CONFIG_FILE), toml::to_string(config)?)?;
    let folders: BTreeSet<PathBuf> =
        files.iter().map(|(id, _)| dir.join(RECORDS_DIR).join(id.kind.folder()).join(id.year.to_string())).collect();
    for f in &folders {
        std::fs::create_dir_all(f)?;
    }
    files.par_iter().try_for_each(|(id, text)| {
        let path = dir.join(RECORDS_DIR).join(id.kind.folder()).join(id.year.to_string()).join(id.file_name());
        std::fs::write(&path, text).with_context(|| crate::t!("io-cannot-write", path = path.display()))
    })
}

#[derive(Debug, ClapArgs)]
pub struct FloorArgs {
    /// The repository to read.
    dir: PathBuf,
}

/// `svc floor DIR`: the floor the benchmarks compare with: walk records/, read every file
/// and parse it as TOML (no typing, no rules), in parallel as svc does. Hidden from `--help`.
pub fn floor(args: FloorArgs) -> Result<ExitCode> {
    let mut files = Vec::new();
    let mut stack = vec![args.dir.join(RECORDS_DIR)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| crate::t!("io-cannot-list", path = dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    let parsed: usize = files
        .par_iter()
        .map(|p| {
            std::fs::read_to_string(p).ok().and_then(|t| t.parse::<toml::Table>().ok()).map_or(0, |t| t.len().min(1))
        })
        .sum();
    errln!("{}", crate::t!("floor-read", n = files.len(), parsed = parsed));
    Ok(ExitCode::SUCCESS)
}
