//! The complaint steps that touch more than one record.

use anyhow::Result;

use super::workspace::Workspace;
use crate::domain::capa::Capa;
use crate::domain::complaint::{AnalysisInput, Complaint};
use crate::domain::config::Staff;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::rules;
use crate::store::repo::Loaded;

/// CC-4.3: the coordination office's analysis of complaint `id`, which opens its CAPA. The
/// two records name each other, so they are checked together and written together (both
/// files or neither), in one commit.
pub fn analyse(ws: &Workspace, actor: &Staff, id: &str, input: AnalysisInput) -> Result<(Complaint, Capa)> {
    ws.write(|lock| {
        let loaded = ws.load::<Complaint>(id, RecordKind::Complaint)?;
        let capa_id = ws.repo.next_id(lock, RecordKind::Capa, ws.today.year())?;
        let (complaint, capa) = admitted(ws, actor, &loaded, input, capa_id)?;
        let writes = vec![ws.repo.pending_new(capa_id, &capa)?, ws.repo.pending_edit(&loaded, &complaint)?];
        let category = complaint.analysis.as_ref().map_or("", |a| a.cause_category.as_str());
        let message = format!(
            "{} analyse: {category}, {} responsible, opening {capa_id} [CC-4.3]",
            complaint.id, capa.responsible
        );
        Ok((writes, message, (complaint, capa)))
    })
}

/// Whether `actor` may analyse complaint `id` now, tried with placeholder answers through
/// the same rules the step runs: what a form asks before its first question. Nothing is
/// written, no id is taken.
pub fn may_analyse(ws: &Workspace, actor: &Staff, id: &str) -> Result<()> {
    let loaded = ws.load::<Complaint>(id, RecordKind::Complaint)?;
    // A listed category and the actor as responsible: answers no rule refuses by themselves.
    let category = ws.repo.config().complaints.cause_categories.first().map(|c| c.id).unwrap_or_default();
    let placeholder = AnalysisInput {
        cause_category: category.to_string(),
        cause: "-".into(),
        responsible: actor.id.to_string(),
        interview: None,
        complained_about: None,
    };
    let probe = RecordId::new(RecordKind::Capa, ws.today.year(), u32::MAX);
    admitted(ws, actor, &loaded, placeholder, probe).map(|_| ())
}

/// The analysis applied to a copy of the complaint, and the two records admitted by the
/// rules, each with the other among those it consults.
fn admitted(
    ws: &Workspace,
    actor: &Staff,
    loaded: &Loaded<Complaint>,
    input: AnalysisInput,
    capa_id: RecordId,
) -> Result<(Complaint, Capa)> {
    let mut complaint = loaded.record.clone();
    let mut records = ws.consulted(&complaint)?;
    let capa = complaint.analyse(actor, ws.today, input, capa_id)?;
    records.put(capa.clone());
    rules::admit(&complaint, records.clone(), ws.centre(), ws.today)?;
    records.put(complaint.clone());
    rules::admit(&capa, records, ws.centre(), ws.today)?;
    Ok((complaint, capa))
}
