//! Calendar dates as they appear in record files.
//!
//! TOML has native local dates (`received = 2026-03-02`), which read and diff better than
//! strings, but `chrono::NaiveDate` only deserializes from strings. [`Date`] accepts both and
//! writes the native form.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date (no time, no zone): the unit of every procedure deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// The calendar day of an instant (seconds since the epoch) in the time zone `zone`
    /// (an IANA name, e.g. `Asia/Taipei`), or in the machine's own zone when None. None if
    /// the instant or the zone's name is not one.
    pub fn from_timestamp(secs: i64, zone: Option<&str>) -> Option<Date> {
        let instant = chrono::DateTime::from_timestamp(secs, 0)?;
        Some(Date(match zone {
            Some(name) => instant.with_timezone(&name.parse::<chrono_tz::Tz>().ok()?).date_naive(),
            None => instant.with_timezone(&chrono::Local).date_naive(),
        }))
    }

    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn succ(self) -> Date {
        Date(self.0.succ_opt().expect("dates stay far from chrono's limits"))
    }

    /// The day `n` days later.
    pub fn succ_n(self, n: u32) -> Date {
        Date(self.0 + chrono::Days::new(u64::from(n)))
    }

    /// The same day twelve months earlier (29 February goes to the 28th).
    pub fn year_before(self) -> Date {
        Date(self.0.checked_sub_months(chrono::Months::new(12)).unwrap_or(self.0))
    }

    pub fn pred(self) -> Date {
        Date(self.0.pred_opt().expect("dates stay far from chrono's limits"))
    }

    fn to_toml(self) -> toml_datetime::Datetime {
        toml_datetime::Datetime {
            date: Some(toml_datetime::Date {
                year: self.0.year() as u16,
                month: self.0.month() as u8,
                day: self.0.day() as u8,
            }),
            time: None,
            offset: None,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// The years a record, a report day or `--date` may name. Outside them a date is a typo
/// (`0001-01-01`, `9999-12-31`), and every rule that counts working days since it would
/// report each day of the centuries between (millions of findings).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Whether a day is within [`YEARS`].
fn in_years(day: NaiveDate) -> bool {
    YEARS.contains(&day.year())
}

/// Error for a date that is not `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", date_error(.0))]
pub struct DateParseError(pub String);

/// A real date outside [`YEARS`] is said to be so; anything else is not a date.
fn date_error(text: &str) -> crate::i18n::Msg {
    match NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d") {
        Ok(day) if !in_years(day) => crate::msg!("date-out-of-range", text = text),
        Ok(_) => crate::msg!("date-bad", text = text),
        Err(_) => no_such_day(text).unwrap_or_else(|| crate::msg!("date-bad", text = text)),
    }
}

/// For text shaped YYYY-MM-DD naming a month or day that does not exist (`2026-02-30`,
/// `2026-13-01`): what is wrong, said plainly (2 月沒有 30 日).
fn no_such_day(text: &str) -> Option<crate::i18n::Msg> {
    let (year, month, day) = ymd(text)?;
    if !(1..=12).contains(&month) {
        return Some(crate::msg!("date-no-month", text = text, month = month));
    }
    let first = NaiveDate::from_ymd_opt(year as i32, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    let days = (next - first).num_days();
    Some(crate::msg!("date-no-day", text = text, month = month, day = day, days = days, year = year))
}

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        plain_date(s).ok_or_else(|| DateParseError(s.to_string()))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_toml().serialize(serializer)
    }
}

/// `YYYY-MM-DD` naming a real day within the years svc takes, read by hand: every date of
/// every record goes through here (typed, or as TOML's datetime), and chrono's or
/// toml_datetime's general parsers cost several times more. `None` for anything else,
/// which the caller then explains.
fn plain_date(text: &str) -> Option<Date> {
    let (year, month, day) = ymd(text)?;
    let day = Date::from_ymd(i32::try_from(year).ok()?, month, day)?;
    in_years(day.0).then_some(day)
}

/// The numbers of text shaped exactly `YYYY-MM-DD` (digits only: chrono alone would also
/// take `2026-3-2`), whether or not they name a day.
fn ymd(text: &str) -> Option<(u32, u32, u32)> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    Some((number(0..4)?, number(5..7)?, number(8..10)?))
}

/// The names under which `toml_datetime` hands a datetime over through serde: a struct
/// of this name, one field of that name holding the datetime spelled out. Private to that
/// crate, so held here once; if they change, the date tests here and in
/// `rules::strings` fail.
pub(crate) const TOML_DATETIME_STRUCT: &str = "$__toml_private_Datetime";
const TOML_DATETIME_FIELD: &str = "$__toml_private_datetime";

/// The one key of the map TOML hands a datetime over as ([`TOML_DATETIME_FIELD`]).
struct DatetimeKey;

impl<'de> Deserialize<'de> for DatetimeKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = DatetimeKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", crate::msg!("date-expecting"))
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<DatetimeKey, E> {
                if key == TOML_DATETIME_FIELD {
                    Ok(DatetimeKey)
                } else {
                    Err(de::Error::invalid_type(de::Unexpected::Map, &self))
                }
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", crate::msg!("date-expecting"))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                // TOML hands a datetime over as a map of one key, its value the datetime
                // spelled out; any other map is not a date.
                if map.next_key::<DatetimeKey>()?.is_none() {
                    return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
                }
                let text: String = map.next_value()?;
                // The common case, a plain date, read at once; anything else through
                // toml_datetime, which says what it is (a date-time, an offset).
                if let Some(day) = plain_date(&text) {
                    return Ok(day);
                }
                let dt: toml_datetime::Datetime =
                    text.parse().map_err(|_| de::Error::custom(crate::msg!("date-bad", text = &text)))?;
                match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => match Date::from_ymd(d.year.into(), d.month.into(), d.day.into()) {
                        Some(day) if in_years(day.0) => Ok(day),
                        Some(_) => Err(de::Error::custom(crate::msg!("date-out-of-range", text = dt))),
                        None => Err(de::Error::custom(crate::msg!("date-not-real", text = dt))),
                    },
                    _ => Err(de::Error::custom(crate::msg!("date-with-time", text = dt))),
                }
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$",
            "description": "A local date, written as a TOML date: 2026-03-02 (years 1900 to 2200)"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Serialize, Deserialize)]
    struct Holder {
        on: Date,
    }

    #[test]
    fn reads_native_toml_dates_and_strings() {
        let native: Holder = toml::from_str("on = 2026-03-02").unwrap();
        let quoted: Holder = toml::from_str("on = \"2026-03-02\"").unwrap();
        assert_eq!(native.on, Date::from_ymd(2026, 3, 2).unwrap());
        assert_eq!(quoted.on, native.on);
    }

    #[test]
    fn writes_native_toml_dates() {
        let text = toml::to_string(&Holder { on: Date::from_ymd(2026, 3, 2).unwrap() }).unwrap();
        assert_eq!(text.trim(), "on = 2026-03-02");
    }

    #[test]
    fn refuses_datetimes_and_loose_shapes() {
        assert!(toml::from_str::<Holder>("on = 2026-03-02T09:00:00").is_err());
        assert!("2026-3-2".parse::<Date>().is_err());
        assert!("2026-02-30".parse::<Date>().is_err());
        assert_eq!("2026-02-28".parse::<Date>().unwrap().to_string(), "2026-02-28");
    }

    /// A native TOML date is read by hand ([`plain_date`]); everything it does not take
    /// goes the general way and is refused with its own reason.
    #[test]
    fn native_dates_read_by_hand_and_the_rest_explained() {
        let read = |text: &str| toml::from_str::<Holder>(text).map(|h| h.on).map_err(|e| e.message().to_string());
        assert_eq!(read("on = 2026-02-28"), Ok(Date::from_ymd(2026, 2, 28).unwrap()));
        assert_eq!(read("on = 2024-02-29"), Ok(Date::from_ymd(2024, 2, 29).unwrap()));
        assert_eq!(read("on = 1900-01-01"), Ok(Date::from_ymd(1900, 1, 1).unwrap()));
        assert_eq!(plain_date("2026-02-29"), None, "not a real day");
        assert_eq!(plain_date("2026-0a-01"), None);
        assert_eq!(plain_date("0001-01-01"), None, "outside the years svc takes");
        let with_time = read("on = 2026-03-02T09:00:00").unwrap_err();
        let out_of_range = read("on = 0001-01-01").unwrap_err();
        let table = read("on = { year = 2026 }").unwrap_err();
        let messages = [&with_time, &out_of_range, &table];
        assert!(messages.iter().all(|m| !m.is_empty()));
        assert_ne!(with_time, out_of_range, "each says what is wrong");
        assert!(table.contains("map"), "{table}");
    }
}

/// A local date and time (no zone), as in a leave slip's `from` and `to`:
/// `from = 2026-03-02T09:00:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(pub chrono::NaiveDateTime);

impl DateTime {
    pub fn date(self) -> Date {
        Date(self.0.date())
    }

    /// `minute` minutes after midnight on `day` (24:00 is the next midnight).
    pub fn at(day: Date, minute: u32) -> DateTime {
        DateTime(
            day.0
                .and_hms_opt(minute / 60, minute % 60, 0)
                .unwrap_or_else(|| day.succ().0.and_hms_opt(0, 0, 0).expect("midnight exists")),
        )
    }

    /// Midnight at the start of `day`.
    pub fn start_of(day: Date) -> DateTime {
        DateTime(day.0.and_hms_opt(0, 0, 0).expect("midnight exists"))
    }

    fn to_toml(self) -> toml_datetime::Datetime {
        use chrono::Timelike;
        let mut dt = self.date().to_toml();
        dt.time = Some(toml_datetime::Time {
            hour: self.0.hour() as u8,
            minute: self.0.minute() as u8,
            second: Some(self.0.second() as u8),
            nanosecond: None,
        });
        dt
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d %H:%M"))
    }
}

/// Error for a moment that is not `YYYY-MM-DD HH:MM`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", match NaiveDate::parse_from_str(.0.get(..10).unwrap_or(.0), "%Y-%m-%d") {
    Ok(day) if !in_years(day) => crate::msg!("date-out-of-range", text = .0),
    _ => crate::msg!("datetime-bad", text = .0),
})]
pub struct DateTimeParseError(pub String);

impl FromStr for DateTime {
    type Err = DateTimeParseError;

    /// `2026-03-02 13:30`, `2026-03-02T13:30` or with seconds.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
            .iter()
            .find_map(|f| chrono::NaiveDateTime::parse_from_str(t, f).ok())
            .filter(|m| in_years(m.date()))
            .map(DateTime)
            .ok_or_else(|| DateTimeParseError(t.to_string()))
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_toml().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateTimeVisitor;

        impl<'de> Visitor<'de> for DateTimeVisitor {
            type Value = DateTime;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", crate::msg!("datetime-expecting"))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
                v.parse().map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<DateTime, A::Error> {
                let dt = toml_datetime::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let (Some(d), Some(t), None) = (dt.date, dt.time, dt.offset) else {
                    return Err(de::Error::custom(crate::msg!("datetime-zone", text = dt)));
                };
                let moment = chrono::NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                    .and_then(|day| day.and_hms_opt(t.hour.into(), t.minute.into(), t.second.unwrap_or(0).into()))
                    .ok_or_else(|| de::Error::custom(crate::msg!("datetime-not-real", text = dt)))?;
                if !in_years(moment.date()) {
                    return Err(de::Error::custom(crate::msg!("date-out-of-range", text = dt)));
                }
                Ok(DateTime(moment))
            }
        }

        deserializer.deserialize_any(DateTimeVisitor)
    }
}

impl JsonSchema for DateTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "partial-date-time",
            "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$",
            "description": "A local date and time, written as a TOML local datetime: 2026-03-02T09:00:00"
        })
    }
}

/// A calendar month, written `2026-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(day: Date) -> Month {
        Month { year: day.year(), month: day.month() }
    }

    pub fn first_day(self) -> Date {
        Date::from_ymd(self.year, self.month, 1).expect("a month has a first day")
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    /// The last day of the month.
    pub fn last_day(self) -> Date {
        self.next().first_day().pred()
    }

    pub fn days(self) -> impl Iterator<Item = Date> {
        let last = self.last_day();
        std::iter::successors(Some(self.first_day()), move |d| (*d < last).then(|| d.succ()))
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", month_error(.0))]
pub struct MonthParseError(pub String);

fn month_error(text: &str) -> crate::i18n::Msg {
    crate::msg!("month-bad", text = text)
}

impl MonthParseError {
    /// What is wrong, as a message.
    pub fn msg(&self) -> crate::i18n::Msg {
        month_error(&self.0)
    }
}

impl FromStr for Month {
    type Err = MonthParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let bad = || MonthParseError(t.to_string());
        let (y, m) = t.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let (year, month): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(de::Error::custom)
    }
}

impl JsonSchema for Month {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Month".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" })
    }
}

#[cfg(test)]
mod datetime_tests {
    use super::*;

    /// A date that does not exist says what is wrong with it (issue 19: `--due 2026-02-30`).
    #[test]
    fn a_day_the_month_lacks_is_named() {
        let said = |t: &str| t.parse::<Date>().unwrap_err().to_string();
        assert!(
            said("2026-02-30").contains("month 2 of 2026 has no day 30 (it has 28 days)"),
            "{}",
            said("2026-02-30")
        );
        assert!(said("2028-02-30").contains("(it has 29 days)"), "a leap year");
        assert!(said("2026-13-01").contains("no month 13"));
        assert!(said("2026-3-2").contains("write it as YYYY-MM-DD"), "a wrong shape is still a wrong shape");
    }

    #[derive(Debug, Serialize, Deserialize)]
    struct Holder {
        at: DateTime,
        month: Month,
    }

    #[test]
    fn datetimes_round_trip_as_native_toml() {
        let h: Holder = toml::from_str("at = 2026-03-02T09:30:00\nmonth = \"2026-03\"").unwrap();
        assert_eq!(h.at, "2026-03-02 09:30".parse().unwrap());
        assert_eq!(toml::to_string(&h).unwrap(), "at = 2026-03-02T09:30:00\nmonth = \"2026-03\"\n");
        assert!(toml::from_str::<Holder>("at = 2026-03-02\nmonth = \"2026-03\"").is_err());
    }

    #[test]
    fn months() {
        let m: Month = "2026-02".parse().unwrap();
        assert_eq!(m.last_day().to_string(), "2026-02-28");
        assert_eq!(m.days().count(), 28);
        assert_eq!("2026-12".parse::<Month>().unwrap().next().to_string(), "2027-01");
        assert!("2026-13".parse::<Month>().is_err());
        assert!("2026-3".parse::<Month>().is_err());
    }
}
