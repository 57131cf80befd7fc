//! The complaint box (投訴箱, CC-4.2): the coordination office empties it once every working
//! day and records each collection, so a form from the box can be traced to the day it was
//! collected and the forms logged can be counted against the forms found.

use super::refs::StaffId;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::config::Staff;
use super::date::Date;
use super::fields::non_empty;
use super::id::RecordId;

/// One emptying of the complaint box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    pub id: RecordId,
    /// The working day the box was emptied.
    pub day: Date,
    /// Who emptied it: the coordination office.
    pub by: StaffId,
    /// How many forms were in the box.
    #[schemars(range(max = 10000))]
    pub forms: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Collection {
    /// The box emptied by `by` on `today`, holding `forms` forms (CC-4.2).
    pub fn record(id: RecordId, by: &Staff, today: Date, forms: u32, note: Option<String>) -> Collection {
        Collection { id, day: today, by: by.id, forms, note: non_empty(note) }
    }
}
