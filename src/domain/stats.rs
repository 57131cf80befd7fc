//! The year's complaint statistics for management review (CC-4.8). Every figure comes
//! from the records; customers' personal data never enters the report.

use std::collections::BTreeMap;

use serde::Serialize;

use super::calendar::Calendar;
use super::capa::Capa;
use super::complaint::{Channel, Complaint, Responsibility};
use super::config::Config;
use super::date::Date;
use super::id::RecordId;
use super::refs::{CauseId, RoomId};

/// One row of the Pareto of cause categories.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ParetoRow {
    pub category: String,
    pub count: u32,
    /// Share of all analysed complaints, 0..=1.
    pub share: f64,
    pub cumulative: f64,
    /// Among the few categories that make up the first 80% (the vital few).
    pub vital: bool,
}

/// The same problem back (同類問題再次發生, CC-1): a complaint with the same cause category in
/// the same room as an earlier complaint whose CAPA had been verified effective before it
/// was received, within `[policy] recurrence_window_days` of that verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Recurrence {
    pub complaint: RecordId,
    /// The latest earlier complaint it recurs from.
    pub after: RecordId,
    pub cause: String,
    pub room: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CapaFigures {
    pub opened: u32,
    /// Verified effective in the year.
    pub closed: u32,
    /// Opened by the end of the year (or the day, if earlier) and not yet effective then.
    pub open_at_end: u32,
    /// Of the CAPAs closed in the year: how many needed 1, 2, ... rounds.
    pub rounds_needed: BTreeMap<u32, u32>,
    /// Closed in one round / closed; `None` when none closed.
    pub first_time_rate: Option<f64>,
    pub verifications_on_time: u32,
    pub verifications_late: u32,
    /// Actions done in the year, and how many of those by their planned date.
    pub actions_done: u32,
    pub actions_done_by_due: u32,
    pub reminders: u32,
    /// Median working days from receipt to closing, over complaints closed in the year.
    pub median_days_to_close: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ReplyFigures {
    pub wanted: u32,
    pub given: u32,
    pub outstanding: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct YearlyReport {
    pub year: i32,
    /// The report day: the figures are everything known on it about the year's complaints.
    pub as_of: Date,
    pub complaints: u32,
    /// Praise received on the same form; not counted as complaints.
    pub praise: u32,
    pub by_month: [u32; 12],
    pub by_channel: BTreeMap<Channel, u32>,
    pub by_room: BTreeMap<String, u32>,
    /// `ours`, `customer`, `untriaged`.
    pub by_responsibility: BTreeMap<&'static str, u32>,
    pub pareto: Vec<ParetoRow>,
    pub recurrences: Vec<Recurrence>,
    pub capa: CapaFigures,
    pub replies: ReplyFigures,
    pub previous_year: PreviousYear,
}

/// The same headline figures a year earlier, for the change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PreviousYear {
    pub year: i32,
    pub complaints: u32,
    pub recurrences: u32,
    pub by_category: BTreeMap<String, u32>,
}

/// What the figures read of a complaint, as it stood on the report day: no text and no
/// customer data (CC-4.8), so a year's figures hold a few dozen bytes per complaint.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintFacts {
    pub id: RecordId,
    pub received: Date,
    pub channel: Channel,
    pub room: RoomId,
    /// A praise on the same form, not a complaint.
    pub praise: bool,
    /// The triage's judgement, once triaged.
    pub responsibility: Option<Responsibility>,
    /// The cause category and the CAPA, once analysed.
    pub analysis: Option<(CauseId, RecordId)>,
    pub closed_on: Option<Date>,
    pub wants_reply: bool,
    pub replied: bool,
}

impl ComplaintFacts {
    /// The facts of the form as it stood at the end of `day` ([`Complaint::into_as_of`],
    /// the one definition of "as it stood"); None if it was not yet received.
    pub fn of(complaint: Complaint, day: Date) -> Option<ComplaintFacts> {
        complaint.into_as_of(day).map(ComplaintFacts::stood)
    }

    /// The facts of a form already taken as it stood on the report day.
    fn stood(c: Complaint) -> ComplaintFacts {
        ComplaintFacts {
            id: c.id,
            received: c.received,
            channel: c.channel,
            praise: c.is_praise(),
            responsibility: c.triage.as_ref().map(|t| t.responsibility),
            analysis: c.analysis.map(|a| (a.cause_category, a.capa)),
            closed_on: c.closing.as_ref().map(|cl| cl.on),
            wants_reply: c.customer.wants_reply,
            replied: c.closing.as_ref().is_some_and(|cl| cl.reply.is_some()),
            room: c.room,
        }
    }
}

/// What the figures read of a CAPA, as it stood on the report day.
#[derive(Debug, Clone, PartialEq)]
pub struct CapaFacts {
    pub id: RecordId,
    pub effective_on: Option<Date>,
    pub rounds: u32,
    pub verifications_on_time: u32,
    pub verifications_late: u32,
    pub actions_done: u32,
    pub actions_done_by_due: u32,
    pub reminders: u32,
}

impl CapaFacts {
    /// The facts of the report as it stood at the end of `day` ([`Capa::into_as_of`]); None
    /// if it was not yet opened.
    pub fn of(capa: Capa, day: Date) -> Option<CapaFacts> {
        capa.into_as_of(day).map(CapaFacts::stood)
    }

    /// The facts of a report already taken as it stood on the report day.
    fn stood(capa: Capa) -> CapaFacts {
        let mut f = CapaFacts {
            id: capa.id,
            effective_on: capa.effective_on(),
            rounds: capa.rounds.len() as u32,
            reminders: capa.reminders.len() as u32,
            verifications_on_time: 0,
            verifications_late: 0,
            actions_done: 0,
            actions_done_by_due: 0,
        };
        for round in &capa.rounds {
            if let Some(v) = &round.verification {
                if v.late {
                    f.verifications_late += 1;
                } else {
                    f.verifications_on_time += 1;
                }
            }
            for a in &round.actions {
                if let Some(done) = a.done {
                    f.actions_done += 1;
                    if done <= a.due {
                        f.actions_done_by_due += 1;
                    }
                }
            }
        }
        f
    }
}

/// The complaints and CAPAs the figures of `year` read ([`yearly`]), of all the records:
/// the complaints counted (received in the year or the year before, whose figures the
/// report compares), those whose CAPA was verified effective no more than `window` days
/// before the first of January of the year before (a fix a counted complaint can be the
/// same problem back after, [`recurrences`]), and the CAPAs these complaints name. Taking
/// a record as of a day only drops what came later, so a record left out as written is
/// left out as of any day: the figures from these are the figures from every record.
pub fn read_for_year<'a>(
    year: i32,
    window: u32,
    complaints: &[&'a Complaint],
    capas: &[&'a Capa],
) -> (Vec<&'a Complaint>, Vec<&'a Capa>) {
    let fixes: std::collections::HashSet<RecordId> = (capas.iter())
        .filter(|c| c.effective_on().is_some_and(|on| fix_counts_in(year, window, on)))
        .map(|c| c.id)
        .collect();
    let capa_of = |c: &Complaint| c.analysis.as_ref().map(|a| a.capa);
    let read: Vec<&Complaint> = (complaints.iter().copied())
        .filter(|c| counted_in(year, c.received) || capa_of(c).is_some_and(|id| fixes.contains(&id)))
        .collect();
    let named: std::collections::HashSet<RecordId> = read.iter().filter_map(|c| capa_of(c)).collect();
    (read, capas.iter().copied().filter(|c| named.contains(&c.id)).collect())
}

/// The complaints [`yearly`] counts for `year`: received in it, or in the year before.
fn counted_in(year: i32, received: Date) -> bool {
    (year - 1..=year).contains(&received.year())
}

/// Whether a CAPA verified effective on `effective_on` can be the fix a complaint counted
/// in `year` comes back after: no more than `window` days before the year before began,
/// and not after the year ended (a recurrence is received after its fix). Without the
/// second bound every later fix was read for an early year: at 1,000,000 records each
/// review of one read nearly every complaint.
fn fix_counts_in(year: i32, window: u32, effective_on: Date) -> bool {
    let earliest = Date::from_ymd(year - 1, 1, 1)
        .and_then(|first| first.0.checked_sub_days(chrono::Days::new(window.into())))
        .is_none_or(|earliest| effective_on.0 >= earliest);
    earliest && effective_on.year() <= year
}

/// Every complaint's and CAPA's facts as they stood at the end of `day`.
pub fn facts<'a>(
    complaints: impl IntoIterator<Item = &'a Complaint>,
    capas: impl IntoIterator<Item = &'a Capa>,
    day: Date,
) -> (Vec<ComplaintFacts>, Vec<CapaFacts>) {
    (
        complaints.into_iter().filter_map(|c| c.as_of(day)).map(ComplaintFacts::stood).collect(),
        capas.into_iter().filter_map(|c| c.as_of(day)).map(CapaFacts::stood).collect(),
    )
}

/// Everything the yearly report reads.
pub struct YearInput<'a> {
    pub year: i32,
    /// The report day: `complaints` and `capas` are the records as they stood at its end
    /// ([`facts`] of this day).
    pub today: Date,
    pub complaints: &'a [ComplaintFacts],
    pub capas: &'a [CapaFacts],
    pub calendar: &'a Calendar,
    /// svc.toml: the rooms, the cause categories in their order (ties in the Pareto follow
    /// it) and `[policy] recurrence_window_days` (how long after a fix the same problem
    /// counts as coming back).
    pub config: &'a Config,
}

/// The yearly report on the report day (`today`), CC-4.8 as read after the second review:
/// the complaints received in the year and everything known about them that day (their
/// triage, cause, CAPA rounds, verifications, replies), even when it happened in January of
/// the next year. Every record is seen as it stood that day (steps dated after it left out,
/// by [`facts`]), so a report made on 2027-03-01 gives the figures of 2027-03-01, whenever
/// it is run.
pub fn yearly(input: &YearInput) -> YearlyReport {
    let year = input.year;
    let of_year = |c: &&ComplaintFacts| c.received.year() == year;
    let complaints: Vec<&ComplaintFacts> = input.complaints.iter().filter(of_year).filter(|c| !c.praise).collect();
    let praise = input.complaints.iter().filter(of_year).filter(|c| c.praise).count() as u32;
    let mut by_month = [0u32; 12];
    let mut by_channel: BTreeMap<Channel, u32> =
        <Channel as crate::domain::token::Token>::ALL.iter().map(|c| (*c, 0)).collect();
    let mut by_room: BTreeMap<String, u32> = input.config.rooms.iter().map(|r| (r.id.to_string(), 0)).collect();
    let mut by_responsibility: BTreeMap<&'static str, u32> =
        [("ours", 0), ("customer", 0), ("untriaged", 0)].into_iter().collect();
    for c in &complaints {
        by_month[c.received.month() as usize - 1] += 1;
        *by_channel.entry(c.channel).or_insert(0) += 1;
        tally(&mut by_room, &c.room);
        let whose = match c.responsibility {
            Some(Responsibility::Ours) => "ours",
            Some(Responsibility::Customer) => "customer",
            None => "untriaged",
        };
        *by_responsibility.entry(whose).or_insert(0) += 1;
    }
    let capas: BTreeMap<RecordId, &CapaFacts> = input.capas.iter().map(|c| (c.id, c)).collect();
    let categories: Vec<String> = input.config.complaints.cause_categories.iter().map(|c| c.id.to_string()).collect();
    let window = input.config.policy.recurrence_window_days;
    YearlyReport {
        year,
        as_of: input.today,
        complaints: complaints.len() as u32,
        praise,
        by_month,
        by_channel,
        by_room,
        by_responsibility,
        pareto: pareto(&complaints, &categories),
        recurrences: recurrences(year, input.complaints, &capas, window).0,
        capa: capa_figures(&complaints, &capas, input.calendar),
        replies: replies(&complaints),
        previous_year: previous(input, &capas),
    }
}

fn category_counts(complaints: &[&ComplaintFacts]) -> BTreeMap<String, u32> {
    let mut counts = BTreeMap::new();
    for (category, _) in complaints.iter().filter_map(|c| c.analysis.as_ref()) {
        tally(&mut counts, category);
    }
    counts
}

/// One more under `key`, the key copied only the first time it is seen.
fn tally(counts: &mut BTreeMap<String, u32>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => drop(counts.insert(key.to_string(), 1)),
    }
}

/// Categories by count, largest first (ties in svc.toml order); the vital few are those
/// needed to reach 80% of the analysed complaints.
pub fn pareto(complaints: &[&ComplaintFacts], categories: &[String]) -> Vec<ParetoRow> {
    let counts = category_counts(complaints);
    let total: u32 = counts.values().sum();
    let order = |c: &String| categories.iter().position(|k| k == c).unwrap_or(usize::MAX);
    let mut rows: Vec<(String, u32)> = counts.into_iter().filter(|(_, n)| *n > 0).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(order(&a.0).cmp(&order(&b.0))).then(a.0.cmp(&b.0)));
    let mut running = 0;
    rows.into_iter()
        .map(|(category, count)| {
            let before = running;
            running += count;
            ParetoRow {
                category,
                count,
                share: f64::from(count) / f64::from(total),
                cumulative: f64::from(running) / f64::from(total),
                vital: f64::from(before) < 0.8 * f64::from(total),
            }
        })
        .collect()
}

/// The day a complaint's CAPA was verified effective, if it was.
fn effective_on(c: &ComplaintFacts, capas: &BTreeMap<RecordId, &CapaFacts>) -> Option<Date> {
    capas.get(&c.analysis.as_ref()?.1)?.effective_on
}

/// Complaints of the year that are the same problem back (see [`Recurrence`]): same cause
/// category, same room, received strictly after an earlier complaint's CAPA was verified
/// effective and at most `window` days after it. Received on the very day of that
/// verification is not a recurrence: the fix was still being confirmed that day. Only the
/// latest fix before a complaint can be within the window if any is.
///
/// One sweep per (room, cause): complaints and fixes each sorted by day, a pointer walking
/// the fixes. Returns the recurrences and the work done (records visited), which grows
/// linearly with the records (a test holds it to that).
pub fn recurrences(
    year: i32,
    all: &[ComplaintFacts],
    capas: &BTreeMap<RecordId, &CapaFacts>,
    window: u32,
) -> (Vec<Recurrence>, usize) {
    type Key<'a> = (&'a str, &'a str);
    let mut fixes: BTreeMap<Key, Vec<(Date, RecordId)>> = BTreeMap::new();
    let mut asked: BTreeMap<Key, Vec<(Date, RecordId)>> = BTreeMap::new();
    let mut work = 0;
    for c in all {
        work += 1;
        let Some((category, _)) = &c.analysis else { continue };
        let key = (c.room.as_str(), category.as_str());
        if let Some(on) = effective_on(c, capas) {
            fixes.entry(key).or_default().push((on, c.id));
        }
        if c.received.year() == year && !c.praise {
            asked.entry(key).or_default().push((c.received, c.id));
        }
    }
    let mut found = Vec::new();
    for (key, mut complaints) in asked {
        let mut fixed = fixes.remove(&key).unwrap_or_default();
        complaints.sort();
        fixed.sort();
        let mut next = 0;
        let mut latest: Option<(Date, RecordId)> = None;
        for (received, id) in complaints {
            while next < fixed.len() && fixed[next].0 < received {
                latest = Some(fixed[next]);
                next += 1;
                work += 1;
            }
            work += 1;
            if let Some((fixed_on, after)) = latest
                && received <= fixed_on.succ_n(window)
            {
                found.push(Recurrence { complaint: id, after, cause: key.1.to_string(), room: key.0.to_string() });
            }
        }
    }
    found.sort_by_key(|r| r.complaint);
    (found, work)
}

/// The CAPA figures of the year's complaints (CC-4.8: the events counted are those of the
/// year's complaints, whenever on or before the report day they happened).
fn capa_figures(
    complaints: &[&ComplaintFacts],
    capas: &BTreeMap<RecordId, &CapaFacts>,
    calendar: &Calendar,
) -> CapaFigures {
    let of_year: std::collections::BTreeSet<RecordId> =
        complaints.iter().filter_map(|c| c.analysis.as_ref()).map(|(_, capa)| *capa).collect();
    let mut f = CapaFigures::default();
    let mut first_time = 0;
    for capa in of_year.iter().filter_map(|id| capas.get(id)) {
        f.opened += 1;
        if capa.effective_on.is_some() {
            f.closed += 1;
            *f.rounds_needed.entry(capa.rounds).or_insert(0) += 1;
            if capa.rounds == 1 {
                first_time += 1;
            }
        } else {
            f.open_at_end += 1;
        }
        f.verifications_late += capa.verifications_late;
        f.verifications_on_time += capa.verifications_on_time;
        f.actions_done += capa.actions_done;
        f.actions_done_by_due += capa.actions_done_by_due;
        f.reminders += capa.reminders;
    }
    f.first_time_rate = (f.closed > 0).then(|| f64::from(first_time) / f64::from(f.closed));
    let mut days: Vec<i64> =
        complaints.iter().filter_map(|c| c.closed_on.map(|on| calendar.working_days_between(c.received, on))).collect();
    days.sort_unstable();
    f.median_days_to_close = median(&days);
    f
}

fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

fn replies(complaints: &[&ComplaintFacts]) -> ReplyFigures {
    let wanted = complaints.iter().filter(|c| c.wants_reply).count() as u32;
    let given = complaints.iter().filter(|c| c.wants_reply && c.replied).count() as u32;
    ReplyFigures { wanted, given, outstanding: wanted - given }
}

fn previous(input: &YearInput, capas: &BTreeMap<RecordId, &CapaFacts>) -> PreviousYear {
    let year = input.year - 1;
    let complaints: Vec<&ComplaintFacts> =
        input.complaints.iter().filter(|c| c.received.year() == year && !c.praise).collect();
    PreviousYear {
        year,
        complaints: complaints.len() as u32,
        recurrences: recurrences(year, input.complaints, capas, input.config.policy.recurrence_window_days).0.len()
            as u32,
        by_category: category_counts(&complaints),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fix_counts_when_its_verification_is_within_the_window_of_the_year_before() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert!(counted_in(2026, d("2025-01-01")) && counted_in(2026, d("2026-12-31")));
        assert!(!counted_in(2026, d("2024-12-31")) && !counted_in(2026, d("2027-01-01")));
        // 2025-01-01 minus 180 days is 2024-07-05.
        assert!(fix_counts_in(2026, 180, d("2024-07-05")));
        assert!(!fix_counts_in(2026, 180, d("2024-07-04")));
        assert!(fix_counts_in(1901, u32::MAX, d("1900-01-01")), "a bound past the calendar keeps every fix");
        // A fix after the year cannot come before a complaint of it.
        assert!(fix_counts_in(2026, 180, d("2026-12-31")));
        assert!(!fix_counts_in(2026, 180, d("2027-01-01")));
    }

    #[test]
    fn median_of_odd_and_even() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3]), Some(3.0));
        assert_eq!(median(&[1, 2, 4, 9]), Some(3.0));
        assert_eq!(median(&[1, 2, 5, 9]), Some(3.5));
    }

    /// Every complaint and CAPA of the bench, with everything known about them.
    fn everything_known(b: &crate::domain::testing::Bench) -> (Vec<ComplaintFacts>, Vec<CapaFacts>) {
        let day = crate::domain::testing::day("2200-12-31");
        facts(b.records.complaints.iter().map(|f| &f.record), b.records.capas.iter().map(|f| &f.record), day)
    }

    /// Complaints of room R1, cause `attitude`: one fixed on `fixed_on`, then one received
    /// on `again`. Whether the second counts as a recurrence.
    fn recurs(fixed_on: &str, again: &str) -> bool {
        use crate::domain::testing::*;
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        b.complete(capa, day("2026-03-04"));
        b.verify(capa, day(fixed_on), true).unwrap();
        let second = b.analysed_on(day(again));
        assert!(second.seq > capa.seq);
        let (complaints, capas) = everything_known(&b);
        let capas: BTreeMap<RecordId, &CapaFacts> = capas.iter().map(|c| (c.id, c)).collect();
        !recurrences(2026, &complaints, &capas, 180).0.is_empty()
    }

    #[test]
    fn a_recurrence_is_received_strictly_after_the_effective_verification() {
        assert!(!recurs("2026-03-05", "2026-03-05"), "the same day: the fix was still being confirmed");
        assert!(recurs("2026-03-05", "2026-03-06"), "the next day: it came back");
    }

    #[test]
    fn a_recurrence_is_received_within_the_window_of_180_days() {
        // 2026-03-05 + 180 days = 2026-09-01.
        assert!(recurs("2026-03-05", "2026-09-01"), "the 180th day is within the window");
        assert!(!recurs("2026-03-05", "2026-09-02"), "the 181st day is a new problem, not a recurrence");
    }

    /// The recurrence sweep visits each record a bounded number of times: the work per
    /// record is the same at 100 and at 10,000 records (no look back over all earlier ones).
    #[test]
    fn recurrence_work_grows_linearly() {
        fn work(n: u32) -> usize {
            use crate::domain::testing::*;
            let b = Bench::new();
            let mut complaints = Vec::new();
            let mut capas = Vec::new();
            let template = Complaint::open(cmp(1), intake(), &b.who("S03"));
            for i in 0..n {
                let mut c = template.clone();
                c.id = cmp(i + 1);
                c.received = day("2026-01-05").succ_n(i % 300);
                c.room = ["R1", "R2"][i as usize % 2].into();
                let mut accepted = c.clone();
                accepted.triage(&b.who("S01"), c.received, Responsibility::Ours, None, None).unwrap();
                let capa = accepted.analyse(&b.who("S01"), c.received, analysis_input(), capa_id(i + 1)).unwrap();
                let mut capa = capa;
                capa.rounds[0].verification = Some(crate::domain::capa::Verification {
                    on: accepted.received.succ_n(3),
                    by: "S01".into(),
                    effective: true,
                    note: "ok".into(),
                    deadline: accepted.received.succ_n(5),
                    late: false,
                });
                complaints.push(accepted);
                capas.push(capa);
            }
            let (complaints, capas) = facts(&complaints, &capas, day("2026-12-31"));
            let index: BTreeMap<RecordId, &CapaFacts> = capas.iter().map(|c| (c.id, c)).collect();
            recurrences(2026, &complaints, &index, 180).1
        }
        let (small, large) = (work(100), work(10_000));
        let (per_small, per_large) = (small as f64 / 100.0, large as f64 / 10_000.0);
        assert!(per_large <= per_small * 1.1, "work per record grew: {per_small:.2} at 100, {per_large:.2} at 10,000");
        assert!(large >= 10_000, "every record is looked at: {large}");
    }

    #[test]
    fn pareto_marks_the_vital_few_up_to_80_percent() {
        use crate::domain::testing::*;
        let mut b = Bench::new();
        let mut all = Vec::new();
        for cat in ["delay", "delay", "delay", "delay", "delay", "attitude", "attitude", "attitude", "error", "other"] {
            let (id, _) = b.analysed();
            let mut c: Complaint = b.get(id);
            c.analysis.as_mut().unwrap().cause_category = cat.into();
            all.push(c);
        }
        let (all, _) = facts(&all, [], day("2026-12-31"));
        let refs: Vec<&ComplaintFacts> = all.iter().collect();
        let rows = pareto(&refs, &categories());
        let summary: Vec<(&str, u32, bool)> = rows.iter().map(|r| (r.category.as_str(), r.count, r.vital)).collect();
        assert_eq!(summary, [("delay", 5, true), ("attitude", 3, true), ("error", 1, false), ("other", 1, false)]);
        assert!((rows[1].cumulative - 0.8).abs() < 1e-9);
        assert!((rows[3].cumulative - 1.0).abs() < 1e-9);
    }

    /// CC-4.8 (second review): the report of 2025 made on 2026-03-01 counts a complaint
    /// received on 2025-12-29 with everything known about it on the report day: triaged,
    /// analysed, fixed and replied in January 2026.
    #[test]
    fn cc_4_8_the_years_complaints_with_all_known_about_them_on_the_report_day() {
        use crate::domain::complaint::{Channel, Intake, Reply};
        use crate::domain::testing::*;
        let mut b = Bench::new();
        let id = cmp(1);
        let form = Complaint::open(id, Intake { received: day("2025-12-29"), ..intake() }, &b.who("S03"));
        b.admit(form, day("2025-12-29")).unwrap();
        let (s01, jan) = (b.who("S01"), day("2026-01-05"));
        b.step(id, jan, |c: &mut Complaint| c.triage(&s01, jan, Responsibility::Ours, None, None)).unwrap();
        let capa = b.analyse(id, "S01", "S03", jan).unwrap();
        b.complete(capa, day("2026-01-06"));
        b.verify(capa, day("2026-01-07"), true).unwrap();
        let reply = Some(Reply { on: day("2026-01-07"), via: Channel::Phone, text: "已改正".into() });
        let on = day("2026-01-07");
        b.step(id, on, |c: &mut Complaint| c.close(&s01, on, "已改正".into(), reply)).unwrap();
        b.analysed_on(day("2026-01-08"));
        let report = |today: &str| {
            let (complaints, capas) = facts(
                b.records.complaints.iter().map(|f| &f.record),
                b.records.capas.iter().map(|f| &f.record),
                day(today),
            );
            yearly(&YearInput {
                year: 2025,
                today: day(today),
                complaints: &complaints,
                capas: &capas,
                calendar: &b.calendar,
                config: &b.config,
            })
        };
        let march = report("2026-03-01");
        assert_eq!((march.complaints, march.as_of), (1, day("2026-03-01")), "2026's complaint is not 2025's");
        assert_eq!(march.by_responsibility["ours"], 1);
        assert_eq!(march.by_responsibility["untriaged"], 0);
        assert_eq!(march.pareto.iter().map(|p| (p.category.as_str(), p.count)).collect::<Vec<_>>(), [("attitude", 1)]);
        assert_eq!((march.capa.opened, march.capa.closed, march.capa.open_at_end), (1, 1, 0));
        assert_eq!((march.capa.verifications_on_time, march.capa.actions_done), (1, 2));
        assert_eq!((march.replies.given, march.replies.outstanding), (1, 0));
        // On the year's last day, only the receipt was known.
        let december = report("2025-12-31");
        assert_eq!(december.by_responsibility["untriaged"], 1);
        assert_eq!((december.capa.opened, december.replies.outstanding), (0, 1));
    }
}
