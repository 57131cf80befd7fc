//! The language of the command line: chosen before parsing (the help must already be in
//! it), then the command tree's help and clap's own words put into it.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::{self, Lang};
use crate::store::repo::{CONFIG_FILE, find_root};
use crate::t;

/// The language for this run: `--lang` (or `SVC_LANG`), then `[centre] lang` in the
/// repository's svc.toml, then the locale, then Traditional Chinese. A value that is not a
/// language is left for clap to refuse with its usage error.
pub fn choose(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
    let flag = flag_value(args, "--lang").or_else(|| var("SVC_LANG"));
    if let Some(lang) = flag.as_deref().and_then(Lang::parse) {
        return lang;
    }
    let repo = flag_value(args, "--repo").or_else(|| var("SVC_REPO")).map(PathBuf::from);
    let start = std::env::current_dir().unwrap_or_default();
    find_root(repo.as_deref(), &start)
        .ok()
        .and_then(|root| centre_lang(&root))
        .or_else(|| Lang::from_locale(var))
        .unwrap_or(Lang::ZhHant)
}

/// `--name VALUE` or `--name=VALUE` before any `--`.
fn flag_value(args: &[OsString], name: &str) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == name {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')) {
            return Some(value.to_string());
        }
    }
    None
}

/// The language the centre's records are written in (`[centre] lang`), whoever writes:
/// else the language of this command.
pub fn of_records(config: &crate::domain::config::Config) -> Lang {
    config.centre.lang.unwrap_or_else(crate::i18n::current)
}

/// `[centre] lang` of svc.toml, read on its own: a broken svc.toml is reported by the
/// command itself, in the language chosen without it.
fn centre_lang(root: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    let table: toml::Table = text.parse().ok()?;
    table.get("centre")?.get("lang")?.as_str().and_then(Lang::parse)
}

/// The command tree with its help in the current language.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    if i18n::current() == Lang::En {
        return cmd;
    }
    // Built first, so that the arguments and subcommands clap adds (help, version, the
    // `help` subcommand, global flags on every subcommand) are there to translate.
    cmd.build();
    let shared = shared_ids(&cmd);
    translate(cmd, &[], &shared)
}

/// The catalogue id of a command's help: `cmd-svc`, `cmd-complaint-new`.
/// The `help` subcommand repeats the tree under it (`svc help complaint new`, `svc
/// complaint help new`): those are the commands' own ids.
pub fn command_key(path: &[&str]) -> String {
    let path: Vec<&str> = match path {
        [.., "help"] => return "cmd-help".to_string(),
        _ => path.iter().copied().filter(|p| *p != "help").collect(),
    };
    match path.as_slice() {
        [] => "cmd-svc".to_string(),
        _ => format!("cmd-{}", path.join("-")),
    }
}

/// The catalogue id of the `n`th comment (from 1) in a command's examples.
fn example_key(path: &[&str], n: usize) -> String {
    format!("example-{}-{n}", path.join("-"))
}

/// The catalogue id of a flag's help: a flag with one help wherever it appears once
/// (`arg-repo`, `arg-no_bom`, clap's `arg-help`), the others under their command
/// (`arg-complaint-new-channel`).
pub fn arg_key(path: &[&str], arg: &Arg, shared: &HashSet<String>) -> String {
    let id = arg.get_id().as_str();
    let path: Vec<&str> = path.iter().copied().filter(|p| *p != "help").collect();
    if path.is_empty() || shared.contains(id) || arg.is_global_set() || matches!(id, "help" | "version") {
        format!("arg-{id}")
    } else {
        format!("arg-{}-{id}", path.join("-"))
    }
}

/// The flags that read the same wherever they appear.
fn shared_ids(cmd: &Command) -> HashSet<String> {
    fn walk(cmd: &Command, helps: &mut HashMap<String, HashSet<String>>) {
        for arg in cmd.get_arguments() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            helps.entry(arg.get_id().to_string()).or_default().insert(help);
        }
        cmd.get_subcommands().for_each(|s| walk(s, helps));
    }
    let mut helps = HashMap::new();
    walk(cmd, &mut helps);
    helps.into_iter().filter(|(_, h)| h.len() == 1).map(|(id, _)| id).collect()
}

fn translated(key: &str) -> Option<String> {
    i18n::lookup(i18n::current(), key, None)
}

fn translate(mut cmd: Command, path: &[&str], shared: &HashSet<String>) -> Command {
    if let Some(about) = translated(&command_key(path)) {
        cmd = cmd.about(about).long_about(None);
    }
    if let Some(examples) = cmd.get_after_help().map(|h| h.to_string())
        && let Some(rest) = examples.strip_prefix("Examples:")
    {
        let mut comments = 0;
        let lines: Vec<String> = rest
            .lines()
            .map(|line| match line.split_once(" # ") {
                Some((command, _)) => {
                    comments += 1;
                    match translated(&example_key(path, comments)) {
                        Some(comment) => format!("{command} # {comment}"),
                        None => line.to_string(),
                    }
                }
                None => line.to_string(),
            })
            .collect();
        cmd = cmd.after_help(format!("{}{}", t!("help-examples"), lines.join("\n")));
    }
    let template =
        format!("{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", t!("help-usage"));
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(t!("help-commands"))
        .subcommand_value_name(t!("help-command"));
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| {
            let key = arg_key(path, &arg, shared);
            let help = translated(&key).or_else(|| arg.get_help().map(|h| h.to_string())).unwrap_or_default();
            let (suffix, arg) = notes(arg);
            let mut arg = arg.help(format!("{help}{suffix}")).long_help(None);
            if arg.get_help_heading().is_none() {
                let heading = match () {
                    _ if arg.is_positional() => t!("help-arguments"),
                    _ if arg.is_global_set() => t!("help-global-options"),
                    _ => t!("help-options"),
                };
                arg = arg.help_heading(heading);
            }
            arg
        });
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |sub| translate(sub, &sub_path, shared));
    }
    cmd
}

/// clap's own notes after a flag's help (`[default: …]`, `[env: …]`, `[possible values:
/// …]`) in our words, with clap's hidden.
fn notes(mut arg: Arg) -> (String, Arg) {
    let mut notes = String::new();
    let takes_value = arg.get_action().takes_values();
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push_str(&format!(" [{}]", t!("help-default", value = defaults.join(", "))));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| match v.get_help() {
            Some(help) if !help.to_string().is_empty() => format!("{}（{help}）", v.get_name()),
            _ => v.get_name().to_string(),
        })
        .collect();
    if takes_value && !values.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push_str(&format!(" [{}]", t!("help-values", values = values.join("、"))));
        arg = arg.hide_possible_values(true);
    }
    if let Some(env) = arg.get_env().map(|e| e.to_string_lossy().into_owned())
        && !arg.is_hide_env_set()
    {
        notes.push_str(&format!(" [{}]", t!("help-env", name = env)));
        arg = arg.hide_env(true);
    }
    (notes, arg)
}

#[cfg(test)]
/// Every catalogue id the command tree asks for, with its English help (for the test that
/// no help goes untranslated, and to write new translations from).
pub fn help_keys() -> Vec<(String, String)> {
    fn walk(cmd: &Command, path: &mut Vec<String>, shared: &HashSet<String>, out: &mut Vec<(String, String)>) {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
            out.push((command_key(&p), about.to_string()));
        }
        let examples = cmd.get_after_help().map(|h| h.to_string()).unwrap_or_default();
        let comments = examples.lines().filter_map(|l| l.split_once(" # ")).map(|(_, c)| c.to_string());
        for (n, comment) in comments.enumerate() {
            out.push((example_key(&p, n + 1), comment));
        }
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_long_help().or(arg.get_help()) {
                out.push((arg_key(&p, arg, shared), help.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, shared, out);
            path.pop();
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut Vec::new(), &shared_ids(&cmd), &mut out);
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// A usage error in the current language, with clap's usage line (made of flag names);
/// `None` for English and for what clap says best itself (help, version, rare errors).
pub fn usage_error(e: &clap::Error) -> Option<String> {
    if i18n::current() == Lang::En {
        return None;
    }
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // clap's own notes after a command's name, `[aliases: 投訴, 投诉]`, in our words.
        let text = e.render().to_string();
        let aliases = format!("[{}: ", t!("help-aliases"));
        return Some(in_words(&text.replace("[aliases: ", &aliases).replace("[alias: ", &aliases)));
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let mut message = match e.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!("clap-unknown-command", command = text(ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue => {
            t!("clap-invalid-value", arg = arg, value = value, valid = text(ContextKind::ValidValue))
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default();
            t!("clap-bad-value", arg = arg, value = value, reason = reason)
        }
        ErrorKind::MissingRequiredArgument => t!("clap-missing", args = arg),
        ErrorKind::MissingSubcommand => t!("clap-missing-command"),
        ErrorKind::ArgumentConflict => t!("clap-conflict", arg = arg, other = text(ContextKind::PriorArg)),
        ErrorKind::TooManyValues => t!("clap-too-many", arg = arg),
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            t!("clap-value-count", arg = arg)
        }
        _ => return None,
    };
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue] {
        let suggestion = text(kind);
        if !suggestion.is_empty() {
            message.push('\n');
            message.push_str(&t!("clap-did-you-mean", suggestion = suggestion));
        }
    }
    let usage = in_words(&text(ContextKind::Usage));
    let usage = usage.trim_start_matches("Usage:").trim();
    let mut out = format!("{} {message}\n", t!("error-heading"));
    if !usage.is_empty() {
        out.push_str(&format!("\n{} {usage}\n", t!("help-usage")));
    }
    out.push_str(&format!("\n{}\n", t!("clap-more-help")));
    Some(out)
}

/// clap's `[OPTIONS]` in a usage line, in the reader's words (`[選項]`).
fn in_words(usage: &str) -> String {
    if i18n::current() == Lang::En {
        return usage.to_string();
    }
    usage.replace("[OPTIONS]", &format!("[{}]", t!("help-options")))
}

/// The help of `svc` itself in the reader's words (what `svc` alone prints off a terminal).
pub fn help() -> String {
    in_words(&command().render_help().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help of every command and flag is translated into both Chinese catalogues, and
    /// the catalogues translate nothing that is not there. The failure lists what to add,
    /// in the catalogue's syntax, with the English to translate.
    #[test]
    fn every_help_text_is_translated() {
        let keys = help_keys();
        for lang in [Lang::ZhHant, Lang::ZhHans] {
            let missing: Vec<String> = keys
                .iter()
                .filter(|(key, _)| !i18n::has(lang, key))
                .map(|(key, english)| format!("{key} = {}", english.replace('\n', " ")))
                .collect();
            assert!(missing.is_empty(), "help not translated into {lang}:\n{}", missing.join("\n"));
        }
        let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/help.zh-Hant.ftl")).unwrap();
        let known: std::collections::BTreeSet<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
        let stale: Vec<&str> = file
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
            .filter(|k| !k.starts_with('#') && !known.contains(k))
            .collect();
        assert!(stale.is_empty(), "help.zh-Hant.ftl translates what no command has: {stale:?}");
    }

    #[test]
    fn the_language_comes_from_the_flag_then_svc_toml_then_the_locale() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        const NOWHERE: &str = "/nonexistent-svc-repo";
        assert_eq!(choose(&args(&["svc", "--lang", "en", "check"]), env(&[("SVC_LANG", "zh-Hans")])), Lang::En);
        assert_eq!(choose(&args(&["svc", "--lang=zh-Hans"]), env(&[])), Lang::ZhHans);
        assert_eq!(choose(&args(&["svc", "--", "--lang", "en"]), env(&[("SVC_REPO", NOWHERE)])), Lang::ZhHant);
        assert_eq!(choose(&args(&["svc"]), env(&[("SVC_LANG", "en")])), Lang::En);
        assert_eq!(choose(&args(&["svc"]), env(&[("SVC_REPO", NOWHERE), ("LANG", "zh_CN.UTF-8")])), Lang::ZhHans);
        assert_eq!(choose(&args(&["svc"]), env(&[("SVC_REPO", NOWHERE), ("LANG", "C.UTF-8")])), Lang::ZhHant);
        let repo = tempfile::tempdir().unwrap();
        std::fs::write(repo.path().join(CONFIG_FILE), "[centre]\nname = \"x\"\nlang = \"en\"\n").unwrap();
        let dir = repo.path().to_str().unwrap().to_string();
        let with_repo = args(&["svc", "--repo", &dir]);
        assert_eq!(choose(&with_repo, env(&[("LANG", "zh_TW.UTF-8")])), Lang::En);
        assert_eq!(choose(&with_repo, env(&[("SVC_LANG", "zh-Hant")])), Lang::ZhHant);
    }
}
