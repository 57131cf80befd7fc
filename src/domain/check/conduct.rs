//! `svc check` rules for commendations and penalties (RP-1 to RP-3).

use std::collections::BTreeSet;

use super::{Context, Finding, Sink, Subject, check_filing};
use crate::domain::conduct::{Conduct, ConductKind, ConductStatus, Evidence, Ground, prior_criticism};
use crate::domain::date::Month;
use crate::domain::id::RecordId;

impl Context<'_> {
    pub(super) fn check_conducts(&self, out: &mut Vec<Finding>) {
        let known: BTreeSet<RecordId> = self.all_ids().collect();
        let history: Vec<Conduct> = self.input.conducts.iter().map(|f| f.record.clone()).collect();
        for filed in self.input.conducts {
            let mut sink = Sink { out, subject: Subject::Record(filed.record.id) };
            check_filing(filed, &filed.record.id, &mut sink);
            self.check_conduct(&filed.record, &known, &history, &mut sink);
        }
    }

    fn all_ids(&self) -> impl Iterator<Item = RecordId> + '_ {
        let i = self.input;
        i.complaints
            .iter()
            .map(|f| f.record.id)
            .chain(i.capas.iter().map(|f| f.record.id))
            .chain(i.leaves.iter().map(|f| f.record.id))
            .chain(i.incidents.iter().map(|f| f.record.id))
            .chain(i.dispatches.iter().map(|f| f.record.id))
            .chain(i.conducts.iter().map(|f| f.record.id))
    }

    fn check_conduct(&self, c: &Conduct, known: &BTreeSet<RecordId>, history: &[Conduct], sink: &mut Sink) {
        let clause = c.ground.clause();
        self.staff(&c.staff, "staff", sink);
        if !c.ground.fits(c.kind) {
            sink.error(clause, "kind", format!("ground {} calls for {}, not {}", c.ground, c.ground.kinds(), c.kind));
        }
        self.office(&c.proposed_by, "proposed_by", clause, "proposing a commendation or penalty", sink);
        if c.status != c.derived_status() {
            sink.error(
                "CC-6",
                "status",
                format!("status is `{}` but the recorded steps say `{}`", c.status, c.derived_status()),
            );
        }
        for (i, e) in c.evidence.iter().enumerate() {
            match e {
                Evidence::Record(id) if !known.contains(id) => {
                    sink.error(clause, format!("evidence.{i}"), format!("evidence {id} does not exist"));
                }
                Evidence::Sheet(month) if *month >= Month::of(self.input.today) => {
                    sink.error(clause, format!("evidence.{i}"), format!("the sheet of {month} is not complete yet"));
                }
                _ => {}
            }
        }
        if c.ground == Ground::R1 && prior_criticism(&c.staff, c.proposed, history).is_none() {
            sink.error(
                "RP-3",
                "ground",
                format!("R1 needs an approved criticism of {} before {}, and there is none", c.staff, c.proposed),
            );
        }
        if let Some(d) = &c.decision {
            let decider = c.ground.decider();
            if let Some(role) = self.staff(&d.by, "decision.by", sink)
                && role != decider
            {
                sink.error(
                    clause,
                    "decision.by",
                    format!("{clause} is decided by the {decider}, not {} ({role})", d.by),
                );
            }
            if d.by == c.staff {
                sink.error(clause, "decision.by", "nobody decides on their own commendation or penalty");
            }
            self.in_order((c.proposed, "the proposal"), (d.on, "the decision"), "decision.on", sink);
            self.not_future(d.on, "decision.on", sink);
        }
        match (&c.notified, c.status) {
            (Some(_), s) if s != ConductStatus::Approved => {
                sink.error(clause, "notified", "only an approved decision is sent to the seconding unit");
            }
            (Some(n), _) => {
                self.office(&n.by, "notified.by", clause, "sending the letter", sink);
                if let Some(d) = &c.decision {
                    self.in_order((d.on, "the decision"), (n.on, "the letter"), "notified.on", sink);
                }
            }
            (None, ConductStatus::Approved) if c.kind == ConductKind::Commendation => {
                sink.warn(
                    "RP-1",
                    "decision",
                    format!("approved commendation not yet sent to the seconding unit: `svc conduct notify {}`", c.id),
                );
            }
            _ => {}
        }
    }
}
