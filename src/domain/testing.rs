//! Fixtures shared by the domain's unit tests.

use super::calendar::Calendar;
use super::capa::{ActionKind, Capa};
use super::complaint::{AnalysisInput, Channel, Complaint, Customer, Intake, Responsibility};
use super::config::{Config, Directory, Staff};
use super::date::Date;
use super::id::{RecordId, RecordKind};
use super::leave::{Leave, LeaveRequest};
use super::refusal::Refusal;
use super::rules::{self, Centre, Finding, Kind, Records};

pub const CONFIG: &str = r#"
[centre]
name = "測試中心"

[[rooms]]
id = "R1"
name = "一室"

[[rooms]]
id = "R2"
name = "二室"

[[staff]]
id = "S01"
name = "陳協調"
role = "coordination-office"

[[staff]]
id = "S02"
name = "李主任"
role = "coordination-office-head"

[[staff]]
id = "S03"
name = "王窗口"
role = "staff"
room = "R1"
qualified = 2025-01-01

[[staff]]
id = "S04"
name = "新人"
role = "staff"
room = "R1"

[[staff]]
id = "S05"
name = "張二室"
role = "staff"
room = "R2"
qualified = 2025-01-01

[[staff]]
id = "S06"
name = "趙室長"
role = "room-head"
room = "R1"

[[staff]]
id = "D01"
name = "副主任"
role = "deputy-director"

[[staff]]
id = "D02"
name = "常務副主任"
role = "executive-deputy-director"

[calendar]
makeup_workdays = [2026-02-14]

[[calendar.holidays]]
name = "國慶"
from = 2025-10-01
to = 2025-10-08

[[calendar.holidays]]
name = "元旦"
from = 2026-01-01

[[calendar.holidays]]
name = "春節"
from = 2026-02-16
"#;

pub fn config() -> Config {
    toml::from_str(CONFIG).unwrap()
}

/// What was overdue, in words, as a reminder's file says it (the tests' centre writes in
/// Traditional Chinese).
pub fn overdue_text(overdue: &crate::domain::capa::Overdue) -> String {
    overdue.msg().render(crate::i18n::Lang::ZhHant)
}

pub fn day(s: &str) -> Date {
    s.parse().unwrap()
}

pub fn cmp(seq: u32) -> RecordId {
    RecordId::new(RecordKind::Complaint, 2026, seq)
}

pub fn capa_id(seq: u32) -> RecordId {
    RecordId::new(RecordKind::Capa, 2026, seq)
}

pub fn categories() -> Vec<String> {
    config().complaints.cause_categories.into_iter().map(|c| c.id.into()).collect()
}

pub fn intake() -> Intake {
    Intake {
        received: day("2026-03-02"),
        channel: Channel::Phone,
        collected: None,
        room: "R1".into(),
        summary: "窗口態度差".into(),
        remedy: None,
        customer: Customer { name: Some("王先生".into()), contact: None, wants_reply: true },
        praised: None,
        complained_about: vec!["S03".into()],
    }
}

pub fn analysis_input() -> AnalysisInput {
    AnalysisInput {
        cause_category: "attitude".into(),
        cause: "語氣生硬".into(),
        responsible: "S03".into(),
        interview: None,
        complained_about: None,
    }
}

/// A centre with its records in memory: steps go through the same rules as the CLI's.
pub struct Bench {
    pub config: Config,
    pub dir: Directory,
    pub calendar: Calendar,
    pub records: Records,
}

impl Bench {
    pub fn new() -> Bench {
        let config = config();
        let dir = Directory::new(&config);
        let calendar = config.calendar.build().unwrap();
        Bench { config, dir, calendar, records: Records::default() }
    }

    pub fn centre(&self) -> Centre<'_> {
        Centre { config: &self.config, dir: &self.dir, calendar: &self.calendar }
    }

    pub fn who(&self, id: &str) -> Staff {
        self.dir.staff(id).unwrap().clone()
    }

    /// Files a new record if the rules admit it.
    pub fn admit<T: Kind>(&mut self, record: T, today: Date) -> Result<RecordId, Refusal> {
        rules::admit(&record, self.records.clone(), self.centre(), today)?;
        let id = record.id();
        self.records.put(record);
        Ok(id)
    }

    /// One step on a filed record, checked by every rule; a refusal changes nothing.
    pub fn step<T: Kind, R>(
        &mut self,
        id: RecordId,
        today: Date,
        step: impl FnOnce(&mut T) -> Result<R, Refusal>,
    ) -> Result<R, Refusal> {
        let mut record = self.get::<T>(id);
        let out = rules::apply(&mut record, self.records.clone(), self.centre(), today, step)?;
        self.records.put(record);
        Ok(out)
    }

    pub fn get<T: Kind>(&self, id: RecordId) -> T {
        T::slot(&self.records).iter().find(|f| f.record.id() == id).expect("filed").record.clone()
    }

    /// Every finding of `svc check` as of `today`, svc.toml's own left out.
    pub fn check(&self, today: Date) -> Vec<Finding> {
        rules::check(&self.config, &self.calendar, &self.records, today)
            .into_iter()
            .filter(|f| f.subject != rules::Subject::Config)
            .collect()
    }

    /// The names of the error rules `check` reports.
    pub fn errors(&self, today: Date) -> Vec<&'static str> {
        self.check(today).iter().filter(|f| f.severity() == rules::Severity::Error).map(|f| f.rule.name).collect()
    }

    /// Files a leave slip of `who`, entered by `by` on `on`, numbered after the slips filed.
    pub fn leave(&mut self, who: &str, by: &str, req: LeaveRequest, on: Date) -> Result<RecordId, Refusal> {
        let id = RecordId::new(RecordKind::Leave, 2026, self.records.leaves.len() as u32 + 1);
        let (calendar, policy) = (self.calendar.clone(), self.config.policy.clone());
        let slip = Leave::request(id, &self.who(who), &self.who(by), req, on, &calendar, &policy)?;
        self.admit(slip, on)
    }

    /// A complaint at R1 logged by S03 on 2026-03-02.
    pub fn complaint(&mut self) -> RecordId {
        let id = cmp(self.records.complaints.len() as u32 + 1);
        let form = Complaint::open(id, intake(), &self.who("S03"));
        self.admit(form, day("2026-03-02")).unwrap()
    }

    /// The same, triaged by the office as the centre's responsibility.
    pub fn accepted(&mut self) -> RecordId {
        let id = self.complaint();
        let s01 = self.who("S01");
        self.step(id, day("2026-03-02"), |c: &mut Complaint| {
            c.triage(&s01, day("2026-03-02"), Responsibility::Ours, None, None)
        })
        .unwrap();
        id
    }

    /// An accepted complaint analysed on 2026-03-03 with S03 responsible; both ids.
    pub fn analysed(&mut self) -> (RecordId, RecordId) {
        let id = self.accepted();
        let capa = self.analyse(id, "S01", "S03", day("2026-03-03")).unwrap();
        (id, capa)
    }

    /// A complaint received, triaged and analysed on `on` with S03 responsible; the CAPA.
    pub fn analysed_on(&mut self, on: Date) -> RecordId {
        let id = cmp(self.records.complaints.len() as u32 + 1);
        let form = Complaint::open(id, Intake { received: on, ..intake() }, &self.who("S03"));
        self.admit(form, on).unwrap();
        let s01 = self.who("S01");
        self.step(id, on, |c: &mut Complaint| c.triage(&s01, on, Responsibility::Ours, None, None)).unwrap();
        self.analyse(id, "S01", "S03", on).unwrap()
    }

    /// CC-4.3 as the CLI does it: the complaint and its new CAPA checked together.
    pub fn analyse(&mut self, id: RecordId, by: &str, responsible: &str, on: Date) -> Result<RecordId, Refusal> {
        let mut complaint = self.get::<Complaint>(id);
        let capa_id = capa_id(self.records.capas.len() as u32 + 1);
        let input = AnalysisInput { responsible: responsible.into(), ..analysis_input() };
        let capa = complaint.analyse(&self.who(by), on, input, capa_id)?;
        let mut records = self.records.clone();
        records.put(capa.clone());
        rules::admit(&complaint, records.clone(), self.centre(), on)?;
        records.put(complaint);
        rules::admit(&capa, records.clone(), self.centre(), on)?;
        self.records = records;
        Ok(capa_id)
    }

    /// A corrective and a preventive action added and done by S03 and completion reported,
    /// all on `on` (CC-4.4).
    pub fn complete(&mut self, capa: RecordId, on: Date) {
        let s03 = self.who("S03");
        for (kind, text) in [(ActionKind::Corrective, "改正"), (ActionKind::Preventive, "預防")] {
            self.step(capa, on, |c: &mut Capa| c.add_action(&s03, on, kind, text.into(), on)).unwrap();
            let n = self.get::<Capa>(capa).current_round().map_or(0, |r| r.actions.len());
            self.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, n)).unwrap();
        }
        self.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap();
    }

    /// Verified by S01 on `on`.
    pub fn verify(&mut self, capa: RecordId, on: Date, effective: bool) -> Result<bool, Refusal> {
        let (s01, cal, window) = (self.who("S01"), self.calendar.clone(), self.config.policy.verification_working_days);
        self.step(capa, on, |c: &mut Capa| c.verify(&s01, on, effective, "查核".into(), &cal, window))
    }
}
