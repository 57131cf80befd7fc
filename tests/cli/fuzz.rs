//! The fuzzing that runs in `cargo test`: arbitrary bytes, damaged real records and
//! arbitrary TOML values in a record file or in svc.toml never make `svc check` panic, and
//! every finding names a file and a line. (`fuzz/` holds the cargo-fuzz target for longer
//! runs where a nightly toolchain exists.)

use std::path::Path;

use crate::common::*;
use proptest::prelude::*;
use svc::ops::check::{Options, check};

fn check_places_everything(root: &Path, damaged: &str) -> Result<(), TestCaseError> {
    let today: svc::domain::date::Date = DEMO_DAY.parse().unwrap();
    let options = Options { date: Some(today), ..Options::default() };
    let findings = check(root, &options).map_err(|e| TestCaseError::fail(format!("check failed: {e:#}")))?.findings;
    for f in &findings {
        prop_assert!(!f.file.is_empty() && f.line >= 1 && f.column >= 1, "unplaced finding: {f:?}");
    }
    let parses = std::fs::read(root.join(damaged)).ok().and_then(|b| String::from_utf8(b).ok()).is_some_and(|t| {
        if damaged == "svc.toml" {
            toml::from_str::<svc::domain::config::Config>(&t).is_ok()
        } else {
            toml::from_str::<svc::domain::complaint::Complaint>(&t).is_ok()
        }
    });
    if !parses {
        prop_assert!(findings.iter().any(|f| f.file == damaged), "a file that does not parse is named: {findings:?}");
    }
    Ok(())
}

/// A small centre: the demo's svc.toml and two complaints.
fn small_repo() -> TestRepo {
    let repo = TestRepo::new();
    for id in ["CMP-2026-0001", "CMP-2026-0002"] {
        let path = complaint_path(id);
        repo.write(&path, std::fs::read(project_root().join(&path)).unwrap());
    }
    repo
}

fn toml_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        any::<String>().prop_map(toml::Value::String),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<bool>().prop_map(toml::Value::Boolean),
        (-1e9f64..1e9).prop_map(toml::Value::Float),
        Just(toml::Value::String("2026-13-45".into())),
        Just(toml::Value::String("CAPA-2026-0001".into())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

const FIELDS: [&str; 12] = [
    "id",
    "status",
    "received",
    "channel",
    "room",
    "summary",
    "logged_by",
    "customer",
    "triage",
    "analysis",
    "closing",
    "x",
];

/// The numbers of `[policy]`, each of which a hostile or mistaken svc.toml may set.
const POLICY_NUMBERS: [&str; 11] = [
    "verification_working_days",
    "staff_notice_max_days",
    "staff_room_head_max_days",
    "room_head_notice_max_days",
    "room_head_office_head_max_days",
    "attendance_max_late_early",
    "attendance_max_absent",
    "max_backdate_working_days",
    "review_within_working_days",
    "recurrence_window_days",
    "repeated_overdue",
];

/// Every number a record kind holds, with a demo record that has it (`array.field`: the
/// first entry's).
const RECORD_NUMBERS: [(&str, &str); 7] = [
    ("records/box/2026/BOX-2026-0012.toml", "forms"),
    ("records/capa/2026/CAPA-2026-0026.toml", "reminders.number"),
    ("records/incidents/2026/INC-2026-0001.toml", "minutes"),
    ("records/leave/2026/LV-2026-0001.toml", "working_minutes"),
    ("records/reviews/2026/REV-2026-0001.toml", "year"),
    ("records/reviews/2026/REV-2026-0001.toml", "complaints"),
    ("records/training/2026/TRN-2026-0001.toml", "hours"),
];

/// Numbers at the edges: zero, negatives, the limits of every integer width, floats that
/// are huge, tiny or not numbers at all.
fn hostile_number() -> impl Strategy<Value = toml::Value> {
    prop_oneof![
        prop_oneof![Just(0i64), Just(-1), Just(i64::MAX), Just(i64::MIN), Just(u32::MAX as i64), Just(1 << 40)]
            .prop_map(toml::Value::Integer),
        any::<i64>().prop_map(toml::Value::Integer),
        prop_oneof![Just(1e308), Just(-1e308), Just(f64::NAN), Just(f64::INFINITY), Just(1e-300), Just(0.5)]
            .prop_map(toml::Value::Float),
    ]
}

/// Dates at the edges of what TOML can write.
fn hostile_date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("0001-01-01".to_string()),
        Just("0000-01-01".to_string()),
        Just("9999-12-31".to_string()),
        Just("1899-12-31".to_string()),
        Just("2200-01-01".to_string()),
        (1u32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

/// `check` on `root` in its own thread: a special file opened the blocking way would hang
/// it, and the test fails after 20 s instead of waiting for ever.
fn check_in_time(root: &Path, damaged: &str) -> Result<Vec<svc::ops::check::Finding>, TestCaseError> {
    let (root, damaged) = (root.to_path_buf(), damaged.to_string());
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let today: svc::domain::date::Date = DEMO_DAY.parse().unwrap();
        let options = Options { date: Some(today), ..Options::default() };
        let _ = send.send(check(&root, &options).map(|r| r.findings).map_err(|e| format!("{e:#}")));
    });
    match receive.recv_timeout(std::time::Duration::from_secs(20)) {
        Ok(Ok(findings)) => Ok(findings),
        Ok(Err(e)) => Err(TestCaseError::fail(format!("check failed on {damaged}: {e}"))),
        Err(_) => Err(TestCaseError::fail(format!("check hangs on {damaged}"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A policy number anywhere on the line of integers and floats: check names svc.toml
    /// when it is out of range and never panics, overflows or runs on for ever (issue 20).
    #[test]
    fn hostile_numbers_in_the_policy(key in 0usize..POLICY_NUMBERS.len(), value in hostile_number()) {
        let repo = small_repo();
        let mut doc: toml::Table = toml::from_str(&repo.read("svc.toml")).unwrap();
        let policy = doc.get_mut("policy").and_then(|p| p.as_table_mut()).unwrap();
        policy.insert(POLICY_NUMBERS[key].to_string(), value);
        repo.write("svc.toml", toml::to_string(&doc).unwrap_or_default());
        let findings = check_in_time(repo.path(), "svc.toml")?;
        prop_assert!(findings.iter().all(|f| !f.file.is_empty() && f.line >= 1), "{findings:?}");
        prop_assert!(findings.len() < 100, "output grows with the records, not the number: {}", findings.len());
    }

    /// Every number a record holds (a box's forms, a reminder's number, an incident's
    /// minutes, a slip's working minutes, a review's year and count, training hours) set to
    /// any integer or float at the edges: check never panics or overflows, names the file
    /// when the number is not one the record can hold, and its output stays small (issue 20).
    #[test]
    fn hostile_numbers_in_records(which in 0usize..RECORD_NUMBERS.len(), value in hostile_number()) {
        let (file, key) = RECORD_NUMBERS[which];
        let repo = small_repo();
        repo.write(file, std::fs::read(project_root().join(file)).unwrap());
        let mut doc: toml::Table = toml::from_str(&repo.read(file)).unwrap();
        let target = match key.split_once('.') {
            Some((array, field)) => {
                let entry = doc.get_mut(array).and_then(|a| a.as_array_mut()).and_then(|a| a.first_mut());
                (entry.and_then(|e| e.as_table_mut()).unwrap(), field)
            }
            None => (&mut doc, key),
        };
        let before = target.0.get(target.1).cloned().unwrap();
        let sane = match (&before, &value) {
            (toml::Value::Integer(_), toml::Value::Integer(n)) => (0..=100).contains(n),
            (toml::Value::Float(_), toml::Value::Float(x)) => (0.0..=100.0).contains(x),
            _ => false,
        };
        target.0.insert(target.1.to_string(), value.clone());
        repo.write(file, toml::to_string(&doc).unwrap_or_default());
        let findings = check_in_time(repo.path(), file)?;
        prop_assert!(findings.iter().all(|f| !f.file.is_empty() && f.line >= 1), "{findings:?}");
        prop_assert!(findings.len() < 100, "{} findings for one number", findings.len());
        if !sane && !matches!(value, toml::Value::Integer(0..=100_000)) {
            prop_assert!(
                findings.iter().any(|f| f.file == file),
                "{key} = {value} in {file} is not reported: {findings:?}"
            );
        }
    }

    /// A record dated at the edge of time: a finding (a date outside 1900 to 2200), and
    /// output that grows with the records, never with the days between (issue 20).
    #[test]
    fn hostile_dates_in_a_record(field in 0usize..2, day in hostile_date()) {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        let text = repo.read(&file);
        let key = ["received", "on"][field];
        let changed: String = text
            .lines()
            .map(|l| if l.starts_with(&format!("{key} = ")) { format!("{key} = {day}") } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n");
        repo.write(&file, changed);
        check_places_everything(repo.path(), &file)?;
        let findings = check_in_time(repo.path(), &file)?;
        prop_assert!(findings.len() < 100, "{} findings for one date", findings.len());
    }

    #[test]
    fn arbitrary_bytes_as_a_record(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        repo.write(&file, &bytes);
        check_places_everything(repo.path(), &file)?;
    }

    #[test]
    fn a_real_record_damaged(cut in 0usize..2000, at in 0usize..2000, insert in "[\\\\\"\\[\\]=#\\n a-z0-9\u{4e00}-\u{4e10}]{0,12}") {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        let text = repo.read(&file);
        let mut chars: Vec<char> = text.chars().collect();
        let at = at % (chars.len() + 1);
        let cut = (at + cut % 40).min(chars.len());
        chars.splice(at..cut, insert.chars());
        repo.write(&file, chars.into_iter().collect::<String>());
        check_places_everything(repo.path(), &file)?;
    }

    #[test]
    fn arbitrary_toml_values_in_a_record(field in 0usize..FIELDS.len(), value in toml_value()) {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        let mut doc: toml::Table = toml::from_str(&repo.read(&file)).unwrap();
        doc.insert(FIELDS[field].to_string(), value);
        repo.write(&file, toml::to_string(&doc).unwrap_or_default());
        check_places_everything(repo.path(), &file)?;
    }

    #[test]
    fn arbitrary_toml_values_in_svc_toml(field in "[a-z_]{1,10}", section in 0usize..5, value in toml_value()) {
        let repo = small_repo();
        let mut doc: toml::Table = toml::from_str(&repo.read("svc.toml")).unwrap();
        let target = ["centre", "calendar", "policy", "complaints", ""][section];
        match doc.get_mut(target).and_then(|t| t.as_table_mut()) {
            Some(table) => { table.insert(field, value); }
            None => { doc.insert(field, value); }
        }
        repo.write("svc.toml", toml::to_string(&doc).unwrap_or_default());
        check_places_everything(repo.path(), "svc.toml")?;
    }
}

/// Special files where svc reads: a FIFO, a folder, a link to a device, named like a record
/// or as svc's own journal. Check never blocks on them and names each (issue 20).
#[cfg(unix)]
#[test]
fn special_files_are_named_and_never_block() {
    let places = [
        complaint_path("CMP-2026-0003"),
        capa_path("CAPA-2026-0001"),
        leave_path("LV-2026-0001"),
        ".svc/journal.json".to_string(),
    ];
    for place in &places {
        for kind in ["fifo", "folder", "device link"] {
            let repo = small_repo();
            let path = repo.path().join(place);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            match kind {
                "fifo" => assert!(std::process::Command::new("mkfifo").arg(&path).status().unwrap().success()),
                "folder" => std::fs::create_dir(&path).unwrap(),
                _ => std::os::unix::fs::symlink("/dev/zero", &path).unwrap(),
            }
            let findings = check_in_time(repo.path(), place).unwrap_or_else(|e| panic!("{kind} at {place}: {e}"));
            assert!(
                findings.iter().any(|f| f.file.contains(place.as_str())),
                "{kind} at {place} is named: {findings:?}"
            );
        }
    }
}
