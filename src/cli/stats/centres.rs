//! `svc stats yearly --year Y DIR...`: one report across several centres' repositories, a
//! column per centre and a total. Each centre's own calendar and categories are used; two
//! centres that name the same category id differently are refused, since their counts
//! could not be added up honestly.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Result, bail};
use serde::Serialize;

use super::{Lang, Section};
use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::stats::{YearInput, YearlyReport, yearly};
use crate::domain::token::Token;
use crate::store::repo::Repo;

/// One centre's report, under its name.
#[derive(Serialize)]
pub struct CentreReport {
    pub centre: String,
    pub folder: String,
    pub report: YearlyReport,
}

/// `--format json` of a report across centres.
#[derive(Serialize)]
pub struct Across {
    pub year: i32,
    pub centres: Vec<CentreReport>,
}

/// Reads each centre and makes its report as of `today`.
pub fn reports(dirs: &[PathBuf], year: i32, today: Date) -> Result<(Across, BTreeMap<String, String>)> {
    let mut centres = Vec::new();
    let mut names: BTreeMap<String, (String, String)> = BTreeMap::new();
    for dir in dirs {
        let repo = Repo::open(dir)?;
        let config = repo.config();
        for c in &config.complaints.cause_categories {
            match names.get(&c.id) {
                Some((name, other)) if *name != c.name => bail!(
                    "cause category `{}` is `{}` in {} but `{}` in {}: name it the same in every centre's svc.toml before adding them up",
                    c.id,
                    name,
                    other,
                    c.name,
                    config.centre.name
                ),
                Some(_) => {}
                None => {
                    names.insert(c.id.clone(), (c.name.clone(), config.centre.name.clone()));
                }
            }
        }
        let complaints: Vec<Complaint> = repo.records(RecordKind::Complaint)?;
        let capas: Vec<Capa> = repo.records(RecordKind::Capa)?;
        let categories: Vec<String> = config.complaints.cause_categories.iter().map(|c| c.id.clone()).collect();
        let rooms: Vec<String> = config.rooms.iter().map(|r| r.id.clone()).collect();
        let input = YearInput {
            year,
            today,
            complaints: &complaints,
            capas: &capas,
            calendar: repo.calendar(),
            categories: &categories,
            rooms: &rooms,
        };
        centres.push(CentreReport {
            centre: config.centre.name.clone(),
            folder: dir.display().to_string(),
            report: yearly(&input),
        });
    }
    let names = names.into_iter().map(|(id, (name, _))| (id, name)).collect();
    Ok((Across { year, centres }, names))
}

/// The tables: a row per figure, a column per centre, then the total.
pub fn sections(across: &Across, names: &BTreeMap<String, String>, lang: Lang) -> Vec<Section> {
    let mut headers = vec![lang.pick("figure", "項目").to_string()];
    headers.extend(across.centres.iter().map(|c| c.centre.clone()));
    headers.push(lang.pick("total", "合計").to_string());
    let table = |title: (&'static str, &'static str), rows: Vec<(String, Vec<u32>)>| {
        let mut s = Section {
            title: lang.pick(title.0, title.1).to_string(),
            headers: headers.clone(),
            rows: Vec::new(),
            pareto: false,
        };
        for (label, values) in rows {
            let total: u32 = values.iter().sum();
            let mut cells = vec![label];
            cells.extend(values.iter().map(u32::to_string));
            cells.push(total.to_string());
            s.row(cells);
        }
        s
    };
    let each = |f: &dyn Fn(&YearlyReport) -> u32| across.centres.iter().map(|c| f(&c.report)).collect::<Vec<u32>>();
    let pick = |en: &'static str, zh: &'static str| lang.pick(en, zh).to_string();
    let summary = vec![
        (pick("complaints", "投訴"), each(&|r| r.complaints)),
        (pick("praise", "表揚"), each(&|r| r.praise)),
        (
            pick("the centre's responsibility", "本中心責任"),
            each(&|r| r.by_responsibility.get("ours").copied().unwrap_or(0)),
        ),
        (
            pick("the customer's responsibility", "客戶責任"),
            each(&|r| r.by_responsibility.get("customer").copied().unwrap_or(0)),
        ),
        (pick("recurrences", "再次發生"), each(&|r| r.recurrences.len() as u32)),
        (pick("CAPAs opened", "開立糾正措施"), each(&|r| r.capa.opened)),
        (pick("CAPAs closed", "結案糾正措施"), each(&|r| r.capa.closed)),
        (pick("verified late", "逾期驗證"), each(&|r| r.capa.verifications_late)),
        (pick("reminders", "催辦"), each(&|r| r.capa.reminders)),
        (pick("replies wanted", "要求答覆"), each(&|r| r.replies.wanted)),
        (pick("replies outstanding", "未答覆"), each(&|r| r.replies.outstanding)),
    ];
    let months = (1..=12).map(|m| (format!("{}-{m:02}", across.year), each(&|r| r.by_month[m - 1]))).collect();
    let channels = crate::domain::complaint::Channel::ALL
        .iter()
        .map(|ch| (ch.to_string(), each(&|r| r.by_channel.get(ch).copied().unwrap_or(0))))
        .collect();
    let categories = names
        .iter()
        .map(|(id, name)| {
            let label = if lang == Lang::Zh { name.clone() } else { id.clone() };
            (label, each(&|r| r.pareto.iter().find(|p| &p.category == id).map_or(0, |p| p.count)))
        })
        .collect();
    vec![
        table(("Summary", "概況"), summary),
        table(("By month", "按月"), months),
        table(("By channel", "按渠道"), channels),
        table(("By cause category", "按原因類別"), categories),
    ]
}
