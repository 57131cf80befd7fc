//! Closed sets of values (channels, statuses, kinds, grounds) written in record files as
//! stable English tokens. The command line parses them through [`Token`] (in `src/cli`),
//! so the domain knows nothing of clap. Their names for people are in the message
//! catalogue (`value-channel-in-person = 現場`), in every language.

use std::fmt::Display;

use crate::i18n::{self, Lang};

/// A value written as one stable token: its `Display`, the same text serde writes.
/// Files keep the English token, so a record does not change with its reader; people may
/// type the token or its name in any language.
pub trait Token: Copy + Display + Send + Sync + 'static {
    /// Every value, in the order they are listed to people.
    const ALL: &'static [Self];
    /// The catalogue id's middle part: `value-{KIND}-{token}`.
    const KIND: &'static str;

    /// The catalogue id of the value's name.
    fn key(self) -> String {
        format!("value-{}-{self}", Self::KIND)
    }

    /// The value's name in `lang`.
    fn name_in(self, lang: Lang) -> String {
        i18n::message_in(lang, &self.key(), None)
    }

    /// The value's name, as tables and forms show it (rendered where it is shown).
    fn name(self) -> i18n::Msg {
        i18n::Msg::new(self.key())
    }

    /// What the value means, for help: a description in the catalogue when there is one
    /// (`ground-P1 = 工作馬虎…`, the procedure's words for a ground), else its name.
    fn described(self) -> String {
        let id = format!("{}-{self}", Self::KIND);
        if i18n::has(i18n::current(), &id) { i18n::message(&id, None) } else { self.name().to_string() }
    }

    /// The value whose token (ignoring case) or name in any language is `text`, ignoring
    /// surrounding space.
    fn from_token(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|t| t.to_string().eq_ignore_ascii_case(text) || Lang::ALL.iter().any(|lang| t.name_in(*lang) == text))
    }
}

/// Declares the tokens of a module's own enums (in the module that owns them, so this one
/// imports none of them): `tokens! { Channel = "channel" => [InPerson, Phone]; }`. Each
/// gets `as_str` and `Display` from its serde name (`rename_all` and `rename` decide it),
/// so the token a file holds is written once, by serde.
macro_rules! tokens {
    ($($ty:ty = $kind:literal => [$($variant:ident),* $(,)?];)*) => {
        $(impl $crate::domain::token::Token for $ty {
            const ALL: &'static [Self] = &[$(<$ty>::$variant),*];
            const KIND: &'static str = $kind;
        }

        impl $ty {
            /// The token the file holds: serde's name of the value.
            pub fn as_str(self) -> &'static str {
                $crate::domain::token::serde_name(&self)
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        )*
    };
}

/// The name serde writes for a unit variant (`#[serde(rename_all = "kebab-case")]`
/// makes `InPerson` "in-person"): the one spelling of a token.
pub fn serde_name<T: serde::Serialize>(value: &T) -> &'static str {
    value.serialize(VariantName).unwrap_or_else(|NotAUnitVariant| panic!("a token is a unit variant"))
}

/// What [`VariantName`] says of anything but a unit variant.
#[derive(Debug)]
pub struct NotAUnitVariant;

impl std::fmt::Display for NotAUnitVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAUnitVariant {}

impl serde::ser::Error for NotAUnitVariant {
    fn custom<M: Display>(_: M) -> Self {
        NotAUnitVariant
    }
}

/// A serializer that takes a unit variant's name and refuses everything else.
struct VariantName;

macro_rules! refuse {
    ($($name:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $arg),*) -> Result<&'static str, NotAUnitVariant> {
            Err(NotAUnitVariant)
        })*
    };
}

impl serde::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAUnitVariant;
    type SerializeSeq = serde::ser::Impossible<&'static str, NotAUnitVariant>;
    type SerializeTuple = serde::ser::Impossible<&'static str, NotAUnitVariant>;
    type SerializeTupleStruct = serde::ser::Impossible<&'static str, NotAUnitVariant>;
    type SerializeTupleVariant = serde::ser::Impossible<&'static str, NotAUnitVariant>;
    type SerializeMap = serde::ser::Impossible<&'static str, NotAUnitVariant>;
    type SerializeStruct = serde::ser::Impossible<&'static str, NotAUnitVariant>;
    type SerializeStructVariant = serde::ser::Impossible<&'static str, NotAUnitVariant>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAUnitVariant> {
        Ok(variant)
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<&'static str, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotAUnitVariant> {
        Err(NotAUnitVariant)
    }
}

pub(crate) use tokens;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::attendance::{IncidentKind, Recipient};
    use crate::domain::capa::{ActionKind, CapaStatus};
    use crate::domain::complaint::{Channel, ComplaintStatus};
    use crate::domain::conduct::{ConductKind, ConductStatus, Ground};
    use crate::domain::config::{LeaveStep, Role};
    use crate::domain::document::Harm;
    use crate::domain::inspection::ConductRule;
    use crate::domain::leave::{Band, Decision, LeaveKind, LeaveStatus};

    #[test]
    fn a_tokens_text_is_its_serde_name() {
        use crate::domain::complaint::Channel;
        assert_eq!(Channel::InPerson.as_str(), "in-person");
        assert_eq!(Channel::InPerson.to_string(), "in-person");
        assert_eq!(Ground::P1.as_str(), serde_json::to_value(Ground::P1).unwrap().as_str().unwrap());
    }

    #[test]
    #[should_panic(expected = "a token is a unit variant")]
    fn only_a_unit_variant_has_a_serde_name() {
        serde_name(&Some(1));
    }

    /// The token people type is the one the file holds, and each of its names (English,
    /// Traditional, Simplified) reads back as it and as nothing else.
    fn agrees<T: Token + serde::Serialize>() {
        for t in T::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::Value::String(t.to_string()));
            for lang in Lang::ALL {
                assert!(i18n::has(lang, &t.key()), "{} is not in the {lang} catalogue", t.key());
            }
            let names: Vec<String> = Lang::ALL.iter().map(|l| t.name_in(*l)).collect();
            for name in names.iter().cloned().chain([t.to_string().to_uppercase()]) {
                assert!(!name.trim().is_empty(), "{t} has an empty name");
                assert_eq!(T::from_token(&name).map(|x| x.to_string()), Some(t.to_string()), "{name}");
            }
            let others = T::ALL.iter().filter(|o| o.to_string() != t.to_string());
            for other in others {
                for lang in Lang::ALL {
                    assert!(!names.contains(&other.name_in(lang)), "{t} and {other} share a name");
                }
            }
        }
    }

    #[test]
    fn every_token_is_what_serde_writes() {
        agrees::<Channel>();
        agrees::<ComplaintStatus>();
        agrees::<CapaStatus>();
        agrees::<ActionKind>();
        agrees::<LeaveKind>();
        agrees::<LeaveStatus>();
        agrees::<IncidentKind>();
        agrees::<Recipient>();
        agrees::<ConductKind>();
        agrees::<ConductStatus>();
        agrees::<Ground>();
        agrees::<Role>();
        agrees::<Band>();
        agrees::<LeaveStep>();
        agrees::<Decision>();
        agrees::<ConductRule>();
        agrees::<Harm>();
        assert_eq!(Channel::from_token(" In-Person "), Some(Channel::InPerson));
        assert_eq!(Channel::from_token("fax"), None);
        assert_eq!(Channel::from_token(" 現場 "), Some(Channel::InPerson));
        assert_eq!(Channel::from_token("电邮"), Some(Channel::Email));
        assert_eq!(LeaveKind::from_token("病假"), Some(LeaveKind::Sick));
    }
}
