//! The centre's clock: "today" is the centre's calendar day in `[centre] timezone`, wherever
//! svc runs (`SVC_NOW`, an RFC 3339 moment, stands in for the clock in tests).

use crate::domain::config::Config;
use crate::domain::date::Date;

/// The centre's calendar day now.
pub fn centre_today(config: &Config) -> Date {
    Date::from_timestamp(now(), config.centre.timezone.as_deref())
        .unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
}

/// Seconds since the epoch: `SVC_NOW` when set, else the system clock.
pub fn now() -> i64 {
    std::env::var("SVC_NOW")
        .ok()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s.trim()).ok())
        .map_or_else(|| chrono::Utc::now().timestamp(), |t| t.timestamp())
}
