//! Messages as data: what the domain, the store and the use cases say is a catalogue id
//! with its arguments ([`Msg`]), rendered in the reader's language only where it is shown
//! (the command line's output, a JSON report's `message`). Tests assert the id and the
//! arguments; a finding made while the language is English reads in Chinese when it is
//! printed in Chinese.

use std::borrow::Cow;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Lang, arg, current, message_in};

/// A message: its catalogue id and its named arguments, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a message: a value's text (a whole number selects plural forms), or a
/// message of its own, rendered in the same language as the one it is part of.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Msg(Msg),
}

impl Msg {
    /// The message `id` with no arguments yet.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Msg {
        Msg { id: id.into(), args: Vec::new() }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: Arg) -> Msg {
        // Exactly as many places as arguments: a message has a few, and `svc check` holds
        // every finding's until it prints them (a pushed Vec keeps four places a message).
        self.args.reserve_exact(1);
        self.args.push((name, value));
        self
    }

    /// Text that is not the catalogue's (git's or the TOML parser's own words, a name
    /// from svc.toml), carried as a message so it can stand where one is expected.
    pub fn plain(text: impl fmt::Display) -> Msg {
        crate::msg!("plain", text = text)
    }

    /// The catalogue id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// Whether this is the message `id` or carries it as an argument, at any depth: what
    /// a test asserts of a refusal whose reasons are joined (`refusal-and`).
    pub fn has(&self, id: &str) -> bool {
        self.id == id || self.args.iter().any(|(_, a)| matches!(a, Arg::Msg(m) if m.has(id)))
    }

    /// Whether an argument's text, at any depth, contains `text` (a record id, a day).
    pub fn mentions(&self, text: &str) -> bool {
        self.args.iter().any(|(_, a)| match a {
            Arg::Text(t) => t.contains(text),
            Arg::Msg(m) => m.mentions(text),
        })
    }

    /// The message in `lang` (English, then the id itself, when the catalogue lacks it).
    pub fn render(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return message_in(lang, &self.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value: FluentValue<'static> = match value {
                Arg::Text(text) => arg(text.as_str()),
                Arg::Msg(msg) => FluentValue::from(msg.render(lang)),
            };
            args.set(*name, value);
        }
        message_in(lang, &self.id, Some(&args))
    }
}

/// The message in the language of the process, as it is printed.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(current()))
    }
}

impl std::error::Error for Msg {}

/// `{"id": "rule-x", "args": {"n": "2", "what": {"id": …}}}`: how JSON reports carry a
/// message besides its rendered text.
impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("args", &Args(&self.args))?;
        map.end()
    }
}

/// A message's arguments as a JSON object, by name: text, or a message of its own.
struct Args<'a>(&'a [(&'static str, Arg)]);

impl serde::Serialize for Args<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            match value {
                Arg::Text(text) => map.serialize_entry(name, text)?,
                Arg::Msg(msg) => map.serialize_entry(name, msg)?,
            }
        }
        map.end()
    }
}

/// Messages as one text, `; ` between them, in the language of the process: how a report
/// shows a list of details.
pub fn joined(msgs: &[Msg]) -> String {
    msgs.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// Serialises messages as [`joined`] text (a report's field, read by people).
pub fn serialize_joined<S: serde::Serializer>(msgs: &[Msg], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&joined(msgs))
}

/// Serialises a message as its text in the reader's language (a report's field).
pub fn serialize_text<S: serde::Serializer>(msg: &Msg, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&msg.to_string())
}

/// Serialises a message as a JSON report's fields (the field is `#[serde(flatten)]`):
/// `message`, the text in the reader's language; `message_id` and `message_args`, the same
/// in every language, for programs and tests.
pub fn serialize_reported<S: serde::Serializer>(msg: &Msg, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(3))?;
    map.serialize_entry("message", &msg.to_string())?;
    map.serialize_entry("message_id", msg.id())?;
    map.serialize_entry("message_args", &Args(&msg.args))?;
    map.end()
}

/// The schema of [`serialize_reported`]'s fields.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub struct Reported {
    /// What is wrong or what happened, in the reader's language.
    message: String,
    /// The message's catalogue id: the same in every language.
    message_id: String,
    /// The message's arguments by name: text, or a message of their own (`id`, `args`).
    message_args: std::collections::BTreeMap<String, serde_json::Value>,
}

/// How `msg!` turns a value into an argument: a [`Msg`] stays a message (rendered with
/// the one it is part of), anything else `Display` becomes its text. Chosen by method
/// resolution (the "autoref" pattern), so a call site writes neither.
#[doc(hidden)]
pub struct ArgOf<'a, T: ?Sized>(pub &'a T);

#[doc(hidden)]
pub trait MsgArg {
    fn to_arg(&self) -> Arg;
}

impl MsgArg for ArgOf<'_, Msg> {
    fn to_arg(&self) -> Arg {
        Arg::Msg(self.0.clone())
    }
}

/// A borrowed message stays a message too (not its text in the process's language).
impl MsgArg for ArgOf<'_, &Msg> {
    fn to_arg(&self) -> Arg {
        Arg::Msg((*self.0).clone())
    }
}

/// An argument made beforehand (a message or a text, whichever applies).
impl MsgArg for ArgOf<'_, Arg> {
    fn to_arg(&self) -> Arg {
        self.0.clone()
    }
}

/// A hint that may be there: nothing, or its message.
impl MsgArg for ArgOf<'_, Option<Msg>> {
    fn to_arg(&self) -> Arg {
        self.0.clone().map_or(Arg::Text(String::new()), Arg::Msg)
    }
}

#[doc(hidden)]
pub trait DisplayArg {
    fn to_arg(&self) -> Arg;
}

impl<T: fmt::Display + ?Sized> DisplayArg for &ArgOf<'_, T> {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.0.to_string())
    }
}

/// `msg!("id")` or `msg!("id", name = value, ...)`: the message as data, to be rendered
/// where it is shown. Values are anything `Display`, or a [`Msg`].
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::msg::{DisplayArg as _, MsgArg as _};
        $crate::i18n::Msg::new($id)
            $(.with(stringify!($name), (&$crate::i18n::msg::ArgOf(&$value)).to_arg()))+
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_id_and_arguments_and_renders_in_any_language() {
        let inner = crate::msg!("when-triage");
        let m = crate::msg!("rule-due-before-added", due = "2026-03-01", added = inner.clone());
        assert_eq!(m.id(), "rule-due-before-added");
        assert_eq!(m.arg("due"), Some(&Arg::Text("2026-03-01".into())));
        assert_eq!(m.arg("added"), Some(&Arg::Msg(inner)));
        let (en, zh) = (m.render(Lang::En), m.render(Lang::ZhHant));
        assert!(en.contains("2026-03-01") && zh.contains("2026-03-01"), "{en} / {zh}");
        assert_ne!(en, zh);
    }

    #[test]
    fn a_number_argument_selects_the_plural_form() {
        let one = crate::msg!("count-forms", n = 1).render(Lang::En);
        let two = crate::msg!("count-forms", n = 2).render(Lang::En);
        assert_ne!(one.replace('1', ""), two.replace('2', ""), "{one} / {two}");
    }

    #[test]
    fn json_carries_the_id_and_the_arguments() {
        let m = crate::msg!("rule-due-before-added", due = 3, added = crate::msg!("when-triage"));
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": "rule-due-before-added", "args": {"due": "3", "added": {"id": "when-triage", "args": {}}}})
        );
    }
}
