//! Free text of a record (a complaint's summary, a CAPA's actions) held in one pointer.
//!
//! `svc check` drops every record's free text once the record's own rules ran, and keeps
//! the records for the rules across them: a complaint has nine text fields, so the size of
//! an emptied one is what counts. A `Box<str>` is 16 bytes even when empty; a [`Text`] is
//! 8, an empty one points at a shared empty header and allocates nothing, and an absent
//! one (`Option<Text>`) is 8 bytes too. In TOML, JSON and the schemas it is a string.

use std::fmt;
use std::ops::Deref;

use thin_vec::ThinVec;

/// A record's free text: UTF-8, as it was read.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(ThinVec<u8>);

impl Text {
    pub fn as_str(&self) -> &str {
        // Built only from `str` (see the `From` impls), so always UTF-8; checked anyway
        // rather than trusted, which costs a scan of text that rules scan in any case.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        let mut bytes = ThinVec::with_capacity(text.len());
        bytes.extend_from_slice(text.as_bytes());
        Text(bytes)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::from(text.as_str())
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text::from(text.as_str())
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.as_str().to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text::from(text))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// In the schemas, a type written as a string is the string, inline (a text, a typed id).
macro_rules! schema_as_string {
    ($name:ty) => {
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
pub(crate) use schema_as_string;

schema_as_string!(Text);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_and_an_absent_one_are_one_pointer() {
        assert_eq!(std::mem::size_of::<Text>(), 8);
        assert_eq!(std::mem::size_of::<Option<Text>>(), 8);
        assert_eq!(std::mem::size_of::<Box<str>>(), 16, "what a text field was");
    }

    #[test]
    fn reads_and_writes_as_a_string() {
        #[derive(serde::Deserialize, serde::Serialize, PartialEq, Debug)]
        struct Form {
            summary: Text,
            remedy: Option<Text>,
        }
        let form: Form = toml::from_str("summary = \"櫃檯等候 40 分鐘\"\n").unwrap();
        assert_eq!(form.summary, "櫃檯等候 40 分鐘");
        assert_eq!(form.remedy, None);
        assert_eq!(toml::to_string(&form).unwrap(), "summary = \"櫃檯等候 40 分鐘\"\n");
        let wrong = toml::from_str::<Form>("summary = 5\n").unwrap_err().to_string();
        assert!(wrong.contains("a string"), "{wrong}");
        assert_eq!(Text::default().len(), 0);
        assert_eq!(format!("{:?}", Text::from("a\"b")), "\"a\\\"b\"");
    }
}
