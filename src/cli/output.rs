//! Tables for the terminal, CSV for spreadsheets, JSON for scripts.

use std::io::Write;

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
}

/// `--format` and `--no-bom`, shared by every list command.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct ListOutput {
    /// table (for people), csv (for spreadsheets) or json (for programs).
    #[arg(id = "list_format", long = "format", value_name = "FORMAT", value_enum, default_value_t)]
    pub format: Format,
    /// CSV without the UTF-8 byte-order mark (for programs rather than spreadsheets).
    #[arg(long)]
    pub no_bom: bool,
}

/// `show ID [--format table|json]`, shared by every record kind.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The record to show, by its id (CMP-…, CAPA-…, LV-…).
    #[arg(add = super::complete::records())]
    pub id: String,
    /// `table` (the record as labelled lines) or `json`.
    #[arg(id = "show_format", long = "format", value_name = "FORMAT", value_enum, default_value_t)]
    pub format: Format,
}

/// A record shown as labelled lines: `label        value`.
#[derive(Debug, Default)]
pub struct Form(String);

impl Form {
    /// A line labelled by a heading (`column-…` of the catalogue), values aligned.
    pub fn line(&mut self, label: &str, value: impl std::fmt::Display) {
        let label = if label.is_empty() { String::new() } else { heading(label) };
        self.0.push_str(&format!("{} {}\n", pad(&label, 12), visible(&value.to_string())));
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// Prints a record as pretty JSON, dates as `YYYY-MM-DD`.
pub fn print_json<T: Serialize>(record: &T) -> Result<()> {
    outln!("{}", json_text(record)?)?;
    Ok(())
}

/// A table of text cells, rendered in any [`Format`].
pub struct Grid {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    /// Columns a narrow terminal may drop, least needed first.
    pub optional: Vec<&'static str>,
}

impl Grid {
    /// Prints in `format`; `json` builds the JSON form, only when that is asked for.
    pub fn print<J: Serialize>(&self, out: ListOutput, json: impl FnOnce() -> Result<J>) -> Result<()> {
        let stdout = std::io::stdout();
        let mut stream = stdout.lock();
        match out.format {
            Format::Table => {
                drop(stream);
                return print_paged(&self.table_without(&self.optional).to_string());
            }
            Format::Csv => self.write_csv(&mut stream, !out.no_bom)?,
            Format::Json => writeln!(stream, "{}", json_text(&json()?)?)?,
        }
        Ok(())
    }

    /// Prints a list of records: JSON is the records themselves; the table is followed
    /// (on stderr) by a count, `34 complaint(s)`.
    pub fn print_records<T: Serialize>(
        &self,
        out: ListOutput,
        records: &[T],
        counted: impl FnOnce(usize) -> String,
    ) -> Result<()> {
        self.print(out, || records.iter().map(to_json).collect::<Result<Vec<_>>>())?;
        if out.format == Format::Table {
            errln!("{}", counted(records.len()));
        }
        Ok(())
    }

    /// The table; on a terminal narrower than it, the columns named in `optional` are
    /// dropped, in that order, until it fits (the rest wrap).
    pub fn table_without(&self, optional: &[&str]) -> Table {
        let shown = |keep: &[usize]| keep.iter().map(|i| heading(self.headers[*i])).collect::<Vec<_>>();
        let mut keep: Vec<usize> = (0..self.headers.len()).collect();
        let keys = |keep: &[usize]| keep.iter().map(|i| self.headers[*i]).collect::<Vec<_>>();
        let Some(width) = terminal_width() else { return render(shown(&keep), &keys(&keep), &self.rows) };
        for column in optional {
            let natural = natural_width(&shown(&keep), &self.pick(&keep));
            if natural <= usize::from(width) {
                break;
            }
            keep.retain(|i| self.headers[*i] != *column);
        }
        render(shown(&keep), &keys(&keep), &self.pick(&keep))
    }

    fn pick(&self, keep: &[usize]) -> Vec<Vec<String>> {
        self.rows.iter().map(|r| keep.iter().map(|i| r[*i].clone()).collect()).collect()
    }

    /// UTF-8 CSV, with a byte-order mark so Excel reads Chinese correctly, and free text
    /// neutralised so no cell runs as a formula.
    pub fn write_csv(&self, out: &mut impl Write, bom: bool) -> Result<()> {
        if bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
        writer.write_record(self.headers.iter().map(|h| heading(h))).map_err(csv_error)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(|c| neutralise_formula(&visible(c)).into_owned())).map_err(csv_error)?;
        }
        writer.flush()?;
        Ok(())
    }
}

/// A CSV writer's failure as what it is: an I/O error stays one (so a closed pipe is the
/// quiet end it should be, exit 0), anything else is reported as it came.
pub fn csv_error(e: csv::Error) -> anyhow::Error {
    if !e.is_io_error() {
        return e.into();
    }
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io.into(),
        other => anyhow::anyhow!("{other:?}"),
    }
}

/// A table sized to its content (never to the terminal), so output is the same everywhere.
pub fn table(headers: &[impl ToString], rows: &[Vec<String>]) -> Table {
    let headers: Vec<String> = headers.iter().map(ToString::to_string).collect();
    render(headers, &[], rows)
}

/// A table whose columns `keys` name (`status`, `overdue`, …) are coloured on a terminal.
fn render(headers: Vec<String>, keys: &[&str], rows: &[Vec<String>]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    // Fitted to the terminal when there is one (or COLUMNS says how wide); otherwise sized
    // to its content, so piped output and files are the same everywhere. Widths count
    // Chinese characters as two columns.
    let fitted = terminal_width();
    match fitted {
        Some(width) => {
            table.set_content_arrangement(ContentArrangement::DynamicFullWidth).set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    let colour = colour_wanted();
    if colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    // Each column's colouring, decided once per table (the status names in the reader's
    // language are looked up here, not for every cell).
    let statuses = StatusNames::new();
    let columns: Vec<Option<&str>> = (0..headers.len()).map(|i| keys.get(i).copied().filter(|_| colour)).collect();
    for row in rows {
        table.add_row(row.iter().enumerate().map(|(i, cell)| {
            let text = visible(cell).into_owned();
            match columns.get(i).copied().flatten().and_then(|key| statuses.colour(key, cell)) {
                Some(c) => comfy_table::Cell::new(text).fg(c),
                None => comfy_table::Cell::new(text),
            }
        }));
    }
    match fitted {
        Some(width) => {
            table.set_header(headers.clone());
            keep_whole(&mut table, &headers, rows, usize::from(width));
        }
        None => {
            table.set_header(headers);
        }
    }
    table
}

/// Fitted to a terminal, text columns wrap but ids, dates and short names never break
/// (issue 19: ids and dates were cut mid-word at 80 columns). A column whose every cell is
/// short (16 columns at most, one space at most: `CAPA-2026-0021`, `2026-02-03 09:00`, `S42
/// 鄭凱`) keeps its width, ids and dates first, as long as the others keep room to wrap in.
fn keep_whole(table: &mut Table, headers: &[String], rows: &[Vec<String>], available: usize) {
    use comfy_table::{ColumnConstraint, Width};
    let columns = headers.len();
    let mut candidates: Vec<(bool, usize, usize)> = (0..columns)
        .filter_map(|i| {
            let cells: Vec<&String> = rows.iter().filter_map(|r| r.get(i)).collect();
            let short = cells.iter().all(|c| width(c) <= 16 && c.matches(char::is_whitespace).count() <= 1);
            let widest = cells.iter().map(|c| width(c)).max().unwrap_or(0).max(headers.get(i).map_or(0, |h| width(h)));
            let id_or_date = cells.iter().all(|c| c.contains(|ch: char| ch.is_ascii_digit()) && c.contains('-'));
            (short && widest > 0).then_some((!id_or_date, i, widest))
        })
        .collect();
    candidates.sort();
    // Ids and dates first, left to right. Borders and padding: 3 per column and 1; each
    // column not fixed keeps 4 to wrap in.
    let mut used = 3 * columns + 1;
    let mut fixed = 0;
    for (_, i, widest) in candidates {
        let others = columns - fixed - 1;
        if used + widest + 4 * others > available {
            continue;
        }
        if let Some(column) = table.column_mut(i) {
            // Absolute: comfy-table's lower boundary yields to its even spread; the width
            // given is the cell's, its padding of one space each side included.
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(widest as u16 + 2)));
            used += widest;
            fixed += 1;
        }
    }
}

/// Prints a table: on a terminal, output longer than the screen goes through a pager as
/// git's does (`SVC_PAGER`, else `PAGER`, else `less -FRX`; `cat` turns it off); piped or
/// redirected, it is written as it is.
pub fn print_paged(text: &str) -> Result<()> {
    use std::io::IsTerminal;
    let (rows, _) = dialoguer::console::Term::stdout().size_checked().unwrap_or((0, 0));
    let chosen = std::env::var("SVC_PAGER").or_else(|_| std::env::var("PAGER")).ok();
    let pager = pager_for(std::io::stdout().is_terminal(), rows, text.lines().count(), chosen);
    if let Some(pager) = pager
        && through_pager(&pager, text).is_some()
    {
        return Ok(());
    }
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}

/// The pager to use, as git decides it: only on a terminal, only for more lines than the
/// screen holds, the one named (`SVC_PAGER`, then `PAGER`) or `less -FRX`; `cat` or an
/// empty name means none.
fn pager_for(terminal: bool, rows: u16, lines: usize, chosen: Option<String>) -> Option<String> {
    let pager = chosen.unwrap_or_else(|| "less -FRX".into());
    let none = pager.trim().is_empty() || pager.trim() == "cat";
    (terminal && rows > 0 && lines >= usize::from(rows) && !none).then_some(pager)
}

/// Runs `pager` (a command line, split on spaces) with `text` on its input; None when it
/// cannot be started, so the caller prints instead.
fn through_pager(pager: &str, text: &str) -> Option<()> {
    let mut words = pager.split_whitespace();
    let mut child = std::process::Command::new(words.next()?)
        .args(words)
        .env("LESS", std::env::var("LESS").unwrap_or_else(|_| "FRX".into()))
        .stdin(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    if let Some(mut input) = child.stdin.take() {
        // A pager quit early closes its input: not an error.
        let _ = writeln!(input, "{text}");
    }
    let _ = child.wait();
    Some(())
}

/// The columns `text` takes on a terminal: Chinese (and other wide) characters count two,
/// as comfy-table counts them (the same unicode-width tables).
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` padded with spaces to `columns` terminal columns.
pub fn pad(text: &str, columns: usize) -> String {
    format!("{text}{}", " ".repeat(columns.saturating_sub(width(text))))
}

/// A column's heading in the current language: the catalogue's `column-…` for its key
/// (`working days` → `column-working-days`).
pub fn heading(key: &str) -> String {
    crate::i18n::message(&format!("column-{}", key.replace(' ', "-")), None)
}

/// Colour only for a person at a terminal: never into a pipe or file, never with
/// `NO_COLOR` set (no-color.org) or on a dumb terminal.
fn colour_wanted() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// The statuses coloured as done (green) or refused (red), by their names in the reader's
/// language; any other status is under way (yellow). A non-empty `overdue` cell is red.
struct StatusNames {
    done: Vec<String>,
    refused: Vec<String>,
}

impl StatusNames {
    fn new() -> StatusNames {
        use crate::domain::capa::CapaStatus;
        use crate::domain::complaint::ComplaintStatus as C;
        use crate::domain::leave::LeaveStatus as L;
        use crate::domain::token::Token;
        let done = [C::Closed.name(), C::Explained.name(), C::Praise.name(), CapaStatus::Effective.name()]
            .map(|n| n.to_string());
        StatusNames {
            done: [done.as_slice(), &[L::Approved.name().to_string(), L::Noted.name().to_string()]].concat(),
            refused: vec![L::Rejected.name().to_string(), L::Cancelled.name().to_string()],
        }
    }

    fn colour(&self, key: &str, cell: &str) -> Option<comfy_table::Color> {
        use comfy_table::Color;
        match key {
            "status" => {
                let first = cell.split_whitespace().next().unwrap_or_default();
                match () {
                    _ if first.is_empty() => None,
                    _ if self.done.iter().any(|n| n == first) => Some(Color::Green),
                    _ if self.refused.iter().any(|n| n == first) => Some(Color::Red),
                    _ => Some(Color::Yellow),
                }
            }
            "overdue" if !cell.trim().is_empty() => Some(Color::Red),
            _ => None,
        }
    }
}

/// The width a table needs for its content on one line per row.
fn natural_width(headers: &[String], rows: &[Vec<String>]) -> usize {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled);
    t.set_header(headers.to_vec());
    for row in rows {
        t.add_row(row.clone());
    }
    t.column_max_content_widths().iter().map(|w| usize::from(*w) + 3).sum::<usize>() + 1
}

/// The width to fit tables to: `COLUMNS` when set, else the terminal's when stdout is one.
fn terminal_width() -> Option<u16> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()).filter(|c| *c >= 20) {
        return Some(cols);
    }
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        // A terminal that reports no size (0 columns, as a bare pseudo-terminal does) is
        // treated as no width at all, not squeezed to one character per column.
        return Table::new().width().filter(|w| *w >= 20);
    }
    None
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula
/// by a spreadsheet (CSV injection); a leading apostrophe keeps it text. Plain numbers and
/// dates never start with those, so they are untouched.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let starts_formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let is_number = cell.parse::<f64>().is_ok();
    if starts_formula && !is_number { format!("'{cell}").into() } else { cell.into() }
}

/// Converts anything to JSON with dates as plain `YYYY-MM-DD` strings (and moments as
/// `YYYY-MM-DDTHH:MM:SS`): record types serialize dates in TOML's own form, which serde_json
/// would otherwise show as `{"$__toml_private_datetime": ...}`.
pub fn to_json<T: Serialize>(value: &T) -> Result<serde_json::Value> {
    Ok(plain_dates(serde_json::to_value(value)?))
}

/// Pretty JSON text with plain dates: what every `--format json` prints.
pub fn json_text<T: Serialize>(value: &T) -> Result<String> {
    Ok(serde_json::to_string_pretty(&to_json(value)?)?)
}

/// As [`json_text`] of `head` with its array field `list` holding `items`, byte for byte,
/// written to `out` as it goes: each item is turned into JSON on its own, so a report of
/// 50,000 findings never exists as one tree (which took 200 MB beside the findings, more
/// than the records checked). `head` serializes to an object whose `list` is empty.
pub fn write_json_with_list<H: Serialize, I: Serialize>(
    out: &mut impl Write,
    head: &H,
    list: &str,
    items: impl IntoIterator<Item = I>,
) -> Result<()> {
    let serde_json::Value::Object(fields) = to_json(head)? else {
        anyhow::bail!("a report head is a JSON object");
    };
    let mut items = Some(items);
    writeln!(out, "{{")?;
    for (n, (key, value)) in fields.iter().enumerate() {
        write!(out, "  {}: ", serde_json::to_string(key)?)?;
        if let Some(items) = items.take_if(|_| key == list) {
            write_items(out, items.into_iter().map(|item| to_json(&item)))?;
        } else {
            out.write_all(indented(&serde_json::to_string_pretty(value)?, 1).as_bytes())?;
        }
        writeln!(out, "{}", if n + 1 < fields.len() { "," } else { "" })?;
    }
    writeln!(out, "}}")?;
    Ok(())
}

/// A JSON array one level down, as serde_json's pretty printer writes it.
fn write_items(out: &mut impl Write, items: impl Iterator<Item = Result<serde_json::Value>>) -> Result<()> {
    let mut items = items.peekable();
    if items.peek().is_none() {
        write!(out, "[]")?;
        return Ok(());
    }
    write!(out, "[")?;
    let mut first = true;
    for item in items {
        write!(out, "{}\n    ", if first { "" } else { "," })?;
        out.write_all(indented(&serde_json::to_string_pretty(&item?)?, 2).as_bytes())?;
        first = false;
    }
    write!(out, "\n  ]")?;
    Ok(())
}

/// Pretty JSON moved `levels` levels right (two spaces each) after its first line: JSON
/// text holds no newline but the printer's own (a newline in a string is `\n`).
fn indented(json: &str, levels: usize) -> String {
    json.replace('\n', &format!("\n{}", "  ".repeat(levels)))
}

const TOML_DATETIME: &str = "$__toml_private_datetime";

fn plain_dates(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        J::Object(map) if map.len() == 1 && map.contains_key(TOML_DATETIME) => {
            map.into_iter().next().map(|(_, v)| v).unwrap_or(J::Null)
        }
        J::Object(map) => J::Object(map.into_iter().map(|(k, v)| (k, plain_dates(v))).collect()),
        J::Array(items) => J::Array(items.into_iter().map(plain_dates).collect()),
        other => other,
    }
}

/// Replaces control characters (terminal escapes among them) with visible `\u{..}` forms,
/// so text from a record can never drive the terminal. Newlines and tabs stay.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    escaped(text, is_hostile)
}

/// As [`visible`], and newlines and tabs escaped too: text that must stay on its line (a
/// file name in `file:line:col: …`).
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    escaped(text, |c| is_hostile(c) || c.is_control())
}

/// `text` with every character `escape` picks written as `\u{..}`.
fn escaped(text: &str, escape: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(&escape) {
        return text.into();
    }
    text.chars()
        .map(|c| if escape(c) { c.escape_unicode().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}

fn is_hostile(c: char) -> bool {
    crate::domain::fields::is_hostile_char(c)
}

/// Shortens free text for a table cell, by characters (never splitting one).
pub fn clip(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() { format!("{head}…") } else { head }
}

#[cfg(test)]
mod pager_tests {
    use super::pager_for;

    #[test]
    fn long_output_on_a_terminal_goes_through_the_pager_as_git_does() {
        assert_eq!(pager_for(true, 40, 41, None).as_deref(), Some("less -FRX"));
        assert_eq!(pager_for(true, 40, 41, Some("more".into())).as_deref(), Some("more"));
        assert_eq!(pager_for(true, 40, 12, None), None, "fits on the screen");
        assert_eq!(pager_for(false, 40, 400, None), None, "piped: never");
        assert_eq!(pager_for(true, 0, 400, None), None, "a terminal of unknown height");
        assert_eq!(pager_for(true, 40, 400, Some("cat".into())), None, "turned off");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_numbers_kept() {
        assert_eq!(neutralise_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("-3"), "-3");
        assert_eq!(neutralise_formula("+86 138"), "'+86 138");
        assert_eq!(neutralise_formula("窗口"), "窗口");
    }

    #[test]
    fn csv_has_bom_crlf_and_chinese() {
        let grid = Grid {
            headers: vec!["id", "summary"],
            rows: vec![vec!["1".into(), "態度, \"差\"".into()]],
            optional: Vec::new(),
        };
        let mut out = Vec::new();
        grid.write_csv(&mut out, true).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\u{feff}id,summary\r\n1,\"態度, \"\"差\"\"\"\r\n");
    }

    /// The streamed report is the one built whole, byte for byte: empty, one item, several
    /// (with dates in TOML's form, nested objects, lists and text that needs escaping).
    #[test]
    fn a_list_written_as_it_goes_is_the_whole_report() {
        #[derive(Serialize)]
        struct Report<'a> {
            zeta: Vec<u32>,
            files: usize,
            items: &'a [Item],
            alpha: &'a str,
        }
        #[derive(Serialize)]
        struct Item {
            on: crate::domain::date::Date,
            said: String,
            nested: Vec<Vec<u8>>,
            empty: Vec<u8>,
        }
        let item = |n: u8| Item {
            on: "2026-02-03".parse().unwrap(),
            said: format!("line\n\"{n}\"\t窗口"),
            nested: vec![vec![n, 2], vec![]],
            empty: vec![],
        };
        for items in [vec![], vec![item(1)], vec![item(1), item(2), item(3)]] {
            let whole = Report { zeta: vec![1, 2], files: 3, items: &items, alpha: "a\nb" };
            let head = Report { items: &[], ..whole };
            let mut streamed = Vec::new();
            write_json_with_list(&mut streamed, &head, "items", &items).unwrap();
            let whole = Report { items: &items, ..head };
            let expected = format!("{}\n", json_text(&whole).unwrap());
            assert_eq!(String::from_utf8(streamed).unwrap(), expected);
        }
    }

    #[test]
    fn clip_counts_characters() {
        assert_eq!(clip("窗口態度很差", 4), "窗口態度…");
        assert_eq!(clip("短", 4), "短");
    }
}

/// What comes next, said in the reader's language, with the command to type on a line of
/// its own below it (on a terminal the command asks for whatever it still needs).
pub fn say_next(what: String, command: String) {
    errln!("{}", crate::t!("next-step", what = what));
    errln!("    {command}");
}
