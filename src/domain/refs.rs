//! Typed references to what svc.toml lists: a person ([`StaffId`]), a room ([`RoomId`]), a
//! cause category ([`CauseId`]). Each is its own type, so a room cannot be passed where a
//! person is meant, and each is interned: one pointer (8 bytes) to the one copy of its
//! text in the process. A record names people at every step, a centre has a few dozen of
//! them, and `svc check` holds every record of a large repository at once. A leaf of the
//! domain.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The one copy of `text` in the process, made on first use and kept for the process's
/// life: ids are few (the people, rooms and causes a centre lists, and whatever unknown
/// ids its records carry), read again and again. A `&'static String` is one thin pointer;
/// a `&'static str` would be two words. Sharded so the threads reading files in parallel
/// rarely wait on one lock. Costs nothing until an id is read (ustr, used before, set
/// aside 8 MB at its first use, more than `stats` needs for 100,000 records).
fn intern(text: &str) -> &'static String {
    const SHARDS: usize = 16;
    type Shard = Mutex<Option<HashMap<&'static str, &'static String>>>;
    static TABLE: [Shard; SHARDS] = [const { Mutex::new(None) }; SHARDS];
    let shard = text.bytes().fold(text.len(), |h, b| h.wrapping_mul(31).wrapping_add(usize::from(b))) % SHARDS;
    // A panic while the lock was held cannot leave the table half-changed: an entry is
    // inserted whole or not at all, so a poisoned lock is still a sound table.
    let mut table = TABLE[shard].lock().unwrap_or_else(PoisonError::into_inner);
    let table = table.get_or_insert_with(HashMap::new);
    if let Some(&kept) = table.get(text) {
        return kept;
    }
    let kept: &'static String = Box::leak(Box::new(text.to_string()));
    table.insert(kept.as_str(), kept);
    kept
}

macro_rules! reference {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Eq)]
        pub struct $name(&'static String);

        /// The empty id (a record not yet filled in), interned as any other.
        impl Default for $name {
            fn default() -> $name {
                $name(intern(""))
            }
        }

        /// Equal when the text is: every id is made by [`intern`] (its field is private
        /// to this module), so one text is one copy and comparing pointers suffices.
        impl PartialEq for $name {
            fn eq(&self, other: &$name) -> bool {
                std::ptr::eq(self.0, other.0)
            }
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        /// Ordered and hashed as its text, as the string it replaced: a register sorted
        /// by person, and a map keyed by id, come out as before.
        impl Ord for $name {
            fn cmp(&self, other: &$name) -> Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &$name) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Hash for $name {
            fn hash<H: Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let id = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                Ok($name::from(&*id))
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                self.0.as_str()
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.0.as_str()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
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
                $name(intern(id))
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> $name {
                $name(intern(&id))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.as_str().to_string()
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

        crate::domain::text::schema_as_string!($name);
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
        let id: StaffId = toml::from_str::<std::collections::BTreeMap<String, StaffId>>("by = \"S03\"").unwrap()["by"];
        assert_eq!(id, "S03");
        assert_eq!(id.to_string(), "S03");
        assert_eq!(format!("{id:?}"), "\"S03\"");
        assert_eq!(toml::to_string(&std::collections::BTreeMap::from([("by", &id)])).unwrap().trim(), "by = \"S03\"");
        let mut ids = vec![id, StaffId::from("S02")];
        ids.sort();
        assert_eq!(ids, ["S02", "S03"], "ordered as their text");
    }

    #[test]
    fn an_id_is_one_pointer_to_its_one_copy() {
        assert_eq!(std::mem::size_of::<StaffId>(), 8);
        assert_eq!(std::mem::size_of::<Option<StaffId>>(), 8, "an absent person costs nothing more");
        let a = StaffId::from("S03");
        let b: StaffId = toml::from_str::<std::collections::BTreeMap<String, StaffId>>("by = \"S03\"").unwrap()["by"];
        assert_eq!(a.as_str().as_ptr(), b.as_str().as_ptr(), "the same text is held once");
        assert_ne!(RoomId::from("S03"), RoomId::from("S04"));
    }

    #[test]
    fn threads_reading_one_id_at_once_share_its_one_copy() {
        let text = "S-threads-一";
        let copies: Vec<usize> = std::thread::scope(|scope| {
            let workers: Vec<_> =
                (0..8).map(|_| scope.spawn(|| StaffId::from(text).as_str().as_ptr() as usize)).collect();
            workers.into_iter().map(|w| w.join().unwrap()).collect()
        });
        assert!(copies.iter().all(|&p| p == copies[0]), "one copy, whichever thread made it");
        assert_eq!(StaffId::default(), StaffId::from(""), "the empty id equals an empty one read");
    }

    #[test]
    fn an_id_with_escapes_is_read_as_its_text() {
        // A TOML string with an escape cannot be borrowed from the file: the owned path.
        let id: RoomId =
            toml::from_str::<std::collections::BTreeMap<String, RoomId>>("r = \"tax\\u0041\"").unwrap()["r"];
        assert_eq!(id, "taxA");
    }
}
