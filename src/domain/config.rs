//! `svc.toml`: the centre, its rooms, the staff directory, the calendar and the policy.
//!
//! Every policy number of DOMAIN.md is here with the procedure's own value as its default,
//! so a centre changes a number in one place and `svc check` follows.

use super::refs::StaffId;
use super::refs::{CauseId, RoomId};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::Weekday;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::calendar::{Calendar, Session};
use super::date::Date;

/// The whole of `svc.toml`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub centre: Centre,
    /// The rooms (室) of the centre (SC-3.1).
    #[serde(default)]
    pub rooms: Vec<Room>,
    /// The staff directory: everyone who may appear on a record.
    #[serde(default)]
    pub staff: Vec<Staff>,
    #[serde(default)]
    pub calendar: CalendarConfig,
    #[serde(default)]
    pub policy: Policy,
    #[serde(default)]
    pub complaints: ComplaintSettings,
    #[serde(default)]
    pub git: GitSettings,
}

/// `[git]`: how steps are kept in git.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct GitSettings {
    /// Each step is a commit by its actor (in a git work tree). `false` leaves committing
    /// to people.
    pub commit: bool,
    /// An allowed-signers file (as for `git config gpg.ssh.allowedSignersFile`), relative
    /// to the repository root: `svc check --base REV --verify-authors` then accepts a step
    /// committed by someone else only when it is signed by a key listed for its actor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_signers: Option<String>,
    /// Committer e-mails of those who merge others' work into the shared branch: a forge's
    /// merge button (`noreply@github.com`), the office's integrator. A squash or rebase
    /// merge they commit carries its steps as their actors' (GIT-4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mergers: Vec<String>,
    /// Besides the coordination office head, who may change svc.toml's people, rooms,
    /// calendar, policy and git settings (staff ids or e-mails; GIT-6).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub config_admins: Vec<String>,
}

impl Default for GitSettings {
    fn default() -> Self {
        GitSettings { commit: true, allowed_signers: None, mergers: Vec::new(), config_admins: Vec::new() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Centre {
    pub name: String,
    /// The language svc speaks in this centre unless `--lang`/`SVC_LANG` says otherwise:
    /// `zh-Hant` (the default), `zh-Hans` or `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::i18n::Lang>,
    /// The centre's time zone, an IANA name (`Asia/Taipei`): it decides "today" for every
    /// command and for `svc check`, and the day of each commit, wherever svc runs (a CI
    /// runner in UTC too). Without it, the machine's own zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"))]
    pub timezone: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// Short id used on records, e.g. `R1` or `tax`.
    pub id: RoomId,
    pub name: String,
    /// What the room does (SC-3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub functions: Option<String>,
    /// Its posts and each post's duties (崗位責任制, SC-3.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<Post>,
}

/// A post of a room and what its holder is responsible for (SC-3.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub name: String,
    pub duties: Vec<String>,
}

/// A room as people read it: `R1 工商登記室`.
impl std::fmt::Display for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.id, self.name)
    }
}

/// The roles of DOMAIN.md "People and roles".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// 工作人員: serves at a window, files leave slips, may be a CAPA's responsible person.
    Staff,
    /// 室負責人
    RoomHead,
    /// 協調辦: the hub that runs the register and the CAPAs.
    CoordinationOffice,
    /// 協調辦負責人
    CoordinationOfficeHead,
    /// 中心副主任
    DeputyDirector,
    /// 中心常務副主任
    ExecutiveDeputyDirector,
}

impl Role {
    /// The coordination office head heads the office, so acts for it too.
    pub fn acts_for_coordination_office(self) -> bool {
        matches!(self, Role::CoordinationOffice | Role::CoordinationOfficeHead)
    }

    /// Roles that belong to one room and so need a `room` in the directory (SC-3.1).
    pub fn needs_room(self) -> bool {
        matches!(self, Role::Staff | Role::RoomHead)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Staff {
    /// Short id used on records and with `--as`, e.g. `S07`.
    pub id: StaffId,
    pub name: String,
    pub role: Role,
    /// The room (室) they work in; required for staff and room heads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomId>,
    /// The seconding unit (派駐單位) they come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The day the coordination office confirmed their qualification (持證上崗, SC-3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified: Option<Date>,
    /// Their git `user.email`, so commands know who acts without `--as`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Their SSH public key (`ssh-ed25519 AAAA…`), written by `svc key add`: their steps
    /// are signed with it, and `svc check --base --require-signatures` accepts their steps
    /// only when signed by it (GIT-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(
        pattern = r"^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|sk-ssh-ed25519@openssh.com) [A-Za-z0-9+/=]+( .*)?$"
    ))]
    pub signing_key: Option<String>,
}

impl Staff {
    /// The e-mail their steps are committed under: theirs, or `ID@staff.invalid` for a
    /// person without one (the same in the commit and in the history rules).
    pub fn commit_email(&self) -> String {
        self.email.clone().unwrap_or_else(|| format!("{}@staff.invalid", self.id.to_lowercase()))
    }
}

/// `[calendar]`: which days are worked and the two sessions of a working day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarConfig {
    /// Weekdays not worked, in English: `["saturday", "sunday"]`.
    #[serde(default = "default_weekend")]
    pub weekend: Vec<WeekdayName>,
    #[serde(default = "default_morning")]
    pub morning: SessionSpan,
    #[serde(default = "default_afternoon")]
    pub afternoon: SessionSpan,
    /// Public holidays: a day or a range of days each.
    #[serde(default)]
    pub holidays: Vec<Holiday>,
    /// Make-up working days (調休): worked although they fall on a weekend.
    #[serde(default)]
    pub makeup_workdays: Vec<Date>,
    /// Years whose calendar is complete although no holiday or make-up day is listed in them
    /// (a year with any listed is known anyway). Working time is counted only in known years.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<i32>,
}

impl Default for CalendarConfig {
    fn default() -> Self {
        CalendarConfig {
            weekend: default_weekend(),
            morning: default_morning(),
            afternoon: default_afternoon(),
            holidays: Vec::new(),
            makeup_workdays: Vec::new(),
            years: Vec::new(),
        }
    }
}

fn default_weekend() -> Vec<WeekdayName> {
    vec![WeekdayName(Weekday::Sat), WeekdayName(Weekday::Sun)]
}

fn default_morning() -> SessionSpan {
    SessionSpan(Session { start: 9 * 60, end: 12 * 60 })
}

fn default_afternoon() -> SessionSpan {
    SessionSpan(Session { start: 13 * 60 + 30, end: 17 * 60 + 30 })
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub name: String,
    pub from: Date,
    /// Last day of the holiday; a one-day holiday leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

impl Holiday {
    pub fn days(&self) -> impl Iterator<Item = Date> {
        let last = self.to.unwrap_or(self.from);
        std::iter::successors(Some(self.from), move |d| (*d < last).then(|| d.succ()))
    }
}

impl CalendarConfig {
    /// The calendar, or what is wrong with this section.
    pub fn build(&self) -> Result<Calendar, crate::i18n::Msg> {
        let distinct: std::collections::BTreeSet<u32> =
            self.weekend.iter().map(|w| w.0.num_days_from_monday()).collect();
        if distinct.len() >= 7 {
            return Err(crate::msg!("calendar-all-weekend"));
        }
        for (name, s) in [("morning", self.morning.0), ("afternoon", self.afternoon.0)] {
            if s.end <= s.start {
                return Err(crate::msg!("calendar-session-backwards", name = name));
            }
        }
        if self.afternoon.0.start < self.morning.0.end {
            return Err(crate::msg!("calendar-afternoon-first"));
        }
        for h in &self.holidays {
            if h.to.is_some_and(|to| to < h.from) {
                return Err(crate::msg!("calendar-holiday-backwards", name = &h.name));
            }
        }
        let known = self
            .holidays
            .iter()
            .flat_map(|h| [h.from.year(), h.to.unwrap_or(h.from).year()])
            .chain(self.makeup_workdays.iter().map(|d| d.year()))
            .chain(self.years.iter().copied());
        Ok(Calendar::new(
            self.weekend.iter().map(|w| w.0),
            self.holidays.iter().flat_map(Holiday::days),
            self.makeup_workdays.iter().copied(),
            self.morning.0,
            self.afternoon.0,
        )
        .knowing(known))
    }
}

/// A weekday written in English, `saturday` or `sat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayName(pub Weekday);

impl Serialize for WeekdayName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let name = match self.0 {
            Weekday::Mon => "monday",
            Weekday::Tue => "tuesday",
            Weekday::Wed => "wednesday",
            Weekday::Thu => "thursday",
            Weekday::Fri => "friday",
            Weekday::Sat => "saturday",
            Weekday::Sun => "sunday",
        };
        s.serialize_str(name)
    }
}

impl<'de> Deserialize<'de> for WeekdayName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Weekday::from_str(&text)
            .map(WeekdayName)
            .map_err(|_| serde::de::Error::custom(crate::msg!("calendar-bad-weekday", text = text)))
    }
}

impl JsonSchema for WeekdayName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Weekday".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        })
    }
}

/// A session of the working day written `"09:00-12:00"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionSpan(pub Session);

impl fmt::Display for SessionSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Session { start, end } = self.0;
        write!(f, "{:02}:{:02}-{:02}:{:02}", start / 60, start % 60, end / 60, end % 60)
    }
}

impl FromStr for SessionSpan {
    type Err = crate::i18n::Msg;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || crate::msg!("calendar-bad-session", text = text);
        let (from, to) = text.split_once('-').ok_or_else(bad)?;
        let minute = |t: &str| -> Option<u32> {
            let (h, m) = t.trim().split_once(':')?;
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
        };
        let (start, end) = (minute(from).ok_or_else(bad)?, minute(to).ok_or_else(bad)?);
        Ok(SessionSpan(Session { start, end }))
    }
}

impl Serialize for SessionSpan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SessionSpan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for SessionSpan {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Session".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]$",
            "description": "A session of the working day, e.g. \"09:00-12:00\""
        })
    }
}

impl Policy {
    /// Each policy number with the range a centre can mean: outside it, date arithmetic
    /// would run for hours or off the calendar (a verification window of 4,294,967,295
    /// working days), so svc refuses the svc.toml rather than compute with it.
    fn ranges(&self) -> [(&'static str, f64, f64, f64); 11] {
        [
            ("verification_working_days", f64::from(self.verification_working_days), 1.0, 60.0),
            ("staff_notice_max_days", self.staff_notice_max_days, 0.0, 365.0),
            ("staff_room_head_max_days", self.staff_room_head_max_days, 0.0, 365.0),
            ("room_head_notice_max_days", self.room_head_notice_max_days, 0.0, 365.0),
            ("room_head_office_head_max_days", self.room_head_office_head_max_days, 0.0, 365.0),
            ("attendance_max_late_early", f64::from(self.attendance_max_late_early), 0.0, 31.0),
            ("attendance_max_absent", f64::from(self.attendance_max_absent), 0.0, 31.0),
            ("max_backdate_working_days", f64::from(self.max_backdate_working_days), 0.0, 250.0),
            ("review_within_working_days", f64::from(self.review_within_working_days), 1.0, 250.0),
            ("recurrence_window_days", f64::from(self.recurrence_window_days), 1.0, 3660.0),
            ("repeated_overdue", f64::from(self.repeated_overdue), 2.0, 100.0),
        ]
    }

    /// The first policy number outside its range: (key, value, min, max).
    pub fn out_of_range(&self) -> Option<(&'static str, f64, f64, f64)> {
        self.ranges().into_iter().find(|(_, v, min, max)| !(v.is_finite() && v >= min && v <= max))
    }

    /// The message for [`Policy::out_of_range`].
    pub fn range_error(&self) -> Option<(&'static str, crate::i18n::Msg)> {
        let (key, value, min, max) = self.out_of_range()?;
        Some((key, crate::msg!("policy-out-of-range", key = key, value = value, min = min, max = max)))
    }
}

/// `[policy]`: the numbers of the procedures, defaulting to the procedure's own values.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// CC-4.5: the coordination office verifies within this many working days of the
    /// completion report.
    #[schemars(range(min = 1, max = 60))]
    pub verification_working_days: u32,
    /// ATT-3: staff away up to this many days only report to their room head.
    #[schemars(range(min = 0, max = 365))]
    pub staff_notice_max_days: f64,
    /// ATT-3: staff away over this many days also need coordination office approval.
    #[schemars(range(min = 0, max = 365))]
    pub staff_room_head_max_days: f64,
    /// ATT-2: room heads away up to this many days give a phone notice.
    #[schemars(range(min = 0, max = 365))]
    pub room_head_notice_max_days: f64,
    /// ATT-2: room heads away over this many days go through their seconding unit and the
    /// executive deputy director.
    #[schemars(range(min = 0, max = 365))]
    pub room_head_office_head_max_days: f64,
    /// ATT-1 / RP-2 P2: a month passes with at most this many late arrivals and early
    /// departures together...
    #[schemars(range(min = 0, max = 31))]
    pub attendance_max_late_early: u32,
    /// ...and at most this many absences.
    #[schemars(range(min = 0, max = 31))]
    pub attendance_max_absent: u32,
    /// GIT-3: a step may be dated at most this many working days before the commit that
    /// records it (`svc check --base`).
    #[schemars(range(min = 0, max = 250))]
    pub max_backdate_working_days: u32,
    /// CC-4.8: a year's statistics are submitted to the management review within this many
    /// working days after the year ends.
    #[schemars(range(min = 1, max = 250))]
    pub review_within_working_days: u32,
    /// CC-1 / CC-4.8: a complaint recurs when received within this many days after an
    /// earlier complaint of the same room and cause category was verified effective.
    #[schemars(range(min = 1, max = 3660))]
    pub recurrence_window_days: u32,
    /// RP-3 R4 (屢次超時限辦結): finishing past the planned date on this many CAPAs in the
    /// last 12 months grounds R4 (and so P4).
    #[schemars(range(min = 2, max = 100))]
    pub repeated_overdue: u32,
    /// The steps of each leave route (ATT-2, ATT-3, ATT-4).
    pub leave_routes: LeaveRoutes,
}

/// `[policy.leave_routes]`: which steps each leave slip takes, by the applicant's role and
/// the slip's length. An empty list is a notice: nothing to approve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct LeaveRoutes {
    /// ATT-3, staff up to `staff_notice_max_days`: a report to the room head.
    pub staff_notice: Vec<LeaveStep>,
    /// ATT-3, staff over that and up to `staff_room_head_max_days`.
    pub staff_short: Vec<LeaveStep>,
    /// ATT-3, staff over `staff_room_head_max_days`.
    pub staff_long: Vec<LeaveStep>,
    /// ATT-2, room heads up to `room_head_notice_max_days`: a phone notice to the office.
    pub room_head_notice: Vec<LeaveStep>,
    /// ATT-2, room heads over that and up to `room_head_office_head_max_days`.
    pub room_head_short: Vec<LeaveStep>,
    /// ATT-2, room heads over `room_head_office_head_max_days`.
    pub room_head_long: Vec<LeaveStep>,
    /// ATT-2 as read for the coordination office head, up to `room_head_notice_max_days`:
    /// a notice recorded with the deputy director.
    pub office_head_notice: Vec<LeaveStep>,
    /// The coordination office head, over that and up to `room_head_office_head_max_days`
    /// (over it: `room_head_long`).
    pub office_head_short: Vec<LeaveStep>,
    /// ATT-4, annual leave of any length.
    pub annual: Vec<LeaveStep>,
}

impl Default for LeaveRoutes {
    fn default() -> Self {
        use LeaveStep::*;
        LeaveRoutes {
            staff_notice: vec![],
            staff_short: vec![RoomHead],
            staff_long: vec![RoomHead, CoordinationOffice],
            room_head_notice: vec![],
            room_head_short: vec![CoordinationOfficeHead],
            room_head_long: vec![SecondingUnit, ExecutiveDeputyDirector, Filing],
            office_head_notice: vec![],
            office_head_short: vec![DeputyDirector],
            annual: vec![CoordinationOffice, SecondingUnitHr, Filing],
        }
    }
}

/// One step of a leave route: who approves, or what is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LeaveStep {
    /// Approval by the applicant's room head.
    RoomHead,
    /// Approval by the coordination office.
    CoordinationOffice,
    /// Approval by the coordination office head.
    CoordinationOfficeHead,
    /// Approval by the executive deputy director.
    ExecutiveDeputyDirector,
    /// Approval by the deputy director (the coordination office head's own leave).
    DeputyDirector,
    /// The seconding unit's own procedure, recorded by the office with the unit's reference.
    SecondingUnit,
    /// The seconding unit's HR department, recorded by the office with the unit's reference.
    SecondingUnitHr,
    /// Filing (備案) of the approved slip with the coordination office.
    Filing,
}

impl LeaveStep {
    /// Taken outside the centre: the office records it with the unit's reference.
    pub fn is_external(self) -> bool {
        matches!(self, LeaveStep::SecondingUnit | LeaveStep::SecondingUnitHr)
    }

    /// An approval by someone in the centre (not a filing, not the seconding unit's step):
    /// nobody takes two of these on one slip.
    pub fn is_approval(self) -> bool {
        !self.is_external() && self != LeaveStep::Filing
    }

    /// In words, for messages: "approval by the room head" (the catalogue's name).
    pub fn describe(self) -> crate::i18n::Msg {
        crate::domain::token::Token::name(self)
    }
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            verification_working_days: 5,
            staff_notice_max_days: 0.5,
            staff_room_head_max_days: 1.0,
            room_head_notice_max_days: 1.0,
            room_head_office_head_max_days: 3.0,
            attendance_max_late_early: 2,
            attendance_max_absent: 0,
            max_backdate_working_days: 2,
            review_within_working_days: 20,
            recurrence_window_days: 180,
            repeated_overdue: 3,
            leave_routes: LeaveRoutes::default(),
        }
    }
}

/// `[complaints]`: settings of the complaint procedure.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplaintSettings {
    /// Cause categories for the analysis (CC-4.3) and the yearly Pareto (CC-4.8).
    #[serde(default = "default_cause_categories")]
    pub cause_categories: Vec<CauseCategory>,
}

impl Default for ComplaintSettings {
    fn default() -> Self {
        ComplaintSettings { cause_categories: default_cause_categories() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CauseCategory {
    pub id: CauseId,
    pub name: String,
    /// Whether the cause is a person's conduct (RP-2 P1, RP-3 R1: a complaint about the
    /// person's own conduct). Default: yes for attitude, error, delay, procedure and
    /// information; no for facility, equipment, policy, other and any other id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conduct: Option<bool>,
}

impl CauseCategory {
    /// The `conduct` flag, or the built-in default for the id.
    pub fn is_conduct(&self) -> bool {
        self.conduct.unwrap_or(matches!(self.id.as_str(), "attitude" | "error" | "delay" | "procedure" | "information"))
    }
}

impl ComplaintSettings {
    /// Whether cause category `id` concerns a person's conduct; an unlisted id does not.
    pub fn is_conduct(&self, id: &str) -> bool {
        self.cause_categories.iter().any(|c| c.id == id && c.is_conduct())
    }

    /// Cause category `id` as people read it: its name (the id when it is not listed).
    pub fn cause_name(&self, id: &str) -> String {
        self.cause_categories.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.name.clone())
    }
}

fn default_cause_categories() -> Vec<CauseCategory> {
    [
        ("attitude", "服務態度"),
        ("delay", "辦理拖延"),
        ("error", "業務差錯"),
        ("information", "告知不清"),
        ("procedure", "程序不當"),
        ("facility", "設施環境"),
        ("equipment", "設備故障"),
        ("policy", "政策規定"),
        ("other", "其他"),
    ]
    .into_iter()
    .map(|(id, name)| CauseCategory { id: id.into(), name: name.into(), conduct: None })
    .collect()
}

/// The directory and rooms indexed by id, for the lookups every command makes.
#[derive(Debug, Clone)]
pub struct Directory {
    staff: BTreeMap<String, Staff>,
    rooms: BTreeMap<String, Room>,
}

impl Directory {
    pub fn new(config: &Config) -> Directory {
        Directory {
            staff: config.staff.iter().map(|s| (s.id.to_string(), s.clone())).collect(),
            rooms: config.rooms.iter().map(|r| (r.id.to_string(), r.clone())).collect(),
        }
    }

    pub fn staff(&self, id: &str) -> Option<&Staff> {
        self.staff.get(id)
    }

    pub fn room(&self, id: &str) -> Option<&Room> {
        self.rooms.get(id)
    }

    pub fn all_staff(&self) -> impl Iterator<Item = &Staff> {
        self.staff.values()
    }

    pub fn staff_ids(&self) -> impl Iterator<Item = &str> {
        self.staff.keys().map(String::as_str)
    }

    pub fn rooms(&self) -> impl Iterator<Item = &Room> {
        self.rooms.values()
    }

    pub fn room_ids(&self) -> impl Iterator<Item = &str> {
        self.rooms.keys().map(String::as_str)
    }

    pub fn by_email(&self, email: &str) -> Option<&Staff> {
        let email = email.trim();
        self.staff.values().find(|s| s.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(email)))
    }
}

super::token::tokens! {
    LeaveStep = "step" => [RoomHead, CoordinationOffice, CoordinationOfficeHead, ExecutiveDeputyDirector, DeputyDirector, SecondingUnit, SecondingUnitHr, Filing];
    Role = "role" => [Staff, RoomHead, CoordinationOffice, CoordinationOfficeHead, DeputyDirector, ExecutiveDeputyDirector];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_procedures_values() {
        let config: Config = toml::from_str("[centre]\nname = \"x\"").unwrap();
        assert_eq!(config.policy.verification_working_days, 5, "CC-4.5");
        assert_eq!(config.policy.staff_notice_max_days, 0.5, "ATT-3");
        assert_eq!(config.policy.room_head_office_head_max_days, 3.0, "ATT-2");
        assert_eq!(config.calendar.morning.to_string(), "09:00-12:00");
        assert!(config.complaints.cause_categories.iter().any(|c| c.id == "attitude"));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let err = toml::from_str::<Config>("[centre]\nname = \"x\"\ncolour = 1").unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn calendar_rejects_impossible_sessions() {
        let cal = CalendarConfig { morning: "12:00-09:00".parse().unwrap(), ..Default::default() };
        let err = cal.build().unwrap_err();
        assert!(err.has("calendar-session-backwards") && err.mentions("morning"), "{err}");
        assert!("9-12".parse::<SessionSpan>().is_err());
    }

    #[test]
    fn holiday_ranges_expand_to_each_day() {
        let h = Holiday {
            name: "春節".into(),
            from: "2026-02-16".parse().unwrap(),
            to: Some("2026-02-18".parse().unwrap()),
        };
        assert_eq!(h.days().count(), 3);
    }
}
