//! Running the rules: the sink findings go to, `check` over everything, `validate` and
//! `admit` for a step, and `apply`, which tries a step on a copy first.

use crate::msg;

use super::*;
use crate::domain::calendar::Calendar;
use crate::domain::config::{Config, Directory};
use crate::domain::date::Date;
use crate::domain::id::RecordId;
use crate::domain::refusal::Refusal;

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
    pub fn report(&mut self, rule: &'static Rule, key: impl Into<String>, message: impl Into<crate::i18n::Msg>) {
        self.report_under(rule, rule.clause, key, message);
    }

    /// Reports a failed rule under the finer clause that applies to this record.
    pub fn report_under(
        &mut self,
        rule: &'static Rule,
        clause: Clause,
        key: impl Into<String>,
        message: impl Into<crate::i18n::Msg>,
    ) {
        self.out.push(Finding { rule, clause, subject: self.subject, key: key.into(), message: message.into() });
    }
}

/// A rule reporting one finding per day or month (a box not emptied, a sheet not sent)
/// lists this many one by one; more become one finding with their count and span.
pub(super) const FOLD_AFTER: usize = 3;

/// The messages for what was `missed` (in order): one each, or past [`FOLD_AFTER`] one with
/// the count, the first and the last, so output grows with the records, never the days.
pub(super) fn folded<T: Copy>(
    missed: &[T],
    one: impl Fn(T) -> crate::i18n::Msg,
    many: impl Fn(usize, T, T) -> crate::i18n::Msg,
) -> Vec<crate::i18n::Msg> {
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
    records.visit(&mut CheckKinds { world: &world, records, out: &mut out });
    filing::unique_ids(&world.index, &records.paths, &mut out);
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
    records: &'w Records,
    out: &'o mut Vec<Finding>,
}

impl Visit<'_> for CheckKinds<'_, '_> {
    fn visit<T: Known>(&mut self, filed: &[Filed<T>]) {
        check_kind(filed, self.world, self.records, self.out);
    }
}

/// The rules that read a record's own text and nothing else: plain text (no control
/// characters, no text past the cap) and the texts the procedure asks for ([`Kind::written`]).
pub fn own_text<T: Kind>(record: &T, sink: &mut Sink) {
    filing::plain_text(record, sink);
    record.written(sink);
}

/// Runs a kind's rules over its records, in parallel; findings keep the records' order.
/// `records` says where each was read from, and whether their own text rules ran then.
fn check_kind<T: Kind + Sync>(filed: &[Filed<T>], world: &World, records: &Records, out: &mut Vec<Finding>) {
    use rayon::prelude::*;
    // Each record's findings flattened as they come (rayon keeps the order): no list of
    // one empty Vec per record beside the records.
    let found: Vec<Finding> = filed
        .par_iter()
        .flat_map_iter(|f| {
            let mut mine = Vec::new();
            let mut sink = Sink::new(&mut mine, f.subject());
            if let Some(origin) = f.origin {
                filing::placed(&f.record, origin, &records.paths, &mut sink);
            }
            if !records.texts_checked {
                own_text(&f.record, &mut sink);
            }
            f.record.check(world, &mut sink);
            mine
        })
        .collect();
    out.extend(found);
}

/// What a step runs on the record it changed: every rule of its kind; any error refuses
/// the step with the clause and every reason.
pub fn validate<T: Kind>(record: &T, world: &World) -> Result<(), Refusal> {
    let mut out = Vec::new();
    let mut sink = Sink::new(&mut out, Subject::Record(record.id()));
    own_text(record, &mut sink);
    record.check(world, &mut sink);
    let mut errors = out.into_iter().filter(|f| f.severity() == Severity::Error);
    let Some(first) = errors.next() else { return Ok(()) };
    let mut message = first.message;
    for more in errors {
        // The refusal ends with the first clause: a further reason under the same clause
        // does not repeat it (`[CC-4.5] [CC-4.5]`).
        if more.clause == first.clause {
            message = msg!("refusal-and-same", first = message, message = more.message);
        } else {
            message = msg!("refusal-and", first = message, message = more.message, clause = more.clause);
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
                Subject::Record(id) => crate::i18n::Arg::Text(id.to_string()),
                _ => crate::i18n::Arg::Msg(msg!("refusal-another-record")),
            };
            Err(Refusal {
                clause: broken.clause,
                message: msg!("refusal-would-break", other = other, message = broken.message),
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
