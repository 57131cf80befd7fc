//! The world a rule looks at beyond its own record: the index of every record by id
//! and by person, the directory, the calendar, the day; and the helpers rules share.

use crate::i18n::Msg;
use crate::msg;
use std::collections::HashMap;

use super::*;
use crate::domain::attendance::{Dispatch, Incident};
use crate::domain::calendar::Calendar;
use crate::domain::capa::Capa;
use crate::domain::collection::Collection;
use crate::domain::complaint::Complaint;
use crate::domain::conduct::Conduct;
use crate::domain::config::{Config, Directory, Role, Staff};
use crate::domain::date::Date;
use crate::domain::fields::unknown_staff;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::leave::Leave;
use crate::domain::review::Review;

/// Lookups across records, built once per run.
#[derive(Debug, Default)]
pub struct Index<'a> {
    /// Every record by id ([`ById`]).
    by_id: ById<'a>,
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

/// Every record by id: for each kind of id, the places of the records holding one, sorted
/// by id (stably: the files of one id stay in the order read). A place is a record's
/// number in the order read (the kinds' slots one after another), so it is four bytes a
/// record, where a list of every record with its id would be forty and a hash map more.
/// Searched by halving; its runs of one id are the files that share it
/// (`file.id-unique`), a complaint's file given a CAPA's id included.
#[derive(Debug, Default)]
struct ById<'a> {
    records: Option<&'a Records>,
    /// Where each kind's slot starts in the order read, and where the last one ends.
    starts: Vec<usize>,
    /// By the kind of the id.
    places: Vec<Vec<u32>>,
}

impl<'a> ById<'a> {
    fn new(records: &'a Records) -> ById<'a> {
        let mut starts = vec![0];
        for &kind in &RecordKind::ALL {
            starts.push(starts.last().copied().unwrap_or(0) + records.len_of(kind));
        }
        // Sorted by a copy of the ids, freed after: a comparison is then two ids side by
        // side, not two records looked up.
        let mut keyed: Vec<Vec<(RecordId, u32)>> = RecordKind::ALL.iter().map(|_| Vec::new()).collect();
        for (k, &kind) in RecordKind::ALL.iter().enumerate() {
            for at in 0..records.len_of(kind) {
                let id = records.entry(kind, at).id;
                let place = u32::try_from(starts[k] + at).expect("fewer than 4 billion records");
                keyed[id.kind as usize].push((id, place));
            }
        }
        let places = keyed
            .into_iter()
            .map(|mut keyed| {
                keyed.sort_unstable();
                // A new list of exactly its size: collected in place it would keep the
                // keyed list's four-times-larger allocation.
                let mut places = Vec::with_capacity(keyed.len());
                places.extend(keyed.iter().map(|&(_, place)| place));
                places
            })
            .collect();
        ById { records: Some(records), starts, places }
    }

    /// The record at a place in the order read.
    fn at(&self, place: u32) -> Option<Entry<'a>> {
        let place = place as usize;
        let k = self.starts.partition_point(|&start| start <= place).checked_sub(1)?;
        Some(self.records?.entry(*RecordKind::ALL.get(k)?, place - self.starts[k]))
    }

    /// The records of each id that more than one record holds, in the order read: the
    /// runs of one id in the sorted places.
    fn shared(&self) -> impl Iterator<Item = Vec<Entry<'a>>> + '_ {
        let id = |place: u32| self.at(place).map(|e| e.id);
        self.places
            .iter()
            .flat_map(move |places| places.chunk_by(move |&a, &b| id(a) == id(b)))
            .filter(|run| run.len() > 1)
            .map(|run| run.iter().filter_map(|&place| self.at(place)).collect())
    }

    fn get(&self, id: RecordId) -> Option<Entry<'a>> {
        let places = self.places.get(id.kind as usize)?;
        let first = places.partition_point(|&place| self.at(place).is_some_and(|e| e.id < id));
        places.get(first).and_then(|&place| self.at(place)).filter(|e| e.id == id)
    }
}

impl<'a> Index<'a> {
    pub fn new(records: &'a Records) -> Index<'a> {
        let mut index = Index { by_id: ById::new(records), ..Index::default() };
        for f in &records.complaints {
            if let Some(a) = &f.record.analysis {
                index.complaints_about.entry(a.responsible.as_str()).or_default().push(&f.record);
            }
            if let Some(p) = &f.record.praised {
                index.complaints_about.entry(p.as_str()).or_default().push(&f.record);
            }
        }
        for f in &records.capas {
            index.capas_of.entry(f.record.responsible.as_str()).or_default().push(&f.record);
        }
        for f in &records.leaves {
            index.leaves_of.entry(f.record.staff.as_str()).or_default().push(&f.record);
        }
        for f in &records.incidents {
            let i = &f.record;
            index.incidents_of.entry(i.staff.as_str()).or_default().push(i);
            let first =
                index.first_incident.entry(i.staff.as_str()).or_default().entry((i.kind, i.date)).or_insert(i.id);
            *first = (*first).min(i.id);
        }
        for f in &records.dispatches {
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
            index.collections_on.entry(f.record.day).or_default().push(&f.record);
        }
        index.first_collection = index.collections_on.keys().min().copied();
        index.complaints = records.complaints.iter().map(|f| &f.record).collect();
        index.capas = records.capas.iter().map(|f| &f.record).collect();
        for f in &records.trainings {
            let first = index.first_trained.entry(f.record.staff.as_str()).or_insert(f.record.on);
            *first = (*first).min(f.record.on);
        }
        for f in &records.qualifications {
            let first = index.qualified_on.entry(f.record.staff.as_str()).or_insert(f.record.on);
            *first = (*first).min(f.record.on);
        }
        for f in &records.reviews {
            index.reviews_of.entry(f.record.year).or_default().push(&f.record);
        }
        for f in &records.complaints {
            if let Some(day) = f.record.collected {
                *index.box_forms.entry(day).or_default() += 1;
            }
        }
        for f in &records.conducts {
            let c = &f.record;
            index.conducts_of.entry(c.staff.as_str()).or_default().push(c);
            if let Some(day) = c.removal_effective() {
                let entry = index.removed_on.entry(c.staff.as_str()).or_insert(day);
                *entry = (*entry).min(day);
            }
        }
        index
    }

    pub fn get(&self, id: RecordId) -> Option<AnyRecord<'a>> {
        // The first of two files holding one id (reported by `file.id-unique`) is the
        // one rules see.
        self.by_id.get(id).map(|e| e.record)
    }

    /// The records of each id that more than one record holds, in the order read.
    pub fn shared_ids(&self) -> impl Iterator<Item = Vec<Entry<'a>>> + '_ {
        self.by_id.shared()
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
    pub fn complaints(&self) -> &[&'a Complaint] {
        &self.complaints
    }

    /// Every CAPA, in the records' order.
    pub fn capas(&self) -> &[&'a Capa] {
        &self.capas
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

// ---- helpers shared by the rule modules -------------------------------------------------

impl World<'_> {
    /// The person, reported under [`people::STAFF_KNOWN`] when the id is not in svc.toml.
    pub(super) fn person(&self, id: &str, key: &str, sink: &mut Sink) -> Option<&Staff> {
        let found = self.dir.staff(id);
        if found.is_none() {
            sink.report(&people::STAFF_KNOWN, key, unknown_staff(id, self.dir));
        }
        found
    }

    /// `later` is not before `earlier` ([`people::DATES_IN_ORDER`]); each is named by a
    /// catalogue id (`tid!("when-triage")`), looked up only for a finding.
    pub(super) fn in_order(
        &self,
        earlier: (Date, &'static str),
        later: (Date, &'static str),
        key: &str,
        sink: &mut Sink,
    ) {
        if later.0 < earlier.0 {
            let (what, before) = (Msg::new(later.1), Msg::new(earlier.1));
            sink.report(
                &people::DATES_IN_ORDER,
                key,
                msg!("rule-dates-in-order", what = what, day = later.0, before = before, before_day = earlier.0),
            );
        }
    }

    /// Working time from `from` to `to` is counted on years the calendar knows
    /// ([`config::YEAR_KNOWN`], the readings' "calendar").
    pub(super) fn counts_in(&self, from: Date, to: Date, key: &str, sink: &mut Sink) {
        if let Some(year) = self.calendar.unknown_year(from, to) {
            sink.report(&config::YEAR_KNOWN, key, msg!("rule-year-unknown", year = year, from = from, to = to));
        }
    }

    /// What to say of a referenced record not among those read: its file is there but
    /// could not be read (the finding on that file says why), or it does not exist.
    pub(super) fn missing(&self, id: RecordId, missing: Msg) -> Msg {
        if self.unreadable.contains(&id) { msg!("rule-record-unreadable", id = id) } else { missing }
    }

    /// Not dated after the report day ([`people::NOT_AFTER_TODAY`]).
    pub(super) fn not_future(&self, day: Date, key: &str, sink: &mut Sink) {
        if day > self.today {
            sink.report(&people::NOT_AFTER_TODAY, key, msg!("rule-not-after-today", day = day, today = self.today));
        }
    }

    /// The person acts for the coordination office; `rule` names the step's clause, `what`
    /// the step (a catalogue id).
    pub(super) fn office(&self, id: &str, key: &str, rule: &'static Rule, what: &'static str, sink: &mut Sink) {
        if let Some(s) = self.person(id, key, sink)
            && !s.role.acts_for_coordination_office()
        {
            let what = Msg::new(what);
            let who = format!("{} {}", s.id, s.name);
            sink.report(rule, key, msg!("rule-office-step", what = what, who = who, role = s.role.name()));
        }
    }

    /// Every act on the record is by someone in the directory and not after their removal.
    pub(super) fn acts(&self, acts: &[Act], sink: &mut Sink) {
        for act in acts {
            if let Some(removed) = self.index.removed_on(act.by)
                && act.on > removed
            {
                sink.report(
                    &people::NO_STEPS_AFTER_REMOVAL,
                    &act.key,
                    msg!("rule-removed-no-steps", who = act.by, day = removed),
                );
            }
        }
    }
}

/// Stable text for a role in messages.
pub(super) fn role_name(role: Role) -> Msg {
    role.name()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::Bench;

    /// The index finds every record by its id, and of two files holding one id (reported
    /// by `file.id-unique`) rules see the first one read.
    #[test]
    fn by_id_finds_each_record_and_the_first_of_a_shared_id() {
        let mut b = Bench::new();
        let (complaint, capa) = b.analysed();
        let other = b.complaint();
        let mut twin: Complaint = b.get(other);
        twin.summary = "a second file with the same id".into();
        b.records.extend([twin]);
        assert_eq!(b.records.complaints.len(), 3, "both files of the shared id are held");
        let index = Index::new(&b.records);
        assert!(matches!(index.get(capa), Some(AnyRecord::Capa(c)) if c.id == capa));
        assert_eq!(index.complaint(complaint).map(|c| c.id), Some(complaint));
        let seen = index.complaint(other).expect("indexed");
        assert_ne!(&*seen.summary, "a second file with the same id");
        let missing = RecordId::new(crate::domain::id::RecordKind::Complaint, 2026, 999);
        assert!(index.get(missing).is_none());
        let shared: Vec<_> = index.shared_ids().collect();
        assert_eq!(shared.len(), 1, "one id is held twice");
        let summaries: Vec<&str> = shared[0]
            .iter()
            .map(|e| match e.record {
                AnyRecord::Complaint(c) => &*c.summary,
                _ => "",
            })
            .collect();
        assert_eq!(summaries, [&*seen.summary, "a second file with the same id"], "in the order read");
    }

    /// A complaint's file that holds a CAPA's id shares that id with the CAPA: the index
    /// finds both, and rules see the one read first (complaints are read before CAPAs).
    #[test]
    fn an_id_held_by_a_record_of_another_kind_is_shared() {
        let mut b = Bench::new();
        let (complaint, capa) = b.analysed();
        let mut stray: Complaint = b.get(complaint);
        stray.id = capa;
        b.records.extend([stray]);
        let index = Index::new(&b.records);
        let shared: Vec<_> = index.shared_ids().collect();
        assert_eq!(shared.len(), 1);
        let kinds: Vec<&str> = shared[0]
            .iter()
            .map(|e| match e.record {
                AnyRecord::Complaint(_) => "complaint",
                AnyRecord::Capa(_) => "capa",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["complaint", "capa"]);
        assert!(matches!(index.get(capa), Some(AnyRecord::Complaint(_))));
        assert!(index.capa(capa).is_none(), "the first file read is the complaint's");
        assert_eq!(index.complaint(complaint).map(|c| c.id), Some(complaint));
    }
}
