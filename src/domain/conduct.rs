//! Rewards and penalties (獎懲), RP-1 to RP-3: proposals by the coordination office,
//! decisions by the deciding role of the clause, and the grounds the records already show.
//!
//! Penalty and commendation records are proposals until the deciding role signs them off
//! (DOMAIN.md "Readings"). `suggest` only lists; nothing is decided automatically.

use crate::domain::token::Token as _;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::attendance::SheetRow;
use super::calendar::Calendar;
use super::capa::Capa;
use super::complaint::{Complaint, non_empty};
use super::config::{Role, Staff};
use super::date::{Date, Month};
use super::id::RecordId;
use super::refusal::{Refusal, refuse};
use super::rules::Clause;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConductKind {
    /// 書面表揚 (RP-1)
    Commendation,
    /// 批評 (RP-2)
    Criticism,
    /// 警告 (RP-2)
    Warning,
    /// 通報批評 (RP-2)
    CirculatedCriticism,
    /// 撤離 (RP-3)
    Removal,
}

impl ConductKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ConductKind::Commendation => "commendation",
            ConductKind::Criticism => "criticism",
            ConductKind::Warning => "warning",
            ConductKind::CirculatedCriticism => "circulated-criticism",
            ConductKind::Removal => "removal",
        }
    }

    /// Criticism, warning or circulated criticism: the RP-2 penalties.
    pub fn is_rp2_penalty(self) -> bool {
        matches!(self, ConductKind::Criticism | ConductKind::Warning | ConductKind::CirculatedCriticism)
    }
}

impl fmt::Display for ConductKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The listed grounds of RP-1 (C), RP-2 (P) and RP-3 (R).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Ground {
    C1,
    C2,
    C3,
    P1,
    P2,
    P3,
    P4,
    R1,
    R2,
    R3,
    R4,
    R5,
}

impl Ground {
    /// The clause that lists this ground.
    pub fn clause(self) -> Clause {
        use Ground::*;
        match self {
            C1 | C2 | C3 => Clause::Rp1,
            P1 | P2 | P3 | P4 => Clause::Rp2,
            R1 | R2 | R3 | R4 | R5 => Clause::Rp3,
        }
    }

    pub fn fits(self, kind: ConductKind) -> bool {
        match self.clause() {
            Clause::Rp1 => kind == ConductKind::Commendation,
            Clause::Rp2 => kind.is_rp2_penalty(),
            _ => kind == ConductKind::Removal,
        }
    }

    /// The kinds a ground allows, for messages.
    /// The kinds the ground's clause allows, in words.
    pub fn kinds(self) -> String {
        match self.clause() {
            Clause::Rp1 => crate::t!("kinds-rp1"),
            Clause::Rp2 => crate::t!("kinds-rp2"),
            _ => crate::t!("kinds-rp3"),
        }
    }

    /// Who decides (RP-1 and RP-3: the executive deputy director; RP-2: the deputy director).
    pub fn decider(self) -> Role {
        if self.clause() == Clause::Rp2 { Role::DeputyDirector } else { Role::ExecutiveDeputyDirector }
    }

    /// What the ground says, in the current language.
    pub fn describe(self) -> String {
        crate::i18n::message(&format!("ground-{self}"), None)
    }
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

/// What a proposal rests on: a record, or the person's monthly attendance sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Evidence {
    Record(RecordId),
    /// `SHEET-2026-03`: the person's monthly attendance sheet of that month.
    Sheet(Month),
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Record(id) => write!(f, "{id}"),
            Evidence::Sheet(m) => write!(f, "SHEET-{m}"),
        }
    }
}

impl FromStr for Evidence {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Some(month) = t.strip_prefix("SHEET-").or_else(|| t.strip_prefix("sheet-")) {
            return month.parse().map(Evidence::Sheet).map_err(|e| e.to_string());
        }
        t.parse::<RecordId>().map(Evidence::Record).map_err(|_| crate::t!("evidence-bad", text = t))
    }
}

impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Evidence {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Evidence".into()
    }

    /// A record of any kind (the prefixes of every kind) or a monthly sheet.
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let prefixes: Vec<&str> = crate::domain::id::RecordKind::ALL.iter().map(|k| k.prefix()).collect();
        let pattern = format!("^(({})-[0-9]{{4}}-[0-9]{{4,6}}|SHEET-[0-9]{{4}}-(0[1-9]|1[0-2]))$", prefixes.join("|"));
        schemars::json_schema!({
            "type": "string",
            "pattern": pattern
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConductStatus {
    /// Waiting for the deciding role.
    Proposed,
    Approved,
    Rejected,
}

impl fmt::Display for ConductStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ConductStatus::Proposed => "proposed",
            ConductStatus::Approved => "approved",
            ConductStatus::Rejected => "rejected",
        })
    }
}

/// One proposal and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conduct {
    pub id: RecordId,
    pub status: ConductStatus,
    pub staff: String,
    pub kind: ConductKind,
    pub ground: Ground,
    pub note: String,
    /// The records it rests on.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    pub proposed: Date,
    pub proposed_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<ConductDecision>,
    /// The letter to the seconding unit (RP-1; RP-3 for a removal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notified: Option<Notification>,
    /// An approved circulated criticism made known across the centre (通報, RP-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circulated: Option<Circulation>,
}

/// RP-2: how a circulated criticism was made known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Circulation {
    pub on: Date,
    pub by: String,
    /// How: a notice on the board, a staff meeting, a circular.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConductDecision {
    pub on: Date,
    pub by: String,
    pub approved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notification {
    pub on: Date,
    pub by: String,
    /// The seconding unit the letter went to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// What the coordination office proposes.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub kind: ConductKind,
    pub ground: Ground,
    pub note: String,
    pub evidence: Vec<Evidence>,
}

impl Conduct {
    /// A proposal by `by` on `today`. Whether it may be made (the office proposes, the kind
    /// fits, the evidence shows the ground for this person) is for the rules.
    pub fn propose(id: RecordId, person: &Staff, by: &Staff, proposal: Proposal, today: Date) -> Conduct {
        let mut evidence = proposal.evidence;
        evidence.sort();
        evidence.dedup();
        Conduct {
            id,
            status: ConductStatus::Proposed,
            staff: person.id.clone(),
            kind: proposal.kind,
            ground: proposal.ground,
            note: proposal.note.trim().to_string(),
            evidence,
            proposed: today,
            proposed_by: by.id.clone(),
            decision: None,
            notified: None,
            circulated: None,
        }
    }

    /// The deciding role of the clause approves or rejects; once.
    pub fn decide(&mut self, by: &Staff, today: Date, approved: bool, note: Option<String>) -> Result<(), Refusal> {
        if self.status != ConductStatus::Proposed {
            return refuse(
                self.ground.clause(),
                crate::t!("conduct-already-decided", id = self.id, status = self.status.name()),
            );
        }
        self.decision = Some(ConductDecision { on: today, by: by.id.clone(), approved, note: non_empty(note) });
        self.status = self.derived_status();
        Ok(())
    }

    /// RP-2: an approved circulated criticism is made known across the centre; once.
    pub fn circulate(&mut self, by: &Staff, today: Date, note: Option<String>) -> Result<(), Refusal> {
        let clause = self.ground.clause();
        if self.status != ConductStatus::Approved || self.kind != ConductKind::CirculatedCriticism {
            return refuse(
                clause,
                crate::t!(
                    "conduct-only-circulated",
                    id = self.id,
                    kind = self.kind.name(),
                    status = self.status.name()
                ),
            );
        }
        if let Some(c) = &self.circulated {
            return refuse(clause, crate::t!("conduct-already-circulated", id = self.id, day = c.on));
        }
        self.circulated = Some(Circulation { on: today, by: by.id.clone(), note: non_empty(note) });
        Ok(())
    }

    /// RP-1: the letter went to the person's seconding unit; once.
    pub fn notify(&mut self, by: &Staff, today: Date, unit: Option<String>) -> Result<(), Refusal> {
        let clause = self.ground.clause();
        if self.status != ConductStatus::Approved {
            return refuse(clause, crate::t!("conduct-only-approved-sent", id = self.id, status = self.status.name()));
        }
        if let Some(n) = &self.notified {
            return refuse(clause, crate::t!("conduct-already-sent", id = self.id, day = n.on));
        }
        self.notified = Some(Notification { on: today, by: by.id.clone(), unit });
        Ok(())
    }

    pub fn derived_status(&self) -> ConductStatus {
        match &self.decision {
            None => ConductStatus::Proposed,
            Some(d) if d.approved => ConductStatus::Approved,
            Some(_) => ConductStatus::Rejected,
        }
    }

    /// The day it was approved, if it was.
    pub fn approved_on(&self) -> Option<Date> {
        self.decision.as_ref().filter(|d| d.approved).map(|d| d.on)
    }

    /// RP-3: an approved removal takes effect on its decision date.
    pub fn removal_effective(&self) -> Option<Date> {
        (self.kind == ConductKind::Removal).then(|| self.approved_on()).flatten()
    }
}

/// The earliest approved RP-2 penalty of `staff` decided on or before `day`.
pub fn prior_criticism<'a>(
    staff: &str,
    day: Date,
    history: impl IntoIterator<Item = &'a Conduct>,
) -> Option<&'a Conduct> {
    history
        .into_iter()
        .filter(|c| c.staff == staff && c.kind.is_rp2_penalty())
        .filter(|c| c.approved_on().is_some_and(|d| d <= day))
        .min_by_key(|c| c.approved_on())
}

/// A person the records put under a ground, with the evidence, for the office to consider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Suggestion {
    pub ground: Ground,
    pub staff: String,
    pub evidence: Vec<Evidence>,
    pub detail: String,
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
    /// The document register: unsigned hand-overs and losses are evidence for P3.
    pub documents: &'a [crate::domain::document::Document],
    pub calendar: &'a Calendar,
    pub window: u32,
}

/// Lists who the records put under C1, C2, C3, P1, P2, P3, P4, R1, R3 and R4 in the period.
pub fn suggest(input: &SuggestInput) -> Vec<Suggestion> {
    let in_period = |d: Date| input.from <= d && d <= input.to;
    let mut found: BTreeMap<(Ground, String), (Vec<Evidence>, Vec<String>)> = BTreeMap::new();
    let mut add = |ground: Ground, staff: &str, evidence: Evidence, detail: String| {
        let entry = found.entry((ground, staff.to_string())).or_default();
        entry.0.push(evidence);
        entry.1.push(detail);
    };
    for c in input.complaints.iter().filter(|c| in_period(c.received)) {
        if let Some(p) = &c.praised {
            add(Ground::C1, p, Evidence::Record(c.id), crate::t!("suggest-praised", day = c.received));
        }
        let Some(a) = &c.analysis else { continue };
        add(Ground::P1, &a.responsible, Evidence::Record(c.id), format!("{} {}", c.received, a.cause_category));
        if let Some(criticism) = prior_criticism(&a.responsible, c.received, input.conducts.iter())
            && criticism.approved_on().is_some_and(|d| d < c.received)
        {
            add(
                Ground::R1,
                &a.responsible,
                Evidence::Record(criticism.id),
                crate::t!(
                    "suggest-approved",
                    kind = criticism.kind.name(),
                    day = criticism.approved_on().unwrap_or(c.received)
                ),
            );
            add(
                Ground::R1,
                &a.responsible,
                Evidence::Record(c.id),
                crate::t!("suggest-complaint-after", day = c.received),
            );
        }
    }
    let mut reminded: BTreeMap<&str, Vec<RecordId>> = BTreeMap::new();
    for capa in input.capas {
        let reminders_in_period = capa.reminders.iter().filter(|r| in_period(r.on)).count();
        if reminders_in_period == 0 {
            continue;
        }
        reminded.entry(capa.responsible.as_str()).or_default().push(capa.id);
        let Some(overdue) = capa.overdue(input.today, input.calendar, input.window) else { continue };
        let ground = if capa.reminders.len() >= 2 { Ground::R4 } else { Ground::P4 };
        add(
            ground,
            &capa.responsible,
            Evidence::Record(capa.id),
            crate::t!("suggest-overdue", overdue = overdue, n = capa.reminders.len()),
        );
    }
    for (staff, capas) in reminded.iter().filter(|(_, c)| c.len() >= 2) {
        for id in capas {
            add(Ground::R4, staff, Evidence::Record(*id), crate::t!("suggest-repeatedly"));
        }
    }
    for (month, rows) in input.sheets {
        for row in rows.iter().filter(|r| !r.passes) {
            add(
                Ground::P2,
                &row.staff,
                Evidence::Sheet(*month),
                crate::t!("suggest-sheet", month = month, late = row.late, early = row.early, absent = row.absent),
            );
        }
    }
    for d in input.documents {
        for h in d.hand_overs.iter().filter(|h| h.signed.is_none() && in_period(h.on)) {
            add(
                Ground::P3,
                &h.to,
                Evidence::Record(d.id),
                crate::t!("suggest-doc-unsigned", day = h.on, title = &d.title),
            );
        }
        if let Some(l) = d.loss.as_ref().filter(|l| in_period(l.on)) {
            add(
                Ground::P3,
                &l.responsible,
                Evidence::Record(d.id),
                crate::t!("suggest-doc-loss", day = l.on, harm = l.harm.name(), title = &d.title),
            );
        }
    }
    for i in input.inspections.iter().filter(|i| in_period(i.on)) {
        let seen = if i.good { crate::t!("inspection-good") } else { crate::t!("inspection-breach") };
        let detail = crate::t!("suggest-inspection", day = i.on, rule = i.rule.name(), seen = seen);
        // R2 (repeated errors) and R5 (unfit) are judgements a proposal's note makes: an
        // inspection may support them, but is never a suggestion for them on its own.
        for ground in i.grounds().iter().filter(|g| !matches!(g, Ground::R2 | Ground::R5)) {
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
            Suggestion { ground, staff, evidence, detail: details.join("; "), proposed }
        })
        .collect()
}
