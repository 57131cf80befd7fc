//! `svc complaint`: the Complaint/Feedback Form (CC-4.1 to CC-4.7) and the register (CC-6).

use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};

use super::ask::Ask;
use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, clip};
use crate::domain::capa::Capa;
use crate::domain::complaint::{
    AnalysisInput, Channel, Complaint, ComplaintStatus, Customer, Intake, Reply, Responsibility,
};
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::token::Token as _;
use crate::store::repo::Loaded;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "Complaint/Feedback Forms and the Complaint Register (CC-4.1 to CC-4.7)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 2] = ["投訴", "投诉"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new complaint form (CC-4.1, CC-4.2); prints its id alone on stdout.
    #[command(visible_aliases = ["新", "新增"])]
    New(NewArgs),
    /// Judge whose responsibility it is (CC-4.1).
    #[command(visible_aliases = ["判定"])]
    Triage(TriageArgs),
    /// Coordination office: log the cause, name the responsible person, open a CAPA (CC-4.3);
    /// prints the CAPA id.
    #[command(visible_alias = "analyze")]
    #[command(after_help = "Examples:
  svc --as S02 complaint analyse CMP-2026-0001 --cause-category delay --cause \"叫號分流不足\" --responsible S12
  svc --as S02 complaint analyse CMP-2026-0001 --cause-category attitude --cause \"語氣生硬\" --responsible S11 --interview \"電話回訪客戶\"")]
    #[command(visible_aliases = ["分析"])]
    Analyse(AnalyseArgs),
    /// Coordination office: write the verified result on the form and close it (CC-4.7).
    #[command(visible_aliases = ["結案", "结案"])]
    Close(CloseArgs),
    /// Record a meeting with the customer: the handler explaining in person (CC-4.1) or the
    /// coordination office interviewing them for the analysis (CC-4.3).
    #[command(after_help = "Examples:
  svc --as S51 complaint meet CMP-2026-0004 --said \"當面說明所需材料並核對清單\"")]
    #[command(visible_aliases = ["面談", "面谈"])]
    Meet(MeetArgs),
    /// The Complaint Register (客戶投訴一覽表, CC-6).
    #[command(after_help = "Examples:
  svc complaint list --year 2026 --status in-capa
  svc complaint list --room 稅務室 --format csv
  svc --as S12 complaint list --mine")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// The whole form with its CAPA.
    #[command(after_help = "Examples:
  svc complaint show CMP-2026-0001
  svc complaint show CMP-2026-0001 --format json")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  svc complaint new --channel 現場 --room 稅務室 --summary \"等候過久\"
  svc complaint new --channel phone --room R1 --summary \"電話無人接聽\" --customer 王先生 --contact 0912-345678 --wants-reply
  svc complaint new            # on a terminal: asks for the channel, room and summary")]
pub struct NewArgs {
    /// How it came in; asked for on a terminal when left out.
    #[arg(long, value_parser = super::token::<Channel>())]
    channel: Option<Channel>,
    /// The room the complaint is about (id or name); asked for on a terminal.
    #[arg(long, add = super::complete::rooms())]
    room: Option<String>,
    /// What the customer said; asked for on a terminal.
    #[arg(long)]
    summary: Option<String>,
    /// The customer's name (kept on the form only, never in statistics).
    #[arg(long)]
    customer: Option<String>,
    /// How to reach the customer.
    #[arg(long)]
    contact: Option<String>,
    /// The customer wants a reply once it is resolved (CC-4.7).
    #[arg(long)]
    wants_reply: bool,
    /// What the customer asked for.
    #[arg(long)]
    remedy: Option<String>,
    /// The day it was received; default: the day of the step (--date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    received: Option<Date>,
    /// A form from the complaint box: the day the box was emptied (CC-4.2); default: the
    /// latest recorded collection up to the day it was received.
    #[arg(long, value_name = "YYYY-MM-DD")]
    collected: Option<Date>,
    /// The form is a praise of this staff member, not a complaint (RP-1 C1).
    #[arg(long, value_name = "STAFF_ID", add = super::complete::staff())]
    praise: Option<String>,
    /// A staff member the customer complained about (被投訴人; id or name; repeat for
    /// several). Leave out when unknown, or when the cause is a thing.
    #[arg(long, value_name = "STAFF", add = super::complete::staff(), conflicts_with = "praise")]
    about: Vec<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("whose").args(["ours", "customer"])))]
#[command(after_help = "Examples:
  svc --as S12 complaint triage CMP-2026-0001 --ours
  svc --as S12 complaint triage CMP-2026-0002 --customer --note \"已說明需本人到場辦理\"
  svc --as S12 complaint triage CMP-2026-0001   # on a terminal: asks whose responsibility it is")]
pub struct TriageArgs {
    /// The complaint form (CMP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The centre's responsibility: goes to the coordination office for analysis.
    #[arg(long)]
    ours: bool,
    /// The customer's responsibility: explained to them, and the complaint ends.
    #[arg(long)]
    customer: bool,
    /// The explanation given to the customer (required with --customer).
    #[arg(long)]
    note: Option<String>,
    /// The staff member(s) the customer complained about (id or name; repeat for several):
    /// names them, or corrects what the form says.
    #[arg(long, value_name = "STAFF", add = super::complete::staff())]
    about: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    /// The complaint form (CMP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// A cause category from svc.toml's [complaints] section, by id or name; asked for on a
    /// terminal.
    #[arg(long, add = super::complete::causes())]
    cause_category: Option<String>,
    /// What the analysis found; asked for on a terminal.
    #[arg(long)]
    cause: Option<String>,
    /// The person who will carry the CAPA (id or name); asked for on a terminal.
    #[arg(long, add = super::complete::staff())]
    responsible: Option<String>,
    /// Notes of an interview with the customer.
    #[arg(long)]
    interview: Option<String>,
    /// The staff member(s) the customer complained about, as the office finds them (id or
    /// name; repeat for several); default: confirms the form's. The responsible person
    /// handles the fix and is not thereby complained about (RP-2 P1).
    #[arg(long, value_name = "STAFF", add = super::complete::staff(), conflicts_with = "about_nobody")]
    about: Vec<String>,
    /// The office finds nobody was complained about (the cause is a thing or a rule).
    #[arg(long)]
    about_nobody: bool,
}

#[derive(Debug, Args)]
pub struct MeetArgs {
    /// The complaint form (CMP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// What was said.
    #[arg(long)]
    said: String,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  svc --as S02 complaint close CMP-2026-0001 --result \"已致歉並培訓\" --reply-via phone --reply \"電話致歉並說明改進措施\"
  svc --as S02 complaint close CMP-2026-0001   # on a terminal: asks for the result and, if wanted, the reply")]
pub struct CloseArgs {
    /// The complaint form (CMP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The result written onto the form: the verified fix, or the explanation given; asked
    /// for on a terminal.
    #[arg(long)]
    result: Option<String>,
    /// How the customer was replied to (required when they wanted a reply).
    #[arg(long, value_parser = super::token::<Channel>(), alias = "replied-via", requires = "reply")]
    reply_via: Option<Channel>,
    /// What the customer was told in the reply.
    #[arg(long, requires = "reply_via")]
    reply: Option<String>,
    /// The day of the reply; default: the day of the step (--date).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "reply_via")]
    replied_on: Option<Date>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only complaints received in this year.
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    /// Only forms with this status.
    #[arg(long, value_parser = super::token::<ComplaintStatus>())]
    status: Option<ComplaintStatus>,
    /// Only forms about this room (id or name).
    #[arg(long, add = super::complete::rooms())]
    room: Option<String>,
    /// Only complaints with this staff member responsible.
    #[arg(long, value_name = "STAFF_ID", add = super::complete::staff())]
    responsible: Option<String>,
    /// Only yours: written by you or with you responsible.
    #[arg(long)]
    mine: bool,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::New(args) => new(ctx, args),
        Command::Triage(args) => triage(ctx, args),
        Command::Analyse(args) => analyse(ctx, args),
        Command::Close(args) => close(ctx, args),
        Command::Meet(args) => meet(ctx, args),
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn new(ctx: &Ctx, args: NewArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    let channel = ask.token(args.channel, "--channel", &t!("ask-channel"))?;
    let rooms: Vec<(String, String)> =
        ctx.repo.directory().rooms().map(|r| (r.id.to_string(), r.to_string())).collect();
    let room = ask.choose(args.room, "--room", &t!("ask-room"), &rooms, actor.room.as_deref())?;
    let summary = ask.text(args.summary, "--summary", &t!("ask-summary"))?;
    // CC-4.7: who the customer is and whether they want a reply, asked at the window (the
    // reply is tracked from here); a praise or a box form is asked the same, and may be
    // left empty.
    // RP-2 P1: who the customer complained about, when they named someone (unknown, or a
    // thing rather than a person, is a valid answer; the office confirms it at analysis).
    let about = match (&args.praise, args.about.is_empty()) {
        (None, true) if ask.asking() => {
            let mut people = vec![(String::new(), t!("ask-about-nobody"))];
            people.extend(super::ask::people(ctx.repo.directory()));
            let chosen = ask.choose(None, "--about", &t!("ask-about"), &people, None)?;
            if chosen.is_empty() { Vec::new() } else { vec![chosen] }
        }
        _ => ctx.staff_ids(&args.about),
    };
    let customer = ask.optional_text(args.customer, &t!("ask-customer"))?;
    let contact = ask.optional_text(args.contact, &t!("ask-contact"))?;
    let wants_reply = ask.yes_no(args.wants_reply, &t!("ask-wants-reply"), contact.is_some())?;
    let room = ctx.room_id(&room);
    let mut preview = vec![
        ("received", args.received.unwrap_or(ctx.today).to_string()),
        ("channel", channel.name().to_string()),
        ("room", ctx.which_room(&room)),
        ("summary", summary.clone()),
    ];
    let shown = Customer {
        name: customer.as_deref().map(Into::into),
        contact: contact.as_deref().map(Into::into),
        wants_reply,
    };
    if shown.name.is_some() || shown.contact.is_some() || wants_reply {
        preview.push(("customer", customer_line(&shown)));
    }
    if !about.is_empty() {
        preview.push(("complained about", about.iter().map(|p| ctx.who(p)).collect::<Vec<_>>().join(", ")));
    }
    preview.push(("logged_by", ctx.who(&actor.id)));
    ask.confirm(&preview)?;
    let received = args.received.unwrap_or(ctx.today);
    let intake = Intake {
        received,
        channel,
        collected: args.collected.or(if channel == Channel::Box { last_collection(ctx, received)? } else { None }),
        room,
        summary,
        remedy: args.remedy,
        customer: shown,
        praised: args.praise,
        complained_about: about,
    };
    let complaint = ctx.add(
        intake.received.year(),
        |id| Complaint::open(id, intake, actor),
        |c| {
            let what = if c.is_praise() { "praise" } else { "new" };
            format!("{} {what}: {} at {} [CC-4.2]", c.id, c.channel, c.room)
        },
    )?;
    let (id, path) = (complaint.id, ctx.repo.path_of(complaint.id));
    errln!("{}", t!("complaint-logged", id = id, path = ctx.repo.display(&path)));
    match &complaint.praised {
        Some(p) => errln!("{}", t!("complaint-praise", who = ctx.who(p))),
        None => super::output::say_next(t!("complaint-next-triage"), format!("svc complaint triage {id}")),
    }
    outln!("{id}")?;
    Ok(())
}

fn meet(ctx: &Ctx, args: MeetArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let (complaint, stage) = ctx.edit(
        &args.id,
        |c: &mut Complaint| c.meet(actor, ctx.today, args.said),
        |c, stage| format!("{} meeting with the customer ({stage}) [CC-4.1]", c.id),
    )?;
    errln!("{}", t!("complaint-met", id = complaint.id, stage = t!("meeting-stage", stage = stage)));
    Ok(())
}

/// The latest collection of the complaint box up to `day`: where a box form logged without
/// `--collected` came from (CC-4.2). None before collections are recorded.
fn last_collection(ctx: &Ctx, day: Date) -> Result<Option<Date>> {
    let all: Vec<crate::domain::collection::Collection> = ctx.repo.records(RecordKind::Collection)?;
    Ok(all.iter().map(|c| c.day).filter(|d| *d <= day).max())
}

fn triage(ctx: &Ctx, args: TriageArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    let given = (args.ours || args.customer).then_some(args.ours);
    let ours = ask.either(given, "--ours / --customer", &t!("ask-whose"), t!("whose-ours"), t!("whose-customer"))?;
    let whose = if ours { Responsibility::Ours } else { Responsibility::Customer };
    // CC-4.1: an explanation goes with the customer's responsibility; asked for on a
    // terminal, otherwise left for the rule to refuse with its clause.
    let note = match whose {
        Responsibility::Customer if args.note.is_none() && ask.interactive() => {
            Some(ask.text(None, "--note", &t!("ask-explanation"))?)
        }
        _ => args.note,
    };
    let shown = if whose == Responsibility::Ours { t!("whose-ours") } else { t!("whose-customer") };
    let mut preview = vec![("complaint", args.id.clone()), ("responsibility", shown)];
    preview.extend(note.clone().map(|n| ("note", n)));
    ask.confirm(&preview)?;
    let about = (!args.about.is_empty()).then(|| ctx.staff_ids(&args.about));
    let (complaint, ()) = ctx.edit(
        &args.id,
        |c: &mut Complaint| c.triage(actor, ctx.today, whose, note, about),
        |c, _| format!("{} triage: {} [CC-4.1]", c.id, if whose == Responsibility::Ours { "ours" } else { "customer" }),
    )?;
    match whose {
        Responsibility::Ours => {
            errln!("{}", t!("complaint-triaged-ours", id = complaint.id));
            super::output::say_next(t!("next-analyse"), format!("svc complaint analyse {}", complaint.id));
        }
        Responsibility::Customer => errln!("{}", t!("complaint-triaged-customer", id = complaint.id)),
    }
    Ok(())
}

fn analyse(ctx: &Ctx, args: AnalyseArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    let asking = args.cause_category.is_none() || args.cause.is_none() || args.responsible.is_none();
    // Authority and state before the first question: the office's step (CC-4.3), on a
    // form triaged as the centre's, tried through the step's own rules.
    ask.check_first(asking, || crate::ops::complaint::may_analyse(ctx, actor, &args.id))?;
    let categories: Vec<(String, String)> =
        ctx.repo.config().complaints.cause_categories.iter().map(|c| (c.id.to_string(), c.name.clone())).collect();
    let category = ask.choose(args.cause_category, "--cause-category", &t!("ask-cause-category"), &categories, None)?;
    let cause = ask.text(args.cause, "--cause", &t!("ask-cause"))?;
    let people = super::ask::people(ctx.repo.directory());
    let responsible = ask.choose(args.responsible, "--responsible", &t!("ask-responsible"), &people, None)?;
    let input = AnalysisInput {
        cause_category: ctx.cause_id(&category),
        cause,
        responsible: ctx.staff_ids(std::slice::from_ref(&responsible)).remove(0),
        interview: args.interview,
        complained_about: match (args.about_nobody, args.about.is_empty()) {
            (true, _) => Some(Vec::new()),
            (false, false) => Some(ctx.staff_ids(&args.about)),
            (false, true) => None,
        },
    };
    ask.confirm(&[
        ("complaint", args.id.clone()),
        ("cause", format!("[{}] {}", ctx.cause_name(&input.cause_category), input.cause)),
        ("responsible", ctx.who(&input.responsible)),
    ])?;
    let (complaint, capa) = crate::ops::complaint::analyse(ctx, actor, &args.id, input)?;
    let capa_id = capa.id;
    let capa_path = ctx.repo.path_of(capa_id);
    let (id, who, path) = (complaint.id, ctx.who(&capa.responsible), ctx.repo.display(&capa_path));
    errln!("{}", t!("complaint-analysed", id = id, capa = capa_id, who = who, path = path));
    super::output::say_next(t!("complaint-next-track", who = who), format!("svc capa track {capa_id}"));
    outln!("{capa_id}")?;
    Ok(())
}

fn close(ctx: &Ctx, args: CloseArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    // Authority and state before the first question (a clerk is refused at once, not
    // after typing the result and the reply): the step tried with placeholder answers.
    ask.check_first(args.result.is_none() || args.reply.is_none(), || {
        let placeholder = Reply { on: ctx.today, via: Channel::Phone, text: "-".into() };
        ctx.preflight(&args.id, |c: &mut Complaint| {
            let reply = c.customer.wants_reply.then(|| placeholder.clone());
            c.close(actor, ctx.today, "-".into(), reply)
        })
    })?;
    let result = ask.text(args.result, "--result", &t!("ask-result"))?;
    let mut reply = match (args.reply_via, args.reply) {
        (Some(via), Some(text)) => Some(Reply { on: args.replied_on.unwrap_or(ctx.today), via, text: text.into() }),
        _ => None,
    };
    // CC-4.7: a customer who wanted a reply must have had one; on a terminal, ask for it
    // rather than refuse (without one the rule refuses, as before).
    if reply.is_none() && ask.interactive() {
        let form = ctx.load::<Complaint>(&args.id, RecordKind::Complaint)?;
        if form.record.customer.wants_reply {
            // The complaint box takes complaints; it answers nobody.
            let channels: Vec<Channel> =
                <Channel as crate::domain::token::Token>::ALL.iter().copied().filter(|c| *c != Channel::Box).collect();
            let via = ask.token_of(None, "--reply-via", &t!("ask-reply-via"), &channels, Channel::name)?;
            let text = ask.text(None, "--reply", &t!("ask-reply"))?;
            reply = Some(Reply { on: ctx.today, via, text: text.into() });
        }
    }
    let mut preview = vec![("complaint", args.id.clone()), ("result", result.clone())];
    if let Some(r) = &reply {
        preview.push(("reply", format!("{} {}: {}", r.on, r.via.name(), r.text)));
    }
    ask.confirm(&preview)?;
    let (complaint, ()) = ctx.edit(
        &args.id,
        |c: &mut Complaint| c.close(actor, ctx.today, result, reply),
        |c, _| format!("{} close [CC-4.7]", c.id),
    )?;
    errln!("{}", t!("complaint-closed", id = complaint.id));
    Ok(())
}

/// All complaints, in id order, matching the filters.
fn register(ctx: &Ctx, args: &ListArgs) -> Result<Vec<Complaint>> {
    // --responsible is the analysis's responsible person; --mine also the form's writer.
    let responsible = ctx.whose(args.responsible.clone(), false)?;
    let me = ctx.whose(None, args.mine)?;
    let all = ctx.repo.records::<Complaint>(RecordKind::Complaint)?;
    let mut rows: Vec<Complaint> = all
        .into_iter()
        .filter(|c| args.year.is_none_or(|y| c.received.year() == y))
        .filter(|c| args.status.is_none_or(|s| c.status == s))
        .filter(|c| args.room.as_deref().is_none_or(|r| c.room == r))
        .filter(|c| responsible.as_deref().is_none_or(|r| c.analysis.as_ref().is_some_and(|a| a.responsible == r)))
        .filter(|c| {
            me.as_deref().is_none_or(|m| c.logged_by == m || c.analysis.as_ref().is_some_and(|a| a.responsible == m))
        })
        .collect();
    rows.sort_by_key(|c| c.id);
    Ok(rows)
}

fn list(ctx: &Ctx, mut args: ListArgs) -> Result<()> {
    args.room = ctx.room_filter(args.room)?;
    let complaints = register(ctx, &args)?;
    let table = args.out.format == Format::Table;
    let cut = |text: &str, n: usize| if table { clip(text, n) } else { text.to_string() };
    let grid = Grid {
        headers: vec![
            "id",
            "received",
            "channel",
            "room",
            "status",
            "cause",
            "complained about",
            "responsible",
            "capa",
            "summary",
            "result",
            "reply",
        ],
        rows: complaints
            .iter()
            .map(|c| {
                let a = c.analysis.as_ref();
                let closing = c.closing.as_ref();
                let reply = match (closing.and_then(|cl| cl.reply.as_ref()), c.customer.wants_reply) {
                    (Some(r), _) => format!("{} {}: {}", r.on, r.via.name(), cut(&r.text, 12)),
                    (None, true) => crate::t!("reply-wanted"),
                    (None, false) => String::new(),
                };
                vec![
                    c.id.to_string(),
                    c.received.to_string(),
                    c.channel.name().to_string(),
                    c.room.to_string(),
                    c.status.name().to_string(),
                    a.map(|a| ctx.cause_name(&a.cause_category)).unwrap_or_default(),
                    c.complained_about().join(" "),
                    a.map(|a| ctx.who(&a.responsible)).unwrap_or_default(),
                    a.map(|a| a.capa.to_string()).unwrap_or_default(),
                    cut(&c.summary, 20),
                    closing.map(|cl| cut(&cl.result, 12)).unwrap_or_default(),
                    reply,
                ]
            })
            .collect(),

        optional: vec!["reply", "result", "capa", "channel", "complained about", "cause"],
    };
    grid.print_records(args.out, &complaints, |n| crate::t!("count-forms", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let loaded: Loaded<Complaint> = ctx.load(&args.id, RecordKind::Complaint)?;
    let c = &loaded.record;
    let capa = match &c.analysis {
        Some(a) => Some(
            ctx.repo.read::<Capa>(a.capa).with_context(|| t!("complaint-names-capa", id = c.id, capa = a.capa))?.record,
        ),
        None => None,
    };
    if args.format == Format::Json {
        let json = super::shapes::ComplaintShow { complaint: c, capa: capa.as_ref() };
        outln!("{}", super::output::json_text(&json)?)?;
        return Ok(());
    }
    out!("{}", render_form(ctx, c))?;
    if let Some(capa) = &capa {
        outln!()?;
        out!("{}", super::capa::render_report(ctx, capa))?;
    }
    Ok(())
}

/// Who the customer complained about, as known now (confirmed at analysis, else as the form
/// says), with names; "unknown" when nobody is named.
fn complained_about(ctx: &Ctx, c: &Complaint) -> String {
    let people = c.complained_about();
    if people.is_empty() {
        let confirmed = c.analysis.as_ref().is_some_and(|a| a.complained_about.is_some());
        return if confirmed { t!("about-nobody") } else { t!("about-unknown") };
    }
    people.iter().map(|p| ctx.who(p)).collect::<Vec<_>>().join(", ")
}

/// The customer as the form shows them: name, contact, whether they want a reply.
fn customer_line(customer: &Customer) -> String {
    let who =
        [customer.name.as_deref(), customer.contact.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let reply = if customer.wants_reply { t!("form-wants-reply") } else { t!("form-no-reply") };
    if who.is_empty() { reply } else { t!("form-customer", who = who, reply = reply) }
}

/// The complaint form as text, one labelled line per field.
fn render_form(ctx: &Ctx, c: &Complaint) -> String {
    let mut form = Form::default();
    let mut line = |label: &str, value: String| form.line(label, value);
    let room = ctx.which_room(&c.room);
    line("complaint", format!("{}  {}  [{}]", c.id, t!("form-complaint"), c.status.name()));
    line("received", t!("form-received", day = c.received, channel = c.channel.name(), room = room));
    line("logged by", ctx.who(&c.logged_by));
    if let Some(p) = &c.praised {
        line("praise of", ctx.who(p));
    }
    if !c.is_praise() {
        line("complained about", complained_about(ctx, c));
    }
    line("summary", c.summary.to_string());
    if let Some(remedy) = &c.remedy {
        line("remedy", remedy.to_string());
    }
    line("customer", customer_line(&c.customer));
    match &c.triage {
        None if c.is_praise() => {}
        Some(t) => {
            let whose = match t.responsibility {
                Responsibility::Ours => t!("whose-ours"),
                Responsibility::Customer => format!("{}: {}", t!("whose-customer"), t.note.clone().unwrap_or_default()),
            };
            line("triage", t!("form-by", day = t.on, who = ctx.who(&t.by), what = whose));
        }
        None => line("triage", t!("form-not-yet", clause = crate::domain::clause::Clause::Cc4_1)),
    }
    if let Some(a) = &c.analysis {
        let category = ctx.cause_name(&a.cause_category);
        line("analysis", t!("form-by", day = a.on, who = ctx.who(&a.by), what = format!("[{category}] {}", a.cause)));
        if let Some(i) = &a.interview {
            line("interview", i.to_string());
        }
        line("responsible", ctx.who(&a.responsible));
        line("capa", a.capa.to_string());
    }
    for m in &c.meetings {
        let what = format!("{}: {}", t!("meeting-stage", stage = m.stage), m.said);
        line("meeting", t!("form-by", day = m.on, who = ctx.who(&m.by), what = what));
    }
    if let Some(cl) = &c.closing {
        line("closed", t!("form-by", day = cl.on, who = ctx.who(&cl.by), what = &cl.result));
        if let Some(r) = &cl.reply {
            line("reply", format!("{} {}: {}", r.on, r.via.name(), r.text));
        }
    }
    form.finish()
}
