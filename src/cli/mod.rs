//! The command line: global options, one module per command group, error reporting.
//!
//! Exit codes: 0 ok, 1 findings or a refused action, 2 usage, 3 unusable repository or
//! svc.toml, 4 a write failed; a closed pipe is not an error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches as _, Parser, Subcommand};

use crate::domain::date::Date;
use crate::error::ErrorKind;
use crate::i18n::Lang;

/// `println!` that returns the write error instead of panicking, so a closed pipe
/// (`svc complaint list | head -1`) ends the command quietly (see [`main`]).
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
    }};
}

/// `print!` that returns the write error instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout().lock(), $($arg)*)
    }};
}

/// `eprintln!` for messages to people: a closed stderr is ignored, never a panic.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod ask;
pub mod check;
mod complete;
mod context;
mod fix_encoding;
mod generate;
mod history;
mod init;
mod key;
mod lang;
mod menu;
mod output;
mod repair;
mod room;
pub mod schema;
pub mod shapes;
mod shell;
mod staff;
mod stats;
mod sync;
pub mod todo;

/// Service-centre procedures as one TOML record per file in git.
#[derive(Debug, Parser)]
#[command(name = "svc", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// The records repository (the folder with svc.toml); default: search upwards from here.
    #[arg(long, global = true, env = "SVC_REPO", value_name = "DIR")]
    repo: Option<PathBuf>,
    /// Who acts: a staff id from svc.toml; default: $SVC_USER, then your git user.email.
    #[arg(long = "as", global = true, add = complete::staff(), env = "SVC_USER", value_name = "STAFF_ID")]
    actor: Option<String>,
    /// The day the step happens; default: $SVC_TODAY, then today.
    #[arg(long, global = true, env = "SVC_TODAY", value_name = "YYYY-MM-DD")]
    date: Option<Date>,
    /// Write the files but do not commit them (in a git work tree each step is a commit by
    /// its actor; `[git] commit = false` in svc.toml turns that off for good).
    #[arg(long, global = true, env = "SVC_NO_COMMIT", value_parser = clap::builder::BoolishValueParser::new())]
    no_commit: bool,
    /// The language of messages and help: zh-Hant (繁體, the default), zh-Hans (简体) or
    /// en; default: `[centre] lang` in svc.toml, then the locale (LANG).
    #[arg(long, global = true, env = "SVC_LANG", value_name = "LANG")]
    lang: Option<crate::i18n::Lang>,
    /// Left out on a terminal: the menu (what waits for you, then every step by questions).
    #[command(subcommand)]
    command: Option<Command>,
}

/// The command groups of the record kinds: each module of the table of kinds
/// ([`crate::domain::kinds`]) is `cli/<module>.rs`, with its verbs in `Command`, its help
/// line and Chinese names in `ABOUT` and `ALIASES`, and a `run`; it is declared, named
/// (its first kind's command group) and dispatched from the table. A module `in` another
/// group (the reviews, in `stats`) has no cli module of its own.
macro_rules! kind_commands {
    ($($module:ident $(in $host:ident)? { $(#[doc = $doc:literal])* $first:ident $($rows:tt)* })*) => {
        kind_commands!(@own [] $($module $(in $host)? : $first,)*);
    };
    (@own [$($done:tt)*] $module:ident in $host:ident : $first:ident, $($rest:tt)*) => {
        kind_commands!(@own [$($done)*] $($rest)*);
    };
    (@own [$($done:tt)*] $module:ident : $first:ident, $($rest:tt)*) => {
        kind_commands!(@own [$($done)* ($module $first)] $($rest)*);
    };
    (@own [$(($module:ident $first:ident))*]) => {
        $(mod $module;)*

        #[derive(Debug, Subcommand)]
        #[allow(non_camel_case_types)]
        enum KindCommand {
            $(
                #[command(
                    name = crate::domain::id::RecordKind::$first.command_group(),
                    subcommand,
                    about = $module::ABOUT,
                    visible_aliases = $module::ALIASES,
                )]
                $module($module::Command),
            )*
        }

        impl KindCommand {
            fn run(self, ctx: &context::Ctx) -> anyhow::Result<ExitCode> {
                match self {
                    $(KindCommand::$module(command) => $module::run(ctx, command),)*
                }
            }
        }
    };
}
crate::domain::kinds!(kind_commands);

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a records repository: svc.toml with examples, record folders, schemas.
    #[command(visible_aliases = ["初始化"])]
    Init(init::Args),
    /// The command groups of the record kinds (complaint, capa, leave, ...).
    #[command(flatten)]
    Kind(KindCommand),
    /// The rooms: functions, posts and their duties, people (SC-3.1)
    #[command(subcommand, visible_aliases = ["室"])]
    Room(room::Command),
    /// The staff directory: ids, names, rooms and roles (a name can be typed wherever an id is)
    #[command(subcommand, visible_aliases = ["職員", "职员"])]
    Staff(staff::Command),
    /// Who svc takes you to be (from --as, SVC_USER or your git user.email)
    #[command(visible_aliases = ["我是誰", "我是谁"])]
    Whoami(staff::WhoamiArgs),
    /// Coordination office: confirm a window clerk's qualification (持證上崗, SC-3.2); prints its id
    #[command(visible_aliases = ["持證", "持证"], after_help = "Examples:
  svc --as S02 qualify --staff S52 --certificate \"窗-2026-017\" --on 2026-01-12")]
    Qualify(training::QualifyArgs),
    /// Statistics: the year's complaint report (CC-4.8), the month's attendance (ATT-5)
    #[command(subcommand, visible_aliases = ["統計", "统计"])]
    Stats(stats::Command),
    /// Print the tab-completion script of a shell (bash, zsh, fish, powershell, elvish)
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff)
    Man(shell::ManArgs),
    /// Convert record files saved as GBK or Big5 to UTF-8, showing the lines changed
    FixEncoding(fix_encoding::Args),
    /// What waits for you (or, with --all, for everyone) as of the day
    #[command(visible_aliases = ["待辦", "待办"])]
    Todo(todo::Args),
    /// Validate svc.toml and every record against the procedures; what CI runs
    #[command(visible_aliases = ["檢查", "检查"])]
    Check(check::Args),
    /// Write or verify the JSON Schemas of svc.toml and the record kinds.
    Schema(schema::Args),
    /// People's signing keys: steps a shared PC signs with each person's own key (GIT-4)
    #[command(subcommand, visible_aliases = ["金鑰", "密钥"])]
    Key(key::Command),
    /// Finish a step a crash interrupted and remove temp files of interrupted writes.
    #[command(visible_aliases = ["修復", "修复"])]
    Repair(repair::Args),
    /// A record's history from git: each commit, its author, the steps it added.
    #[command(visible_aliases = ["歷史", "历史"])]
    Log(history::LogArgs),
    /// Share the records: fetch, replay local steps (renumbering ids taken meanwhile), push.
    #[command(visible_aliases = ["同步"])]
    Sync(sync::SyncArgs),
    /// After a git merge with records added on both sides: keep ours, renumber theirs.
    Renumber(sync::RenumberArgs),
    /// Write a realistic generated centre (benchmarks, tests).
    #[command(hide = true)]
    Generate(generate::Args),
    /// Walk, read and parse every record file, nothing else: the benchmarks' floor.
    #[command(hide = true)]
    Floor(generate::FloorArgs),
}

/// `--year`: four digits, so no date arithmetic can run off chrono's range.
fn year_arg() -> clap::builder::RangedI64ValueParser<i32> {
    clap::value_parser!(i32).range(1900..=9999)
}

/// Runs `svc` with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    // Dynamic completion: with COMPLETE set (by the script `COMPLETE=bash svc` prints),
    // answers the shell with candidates and exits; otherwise returns at once.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    crate::i18n::set(lang::choose(&args, |name| std::env::var(name).ok()));
    clap_complete::CompleteEnv::with_factory(lang::command).complete();
    let cli = match lang::command().try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => {
            match lang::usage_error(&e) {
                Some(message) if e.use_stderr() => errln!("{}", message.trim_end()),
                Some(message) => drop(outln!("{}", message.trim_end())),
                None => drop(e.print()),
            }
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let code = exit_code(&e);
            if code != 0 {
                report(&e);
            }
            ExitCode::from(code)
        }
    }
}

/// Exit codes a script can trust: 0 ok (a closed output pipe included), 1 check findings
/// or a refused step, 2 usage (a flag, an id, a staff id or room that does not exist), 3
/// the repository or svc.toml cannot be used, 4 writing a file failed.
fn exit_code(e: &anyhow::Error) -> u8 {
    ErrorKind::of(e).exit_code()
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let globals = context::Globals { repo: cli.repo, actor: cli.actor, date: cli.date, no_commit: cli.no_commit };
    let Some(command) = cli.command else {
        if ask::on_a_terminal() {
            return menu::run(&globals);
        }
        // Off a terminal nothing waits for an answer: the help, as for a missing command.
        errln!("{}", lang::help().trim_end());
        return Ok(ExitCode::from(2));
    };
    match command {
        Command::Init(args) => init::run(&globals, args),
        Command::Kind(command) => command.run(&globals.open()?),
        Command::Room(cmd) => room::run(&globals.open()?, cmd),
        Command::Staff(cmd) => staff::run(&globals.open()?, cmd),
        Command::Whoami(args) => staff::whoami(&globals.open()?, args),
        Command::Qualify(args) => training::qualify(&globals.open()?, args),
        Command::Stats(cmd) => stats::run(&globals.open()?, cmd),
        Command::Check(args) => check::run(&globals, args),
        Command::Todo(args) => todo::run(&globals.open()?, args),
        Command::FixEncoding(args) => fix_encoding::run(args),
        Command::Completions(args) => shell::completions(args),
        Command::Man(args) => shell::man(args, globals.date),
        Command::Schema(args) => schema::run(args),
        Command::Repair(args) => repair::run(&globals.open()?, args),
        Command::Key(cmd) => key::run(&globals.open()?, cmd),
        Command::Log(args) => history::log(&globals.open()?, args),
        Command::Sync(args) => sync::sync(&globals.open()?, args),
        Command::Renumber(args) => sync::renumber(&globals.open()?, args),
        Command::Generate(args) => generate::run(args),
        Command::Floor(args) => generate::floor(args),
    }
}

/// Says what failed, each cause once, then the hints: what to do about it.
fn report(e: &anyhow::Error) {
    // Answering no is not an error: it says nothing was written, and nothing else.
    let svc_error = crate::error::Error::in_chain(e);
    if svc_error.is_some_and(|s| s.downcast_ref::<ask::Declined>().is_some()) {
        errln!("{e}");
        return;
    }
    if ErrorKind::of(e) == ErrorKind::Interrupted {
        // A list hides the cursor while it is shown: show it again.
        errln!("\x1b[?25h\n{}", crate::t!("ask-declined"));
        return;
    }
    // A file's name or a value typed can hold escape sequences: shown escaped, never run.
    let shown = |text: &str| output::visible(text).into_owned();
    errln!("{} {}", crate::t!("error-heading"), shown(&e.to_string()));
    // A cause already said in the message above it (git's text, an I/O error) is said once.
    let mut said = e.to_string();
    for cause in e.chain().skip(1) {
        let text = cause.to_string();
        if !said.contains(&text) {
            errln!("  {} {}", crate::t!("error-because"), shown(&text));
        }
        said = text;
    }
    for hint in svc_error.map(crate::error::Error::hints).unwrap_or_default() {
        errln!("  {} {}", crate::t!("error-hint"), shown(&hint.to_string()));
    }
}

/// Parses a domain value from its token (any case) or either Chinese name, listing the
/// tokens with their Traditional names in `--help` and in the error for a value that is
/// not one of them.
#[derive(Clone)]
struct TokenParser<T>(std::marker::PhantomData<T>);

fn token<T: crate::domain::token::Token>() -> TokenParser<T> {
    TokenParser(std::marker::PhantomData)
}

impl<T: crate::domain::token::Token> clap::builder::TypedValueParser for TokenParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        T::from_token(&text).ok_or_else(|| {
            let mut err = clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd);
            use clap::error::{ContextKind, ContextValue};
            if let Some(arg) = arg {
                err.insert(ContextKind::InvalidArg, ContextValue::String(arg.to_string()));
            }
            err.insert(ContextKind::InvalidValue, ContextValue::String(text.into_owned()));
            let valid = T::ALL
                .iter()
                .map(|t| match t.name().to_string() {
                    name if name == t.to_string() => name,
                    name => format!("{t} ({name})"),
                })
                .collect();
            err.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
            err
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(T::ALL.iter().map(|t| {
            let help = match t.described() {
                described if described == t.to_string() => String::new(),
                described => described,
            };
            let names = Lang::ALL.map(|lang| t.name_in(lang));
            clap::builder::PossibleValue::new(t.to_string()).help(help).aliases(names)
        })))
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory as _, Parser as _};

    use super::Cli;

    /// The command line parses, prompts, calls one ops function and prints: no file of
    /// src/cli takes the repository lock, writes through the journal or runs git (issue 21;
    /// those are ops and store). A file that starts to fails here, naming the line.
    #[test]
    fn cli_takes_no_lock_writes_no_journal_runs_no_git() {
        // Spelled in pieces, so that this list is not itself a match.
        let forbidden = [
            concat!("store", "::git"),
            concat!("store", "::journal"),
            concat!("store", "::lock"),
            concat!("ctx", ".lock()"),
            concat!("ops::step", "::lock"),
            concat!("git", "::"),
            concat!(".save", "(&"),
        ];
        let mut found = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/cli"))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (n, line) in text.lines().enumerate() {
                        let code = line.split("//").next().unwrap_or_default();
                        if forbidden.iter().any(|f| code.contains(f)) {
                            found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                        }
                    }
                }
            }
        }
        assert!(found.is_empty(), "cli reaches past ops:\n{}", found.join("\n"));
    }

    /// Splits an example line as a shell would: words, with "double-quoted" text kept whole
    /// and a `#` comment dropped.
    fn words(line: &str) -> Vec<String> {
        let (mut out, mut word, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
        for c in line.chars() {
            match c {
                '"' => (quoted, any) = (!quoted, true),
                '#' if !quoted && word.is_empty() => break,
                c if c.is_whitespace() && !quoted => {
                    if any {
                        out.push(std::mem::take(&mut word));
                    }
                    any = false;
                }
                c => (word, any) = (word + &c.to_string(), true),
            }
        }
        if any {
            out.push(word);
        }
        out
    }

    /// Every step of the record groups ends its help with examples, and each example is a
    /// command line svc accepts, for that very step.
    #[test]
    fn every_step_has_examples_that_parse() {
        let cli = Cli::command();
        let mut checked = 0;
        for group in ["complaint", "capa", "leave", "attendance", "conduct", "box", "inspection", "training", "doc"] {
            let group = cli.find_subcommand(group).unwrap();
            for step in group.get_subcommands().filter(|s| s.get_name() != "help") {
                let path = format!("{} {}", group.get_name(), step.get_name());
                let help = step.get_after_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(help.starts_with("Examples:"), "`svc {path} --help` has no examples");
                let examples: Vec<&str> = help.lines().skip(1).filter(|l| l.trim_start().starts_with("svc ")).collect();
                assert!(!examples.is_empty(), "{path}");
                for example in examples {
                    let argv = words(example);
                    assert!(argv.join(" ").contains(&path), "`{example}` is not an example of {path}");
                    if let Err(e) = Cli::try_parse_from(&argv) {
                        panic!("`{example}` does not parse: {e}");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked >= 40, "{checked} examples");
    }

    fn chinese(name: &str) -> bool {
        name.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Every record group and every step can be typed in Chinese (`svc 投訴 新`,
    /// `svc 投诉 新增`), and the alias shows in `--help`.
    #[test]
    fn every_group_and_step_has_a_chinese_name() {
        let cli = Cli::command();
        for group in
            ["complaint", "capa", "leave", "attendance", "conduct", "box", "inspection", "training", "doc", "stats"]
        {
            let group = cli.find_subcommand(group).unwrap();
            assert!(group.get_visible_aliases().any(chinese), "svc {}", group.get_name());
            for step in group.get_subcommands().filter(|s| s.get_name() != "help") {
                assert!(step.get_visible_aliases().any(chinese), "svc {} {}", group.get_name(), step.get_name());
            }
        }
        for top in ["todo", "check", "sync", "init", "log", "repair"] {
            assert!(cli.find_subcommand(top).unwrap().get_visible_aliases().any(chinese), "svc {top}");
        }
    }

    #[test]
    fn a_step_typed_in_chinese_is_the_same_step() {
        let parse = |argv: &[&str]| format!("{:?}", Cli::try_parse_from(argv).unwrap());
        let english = parse(&["svc", "complaint", "new", "--channel", "in-person", "--room", "R1", "--summary", "x"]);
        assert_eq!(parse(&["svc", "投訴", "新", "--channel", "現場", "--room", "R1", "--summary", "x"]), english);
        assert_eq!(parse(&["svc", "投诉", "新增", "--channel", "现场", "--room", "R1", "--summary", "x"]), english);
        assert_eq!(
            parse(&["svc", "糾正", "驗證", "CAPA-2026-0001", "--effective", "--note", "n"]),
            parse(&["svc", "capa", "verify", "CAPA-2026-0001", "--effective", "--note", "n"])
        );
        assert_eq!(parse(&["svc", "检查"]), parse(&["svc", "check"]));
    }

    /// Every step the demo's 待辦 names (what the menu runs) is a command line svc accepts.
    #[test]
    fn every_todo_command_parses() {
        let repo = crate::store::repo::Repo::open(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let mut checked = 0;
        for day in ["2026-03-02", "2026-11-27", "2027-01-05"] {
            for item in crate::ops::todo::waiting(&repo, day.parse().unwrap()).unwrap() {
                let argv: Vec<&str> = item.command.split_whitespace().collect();
                if let Err(e) = Cli::try_parse_from(&argv) {
                    panic!("`{}` ({}): {e}", item.command, item.what);
                }
                checked += 1;
            }
        }
        assert!(checked >= 20, "{checked} commands");
    }

    /// Every flag, argument and value of every command says what it is (issue 19): a help
    /// text each, and each closed value its name or, for a ground, the procedure's words.
    #[test]
    fn every_flag_and_value_is_described() {
        fn walk(cmd: &clap::Command, path: String, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments().filter(|a| !["help", "version"].contains(&a.get_id().as_str())) {
                if arg.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
                // A value that is not a word (a ground, C1 to R5) says what it means; a
                // token is a word, named in the reader's language where it differs.
                for value in arg.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
                    let name = value.get_name();
                    let described = value.get_help().is_some_and(|h| !h.to_string().is_empty());
                    if !described && !name.chars().any(|c| c.is_ascii_lowercase()) {
                        missing.push(format!("{path} {} = {name}", arg.get_id()));
                    }
                }
            }
            for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
                walk(sub, format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "svc".into(), &mut missing);
        assert!(missing.is_empty(), "{} without a description:\n{}", missing.len(), missing.join("\n"));
    }

    #[test]
    fn example_words_split_like_a_shell() {
        assert_eq!(words(r#"svc a --note "兩週 內" b   # comment"#), ["svc", "a", "--note", "兩週 內", "b"]);
        assert_eq!(words(r#"svc --x """#), ["svc", "--x", ""]);
    }
}
