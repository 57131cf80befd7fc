//! The management review (管理評審, CC-4.8): once a year the coordination office head
//! submits the complaint statistics. The submission is a record: the year, the report day,
//! who, and a digest of the figures, so the figures submitted can be shown unchanged later.

use super::refs::StaffId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::config::Staff;
use super::date::Date;
use super::id::RecordId;
use super::stats::YearlyReport;

/// One year's statistics submitted to the management review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub id: RecordId,
    /// The year the statistics cover.
    pub year: i32,
    /// The report day: the day submitted; the figures are as of it.
    pub submitted: Date,
    /// The coordination office head.
    pub by: StaffId,
    /// Complaints counted (the headline figure, for people reading the file).
    pub complaints: u32,
    /// SHA-256 of the figures (the report as JSON, as `svc stats yearly --format json` shows
    /// them), in hex: the same records as of the same day give the same digest.
    pub digest: String,
    /// A resubmission (figures changed): the submission of the same year it supersedes, which
    /// is kept (CC-4.8 as read after the second review).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<RecordId>,
    /// Why it was submitted again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Review {
    /// The submission of `report`'s figures; `previous` is the year's latest submission,
    /// which this one supersedes with `reason`.
    pub fn submit(
        id: RecordId,
        by: &Staff,
        today: Date,
        report: &YearlyReport,
        previous: Option<RecordId>,
        reason: Option<String>,
    ) -> Review {
        Review {
            id,
            year: report.year,
            submitted: today,
            by: by.id,
            complaints: report.complaints,
            digest: digest(report),
            supersedes: previous,
            reason: super::fields::non_empty(reason),
        }
    }
}

/// The digest of a report's figures, independent of the reader's language.
pub fn digest(report: &YearlyReport) -> String {
    let json = serde_json::to_vec(report).unwrap_or_default();
    Sha256::digest(&json).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::stats::{YearInput, facts, yearly};
    use crate::domain::testing::*;

    fn report(year: i32, complaints: &[crate::domain::complaint::Complaint]) -> YearlyReport {
        let config = config();
        let calendar = config.calendar.build().unwrap();
        let (complaints, capas) = facts(complaints, [], day("2026-12-31"));
        yearly(&YearInput {
            year,
            today: day("2026-12-31"),
            complaints: &complaints,
            capas: &capas,
            calendar: &calendar,
            config: &config,
        })
    }

    /// CC-4.8: the same figures give the same digest; other figures another.
    #[test]
    fn the_digest_follows_the_figures() {
        let b = Bench::new();
        let none = report(2026, &[]);
        assert_eq!(digest(&none), digest(&report(2026, &[])));
        assert_eq!(digest(&none).len(), 64);
        let one = [crate::domain::complaint::Complaint::open(cmp(1), intake(), &b.who("S03"))];
        assert_ne!(digest(&none), digest(&report(2026, &one)), "a complaint more");
        assert_ne!(digest(&none), digest(&report(2025, &[])), "another year");
    }
}
