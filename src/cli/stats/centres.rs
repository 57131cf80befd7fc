//! `svc stats yearly --year Y DIR...`: one report across several centres' repositories, a
//! column per centre and a total. Each centre's own calendar and categories are used; two
//! centres that name the same category id differently are refused, since their counts
//! could not be added up honestly.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Result, bail};
use serde::Serialize;

use super::Section;
use crate::domain::date::Date;
use crate::domain::stats::{YearInput, YearlyReport, yearly};
use crate::domain::token::Token;
use crate::store::repo::Repo;
use crate::t;

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
            match names.get(c.id.as_str()) {
                Some((name, other)) if *name != c.name => bail!(
                    "{}",
                    t!(
                        "stats-category-conflict",
                        id = &c.id,
                        name = name,
                        centre = other,
                        other_name = &c.name,
                        other_centre = &config.centre.name
                    )
                ),
                Some(_) => {}
                None => {
                    names.insert(c.id.to_string(), (c.name.clone(), config.centre.name.clone()));
                }
            }
        }
        let (complaints, capas) = crate::ops::stats::facts_as_of(&repo, today)?;
        let input =
            YearInput { year, today, complaints: &complaints, capas: &capas, calendar: repo.calendar(), config };
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
pub fn sections(across: &Across, names: &BTreeMap<String, String>) -> Vec<Section> {
    let mut headers = vec![t!("stats-figure")];
    headers.extend(across.centres.iter().map(|c| c.centre.clone()));
    headers.push(t!("stats-total"));
    let table = |title: String, rows: Vec<(String, Vec<u32>)>| {
        let mut s = Section { title, headers: headers.clone(), rows: Vec::new(), pareto: false };
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
    let summary = vec![
        (t!("stats-complaints"), each(&|r| r.complaints)),
        (t!("stats-praise"), each(&|r| r.praise)),
        (t!("stats-the-centre-s-responsibility"), each(&|r| r.by_responsibility.get("ours").copied().unwrap_or(0))),
        (
            t!("stats-the-customer-s-responsibility"),
            each(&|r| r.by_responsibility.get("customer").copied().unwrap_or(0)),
        ),
        (t!("stats-recurrences"), each(&|r| r.recurrences.len() as u32)),
        (t!("stats-capas-opened"), each(&|r| r.capa.opened)),
        (t!("stats-capas-closed"), each(&|r| r.capa.closed)),
        (t!("stats-verified-late"), each(&|r| r.capa.verifications_late)),
        (t!("stats-reminders"), each(&|r| r.capa.reminders)),
        (t!("stats-replies-wanted"), each(&|r| r.replies.wanted)),
        (t!("stats-replies-outstanding"), each(&|r| r.replies.outstanding)),
    ];
    let months = (1..=12).map(|m| (format!("{}-{m:02}", across.year), each(&|r| r.by_month[m - 1]))).collect();
    let channels = crate::domain::complaint::Channel::ALL
        .iter()
        .map(|ch| (ch.name().to_string(), each(&|r| r.by_channel.get(ch).copied().unwrap_or(0))))
        .collect();
    let categories = names
        .iter()
        .map(|(id, name)| {
            let english = crate::i18n::current() == crate::i18n::Lang::En;
            let label = if english { id.clone() } else { name.clone() };
            (label, each(&|r| r.pareto.iter().find(|p| &p.category == id).map_or(0, |p| p.count)))
        })
        .collect();
    vec![
        table(t!("stats-summary"), summary),
        table(t!("stats-by-month"), months),
        table(t!("stats-by-channel"), channels),
        table(t!("stats-by-cause-category"), categories),
    ]
}
