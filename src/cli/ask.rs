//! Forms that ask: on a terminal, a step missing a required field asks for it, with the
//! choices from svc.toml and a default where one is sensible, then shows what it will write
//! and asks before writing. Without a terminal (CI, scripts, a pipe) nothing waits: the
//! step fails at once naming the flag to give (exit 2).

use std::io::IsTerminal as _;
use std::str::FromStr;

use anyhow::Result;
use dialoguer::{Input, Select};

use crate::domain::token::Token;

/// A required field was not given and there is no terminal to ask on (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("ask-missing", flag = flag, label = label))]
pub struct Missing {
    pub flag: &'static str,
    pub label: String,
}

/// The person at the terminal declined the preview: nothing was written (exit code 1).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("ask-declined"))]
pub struct Declined;

/// Asks for what is missing, or refuses to when nobody can answer.
pub struct Ask {
    interactive: bool,
    asked: bool,
}

impl Ask {
    /// Asks only when both stdin and stderr are terminals and `SVC_NO_PROMPT` is unset.
    pub fn from_terminal() -> Ask {
        let interactive = std::io::stdin().is_terminal()
            && std::io::stderr().is_terminal()
            && std::env::var_os("SVC_NO_PROMPT").is_none();
        Ask { interactive, asked: false }
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
        Ok(true)
    }

    /// A closed value: the given one, or a choice from every value, shown with its
    /// Chinese name.
    pub fn token<T: Token>(&mut self, given: Option<T>, flag: &'static str, label: &str) -> Result<T> {
        match given {
            Some(value) => Ok(value),
            None => {
                self.can_ask(false, flag, label)?;
                // In the reader's language only: the token stays in the file.
                let items: Vec<String> = T::ALL.iter().map(|t| t.name()).collect();
                let chosen = Select::new().with_prompt(label).items(&items).default(0).interact()?;
                Ok(T::ALL[chosen])
            }
        }
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
        let chosen = Select::new().with_prompt(label).items(&items).default(start).interact()?;
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
        Ok(input.interact_text()?.trim().to_string())
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
                    .interact_text()?;
                text.parse::<T>().map_err(|e| anyhow::anyhow!("{e}"))
            }
        }
    }

    /// When anything was asked, shows the lines to be written and asks before writing.
    pub fn confirm(&self, preview: &[(&str, String)]) -> Result<()> {
        if !self.asked {
            return Ok(());
        }
        let labels: Vec<String> = preview.iter().map(|(k, _)| super::output::heading(k)).collect();
        let width = labels.iter().map(|l| super::output::width(l)).max().unwrap_or(0);
        errln!();
        for (label, (_, value)) in labels.iter().zip(preview) {
            errln!("  {}  {value}", super::output::pad(label, width));
        }
        // 是/否 as well as y/n (dialoguer's Confirm takes y/n only and echoes `yes`).
        let answer = Input::<String>::new()
            .with_prompt(crate::t!("ask-write"))
            .default(crate::t!("ask-yes"))
            .validate_with(|t: &String| yes_or_no(t).map(|_| ()).ok_or_else(|| crate::t!("ask-yes-or-no")))
            .interact_text()?;
        if yes_or_no(&answer) == Some(true) { Ok(()) } else { Err(Declined.into()) }
    }
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
