//! Why a workflow step was refused: the clause it would break and what to do instead.

use std::fmt;

/// A step the procedures do not allow. Carries the clause id so the message can be traced
/// back to the written procedure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Refusal {
    pub clause: &'static str,
    pub message: String,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.message, self.clause)
    }
}

/// Shorthand for building a refusal: `refuse("CC-4.5", format!(...))`.
pub fn refuse<T>(clause: &'static str, message: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal { clause, message: message.into() })
}
