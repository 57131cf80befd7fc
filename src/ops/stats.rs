//! The statistics' reading: the facts the figures need of every complaint and CAPA, read
//! file by file so a year's report never holds every form (`svc stats`).

use anyhow::Result;

use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::stats::{CapaFacts, ComplaintFacts};
use crate::store::repo::Repo;

/// The facts of every complaint and CAPA as they stood at the end of `day`; each record is
/// dropped as soon as its facts are taken.
pub fn facts_as_of(repo: &Repo, day: Date) -> Result<(Vec<ComplaintFacts>, Vec<CapaFacts>)> {
    let complaints = repo.records_as(RecordKind::Complaint, |c: Complaint| ComplaintFacts::of(c, day))?;
    let capas = repo.records_as(RecordKind::Capa, |c: Capa| CapaFacts::of(c, day))?;
    Ok((complaints.into_iter().flatten().collect(), capas.into_iter().flatten().collect()))
}
