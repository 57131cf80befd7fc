//! Rules on the Complaint/Feedback Form: CC-2, CC-4.1 (triage), CC-4.3 (analysis),
//! CC-4.7 (closing and the reply), SC-3.1/SC-3.2 (who writes it).

use super::{Act, Kind, Sink, World, people, role_name, rules};
use crate::domain::capa::CapaStatus;
use crate::domain::complaint::{Complaint, ComplaintStatus, MeetingStage, Responsibility};
use crate::domain::config::Role;
use crate::domain::date::Date;
use crate::domain::fields::unknown_room;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::token::Token as _;
use crate::{msg, tid};

rules! {
    ROOM_KNOWN = "complaint.room-known", Sc3_1, Error, Recorded,
        "The room a form is about is listed in svc.toml.";
    SUMMARY_WRITTEN = "complaint.summary-written", Cc4_1, Error, Recorded,
        "A form says what the customer said.";
    LOGGED_BY_UNIT = "complaint.logged-by-unit", Cc4_1, Error, Recorded,
        "A form is written by the receiving unit (window staff, a room head) or the coordination office, never by a director.";
    STATUS_AGREES = "complaint.status-agrees", Cc6, Error, Recorded,
        "`status` is what the recorded steps say.";
    PRAISE_ONLY_LOGGED = "complaint.praise-only-logged", Cc2, Error, Recorded,
        "A praise is logged and goes no further: no triage, analysis or closing, nobody complained about.";
    TRIAGE_BY_UNIT = "complaint.triage-by-unit", Cc4_1, Error, Recorded,
        "Responsibility is judged by the receiving room or the coordination office.";
    EXPLANATION_GIVEN = "complaint.explanation-given", Cc4_1, Error, Recorded,
        "A complaint that is the customer's responsibility records the explanation given, and gets no analysis or CAPA.";
    ANALYSIS_AFTER_ACCEPTANCE = "complaint.analysis-after-acceptance", Cc4_3, Error, Recorded,
        "Only a complaint triaged as the centre's responsibility is analysed.";
    ANALYSIS_BY_OFFICE = "complaint.analysis-by-office", Cc4_3, Error, Recorded,
        "The coordination office analyses the cause and opens the CAPA.";
    CAUSE_RECORDED = "complaint.cause-recorded", Cc4_3, Error, Recorded,
        "The analysis names a listed cause category and writes the cause found.";
    CAPA_LINKED = "complaint.capa-linked", Cc4_3, Error, Recorded,
        "The CAPA an analysis names exists and answers this complaint.";
    CLOSING_BY_OFFICE = "complaint.closing-by-office", Cc4_7, Error, Recorded,
        "The coordination office writes the result on the form.";
    CLOSED_WHEN_RESOLVED = "complaint.closed-when-resolved", Cc4_7, Error, Recorded,
        "A form is closed once its CAPA was verified effective (after that verification), or once explained as the customer's responsibility; with the result written.";
    MEETING_FITS = "complaint.meeting-fits", Cc4_1, Error, Recorded,
        "A meeting with the customer follows the triage: the handler explaining after a triage as the customer's (CC-4.1), the coordination office interviewing after one as the centre's (CC-4.3); not after the closing, saying what was said.";
    REPLY_WHEN_WANTED = "complaint.reply-when-wanted", Cc4_7, Error, Recorded,
        "A customer who wanted a reply has one recorded on closing, with its date, channel and content, dated on or after the effective verification (the triage, for the customer's responsibility) and not after the closing.";
}

impl Kind for Complaint {
    fn about(&self, who: &str) -> bool {
        self.praised.as_deref() == Some(who)
            || self.complained_about().iter().any(|p| p == who)
            || self.analysis.as_ref().is_some_and(|a| a.responsible == who)
    }

    fn dated(&self) -> Date {
        self.received
    }

    fn finished(&self) -> bool {
        matches!(self.status, ComplaintStatus::Closed | ComplaintStatus::Praise)
    }

    fn check(&self, world: &World, sink: &mut Sink) {
        intake(self, world, sink);
        triage(self, world, sink);
        analysis(self, world, sink);
        closing(self, world, sink);
        meetings(self, world, sink);
        world.acts(&self.acts(), sink);
    }

    fn written(&self, sink: &mut Sink) {
        written(self, sink);
    }

    fn drop_text(&mut self) {
        let c = self;
        c.summary = Default::default();
        for m in &mut c.meetings {
            m.said = Default::default();
        }
        c.remedy = None;
        c.customer.name = None;
        c.customer.contact = None;
        if let Some(t) = &mut c.triage {
            t.note = None;
        }
        if let Some(a) = &mut c.analysis {
            a.cause = Default::default();
            a.interview = None;
        }
        if let Some(cl) = &mut c.closing {
            cl.result = Default::default();
            if let Some(r) = &mut cl.reply {
                r.text = Default::default();
            }
        }
    }

    fn acts(&self) -> Vec<Act<'_>> {
        let mut acts = vec![Act { on: self.received, by: &self.logged_by, key: "logged_by".into() }];
        if let Some(t) = &self.triage {
            acts.push(Act { on: t.on, by: &t.by, key: "triage.by".into() });
        }
        if let Some(a) = &self.analysis {
            acts.push(Act { on: a.on, by: &a.by, key: "analysis.by".into() });
        }
        if let Some(c) = &self.closing {
            acts.push(Act { on: c.on, by: &c.by, key: "closing.by".into() });
        }
        for (i, m) in self.meetings.iter().enumerate() {
            acts.push(Act { on: m.on, by: &m.by, key: format!("meetings.{i}.by") });
        }
        acts
    }

    fn consults() -> &'static [RecordKind] {
        &[RecordKind::Conduct, RecordKind::Collection, RecordKind::Qualification]
    }

    fn links(&self) -> Vec<RecordId> {
        self.analysis.iter().map(|a| a.capa).collect()
    }
}

/// The texts the procedure asks to be written: the summary (CC-4.1), the explanation to a
/// customer whose responsibility it was (CC-4.1), the cause (CC-4.3), what a meeting said,
/// the result (CC-4.7) and the reply (CC-4.7).
fn written(c: &Complaint, sink: &mut Sink) {
    if c.summary.trim().is_empty() {
        sink.report(&SUMMARY_WRITTEN, "summary", msg!("rule-summary-empty"));
    }
    if let Some(t) = &c.triage
        && t.responsibility == Responsibility::Customer
        && t.note.as_deref().is_none_or(|n| n.trim().is_empty())
    {
        sink.report(&EXPLANATION_GIVEN, "triage", msg!("rule-explanation-needed"));
    }
    if let Some(a) = &c.analysis
        && a.cause.trim().is_empty()
    {
        sink.report(&CAUSE_RECORDED, "analysis.cause", msg!("rule-cause-empty"));
    }
    for (i, m) in c.meetings.iter().enumerate() {
        if m.said.trim().is_empty() {
            let key = format!("meetings.{i}.said");
            sink.report_under(&MEETING_FITS, meeting_clause(m.stage), key, msg!("rule-meeting-said"));
        }
    }
    if let Some(cl) = &c.closing {
        if cl.result.trim().is_empty() {
            sink.report(&CLOSED_WHEN_RESOLVED, "closing.result", msg!("rule-result-empty"));
        }
        if let Some(reply) = &cl.reply
            && reply.text.trim().is_empty()
        {
            sink.report(&REPLY_WHEN_WANTED, "closing.reply.text", msg!("rule-reply-empty"));
        }
    }
}

fn intake(c: &Complaint, world: &World, sink: &mut Sink) {
    super::collection::box_form(c, world, sink);
    if world.dir.room(&c.room).is_none() {
        sink.report(&ROOM_KNOWN, "room", unknown_room(&c.room, world.dir));
    }
    if let Some(by) = world.person(&c.logged_by, "logged_by", sink)
        && !matches!(by.role, Role::Staff | Role::RoomHead)
        && !by.role.acts_for_coordination_office()
    {
        sink.report(
            &LOGGED_BY_UNIT,
            "logged_by",
            msg!("rule-logged-by-unit", who = format!("{} {}", by.id, by.name), role = role_name(by.role)),
        );
    }
    people::qualified(world, &c.logged_by, c.received, tid!("did-write-form"), "logged_by", sink);
    world.not_future(c.received, "received", sink);
    if c.status != c.derived_status() {
        sink.report(
            &STATUS_AGREES,
            "status",
            msg!("rule-status-agrees", status = c.status, derived = c.derived_status()),
        );
    }
    // RP-2 P1: the people complained about are people of the directory.
    for (i, who) in c.complained_about.iter().enumerate() {
        world.person(who, &format!("complained_about.{i}"), sink);
    }
    if let Some(p) = &c.praised {
        world.person(p, "praised", sink);
        if c.triage.is_some() || c.analysis.is_some() || c.closing.is_some() || !c.complained_about.is_empty() {
            sink.report(&PRAISE_ONLY_LOGGED, "praised", msg!("rule-praise-only", id = c.id));
        }
    }
}

fn triage(c: &Complaint, world: &World, sink: &mut Sink) {
    let Some(t) = &c.triage else { return };
    if let Some(by) = world.person(&t.by, "triage.by", sink)
        && !by.role.acts_for_coordination_office()
        && by.room.as_deref() != Some(c.room.as_str())
    {
        sink.report(
            &TRIAGE_BY_UNIT,
            "triage.by",
            msg!("rule-triage-by-unit", who = format!("{} {}", by.id, by.name), id = c.id, room = &c.room),
        );
    }
    people::qualified(world, &t.by, t.on, tid!("did-triage"), "triage.by", sink);
    world.in_order((c.received, tid!("when-received")), (t.on, tid!("when-triage")), "triage.on", sink);
    world.not_future(t.on, "triage.on", sink);
    if t.responsibility == Responsibility::Customer && c.analysis.is_some() {
        sink.report(&EXPLANATION_GIVEN, "analysis", msg!("rule-explained-no-analysis"));
    }
}

fn analysis(c: &Complaint, world: &World, sink: &mut Sink) {
    let Some(a) = &c.analysis else { return };
    if c.triage.as_ref().is_none_or(|t| t.responsibility != Responsibility::Ours) {
        sink.report(&ANALYSIS_AFTER_ACCEPTANCE, "analysis", msg!("rule-analysis-not-accepted", id = c.id));
    }
    world.office(&a.by, "analysis.by", &ANALYSIS_BY_OFFICE, tid!("step-analyse"), sink);
    world.person(&a.responsible, "analysis.responsible", sink);
    for (i, who) in a.complained_about.iter().flatten().enumerate() {
        world.person(who, &format!("analysis.complained_about.{i}"), sink);
    }
    people::not_removed(world, &a.responsible, a.on, "analysis.responsible", sink);
    let categories = &world.config.complaints.cause_categories;
    if !categories.iter().any(|k| k.id == a.cause_category) {
        let ids: Vec<&str> = categories.iter().map(|k| k.id.as_str()).collect();
        sink.report(
            &CAUSE_RECORDED,
            "analysis.cause_category",
            msg!(
                "rule-unknown-category",
                category = &a.cause_category,
                hint = crate::domain::suggest::did_you_mean(&a.cause_category, ids.iter().copied()),
                known = ids.join(", ")
            ),
        );
    }
    if let Some(t) = &c.triage {
        world.in_order((t.on, tid!("when-triage")), (a.on, tid!("when-analysis")), "analysis.on", sink);
    }
    world.not_future(a.on, "analysis.on", sink);
    match world.index.capa(a.capa) {
        None => {
            sink.report(&CAPA_LINKED, "analysis.capa", world.missing(a.capa, msg!("rule-capa-missing", capa = a.capa)))
        }
        Some(capa) if capa.complaint != c.id => sink.report(
            &CAPA_LINKED,
            "analysis.capa",
            msg!("rule-capa-other-complaint", capa = a.capa, complaint = capa.complaint),
        ),
        Some(_) => {}
    }
}

/// The clause a meeting answers to: CC-4.1 for the explanation, CC-4.3 for the interview.
fn meeting_clause(stage: MeetingStage) -> super::Clause {
    match stage {
        MeetingStage::Explanation => super::Clause::Cc4_1,
        MeetingStage::Analysis => super::Clause::Cc4_3,
    }
}

/// CC-4.1 / CC-4.3: meetings with the customer fit the triage and its handler.
fn meetings(c: &Complaint, world: &World, sink: &mut Sink) {
    for (i, m) in c.meetings.iter().enumerate() {
        let key = |k: &str| format!("meetings.{i}.{k}");
        let clause = meeting_clause(m.stage);
        let fits = matches!(
            (m.stage, c.triage.as_ref().map(|t| t.responsibility)),
            (MeetingStage::Explanation, Some(Responsibility::Customer))
                | (MeetingStage::Analysis, Some(Responsibility::Ours))
        );
        if !fits {
            sink.report_under(
                &MEETING_FITS,
                clause,
                key("stage"),
                msg!("rule-meeting-stage", id = c.id, stage = m.stage),
            );
        }
        if let Some(by) = world.person(&m.by, &key("by"), sink) {
            let office = by.role.acts_for_coordination_office();
            let unit = by.room.as_deref() == Some(c.room.as_str());
            let allowed = match m.stage {
                MeetingStage::Explanation => office || unit,
                MeetingStage::Analysis => office,
            };
            if !allowed {
                let who = format!("{} {}", by.id, by.name);
                sink.report_under(
                    &MEETING_FITS,
                    clause,
                    key("by"),
                    msg!("rule-meeting-by", who = who, stage = m.stage, id = c.id),
                );
            }
        }
        if let Some(t) = &c.triage {
            world.in_order((t.on, tid!("when-triage")), (m.on, tid!("when-meeting")), &key("on"), sink);
        }
        if let Some(cl) = &c.closing {
            world.in_order((m.on, tid!("when-meeting")), (cl.on, tid!("when-closing")), &key("on"), sink);
        }
        world.not_future(m.on, &key("on"), sink);
    }
}

fn closing(c: &Complaint, world: &World, sink: &mut Sink) {
    let Some(cl) = &c.closing else { return };
    world.office(&cl.by, "closing.by", &CLOSING_BY_OFFICE, tid!("step-close"), sink);
    world.not_future(cl.on, "closing.on", sink);
    let explained = c.triage.as_ref().is_some_and(|t| t.responsibility == Responsibility::Customer);
    match (&c.analysis, explained) {
        (_, true) => {
            if let Some(t) = &c.triage {
                world.in_order((t.on, tid!("when-explanation")), (cl.on, tid!("when-closing")), "closing.on", sink);
            }
        }
        (None, false) => sink.report(&CLOSED_WHEN_RESOLVED, "closing", msg!("rule-closed-unresolved", id = c.id)),
        (Some(a), false) => {
            if let Some(capa) = world.index.capa(a.capa) {
                match capa.effective_on() {
                    Some(effective) if capa.derived_status() == CapaStatus::Effective => world.in_order(
                        (effective, tid!("when-effective")),
                        (cl.on, tid!("when-closing")),
                        "closing.on",
                        sink,
                    ),
                    _ => sink.report(
                        &CLOSED_WHEN_RESOLVED,
                        "closing",
                        msg!(
                            "rule-close-before-effective",
                            id = c.id,
                            capa = capa.id,
                            status = capa.derived_status().name()
                        ),
                    ),
                }
            }
        }
    }
    match &cl.reply {
        None if c.customer.wants_reply => sink.report(&REPLY_WHEN_WANTED, "closing", msg!("rule-reply-first")),
        None => {}
        Some(reply) => {
            reply_after_result(c, world, reply.on, sink);
            world.in_order((reply.on, tid!("when-reply")), (cl.on, tid!("when-closing")), "closing.on", sink);
        }
    }
}

/// CC-4.7 (second review): the reply tells the customer the result, so it is dated on or
/// after what it reports: the effective verification for the centre's responsibility, the
/// triage for the customer's. Before either is recorded, receipt is the bound (the closing
/// rule reports the missing verification).
fn reply_after_result(c: &Complaint, world: &World, on: crate::domain::date::Date, sink: &mut Sink) {
    let (bound, what) = match c.triage.as_ref().map(|t| (t.responsibility, t.on)) {
        Some((Responsibility::Customer, triaged)) => (triaged, tid!("when-triage")),
        _ => match c.analysis.as_ref().and_then(|a| world.index.capa(a.capa)).and_then(|k| k.effective_on()) {
            Some(effective) => (effective, tid!("when-effective")),
            None => (c.received, tid!("when-received")),
        },
    };
    if on < bound {
        let what = crate::i18n::Msg::new(what);
        sink.report(
            &REPLY_WHEN_WANTED,
            "closing.reply.on",
            msg!("rule-reply-before-result", on = on, what = what, day = bound),
        );
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("complaint.room-known", "CMP-2026-0001", |_, r| rec::<Complaint>(r, "CMP-2026-0001").room = "R9".into()),
        ("complaint.summary-written", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").summary = " ".into()
        }),
        ("complaint.logged-by-unit", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").logged_by = "D01".into()
        }),
        ("complaint.status-agrees", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").status = crate::domain::complaint::ComplaintStatus::Received
        }),
        ("complaint.praise-only-logged", "CMP-2026-0037", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0037").triage =
                Some(Triage { on: d("2026-05-20"), by: "S30".into(), responsibility: Responsibility::Ours, note: None })
        }),
        ("complaint.triage-by-unit", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").triage.as_mut().unwrap().by = "S21".into()
        }),
        ("complaint.explanation-given", "CMP-2026-0004", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0004").triage.as_mut().unwrap().note = None
        }),
        ("complaint.analysis-after-acceptance", "CMP-2026-0001", |_, r| {
            let t = rec::<Complaint>(r, "CMP-2026-0001").triage.as_mut().unwrap();
            t.responsibility = Responsibility::Customer;
            t.note = Some("已說明".into());
        }),
        ("complaint.analysis-by-office", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").analysis.as_mut().unwrap().by = "S11".into()
        }),
        ("complaint.cause-recorded", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").analysis.as_mut().unwrap().cause_category = "weather".into()
        }),
        ("complaint.capa-linked", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").analysis.as_mut().unwrap().capa = "CAPA-2026-0099".parse().unwrap()
        }),
        ("complaint.closing-by-office", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").closing.as_mut().unwrap().by = "S11".into()
        }),
        ("complaint.closed-when-resolved", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").closing.as_mut().unwrap().result = "".into()
        }),
        ("complaint.reply-when-wanted", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").closing.as_mut().unwrap().reply = None
        }),
        ("complaint.meeting-fits", "CMP-2026-0004", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0004").meetings[0].stage = crate::domain::complaint::MeetingStage::Analysis
        }),
    ]
}

#[cfg(test)]
mod tests {
    use crate::domain::complaint::{Channel, Complaint, Reply, Responsibility};
    use crate::domain::testing::*;

    #[test]
    fn cc_4_1_only_the_receiving_room_or_the_office_triages() {
        let mut b = Bench::new();
        let id = b.complaint();
        let s05 = b.who("S05");
        let err = b
            .step(id, day("2026-03-02"), |c: &mut Complaint| {
                c.triage(&s05, day("2026-03-02"), Responsibility::Ours, None, None)
            })
            .unwrap_err();
        assert_eq!(err.clause, "CC-4.1");
        assert!(err.message.has("rule-triage-by-unit"), "{err}");
        assert_eq!(b.get::<Complaint>(id).triage, None, "a refused step changes nothing");
        let s06 = b.who("S06");
        b.step(id, day("2026-03-02"), |c: &mut Complaint| {
            c.triage(&s06, day("2026-03-02"), Responsibility::Ours, None, None)
        })
        .unwrap();
    }

    #[test]
    fn sc_3_2_a_clerk_logs_and_triages_only_once_qualified() {
        let mut b = Bench::new();
        let err = b.admit(Complaint::open(cmp(1), intake(), &b.who("S04")), day("2026-03-02")).unwrap_err();
        assert_eq!(err.clause, "SC-3.2");
        // S03 is qualified from 2025-01-01: a form received before that is refused.
        let early = crate::domain::complaint::Intake { received: day("2024-12-30"), ..intake() };
        assert_eq!(
            b.admit(Complaint::open(cmp(1), early, &b.who("S03")), day("2026-03-02")).unwrap_err().clause,
            "SC-3.2"
        );
        let mut late_triage = Complaint::open(cmp(1), intake(), &b.who("S01"));
        late_triage.triage(&b.who("S04"), day("2026-03-02"), Responsibility::Ours, None, None).unwrap();
        let err = b.admit(late_triage, day("2026-03-02")).unwrap_err();
        assert!(err.message.has("rule-not-qualified"), "{err}");
    }

    #[test]
    fn cc_4_1_a_director_does_not_write_forms() {
        let mut b = Bench::new();
        let err = b.admit(Complaint::open(cmp(1), intake(), &b.who("D01")), day("2026-03-02")).unwrap_err();
        assert_eq!(err.clause, "CC-4.1");
    }

    #[test]
    fn cc_4_7_the_customers_responsibility_closes_with_the_explanation_and_the_reply() {
        let mut b = Bench::new();
        let id = b.complaint();
        let s01 = b.who("S01");
        let on = day("2026-03-02");
        let err =
            b.step(id, on, |c: &mut Complaint| c.triage(&s01, on, Responsibility::Customer, None, None)).unwrap_err();
        assert!(err.message.has("rule-explanation-needed"), "{err}");
        b.step(id, on, |c: &mut Complaint| {
            c.triage(&s01, on, Responsibility::Customer, Some("材料不全，已說明".into()), None)
        })
        .unwrap();
        // The customer wants a reply (fixture): closing without one is refused.
        let err =
            b.step(id, day("2026-03-03"), |c: &mut Complaint| c.close(&s01, day("2026-03-03"), "已說明".into(), None));
        assert_eq!(err.unwrap_err().clause, "CC-4.7");
        let reply = Reply { on: day("2026-03-03"), via: Channel::Phone, text: " ".into() };
        let err = b.step(id, day("2026-03-03"), |c: &mut Complaint| {
            c.close(&s01, day("2026-03-03"), "已說明".into(), Some(reply))
        });
        assert!(err.unwrap_err().message.has("rule-reply-empty"), "a reply records what was said");
        let reply = Reply { on: day("2026-03-03"), via: Channel::Phone, text: "電話說明所需材料".into() };
        b.step(id, day("2026-03-03"), |c: &mut Complaint| {
            c.close(&s01, day("2026-03-03"), "已說明".into(), Some(reply))
        })
        .unwrap();
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }

    #[test]
    fn cc_4_7_a_complaint_in_capa_closes_only_after_an_effective_verification() {
        let mut b = Bench::new();
        let (id, capa) = b.analysed();
        let s01 = b.who("S01");
        let reply = || Some(Reply { on: day("2026-03-20"), via: Channel::Phone, text: "已改正".into() });
        let close = |b: &mut Bench| {
            b.step(id, day("2026-03-20"), |c: &mut Complaint| {
                c.close(&s01, day("2026-03-20"), "已改正".into(), reply())
            })
        };
        assert_eq!(close(&mut b).unwrap_err().clause, "CC-4.7");
        b.complete(capa, day("2026-03-05"));
        b.verify(capa, day("2026-03-10"), true).unwrap();
        close(&mut b).unwrap();
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }

    #[test]
    fn cc_4_7_the_reply_is_dated_on_or_after_the_effective_verification() {
        let mut b = Bench::new();
        let (id, capa) = b.analysed();
        b.complete(capa, day("2026-03-05"));
        b.verify(capa, day("2026-03-10"), true).unwrap();
        let s01 = b.who("S01");
        let close = |b: &mut Bench, replied: &str| {
            let reply = Some(Reply { on: day(replied), via: Channel::Phone, text: "已改正".into() });
            b.step(id, day("2026-03-11"), |c: &mut Complaint| c.close(&s01, day("2026-03-11"), "已改正".into(), reply))
        };
        for before in ["2026-03-04", "2026-03-09"] {
            let err = close(&mut b, before).unwrap_err();
            assert_eq!(err.clause, "CC-4.7");
            assert!(err.message.has("rule-reply-before-result"), "{before}: {err}");
        }
        close(&mut b, "2026-03-10").unwrap();
        assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
    }

    #[test]
    fn cc_4_7_the_customers_responsibility_is_replied_on_or_after_the_triage() {
        let mut b = Bench::new();
        let id = b.complaint();
        let s01 = b.who("S01");
        let on = day("2026-03-03");
        b.step(id, on, |c: &mut Complaint| c.triage(&s01, on, Responsibility::Customer, Some("已說明".into()), None))
            .unwrap();
        let close = |b: &mut Bench, replied: &str| {
            let reply = Some(Reply { on: day(replied), via: Channel::Phone, text: "已說明".into() });
            b.step(id, on, |c: &mut Complaint| c.close(&s01, on, "已說明".into(), reply))
        };
        assert!(close(&mut b, "2026-03-02").unwrap_err().message.has("rule-reply-before-result"));
        close(&mut b, "2026-03-03").unwrap();
    }
}
