//! Property: whatever sequence of steps people take, a step never writes what `svc check`
//! rejects. Random sequences of every kind of step (by random people, on advancing days)
//! go through the same rules as the CLI; refused steps are dropped; the records left must
//! pass `check` with no error of a rule that reads only what is recorded. (Rules as of the
//! report day, such as a slip left pending after its leave, are broken by time passing
//! with nobody acting, not by a step.)

use crate::domain::token::Token as _;
use proptest::prelude::*;

use crate::domain::attendance::{Dispatch, Incident, IncidentInput, IncidentKind, Recipient};
use crate::domain::capa::{ActionKind, Capa, CapaStatus};
use crate::domain::complaint::{Channel, Complaint, ComplaintStatus, Customer, Intake, Reply, Responsibility};
use crate::domain::conduct::{Conduct, ConductKind, Evidence, Ground, Proposal};
use crate::domain::date::{Date, DateTime, Month};
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::leave::{Leave, LeaveKind, LeaveRequest};
use crate::domain::testing::*;

const PEOPLE: [&str; 8] = ["S01", "S02", "S03", "S04", "S05", "S06", "D01", "D02"];

/// One step someone tries: what, who, a choice among records, a number, days to wait.
type Try = (u8, u8, u8, u8, u8);

fn pick<T: Clone>(items: &[T], n: u8) -> Option<T> {
    (!items.is_empty()).then(|| items[n as usize % items.len()].clone())
}

fn next_id(kind: RecordKind, taken: usize) -> RecordId {
    RecordId::new(kind, 2026, taken as u32 + 1)
}

/// Who would usually take a step; one try in eight is by anyone at all.
fn actor(b: &Bench, who: u8, usual: &[&str]) -> crate::domain::config::Staff {
    if who.is_multiple_of(8) || usual.is_empty() {
        b.who(PEOPLE[who as usize / 8 % PEOPLE.len()])
    } else {
        b.who(usual[who as usize % usual.len()])
    }
}

fn last_month(today: Date) -> Month {
    Month::of(today.0.checked_sub_months(chrono::Months::new(1)).map_or(today, Date))
}

/// Applies one attempted step; a refusal is simply dropped, as the CLI would write nothing.
fn attempt(b: &mut Bench, today: Date, (what, who, which, n, _): Try) {
    let complaints: Vec<Complaint> = b.records.complaints.iter().map(|f| f.record.clone()).collect();
    let capas: Vec<Capa> = b.records.capas.iter().map(|f| f.record.clone()).collect();
    let leaves: Vec<Leave> = b.records.leaves.iter().map(|f| f.record.clone()).collect();
    let conducts: Vec<Conduct> = b.records.conducts.iter().map(|f| f.record.clone()).collect();
    let in_status = |s: ComplaintStatus| complaints.iter().filter(|c| c.status == s).cloned().collect::<Vec<_>>();
    let open_capas: Vec<Capa> = capas.iter().filter(|c| c.status != CapaStatus::Effective).cloned().collect();
    let awaiting: Vec<Capa> = capas.iter().filter(|c| c.status == CapaStatus::AwaitingVerification).cloned().collect();
    let cal = b.calendar.clone();
    let policy = b.config.policy.clone();
    // Weights: the CAPA steps come often enough for CAPAs to reach verification.
    const OPS: [u8; 25] = [0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    let what = OPS[what as usize % OPS.len()];
    let _ = match what {
        0 => {
            let room = ["R1", "R2"][which as usize % 2];
            let by = actor(b, who, if room == "R1" { &["S03", "S06", "S01"] } else { &["S05", "S01"] });
            let intake = Intake {
                received: today,
                channel: [Channel::InPerson, Channel::Phone, Channel::Box][n as usize % 3],
                collected: None,
                room: room.into(),
                summary: "態度差".into(),
                remedy: None,
                customer: Customer { name: None, contact: None, wants_reply: n % 2 == 0 },
                praised: (n % 5 == 0).then(|| PEOPLE[which as usize % 6].to_string()),
                // The person complained about: named on some forms (anyone, even a
                // director or on a praise: the rules decide), unknown on the rest.
                complained_about: match n % 4 {
                    1 | 2 => vec![PEOPLE[who as usize % PEOPLE.len()].into()],
                    _ => vec![],
                },
            };
            let form = Complaint::open(next_id(RecordKind::Complaint, complaints.len()), intake, &by);
            b.admit(form, today).map(|_| ())
        }
        1 => match pick(&in_status(ComplaintStatus::Received), which) {
            Some(c) => {
                let by = actor(b, who, &["S01", if c.room == "R1" { "S03" } else { "S05" }]);
                let (whose, note) = if n % 3 == 0 {
                    (Responsibility::Customer, Some("已說明".into()))
                } else {
                    (Responsibility::Ours, None)
                };
                // Triage names or corrects the person complained about now and then.
                let about = (n % 5 == 4).then(|| vec![PEOPLE[which as usize % 6].to_string()]);
                b.step(c.id, today, |c: &mut Complaint| c.triage(&by, today, whose, note, about))
            }
            None => Ok(()),
        },
        2 => match pick(&in_status(ComplaintStatus::Accepted), which) {
            Some(c) => {
                let by = actor(b, who, &["S01", "S02"]);
                b.analyse(c.id, &by.id, ["S03", "S05", "S06", "S01"][n as usize % 4], today).map(|_| ())
            }
            None => Ok(()),
        },
        3..=5 => match pick(&open_capas, which) {
            Some(c) => {
                let by = actor(b, who, &[c.responsible.as_str()]);
                let done = c.current_round().map_or(0, |r| r.actions.iter().filter(|a| a.done.is_some()).count());
                let count = c.current_round().map_or(0, |r| r.actions.len());
                match what {
                    3 => {
                        let kind = if n % 3 == 0 { ActionKind::Preventive } else { ActionKind::Corrective };
                        let due = cal.add_working_days(today, u32::from(n % 5));
                        b.step(c.id, today, |c: &mut Capa| c.add_action(&by, today, kind, "改正".into(), due))
                            .map(|_| ())
                    }
                    4 => {
                        b.step(c.id, today, |c: &mut Capa| c.mark_done(&by, today, done + 1 + usize::from(n % 5 == 0)))
                    }
                    _ if done == count && count > 0 => b.step(c.id, today, |c: &mut Capa| c.complete(&by, today)),
                    _ => Ok(()),
                }
            }
            None => Ok(()),
        },
        6 | 7 => match pick(if what == 6 { &awaiting } else { &open_capas }, which) {
            Some(c) => {
                let by = actor(b, who, &["S01", "S02"]);
                if what == 6 {
                    b.step(c.id, today, |c: &mut Capa| c.verify(&by, today, n % 3 != 0, "查核".into(), &cal, 5))
                        .map(|_| ())
                } else {
                    // The day a reminder sets varies: the next working day, or up to four on.
                    let due = cal.add_working_days(today, 1 + u32::from(n % 4));
                    b.step(c.id, today, |c: &mut Capa| {
                        c.remind(&by, today, due, None, crate::domain::testing::overdue_text)
                    })
                    .map(|_| ())
                }
            }
            None => Ok(()),
        },
        8 => {
            let closable: Vec<Complaint> = complaints
                .iter()
                .filter(|c| matches!(c.status, ComplaintStatus::InCapa | ComplaintStatus::Explained))
                .cloned()
                .collect();
            match pick(&closable, which) {
                Some(c) => {
                    let by = actor(b, who, &["S01", "S02"]);
                    let reply =
                        (n % 4 != 0).then(|| Reply { on: today, via: Channel::Phone, text: "已回覆".into() });
                    b.step(c.id, today, |c: &mut Complaint| c.close(&by, today, "已處理".into(), reply))
                }
                None => Ok(()),
            }
        }
        9 => {
            let applicant = b.who(["S03", "S04", "S05", "S06", "S01"][which as usize % 5]);
            let by = actor(b, who, &[applicant.id.as_str()]);
            let start = cal.add_working_days(today, u32::from(n % 4));
            let from = DateTime::at(start, if n % 2 == 0 { 9 * 60 } else { 13 * 60 + 30 });
            let to = DateTime::at(cal.add_working_days(start, u32::from(n % 5)), 17 * 60 + 30);
            let kind = [LeaveKind::Personal, LeaveKind::Sick, LeaveKind::Annual, LeaveKind::LeavePost][n as usize % 4];
            let req = LeaveRequest { kind, from, to, reason: "事".into(), retroactive: n % 7 == 0 };
            match Leave::request(next_id(RecordKind::Leave, leaves.len()), &applicant, &by, req, today, &cal, &policy) {
                Ok(slip) => b.admit(slip, today).map(|_| ()),
                Err(e) => Err(e),
            }
        }
        10 => match pick(&leaves, which) {
            Some(l) => {
                let entitled: Vec<&str> = match l.next_step() {
                    Some(step) => PEOPLE
                        .iter()
                        .copied()
                        .filter(|p| {
                            *p != l.staff && crate::domain::leave::may_take(step, &b.who(p), &l.staff, &b.dir).is_ok()
                        })
                        .collect(),
                    None => vec![l.staff.as_str()],
                };
                let by = actor(b, who, &entitled);
                b.step(l.id, today, |l: &mut Leave| match n % 6 {
                    0..=2 => l.approve(&by, today, Some("〔2026〕1號".into()), None).map(|_| ()),
                    3 => l.reject(&by, today, "人手不足".into(), None).map(|_| ()),
                    4 => l.file(&by, today),
                    _ => l.cancel(&by, today, None),
                })
            }
            None => Ok(()),
        },
        11 => {
            let person = b.who(["S03", "S04", "S05", "S06"][which as usize % 4]);
            let by = actor(b, who, &["S06", "S01"]);
            let kind = [IncidentKind::Late, IncidentKind::Early, IncidentKind::Absent][n as usize % 3];
            let input = IncidentInput {
                kind,
                date: today,
                minutes: None,
                note: None,
                correction: (n % 5 == 0).then(|| "補登".into()),
            };
            let record =
                Incident::record(next_id(RecordKind::Incident, b.records.incidents.len()), &person, &by, input, today);
            b.admit(record, today).map(|_| ())
        }
        12 => {
            let by = actor(b, who, &["S06", "S01"]);
            let (to, room) = (Recipient::ALL[n as usize % 2], ["R1", "R2"][which as usize % 2]);
            let id = next_id(RecordKind::Dispatch, b.records.dispatches.len());
            b.admit(Dispatch::record(id, last_month(today), room, to, &by, today, None), today).map(|_| ())
        }
        13 => {
            let person = b.who(["S03", "S05", "S06", "S04"][which as usize % 4]);
            let by = actor(b, who, &["S01", "S02"]);
            let ground =
                [Ground::C1, Ground::C2, Ground::P1, Ground::P2, Ground::P4, Ground::R1, Ground::R4, Ground::R5]
                    [n as usize % 8];
            let kind = match ground.clause() {
                crate::domain::rules::Clause::Rp1 => ConductKind::Commendation,
                crate::domain::rules::Clause::Rp2 => ConductKind::Criticism,
                _ => ConductKind::Removal,
            };
            let mut evidence: Vec<Evidence> = complaints
                .iter()
                .filter(|c| {
                    c.praised.as_deref() == Some(person.id.as_str())
                        || c.analysis.as_ref().is_some_and(|a| a.responsible == person.id)
                })
                .map(|c| Evidence::Record(c.id))
                .collect();
            evidence.extend(capas.iter().filter(|c| c.responsible == person.id).map(|c| Evidence::Record(c.id)));
            evidence.push(Evidence::Sheet(last_month(today)));
            let proposal = Proposal { kind, ground, note: "事由".into(), evidence };
            let c = Conduct::propose(next_id(RecordKind::Conduct, conducts.len()), &person, &by, proposal, today);
            b.admit(c, today).map(|_| ())
        }
        15 => {
            // The complaint box emptied (CC-4.2).
            let by = actor(b, who, &["S01", "S02"]);
            let id = next_id(RecordKind::Collection, b.records.collections.len());
            b.admit(crate::domain::collection::Collection::record(id, &by, today, u32::from(n % 3), None), today)
                .map(|_| ())
        }
        16 => {
            // An inspection at a post (SC-4.1).
            use crate::domain::inspection::{ConductRule, Inspection};
            let by = actor(b, who, &["S01", "S06"]);
            let staff = ["S03", "S04", "S05"][which as usize % 3];
            let rule = ConductRule::ALL[n as usize % ConductRule::ALL.len()];
            let id = next_id(RecordKind::Inspection, b.records.inspections.len());
            b.admit(Inspection::record(id, &by, staff, today, rule, n % 2 == 0, "所見".into()), today).map(|_| ())
        }
        17 => {
            // The document register (RP-2 P3): receive one, or move one along.
            use crate::domain::document::{Arrival, Document, Harm};
            let docs: Vec<Document> = b.records.documents.iter().map(|f| f.record.clone()).collect();
            let by = actor(b, who, &["S01", "S03", "S06"]);
            match (n % 6, pick(&docs, which)) {
                (0, _) | (_, None) => {
                    let arrival =
                        Arrival { title: "通知".into(), from: "上級".into(), number: None, kept: "櫃".into() };
                    let id = next_id(RecordKind::Document, docs.len());
                    b.admit(Document::receive(id, &by, today, arrival), today).map(|_| ())
                }
                (k, Some(d)) => {
                    let to = ["S03", "S04", "S06"][which as usize % 3];
                    b.step(d.id, today, |d: &mut Document| match k {
                        1 => d.hand_over(&by, today, to),
                        2 => d.sign(&by, today),
                        3 => d.give_back(today),
                        4 => d.close(&by, today),
                        _ => d.lose(&by, today, Harm::Lost, to, "遺失".into()),
                    })
                }
            }
        }
        18 => {
            // Training, then qualification (SC-3.2).
            use crate::domain::training::{Qualification, Training};
            let by = actor(b, who, &["S01"]);
            let staff = ["S03", "S04", "S05"][which as usize % 3];
            if n % 2 == 0 {
                let id = next_id(RecordKind::Training, b.records.trainings.len());
                b.admit(Training::record(id, &by, staff, today, "窗口業務".into(), 8.0), today).map(|_| ())
            } else {
                let id = next_id(RecordKind::Qualification, b.records.qualifications.len());
                b.admit(Qualification::confirm(id, &by, staff, today, "證".into()), today).map(|_| ())
            }
        }
        19 => match pick(&complaints, which) {
            // A meeting with the customer (CC-4.1, CC-4.3).
            Some(c) => {
                let by = actor(b, who, &["S01", "S03", "S06"]);
                b.step(c.id, today, |c: &mut Complaint| c.meet(&by, today, "面談".into()).map(|_| ()))
            }
            None => Ok(()),
        },
        _ => match pick(&conducts, which) {
            Some(c) => {
                let by = actor(b, who, &["D01", "D02", "S01"]);
                b.step(c.id, today, |c: &mut Conduct| match n % 4 {
                    0 => c.notify(&by, today, None),
                    1 => c.circulate(&by, today, None),
                    _ => c.decide(&by, today, n % 8 != 2, None),
                })
            }
            None => Ok(()),
        },
    };
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn steps_never_write_what_check_rejects(tries in proptest::collection::vec(any::<Try>(), 40..200)) {
        let mut b = Bench::new();
        let mut today = day("2026-03-02");
        for t in tries {
            today = b.calendar.add_working_days(today, u32::from(t.4 % 3));
            attempt(&mut b, today, t);
        }
        let errors: Vec<String> = b
            .check(today)
            .into_iter()
            .filter(|f| f.severity() == crate::domain::rules::Severity::Error)
            .filter(|f| f.rule.when == crate::domain::rules::When::Recorded)
            .map(|f| format!("{:?} {} {}: {}", f.subject, f.rule.name, f.key, f.message))
            .collect();
        prop_assert!(errors.is_empty(), "{errors:#?}");
    }
}

/// The sequences above do reach the later steps (so the property is not vacuous).
#[test]
fn a_fixed_sequence_reaches_every_stage() {
    let mut b = Bench::new();
    let (id, capa) = b.analysed();
    b.complete(capa, day("2026-03-04"));
    b.verify(capa, day("2026-03-05"), true).unwrap();
    let s01 = b.who("S01");
    let reply = Some(Reply { on: day("2026-03-05"), via: Channel::Phone, text: "已回覆".into() });
    b.step(id, day("2026-03-05"), |c: &mut Complaint| c.close(&s01, day("2026-03-05"), "已改正".into(), reply))
        .unwrap();
    assert_eq!(b.get::<Complaint>(id).status, ComplaintStatus::Closed);
    assert_eq!(b.get::<Capa>(capa).status, CapaStatus::Effective);
    assert_eq!(b.errors(day("2026-03-31")), Vec::<&str>::new());
}
