//! The centre's working-day calendar.
//!
//! DOMAIN.md "Readings": durations are working time on the centre's calendar. Weekends,
//! public holidays and make-up working days (調休) come from `svc.toml`; a working day has a
//! morning and an afternoon session, each worth exactly half a day, so half days are exact.
//! CC-4.5 "within 5 working days" counts working days *after* the day of the report.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{Datelike, NaiveDateTime, NaiveTime, Weekday};

use super::date::Date;

/// A span of the working day, in minutes after midnight: `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Session {
    pub start: u32,
    pub end: u32,
}

impl Session {
    pub fn minutes(self) -> u32 {
        self.end - self.start
    }

    fn overlap(self, from: u32, to: u32) -> u32 {
        let lo = from.max(self.start);
        let hi = to.min(self.end);
        hi.saturating_sub(lo)
    }
}

/// An exact amount of working time, in days. Exact because the leave thresholds of
/// ATT-2/ATT-3 are strict ("over half a day"): 0.5 must never round to 0.5000001.
#[derive(Debug, Clone, Copy)]
pub struct WorkDays {
    num: i64,
    den: i64,
}

impl WorkDays {
    pub const ZERO: WorkDays = WorkDays { num: 0, den: 1 };

    pub fn from_half_days(half_days: i64) -> WorkDays {
        WorkDays { num: half_days, den: 2 }
    }

    pub fn as_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// True when this is strictly more than `half_days` half days.
    pub fn exceeds_half_days(self, half_days: i64) -> bool {
        self.num * 2 > half_days * self.den
    }

    /// True when this is strictly more than `days` (a policy threshold such as 0.5 or 3).
    /// Exact for thresholds that are multiples of a half: both sides are small integers.
    pub fn exceeds(self, days: f64) -> bool {
        self.num as f64 > days * self.den as f64
    }

    /// Whole half days, when the time is an exact number of them.
    pub fn whole_half_days(self) -> Option<i64> {
        (self.num * 2 % self.den == 0).then_some(self.num * 2 / self.den)
    }
}

impl PartialEq for WorkDays {
    fn eq(&self, other: &Self) -> bool {
        self.num * other.den == other.num * self.den
    }
}

impl Eq for WorkDays {}

impl PartialOrd for WorkDays {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for WorkDays {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl std::ops::Add for WorkDays {
    type Output = WorkDays;
    fn add(self, rhs: WorkDays) -> WorkDays {
        WorkDays { num: self.num * rhs.den + rhs.num * self.den, den: self.den * rhs.den }.reduced()
    }
}

impl WorkDays {
    fn reduced(self) -> WorkDays {
        fn gcd(a: i64, b: i64) -> i64 {
            if b == 0 { a.abs().max(1) } else { gcd(b, a % b) }
        }
        let g = gcd(self.num, self.den);
        WorkDays { num: self.num / g, den: self.den / g }
    }
}

impl fmt::Display for WorkDays {
    /// Two decimals at most, trailing zeros dropped: `0.5`, `1`, `2.25`, `0.14`. A time that
    /// is not a whole number of half days never reads as one: half a day and a minute is
    /// `0.5+`, a minute short of it `0.5-` (ATT-2/3 thresholds are strict).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = format!("{:.2}", self.as_f64());
        let text = text.trim_end_matches('0').trim_end_matches('.');
        let shown_as_half_days = text.parse::<f64>().is_ok_and(|v| (v * 2.0).fract() == 0.0);
        let mark = match self.whole_half_days() {
            None if shown_as_half_days && self.as_f64() > text.parse::<f64>().unwrap_or(0.0) => "+",
            None if shown_as_half_days => "-",
            _ => "",
        };
        write!(f, "{text}{mark}")
    }
}

/// The working-day calendar: which days are worked, and the sessions of a working day.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// Indexed by days from Monday.
    weekend: [bool; 7],
    holidays: BTreeSet<Date>,
    makeup_workdays: BTreeSet<Date>,
    morning: Session,
    afternoon: Session,
    /// The years whose holidays and make-up days svc.toml lists: working time is counted
    /// only in them (the readings' "calendar").
    known_years: BTreeSet<i32>,
}

impl Calendar {
    /// `weekend` must leave at least one working weekday (checked when the config loads),
    /// otherwise [`Calendar::add_working_days`] would search forever.
    pub fn new(
        weekend: impl IntoIterator<Item = Weekday>,
        holidays: impl IntoIterator<Item = Date>,
        makeup_workdays: impl IntoIterator<Item = Date>,
        morning: Session,
        afternoon: Session,
    ) -> Calendar {
        let mut days = [false; 7];
        for w in weekend {
            days[w.num_days_from_monday() as usize] = true;
        }
        assert!(days.contains(&false), "a calendar needs at least one working weekday");
        let weekend = days;
        Calendar {
            weekend,
            holidays: holidays.into_iter().collect(),
            makeup_workdays: makeup_workdays.into_iter().collect(),
            morning,
            afternoon,
            known_years: BTreeSet::new(),
        }
    }

    /// The same calendar, knowing `years` (those with holidays or make-up days listed, and
    /// any `[calendar] years` names).
    pub fn knowing(mut self, years: impl IntoIterator<Item = i32>) -> Calendar {
        self.known_years.extend(years);
        self
    }

    /// Whether svc.toml lists `year`'s holidays and make-up days.
    pub fn knows(&self, year: i32) -> bool {
        self.known_years.contains(&year)
    }

    /// The first year from `from` to `to` (both included) the calendar does not know:
    /// working time across it cannot be counted yet.
    pub fn unknown_year(&self, from: Date, to: Date) -> Option<i32> {
        let (lo, hi) = if from <= to { (from, to) } else { (to, from) };
        (lo.year()..=hi.year()).find(|y| !self.knows(*y))
    }

    /// A make-up working day (調休) is worked even on a weekend; a holiday is not worked
    /// even on a weekday.
    pub fn is_working_day(&self, day: Date) -> bool {
        if self.makeup_workdays.contains(&day) {
            return true;
        }
        !self.holidays.contains(&day) && !self.weekend[day.0.weekday().num_days_from_monday() as usize]
    }

    /// The day `n` working days after `day` (`day` itself never counts). With `n = 0`,
    /// `day` itself.
    pub fn add_working_days(&self, day: Date, n: u32) -> Date {
        let mut current = day;
        let mut left = n;
        while left > 0 {
            current = current.succ();
            if self.is_working_day(current) {
                left -= 1;
            }
        }
        current
    }

    /// Working days in `(from, to]`: how many working days after `from` it takes to reach
    /// `to`. Negative when `to` is before `from`.
    pub fn working_days_between(&self, from: Date, to: Date) -> i64 {
        if to < from {
            return -self.working_days_between(to, from);
        }
        let mut count = 0;
        let mut current = from;
        while current < to {
            current = current.succ();
            if self.is_working_day(current) {
                count += 1;
            }
        }
        count
    }

    /// Working time between two moments, counting only the sessions of working days.
    /// Each session is worth half a day, a part of a session its share of that half.
    pub fn working_time(&self, from: NaiveDateTime, to: NaiveDateTime) -> WorkDays {
        let (morning, afternoon) = self.session_minutes(from, to);
        let (m, a) = (i64::from(self.morning.minutes()), i64::from(self.afternoon.minutes()));
        // In units of 1/(2·m·a) day, a morning minute is worth `a` units and an afternoon
        // minute `m` units, which keeps every sum an exact integer.
        WorkDays { num: morning * a + afternoon * m, den: 2 * m * a }.reduced()
    }

    /// Minutes of working time between two moments: exact, whatever the sessions' lengths.
    pub fn working_minutes(&self, from: NaiveDateTime, to: NaiveDateTime) -> u32 {
        let (morning, afternoon) = self.session_minutes(from, to);
        u32::try_from(morning + afternoon).unwrap_or(u32::MAX)
    }

    /// Minutes inside morning and inside afternoon sessions of working days in `[from, to)`.
    fn session_minutes(&self, from: NaiveDateTime, to: NaiveDateTime) -> (i64, i64) {
        let (mut morning, mut afternoon) = (0i64, 0i64);
        if to <= from {
            return (0, 0);
        }
        let mut day = Date(from.date());
        let last = Date(to.date());
        while day <= last {
            if self.is_working_day(day) {
                let start = if day.0 == from.date() { minute_of(from.time()) } else { 0 };
                let end = if day.0 == to.date() { minute_of(to.time()) } else { 24 * 60 };
                morning += i64::from(self.morning.overlap(start, end));
                afternoon += i64::from(self.afternoon.overlap(start, end));
            }
            day = day.succ();
        }
        (morning, afternoon)
    }

    pub fn morning(&self) -> Session {
        self.morning
    }

    pub fn afternoon(&self) -> Session {
        self.afternoon
    }
}

fn minute_of(time: NaiveTime) -> u32 {
    use chrono::Timelike;
    time.hour() * 60 + time.minute()
}

#[cfg(test)]
pub(crate) fn test_calendar() -> Calendar {
    // 2026: 2026-01-01 (Thu) a holiday; Sat 2026-02-14 a make-up working day.
    Calendar::new(
        [Weekday::Sat, Weekday::Sun],
        [Date::from_ymd(2026, 1, 1).unwrap(), Date::from_ymd(2026, 2, 16).unwrap()],
        [Date::from_ymd(2026, 2, 14).unwrap()],
        Session { start: 9 * 60, end: 12 * 60 },
        Session { start: 13 * 60 + 30, end: 17 * 60 + 30 },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn weekends_holidays_and_makeup_days() {
        let cal = test_calendar();
        assert!(!cal.is_working_day(d("2026-01-01")), "holiday on a Thursday");
        assert!(cal.is_working_day(d("2026-01-02")), "ordinary Friday");
        assert!(!cal.is_working_day(d("2026-01-03")), "Saturday");
        assert!(cal.is_working_day(d("2026-02-14")), "make-up Saturday (調休)");
    }

    #[test]
    fn cc_4_5_window_counts_days_after_the_report() {
        let cal = test_calendar();
        // Reported Wed 2025-12-31: Jan 1 is a holiday, so Jan 2, 5, 6, 7, 8 are the five days.
        assert_eq!(cal.add_working_days(d("2025-12-31"), 5), d("2026-01-08"));
        // Reported Fri 2026-02-13: Sat 14 is made up, Mon 16 is a holiday.
        assert_eq!(cal.add_working_days(d("2026-02-13"), 2), d("2026-02-17"));
        assert_eq!(cal.working_days_between(d("2025-12-31"), d("2026-01-08")), 5);
    }

    #[test]
    fn half_days_are_exact() {
        let cal = test_calendar();
        let morning = cal.working_time(at("2026-01-05 09:00"), at("2026-01-05 12:00"));
        assert_eq!(morning, WorkDays::from_half_days(1));
        assert!(!morning.exceeds_half_days(1));
        let day = cal.working_time(at("2026-01-05 08:00"), at("2026-01-05 18:00"));
        assert_eq!(day, WorkDays::from_half_days(2));
        // Friday afternoon to Monday noon: half + (weekend) + half.
        let over_weekend = cal.working_time(at("2026-01-09 13:30"), at("2026-01-12 12:00"));
        assert_eq!(over_weekend, WorkDays::from_half_days(2));
        // One minute more than a morning is over half a day.
        let just_over = cal.working_time(at("2026-01-05 09:00"), at("2026-01-05 13:31"));
        assert!(just_over.exceeds_half_days(1));
        assert_eq!(just_over.to_string(), "0.5+", "never shown as half a day");
        let just_under = cal.working_time(at("2026-01-05 09:01"), at("2026-01-05 12:00"));
        assert_eq!(just_under.to_string(), "0.5-");
        assert_eq!(cal.working_minutes(at("2026-01-05 09:00"), at("2026-01-05 13:31")), 181);
    }

    #[test]
    fn holiday_counts_no_working_time() {
        let cal = test_calendar();
        let t = cal.working_time(at("2025-12-31 09:00"), at("2026-01-02 17:30"));
        assert_eq!(t, WorkDays::from_half_days(4));
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (0i64..800).prop_map(|n| Date(d("2025-06-01").0 + chrono::Duration::days(n)))
    }

    fn any_moment() -> impl Strategy<Value = NaiveDateTime> {
        (any_date(), 0u32..24 * 4).prop_map(|(day, q)| day.0.and_hms_opt(q / 4, (q % 4) * 15, 0).unwrap())
    }

    proptest! {
        #[test]
        fn adding_n_working_days_is_n_working_days_away(day in any_date(), n in 0u32..40) {
            let cal = test_calendar();
            let later = cal.add_working_days(day, n);
            prop_assert_eq!(cal.working_days_between(day, later), i64::from(n));
            if n > 0 {
                prop_assert!(cal.is_working_day(later));
                prop_assert_eq!(cal.working_days_between(later, day), -i64::from(n));
            }
        }

        #[test]
        fn adding_is_monotone(day in any_date(), n in 0u32..40) {
            let cal = test_calendar();
            prop_assert!(cal.add_working_days(day, n) < cal.add_working_days(day, n + 1));
        }

        #[test]
        fn working_time_is_additive(a in any_moment(), b in any_moment(), c in any_moment()) {
            let mut v = [a, b, c];
            v.sort();
            let cal = test_calendar();
            let whole = cal.working_time(v[0], v[2]);
            prop_assert_eq!(whole, cal.working_time(v[0], v[1]) + cal.working_time(v[1], v[2]));
        }

        #[test]
        fn a_whole_working_day_is_one_day(day in any_date()) {
            let cal = test_calendar();
            let t = cal.working_time(day.0.and_hms_opt(0, 0, 0).unwrap(), day.succ().0.and_hms_opt(0, 0, 0).unwrap());
            let expected = if cal.is_working_day(day) { 2 } else { 0 };
            prop_assert_eq!(t, WorkDays::from_half_days(expected));
        }
    }
}
