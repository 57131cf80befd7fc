//! Typed references to what svc.toml lists: a person ([`StaffId`]), a room ([`RoomId`]), a
//! cause category ([`CauseId`]). Each is its own type, so a room cannot be passed where a
//! person is meant, and each holds its id inline (up to
//! 24 bytes, no allocation): a record names people at every step, and `svc check` holds
//! every record of a large repository at once. A leaf of the domain.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

macro_rules! reference {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(CompactString);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// As a string's: the id in quotes.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> $name {
                $name(CompactString::from(id))
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> $name {
                $name(CompactString::from(id))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.into_string()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.as_str()
            }
        }

        /// In the schemas, the string it is written as.
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                String::schema_name()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                String::json_schema(generator)
            }

            fn inline_schema() -> bool {
                true
            }
        }
    };
}

reference! {
    /// A person of svc.toml's `[[staff]]`, by id (`S03`). Whether svc.toml lists them is a
    /// rule of the record that names them (an unknown id is a finding at its key, not a
    /// file that cannot be read).
    StaffId
}

reference! {
    /// A room of svc.toml's `[[rooms]]`, by id (`R1`, `tax`); whether svc.toml lists it is
    /// a rule of the record (SC-3.1).
    RoomId
}

reference! {
    /// A cause category of svc.toml's `[complaints] cause_categories`, by id (`attitude`);
    /// whether svc.toml lists it is a rule of the analysis (CC-4.3).
    CauseId
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staff_id_reads_writes_and_compares_as_its_text() {
        let id: StaffId =
            toml::from_str::<std::collections::BTreeMap<String, StaffId>>("by = \"S03\"").unwrap()["by"].clone();
        assert_eq!(id, "S03");
        assert_eq!(id.to_string(), "S03");
        assert_eq!(format!("{id:?}"), "\"S03\"");
        assert_eq!(toml::to_string(&std::collections::BTreeMap::from([("by", &id)])).unwrap().trim(), "by = \"S03\"");
        let mut ids = vec![id.clone(), StaffId::from("S02")];
        ids.sort();
        assert_eq!(ids, ["S02", "S03"], "ordered as their text");
    }

    #[test]
    fn a_short_id_is_held_inline() {
        assert_eq!(std::mem::size_of::<StaffId>(), std::mem::size_of::<String>());
        let id = StaffId::from("S1234567890123456789012");
        assert!(!id.0.is_heap_allocated(), "an id of 23 bytes needs no allocation");
    }
}
