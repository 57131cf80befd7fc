//! Mutation tests: for every rule of the registry, a hand edit of the demo records (a field
//! changed as in an editor) that breaks it, and the check that reports that rule, under its
//! clause, for that record's file. Each module's cases are beside its rules (its
//! `mutations()`); a rule added without one fails the test. What the cases use is here.

use std::path::Path;

use super::*;
pub(super) use crate::domain::complaint::{Responsibility, Triage};
pub(super) use crate::domain::conduct::{ConductDecision, ConductKind, ConductStatus, Evidence, Ground, Notification};
pub(super) use crate::domain::config::{CauseCategory, LeaveStep, Room};
pub(super) use crate::domain::config::{Config, Role};
pub(super) use crate::domain::date::Date;
pub(super) use crate::domain::date::DateTime;
pub(super) use crate::domain::id::RecordId;
pub(super) use crate::domain::leave::Band;

/// Every record type, for the cases (from the table of kinds).
macro_rules! record_types {
    ($($module:ident $(in $host:ident)? { $($(#[doc = $doc:literal])* $kind:ident($ty:ident): $prefix:literal, $folder:literal, $schema:literal, $noun:expr, $group:literal, $field:ident $(, output $output:literal)?;)+ })*) => {
        $($(#[allow(unused_imports)] pub(super) use crate::domain::$module::$ty;)+)*
    };
}
crate::domain::kinds!(record_types);

/// The day the demo records are read as of.
const DEMO_DAY: &str = "2026-11-27";

/// Rules no field edit of a parsed record can break: they are about files and are tested
/// through the command line (tests/cli/check_bad_input.rs, tests/cli/rules.rs).
const FILE_LEVEL: [&str; 5] =
    ["file.readable", "file.placed", "config.readable", "file.no-interrupted-step", "file.no-leftover-temp"];

/// Rules only the report day can break (no edit of a file does): tested beside the rule
/// (`the_next_years_calendar_is_asked_for_from_the_first_of_december`).
const DAY_LEVEL: [&str; 1] = ["config.calendar-next-year"];

pub(super) struct Demo {
    pub(super) config: Config,
    pub(super) records: Records,
}

/// Reads the demo's files of every kind, numbering them as `svc check` does.
struct Reader<'a> {
    root: &'a Path,
    paths: Paths,
}

impl VisitMut for Reader<'_> {
    fn visit<T: Known>(&mut self, slot: &mut Vec<Filed<T>>) {
        let mut files: Vec<_> = walk(&self.root.join("records").join(T::KIND.folder()));
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let record: T = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let rel = path.strip_prefix(self.root).unwrap().display().to_string();
            slot.push(Filed { record, origin: Some(self.paths.push(&rel)) });
        }
    }
}

/// Every record's id with the subject its findings go under.
struct Subjects(Vec<(RecordId, Subject)>);

impl Visit<'_> for Subjects {
    fn visit<T: Known>(&mut self, filed: &[Filed<T>]) {
        self.0.extend(filed.iter().map(|f| (f.record.id(), f.subject())));
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

pub(super) fn demo() -> Demo {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config: Config = toml::from_str(&std::fs::read_to_string(root.join("svc.toml")).unwrap()).unwrap();
    let mut records = Records::default();
    let mut reader = Reader { root, paths: Paths::default() };
    records.visit_mut(&mut reader);
    records.paths = reader.paths;
    Demo { config, records }
}

pub(super) fn rec<'a, T: Kind>(records: &'a mut Records, id: &str) -> &'a mut T {
    let id: RecordId = id.parse().unwrap();
    &mut T::slot_mut(records).iter_mut().find(|f| f.record.id() == id).unwrap_or_else(|| panic!("no {id}")).record
}

fn subject_of(records: &Records, id: &str) -> Subject {
    let id: RecordId = id.parse().unwrap();
    let mut all = Subjects(Vec::new());
    records.visit(&mut all);
    all.0.into_iter().find(|(i, _)| *i == id).map(|(_, s)| s).unwrap()
}

pub(super) fn d(s: &str) -> Date {
    s.parse().unwrap()
}

pub(super) fn at(s: &str) -> DateTime {
    s.parse().unwrap()
}

pub(super) type Mutation = fn(&mut Config, &mut Records);

/// (rule, the record (or "svc.toml") that must be reported, the hand edit)
pub(super) type Case = (&'static str, &'static str, Mutation);

/// Every module's cases: the files', svc.toml's and the people's, then each kind module's
/// in the table of kinds ([`crate::domain::kinds`]).
macro_rules! cases {
    ($($module:ident $(in $host:ident)? { $($(#[doc = $doc:literal])* $kind:ident($ty:ident): $prefix:literal, $folder:literal, $schema:literal, $noun:expr, $group:literal, $field:ident $(, output $output:literal)?;)+ })*) => {
        fn cases() -> Vec<Case> {
            [filing::mutations(), config::mutations(), people::mutations(), $($module::mutations(),)*].concat()
        }
    };
}

crate::domain::kinds!(cases);

fn found(config: &Config, records: &Records, rule: &str, subject: Subject) -> Option<Finding> {
    let calendar = config.calendar.build().ok()?;
    check(config, &calendar, records, d(DEMO_DAY)).into_iter().find(|f| f.rule.name == rule && f.subject == subject)
}

#[test]
fn every_rule_has_a_hand_edit_that_check_reports_for_that_file() {
    let demo = demo();
    let calendar = demo.config.calendar.build().unwrap();
    let clean: Vec<Finding> = check(&demo.config, &calendar, &demo.records, d(DEMO_DAY))
        .into_iter()
        .filter(|f| f.severity() == Severity::Error)
        .collect();
    assert_eq!(clean, vec![], "the demo has no errors");
    let cases = cases();
    for (rule, target, mutate) in &cases {
        let subject = if *target == "svc.toml" { Subject::Config } else { subject_of(&demo.records, target) };
        assert!(found(&demo.config, &demo.records, rule, subject).is_none(), "{rule} already reported for {target}");
        let (mut config, mut records) = (demo.config.clone(), demo.records.clone());
        mutate(&mut config, &mut records);
        let finding = found(&config, &records, rule, subject);
        let Some(finding) = finding else { panic!("{rule}: the hand edit of {target} is not reported") };
        let registered = registry().into_iter().find(|r| r.name == *rule).unwrap();
        // Rules reported under the finer clause of the record: leave by band, conduct by
        // ground, a customer meeting by its stage (CC-4.1 explanation, CC-4.3 interview).
        let fine_clause = matches!(registered.clause, Clause::Att3)
            || registered.name.starts_with("conduct.")
            || registered.name == "complaint.meeting-fits";
        assert!(finding.clause == registered.clause || fine_clause, "{rule}: reported under {}", finding.clause);
    }
    let covered: Vec<&str> = cases.iter().map(|(rule, _, _)| *rule).collect();
    for rule in registry() {
        assert!(
            covered.contains(&rule.name)
                || FILE_LEVEL.contains(&rule.name)
                || DAY_LEVEL.contains(&rule.name)
                || rule.when == When::History,
            "rule {} has no mutation case: add one here",
            rule.name
        );
    }
}

/// The records as `svc check` holds them: each one's own text rules run as it is read, then
/// its text dropped; the findings of both passes together.
fn check_as_read(config: &Config, calendar: &crate::domain::calendar::Calendar, records: &Records) -> Vec<Finding> {
    struct AsRead<'o>(&'o mut Vec<Finding>);
    impl VisitMut for AsRead<'_> {
        fn visit<T: Known>(&mut self, slot: &mut Vec<Filed<T>>) {
            for filed in slot {
                own_text(&filed.record, &mut Sink::new(self.0, filed.subject()));
                filed.record.drop_text();
            }
        }
    }
    let (mut records, mut found) = (records.clone(), Vec::new());
    records.visit_mut(&mut AsRead(&mut found));
    records.texts_checked = true;
    found.extend(check(config, calendar, &records, d(DEMO_DAY)));
    found
}

/// Dropping the text once its own rules ran changes no finding: no rule but those reads a
/// summary, a cause, a note or a reply. Checked on the demo and on every hand edit above
/// (the blank summaries, actions and notes among them), so a rule that starts reading
/// another record's text fails here.
#[test]
fn findings_are_the_same_when_texts_are_dropped_as_read() {
    let demo = demo();
    let calendar = demo.config.calendar.build().unwrap();
    let sorted = |mut f: Vec<Finding>| {
        f.sort_by(|a, b| (a.subject, a.rule.name, &a.key).cmp(&(b.subject, b.rule.name, &b.key)));
        f
    };
    for (rule, target, mutate) in cases() {
        let (mut config, mut records) = (demo.config.clone(), demo.records.clone());
        mutate(&mut config, &mut records);
        let calendar = config.calendar.build().unwrap();
        let whole = sorted(check(&config, &calendar, &records, d(DEMO_DAY)));
        let as_read = sorted(check_as_read(&config, &calendar, &records));
        assert_eq!(as_read, whole, "{rule} ({target}): the findings differ once texts are dropped");
    }
    let whole = sorted(check(&demo.config, &calendar, &demo.records, d(DEMO_DAY)));
    assert!(!whole.is_empty(), "the demo's warnings are compared too");
    assert_eq!(sorted(check_as_read(&demo.config, &calendar, &demo.records)), whole);
}
