//! `svc conduct suggest`: who the records put under each ground of RP-1 to RP-3 in a
//! period, with the evidence (lists only; the office decides). Apart from the conduct
//! record itself, so that the record kinds it reads (inspections, documents, sheets) need
//! not import the conduct module's suggestions, nor it them.

use super::attendance::SheetRow;
use super::calendar::Calendar;
use super::capa::Capa;
use super::complaint::Complaint;
use super::conduct::*;
use super::date::{Date, Month};
use super::id::RecordId;
use crate::domain::token::Token as _;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// RP-3 R4's second reading (屢次超時限辦結): the CAPAs a person finished past the planned
/// date in the twelve months up to `day`, when there are at least `threshold` of them;
/// otherwise none. `capas` are the person's.
pub fn repeatedly_late<'a>(capas: impl IntoIterator<Item = &'a Capa>, day: Date, threshold: u32) -> Vec<RecordId> {
    let since = day.year_before();
    let late: Vec<RecordId> = capas
        .into_iter()
        .filter(|c| c.finished_late_on().is_some_and(|d| since < d && d <= day))
        .map(|c| c.id)
        .collect();
    if late.len() >= threshold as usize { late } else { Vec::new() }
}

/// The reminder ladder (P4, R4) as read after the second review, for the rules and for
/// `suggest` alike: P4 when, after one reminder, the work was not done by its day; R4 when
/// that happened after a second reminder too, or the CAPA is one of the person's repeated
/// late finishes (`repeated`, from [`repeatedly_late`]). Every fact that grounds R4 grounds
/// P4. Judged on `day`, the proposal's: the highest ground the CAPA reaches, with how
/// many reminders' days passed with the work not done.
pub fn ladder(capa: &Capa, day: Date, repeated: &[RecordId]) -> Option<(Ground, usize)> {
    let unmet = capa.unmet_reminders_before(day);
    match (unmet, repeated.contains(&capa.id)) {
        (2.., _) | (_, true) => Some((Ground::R4, unmet)),
        (1, false) => Some((Ground::P4, unmet)),
        (0, false) => None,
    }
}

/// Whether the ladder reaches `ground` (P4 or R4) for the CAPA: R4 implies P4.
pub fn ladder_grounds(ground: Ground, capa: &Capa, day: Date, repeated: &[RecordId]) -> bool {
    match (ground, ladder(capa, day, repeated)) {
        (Ground::P4, Some(_)) => true,
        (Ground::R4, Some((reached, _))) => reached == Ground::R4,
        _ => false,
    }
}

/// A person the records put under a ground, with the evidence, for the office to consider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Suggestion {
    pub ground: Ground,
    pub staff: String,
    pub evidence: Vec<Evidence>,
    /// What each piece of evidence shows, one message each (a report joins them with "; ").
    #[serde(rename = "detail", serialize_with = "crate::i18n::msg::serialize_joined")]
    #[schemars(rename = "detail", with = "String")]
    pub details: Vec<crate::i18n::Msg>,
    /// Proposals already on file for this person and ground.
    pub proposed: Vec<RecordId>,
}

/// The records `suggest` reads.
pub struct SuggestInput<'a> {
    /// First and last day of the period.
    pub from: Date,
    pub to: Date,
    pub today: Date,
    pub complaints: &'a [Complaint],
    pub capas: &'a [Capa],
    /// Every month's sheet in the period that has ended, by month.
    pub sheets: &'a [(Month, Vec<SheetRow>)],
    pub conducts: &'a [Conduct],
    /// Observations at the posts (SC-4.1): evidence for C2, C3, P1, R1 and R3.
    pub inspections: &'a [crate::domain::inspection::Inspection],
    /// The document register: losses and damage are evidence for P3.
    pub documents: &'a [crate::domain::document::Document],
    pub calendar: &'a Calendar,
    pub window: u32,
    /// `[policy] repeated_overdue`: late finishes in 12 months that ground R4.
    pub repeated_overdue: u32,
    /// `[complaints]`: which cause categories concern a person's conduct (P1, R1).
    pub causes: &'a super::config::ComplaintSettings,
}

/// Lists who the records put under C1, C2, C3, P1, P2, P3, P4, R1, R3 and R4 in the period.
pub fn suggest(input: &SuggestInput) -> Vec<Suggestion> {
    let in_period = |d: Date| input.from <= d && d <= input.to;
    let mut found: BTreeMap<(Ground, String), (Vec<Evidence>, Vec<crate::i18n::Msg>)> = BTreeMap::new();
    let mut add = |ground: Ground, staff: &str, evidence: Evidence, detail: crate::i18n::Msg| {
        let entry = found.entry((ground, staff.to_string())).or_default();
        entry.0.push(evidence);
        entry.1.push(detail);
    };
    for c in input.complaints.iter().filter(|c| in_period(c.received)) {
        if let Some(p) = &c.praised {
            add(Ground::C1, p, Evidence::Record(c.id), crate::msg!("suggest-praised", day = c.received));
        }
        let Some(a) = &c.analysis else { continue };
        // P1 falls on the people complained about for their conduct, never on whoever
        // handles the fix (the one rule the proposal's check runs too).
        for who in c.complained_about() {
            if !c.complains_of_conduct(who, input.today, |k| input.causes.is_conduct(k)) {
                continue;
            }
            add(
                Ground::P1,
                who,
                Evidence::Record(c.id),
                crate::msg!("suggest-complaint", day = c.received, cause = input.causes.cause_name(&a.cause_category)),
            );
            if let Some(criticism) = prior_criticism(who, c.received, input.conducts.iter())
                && criticism.approved_on().is_some_and(|d| d < c.received)
            {
                add(
                    Ground::R1,
                    who,
                    Evidence::Record(criticism.id),
                    crate::msg!(
                        "suggest-approved",
                        kind = criticism.kind.name(),
                        day = criticism.approved_on().unwrap_or(c.received)
                    ),
                );
                add(Ground::R1, who, Evidence::Record(c.id), crate::msg!("suggest-complaint-after", day = c.received));
            }
        }
    }
    let mut by_person: BTreeMap<&str, Vec<&Capa>> = BTreeMap::new();
    for capa in input.capas {
        by_person.entry(capa.responsible.as_str()).or_default().push(capa);
    }
    for (staff, capas) in by_person {
        let repeated = repeatedly_late(capas.iter().copied(), input.today, input.repeated_overdue);
        for capa in capas {
            let reminded_in_period = capa.reminders.iter().any(|r| in_period(r.on));
            let late_in_period = capa.finished_late_on().is_some_and(in_period);
            if !reminded_in_period && !late_in_period {
                continue;
            }
            let Some((ground, unmet)) = ladder(capa, input.today, &repeated) else { continue };
            let detail = match unmet {
                0 => crate::msg!("suggest-repeatedly", n = repeated.len()),
                n => crate::msg!("suggest-unmet", n = n),
            };
            add(ground, staff, Evidence::Record(capa.id), detail);
        }
    }
    for (month, rows) in input.sheets {
        for row in rows.iter().filter(|r| r.grounds_p2()) {
            add(
                Ground::P2,
                &row.staff,
                Evidence::Sheet(*month),
                crate::msg!("suggest-sheet", month = month, late = row.late, early = row.early, absent = row.absent),
            );
        }
    }
    for d in input.documents {
        if let Some(l) = d.loss.as_ref().filter(|l| in_period(l.on)) {
            add(
                Ground::P3,
                &l.responsible,
                Evidence::Record(d.id),
                crate::msg!("suggest-doc-loss", day = l.on, harm = l.harm.name(), title = &d.title),
            );
        }
    }
    for i in input.inspections.iter().filter(|i| in_period(i.on)) {
        let seen = if i.good { crate::msg!("inspection-good") } else { crate::msg!("inspection-breach") };
        let detail = crate::msg!("suggest-inspection", day = i.on, rule = i.rule.name(), seen = seen);
        // R2 (repeated errors) and R5 (unfit) are judgements a proposal's note makes: an
        // inspection may support them, but is never a suggestion for them on its own. Nor
        // for P1, which is suggested on a customer's complaint (受客戶投訴) only; a
        // criticism on an observed breach may still cite one.
        for ground in i.grounds().iter().filter(|g| !matches!(g, Ground::R2 | Ground::R5 | Ground::P1)) {
            // R1 only after an approved criticism of them (a breach not corrected).
            let criticised = prior_criticism(&i.staff, i.on, input.conducts.iter())
                .and_then(|c| c.approved_on())
                .is_some_and(|approved| approved < i.on);
            if *ground != Ground::R1 || criticised {
                add(*ground, &i.staff, Evidence::Record(i.id), detail.clone());
            }
        }
    }
    found
        .into_iter()
        .map(|((ground, staff), (mut evidence, mut details))| {
            evidence.sort();
            evidence.dedup();
            let mut seen = std::collections::BTreeSet::new();
            details.retain(|d| seen.insert(d.clone()));
            let proposed =
                input.conducts.iter().filter(|c| c.staff == staff && c.ground == ground).map(|c| c.id).collect();
            Suggestion { ground, staff, evidence, details, proposed }
        })
        .collect()
}
