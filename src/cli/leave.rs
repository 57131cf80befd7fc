//! `svc leave`: leave slips (離崗/事(病)假條) routed by role and length (ATT-2 to ATT-4).

use std::process::ExitCode;
use std::str::FromStr;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::ask::Ask;
use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, print_json};
use crate::domain::calendar::Calendar;
use crate::domain::config::Staff;
use crate::domain::date::{Date, DateTime, Month};
use crate::domain::id::RecordKind;
use crate::domain::leave::{Leave, LeaveKind, LeaveRequest, LeaveStatus};
use crate::domain::token::Token as _;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "Leave slips routed by role and length (ATT-2 to ATT-4)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 2] = ["請假", "请假"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ask for leave; prints the slip's id, and on stderr its working days and route.
    #[command(visible_aliases = ["申請", "申请"])]
    Request(RequestArgs),
    /// Approve the next step of a slip (or record the seconding unit's step, --reference).
    #[command(after_help = "Examples:
  svc --as S40 leave approve LV-2026-0001
  svc --as S02 leave approve LV-2026-0002 --reference \"商務人〔2026〕31號\"   # the seconding unit's step")]
    #[command(visible_aliases = ["批准"])]
    Approve(ApproveArgs),
    /// Reject a slip at its next step.
    #[command(after_help = "Examples:
  svc --as S40 leave reject LV-2026-0001 --reason \"當日窗口人手不足\"")]
    #[command(visible_aliases = ["駁回", "驳回"])]
    Reject(RejectArgs),
    /// File (備案) an approved slip with the coordination office.
    #[command(after_help = "Examples:
  svc --as S02 leave file LV-2026-0001")]
    #[command(visible_aliases = ["備案", "备案"])]
    File(IdArgs),
    /// Withdraw a slip before the leave starts.
    #[command(after_help = "Examples:
  svc --as S21 leave cancel LV-2026-0001 --note \"行程取消\"")]
    #[command(visible_aliases = ["撤銷", "撤销"])]
    Cancel(CancelArgs),
    /// Leave slips, filtered.
    #[command(after_help = "Examples:
  svc leave list --month 2026-07 --status pending
  svc leave list --room R2 --kind 病假
  svc leave list --staff S21 --format csv")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// One slip with its route: steps done and to do.
    #[command(after_help = "Examples:
  svc leave show LV-2026-0001")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

/// A moment typed on the command line: `2026-03-02`, `2026-03-02 am`, `2026-03-02 pm` or
/// `2026-03-02 13:30`. A bare date starts with the morning session (`--from`) or runs to the
/// end of the afternoon session (`--to`); `am`/`pm` are the calendar's two sessions.
#[derive(Debug, Clone, Copy)]
pub enum Moment {
    Day(Date),
    Morning(Date),
    Afternoon(Date),
    At(DateTime),
}

impl FromStr for Moment {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Ok(d) = t.parse::<Date>() {
            return Ok(Moment::Day(d));
        }
        if let Some((d, half)) = t.split_once([' ', 'T'])
            && let Ok(d) = d.parse::<Date>()
        {
            match half.trim().to_ascii_lowercase().as_str() {
                "am" | "上午" => return Ok(Moment::Morning(d)),
                "pm" | "下午" => return Ok(Moment::Afternoon(d)),
                _ => {}
            }
        }
        t.parse::<DateTime>().map(Moment::At).map_err(|_| t!("leave-bad-moment", text = t))
    }
}

impl Moment {
    fn start(self, cal: &Calendar) -> DateTime {
        match self {
            Moment::Day(d) | Moment::Morning(d) => at(d, cal.morning().start),
            Moment::Afternoon(d) => at(d, cal.afternoon().start),
            Moment::At(t) => t,
        }
    }

    fn end(self, cal: &Calendar) -> DateTime {
        match self {
            Moment::Morning(d) => at(d, cal.morning().end),
            Moment::Day(d) | Moment::Afternoon(d) => at(d, cal.afternoon().end),
            Moment::At(t) => t,
        }
    }
}

fn at(day: Date, minute: u32) -> DateTime {
    DateTime::at(day, minute)
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  svc --as S40 leave request --staff S40 --kind 病假 --from 2026-07-13 --to 2026-07-17 --reason \"手術後休養\"
  svc --as S21 leave request --staff S21 --kind personal --from \"2026-07-03 pm\" --to \"2026-07-03 pm\" --reason \"家事\"
  svc --as S21 leave request   # on a terminal: asks for the kind, days and reason (applicant: you)")]
pub struct RequestArgs {
    /// The applicant's staff id; on a terminal, asked for (you by default).
    #[arg(long, add = super::complete::staff())]
    staff: Option<String>,
    /// Asked for on a terminal when left out.
    #[arg(long, value_parser = super::token::<LeaveKind>())]
    kind: Option<LeaveKind>,
    /// First moment away: a date, "DATE am", "DATE pm" or "DATE HH:MM".
    #[arg(long)]
    from: Option<Moment>,
    /// Last moment away: a date (to its end), "DATE am", "DATE pm" or "DATE HH:MM".
    #[arg(long)]
    to: Option<Moment>,
    /// Why (事由); asked for on a terminal.
    #[arg(long)]
    reason: Option<String>,
    /// A slip entered after the leave started (補假, ATT-3).
    #[arg(long)]
    retroactive: bool,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The leave slip (LV-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The seconding unit's reference, when recording its step (ATT-2, ATT-4).
    #[arg(long)]
    reference: Option<String>,
    /// A note on the approval.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct RejectArgs {
    /// The leave slip (LV-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// Why not; asked for on a terminal.
    #[arg(long)]
    reason: Option<String>,
    /// The seconding unit's reference, when it is the unit that refuses (ATT-2, ATT-4).
    #[arg(long)]
    reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The leave slip (LV-…).
    #[arg(add = super::complete::records())]
    id: String,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The leave slip (LV-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// Why it is withdrawn.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this person's slips (id or name).
    #[arg(long, conflicts_with = "mine", add = super::complete::staff())]
    staff: Option<String>,
    /// Only your own slips.
    #[arg(long)]
    mine: bool,
    /// Only slips of people of this room (id or name).
    #[arg(long, add = super::complete::rooms())]
    room: Option<String>,
    /// Slips with time away in this month (YYYY-MM).
    #[arg(long)]
    month: Option<Month>,
    /// Only slips with this status.
    #[arg(long, value_parser = super::token::<LeaveStatus>())]
    status: Option<LeaveStatus>,
    /// Only this kind of leave.
    #[arg(long, value_parser = super::token::<LeaveKind>())]
    kind: Option<LeaveKind>,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Request(args) => request(ctx, args),
        Command::Approve(args) => step(ctx, &args.id, Ask::from_terminal(), &[], |slip, ctx, by| {
            slip.approve(by, ctx.today, args.reference.clone(), args.note.clone())
                .map(|s| t!("leave-approved-step", step = s.describe()))
        }),
        Command::Reject(args) => reject(ctx, args),
        Command::File(args) => step(ctx, &args.id, Ask::from_terminal(), &[], |slip, ctx, by| {
            slip.file(by, ctx.today).map(|()| t!("leave-filed"))
        }),
        Command::Cancel(args) => step(ctx, &args.id, Ask::from_terminal(), &[], |slip, ctx, by| {
            slip.cancel(by, ctx.today, args.note.clone()).map(|()| t!("leave-cancelled"))
        }),
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn request(ctx: &Ctx, args: RequestArgs) -> Result<()> {
    let by = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    let staff: Vec<(String, String)> =
        ctx.repo.directory().all_staff().map(|s| (s.id.to_string(), ctx.who(&s.id))).collect();
    let applicant = ctx.staff(&ask.choose(args.staff, "--staff", &t!("ask-staff"), &staff, Some(&by.id))?)?;
    let kind = ask.token(args.kind, "--kind", &t!("ask-kind"))?;
    let today = ctx.today.to_string();
    let from: Moment = ask.parsed(args.from, "--from", &t!("ask-from"), &today)?;
    let to: Moment = ask.parsed(args.to, "--to", &t!("ask-to"), &today)?;
    let reason = ask.text(args.reason, "--reason", &t!("ask-reason"))?;
    let cal = ctx.repo.calendar();
    let req = LeaveRequest { kind, from: from.start(cal), to: to.end(cal), reason, retroactive: args.retroactive };
    ask.confirm(&[
        ("staff", ctx.who(&applicant.id)),
        ("kind", kind.name().to_string()),
        ("from", req.from.to_string()),
        ("to", req.to.to_string()),
        ("reason", req.reason.clone()),
    ])?;
    let slip = ctx.try_add(
        ctx.today.year(),
        |id| Leave::request(id, applicant, by, req, ctx.today, cal, &ctx.repo.config().policy),
        |s| format!("{} request: {} leave for {}, {} to {} [{}]", s.id, s.kind, s.staff, s.from, s.to, s.band.clause()),
    )?;
    let id = slip.id;
    let (kind, who, days) = (slip.kind.name(), ctx.who(&slip.staff), slip.days(cal));
    let retroactive = if slip.retroactive { "yes" } else { "no" };
    let (from, to) = (slip.from, slip.to);
    errln!(
        "{}",
        t!(
            "leave-requested",
            id = id,
            kind = kind,
            who = who,
            from = from,
            to = to,
            days = days,
            retroactive = retroactive
        )
    );
    errln!("{}", t!("leave-route", clause = slip.band.clause(), route = describe_route(&slip)));
    outln!("{id}")?;
    Ok(())
}

/// Not approved at the slip's next step: the reason is asked for on a terminal, after the
/// approver's authority is checked.
fn reject(ctx: &Ctx, args: RejectArgs) -> Result<()> {
    let mut ask = Ask::from_terminal();
    let try_it = |slip: &mut Leave, ctx: &Ctx, by: &Staff, reason: String| {
        slip.reject(by, ctx.today, reason, args.reference.clone()).map(|s| t!("leave-rejected-at", step = s.describe()))
    };
    let by = ctx.actor()?;
    ask.check_first(args.reason.is_none(), || {
        ctx.preflight(&args.id, |slip: &mut Leave| try_it(slip, ctx, by, "-".into()))
    })?;
    let reason = ask.text(args.reason.clone(), "--reason", &t!("ask-reject-reason"))?;
    let shown = reason.clone();
    step(ctx, &args.id, ask, &[("reason", shown)], |slip, ctx, by| try_it(slip, ctx, by, reason.clone()))
}

/// One step on a slip, then what was done and what comes next. When it will be confirmed
/// (asked for, or chosen in the menu) the step is tried first, so a person who may not
/// take it is told before being asked, and the slip is shown.
fn step(
    ctx: &Ctx,
    id: &str,
    mut ask: Ask,
    extra: &[(&str, String)],
    apply: impl Fn(&mut Leave, &Ctx, &Staff) -> Result<String, crate::domain::refusal::Refusal>,
) -> Result<()> {
    let by = ctx.actor()?;
    ask.check_first(false, || ctx.preflight(id, |slip: &mut Leave| apply(slip, ctx, by)))?;
    if ask.confirms() {
        let slip = ctx.load::<Leave>(id, RecordKind::Leave)?.record;
        let mut preview = vec![
            ("leave", slip.id.to_string()),
            ("staff", ctx.who(&slip.staff)),
            ("kind", slip.kind.name().to_string()),
            ("from", slip.from.to_string()),
            ("to", slip.to.to_string()),
        ];
        preview.extend(slip.next_step().map(|s| ("next", s.describe().to_string())));
        preview.extend(extra.iter().cloned());
        ask.confirm(&preview)?;
    }
    let (slip, done) = ctx.edit(
        id,
        |slip: &mut Leave| apply(slip, ctx, by),
        |slip, done| format!("{} {done} [{}]", slip.id, slip.band.clause()),
    )?;
    errln!("{}", t!("leave-step-done", id = slip.id, done = done, status = slip.status.name()));
    if let Some(next) = slip.next_step() {
        errln!("{}", t!("leave-next", step = next.describe()));
    }
    Ok(())
}

fn describe_route(slip: &Leave) -> String {
    if slip.route.is_empty() {
        t!("leave-nothing-to-approve", notice = slip.band.notice())
    } else {
        slip.route.iter().map(|s| s.describe().to_string()).collect::<Vec<_>>().join(&t!("leave-route-then"))
    }
}

fn list(ctx: &Ctx, mut args: ListArgs) -> Result<()> {
    args.room = ctx.room_filter(args.room)?;
    args.staff = ctx.whose(args.staff.take(), args.mine)?;
    let dir = ctx.repo.directory();
    let room_of = |staff: &str| dir.staff(staff).and_then(|s| s.room).unwrap_or_default();
    let mut slips: Vec<Leave> = ctx
        .repo
        .records::<Leave>(RecordKind::Leave)?
        .into_iter()
        .filter(|l| args.staff.as_deref().is_none_or(|s| l.staff == s))
        .filter(|l| args.room.as_deref().is_none_or(|r| room_of(&l.staff) == r))
        .filter(|l| args.status.is_none_or(|s| l.status == s))
        .filter(|l| args.kind.is_none_or(|k| l.kind == k))
        .filter(|l| {
            args.month
                .is_none_or(|m| l.overlaps(DateTime::start_of(m.first_day()), DateTime::start_of(m.next().first_day())))
        })
        .collect();
    slips.sort_by_key(|l| l.id);
    let grid = Grid {
        headers: vec!["id", "staff", "room", "kind", "from", "to", "days", "route", "status", "next"],
        rows: slips
            .iter()
            .map(|l| {
                vec![
                    l.id.to_string(),
                    ctx.who(&l.staff),
                    room_of(&l.staff).to_string(),
                    l.kind.name().to_string(),
                    l.from.to_string(),
                    l.to.to_string(),
                    l.days(ctx.repo.calendar()).to_string(),
                    l.band.name().to_string(),
                    l.status.name().to_string(),
                    l.next_step().map(|s| s.name().to_string()).unwrap_or_default(),
                ]
            })
            .collect(),

        optional: vec!["route", "room", "days"],
    };
    grid.print_records(args.out, &slips, |n| crate::t!("count-slips", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let slip = ctx.load::<Leave>(&args.id, RecordKind::Leave)?.record;
    if args.format == Format::Json {
        return print_json(&slip);
    }
    let mut form = Form::default();
    let mut line = |label: &str, value: String| form.line(label, value);
    line("leave", format!("{}  {}  [{}]", slip.id, t!("form-leave"), slip.status.name()));
    line("staff", format!("{} ({})", ctx.who(&slip.staff), slip.role.name()));
    line("kind", slip.kind.name().to_string());
    line("time", t!("leave-time", from = slip.from, to = slip.to, days = slip.days(ctx.repo.calendar())));
    if slip.retroactive {
        line("retroactive", t!("leave-retroactive"));
    }
    line("reason", slip.reason.clone());
    line("requested", t!("form-on-by", day = slip.requested, who = ctx.who(&slip.requested_by)));
    line("route", format!("{} ({})", slip.band.name(), slip.band.clause()));
    if slip.route.is_empty() {
        line("", t!("leave-nothing-to-approve", notice = slip.band.notice()));
    }
    for (i, step) in slip.route.iter().enumerate() {
        let text = match slip.steps.get(i) {
            Some(t) => {
                let reference =
                    t.reference.as_deref().map(|r| t!("leave-reference", reference = r)).unwrap_or_default();
                let note = t.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
                let (step, decision, day, who) = (step.describe(), t.decision.name(), t.on, ctx.who(&t.by));
                let taken = t!(
                    "leave-step-taken",
                    step = step,
                    decision = decision,
                    day = day,
                    who = who,
                    reference = reference,
                    note = note
                );
                format!("[x] {taken}")
            }
            None => format!("[ ] {}", step.describe()),
        };
        line("", text);
    }
    if let Some(c) = &slip.cancelled {
        line("cancelled", t!("form-on-by", day = c.on, who = ctx.who(&c.by)));
    }
    out!("{}", form.finish())?;
    Ok(())
}
