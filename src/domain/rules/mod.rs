//! The one rule set. Every rule of the procedures is a named predicate with its clause,
//! evaluated on a record as it stands, with the dates and actors written in it.
//!
//! - `svc check` runs every rule over `svc.toml` and every record ([`check`]).
//! - A workflow step changes its record, then runs the same rules on the result through
//!   [`validate`], and refuses when any error rule fails. So a step never writes what
//!   `svc check` rejects, and `svc check` rejects every hand edit a step would have refused.
//!
//! Rules live in one module per clause group; [`registry`] lists them all (`svc check
//! --list-rules`, `docs/procedures.md`). Rules marked [`When::Today`] depend on the report
//! day (something overdue, a sheet not yet sent); the others only on what is recorded.

use crate::t;
use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use super::attendance::{Dispatch, Incident};
use super::calendar::Calendar;
use super::capa::Capa;
use super::collection::Collection;
use super::complaint::Complaint;
use super::conduct::Conduct;
use super::config::{Config, Directory, Role, Staff};
use super::date::Date;
use super::document::Document;
use super::fields::unknown_staff;
use super::id::{RecordId, RecordKind};
use super::inspection::Inspection;
use super::leave::Leave;
use super::refusal::Refusal;
use super::review::Review;
use super::token::Token as _;
use super::training::{Qualification, Training};

mod attendance;
mod capa;
mod collection;
mod complaint;
mod conduct;
pub mod config;
mod document;
mod filing;
pub mod history;
mod inspection;
mod leave;
pub mod people;
mod review;
mod strings;
mod training;

#[cfg(test)]
mod mutations;

#[cfg(test)]
#[test]
fn every_rule_summary_is_translated() {
    for rule in registry() {
        let id = format!("summary-{}", rule.name.replace('.', "-"));
        for lang in [crate::i18n::Lang::ZhHant, crate::i18n::Lang::ZhHans] {
            assert!(crate::i18n::has(lang, &id), "{id} is not translated into {lang}: {}", rule.summary);
        }
    }
    let file = include_str!("../../i18n/rules.zh-Hant.ftl");
    let names: Vec<String> = registry().iter().map(|r| format!("summary-{}", r.name.replace('.', "-"))).collect();
    for line in file.lines().filter(|l| l.starts_with("summary-")) {
        let id = line.split(" = ").next().unwrap_or_default();
        assert!(names.iter().any(|n| n == id), "rules.zh-Hant.ftl translates {id}, which no rule has");
    }
}
#[cfg(test)]
mod sequences;

pub use crate::domain::clause::Clause;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
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

/// What a rule's verdict depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    /// Only what the records say: the same verdict on any day.
    Recorded,
    /// The report day too (`--date`): overdue work, sheets not yet sent, dates after it.
    Today,
    /// The git history between a base and HEAD (`svc check --base REV`).
    History,
}

/// One rule of the procedures.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Rule {
    /// A stable name, `group.what-it-asks`.
    pub name: &'static str,
    pub clause: Clause,
    pub severity: Severity,
    pub when: When,
    /// One line: what the rule asks.
    pub summary: &'static str,
}

impl Rule {
    /// What the rule asks, in the current language (`summary` is the English).
    pub fn summary_text(&self) -> String {
        let id = format!("summary-{}", self.name.replace('.', "-"));
        crate::i18n::lookup(crate::i18n::current(), &id, None).unwrap_or_else(|| self.summary.to_string())
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Rule {}

/// Declares rules as statics and lists them in the module's `RULES`.
macro_rules! rules {
    ($($ident:ident = $name:literal, $clause:ident, $severity:ident, $when:ident, $summary:literal;)*) => {
        $(
            pub static $ident: $crate::domain::rules::Rule = $crate::domain::rules::Rule {
                name: $name,
                clause: $crate::domain::rules::Clause::$clause,
                severity: $crate::domain::rules::Severity::$severity,
                when: $crate::domain::rules::When::$when,
                summary: $summary,
            };
        )*
        pub(super) const RULES: &[&$crate::domain::rules::Rule] = &[$(&$ident),*];
    };
}
pub(crate) use rules;

/// Every rule, grouped by clause group, in a stable order.
pub fn registry() -> Vec<&'static Rule> {
    [
        filing::RULES,
        config::RULES,
        people::RULES,
        complaint::RULES,
        capa::RULES,
        leave::RULES,
        attendance::RULES,
        conduct::RULES,
        collection::RULES,
        inspection::RULES,
        review::RULES,
        training::RULES,
        document::RULES,
        history::RULES,
    ]
    .concat()
}

/// The rule `svc check` reports a file under when it cannot be read as its record kind.
pub fn unreadable_file_rule() -> &'static Rule {
    &filing::READABLE
}

/// The rule for a `svc.toml` that cannot be read or parsed.
pub fn unreadable_config_rule() -> &'static Rule {
    &config::READABLE
}

/// The rule for a calendar that cannot be built.
pub fn unusable_calendar_rule() -> &'static Rule {
    &config::CALENDAR_USABLE
}

/// The rule for a folder or file under `records/` where no record belongs.
pub fn stray_file_rule() -> &'static Rule {
    &filing::PLACED
}

/// The rule for a record git's index holds otherwise than HEAD, the work tree as HEAD.
pub fn index_agrees_rule() -> &'static Rule {
    &history::INDEX_AGREES
}

/// The rule for a record file the work tree holds otherwise than HEAD.
pub fn committed_rule() -> &'static Rule {
    &history::COMMITTED
}

/// The rule for a step a crash left half-written (a journal still waiting).
pub fn interrupted_step_rule() -> &'static Rule {
    &filing::INTERRUPTED_STEP
}

/// The rule for temp files an interrupted write left.
pub fn leftover_temp_rule() -> &'static Rule {
    &filing::LEFTOVER_TEMP
}

/// What a finding is about: `svc.toml`, a record file, or a record not (yet) in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Config,
    /// The index of the file in the caller's list (see [`Origin::file`]).
    File(usize),
    Record(RecordId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static Rule,
    /// The rule's clause, or the finer one that applies to this record (a leave rule
    /// reports ATT-2, ATT-3 or ATT-4 by the slip's band).
    pub clause: Clause,
    pub subject: Subject,
    /// Dotted key path inside the file, numbers index arrays: `rounds.0.verification.late`.
    /// Empty for the file as a whole.
    pub key: String,
    pub message: String,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.rule.severity
    }
}

/// Where a record was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// An index the caller uses to find the file again; findings carry it.
    pub file: usize,
    /// The path relative to the repository root, for messages.
    pub path: String,
}

impl Origin {
    fn stem(&self) -> &str {
        let name = self.path.rsplit('/').next().unwrap_or("");
        name.strip_suffix(".toml").unwrap_or(name)
    }

    fn parent(&self, up: usize) -> &str {
        self.path.rsplit('/').nth(up).unwrap_or("")
    }
}

/// A record with the file it came from (none for a record a step is about to write).
#[derive(Debug, Clone)]
pub struct Filed<T> {
    pub record: T,
    pub origin: Option<Origin>,
}

impl<T: Kind> Filed<T> {
    pub fn subject(&self) -> Subject {
        match &self.origin {
            Some(o) => Subject::File(o.file),
            None => Subject::Record(self.record.id()),
        }
    }
}

/// Every record the rules may consult. `svc check` fills it with the whole repository; a
/// step fills it with the records its rules look at, its own record as changed.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub complaints: Vec<Filed<Complaint>>,
    pub capas: Vec<Filed<Capa>>,
    pub leaves: Vec<Filed<Leave>>,
    pub incidents: Vec<Filed<Incident>>,
    pub dispatches: Vec<Filed<Dispatch>>,
    pub conducts: Vec<Filed<Conduct>>,
    pub collections: Vec<Filed<Collection>>,
    pub inspections: Vec<Filed<Inspection>>,
    pub reviews: Vec<Filed<Review>>,
    pub trainings: Vec<Filed<Training>>,
    pub qualifications: Vec<Filed<Qualification>>,
    pub documents: Vec<Filed<Document>>,
    /// Ids whose files are there but could not be read (reported as `file.readable`): a
    /// reference to one is "cannot be read", not "does not exist".
    pub unreadable: std::collections::BTreeSet<RecordId>,
}

impl Records {
    /// Adds `record`, replacing the record with the same id (a step's new version).
    pub fn put<T: Kind>(&mut self, record: T) {
        let slot = T::slot_mut(self);
        match slot.iter_mut().find(|f| f.record.id() == record.id()) {
            Some(filed) => filed.record = record,
            None => slot.push(Filed { record, origin: None }),
        }
    }

    /// Adds records read from files (no origin: the caller does not place findings).
    pub fn extend<T: Kind>(&mut self, records: impl IntoIterator<Item = T>) {
        T::slot_mut(self).extend(records.into_iter().map(|record| Filed { record, origin: None }));
    }
}

/// A record kind's place in [`Records`].
pub trait Slot: Clone + Sized + serde::Serialize {
    const KIND: RecordKind;
    fn id(&self) -> RecordId;
    fn slot(records: &Records) -> &[Filed<Self>];
    fn slot_mut(records: &mut Records) -> &mut Vec<Filed<Self>>;
}

macro_rules! slots {
    ($($ty:ty => $kind:ident, $field:ident;)*) => {
        $(impl Slot for $ty {
            const KIND: RecordKind = RecordKind::$kind;

            fn id(&self) -> RecordId {
                self.id
            }

            fn slot(records: &Records) -> &[Filed<Self>] {
                &records.$field
            }

            fn slot_mut(records: &mut Records) -> &mut Vec<Filed<Self>> {
                &mut records.$field
            }
        })*

        impl Records {
            /// Runs `v` on the records of every kind, in this order: the one list of the
            /// kinds, so no kind can be left out of a check or a count.
            pub fn visit<'r>(&'r self, v: &mut impl Visit<'r>) {
                $(v.visit(&self.$field);)*
            }

            /// Runs `v` on the slot of every kind, to fill or change it, in the same order.
            pub fn visit_mut(&mut self, v: &mut impl VisitMut) {
                $(v.visit(&mut self.$field);)*
            }
        }

        /// Runs `f` with the record type of `kind`: the one place a kind known only at run
        /// time (a path, an id typed by hand) becomes its type.
        pub fn for_kind<F: ForKind>(kind: RecordKind, f: F) -> F::Out {
            match kind {
                $(RecordKind::$kind => f.run::<$ty>(),)*
            }
        }
    };
}

/// Work done with the record type of a kind chosen at run time ([`for_kind`]).
pub trait ForKind {
    type Out;
    fn run<T: Known + Slot + history::Finished + schemars::JsonSchema>(self) -> Self::Out;
}

/// What every record type is: a kind the rules know, read from TOML, checked in parallel.
pub trait Known: Kind + Send + Sync + serde::de::DeserializeOwned {}

impl<T: Kind + Send + Sync + serde::de::DeserializeOwned> Known for T {}

/// Work done on the records of each kind in turn ([`Records::visit`]).
pub trait Visit<'r> {
    fn visit<T: Known>(&mut self, filed: &'r [Filed<T>]);
}

/// Work that fills or changes the records of each kind in turn ([`Records::visit_mut`]).
pub trait VisitMut {
    fn visit<T: Known>(&mut self, filed: &mut Vec<Filed<T>>);
}

slots! {
    Complaint => Complaint, complaints;
    Capa => Capa, capas;
    Leave => Leave, leaves;
    Incident => Incident, incidents;
    Dispatch => Dispatch, dispatches;
    Conduct => Conduct, conducts;
    Collection => Collection, collections;
    Inspection => Inspection, inspections;
    Review => Review, reviews;
    Training => Training, trainings;
    Qualification => Qualification, qualifications;
    Document => Document, documents;
}

/// A record kind the rules know.
pub trait Kind: Slot {
    /// Runs this kind's rules on one record.
    fn check(&self, world: &World, sink: &mut Sink);
    /// Every step recorded on it: who acted, on which day, at which key.
    fn acts(&self) -> Vec<Act<'_>>;
    /// Records it names, whose rules and its own look at each other.
    fn links(&self) -> Vec<RecordId> {
        Vec::new()
    }
    /// The kinds of record its rules consult (all of each), beyond its links.
    fn consults() -> &'static [RecordKind];
}

/// One step recorded on a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act<'r> {
    pub on: Date,
    pub by: &'r str,
    pub key: String,
}

impl<'r> Act<'r> {
    /// The one act of a single-step record: its writer under `by` on its date.
    pub fn single(on: Date, by: &'r str) -> Vec<Act<'r>> {
        vec![Act { on, by, key: "by".into() }]
    }
}

/// A record of any kind, by reference.
#[derive(Debug, Clone, Copy)]
pub enum AnyRecord<'a> {
    Complaint(&'a Complaint),
    Capa(&'a Capa),
    Leave(&'a Leave),
    Incident(&'a Incident),
    Dispatch(&'a Dispatch),
    Conduct(&'a Conduct),
    Collection(&'a Collection),
    Inspection(&'a Inspection),
    Review(&'a Review),
    Training(&'a Training),
    Qualification(&'a Qualification),
    Document(&'a Document),
}

/// Lookups across records, built once per run.
#[derive(Debug, Default)]
pub struct Index<'a> {
    by_id: HashMap<RecordId, AnyRecord<'a>>,
    leaves_of: HashMap<&'a str, Vec<&'a Leave>>,
    incidents_of: HashMap<&'a str, Vec<&'a Incident>>,
    conducts_of: HashMap<&'a str, Vec<&'a Conduct>>,
    capas_of: HashMap<&'a str, Vec<&'a Capa>>,
    complaints_about: HashMap<&'a str, Vec<&'a Complaint>>,
    /// Dispatches by (room, month).
    dispatched: HashMap<&'a str, HashMap<crate::domain::date::Month, Vec<&'a Dispatch>>>,
    /// The smallest incident id for each (staff, kind, day).
    first_incident: HashMap<&'a str, HashMap<(crate::domain::attendance::IncidentKind, Date), RecordId>>,
    /// The longest slip of each person, in days: how far back a slip covering a day starts.
    longest_leave: HashMap<&'a str, i64>,
    removed_on: HashMap<&'a str, Date>,
    /// Complaint-box collections by day, and box forms logged against each day (CC-4.2).
    collections_on: HashMap<Date, Vec<&'a Collection>>,
    first_collection: Option<Date>,
    box_forms: HashMap<Date, u32>,
    /// Every complaint and CAPA in the records' order, for figures computed by a rule.
    complaints: Vec<&'a Complaint>,
    capas: Vec<&'a Capa>,
    reviews_of: HashMap<i32, Vec<&'a Review>>,
    /// The first day of training recorded for each person, and their first qualification.
    first_trained: HashMap<&'a str, Date>,
    qualified_on: HashMap<&'a str, Date>,
}

impl<'a> Index<'a> {
    pub fn new(records: &'a Records) -> Index<'a> {
        let mut index = Index::default();
        for f in &records.complaints {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Complaint(&f.record));
            if let Some(a) = &f.record.analysis {
                index.complaints_about.entry(a.responsible.as_str()).or_default().push(&f.record);
            }
            if let Some(p) = &f.record.praised {
                index.complaints_about.entry(p.as_str()).or_default().push(&f.record);
            }
        }
        for f in &records.capas {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Capa(&f.record));
            index.capas_of.entry(f.record.responsible.as_str()).or_default().push(&f.record);
        }
        for f in &records.leaves {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Leave(&f.record));
            index.leaves_of.entry(f.record.staff.as_str()).or_default().push(&f.record);
        }
        for f in &records.incidents {
            let i = &f.record;
            index.by_id.entry(i.id).or_insert(AnyRecord::Incident(i));
            index.incidents_of.entry(i.staff.as_str()).or_default().push(i);
            let first =
                index.first_incident.entry(i.staff.as_str()).or_default().entry((i.kind, i.date)).or_insert(i.id);
            *first = (*first).min(i.id);
        }
        for f in &records.dispatches {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Dispatch(&f.record));
            index
                .dispatched
                .entry(f.record.room.as_str())
                .or_default()
                .entry(f.record.month)
                .or_default()
                .push(&f.record);
        }
        for (staff, slips) in &mut index.leaves_of {
            slips.sort_by_key(|l| (l.from, l.id));
            let longest = slips.iter().map(|l| (l.to.date().0 - l.from.date().0).num_days()).max().unwrap_or(0);
            index.longest_leave.insert(staff, longest);
        }
        for f in &records.collections {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Collection(&f.record));
            index.collections_on.entry(f.record.day).or_default().push(&f.record);
        }
        index.first_collection = index.collections_on.keys().min().copied();
        index.complaints = records.complaints.iter().map(|f| &f.record).collect();
        index.capas = records.capas.iter().map(|f| &f.record).collect();
        for f in &records.documents {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Document(&f.record));
        }
        for f in &records.trainings {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Training(&f.record));
            let first = index.first_trained.entry(f.record.staff.as_str()).or_insert(f.record.on);
            *first = (*first).min(f.record.on);
        }
        for f in &records.qualifications {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Qualification(&f.record));
            let first = index.qualified_on.entry(f.record.staff.as_str()).or_insert(f.record.on);
            *first = (*first).min(f.record.on);
        }
        for f in &records.reviews {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Review(&f.record));
            index.reviews_of.entry(f.record.year).or_default().push(&f.record);
        }
        for f in &records.inspections {
            index.by_id.entry(f.record.id).or_insert(AnyRecord::Inspection(&f.record));
        }
        for f in &records.complaints {
            if let Some(day) = f.record.collected {
                *index.box_forms.entry(day).or_default() += 1;
            }
        }
        for f in &records.conducts {
            let c = &f.record;
            index.by_id.entry(c.id).or_insert(AnyRecord::Conduct(c));
            index.conducts_of.entry(c.staff.as_str()).or_default().push(c);
            if let Some(day) = c.removal_effective() {
                let entry = index.removed_on.entry(c.staff.as_str()).or_insert(day);
                *entry = (*entry).min(day);
            }
        }
        index
    }

    pub fn get(&self, id: RecordId) -> Option<AnyRecord<'a>> {
        self.by_id.get(&id).copied()
    }

    pub fn complaint(&self, id: RecordId) -> Option<&'a Complaint> {
        match self.get(id)? {
            AnyRecord::Complaint(c) => Some(c),
            _ => None,
        }
    }

    pub fn capa(&self, id: RecordId) -> Option<&'a Capa> {
        match self.get(id)? {
            AnyRecord::Capa(c) => Some(c),
            _ => None,
        }
    }

    /// A person's slips, by start.
    pub fn leaves_of(&self, staff: &str) -> &[&'a Leave] {
        self.leaves_of.get(staff).map_or(&[], Vec::as_slice)
    }

    /// A person's slips that overlap `[from, to)`: found by start, not by looking at all.
    pub fn leaves_overlapping(
        &self,
        staff: &str,
        from: crate::domain::date::DateTime,
        to: crate::domain::date::DateTime,
    ) -> impl Iterator<Item = &'a Leave> + '_ {
        let slips = self.leaves_of(staff);
        let end = slips.partition_point(|l| l.from < to);
        let reach = chrono::Duration::days(self.longest_leave.get(staff).copied().unwrap_or(0) + 1);
        let earliest = from.0 - reach;
        let start = slips[..end].partition_point(|l| l.from.0 < earliest);
        slips[start..end].iter().copied().filter(move |l| l.overlaps(from, to))
    }

    /// The dispatches of a room's month.
    pub fn dispatched(&self, room: &str, month: crate::domain::date::Month) -> &[&'a Dispatch] {
        self.dispatched.get(room).and_then(|m| m.get(&month)).map_or(&[], Vec::as_slice)
    }

    /// The first incident (smallest id) of this person, kind and day.
    pub fn first_incident(
        &self,
        staff: &str,
        kind: crate::domain::attendance::IncidentKind,
        day: Date,
    ) -> Option<RecordId> {
        self.first_incident.get(staff).and_then(|m| m.get(&(kind, day))).copied()
    }

    pub fn incidents_of(&self, staff: &str) -> &[&'a Incident] {
        self.incidents_of.get(staff).map_or(&[], Vec::as_slice)
    }

    pub fn conducts_of(&self, staff: &str) -> &[&'a Conduct] {
        self.conducts_of.get(staff).map_or(&[], Vec::as_slice)
    }

    pub fn capas_of(&self, staff: &str) -> &[&'a Capa] {
        self.capas_of.get(staff).map_or(&[], Vec::as_slice)
    }

    /// Complaints naming the person as responsible or praised.
    pub fn complaints_about(&self, staff: &str) -> &[&'a Complaint] {
        self.complaints_about.get(staff).map_or(&[], Vec::as_slice)
    }

    /// The day an approved removal of the person took effect (RP-3).
    pub fn removed_on(&self, staff: &str) -> Option<Date> {
        self.removed_on.get(staff).copied()
    }

    /// The complaint-box collections recorded on `day`.
    pub fn collections_on(&self, day: Date) -> &[&'a Collection] {
        self.collections_on.get(&day).map_or(&[], Vec::as_slice)
    }

    /// The first day a collection was recorded: from then on box forms are traced.
    pub fn first_collection(&self) -> Option<Date> {
        self.first_collection
    }

    /// Every complaint, in the records' order.
    pub fn complaints(&self) -> Vec<&'a Complaint> {
        self.complaints.clone()
    }

    /// Every CAPA, in the records' order.
    pub fn capas(&self) -> Vec<&'a Capa> {
        self.capas.clone()
    }

    /// Whether training of `staff` is recorded on or before `day`.
    pub fn trained_by(&self, staff: &str, day: Date) -> bool {
        self.first_trained.get(staff).is_some_and(|d| *d <= day)
    }

    /// The first day a qualification of `staff` is recorded (SC-3.2).
    pub fn qualified_on(&self, staff: &str) -> Option<Date> {
        self.qualified_on.get(staff).copied()
    }

    /// The management-review submissions of a year.
    pub fn reviews_of(&self, year: i32) -> &[&'a Review] {
        self.reviews_of.get(&year).map_or(&[], Vec::as_slice)
    }

    /// How many box forms name `day` as their collection.
    pub fn box_forms_of(&self, day: Date) -> u32 {
        self.box_forms.get(&day).copied().unwrap_or(0)
    }
}

/// Everything a rule may look at.
pub struct World<'a> {
    pub config: &'a Config,
    pub dir: &'a Directory,
    pub calendar: &'a Calendar,
    pub index: Index<'a>,
    /// The report day (`--date`), for [`When::Today`] rules; a step's own day.
    pub today: Date,
    unreadable: &'a std::collections::BTreeSet<RecordId>,
}

impl<'a> World<'a> {
    pub fn new(
        config: &'a Config,
        dir: &'a Directory,
        calendar: &'a Calendar,
        records: &'a Records,
        today: Date,
    ) -> World<'a> {
        World { config, dir, calendar, index: Index::new(records), today, unreadable: &records.unreadable }
    }

    pub fn window(&self) -> u32 {
        self.config.policy.verification_working_days
    }
}

/// Collects the findings about one subject.
pub struct Sink<'o> {
    out: &'o mut Vec<Finding>,
    subject: Subject,
}

impl<'o> Sink<'o> {
    pub fn new(out: &'o mut Vec<Finding>, subject: Subject) -> Sink<'o> {
        Sink { out, subject }
    }

    /// Reports a failed rule under its own clause.
    pub fn report(&mut self, rule: &'static Rule, key: impl Into<String>, message: impl Into<String>) {
        self.report_under(rule, rule.clause, key, message);
    }

    /// Reports a failed rule under the finer clause that applies to this record.
    pub fn report_under(
        &mut self,
        rule: &'static Rule,
        clause: Clause,
        key: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.out.push(Finding { rule, clause, subject: self.subject, key: key.into(), message: message.into() });
    }
}

/// A rule reporting one finding per day or month (a box not emptied, a sheet not sent)
/// lists this many one by one; more become one finding with their count and span.
const FOLD_AFTER: usize = 3;

/// The messages for what was `missed` (in order): one each, or past [`FOLD_AFTER`] one with
/// the count, the first and the last, so output grows with the records, never the days.
fn folded<T: Copy>(missed: &[T], one: impl Fn(T) -> String, many: impl Fn(usize, T, T) -> String) -> Vec<String> {
    match (missed.first(), missed.last()) {
        (Some(first), Some(last)) if missed.len() > FOLD_AFTER => vec![many(missed.len(), *first, *last)],
        _ => missed.iter().map(|m| one(*m)).collect(),
    }
}

/// Runs every rule over `svc.toml` and every record. Findings come back grouped by
/// subject, in a stable order.
pub fn check(config: &Config, calendar: &Calendar, records: &Records, today: Date) -> Vec<Finding> {
    let dir = Directory::new(config);
    let world = World::new(config, &dir, calendar, records, today);
    let mut out = Vec::new();
    config::check(config, &|id| world.index.qualified_on(id).is_some(), &mut Sink::new(&mut out, Subject::Config));
    records.visit(&mut CheckKinds { world: &world, out: &mut out });
    filing::unique_ids(records, &mut out);
    attendance::sheets_sent(&world, records, &mut Sink::new(&mut out, Subject::Config));
    collection::collected_daily(&world, records, &mut Sink::new(&mut out, Subject::Config));
    review::submitted(&world, records, &mut Sink::new(&mut out, Subject::Config));
    config::next_year_known(&world, &mut Sink::new(&mut out, Subject::Config));
    out.sort_by_key(|f| f.subject);
    out
}

/// Every kind's rules over its records ([`check_kind`]).
struct CheckKinds<'w, 'o> {
    world: &'w World<'w>,
    out: &'o mut Vec<Finding>,
}

impl Visit<'_> for CheckKinds<'_, '_> {
    fn visit<T: Known>(&mut self, filed: &[Filed<T>]) {
        check_kind(filed, self.world, self.out);
    }
}

/// Runs a kind's rules over its records, in parallel; findings keep the records' order.
fn check_kind<T: Kind + Sync>(filed: &[Filed<T>], world: &World, out: &mut Vec<Finding>) {
    use rayon::prelude::*;
    let found: Vec<Vec<Finding>> = filed
        .par_iter()
        .map(|f| {
            let mut mine = Vec::new();
            let mut sink = Sink::new(&mut mine, f.subject());
            if let Some(origin) = &f.origin {
                filing::placed(&f.record, origin, &mut sink);
            }
            filing::plain_text(&f.record, &mut sink);
            f.record.check(world, &mut sink);
            mine
        })
        .collect();
    out.extend(found.into_iter().flatten());
}

/// What a step runs on the record it changed: every rule of its kind; any error refuses
/// the step with the clause and every reason.
pub fn validate<T: Kind>(record: &T, world: &World) -> Result<(), Refusal> {
    let mut out = Vec::new();
    let mut sink = Sink::new(&mut out, Subject::Record(record.id()));
    filing::plain_text(record, &mut sink);
    record.check(world, &mut sink);
    let mut errors = out.into_iter().filter(|f| f.severity() == Severity::Error);
    let Some(first) = errors.next() else { return Ok(()) };
    let mut message = first.message;
    for more in errors {
        // The refusal ends with the first clause: a further reason under the same clause
        // does not repeat it (`[CC-4.5] [CC-4.5]`).
        if more.clause == first.clause {
            message.push_str(&t!("refusal-and-same", message = more.message));
        } else {
            message.push_str(&t!("refusal-and", message = more.message, clause = more.clause));
        }
    }
    Err(Refusal { clause: first.clause, message })
}

/// The centre a step or a check runs in: svc.toml, its directory and calendar.
#[derive(Clone, Copy)]
pub struct Centre<'a> {
    pub config: &'a Config,
    pub dir: &'a Directory,
    pub calendar: &'a Calendar,
}

/// Admits a new or changed record: `records` holds what the rules consult. The record must
/// pass every rule of its kind, and must not break a rule for any record around it (a leave
/// slip approved over a recorded absence, say): a step never makes `svc check` worse.
pub fn admit<T: Kind>(record: &T, mut records: Records, centre: Centre, today: Date) -> Result<(), Refusal> {
    let before = errors_around(record.id(), &records, centre, today);
    records.put(record.clone());
    let world = World::new(centre.config, centre.dir, centre.calendar, &records, today);
    validate(record, &world)?;
    let after = errors_around(record.id(), &records, centre, today);
    match after.into_iter().find(|f| !before.contains(f)) {
        None => Ok(()),
        Some(broken) => {
            let other = match broken.subject {
                Subject::Record(id) => id.to_string(),
                _ => t!("refusal-another-record"),
            };
            Err(Refusal {
                clause: broken.clause,
                message: t!("refusal-would-break", other = other, message = broken.message),
            })
        }
    }
}

/// The errors of every record in `records` but `id`, as a step sees them.
fn errors_around(id: RecordId, records: &Records, centre: Centre, today: Date) -> Vec<Finding> {
    let world = World::new(centre.config, centre.dir, centre.calendar, records, today);
    let mut out = Vec::new();
    records.visit(&mut ErrorsOf { except: id, world: &world, out: &mut out });
    out.retain(|f| f.severity() == Severity::Error);
    out
}

/// The findings of every record but `except`, as a step sees them.
struct ErrorsOf<'w, 'o> {
    except: RecordId,
    world: &'w World<'w>,
    out: &'o mut Vec<Finding>,
}

impl Visit<'_> for ErrorsOf<'_, '_> {
    fn visit<T: Known>(&mut self, filed: &[Filed<T>]) {
        for f in filed.iter().filter(|f| f.record.id() != self.except) {
            f.record.check(self.world, &mut Sink::new(self.out, Subject::Record(f.record.id())));
        }
    }
}

/// Applies a step to a copy of `record`, checks the result with every rule of its kind,
/// and only then keeps it. A refused step leaves `record` as it was.
pub fn apply<T: Kind, R>(
    record: &mut T,
    records: Records,
    centre: Centre,
    today: Date,
    step: impl FnOnce(&mut T) -> Result<R, Refusal>,
) -> Result<R, Refusal> {
    let mut changed = record.clone();
    let out = step(&mut changed)?;
    admit(&changed, records, centre, today)?;
    *record = changed;
    Ok(out)
}

// ---- helpers shared by the rule modules -------------------------------------------------

impl World<'_> {
    /// The person, reported under [`people::STAFF_KNOWN`] when the id is not in svc.toml.
    fn person(&self, id: &str, key: &str, sink: &mut Sink) -> Option<&Staff> {
        let found = self.dir.staff(id);
        if found.is_none() {
            sink.report(&people::STAFF_KNOWN, key, unknown_staff(id, self.dir));
        }
        found
    }

    /// `later` is not before `earlier` ([`people::DATES_IN_ORDER`]); each is named by a
    /// catalogue id (`tid!("when-triage")`), looked up only for a finding.
    fn in_order(&self, earlier: (Date, &str), later: (Date, &str), key: &str, sink: &mut Sink) {
        if later.0 < earlier.0 {
            let (what, before) = (crate::i18n::message(later.1, None), crate::i18n::message(earlier.1, None));
            sink.report(
                &people::DATES_IN_ORDER,
                key,
                t!("rule-dates-in-order", what = what, day = later.0, before = before, before_day = earlier.0),
            );
        }
    }

    /// Working time from `from` to `to` is counted on years the calendar knows
    /// ([`config::YEAR_KNOWN`], the readings' "calendar").
    fn counts_in(&self, from: Date, to: Date, key: &str, sink: &mut Sink) {
        if let Some(year) = self.calendar.unknown_year(from, to) {
            sink.report(&config::YEAR_KNOWN, key, t!("rule-year-unknown", year = year, from = from, to = to));
        }
    }

    /// What to say of a referenced record not among those read: its file is there but
    /// could not be read (the finding on that file says why), or it does not exist.
    fn missing(&self, id: RecordId, missing: String) -> String {
        if self.unreadable.contains(&id) { t!("rule-record-unreadable", id = id) } else { missing }
    }

    /// Not dated after the report day ([`people::NOT_AFTER_TODAY`]).
    fn not_future(&self, day: Date, key: &str, sink: &mut Sink) {
        if day > self.today {
            sink.report(&people::NOT_AFTER_TODAY, key, t!("rule-not-after-today", day = day, today = self.today));
        }
    }

    /// The person acts for the coordination office; `rule` names the step's clause, `what`
    /// the step (a catalogue id).
    fn office(&self, id: &str, key: &str, rule: &'static Rule, what: &str, sink: &mut Sink) {
        if let Some(s) = self.person(id, key, sink)
            && !s.role.acts_for_coordination_office()
        {
            let what = crate::i18n::message(what, None);
            let who = format!("{} {}", s.id, s.name);
            sink.report(rule, key, t!("rule-office-step", what = what, who = who, role = s.role.name()));
        }
    }

    /// Every act on the record is by someone in the directory and not after their removal.
    fn acts(&self, acts: &[Act], sink: &mut Sink) {
        for act in acts {
            if let Some(removed) = self.index.removed_on(act.by)
                && act.on > removed
            {
                sink.report(
                    &people::NO_STEPS_AFTER_REMOVAL,
                    &act.key,
                    t!("rule-removed-no-steps", who = act.by, day = removed),
                );
            }
        }
    }
}

/// Stable text for a role in messages.
fn role_name(role: Role) -> String {
    role.name()
}
