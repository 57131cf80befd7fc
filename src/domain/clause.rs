//! The clauses of the written procedures, as a type: a finding or a refusal names one, and
//! the compiler makes sure it is a clause that exists.

use std::fmt;

use serde::{Serialize, Serializer};

/// The one table of clauses: each clause's id, heading and text, from which the enum, its
/// list and its lookups are made (so no list can miss one).
macro_rules! clauses {
    ($($clause:ident: $id:literal, $title:literal, $text:literal;)*) => {
        /// A clause of the procedures (see `docs/procedures.md`), or one of svc's own ids for
        /// what the procedures do not cover (`SVC-CONFIG`, `SVC-CAL`, `GIT-n`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Clause {
            $($clause,)*
        }

        impl Clause {
            pub const ALL: [Clause; [$(Clause::$clause),*].len()] = [$(Clause::$clause),*];

            pub fn id(self) -> &'static str {
                match self { $(Clause::$clause => $id,)* }
            }

            /// The clause's heading.
            pub fn title(self) -> &'static str {
                match self { $(Clause::$clause => $title,)* }
            }

            /// What the clause asks, in svc's words.
            pub fn text(self) -> &'static str {
                match self { $(Clause::$clause => $text,)* }
            }
        }
    };
}

clauses! {
    Sc3_1: "SC-3.1", "Rooms, their functions and posts",
        "Every room states what it does, who may act for it and each post's duties. In svc: the rooms and the staff directory of `svc.toml`; every room and person named on a record must be listed there.";
    Sc3_2: "SC-3.2", "Qualified before serving (持證上崗)",
        "Window staff are trained in policy and business, and serve customers only after the coordination office has confirmed their qualification. In svc: the `qualified` date of each window clerk; a clerk logs or triages forms only from that day.";
    Sc4_1: "SC-4.1", "Conduct at the post, observed by inspection (巡查)",
        "Staff keep to the rules of conduct at the post: dress, courteous language, no empty or swapped posts and no chatting, no shirking or obstructing, no personal gain, tidy desks, no smoking. In svc: the coordination office or the person's room head records what an inspection (巡查) observed, good or a breach; those records are the evidence the grounds of commendation and penalty rest on (C2, C3, P1, R1 to R3, R5).";
    Cc2: "CC-2", "What counts as a complaint",
        "Every complaint about service quality is handled, spoken ones included. The same feedback form also carries praise, which is logged and goes no further.";
    Cc4_1: "CC-4.1", "Triage: whose responsibility",
        "The unit that receives a complaint first judges whose responsibility it is. If the customer's, the cause is explained to them (by the handler in person when needed) and the complaint ends. If the centre's, it is written on the Complaint/Feedback Form and passed to the coordination office.";
    Cc4_2: "CC-4.2", "Channels and the complaint box",
        "Complaints come in person or orally, by the office's complaint hotline, by letter or e-mail, and through the complaint box, which the coordination office empties every working day.";
    Cc4_3: "CC-4.3", "Register, cause analysis, the CAPA",
        "The coordination office enters the complaint in the register, analyses the cause (talking to the customer if needed), names the responsible person and opens a Corrective and Preventive Action (CAPA) tracking report for them.";
    Cc4_4: "CC-4.4", "Actions and the completion report",
        "The responsible person proposes corrective and preventive actions, each with a planned completion date, carries them out and reports completion to the coordination office. In svc the office does not write the actions for them, and a round is reported complete only with at least one corrective and one preventive action, every one done.";
    Cc4_5: "CC-4.5", "Verification within the working-day window",
        "The coordination office verifies the effect within the policy's number of working days (5 by default) after completion was reported; the days counted are working days after the day of the report.";
    Cc4_6: "CC-4.6", "Not effective: another round",
        "A verification that finds the actions not effective sends the CAPA round again: new actions, new dates, a new verification, until one finds it effective.";
    Cc4_7: "CC-4.7", "Result on the form, reply to the customer",
        "Once verified, the result is written on the complaint form; a customer who wants a reply gets one, and the register shows it. The reply tells the result, so it is dated on or after the effective verification (for the customer's responsibility, on or after the triage).";
    Cc4_8: "CC-4.8", "Yearly statistics for management review",
        "Once a year the coordination office head counts the complaints in the register and analyses their causes; the report goes to management review. In svc the report of year Y counts the complaints received in Y with everything known about them on the report day, even in January of Y+1, and says so; it is submitted on or after 1 January of Y+1, and a resubmission gives its reason and supersedes the earlier one, which is kept.";
    Cc6: "CC-6", "Records: forms, register, reports",
        "The records are the Complaint/Feedback Form (one per complaint), the register (a view over all forms) and the CAPA tracking report (one per CAPA). In svc every record is one TOML file, named by its id, in its kind's folder and year, and its status agrees with the steps recorded on it.";
    Att1: "ATT-1", "Arriving and leaving on time",
        "Staff arrive and leave on time. A late arrival, an early departure or an absence without leave on a working day is an attendance incident.";
    Att2: "ATT-2", "Room heads away from their post",
        "A room head away up to 1 working day gives the coordination office a phone notice; over 1 and up to 3 days needs a slip approved by the coordination office head; over 3 days goes through the seconding unit, is approved by the executive deputy director and then filed with the coordination office. The coordination office head, the office's own head, gives the deputy director the notice and has the deputy director approve over 1 and up to 3 days.";
    Att3: "ATT-3", "Staff away from their post",
        "Staff away always tell their room head; over half a working day needs a slip approved by the room head, and over 1 day the coordination office's approval as well. A slip is entered by the applicant, their room head or the coordination office, before the leave starts unless it is marked retroactive (補假).";
    Att4: "ATT-4", "Annual leave",
        "Annual leave of any length is approved first by the coordination office, then processed by the seconding unit's HR department, then filed with the coordination office.";
    Att5: "ATT-5", "Monthly attendance sheets",
        "Each room keeps its attendance; after each month one copy of the sheet goes to the seconding unit and one to the coordination office. Incidents are recorded by the room head or the office, and a month already sent is changed only with a recorded correction.";
    Rp1: "RP-1", "Written commendation (書面表揚)",
        "A written commendation is proposed by the coordination office and decided by the executive deputy director, and a letter goes to the seconding unit. Grounds: C1 service praised by customers, C2 errors or loopholes found and averted, C3 gifts refused.";
    Rp2: "RP-2", "Criticism, warning, circulated criticism",
        "Criticism, warning and circulated criticism are proposed by the coordination office and decided by the deputy director. Grounds: P1 careless or discourteous, with a customer complaint about the person's own conduct (a complaint naming them, with a cause category of conduct; handling the fix is no fault); P2 a month failed with late arrivals or early departures; P3 a document lost or damaged in their charge; P4 work not done by the day a reminder (催辦) set. A reminder concerns the handler's own overdue work: an action past its date, or completion not reported.";
    Rp3: "RP-3", "Removal from the centre (撤離)",
        "Removal from the centre is proposed by the coordination office and decided by the executive deputy director, and takes effect on its decision date. Grounds: R1 a further complaint about the person's conduct, or a breach, after an approved P1 criticism; R2 repeated errors; R3 gifts accepted; R4 work again not done by a second reminder's day, or finished past the planned date on `repeated_overdue` CAPAs in twelve months; R5 otherwise unfit.";
    SvcConfig: "SVC-CONFIG", "svc.toml itself",
        "`svc.toml` must be readable and valid for any rule to run.";
    SvcCal: "SVC-CAL", "The working-day calendar",
        "The calendar section of `svc.toml` must describe a usable working week: at least one working weekday, sessions in order, holidays that end after they start. Working time is counted only in years whose holidays and make-up days it lists: a step that would count across another year is refused, naming the year to add, and from 1 December `svc check` asks for next year's.";
    Git1: "GIT-1", "History: steps are appended, never changed",
        "svc's own rule for the records kept in git (`svc check --base REV`): a step recorded at REV is unchanged at HEAD, and a finished record (a closed complaint, an effective CAPA, a filed, rejected or cancelled slip, a decided commendation or penalty, a dispatch, an incident) does not change at all, except that an approved decision gains its letter.";
    Git2: "GIT-2", "History: nothing deleted or renamed",
        "svc's own rule for the records kept in git: no record file is deleted or renamed; mistakes are corrected by further steps.";
    Git3: "GIT-3", "History: steps recorded when they happen",
        "svc's own rule for the records kept in git: a step is dated at most `[policy] max_backdate_working_days` working days before the commit that records it.";
    Git4: "GIT-4", "History: each step committed by its actor",
        "svc's own rule for the records kept in git (`--verify-authors`): each step is in a commit authored by the person it names, or signed by a key listed for them in the allowed-signers file named in `svc.toml`.";
    Git5: "GIT-5", "History: the records as committed",
        "svc's own rule for the records kept in git: what the work tree and git's index hold of a record is what HEAD holds. A step lands whole, its commit and the index together; a record the index holds otherwise than HEAD (a kill between the two, a staged reversion) would be undone or deleted by the next plain `git commit`, and `svc repair` puts the index right.";
    Git6: "GIT-6", "History: who may change svc.toml",
        "svc's own rule for the records kept in git: the people, rooms, e-mails, keys and policy numbers of `svc.toml` are changed only by the coordination office head or someone `[git] config_admins` lists, as svc.toml stood before the change; every commit is judged by svc.toml as it stood in its parent, so a moved e-mail or a raised limit cannot launder a later commit.";
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Clause {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl PartialEq<&str> for Clause {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl std::str::FromStr for Clause {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Clause::ALL
            .into_iter()
            .find(|c| c.id().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("`{s}` is not a clause id"))
    }
}

impl schemars::JsonSchema for Clause {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Clause".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = Clause::ALL.iter().map(|c| c.id()).collect();
        schemars::json_schema!({
            "type": "string",
            "enum": ids,
            "description": "A clause of the procedures (docs/procedures.md), or SVC-CONFIG / SVC-CAL"
        })
    }
}
