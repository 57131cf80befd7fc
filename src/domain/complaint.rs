//! The Complaint/Feedback Form (客戶投訴/意見單) and its workflow, CC-4.1 to CC-4.7.

use super::refs::StaffId;
use super::refs::{CauseId, RoomId};
use super::text::Text;
use crate::domain::token::Token as _;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::capa::Capa;
use super::clause::Clause;
use super::config::Staff;
use super::date::Date;
use super::fields::non_empty;
use super::id::RecordId;
use super::refusal::{Refusal, refuse};
pub use super::suggest::did_you_mean;

/// How the complaint reached the centre (CC-4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
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

/// Where a complaint stands. Stored on the form so the register reads at a glance; `svc
/// check` verifies it agrees with the steps recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
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
    /// For a form from the complaint box: the day the box was emptied (CC-4.2), a day with a
    /// recorded collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected: Option<Date>,
    /// The room the complaint is about (SC-3.1).
    pub room: RoomId,
    /// What the customer said.
    pub summary: Text,
    /// What the customer asked for, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Text>,
    /// Staff id of whoever wrote the form.
    pub logged_by: StaffId,
    /// The staff member(s) the customer complained about (被投訴人), as the receiving unit
    /// named them at intake or triage: optional (unknown, or nobody when the cause is a
    /// thing). The coordination office confirms or corrects it at analysis. Shown by show,
    /// list and the register; never in the statistics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complained_about: Vec<StaffId>,
    /// For a praise (the feedback form's other use): the staff member praised (RP-1 C1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub praised: Option<StaffId>,
    #[serde(default)]
    pub customer: Customer,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<Triage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<Analysis>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// Meetings with the customer: the handler explaining in person (CC-4.1), or the
    /// coordination office interviewing them for the analysis (CC-4.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
}

/// A meeting with the customer: when, who met them, what was said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub on: Date,
    pub by: StaffId,
    /// Why: explaining the customer's responsibility, or the office's analysis.
    pub stage: MeetingStage,
    pub said: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingStage {
    /// CC-4.1: the handler explains in person to a customer whose responsibility it was.
    Explanation,
    /// CC-4.3: the coordination office interviews the customer to analyse the cause.
    Analysis,
}

impl fmt::Display for MeetingStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MeetingStage::Explanation => "explanation",
            MeetingStage::Analysis => "analysis",
        })
    }
}

/// The customer: personal data, never shown in statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Text>,
    /// The customer wants a reply once the complaint is resolved (CC-4.7).
    #[serde(default)]
    pub wants_reply: bool,
}

/// CC-4.1: the receiving unit's judgement of whose responsibility it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Triage {
    pub on: Date,
    pub by: StaffId,
    pub responsibility: Responsibility,
    /// For the customer's responsibility: the explanation given to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// CC-4.3: the coordination office's cause analysis and the CAPA it opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    pub on: Date,
    pub by: StaffId,
    /// One of `[complaints] cause_categories` in svc.toml.
    pub cause_category: CauseId,
    pub cause: Text,
    /// Staff id of the responsible person who carries the CAPA.
    pub responsible: StaffId,
    /// The person(s) complained about as the coordination office confirmed or corrected them
    /// (an empty list: nobody). The responsible person handles the fix and is not thereby
    /// at fault (RP-2 P1 as read after the second review). Missing on analyses written
    /// before this reading: then nobody is confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complained_about: Option<Vec<StaffId>>,
    /// Notes of an interview with the customer, when one was needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<Text>,
    pub capa: RecordId,
}

/// CC-4.7: the result written onto the form and the reply to the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    pub on: Date,
    pub by: StaffId,
    pub result: Text,
    /// The reply to the customer, when one was given (required when they wanted one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
}

/// CC-4.7: a reply to the customer: when, how, and what they were told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub on: Date,
    pub via: Channel,
    /// What the customer was told.
    pub text: Text,
}

/// What the receiving unit writes down at intake (CC-4.1, CC-4.2).
#[derive(Debug, Clone)]
pub struct Intake {
    pub received: Date,
    pub channel: Channel,
    /// For a box form: the day the box was emptied.
    pub collected: Option<Date>,
    pub room: String,
    pub summary: String,
    pub remedy: Option<String>,
    pub customer: Customer,
    /// Set for a praise rather than a complaint: the staff member praised.
    pub praised: Option<String>,
    /// The staff member(s) the customer complained about, if known.
    pub complained_about: Vec<String>,
}

/// What the coordination office records when it analyses a complaint (CC-4.3).
#[derive(Debug, Clone)]
pub struct AnalysisInput {
    pub cause_category: String,
    pub cause: String,
    pub responsible: String,
    pub interview: Option<String>,
    /// The person(s) complained about as the office finds them; None confirms the form's.
    pub complained_about: Option<Vec<String>>,
}

impl Complaint {
    /// A new form written by `by` on `today`. Whether it may be written (a listed room, a
    /// summary, a qualified clerk, not dated ahead) is for the rules ([`crate::domain::rules`]).
    pub fn open(id: RecordId, intake: Intake, by: &Staff) -> Complaint {
        let mut form = Complaint {
            id,
            status: ComplaintStatus::Received,
            received: intake.received,
            channel: intake.channel,
            collected: intake.collected,
            room: intake.room.trim().into(),
            summary: intake.summary.trim().into(),
            remedy: non_empty(intake.remedy).map(Into::into),
            logged_by: by.id,
            complained_about: people(intake.complained_about),
            praised: intake.praised.map(|p| p.trim().into()),
            customer: intake.customer,
            triage: None,
            analysis: None,
            closing: None,
            meetings: Vec::new(),
        };
        form.status = form.derived_status();
        form
    }

    pub fn is_praise(&self) -> bool {
        self.praised.is_some()
    }

    /// Who the customer complained about, as known now: the office's confirmation at
    /// analysis, else what the receiving unit wrote on the form.
    pub fn complained_about(&self) -> &[StaffId] {
        match self.analysis.as_ref().and_then(|a| a.complained_about.as_ref()) {
            Some(confirmed) => confirmed,
            None => &self.complained_about,
        }
    }

    /// RP-2 P1 evidence (受客戶投訴), as read after the second review: triaged as the
    /// centre's, analysed by `day` with a cause category that concerns conduct
    /// (`is_conduct`), and the office's analysis names `who` as complained about.
    pub fn complains_of_conduct(&self, who: &str, day: Date, is_conduct: impl Fn(&str) -> bool) -> bool {
        self.triage.as_ref().is_some_and(|t| t.responsibility == Responsibility::Ours)
            && self.analysis.as_ref().is_some_and(|a| {
                a.on <= day
                    && is_conduct(&a.cause_category)
                    && a.complained_about.as_ref().is_some_and(|p| p.iter().any(|p| p == who))
            })
    }

    /// The form as it stood at the end of `day`: None if not yet received, steps dated
    /// later left out.
    pub fn as_of(&self, day: Date) -> Option<Complaint> {
        if self.received > day {
            return None;
        }
        self.clone().into_as_of(day)
    }

    /// [`Complaint::as_of`] of a form the caller no longer needs: no copy is made.
    pub fn into_as_of(self, day: Date) -> Option<Complaint> {
        if self.received > day {
            return None;
        }
        let mut form = self;
        form.triage = form.triage.filter(|t| t.on <= day);
        form.meetings.retain(|m| m.on <= day);
        form.analysis = form.analysis.filter(|a| a.on <= day);
        form.closing = form.closing.filter(|c| c.on <= day).map(|mut c| {
            c.reply = c.reply.filter(|r| r.on <= day);
            c
        });
        form.status = form.derived_status();
        Some(form)
    }

    /// Meets the customer: to explain (after a triage as the customer's responsibility,
    /// CC-4.1) or to analyse (after a triage as the centre's, CC-4.3). Not once closed.
    pub fn meet(&mut self, by: &Staff, today: Date, said: String) -> Result<MeetingStage, Refusal> {
        let stage = match self.triage.as_ref().map(|t| t.responsibility) {
            Some(Responsibility::Customer) => MeetingStage::Explanation,
            Some(Responsibility::Ours) => MeetingStage::Analysis,
            None => return refuse(Clause::Cc4_1, crate::msg!("complaint-not-triaged", id = self.id)),
        };
        if self.closing.is_some() {
            return refuse(
                Clause::Cc4_7,
                crate::msg!("complaint-cannot-close", id = self.id, status = self.status.name()),
            );
        }
        self.meetings.push(Meeting { on: today, by: by.id, stage, said: said.trim().into() });
        Ok(stage)
    }

    /// CC-4.1: records whose responsibility it is; once only.
    /// `about`, when given, names (or corrects) the person(s) complained about.
    pub fn triage(
        &mut self,
        by: &Staff,
        today: Date,
        responsibility: Responsibility,
        note: Option<String>,
        about: Option<Vec<String>>,
    ) -> Result<(), Refusal> {
        if self.is_praise() {
            return refuse(Clause::Cc2, crate::msg!("complaint-praise-no-triage", id = self.id));
        }
        if self.status != ComplaintStatus::Received {
            return refuse(
                Clause::Cc4_1,
                crate::msg!("complaint-already-triaged", id = self.id, status = self.status.name()),
            );
        }
        if let Some(about) = about {
            self.complained_about = people(about);
        }
        self.triage = Some(Triage { on: today, by: by.id, responsibility, note: non_empty(note).map(Into::into) });
        self.status = self.derived_status();
        Ok(())
    }

    /// CC-4.3: records the analysis and opens the CAPA it names. Returns the new CAPA.
    pub fn analyse(
        &mut self,
        by: &Staff,
        today: Date,
        input: AnalysisInput,
        capa_id: RecordId,
    ) -> Result<Capa, Refusal> {
        match self.status {
            ComplaintStatus::Accepted => {}
            ComplaintStatus::Received => {
                return refuse(Clause::Cc4_1, crate::msg!("complaint-not-triaged", id = self.id));
            }
            other => {
                return refuse(
                    Clause::Cc4_3,
                    crate::msg!("complaint-cannot-analyse", id = self.id, status = other.name()),
                );
            }
        }
        let cause = input.cause.trim().to_string();
        let responsible = input.responsible.trim().to_string();
        let capa = Capa::open(capa_id, self.id, &responsible, by, today, &cause);
        self.analysis = Some(Analysis {
            on: today,
            by: by.id,
            cause_category: input.cause_category.trim().into(),
            cause: cause.into(),
            responsible: responsible.as_str().into(),
            complained_about: Some(match input.complained_about {
                Some(named) => people(named),
                None => self.complained_about.clone(),
            }),
            interview: non_empty(input.interview).map(Into::into),
            capa: capa_id,
        });
        self.status = self.derived_status();
        Ok(capa)
    }

    /// CC-4.7: writes the result on the form, with the reply to the customer if one was
    /// given. For a complaint in CAPA or one explained as the customer's responsibility.
    pub fn close(&mut self, by: &Staff, today: Date, result: String, reply: Option<Reply>) -> Result<(), Refusal> {
        if !matches!(self.status, ComplaintStatus::InCapa | ComplaintStatus::Explained) {
            return refuse(
                Clause::Cc4_7,
                crate::msg!("complaint-cannot-close", id = self.id, status = self.status.name()),
            );
        }
        let reply = reply.map(|r| Reply { text: r.text.trim().into(), ..r });
        self.closing = Some(Closing { on: today, by: by.id, result: result.trim().into(), reply });
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

/// Staff ids as typed: trimmed, blanks and repeats dropped, in the order given.
fn people(ids: Vec<String>) -> Vec<StaffId> {
    let mut out: Vec<StaffId> = Vec::new();
    for id in ids.iter().map(|i| StaffId::from(i.trim())).filter(|i| !i.is_empty()) {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

super::token::tokens! {
    Channel = "channel" => [InPerson, Phone, Box, Letter, Email];
    ComplaintStatus = "complaint" => [Received, Explained, Accepted, InCapa, Closed, Praise];
}
