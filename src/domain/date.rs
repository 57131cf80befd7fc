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

/// Error for a date that is not `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date; write it as YYYY-MM-DD, for example 2026-03-02")]
pub struct DateParseError(pub String);

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        // Exactly YYYY-MM-DD: chrono alone would also take `2026-3-2`.
        let shape_ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
        match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if shape_ok => Ok(Date(d)),
            _ => Err(DateParseError(s.to_string())),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_toml().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as 2026-03-02")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
                let dt = toml_datetime::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => Date::from_ymd(d.year.into(), d.month.into(), d.day.into())
                        .ok_or_else(|| de::Error::custom(format!("{dt} is not a real date"))),
                    _ => Err(de::Error::custom(format!(
                        "expected a date without a time, such as 2026-03-02, found {dt}"
                    ))),
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
            "description": "A local date, written as a TOML date: 2026-03-02"
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
}
