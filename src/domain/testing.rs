//! Fixtures shared by the domain's unit tests.

use super::capa::{ActionKind, Capa};
use super::complaint::{AnalysisInput, Channel, Complaint, Customer, Intake, Responsibility};
use super::config::{Config, Directory, Staff};
use super::date::Date;
use super::id::{RecordId, RecordKind};

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
"#;

pub fn config() -> Config {
    toml::from_str(CONFIG).unwrap()
}

pub fn directory() -> Directory {
    Directory::new(&config())
}

pub fn staff<'a>(dir: &'a Directory, id: &str) -> &'a Staff {
    dir.staff(id).unwrap()
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
    config().complaints.cause_categories.into_iter().map(|c| c.id).collect()
}

pub fn intake() -> Intake {
    Intake {
        received: day("2026-03-02"),
        channel: Channel::Phone,
        room: "R1".into(),
        summary: "窗口態度差".into(),
        remedy: None,
        customer: Customer { name: Some("王先生".into()), contact: None, wants_reply: true },
        praised: None,
    }
}

pub fn complaint(dir: &Directory) -> Complaint {
    Complaint::open(cmp(1), intake(), staff(dir, "S03"), dir, day("2026-03-02")).unwrap()
}

pub fn accepted(dir: &Directory) -> Complaint {
    let mut c = complaint(dir);
    c.triage(staff(dir, "S01"), day("2026-03-02"), Responsibility::Ours, None).unwrap();
    c
}

pub fn analysis_input() -> AnalysisInput {
    AnalysisInput {
        cause_category: "attitude".into(),
        cause: "語氣生硬".into(),
        responsible: "S03".into(),
        interview: None,
    }
}

pub fn new_capa(dir: &Directory) -> Capa {
    let mut c = accepted(dir);
    c.analyse(staff(dir, "S01"), day("2026-03-03"), analysis_input(), capa_id(1), dir, &categories()).unwrap()
}

/// A CAPA whose first round was completed on `on` (actions added and done that day).
pub fn completed_capa(dir: &Directory, on: Date) -> Capa {
    let mut capa = new_capa(dir);
    capa.opened = on;
    let s03 = staff(dir, "S03");
    capa.add_action(s03, on, ActionKind::Corrective, "改正".into(), on).unwrap();
    capa.mark_done(s03, on, 1).unwrap();
    capa.complete(s03, on).unwrap();
    capa
}

pub fn run_capa_to_effective(capa: &mut Capa, dir: &Directory) {
    let s03 = staff(dir, "S03");
    capa.add_action(s03, day("2026-03-04"), ActionKind::Corrective, "改正".into(), day("2026-03-06")).unwrap();
    capa.mark_done(s03, day("2026-03-05"), 1).unwrap();
    capa.complete(s03, day("2026-03-05")).unwrap();
    let cal = config().calendar.build().unwrap();
    capa.verify(staff(dir, "S01"), day("2026-03-10"), true, "有效".into(), &cal, 5).unwrap();
}
