//! Visits every string of a record, with its key path, without building a copy of the
//! record: what the plain-text rule reads on every file of a large repository.

use serde::ser::{self, Serialize};

/// Calls `visit(key_path, text)` for every string in `value`.
pub fn each_string<T: ?Sized + Serialize>(value: &T, visit: &mut dyn FnMut(&str, &str)) {
    let mut walker = Walker { path: String::new(), visit };
    let _ = value.serialize(&mut walker);
}

struct Walker<'v> {
    path: String,
    visit: &'v mut dyn FnMut(&str, &str),
}

#[derive(Debug)]
struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("never")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Never
    }
}

impl Walker<'_> {
    /// Walks `value` under `key`. A value the walker declined (a date) stops only
    /// itself: the fields after it are walked.
    fn nested<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result<(), Never> {
        let len = self.path.len();
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(key);
        let _declined = value.serialize(&mut *self);
        self.path.truncate(len);
        Ok(())
    }
}

macro_rules! ignore {
    ($($name:ident: $ty:ty),*) => {
        $(fn $name(self, _: $ty) -> Result<(), Never> { Ok(()) })*
    };
}

impl<'a, 'v> ser::Serializer for &'a mut Walker<'v> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Seq<'a, 'v>;
    type SerializeTuple = Seq<'a, 'v>;
    type SerializeTupleStruct = Seq<'a, 'v>;
    type SerializeTupleVariant = Seq<'a, 'v>;
    type SerializeMap = Map<'a, 'v>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    ignore!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_f32: f32,
        serialize_f64: f64, serialize_bytes: &[u8]);

    fn serialize_char(self, c: char) -> Result<(), Never> {
        (self.visit)(&self.path, c.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, text: &str) -> Result<(), Never> {
        (self.visit)(&self.path, text);
        Ok(())
    }

    fn serialize_none(self) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a, 'v>, Never> {
        Ok(Seq { walker: self, index: 0 })
    }

    fn serialize_tuple(self, _: usize) -> Result<Seq<'a, 'v>, Never> {
        Ok(Seq { walker: self, index: 0 })
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'a, 'v>, Never> {
        Ok(Seq { walker: self, index: 0 })
    }

    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Seq<'a, 'v>, Never> {
        Ok(Seq { walker: self, index: 0 })
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Map<'a, 'v>, Never> {
        Ok(Map { walker: self, key: String::new() })
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Never> {
        // A date is no free text: declined before toml_datetime spells it as a string (a
        // `to_string` for every date of every record, a tenth of what check spent).
        // If toml_datetime renames it, dates are walked as strings again (slower, still
        // correct) and `dates_are_not_walked_and_the_fields_after_them_are` fails.
        if name == crate::domain::date::TOML_DATETIME_STRUCT { Err(Never) } else { Ok(self) }
    }

    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Never> {
        Ok(self)
    }
}

struct Seq<'a, 'v> {
    walker: &'a mut Walker<'v>,
    index: usize,
}

impl Seq<'_, '_> {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        let key = self.index.to_string();
        self.index += 1;
        self.walker.nested(&key, value)
    }
}

/// Sequences, tuples and tuple variants all hand each element to the walker.
macro_rules! elements_of_seq {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Seq<'_, '_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
                self.element(value)
            }
            fn end(self) -> Result<(), Never> {
                Ok(())
            }
        }
    )*};
}

elements_of_seq!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

struct Map<'a, 'v> {
    walker: &'a mut Walker<'v>,
    key: String,
}

/// Map keys are written as text: their string becomes the key.
struct KeyText(String);

impl ser::SerializeMap for Map<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Never> {
        let mut text = KeyText(String::new());
        let mut grab = |_: &str, t: &str| text.0.push_str(t);
        each_string(key, &mut grab);
        self.key = text.0;
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        let key = std::mem::take(&mut self.key);
        self.walker.nested(&key, value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

/// Structs and struct variants hand each field to the walker under its name.
macro_rules! fields_of_struct {
    ($($trait:ident),*) => {$(
        impl ser::$trait for &mut Walker<'_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Never> {
                self.nested(key, value)
            }
            fn end(self) -> Result<(), Never> {
                Ok(())
            }
        }
    )*};
}

fields_of_struct!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_with_its_key() {
        #[derive(serde::Serialize)]
        struct Inner {
            text: String,
            n: u32,
        }
        #[derive(serde::Serialize)]
        struct Outer {
            id: String,
            items: Vec<Inner>,
            note: Option<String>,
        }
        let value = Outer {
            id: "A".into(),
            items: vec![Inner { text: "x".into(), n: 1 }, Inner { text: "y".into(), n: 2 }],
            note: Some("z".into()),
        };
        let mut seen = Vec::new();
        each_string(&value, &mut |k, t| seen.push(format!("{k}={t}")));
        assert_eq!(seen, ["id=A", "items.0.text=x", "items.1.text=y", "note=z"]);
    }

    #[test]
    fn dates_are_not_walked_and_the_fields_after_them_are() {
        #[derive(serde::Serialize)]
        struct Dated {
            on: crate::domain::date::Date,
            at: Option<crate::domain::date::DateTime>,
            said: String,
        }
        let on: crate::domain::date::Date = "2026-06-12".parse().unwrap();
        let at = "2026-06-12T09:30:00".parse::<crate::domain::date::DateTime>().ok();
        assert!(at.is_some(), "the test needs a date-time");
        let mut seen = Vec::new();
        each_string(&Dated { on, at, said: "x".into() }, &mut |k, t| seen.push(format!("{k}={t}")));
        assert_eq!(seen, ["said=x"]);
    }
}
