//! Rules on commendations and penalties: RP-1, RP-2, RP-3. The kind fits the ground, the
//! office proposes, the clause's role decides, and the evidence supports the ground for
//! the person proposed, from before the proposal.

use super::{Act, AnyRecord, Kind, Sink, World, rules};
use crate::domain::attendance::person_month;
use crate::domain::complaint::Complaint;
use crate::domain::conduct::{Conduct, ConductKind, ConductStatus, Evidence, Ground, prior_criticism};
use crate::domain::config::Role;
use crate::domain::date::{Date, Month};
use crate::domain::grounds::{ladder_grounds, repeatedly_late};
use crate::domain::id::RecordKind;
use crate::domain::token::Token as _;
use crate::{msg, tid};

rules! {
    PERSON_IN_SCOPE = "conduct.person-in-scope", Rp1, Error, Recorded,
        "Commendations and penalties concern staff, room heads and the coordination office, not the directors who decide them.";
    KIND_FITS_GROUND = "conduct.kind-fits-ground", Rp2, Error, Recorded,
        "C grounds call for a commendation, P grounds for a criticism, warning or circulated criticism, R grounds for removal.";
    PROPOSED_BY_OFFICE = "conduct.proposed-by-office", Rp2, Error, Recorded,
        "The coordination office proposes, with a note saying what happened.";
    STATUS_AGREES = "conduct.status-agrees", Cc6, Error, Recorded,
        "`status` is what the recorded steps say.";
    EVIDENCE_EXISTS = "conduct.evidence-exists", Rp2, Error, Recorded,
        "Every piece of evidence is a record that exists, or a monthly sheet.";
    EVIDENCE_CONCERNS_PERSON = "conduct.evidence-concerns-person", Rp2, Error, Recorded,
        "Evidence concerns the person proposed and comes before the proposal (a sheet: of a month ended before it).";
    EVIDENCE_SUPPORTS_GROUND = "conduct.evidence-supports-ground", Rp2, Error, Recorded,
"C1, P1, P2, P3, P4, R1 and R4 cite a record that shows the ground: a praise they did not log, a complaint about their conduct, a sheet failed with late arrivals or early departures, a document lost or damaged in their charge, work not done by a reminder's day.";
    PRIOR_CRITICISM = "conduct.prior-criticism", Rp3, Error, Recorded,
        "R1 needs an approved criticism, warning or circulated criticism of the person on P1 (their conduct: a complaint or an inspection breach), decided before the proposal; an attendance (P2) criticism is not one.";
    DECIDED_BY_ROLE = "conduct.decided-by-role", Rp2, Error, Recorded,
        "RP-1 and RP-3 are decided by the executive deputy director, RP-2 by the deputy director; never by the person concerned, and not before the proposal.";
    LETTER_AFTER_APPROVAL = "conduct.letter-after-approval", Rp1, Error, Recorded,
        "Only an approved decision is sent to the seconding unit, by the coordination office, after the decision.";
    COMMENDATION_SENT = "conduct.commendation-sent", Rp1, Warning, Recorded,
        "An approved commendation has its letter to the seconding unit recorded.";
    REMOVAL_NOTIFIED = "conduct.removal-notified", Rp3, Warning, Recorded,
        "An approved removal is notified to the person's seconding unit, and the notice recorded.";
    CIRCULATION_AFTER_APPROVAL = "conduct.circulation-after-approval", Rp2, Error, Recorded,
        "Only an approved circulated criticism is circulated, by the coordination office, after the decision.";
    CIRCULATED = "conduct.circulated", Rp2, Warning, Recorded,
        "An approved circulated criticism has its circulation recorded.";
}

impl Kind for Conduct {
    fn about(&self, who: &str) -> bool {
        self.staff == who
    }

    fn dated(&self) -> Date {
        self.proposed
    }

    fn finished(&self) -> bool {
        self.decision.is_some()
    }

    fn still_open_keys(&self) -> &'static [&'static str] {
        match (self.notified.is_none(), self.circulated.is_none()) {
            (true, true) => &["notified", "circulated"],
            (true, false) => &["notified"],
            (false, true) => &["circulated"],
            (false, false) => &[],
        }
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        proposal(self, world, sink);
        evidence(self, world, sink);
        decision(self, world, sink);
        world.acts(&self.acts(), sink);
    }

    fn acts(&self) -> Vec<Act<'_>> {
        let mut acts = vec![Act { on: self.proposed, by: &self.proposed_by, key: "proposed_by".into() }];
        if let Some(d) = &self.decision {
            acts.push(Act { on: d.on, by: &d.by, key: "decision.by".into() });
        }
        if let Some(n) = &self.notified {
            acts.push(Act { on: n.on, by: &n.by, key: "notified.by".into() });
        }
        acts
    }

    fn consults() -> &'static [RecordKind] {
        &RecordKind::ALL
    }
}

fn proposal(c: &Conduct, world: &World, sink: &mut Sink) {
    let clause = c.ground.clause();
    if let Some(person) = world.person(&c.staff, "staff", sink)
        && matches!(person.role, Role::DeputyDirector | Role::ExecutiveDeputyDirector)
    {
        sink.report_under(
            &PERSON_IN_SCOPE,
            clause,
            "staff",
            msg!(
                "rule-director-not-proposed",
                who = format!("{} {}", person.id, person.name),
                role = person.role.name()
            ),
        );
    }
    if !c.ground.fits(c.kind) {
        sink.report_under(
            &KIND_FITS_GROUND,
            clause,
            "kind",
            msg!("rule-kind-fits", ground = c.ground, clause = clause, kinds = c.ground.kinds(), kind = c.kind.name()),
        );
    }
    if let Some(by) = world.person(&c.proposed_by, "proposed_by", sink)
        && !by.role.acts_for_coordination_office()
    {
        sink.report_under(
            &PROPOSED_BY_OFFICE,
            clause,
            "proposed_by",
            msg!("rule-proposed-by-office", who = &by.id, role = by.role.name()),
        );
    }
    if c.note.trim().is_empty() {
        sink.report_under(&PROPOSED_BY_OFFICE, clause, "note", msg!("rule-conduct-note-empty"));
    }
    world.not_future(c.proposed, "proposed", sink);
    if c.status != c.derived_status() {
        sink.report(
            &STATUS_AGREES,
            "status",
            msg!("rule-status-agrees", status = c.status, derived = c.derived_status()),
        );
    }
    if c.ground == Ground::R1
        && prior_criticism(&c.staff, c.proposed, world.index.conducts_of(&c.staff).iter().copied()).is_none()
    {
        sink.report(&PRIOR_CRITICISM, "ground", msg!("rule-prior-criticism", who = &c.staff, day = c.proposed));
    }
}

fn evidence(c: &Conduct, world: &World, sink: &mut Sink) {
    let clause = c.ground.clause();
    let mut supported = false;
    for (i, e) in c.evidence.iter().enumerate() {
        let key = format!("evidence.{i}");
        match e {
            Evidence::Record(id) => match world.index.get(*id) {
                None => sink.report_under(
                    &EVIDENCE_EXISTS,
                    clause,
                    key,
                    world.missing(*id, msg!("rule-evidence-missing", id = id)),
                ),
                Some(record) => {
                    if let Some(problem) = concerns(c, record) {
                        sink.report_under(
                            &EVIDENCE_CONCERNS_PERSON,
                            clause,
                            key,
                            msg!("rule-evidence-problem", id = id, problem = problem),
                        );
                    } else {
                        supported |= supports(c, record, world);
                    }
                }
            },
            Evidence::Sheet(month) => {
                if month.last_day() >= c.proposed {
                    sink.report_under(
                        &EVIDENCE_CONCERNS_PERSON,
                        clause,
                        key,
                        msg!("rule-sheet-incomplete", month = month, day = c.proposed),
                    );
                } else if c.ground == Ground::P2 {
                    supported |= sheet_failed(c, *month, world);
                }
            }
        }
    }
    if needs_record(c.ground) && !supported {
        sink.report_under(
            &EVIDENCE_SUPPORTS_GROUND,
            clause,
            "evidence",
            msg!("rule-evidence-needed", ground = c.ground, who = &c.staff, what = what_shows(c.ground)),
        );
    }
}

/// The grounds a record can show; the others rest on the proposal's note.
fn needs_record(ground: Ground) -> bool {
    matches!(ground, Ground::C1 | Ground::P1 | Ground::P2 | Ground::P3 | Ground::P4 | Ground::R1 | Ground::R4)
}

fn what_shows(ground: Ground) -> crate::i18n::Msg {
    match ground {
        Ground::C1 => msg!("shows-C1"),
        Ground::P1 => msg!("shows-P1"),
        Ground::P2 => msg!("shows-P2"),
        Ground::P3 => msg!("shows-P3"),
        Ground::P4 => msg!("shows-P4"),
        Ground::R1 => msg!("shows-R1"),
        Ground::R4 => msg!("shows-R4"),
        _ => msg!("shows-note"),
    }
}

/// Why a record does not concern the person or came after the proposal; None if it is fine.
fn concerns(c: &Conduct, record: AnyRecord) -> Option<crate::i18n::Msg> {
    let who = c.staff.as_str();
    // A proposal is not evidence for itself.
    let about = record.about(who) && !matches!(record, AnyRecord::Conduct(x) if x.id == c.id);
    let dated = record.dated();
    if !about {
        return Some(msg!("evidence-not-about", who = who));
    }
    (dated > c.proposed).then(|| msg!("evidence-after", dated = dated, day = c.proposed))
}

fn supports(c: &Conduct, record: AnyRecord, world: &World) -> bool {
    let who = c.staff.as_str();
    match (c.ground, record) {
        (Ground::C1, AnyRecord::Complaint(x)) => x.praised.as_deref() == Some(who) && x.logged_by != who,
        (Ground::P1, AnyRecord::Complaint(x)) => conduct_complaint(x, who, c.proposed, world),
        (Ground::R1, AnyRecord::Complaint(x)) => {
            conduct_complaint(x, who, c.proposed, world)
                && prior_criticism(who, c.proposed, world.index.conducts_of(who).iter().copied())
                    .and_then(|p| p.approved_on())
                    .is_some_and(|approved| x.received > approved)
        }
        // SC-4.1: an inspection is evidence for the grounds its observation shows (R1: a
        // breach after an approved criticism).
        (Ground::R1, AnyRecord::Inspection(x)) => {
            x.grounds().contains(&Ground::R1)
                && prior_criticism(who, c.proposed, world.index.conducts_of(who).iter().copied())
                    .and_then(|p| p.approved_on())
                    .is_some_and(|approved| x.on > approved)
        }
        (ground, AnyRecord::Inspection(x)) => x.grounds().contains(&ground),
        // P3: a document they never signed for, or lost or damaged in their charge.
        (Ground::P3, AnyRecord::Document(x)) => x.p3_against().contains(&who),
        (Ground::P4 | Ground::R4, AnyRecord::Capa(x)) => {
            let repeated = repeatedly_late(
                world.index.capas_of(who).iter().copied(),
                c.proposed,
                world.config.policy.repeated_overdue,
            );
            ladder_grounds(c.ground, x, c.proposed, &repeated)
        }
        _ => false,
    }
}

/// P1 evidence: a complaint about `who`'s own conduct ([`Complaint::complains_of_conduct`],
/// with svc.toml's conduct flags), analysed by `day`.
fn conduct_complaint(x: &Complaint, who: &str, day: Date, world: &World) -> bool {
    x.complains_of_conduct(who, day, |category| world.config.complaints.is_conduct(category))
}

fn sheet_failed(c: &Conduct, month: Month, world: &World) -> bool {
    let Some(person) = world.dir.staff(&c.staff) else { return false };
    let leaves = world.index.leaves_of(&c.staff);
    let incidents = world.index.incidents_of(&c.staff);
    person_month(person, month, world.calendar, &world.config.policy, leaves, incidents).grounds_p2()
}

fn decision(c: &Conduct, world: &World, sink: &mut Sink) {
    let clause = c.ground.clause();
    if let Some(d) = &c.decision {
        let decider = c.ground.decider();
        if let Some(by) = world.person(&d.by, "decision.by", sink)
            && by.role != decider
        {
            sink.report_under(
                &DECIDED_BY_ROLE,
                clause,
                "decision.by",
                msg!(
                    "rule-decided-by",
                    decider = decider.name(),
                    token = decider,
                    kind = c.kind.name(),
                    clause = clause,
                    who = &by.id,
                    role = by.role
                ),
            );
        }
        if d.by == c.staff {
            sink.report_under(&DECIDED_BY_ROLE, clause, "decision.by", msg!("rule-own-decision"));
        }
        world.in_order((c.proposed, tid!("when-proposal")), (d.on, tid!("when-decision")), "decision.on", sink);
        world.not_future(d.on, "decision.on", sink);
    }
    match (&c.notified, c.derived_status()) {
        (Some(_), s) if s != ConductStatus::Approved => sink.report_under(
            &LETTER_AFTER_APPROVAL,
            clause,
            "notified",
            msg!("conduct-only-approved-sent", id = c.id, status = s.name()),
        ),
        (Some(n), _) => {
            world.office(&n.by, "notified.by", &LETTER_AFTER_APPROVAL, tid!("step-letter"), sink);
            if let Some(d) = &c.decision {
                world.in_order((d.on, tid!("when-decision")), (n.on, tid!("when-letter")), "notified.on", sink);
            }
            world.not_future(n.on, "notified.on", sink);
        }
        (None, ConductStatus::Approved) if c.kind == ConductKind::Commendation => {
            sink.report(&COMMENDATION_SENT, "decision", msg!("rule-letter-pending", id = c.id))
        }
        (None, ConductStatus::Approved) if c.kind == ConductKind::Removal => {
            sink.report(&REMOVAL_NOTIFIED, "decision", msg!("rule-removal-not-notified", id = c.id))
        }
        _ => {}
    }
    circulation(c, world, sink);
}

/// RP-2: a circulated criticism, once approved, is made known across the centre.
fn circulation(c: &Conduct, world: &World, sink: &mut Sink) {
    let approved_circulated =
        c.derived_status() == ConductStatus::Approved && c.kind == ConductKind::CirculatedCriticism;
    match &c.circulated {
        Some(_) if !approved_circulated => sink.report(
            &CIRCULATION_AFTER_APPROVAL,
            "circulated",
            msg!("conduct-only-circulated", id = c.id, kind = c.kind.name(), status = c.derived_status().name()),
        ),
        Some(circ) => {
            world.office(&circ.by, "circulated.by", &CIRCULATION_AFTER_APPROVAL, tid!("step-circulate"), sink);
            if let Some(d) = &c.decision {
                world.in_order(
                    (d.on, tid!("when-decision")),
                    (circ.on, tid!("when-circulation")),
                    "circulated.on",
                    sink,
                );
            }
            world.not_future(circ.on, "circulated.on", sink);
        }
        None if approved_circulated => sink.report(&CIRCULATED, "decision", msg!("rule-not-circulated", id = c.id)),
        None => {}
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("conduct.person-in-scope", "RP-2026-0006", |_, r| rec::<Conduct>(r, "RP-2026-0006").staff = "D01".into()),
        ("conduct.kind-fits-ground", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").kind = ConductKind::Removal
        }),
        ("conduct.proposed-by-office", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").proposed_by = "S11".into()
        }),
        ("conduct.status-agrees", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").status = ConductStatus::Proposed
        }),
        ("conduct.evidence-exists", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").evidence.push(Evidence::Record("CMP-2026-0999".parse().unwrap()))
        }),
        ("conduct.evidence-concerns-person", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").staff = "S21".into()
        }),
        ("conduct.evidence-supports-ground", "RP-2026-0005", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0037").logged_by = "S31".into()
        }),
        ("conduct.prior-criticism", "RP-2026-0007", |_, r| rec::<Conduct>(r, "RP-2026-0007").ground = Ground::R1),
        ("conduct.decided-by-role", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").decision.as_mut().unwrap().by = "D02".into()
        }),
        ("conduct.letter-after-approval", "RP-2026-0006", |_, r| {
            rec::<Conduct>(r, "RP-2026-0006").notified =
                Some(Notification { on: d("2026-07-07"), by: "S02".into(), unit: None })
        }),
        ("conduct.commendation-sent", "RP-2026-0005", |_, r| rec::<Conduct>(r, "RP-2026-0005").notified = None),
        ("conduct.removal-notified", "RP-2026-0007", |_, r| {
            rec::<Conduct>(r, "RP-2026-0007").decision =
                Some(ConductDecision { on: d("2026-07-08"), by: "D02".into(), approved: true, note: None });
            rec::<Conduct>(r, "RP-2026-0007").status = ConductStatus::Approved;
        }),
        ("conduct.circulation-after-approval", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").circulated =
                Some(crate::domain::conduct::Circulation { on: d("2026-05-06"), by: "S02".into(), note: None })
        }),
        ("conduct.circulated", "RP-2026-0001", |_, r| {
            rec::<Conduct>(r, "RP-2026-0001").kind = ConductKind::CirculatedCriticism
        }),
    ]
}

#[cfg(test)]
mod tests {
    use crate::domain::capa::{ActionKind, Capa};
    use crate::domain::complaint::{Complaint, Intake};
    use crate::domain::conduct::{Conduct, ConductKind, ConductStatus, Evidence, Ground, Proposal};
    use crate::domain::id::{RecordId, RecordKind};
    use crate::domain::refusal::Refusal;
    use crate::domain::testing::*;

    fn propose(
        b: &mut Bench,
        who: &str,
        kind: ConductKind,
        ground: Ground,
        evidence: &[&str],
        on: &str,
    ) -> Result<RecordId, Refusal> {
        let id = RecordId::new(RecordKind::Conduct, 2026, b.records.conducts.len() as u32 + 1);
        let evidence = evidence.iter().map(|e| e.parse::<Evidence>().unwrap()).collect();
        let proposal = Proposal { kind, ground, note: "事由".into(), evidence };
        let c = Conduct::propose(id, &b.who(who), &b.who("S01"), proposal, day(on));
        b.admit(c, day(on))
    }

    fn decide(b: &mut Bench, id: RecordId, by: &str, on: &str) -> Result<(), Refusal> {
        let who = b.who(by);
        b.step(id, day(on), |c: &mut Conduct| c.decide(&who, day(on), true, None))
    }

    #[test]
    fn deciders_by_clause_and_never_the_office() {
        for (kind, ground, decider, other) in [
            (ConductKind::Commendation, Ground::C2, "D02", "D01"),
            (ConductKind::Warning, Ground::P3, "D01", "D02"),
            (ConductKind::Removal, Ground::R5, "D02", "D01"),
        ] {
            let mut b = Bench::new();
            let lost = lost_document(&mut b);
            let evidence: &[&str] = if ground == Ground::P3 { &[&lost] } else { &[] };
            let id = propose(&mut b, "S03", kind, ground, evidence, "2026-05-04").unwrap();
            assert_eq!(decide(&mut b, id, other, "2026-05-05").unwrap_err().clause, ground.clause());
            assert!(decide(&mut b, id, "S01", "2026-05-05").is_err(), "the office proposes, never decides");
            decide(&mut b, id, decider, "2026-05-05").unwrap();
            assert_eq!(b.get::<Conduct>(id).status, ConductStatus::Approved);
        }
        let mut b = Bench::new();
        assert_eq!(
            propose(&mut b, "S03", ConductKind::Removal, Ground::P2, &[], "2026-05-04").unwrap_err().clause,
            "RP-2"
        );
        assert_eq!(
            propose(&mut b, "D01", ConductKind::Warning, Ground::P3, &[], "2026-05-04").unwrap_err().clause,
            "RP-2"
        );
    }

    #[test]
    fn c1_needs_a_praise_someone_else_logged() {
        let mut b = Bench::new();
        let praise = |by: &str, b: &mut Bench| {
            let id = RecordId::new(RecordKind::Complaint, 2026, b.records.complaints.len() as u32 + 1);
            let intake = Intake { praised: Some("S03".into()), complained_about: vec![], ..intake() };
            b.admit(Complaint::open(id, intake, &b.who(by)), day("2026-03-02")).unwrap().to_string()
        };
        let own = praise("S03", &mut b);
        let err = propose(&mut b, "S03", ConductKind::Commendation, Ground::C1, &[&own], "2026-03-05").unwrap_err();
        assert!(err.message.has("shows-C1"), "{err}");
        let other = praise("S06", &mut b);
        propose(&mut b, "S03", ConductKind::Commendation, Ground::C1, &[&other], "2026-03-05").unwrap();
        let err = propose(&mut b, "S05", ConductKind::Commendation, Ground::C1, &[&other], "2026-03-05").unwrap_err();
        assert!(err.message.has("evidence-not-about") && err.message.mentions("S05"), "{err}");
    }

    #[test]
    fn p1_and_r1_complaints_of_the_person_after_an_approved_criticism() {
        let mut b = Bench::new();
        let (first, _) = b.analysed();
        let first = first.to_string();
        let err = propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&first], "2026-03-02").unwrap_err();
        assert!(err.message.has("evidence-after") || err.message.has("rule-evidence-needed"), "{err}");
        let criticism = propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&first], "2026-03-04").unwrap();
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R1, &[&first], "2026-03-05").unwrap_err();
        assert_eq!(err.clause, "RP-3", "no approved criticism yet: {err}");
        decide(&mut b, criticism, "D01", "2026-03-05").unwrap();
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R1, &[&first], "2026-03-06").unwrap_err();
        assert!(err.message.has("shows-R1"), "the complaint came before it: {err}");
        // A further complaint, received after the criticism was approved.
        let id = RecordId::new(RecordKind::Complaint, 2026, 9);
        let later = Complaint::open(id, Intake { received: day("2026-03-09"), ..intake() }, &b.who("S03"));
        b.admit(later, day("2026-03-09")).unwrap();
        let s01 = b.who("S01");
        let on = day("2026-03-09");
        b.step(id, on, |c: &mut Complaint| {
            c.triage(&s01, on, crate::domain::complaint::Responsibility::Ours, None, None)
        })
        .unwrap();
        b.analyse(id, "S01", "S03", day("2026-03-10")).unwrap();
        propose(&mut b, "S03", ConductKind::Removal, Ground::R1, &[&id.to_string()], "2026-03-11").unwrap();
    }

    /// A complaint by S03's customer, accepted and analysed on `on` with `responsible`
    /// handling the fix, `category` the cause, `about` confirmed at analysis.
    fn complaint_about(b: &mut Bench, on: &str, category: &str, about: &[&str], responsible: &str) -> String {
        use crate::domain::complaint::{AnalysisInput, Responsibility};
        let id = cmp(b.records.complaints.len() as u32 + 1);
        let form =
            Complaint::open(id, Intake { received: day(on), complained_about: vec![], ..intake() }, &b.who("S03"));
        b.admit(form, day(on)).unwrap();
        let s01 = b.who("S01");
        b.step(id, day(on), |c: &mut Complaint| c.triage(&s01, day(on), Responsibility::Ours, None, None)).unwrap();
        let mut form = b.get::<Complaint>(id);
        let capa_id = RecordId::new(RecordKind::Capa, 2026, b.records.capas.len() as u32 + 1);
        let input = AnalysisInput {
            cause_category: category.into(),
            cause: "原因".into(),
            responsible: responsible.into(),
            interview: None,
            complained_about: Some(about.iter().map(|s| s.to_string()).collect()),
        };
        let capa = form.analyse(&s01, day(on), input, capa_id).unwrap();
        b.records.put(capa);
        b.records.put(form);
        id.to_string()
    }

    /// P1 as read after the second review: the people complained about for their conduct,
    /// never whoever handles the fix, and never a complaint about a thing.
    #[test]
    fn p1_falls_on_the_person_complained_about_with_a_conduct_cause() {
        let mut b = Bench::new();
        let handler = complaint_about(&mut b, "2026-03-02", "attitude", &["S05"], "S03");
        let err = propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&handler], "2026-03-04").unwrap_err();
        assert!(err.message.has("shows-P1"), "S03 only handles it: {err}");
        propose(&mut b, "S05", ConductKind::Criticism, Ground::P1, &[&handler], "2026-03-04").unwrap();
        let chair = complaint_about(&mut b, "2026-03-02", "facility", &["S03"], "S03");
        let err = propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&chair], "2026-03-04").unwrap_err();
        assert_eq!(err.clause, "RP-2", "a facility cause is no conduct: {err}");
        let nobody = complaint_about(&mut b, "2026-03-02", "attitude", &[], "S03");
        assert!(propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&nobody], "2026-03-04").is_err());
        // svc.toml may say otherwise: a centre that counts equipment as the clerk's care.
        b.config.complaints.cause_categories.iter_mut().find(|k| k.id == "facility").unwrap().conduct = Some(true);
        propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&chair], "2026-03-04").unwrap();
    }

    /// R1 (經批評仍不改正): after an approved P1 criticism, a further complaint about their
    /// conduct; an attendance (P2) criticism, or a later complaint about a thing, is not it.
    #[test]
    fn r1_needs_a_p1_criticism_then_a_further_conduct_complaint() {
        use crate::domain::attendance::IncidentKind;
        let mut b = Bench::new();
        for on in ["2026-03-03", "2026-03-10", "2026-03-17"] {
            incident(&mut b, IncidentKind::Late, on);
        }
        let p2 = propose(&mut b, "S03", ConductKind::Warning, Ground::P2, &["SHEET-2026-03"], "2026-04-06").unwrap();
        decide(&mut b, p2, "D01", "2026-04-07").unwrap();
        let later = complaint_about(&mut b, "2026-04-08", "attitude", &["S03"], "S03");
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R1, &[&later], "2026-04-09").unwrap_err();
        assert!(err.message.has("shows-R1"), "an attendance criticism does not ground R1: {err}");
        let first = complaint_about(&mut b, "2026-04-09", "attitude", &["S03"], "S05");
        let p1 = propose(&mut b, "S03", ConductKind::Criticism, Ground::P1, &[&first], "2026-04-10").unwrap();
        decide(&mut b, p1, "D01", "2026-04-13").unwrap();
        let chair = complaint_about(&mut b, "2026-04-14", "facility", &["S03"], "S03");
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R1, &[&chair], "2026-04-15").unwrap_err();
        assert_eq!(err.clause, "RP-3", "a facility complaint is not the conduct uncorrected: {err}");
        let again = complaint_about(&mut b, "2026-04-14", "attitude", &["S03"], "S05");
        propose(&mut b, "S03", ConductKind::Removal, Ground::R1, &[&again], "2026-04-15").unwrap();
    }

    #[test]
    fn p2_needs_a_failed_sheet_of_a_finished_month() {
        let mut b = Bench::new();
        let err =
            propose(&mut b, "S03", ConductKind::Warning, Ground::P2, &["SHEET-2026-03"], "2026-03-20").unwrap_err();
        assert!(err.message.has("rule-sheet-incomplete"), "{err}");
        let err =
            propose(&mut b, "S03", ConductKind::Warning, Ground::P2, &["SHEET-2026-02"], "2026-03-20").unwrap_err();
        assert!(err.message.has("shows-P2"), "February passed: {err}");
    }

    /// A document handed to S03 on 2026-03-02 and lost in their charge the day after: P3.
    fn lost_document(b: &mut Bench) -> String {
        use crate::domain::document::{Arrival, Document, Harm};
        let (s01, on, next) = (b.who("S01"), day("2026-03-02"), day("2026-03-03"));
        let id = RecordId::new(RecordKind::Document, 2026, b.records.documents.len() as u32 + 1);
        let arrival =
            Arrival { title: "通知".into(), from: "區稅務局".into(), number: None, kept: "櫃A".into() };
        b.admit(Document::receive(id, &s01, on, arrival), on).unwrap();
        b.step(id, on, |d: &mut Document| d.hand_over(&s01, on, "S03")).unwrap();
        b.step(id, next, |d: &mut Document| d.lose(&s01, next, Harm::Lost, "S03", "遺失".into())).unwrap();
        id.to_string()
    }

    fn incident(b: &mut Bench, kind: crate::domain::attendance::IncidentKind, on: &str) {
        use crate::domain::attendance::{Incident, IncidentInput};
        let id = RecordId::new(RecordKind::Incident, 2026, b.records.incidents.len() as u32 + 1);
        let minutes = (kind != crate::domain::attendance::IncidentKind::Absent).then_some(10);
        let input = IncidentInput { kind, date: day(on), minutes, note: None, correction: None };
        b.admit(Incident::record(id, &b.who("S03"), &b.who("S06"), input, day(on)), day(on)).unwrap();
    }

    /// P2 as read after the second review: a month failed with at least one late arrival or
    /// early departure (遲到早退); a month failed by absence alone is not P2.
    #[test]
    fn p2_needs_a_late_arrival_or_early_departure_not_absence_alone() {
        use crate::domain::attendance::IncidentKind;
        let mut b = Bench::new();
        incident(&mut b, IncidentKind::Absent, "2026-03-03");
        let err =
            propose(&mut b, "S03", ConductKind::Warning, Ground::P2, &["SHEET-2026-03"], "2026-04-06").unwrap_err();
        assert!(err.message.has("shows-P2"), "absence alone: {err}");
        incident(&mut b, IncidentKind::Absent, "2026-04-07");
        incident(&mut b, IncidentKind::Late, "2026-04-08");
        propose(&mut b, "S03", ConductKind::Warning, Ground::P2, &["SHEET-2026-04"], "2026-05-06").unwrap();
    }

    /// P3 as read after the second review: a document lost or damaged in the person's
    /// charge; a hand-over never signed for is a warning of the register, not P3.
    #[test]
    fn p3_needs_a_document_lost_or_damaged_in_their_charge() {
        use crate::domain::document::{Arrival, Document, Harm};
        let mut b = Bench::new();
        let (s01, on) = (b.who("S01"), day("2026-03-02"));
        let id = RecordId::new(RecordKind::Document, 2026, 1);
        let arrival =
            Arrival { title: "通知".into(), from: "區稅務局".into(), number: None, kept: "櫃A".into() };
        b.admit(Document::receive(id, &s01, on, arrival), on).unwrap();
        b.step(id, on, |d: &mut Document| d.hand_over(&s01, on, "S03")).unwrap();
        let evidence = id.to_string();
        let err = propose(&mut b, "S03", ConductKind::Warning, Ground::P3, &[&evidence], "2026-03-04").unwrap_err();
        assert!(err.message.has("shows-P3"), "unsigned only: {err}");
        let err = propose(&mut b, "S03", ConductKind::Warning, Ground::P3, &[], "2026-03-04").unwrap_err();
        assert_eq!(err.clause, "RP-2", "P3 cites the document");
        let later = day("2026-03-05");
        b.step(id, later, |d: &mut Document| d.lose(&s01, later, Harm::Damaged, "S03", "水浸".into())).unwrap();
        propose(&mut b, "S03", ConductKind::Warning, Ground::P3, &[&evidence], "2026-03-06").unwrap();
    }

    /// A CAPA of S03 analysed on `on`, a corrective and a preventive action due `due`.
    fn capa_due(b: &mut Bench, on: &str, due: &str) -> RecordId {
        let capa = b.analysed_on(day(on));
        let s03 = b.who("S03");
        for kind in [ActionKind::Corrective, ActionKind::Preventive] {
            b.step(capa, day(on), |c: &mut Capa| c.add_action(&s03, day(on), kind, "改".into(), day(due))).unwrap();
        }
        capa
    }

    fn remind(b: &mut Bench, capa: RecordId, on: &str, by: &str) {
        let s01 = b.who("S01");
        b.step(capa, day(on), |c: &mut Capa| {
            c.remind(&s01, day(on), day(by), None, crate::domain::testing::overdue_text)
        })
        .unwrap();
    }

    /// Both actions done and completion reported by S03 on `on`.
    fn finish(b: &mut Bench, capa: RecordId, on: &str) {
        let (s03, on) = (b.who("S03"), day(on));
        for n in 1..=2 {
            b.step(capa, on, |c: &mut Capa| c.mark_done(&s03, on, n)).unwrap();
        }
        b.step(capa, on, |c: &mut Capa| c.complete(&s03, on)).unwrap();
    }

    /// P4 as read after the second review (經催辦一次仍未按時完成): after one reminder the work
    /// was not done by the day it set, whether it was finished later or is still open.
    #[test]
    fn p4_work_not_done_by_the_reminders_day_even_if_finished_later() {
        let mut b = Bench::new();
        let capa = capa_due(&mut b, "2026-03-03", "2026-03-05");
        let evidence = capa.to_string();
        let err = propose(&mut b, "S03", ConductKind::Criticism, Ground::P4, &[&evidence], "2026-03-09").unwrap_err();
        assert!(err.message.has("shows-P4"), "no reminder yet: {err}");
        remind(&mut b, capa, "2026-03-06", "2026-03-09");
        let err = propose(&mut b, "S03", ConductKind::Criticism, Ground::P4, &[&evidence], "2026-03-09").unwrap_err();
        assert_eq!(err.clause, "RP-2", "the reminder's day has not passed: {err}");
        finish(&mut b, capa, "2026-03-10");
        propose(&mut b, "S03", ConductKind::Criticism, Ground::P4, &[&evidence], "2026-03-11").unwrap();
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R4, &[&evidence], "2026-03-11").unwrap_err();
        assert_eq!(err.clause, "RP-3", "one reminder is not R4");
    }

    #[test]
    fn p4_not_when_the_work_was_done_by_the_reminders_day() {
        let mut b = Bench::new();
        let capa = capa_due(&mut b, "2026-03-03", "2026-03-05");
        remind(&mut b, capa, "2026-03-06", "2026-03-09");
        finish(&mut b, capa, "2026-03-09");
        let err = propose(&mut b, "S03", ConductKind::Criticism, Ground::P4, &[&capa.to_string()], "2026-03-11");
        assert_eq!(err.unwrap_err().clause, "RP-2", "done on the day the reminder set");
    }

    /// R4: after a second reminder the work was again not done by its day; every such fact
    /// grounds P4 too.
    #[test]
    fn r4_again_not_done_after_a_second_reminder() {
        let mut b = Bench::new();
        let capa = capa_due(&mut b, "2026-03-03", "2026-03-05");
        let evidence = capa.to_string();
        remind(&mut b, capa, "2026-03-06", "2026-03-09");
        remind(&mut b, capa, "2026-03-10", "2026-03-11");
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R4, &[&evidence], "2026-03-11").unwrap_err();
        assert_eq!(err.clause, "RP-3", "the second reminder's day has not passed");
        propose(&mut b, "S03", ConductKind::Removal, Ground::R4, &[&evidence], "2026-03-12").unwrap();
        propose(&mut b, "S03", ConductKind::Criticism, Ground::P4, &[&evidence], "2026-03-12").unwrap();
    }

    /// R4's other reading (屢次超時限辦結): finishing past the planned date on
    /// `repeated_overdue` (3) CAPAs in the last 12 months, with no reminder at all.
    #[test]
    fn r4_and_p4_on_three_late_finishes_in_twelve_months() {
        let mut b = Bench::new();
        let mut late = Vec::new();
        for (on, due, done) in [
            ("2026-03-02", "2026-03-03", "2026-03-04"),
            ("2026-04-01", "2026-04-02", "2026-04-03"),
            ("2026-05-06", "2026-05-07", "2026-05-08"),
        ] {
            let capa = capa_due(&mut b, on, due);
            finish(&mut b, capa, done);
            late.push(capa.to_string());
        }
        let on_time = capa_due(&mut b, "2026-05-11", "2026-05-12");
        finish(&mut b, on_time, "2026-05-12");
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R4, &[&on_time.to_string()], "2026-05-13");
        assert_eq!(err.unwrap_err().clause, "RP-3", "a CAPA finished on time is not one of the late ones");
        propose(&mut b, "S03", ConductKind::Removal, Ground::R4, &[&late[2]], "2026-05-13").unwrap();
        propose(&mut b, "S03", ConductKind::Criticism, Ground::P4, &[&late[0]], "2026-05-13").unwrap();
        // Twelve months after the first late finish, two are left: not repeated any more.
        let err = propose(&mut b, "S03", ConductKind::Removal, Ground::R4, &[&late[2]], "2027-03-05");
        assert_eq!(err.unwrap_err().clause, "RP-3");
    }

    #[test]
    fn rp_3_a_removal_takes_effect_on_its_decision_date() {
        let mut b = Bench::new();
        let removal = propose(&mut b, "S03", ConductKind::Removal, Ground::R5, &[], "2026-03-02").unwrap();
        decide(&mut b, removal, "D02", "2026-03-03").unwrap();
        let id = b.accepted();
        let err = b.analyse(id, "S01", "S03", day("2026-03-04")).unwrap_err();
        assert!(err.message.has("rule-removed-not-responsible"), "{err}");
        let form = Complaint::open(cmp(20), Intake { received: day("2026-03-04"), ..intake() }, &b.who("S03"));
        assert_eq!(b.admit(form, day("2026-03-04")).unwrap_err().clause, "RP-3");
        let form = Complaint::open(cmp(21), Intake { received: day("2026-03-03"), ..intake() }, &b.who("S03"));
        b.admit(form, day("2026-03-03")).unwrap();
    }
}
