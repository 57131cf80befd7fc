//! The Complaint/Feedback Form (客戶投訴/意見單) and its workflow, CC-4.1 to CC-4.7.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::capa::{Capa, CapaStatus};
use super::config::{Directory, Staff};
use super::date::Date;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};
pub use super::suggest::did_you_mean;

/// How the complaint reached the centre (CC-4.2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// In person or oral, at a window.
    InPerson,
    /// The coordination office's complaint hotline.
    Phone,
    /// The complaint box, emptied every working day.
    Box,
    Letter,
    Email,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::InPerson => "in-person",
            Channel::Phone => "phone",
            Channel::Box => "box",
            Channel::Letter => "letter",
            Channel::Email => "email",
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a complaint stands. Stored on the form so the register reads at a glance; `svc
/// check` verifies it agrees with the steps recorded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum ComplaintStatus {
    /// Written down, responsibility not yet judged (CC-4.1).
    Received,
    /// The customer's responsibility: explained to them, and so ended (CC-4.1).
    Explained,
    /// The centre's responsibility: waiting for the coordination office's analysis (CC-4.3).
    Accepted,
    /// Analysed, its CAPA under way (CC-4.3 to CC-4.6).
    InCapa,
    /// Verified effective, result written, reply given where wanted (CC-4.7).
    Closed,
    /// A praise on the same feedback form (意見單): logged, nothing to correct (RP-1 C1).
    Praise,
}

impl ComplaintStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ComplaintStatus::Received => "received",
            ComplaintStatus::Explained => "explained",
            ComplaintStatus::Accepted => "accepted",
            ComplaintStatus::InCapa => "in-capa",
            ComplaintStatus::Closed => "closed",
            ComplaintStatus::Praise => "praise",
        }
    }
}

impl fmt::Display for ComplaintStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whose responsibility the complaint is (CC-4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Responsibility {
    /// The centre's own: logged and analysed.
    Ours,
    /// The customer's: explained, and the complaint ends.
    Customer,
}

/// One complaint form. Field order here is the key order in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Complaint {
    pub id: RecordId,
    pub status: ComplaintStatus,
    pub received: Date,
    pub channel: Channel,
    /// The room the complaint is about (SC-3.1).
    pub room: String,
    /// What the customer said.
    pub summary: String,
    /// What the customer asked for, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<String>,
    /// Staff id of whoever wrote the form.
    pub logged_by: String,
    /// For a praise (the feedback form's other use): the staff member praised (RP-1 C1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub praised: Option<String>,
    #[serde(default)]
    pub customer: Customer,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<Triage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<Analysis>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
}

/// The customer: personal data, never shown in statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The customer wants a reply once the complaint is resolved (CC-4.7).
    #[serde(default)]
    pub wants_reply: bool,
}

/// CC-4.1: the receiving unit's judgement of whose responsibility it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Triage {
    pub on: Date,
    pub by: String,
    pub responsibility: Responsibility,
    /// For the customer's responsibility: the explanation given to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// CC-4.3: the coordination office's cause analysis and the CAPA it opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    pub on: Date,
    pub by: String,
    /// One of `[complaints] cause_categories` in svc.toml.
    pub cause_category: String,
    pub cause: String,
    /// Staff id of the responsible person who carries the CAPA.
    pub responsible: String,
    /// Notes of an interview with the customer, when one was needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<String>,
    pub capa: RecordId,
}

/// CC-4.7: the result written onto the form and the reply to the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    pub on: Date,
    pub by: String,
    pub result: String,
    /// How the customer was replied to, when they wanted a reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied_via: Option<Channel>,
}

/// What the receiving unit writes down at intake (CC-4.1, CC-4.2).
#[derive(Debug, Clone)]
pub struct Intake {
    pub received: Date,
    pub channel: Channel,
    pub room: String,
    pub summary: String,
    pub remedy: Option<String>,
    pub customer: Customer,
    /// Set for a praise rather than a complaint: the staff member praised.
    pub praised: Option<String>,
}

/// What the coordination office records when it analyses a complaint (CC-4.3).
#[derive(Debug, Clone)]
pub struct AnalysisInput {
    pub cause_category: String,
    pub cause: String,
    pub responsible: String,
    pub interview: Option<String>,
}

impl Complaint {
    /// A new form. Refused when the room is unknown, the date is in the future, the text is
    /// empty, or the person writing it is window staff not yet qualified (SC-3.2).
    pub fn open(id: RecordId, intake: Intake, by: &Staff, dir: &Directory, today: Date) -> Result<Complaint, Refusal> {
        if dir.room(&intake.room).is_none() {
            return refuse("SC-3.1", unknown_room(&intake.room, dir));
        }
        if intake.received > today {
            return refuse("CC-4.2", format!("received date {} is after today ({today})", intake.received));
        }
        if intake.summary.trim().is_empty() {
            return refuse("CC-4.1", "the summary is empty: write what the customer said");
        }
        ensure_qualified(by, today)?;
        if let Some(p) = &intake.praised
            && dir.staff(p).is_none()
        {
            return refuse("RP-1", unknown_staff(p, dir));
        }
        let mut form = Complaint {
            id,
            status: ComplaintStatus::Received,
            received: intake.received,
            channel: intake.channel,
            room: intake.room,
            summary: intake.summary.trim().to_string(),
            remedy: non_empty(intake.remedy),
            logged_by: by.id.clone(),
            praised: intake.praised,
            customer: intake.customer,
            triage: None,
            analysis: None,
            closing: None,
        };
        form.status = form.derived_status();
        Ok(form)
    }

    pub fn is_praise(&self) -> bool {
        self.praised.is_some()
    }

    /// CC-4.1: the receiving unit (the complaint's room) or the coordination office judges
    /// whose responsibility it is. The customer's responsibility ends the complaint and needs
    /// the explanation given.
    pub fn triage(
        &mut self,
        by: &Staff,
        today: Date,
        responsibility: Responsibility,
        note: Option<String>,
    ) -> Result<(), Refusal> {
        if self.is_praise() {
            return refuse("CC-2", format!("{} is a praise, not a complaint: there is nothing to triage", self.id));
        }
        if self.status != ComplaintStatus::Received {
            return refuse("CC-4.1", format!("{} was already triaged (status {})", self.id, self.status));
        }
        let receiving_unit = by.room.as_deref() == Some(self.room.as_str());
        if !receiving_unit && !by.role.acts_for_coordination_office() {
            return refuse(
                "CC-4.1",
                format!(
                    "{} ({}) may not triage {}: the receiving room `{}` or the coordination office judges responsibility",
                    by.id, by.name, self.id, self.room
                ),
            );
        }
        ensure_not_before(today, self.received, "triage", "the complaint was received")?;
        let note = non_empty(note);
        if responsibility == Responsibility::Customer && note.is_none() {
            return refuse(
                "CC-4.1",
                "the customer's responsibility needs --note: the explanation given to the customer",
            );
        }
        self.triage = Some(Triage { on: today, by: by.id.clone(), responsibility, note });
        self.status = self.derived_status();
        Ok(())
    }

    /// CC-4.3: the coordination office enters the complaint in the register, analyses the
    /// cause, names the responsible person and opens a CAPA for them. Returns the new CAPA.
    pub fn analyse(
        &mut self,
        by: &Staff,
        today: Date,
        input: AnalysisInput,
        capa_id: RecordId,
        dir: &Directory,
        categories: &[String],
    ) -> Result<Capa, Refusal> {
        ensure_coordination_office(by, "analyse a complaint and open its CAPA", "CC-4.3")?;
        match self.status {
            ComplaintStatus::Accepted => {}
            ComplaintStatus::Received => {
                return refuse(
                    "CC-4.1",
                    format!("{} is not triaged yet: run `svc complaint triage {} --ours` first", self.id, self.id),
                );
            }
            other => return refuse("CC-4.3", format!("{} cannot be analysed: its status is {other}", self.id)),
        }
        if !categories.iter().any(|c| c == &input.cause_category) {
            return refuse(
                "CC-4.3",
                format!(
                    "unknown cause category `{}`{}; categories are: {}",
                    input.cause_category,
                    did_you_mean(&input.cause_category, categories.iter().map(String::as_str)),
                    categories.join(", ")
                ),
            );
        }
        if input.cause.trim().is_empty() {
            return refuse("CC-4.3", "the cause is empty: write what the analysis found");
        }
        let Some(responsible) = dir.staff(&input.responsible) else {
            return refuse("CC-4.3", unknown_staff(&input.responsible, dir));
        };
        let triaged = self.triage.as_ref().map_or(self.received, |t| t.on);
        ensure_not_before(today, triaged, "analysis", "the complaint was triaged")?;
        let capa = Capa::open(capa_id, self.id, responsible, by, today, input.cause.trim());
        self.analysis = Some(Analysis {
            on: today,
            by: by.id.clone(),
            cause_category: input.cause_category,
            cause: input.cause.trim().to_string(),
            responsible: responsible.id.clone(),
            interview: non_empty(input.interview),
            capa: capa_id,
        });
        self.status = self.derived_status();
        Ok(capa)
    }

    /// CC-4.7: once the CAPA was verified effective, the coordination office writes the
    /// result on the form; a customer who wants a reply must have been replied to.
    pub fn close(
        &mut self,
        by: &Staff,
        today: Date,
        capa: &Capa,
        result: String,
        replied_via: Option<Channel>,
    ) -> Result<(), Refusal> {
        ensure_coordination_office(by, "close a complaint", "CC-4.7")?;
        if self.status != ComplaintStatus::InCapa {
            return refuse("CC-4.7", format!("{} cannot be closed: its status is {}", self.id, self.status));
        }
        if capa.status != CapaStatus::Effective {
            return refuse(
                "CC-4.7",
                format!(
                    "{} cannot be closed before its CAPA {} is verified effective (CAPA status: {})",
                    self.id, capa.id, capa.status
                ),
            );
        }
        if self.customer.wants_reply && replied_via.is_none() {
            return refuse("CC-4.7", "the customer wants a reply: reply first, then close with --replied-via CHANNEL");
        }
        if result.trim().is_empty() {
            return refuse("CC-4.7", "the result is empty: write the verified result for the form");
        }
        if let Some(verified) = capa.last_verification_date() {
            ensure_not_before(today, verified, "closing", "the CAPA was verified")?;
        }
        self.closing = Some(Closing { on: today, by: by.id.clone(), result: result.trim().to_string(), replied_via });
        self.status = self.derived_status();
        Ok(())
    }

    /// The status the recorded steps imply.
    pub fn derived_status(&self) -> ComplaintStatus {
        if self.is_praise() {
            return ComplaintStatus::Praise;
        }
        match (&self.triage, &self.analysis, &self.closing) {
            (_, _, Some(_)) => ComplaintStatus::Closed,
            (_, Some(_), None) => ComplaintStatus::InCapa,
            (Some(t), None, None) if t.responsibility == Responsibility::Customer => ComplaintStatus::Explained,
            (Some(_), None, None) => ComplaintStatus::Accepted,
            (None, None, None) => ComplaintStatus::Received,
        }
    }
}

/// SC-3.2: window staff serve only once the coordination office confirmed their qualification.
pub fn ensure_qualified(by: &Staff, today: Date) -> Result<(), Refusal> {
    if by.role != super::config::Role::Staff {
        return Ok(());
    }
    match by.qualified {
        Some(day) if day <= today => Ok(()),
        Some(day) => refuse("SC-3.2", format!("{} ({}) is qualified only from {day}", by.id, by.name)),
        None => refuse(
            "SC-3.2",
            format!(
                "{} ({}) has no confirmed qualification (持證上崗): the coordination office sets `qualified` in svc.toml",
                by.id, by.name
            ),
        ),
    }
}

pub(crate) fn ensure_coordination_office(by: &Staff, what: &str, clause: &'static str) -> Result<(), Refusal> {
    if by.role.acts_for_coordination_office() {
        Ok(())
    } else {
        refuse(
            clause,
            format!("only the coordination office (協調辦) may {what}; {} ({}) is {}", by.id, by.name, by.role),
        )
    }
}

pub(crate) fn ensure_not_before(today: Date, earlier: Date, step: &str, what: &str) -> Result<(), Refusal> {
    if today < earlier {
        return refuse("CC-6", format!("the {step} date {today} is before the day {what} ({earlier})"));
    }
    Ok(())
}

pub(crate) fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// The message for a room id not in svc.toml, listing the rooms there are.
pub fn unknown_room(id: &str, dir: &Directory) -> String {
    format!("unknown room `{id}`; rooms are: {}", dir.room_ids().collect::<Vec<_>>().join(", "))
}

/// The message for a staff id not in the directory, with the closest id when one is near.
pub fn unknown_staff(id: &str, dir: &Directory) -> String {
    format!("unknown staff id `{id}`{}; see [[staff]] in svc.toml", did_you_mean(id, dir.staff_ids()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::*;

    #[test]
    fn customer_responsibility_needs_the_explanation_and_ends_it() {
        let dir = directory();
        let mut c = complaint(&dir);
        let err = c.triage(staff(&dir, "S03"), day("2026-03-02"), Responsibility::Customer, None).unwrap_err();
        assert_eq!(err.clause, "CC-4.1");
        c.triage(staff(&dir, "S03"), day("2026-03-02"), Responsibility::Customer, Some("材料不全，已說明".into()))
            .unwrap();
        assert_eq!(c.status, ComplaintStatus::Explained);
        assert!(
            c.triage(staff(&dir, "S03"), day("2026-03-02"), Responsibility::Ours, None).is_err(),
            "triage once only"
        );
    }

    #[test]
    fn only_the_receiving_room_or_the_office_triages() {
        let dir = directory();
        let mut c = complaint(&dir);
        let err = c.triage(staff(&dir, "S05"), day("2026-03-02"), Responsibility::Ours, None).unwrap_err();
        assert_eq!(err.clause, "CC-4.1");
        assert!(err.message.contains("receiving room"), "{err}");
        c.triage(staff(&dir, "S01"), day("2026-03-02"), Responsibility::Ours, None).unwrap();
        assert_eq!(c.status, ComplaintStatus::Accepted);
    }

    #[test]
    fn sc_3_2_unqualified_staff_cannot_log() {
        let dir = directory();
        let err = Complaint::open(cmp(1), intake(), staff(&dir, "S04"), &dir, day("2026-03-02")).unwrap_err();
        assert_eq!(err.clause, "SC-3.2");
    }

    #[test]
    fn unknown_room_suggests_the_list() {
        let dir = directory();
        let mut bad = intake();
        bad.room = "R9".into();
        let err = Complaint::open(cmp(1), bad, staff(&dir, "S03"), &dir, day("2026-03-02")).unwrap_err();
        assert!(err.message.contains("R1, R2"), "{err}");
    }

    #[test]
    fn cc_4_3_analysis_is_the_offices_and_opens_a_linked_capa() {
        let dir = directory();
        let mut c = accepted(&dir);
        let err = c
            .analyse(staff(&dir, "S03"), day("2026-03-03"), analysis_input(), capa_id(1), &dir, &categories())
            .unwrap_err();
        assert_eq!(err.clause, "CC-4.3");
        let capa = c
            .analyse(staff(&dir, "S01"), day("2026-03-03"), analysis_input(), capa_id(1), &dir, &categories())
            .unwrap();
        assert_eq!(capa.complaint, c.id);
        assert_eq!(c.analysis.as_ref().unwrap().capa, capa.id);
        assert_eq!(capa.responsible, "S03");
        assert_eq!(c.status, ComplaintStatus::InCapa);
    }

    #[test]
    fn analysis_suggests_a_near_category() {
        let dir = directory();
        let mut c = accepted(&dir);
        let mut input = analysis_input();
        input.cause_category = "atitude".into();
        let err = c.analyse(staff(&dir, "S01"), day("2026-03-03"), input, capa_id(1), &dir, &categories()).unwrap_err();
        assert!(err.message.contains("did you mean `attitude`"), "{err}");
    }

    #[test]
    fn cc_4_7_close_needs_an_effective_capa_and_a_reply() {
        let dir = directory();
        let mut c = accepted(&dir);
        let mut capa = c
            .analyse(staff(&dir, "S01"), day("2026-03-03"), analysis_input(), capa_id(1), &dir, &categories())
            .unwrap();
        let err = c.close(staff(&dir, "S01"), day("2026-03-04"), &capa, "ok".into(), None).unwrap_err();
        assert_eq!(err.clause, "CC-4.7");
        run_capa_to_effective(&mut capa, &dir);
        let err = c.close(staff(&dir, "S01"), day("2026-03-20"), &capa, "ok".into(), None).unwrap_err();
        assert!(err.message.contains("wants a reply"), "{err}");
        c.close(staff(&dir, "S01"), day("2026-03-20"), &capa, "已改正".into(), Some(Channel::Phone)).unwrap();
        assert_eq!(c.status, ComplaintStatus::Closed);
    }
}
