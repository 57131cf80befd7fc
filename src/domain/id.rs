//! Record ids: `CMP-2026-0001`, `CAPA-2026-0001`.
//!
//! The paper forms are numbered, so ids are human-friendly: a prefix per kind, the year,
//! and a sequence number per kind and year. An id is parsed strictly before it is ever
//! turned into a path, so `../../etc/passwd` can never name a file.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Builds [`RecordKind`] from the table of kinds ([`crate::domain::kinds`]).
macro_rules! record_kinds {
    ($($module:ident $(in $host:ident)? { $($(#[doc = $doc:literal])* $kind:ident($ty:ident): $prefix:literal, $folder:literal, $schema:literal, $noun:expr, $group:literal, $field:ident $(, output $output:literal)?;)+ })*) => {
        /// The kinds of record, each with its own folder and id prefix.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RecordKind {
            $($($(#[doc = $doc])* $kind,)+)*
        }

        impl RecordKind {
            pub const ALL: [RecordKind; [$($(RecordKind::$kind),+),*].len()] = [$($(RecordKind::$kind),+),*];

            pub fn prefix(self) -> &'static str {
                match self { $($(RecordKind::$kind => $prefix,)+)* }
            }

            /// The folder under `records/`.
            pub fn folder(self) -> &'static str {
                match self { $($(RecordKind::$kind => $folder,)+)* }
            }

            /// The schema file in `schemas/`.
            pub fn schema_file(self) -> &'static str {
                match self { $($(RecordKind::$kind => $schema,)+)* }
            }

            /// The kind's name in the reader's language.
            pub fn noun(self) -> crate::i18n::Msg {
                crate::i18n::Msg::new(match self { $($(RecordKind::$kind => $noun,)+)* })
            }

            /// The `svc` command group that handles this kind.
            pub const fn command_group(self) -> &'static str {
                match self { $($(RecordKind::$kind => $group,)+)* }
            }
        }
    };
}

crate::domain::kinds!(record_kinds);

impl RecordKind {
    fn from_prefix(prefix: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.prefix() == prefix)
    }
}

/// A record's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId {
    pub kind: RecordKind,
    pub year: i32,
    pub seq: u32,
}

impl RecordId {
    pub fn new(kind: RecordKind, year: i32, seq: u32) -> RecordId {
        RecordId { kind, year, seq }
    }

    /// Parses an id that must be of `kind`, with a message that says what was expected.
    pub fn parse_as(text: &str, kind: RecordKind) -> Result<RecordId, IdError> {
        let id: RecordId = text.parse()?;
        if id.kind != kind {
            return Err(IdError::WrongKind { text: text.to_string(), expected: kind });
        }
        Ok(id)
    }

    /// The file name, `CMP-2026-0001.toml`.
    pub fn file_name(self) -> String {
        format!("{self}.toml")
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:04}-{:04}", self.kind.prefix(), self.year, self.seq)
    }
}

/// Whether `value` displays as exactly `text`, compared as it is written: no string is
/// made. `svc check` asks this of every record (its id against its file's name, its year
/// against its folder), where a `to_string` each was two allocations a record.
pub fn displays_as(value: &impl fmt::Display, text: &str) -> bool {
    /// What is left of `text` to match; `None` once a piece did not match.
    struct Against<'a>(Option<&'a str>);
    impl fmt::Write for Against<'_> {
        fn write_str(&mut self, piece: &str) -> fmt::Result {
            self.0 = self.0.and_then(|rest| rest.strip_prefix(piece));
            // Stop formatting at the first difference; the error is this comparison's own.
            if self.0.is_some() { Ok(()) } else { Err(fmt::Error) }
        }
    }
    let mut against = Against(Some(text));
    fmt::write(&mut against, format_args!("{value}")).is_ok() && against.0 == Some("")
}

/// An id typed that is not one, or not of the kind asked for (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    Malformed(String),
    WrongKind { text: String, expected: RecordKind },
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Malformed(text) => crate::msg!("id-malformed", text = text).fmt(f),
            IdError::WrongKind { text, expected } => {
                crate::msg!("id-bad", text = text, noun = expected.noun(), prefix = expected.prefix()).fmt(f)
            }
        }
    }
}

impl crate::error::Kinded for IdError {
    fn kind(&self) -> crate::error::ErrorKind {
        crate::error::ErrorKind::Usage
    }
}

crate::error::keeps_its_kind!(IdError);

impl FromStr for RecordId {
    type Err = IdError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || IdError::Malformed(text.to_string());
        let mut parts = text.trim().split('-');
        let (Some(prefix), Some(year), Some(seq), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(malformed());
        };
        let kind = RecordKind::from_prefix(&prefix.to_ascii_uppercase()).ok_or_else(malformed)?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !digits(year) || seq.len() < 4 || seq.len() > 6 || !digits(seq) {
            return Err(malformed());
        }
        let seq: u32 = seq.parse().map_err(|_| malformed())?;
        if seq == 0 {
            return Err(malformed());
        }
        Ok(RecordId { kind, year: year.parse().map_err(|_| malformed())?, seq })
    }
}

impl Serialize for RecordId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for RecordId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RecordId".into()
    }

    /// The pattern names every kind's prefix, so a new kind is never refused by its own schema.
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let prefixes: Vec<&str> = RecordKind::ALL.iter().map(|k| k.prefix()).collect();
        let pattern = format!("^({})-[0-9]{{4}}-[0-9]{{4,6}}$", prefixes.join("|"));
        schemars::json_schema!({
            "type": "string",
            "pattern": pattern
        })
    }
}

/// `text` with every whole occurrence of an old id replaced by its new id (`CMP-2026-0001`
/// but not `CMP-2026-00012`): what `svc renumber` and `svc sync` do to the records that
/// name a renumbered one.
pub fn renamed_text(text: &str, renames: &[(RecordId, RecordId)]) -> String {
    let mut out = text.to_string();
    for (old, new) in renames {
        let (old, new) = (old.to_string(), new.to_string());
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(&old) {
            let after = &rest[at + old.len()..];
            result.push_str(&rest[..at]);
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                result.push_str(&old);
            } else {
                result.push_str(&new);
            }
            rest = after;
        }
        result.push_str(rest);
        out = result;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_compares_the_whole_text() {
        let id = RecordId::new(RecordKind::Complaint, 2026, 7);
        assert!(displays_as(&id, "CMP-2026-0007"));
        assert!(!displays_as(&id, "CMP-2026-000"), "a prefix is not the id");
        assert!(!displays_as(&id, "CMP-2026-00071"), "nor is a longer name");
        assert!(!displays_as(&id, "CMP-2026-0008"));
        assert!(!displays_as(&id, ""));
        assert!(displays_as(&2026, "2026"));
        assert!(!displays_as(&2026, "２０２６"));
    }

    #[test]
    fn round_trips() {
        let id: RecordId = "CMP-2026-0042".parse().unwrap();
        assert_eq!(id, RecordId::new(RecordKind::Complaint, 2026, 42));
        assert_eq!(id.to_string(), "CMP-2026-0042");
        assert_eq!(id.file_name(), "CMP-2026-0042.toml");
        // Lower case typed at a shared PC still finds the record.
        assert_eq!("cmp-2026-0042".parse::<RecordId>().unwrap(), id);
    }

    #[test]
    fn refuses_anything_that_could_escape_the_records_folder() {
        for bad in [
            "../CMP-2026-0001",
            "CMP-2026-0001/..",
            "CMP-2026-../../x",
            "CMP-26-0001",
            "CMP-2026-1",
            "CMP-2026-0000",
            "",
            "XYZ-2026-0001",
        ] {
            assert!(bad.parse::<RecordId>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn parse_as_names_the_expected_kind() {
        let err = RecordId::parse_as("CMP-2026-0001", RecordKind::Capa).unwrap_err();
        assert!(err.to_string().contains("CAPA-2026-0001"), "{err}");
    }
}
