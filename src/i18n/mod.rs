//! The message catalogue: everything a person reads, in Traditional Chinese (the office's
//! default), Simplified Chinese and English.
//!
//! Messages are [Fluent](https://projectfluent.org) files beside this module, one per
//! language, with the same ids in each (a test fails on a message in one language only):
//! - `en.ftl` and `zh-Hant.ftl` are written by hand;
//! - `zh-Hans.ftl` is generated from `zh-Hant.ftl` (a test converts it with `zhconv` and
//!   fails when the file drifts; `SVC_BLESS=1 cargo test` rewrites it).
//!
//! The rules' one-line summaries are English in the `rules!` declarations and translated
//! in `rules.zh-Hant.ftl` (`summary-complaint-summary-written`), like the help.
//!
//! The help of commands and flags is English in the doc comments (which also document the
//! code); the catalogues translate it under ids built from the command path (`cmd-…`,
//! `arg-…`), and a test walks the command tree so that no help text goes untranslated.
//! Values written as tokens in the files (`in-person`) are shown by their names here
//! (`value-channel-in-person = 現場`), and typed in any of the three.
//!
//! The language is one setting of the process ([`set`]): the binary chooses it at start
//! from `--lang`, `SVC_LANG`, `[centre] lang` in svc.toml, then the locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), else Traditional Chinese. Library code that never sets it (unit
//! tests) reads English.

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language people read `svc` in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Lang {
    /// English.
    #[serde(rename = "en")]
    En,
    /// 繁體中文: the default.
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// 简体中文.
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHant, Lang::ZhHans];

    /// The BCP 47 tag: `en`, `zh-Hant`, `zh-Hans`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// A language tag or a POSIX locale (`zh_TW.UTF-8`, `zh-CN`, `en_GB`, `zh-Hans`, `zh`);
    /// `None` for `C`, `POSIX` and languages svc does not speak.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        let base = text.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
        let mut parts = base.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let simplified = rest.iter().any(|p| matches!(*p, "hans" | "cn" | "sg" | "my"));
                Some(if simplified { Lang::ZhHans } else { Lang::ZhHant })
            }
            _ => match text {
                "繁體" | "繁体" | "繁體中文" | "繁体中文" => Some(Lang::ZhHant),
                "简体" | "簡體" | "简体中文" | "簡體中文" => Some(Lang::ZhHans),
                _ => None,
            },
        }
    }

    /// The language the locale variables ask for (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`, as POSIX orders them), given a way to read a variable.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|value| !value.trim().is_empty())
            .and_then(|value| Lang::parse(&value))
    }

    /// The catalogue files of the language: messages, then the translated help.
    fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[include_str!("en.ftl")],
            Lang::ZhHant => {
                &[include_str!("zh-Hant.ftl"), include_str!("help.zh-Hant.ftl"), include_str!("rules.zh-Hant.ftl")]
            }
            Lang::ZhHans => {
                &[include_str!("zh-Hans.ftl"), include_str!("help.zh-Hans.ftl"), include_str!("rules.zh-Hans.ftl")]
            }
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| format!("`{s}` is not a language svc speaks: en, zh-Hant, zh-Hans"))
    }
}

/// No language chosen yet: library callers and unit tests read English.
const UNSET: u8 = u8::MAX;
static CURRENT: AtomicU8 = AtomicU8::new(UNSET);

/// Chooses the language of every message from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are in.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        0 => Lang::En,
        1 => Lang::ZhHant,
        2 => Lang::ZhHans,
        _ => Lang::En,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

/// A language's bundle. A syntax error in a catalogue drops only the broken entry here;
/// the catalogue tests fail on it.
fn bundle(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps arguments in Unicode isolation marks by default; a terminal shows
    // them as junk and tests would have to strip them.
    bundle.set_use_isolating(false);
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Whether the catalogue of `lang` has a message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundles()[lang.index()].get_message(id).is_some_and(|m| m.value().is_some())
}

/// The message `id` in `lang` with its arguments, or `None` when that catalogue lacks it.
pub fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = &bundles()[lang.index()];
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The message `id` in the current language; falls back to English, then to the id itself
/// (the catalogue tests make sure neither happens).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(current(), id, args)
}

/// The message `id` in `lang`, with the same fallbacks as [`message`].
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    lookup(lang, id, args).or_else(|| lookup(Lang::En, id, args)).unwrap_or_else(|| id.to_string())
}

/// A message argument: a whole number stays a number (so `{ $n -> [one] … }` selects),
/// anything else is its text.
pub fn arg<T: fmt::Display + ?Sized>(value: &T) -> FluentValue<'static> {
    let text = value.to_string();
    match text.parse::<i64>() {
        Ok(n) if n.to_string() == text => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

/// `t!("id")` or `t!("id", name = value, ...)`: the message rendered now, in the current
/// language; for the command line, which prints. The domain, the store and the use cases
/// say [`msg!`] instead and leave the rendering to whoever shows it.
#[macro_export]
macro_rules! t {
    ($($message:tt)+) => {
        $crate::msg!($($message)+).to_string()
    };
}

#[doc(hidden)]
pub use fluent_bundle::FluentArgs;

/// A catalogue id whose message is made later, only if it is needed (a rule's "the
/// triage" is looked up when a finding is reported, not for every record checked):
/// `tid!("when-triage")` is the id itself, marked for the catalogue tests.
#[macro_export]
macro_rules! tid {
    ($id:literal) => {
        $id
    };
}

pub mod msg;
pub use msg::{Arg, Msg};

#[cfg(test)]
mod tests;
