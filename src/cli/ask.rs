//! Forms that ask: on a terminal, a step missing a required field asks for it, with the
//! choices from svc.toml and a default where one is sensible, then shows what it will write
//! and asks before writing. Without a terminal (CI, scripts, a pipe) nothing waits: the
//! step fails at once naming the flag to give (exit 2).

use std::io::IsTerminal as _;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Result;
use dialoguer::{Input, Select};

use crate::domain::token::Token;
use crate::error::{ErrorKind, Kinded};

/// A required field was not given and there is no terminal to ask on (exit code 2).
#[derive(Debug)]
pub struct Missing {
    pub flag: &'static str,
    pub label: String,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("ask-missing", flag = self.flag, label = &self.label))
    }
}

impl Kinded for Missing {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Usage
    }
}

/// The person at the terminal declined the preview: nothing was written (exit code 1).
#[derive(Debug)]
pub struct Declined;

impl std::fmt::Display for Declined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("ask-declined"))
    }
}

impl Kinded for Declined {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Refused
    }
}

crate::error::keeps_its_kind!(Missing, Declined);

/// dialoguer's error is an I/O error in a wrapper. Unwrapped, Ctrl-C at a question is the
/// interrupted read it is, which the exit code (130) knows like any other.
fn unwrapped(error: dialoguer::Error) -> std::io::Error {
    let dialoguer::Error::IO(io) = error;
    io
}

/// Set by the menu: a step chosen there shows what it will write and asks, even when it
/// had nothing to ask (the choice in the menu is not yet the decision to write).
static CONFIRM_ALWAYS: AtomicBool = AtomicBool::new(false);

/// Every step from now on confirms before writing (see [`CONFIRM_ALWAYS`]).
pub fn confirm_always() {
    CONFIRM_ALWAYS.store(true, Ordering::Relaxed);
}

/// True from the first question until the person says 是: what Ctrl-C interrupts then
/// was never written.
static ASKING: AtomicBool = AtomicBool::new(false);

/// Ctrl-C while a form asks: the cursor (hidden by a list) shown again, "未寫入：沒有任何改動"
/// said as for 否, and exit 130 as a shell expects of an interrupt. At any other time
/// Ctrl-C ends svc as it always did (a step interrupted while writing is finished or
/// undone by the next command, as after any kill).
fn on_interrupt() {
    use std::io::Write as _;
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\x1b[?25h");
    if ASKING.load(Ordering::SeqCst) {
        let _ = writeln!(err, "\n{}", crate::t!("ask-declined"));
    }
    let _ = err.flush();
    std::process::exit(130);
}

/// Whether stdin and stderr are a person's terminal (and `SVC_NO_PROMPT` is unset).
pub fn on_a_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal() && std::env::var_os("SVC_NO_PROMPT").is_none()
}

/// "你是誰？": on a terminal, the person picks their name from the directory; None off a
/// terminal or when they leave without choosing.
pub fn who_are_you(dir: &crate::domain::config::Directory) -> Option<String> {
    if !on_a_terminal() {
        return None;
    }
    handle_interrupts();
    let staff: Vec<&crate::domain::config::Staff> = dir.all_staff().collect();
    let items: Vec<String> = staff
        .iter()
        .map(|s| {
            let room = s.room.as_deref().and_then(|r| dir.room(r)).map(|r| r.to_string());
            let role = s.role.name();
            match room {
                Some(room) => format!("{} {}（{role}，{room}）", s.id, s.name),
                None => format!("{} {}（{role}）", s.id, s.name),
            }
        })
        .collect();
    let chosen = Select::new().with_prompt(crate::t!("ask-who-are-you")).items(&items).default(0).interact_opt();
    chosen.ok().flatten().map(|i| staff[i].id.to_string())
}

/// Everyone in the directory as a choice: id, shown as `S12 張美玲`.
pub fn people(dir: &crate::domain::config::Directory) -> Vec<(String, String)> {
    dir.all_staff().map(|s| (s.id.to_string(), format!("{} {}", s.id, s.name))).collect()
}

/// Asks for what is missing, or refuses to when nobody can answer.
pub struct Ask {
    interactive: bool,
    asked: bool,
    /// The step was tried before its first question ([`Ask::check_first`]).
    checked: bool,
}

impl Ask {
    /// Asks only when both stdin and stderr are terminals and `SVC_NO_PROMPT` is unset.
    pub fn from_terminal() -> Ask {
        Ask { interactive: on_a_terminal(), asked: false, checked: false }
    }

    /// Whether anything has been asked: a form being filled in by questions.
    pub fn asking(&self) -> bool {
        self.asked
    }

    /// Whether [`Ask::confirm`] will show the preview and ask: something was asked, or the
    /// menu chose the step.
    pub fn confirms(&self) -> bool {
        self.asked || (self.interactive && CONFIRM_ALWAYS.load(Ordering::Relaxed))
    }

    /// Authority and state before the first question: `check` (the step tried with
    /// placeholder answers through its own rules) runs once, when anything will be asked
    /// (a field `missing`, or the confirmation), so a person who may not take the step is
    /// told before typing anything. When nothing is asked the step itself refuses.
    pub fn check_first(&mut self, missing: bool, check: impl FnOnce() -> Result<()>) -> Result<()> {
        if self.checked || !self.interactive || !(missing || self.confirms()) {
            return Ok(());
        }
        self.checked = true;
        check()
    }

    /// Whether there is someone at a terminal to ask.
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    fn can_ask(&mut self, given: bool, flag: &'static str, label: &str) -> Result<bool> {
        if given {
            return Ok(false);
        }
        if !self.interactive {
            return Err(Missing { flag, label: label.to_string() }.into());
        }
        self.asked = true;
        asking();
        Ok(true)
    }

    /// A closed value: the given one, or a choice from every value, shown with its
    /// Chinese name.
    pub fn token<T: Token>(&mut self, given: Option<T>, flag: &'static str, label: &str) -> Result<T> {
        self.token_of(given, flag, label, T::ALL, T::name)
    }

    /// One of `values`, each shown as `shown` says (in the reader's language only: the
    /// token stays in the file); the only one when there is one, without asking.
    pub fn token_of<T: Token, S: ToString>(
        &mut self,
        given: Option<T>,
        flag: &'static str,
        label: &str,
        values: &[T],
        shown: impl Fn(T) -> S,
    ) -> Result<T> {
        match (given, values) {
            (Some(value), _) => Ok(value),
            (None, [only]) => Ok(*only),
            (None, _) => {
                self.can_ask(false, flag, label)?;
                let items: Vec<String> = values.iter().map(|t| shown(*t).to_string()).collect();
                let chosen = Select::new().with_prompt(label).items(&items).default(0).interact().map_err(unwrapped)?;
                Ok(values[chosen])
            }
        }
    }

    /// One of two answers (本中心/客戶, 有效/無效, 批准/不予批准), shown as `yes` and `no`:
    /// the given one, or a choice starting at `yes`.
    pub fn either(
        &mut self,
        given: Option<bool>,
        flag: &'static str,
        label: &str,
        yes: String,
        no: String,
    ) -> Result<bool> {
        let given = given.map(|g| if g { "yes" } else { "no" }.to_string());
        let choices = [("yes".to_string(), yes), ("no".to_string(), no)];
        Ok(self.choose(given, flag, label, &choices, None)? == "yes")
    }

    /// One of `choices` (id, shown as): the given text, or a choice starting at `default`.
    pub fn choose(
        &mut self,
        given: Option<String>,
        flag: &'static str,
        label: &str,
        choices: &[(String, String)],
        default: Option<&str>,
    ) -> Result<String> {
        if !self.can_ask(given.is_some(), flag, label)? {
            return Ok(given.unwrap_or_default());
        }
        let items: Vec<&str> = choices.iter().map(|(_, shown)| shown.as_str()).collect();
        let start = default.and_then(|d| choices.iter().position(|(id, _)| id == d)).unwrap_or(0);
        let chosen = Select::new().with_prompt(label).items(&items).default(start).interact().map_err(unwrapped)?;
        Ok(choices[chosen].0.clone())
    }

    /// Text, not empty: the given text or what is typed.
    pub fn text(&mut self, given: Option<String>, flag: &'static str, label: &str) -> Result<String> {
        if !self.can_ask(given.is_some(), flag, label)? {
            return Ok(given.unwrap_or_default());
        }
        let input = Input::<String>::new()
            .with_prompt(label)
            .validate_with(|t: &String| if t.trim().is_empty() { Err(crate::t!("ask-required")) } else { Ok(()) });
        Ok(input.interact_text().map_err(unwrapped)?.trim().to_string())
    }

    /// Text that may be left empty (a customer who gives no name): asked only on a
    /// terminal, and only when the form is being asked for anyway.
    pub fn optional_text(&mut self, given: Option<String>, label: &str) -> Result<Option<String>> {
        if given.is_some() || !self.interactive || !self.asked {
            return Ok(given);
        }
        let typed = Input::<String>::new().with_prompt(label).allow_empty(true).interact_text().map_err(unwrapped)?;
        Ok(Some(typed.trim().to_string()).filter(|t| !t.is_empty()))
    }

    /// A yes/no question (是/否, y/n) for a flag left out, asked like [`Ask::optional_text`];
    /// left out and not asked, it is no.
    pub fn yes_no(&mut self, given: bool, label: &str, default: bool) -> Result<bool> {
        if given || !self.interactive || !self.asked {
            return Ok(given);
        }
        Ok(yes_or_no(&ask_yes_no(label, default)?) == Some(true))
    }

    /// A value read from text (a date, a moment): the given one or what is typed, asked
    /// again until it reads.
    pub fn parsed<T>(&mut self, given: Option<T>, flag: &'static str, label: &str, default: &str) -> Result<T>
    where
        T: FromStr,
        T::Err: std::fmt::Display,
    {
        match given {
            Some(value) => Ok(value),
            None => {
                self.can_ask(false, flag, label)?;
                let text = Input::<String>::new()
                    .with_prompt(label)
                    .default(default.to_string())
                    .validate_with(|t: &String| t.parse::<T>().map(|_| ()).map_err(|e| e.to_string()))
                    .interact_text()
                    .map_err(unwrapped)?;
                text.parse::<T>().map_err(|e| anyhow::anyhow!("{e}"))
            }
        }
    }

    /// When anything was asked, shows the lines to be written and asks before writing.
    pub fn confirm(&self, preview: &[(&str, String)]) -> Result<()> {
        if !self.confirms() {
            return Ok(());
        }
        let labels: Vec<String> = preview.iter().map(|(k, _)| super::output::heading(k)).collect();
        let width = labels.iter().map(|l| super::output::width(l)).max().unwrap_or(0);
        errln!();
        for (label, (_, value)) in labels.iter().zip(preview) {
            errln!("  {}  {value}", super::output::pad(label, width));
        }
        asking();
        let answer = ask_yes_no(&crate::t!("ask-write"), true)?;
        // From 是 on, the step writes: Ctrl-C is an interrupt again, not "nothing written".
        ASKING.store(false, Ordering::SeqCst);
        if yes_or_no(&answer) == Some(true) { Ok(()) } else { Err(Declined.into()) }
    }
}

/// A question is being asked: Ctrl-C from now on says nothing was written (the handler
/// is set once, at the first question).
fn asking() {
    handle_interrupts();
    ASKING.store(true, Ordering::SeqCst);
}

/// Ctrl-C from now on shows the cursor again before svc ends (a list hides it), and says
/// "未寫入" while a form asks. Set once; the menu sets it before its first list.
pub fn handle_interrupts() {
    static HANDLER: std::sync::Once = std::sync::Once::new();
    HANDLER.call_once(|| {
        let _ = ctrlc::set_handler(on_interrupt);
    });
}

/// A question answered 是/否 as well as y/n (dialoguer's Confirm takes y/n only and echoes
/// `yes`), asked again until it is one of them.
fn ask_yes_no(label: &str, default: bool) -> Result<String> {
    let default = if default { crate::t!("ask-yes") } else { crate::t!("ask-no") };
    Ok(Input::<String>::new()
        .with_prompt(label)
        .default(default)
        .validate_with(|t: &String| yes_or_no(t).map(|_| ()).ok_or_else(|| crate::t!("ask-yes-or-no")))
        .interact_text()
        .map_err(unwrapped)?)
}

/// An answer to "write it?": yes (是, 好, 對, y, yes) or no (否, 不, n, no), any case; None
/// for anything else, which is asked again.
pub fn yes_or_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "是" | "好" | "對" | "对" | "y" | "yes" => Some(true),
        "否" | "不" | "不是" | "n" | "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn yes_and_no_in_chinese_and_english() {
        for yes in ["是", "好", "y", "Yes", " 對 "] {
            assert_eq!(super::yes_or_no(yes), Some(true), "{yes}");
        }
        for no in ["否", "不", "n", "NO"] {
            assert_eq!(super::yes_or_no(no), Some(false), "{no}");
        }
        assert_eq!(super::yes_or_no("也許"), None);
    }
}
