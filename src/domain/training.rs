//! Training and qualification (SC-3.2): window staff are trained in policy and business, and
//! serve customers only once the coordination office has confirmed their qualification
//! (持證上崗). Both are records; a qualification record is the date SC-3.2 uses (the
//! `qualified` date in svc.toml stays as the historical import).

use super::refs::StaffId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::config::Staff;
use super::date::Date;
use super::id::RecordId;

/// A course a person attended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub id: RecordId,
    /// The day of the course (its last day, for a course of several days).
    pub on: Date,
    pub staff: StaffId,
    pub course: String,
    #[schemars(range(min = 0, max = 2000))]
    pub hours: f64,
    /// Who recorded it: the coordination office.
    pub by: StaffId,
}

/// The coordination office's confirmation that a person may serve at a window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Qualification {
    pub id: RecordId,
    /// From this day the person may serve.
    pub on: Date,
    pub staff: StaffId,
    /// The certificate's number.
    pub certificate: String,
    pub by: StaffId,
}

impl Training {
    pub fn record(id: RecordId, by: &Staff, staff: &str, on: Date, course: String, hours: f64) -> Training {
        Training { id, on, staff: staff.into(), course: course.trim().to_string(), hours, by: by.id }
    }
}

impl Qualification {
    pub fn confirm(id: RecordId, by: &Staff, staff: &str, on: Date, certificate: String) -> Qualification {
        Qualification { id, on, staff: staff.into(), certificate: certificate.trim().to_string(), by: by.id }
    }
}
