//! `svc stats`: the year's complaint statistics for management review (CC-4.8) and the
//! month's attendance statistics across rooms (ATT-5).
//!
//! Every format is built from the same list of sections, so the table, the CSV and the
//! HTML page always show the same figures. CSV is long format (section, item, measure,
//! value): one figure per row, which pivots cleanly in Excel and LibreOffice.

use std::io::{IsTerminal as _, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::t;
use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::attendance::sheet;
use super::context::Ctx;
use super::output::{neutralise_formula, table};
use crate::domain::complaint::Channel;
use crate::domain::date::Month;
use crate::domain::id::RecordKind;
use crate::domain::leave::LeaveKind;
use crate::domain::stats::{YearInput, YearlyReport, yearly};
use crate::domain::token::Token as _;
use crate::error::Error;
use crate::store::atomic;

mod centres;
mod html;
mod xlsx;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The complaint statistical analysis report of CC-4.8, from the register.
    #[command(visible_aliases = ["年度"])]
    Yearly(YearlyArgs),
    /// Attendance statistics across rooms for one month (ATT-5).
    #[command(visible_aliases = ["月度"])]
    Monthly(MonthlyArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum StatsFormat {
    #[default]
    Table,
    Csv,
    Json,
    Html,
    Xlsx,
}

#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// table, csv, json, html (a page to print) or xlsx (a workbook for Excel and
    /// LibreOffice: a sheet per table, numbers as numbers, the Pareto as a native chart;
    /// needs --output).
    #[arg(id = "stats_format", long = "format", value_name = "FORMAT", value_enum, default_value_t)]
    format: StatsFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// CSV without the UTF-8 byte-order mark (for programs rather than spreadsheets).
    #[arg(long)]
    no_bom: bool,
}

#[derive(Debug, Args)]
pub struct YearlyArgs {
    /// Default: the year of the day (--date).
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    /// Other centres' repositories to report across (a column per centre and a total);
    /// with none, this centre alone.
    #[arg(value_name = "DIR")]
    centres: Vec<std::path::PathBuf>,
    /// Coordination office head: record that these figures, as of the day (--date), were
    /// submitted to the management review (CC-4.8); prints the submission's id.
    #[arg(long, conflicts_with = "centres")]
    submit: bool,
    /// With --submit, when the year was submitted before: why it is submitted again (the
    /// figures changed). The new submission supersedes the latest one, which is kept.
    #[arg(long, requires = "submit")]
    reason: Option<String>,
    #[command(flatten)]
    out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct MonthlyArgs {
    /// YYYY-MM
    month: Month,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Yearly(args) => yearly_report(ctx, args),
        Command::Monthly(args) => monthly_report(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

/// One table of a report: a title, headings, and rows whose first cell names the item.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The Pareto table: (category, count, share, cumulative share, ...); the workbook draws
    /// its chart beside it.
    #[serde(skip)]
    pub pareto: bool,
}

impl Section {
    fn new(title: String, headers: Vec<String>) -> Section {
        Section { title, headers, rows: Vec::new(), pareto: false }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

fn yearly_report(ctx: &Ctx, args: YearlyArgs) -> Result<()> {
    let year = args.year.unwrap_or(ctx.today.year());
    if !args.centres.is_empty() {
        let (across, names) = centres::reports(&args.centres, year, ctx.today)?;
        let sections = centres::sections(&across, &names);
        let title = t!("stats-title-centres", year = year, n = across.centres.len());
        return emit(ctx.repo.root(), &args.out, &title, &sections, &across, html::Charts::default());
    }
    let (complaints, capas) = crate::ops::stats::facts_as_of(&ctx.repo, ctx.today)?;
    let config = ctx.repo.config();
    let input = YearInput {
        year,
        today: ctx.today,
        complaints: &complaints,
        capas: &capas,
        calendar: ctx.repo.calendar(),
        config,
    };
    let report = yearly(&input);
    if args.submit {
        return submit(ctx, &report, args.reason);
    }
    let sections = yearly_sections(ctx, &report);
    let title = t!("stats-title-yearly", centre = &config.centre.name, year = year, day = report.as_of);
    let name = category_names(ctx);
    let charts = html::Charts {
        by_month: Some(report.by_month),
        pareto: report.pareto.iter().map(|p| (name(&p.category), p.count, p.cumulative)).collect(),
        footer: Some(html::Footer {
            centre: config.centre.name.clone(),
            period: format!("{year}-01-01 – {year}-12-31"),
            report_day: report.as_of.to_string(),
            review_sign_off: true,
        }),
    };
    emit(ctx.repo.root(), &args.out, &title, &sections, &report, charts)
}

/// CC-4.8: the year's figures go to the management review; the submission is a record
/// holding their digest, so they can be shown unchanged later.
fn submit(ctx: &Ctx, report: &crate::domain::stats::YearlyReport, reason: Option<String>) -> Result<()> {
    use crate::domain::review::Review;
    let by = ctx.actor()?;
    let reviews: Vec<Review> = ctx.repo.records(RecordKind::Review)?;
    let previous = reviews.iter().filter(|r| r.year == report.year).map(|r| r.id).max();
    let review = ctx.add(
        ctx.today.year(),
        |id| Review::submit(id, by, ctx.today, report, previous, reason),
        |r| format!("{} review: {} statistics submitted [CC-4.8]", r.id, r.year),
    )?;
    let id = review.id;
    errln!(
        "{}",
        t!(
            "review-submitted",
            id = id,
            year = review.year,
            day = review.submitted,
            n = review.complaints,
            digest = &review.digest[..12]
        )
    );
    outln!("{id}")?;
    Ok(())
}

/// The columns both attendance tables share: days on each kind of leave, then incidents.
fn leave_and_incident_headings() -> Vec<String> {
    vec![
        t!("stats-leave-post-days"),
        t!("stats-personal-leave-days"),
        t!("stats-sick-leave-days"),
        t!("stats-annual-leave-days"),
        t!("stats-late"),
        t!("stats-early"),
        t!("stats-absent"),
    ]
}

fn monthly_report(ctx: &Ctx, args: MonthlyArgs) -> Result<()> {
    let rows = sheet(ctx, args.month, None)?;
    let headings = [
        vec![t!("stats-room"), t!("stats-people"), t!("stats-passed"), t!("stats-failed")],
        leave_and_incident_headings(),
    ];
    let mut rooms = Section::new(t!("stats-rooms"), headings.concat());
    for room in &ctx.repo.config().rooms {
        let of_room: Vec<_> = rows.iter().filter(|r| r.room == room.id).collect();
        let passed = of_room.iter().filter(|r| r.passes).count();
        let mut cells =
            vec![room.to_string(), of_room.len().to_string(), passed.to_string(), (of_room.len() - passed).to_string()];
        for &kind in LeaveKind::ALL {
            let total = of_room.iter().fold(crate::domain::calendar::WorkDays::ZERO, |acc, r| acc + r.leave_days(kind));
            cells.push(total.to_string());
        }
        let sum = |f: fn(&&crate::domain::attendance::SheetRow) -> u32| of_room.iter().map(f).sum::<u32>().to_string();
        cells.extend([sum(|r| r.late), sum(|r| r.early), sum(|r| r.absent)]);
        rooms.row(cells);
    }
    let headings = [
        vec![t!("stats-staff"), t!("stats-room"), t!("stats-working-days")],
        leave_and_incident_headings(),
        vec![t!("stats-result")],
    ];
    let mut people = Section::new(t!("stats-section-people"), headings.concat());
    for r in &rows {
        let mut cells = vec![format!("{} {}", r.staff, r.name), r.room.clone(), r.working_days.to_string()];
        cells.extend(LeaveKind::ALL.iter().map(|k| r.leave_days(*k).to_string()));
        cells.extend([r.late.to_string(), r.early.to_string(), r.absent.to_string()]);
        cells.push(if r.passes { t!("stats-pass") } else { t!("stats-fail") }.to_string());
        people.row(cells);
    }
    let title = t!("stats-title-monthly", centre = &ctx.repo.config().centre.name, month = args.month);
    let json = super::shapes::MonthlyReport { month: args.month.to_string(), rows: &rows };
    let footer = html::Footer {
        centre: ctx.repo.config().centre.name.clone(),
        period: args.month.to_string(),
        report_day: ctx.today.to_string(),
        review_sign_off: false,
    };
    let charts = html::Charts { footer: Some(footer), ..html::Charts::default() };
    emit(ctx.repo.root(), &args.out, &title, &[rooms, people], &json, charts)
}

/// `--output` never writes over svc.toml or into records/ (or through a link there).
fn guard_output(root: &std::path::Path, path: &std::path::Path) -> Result<()> {
    let resolve = |p: &std::path::Path| -> std::path::PathBuf {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        let dir = parent.canonicalize().unwrap_or_else(|_| parent.to_path_buf());
        dir.join(p.file_name().unwrap_or_default())
    };
    let target = resolve(path);
    let target = target.canonicalize().unwrap_or(target);
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    if target == root.join(crate::store::repo::CONFIG_FILE)
        || target.starts_with(root.join(crate::store::repo::RECORDS_DIR))
    {
        return Err(Error::usage(crate::msg!("stats-output-in-records", path = path.display())).into());
    }
    Ok(())
}

/// What a report cell holds once read back from its text: the HTML page right-aligns
/// figures, the workbook stores them as numbers and percentages.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure<'a> {
    /// A count or a measure: `35`, `+3`, `-2`, `4.5`.
    Number(f64),
    /// `25.9%`, stored as 0.259 and shown as a percentage.
    Percent(f64),
    Text(&'a str),
}

/// The first column names the item (a month, a room, a category) and stays text even when
/// it looks like a number; the others are numbers where they read as one.
pub fn figure(text: &str, column: usize) -> Figure<'_> {
    let trimmed = text.trim();
    if column == 0 || trimmed.is_empty() {
        return Figure::Text(text);
    }
    if let Some(Ok(x)) = trimmed.strip_suffix('%').map(str::parse::<f64>) {
        return Figure::Percent(x / 100.0);
    }
    let plain = trimmed.strip_prefix('+').unwrap_or(trimmed);
    match plain.parse::<f64>() {
        Ok(x) if x.is_finite() && !plain.starts_with(['+', '.']) => Figure::Number(x),
        _ => Figure::Text(text),
    }
}

/// Writes the report in the chosen format to stdout or `--output` (atomically).
fn emit(
    root: &std::path::Path,
    out: &OutputArgs,
    title: &str,
    sections: &[Section],
    json: &impl Serialize,
    charts: html::Charts,
) -> Result<()> {
    if out.format == StatsFormat::Xlsx && out.output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::usage(crate::msg!("stats-workbook-needs-output")).into());
    }
    let mut buffer = Vec::new();
    match out.format {
        StatsFormat::Table => {
            writeln!(buffer, "{title}")?;
            for s in sections {
                writeln!(buffer, "\n{}", s.title)?;
                writeln!(buffer, "{}", table(&s.headers, &s.rows))?;
            }
        }
        StatsFormat::Csv => write_long_csv(&mut buffer, sections, !out.no_bom)?,
        StatsFormat::Json => writeln!(buffer, "{}", super::output::json_text(json)?)?,
        StatsFormat::Html => buffer.extend(html::page(title, sections, &charts).into_bytes()),
        StatsFormat::Xlsx => buffer = xlsx::workbook(title, sections, &charts)?,
    }
    match &out.output {
        Some(path) => {
            guard_output(root, path)?;
            atomic::replace(&atomic::beside(path), path, &buffer)
                .with_context(|| crate::t!("io-cannot-write", path = path.display()))?;
            errln!("{}", t!("schema-wrote", path = path.display()));
        }
        None => std::io::stdout().lock().write_all(&buffer)?,
    }
    Ok(())
}

/// Long format: one figure per row, `section,item,measure,value`.
fn write_long_csv(out: &mut impl Write, sections: &[Section], bom: bool) -> Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    writer
        .write_record([t!("stats-section"), t!("stats-item"), t!("stats-measure"), t!("stats-value")])
        .map_err(super::output::csv_error)?;
    for s in sections {
        for row in &s.rows {
            let item = row.first().map(String::as_str).unwrap_or_default();
            for (measure, value) in s.headers.iter().zip(row).skip(1) {
                let cells = [s.title.as_str(), item, measure.as_str(), value.as_str()];
                writer
                    .write_record(cells.iter().map(|c| neutralise_formula(c).into_owned()))
                    .map_err(super::output::csv_error)?;
            }
        }
    }
    writer.flush()?;
    Ok(())
}

fn percent(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// A cause category as the report's reader names it: its id in English, its name (from
/// svc.toml, the centre's own words) otherwise.
fn category_names(ctx: &Ctx) -> impl Fn(&str) -> String + '_ {
    let english = crate::i18n::current() == crate::i18n::Lang::En;
    move |id: &str| match english {
        true => id.to_string(),
        false => ctx
            .repo
            .config()
            .complaints
            .cause_categories
            .iter()
            .find(|c| c.id == id)
            .map_or(id.to_string(), |c| c.name.clone()),
    }
}

fn yearly_sections(ctx: &Ctx, r: &YearlyReport) -> Vec<Section> {
    let count = t!("stats-count");
    let name = category_names(ctx);
    // CC-4.8: every format states what the figures are: the year's complaints, and all
    // that is known about them on the report day.
    let mut report = Section::new(t!("stats-report"), vec![t!("stats-report-item"), t!("stats-report-value")]);
    report.row(vec![t!("stats-report-centre"), ctx.repo.config().centre.name.clone()]);
    report.row(vec![t!("stats-report-year"), r.year.to_string()]);
    report.row(vec![t!("stats-report-day"), r.as_of.to_string()]);
    report.row(vec![t!("stats-report-basis"), t!("stats-report-basis-text", year = r.year, day = r.as_of)]);
    let mut summary = Section::new(t!("stats-summary"), vec![t!("stats-figure"), count.clone()]);
    summary.row(vec![t!("stats-complaints"), r.complaints.to_string()]);
    summary.row(vec![t!("stats-praise-not-complaints"), r.praise.to_string()]);
    for (key, label) in [
        ("ours", t!("stats-the-centre-s-responsibility")),
        ("customer", t!("stats-the-customer-s-responsibility")),
        ("untriaged", t!("stats-not-yet-triaged")),
    ] {
        summary.row(vec![label, r.by_responsibility.get(key).copied().unwrap_or(0).to_string()]);
    }

    let mut months = Section::new(t!("stats-by-month"), vec![t!("stats-month"), count.clone()]);
    for (i, n) in r.by_month.iter().enumerate() {
        months.row(vec![format!("{}-{:02}", r.year, i + 1), n.to_string()]);
    }

    let mut channels = Section::new(t!("stats-by-channel"), vec![t!("stats-channel"), count.clone()]);
    for channel in [Channel::InPerson, Channel::Phone, Channel::Box, Channel::Letter, Channel::Email] {
        channels.row(vec![channel.name().to_string(), r.by_channel.get(&channel).copied().unwrap_or(0).to_string()]);
    }

    let mut rooms = Section::new(t!("stats-by-room"), vec![t!("stats-room"), count.clone()]);
    for room in &ctx.repo.config().rooms {
        rooms.row(vec![room.to_string(), r.by_room.get(room.id.as_str()).copied().unwrap_or(0).to_string()]);
    }

    let mut pareto = Section::new(
        t!("stats-cause-categories-pareto"),
        vec![
            t!("stats-cause-category"),
            count.clone(),
            t!("stats-share"),
            t!("stats-cumulative-share"),
            t!("stats-vital-few"),
        ],
    );
    pareto.pareto = true;
    for p in &r.pareto {
        let vital = if p.vital { t!("stats-yes") } else { t!("stats-no") };
        pareto.row(vec![name(&p.category), p.count.to_string(), percent(p.share), percent(p.cumulative), vital]);
    }

    // No comparison with a year that has no records (it read 上年 0 / +35).
    let compared = r.previous_year.complaints > 0;
    let mut change = Section::new(
        t!("stats-change-against-the-previous-year"),
        vec![t!("stats-figure"), t!("stats-this-year"), t!("stats-previous-year"), t!("stats-change")],
    );
    let delta = |now: u32, before: u32| format!("{:+}", i64::from(now) - i64::from(before));
    change.row(vec![
        t!("stats-complaints"),
        r.complaints.to_string(),
        r.previous_year.complaints.to_string(),
        delta(r.complaints, r.previous_year.complaints),
    ]);
    let recurring = r.recurrences.len() as u32;
    change.row(vec![
        t!("stats-recurrences"),
        recurring.to_string(),
        r.previous_year.recurrences.to_string(),
        delta(recurring, r.previous_year.recurrences),
    ]);
    // Every category of either year: one that fell to zero this year still shows.
    let mut categories: Vec<&String> = r.pareto.iter().map(|p| &p.category).collect();
    for c in r.previous_year.by_category.keys() {
        if !categories.contains(&c) {
            categories.push(c);
        }
    }
    for c in categories {
        let now = r.pareto.iter().find(|p| &p.category == c).map_or(0, |p| p.count);
        let before = r.previous_year.by_category.get(c).copied().unwrap_or(0);
        change.row(vec![name(c), now.to_string(), before.to_string(), delta(now, before)]);
    }

    let mut recurrence = Section::new(
        t!("stats-recurrence-after-an-effective-verification-same"),
        vec![t!("stats-complaint"), t!("stats-came-back-after"), t!("stats-cause-category"), t!("stats-room")],
    );
    for x in &r.recurrences {
        recurrence.row(vec![x.complaint.to_string(), x.after.to_string(), name(&x.cause), x.room.clone()]);
    }
    let mut recurring_causes =
        Section::new(t!("stats-recurrences-by-cause"), vec![t!("stats-cause-category"), count.clone()]);
    let mut recurring_rooms = Section::new(t!("stats-recurrences-by-room"), vec![t!("stats-room"), count.clone()]);
    for p in &r.pareto {
        let n = r.recurrences.iter().filter(|x| x.cause == p.category).count();
        recurring_causes.row(vec![name(&p.category), n.to_string()]);
    }
    for room in &ctx.repo.config().rooms {
        let n = r.recurrences.iter().filter(|x| x.room == room.id).count();
        recurring_rooms.row(vec![room.to_string(), n.to_string()]);
    }

    let c = &r.capa;
    let mut capa =
        Section::new(t!("stats-corrective-and-preventive-actions"), vec![t!("stats-figure"), t!("stats-value")]);
    let add = |capa: &mut Section, label: String, value: String| capa.row(vec![label, value]);
    add(&mut capa, t!("stats-capas-opened-across"), c.opened.to_string());
    add(&mut capa, t!("stats-capas-verified-effective-closed"), c.closed.to_string());
    add(&mut capa, t!("stats-still-open-at-the-end-of-the-period"), c.open_at_end.to_string());
    for (rounds, n) in &c.rounds_needed {
        let label = t!("stats-closed-after-rounds", n = rounds);
        capa.row(vec![label, n.to_string()]);
    }
    add(
        &mut capa,
        t!("stats-first-time-effectiveness-rate"),
        c.first_time_rate.map(percent).unwrap_or_else(|| "-".into()),
    );
    add(&mut capa, t!("stats-verifications-within-5-working-days-cc-4-5"), c.verifications_on_time.to_string());
    add(&mut capa, t!("stats-verifications-late"), c.verifications_late.to_string());
    add(&mut capa, t!("stats-actions-done"), c.actions_done.to_string());
    add(&mut capa, t!("stats-actions-done-by-their-planned-date"), c.actions_done_by_due.to_string());
    add(&mut capa, t!("stats-reminders-sent"), c.reminders.to_string());
    add(
        &mut capa,
        t!("stats-median-working-days-from-complaint-to-closing"),
        c.median_days_to_close.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
    );

    let mut replies = Section::new(t!("stats-replies-to-customers-cc-4-7"), vec![t!("stats-figure"), count.clone()]);
    replies.row(vec![t!("stats-reply-wanted"), r.replies.wanted.to_string()]);
    replies.row(vec![t!("stats-reply-given"), r.replies.given.to_string()]);
    replies.row(vec![t!("stats-outstanding"), r.replies.outstanding.to_string()]);

    let mut sections = vec![report, summary, months, channels, rooms, pareto];
    if compared {
        sections.push(change);
    }
    sections.extend([recurring_causes, recurring_rooms, recurrence, capa, replies]);
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_percentages_are_read_back_items_stay_text() {
        assert_eq!(figure("35", 1), Figure::Number(35.0));
        assert_eq!(figure("+3", 3), Figure::Number(3.0));
        assert_eq!(figure("-2", 3), Figure::Number(-2.0));
        assert_eq!(figure("4.5", 2), Figure::Number(4.5));
        assert_eq!(figure("25.9%", 2), Figure::Percent(0.259));
        assert_eq!(figure("2026-01", 0), Figure::Text("2026-01"));
        assert_eq!(figure("12", 0), Figure::Text("12"), "the item column is a name");
        assert_eq!(figure("是", 4), Figure::Text("是"));
        assert_eq!(figure("2026-01-05", 2), Figure::Text("2026-01-05"));
        assert_eq!(figure("inf", 1), Figure::Text("inf"));
        assert_eq!(figure("", 1), Figure::Text(""));
    }
}
