//! The complaint steps that touch more than one record.

use anyhow::Result;

use super::workspace::Workspace;
use crate::domain::capa::Capa;
use crate::domain::complaint::{AnalysisInput, Complaint};
use crate::domain::config::Staff;
use crate::domain::id::RecordKind;
use crate::domain::rules;

/// CC-4.3: the coordination office's analysis of complaint `id`, which opens its CAPA. The
/// two records name each other, so they are checked together and written together (both
/// files or neither), in one commit.
pub fn analyse(ws: &Workspace, actor: &Staff, id: &str, input: AnalysisInput) -> Result<(Complaint, Capa)> {
    ws.write(|lock| {
        let loaded = ws.load::<Complaint>(id, RecordKind::Complaint)?;
        let mut complaint = loaded.record.clone();
        let capa_id = ws.repo.next_id(lock, RecordKind::Capa, ws.today.year())?;
        let mut records = ws.consulted(&complaint)?;
        let capa = complaint.analyse(actor, ws.today, input, capa_id)?;
        records.put(capa.clone());
        rules::admit(&complaint, records.clone(), ws.centre(), ws.today)?;
        records.put(complaint.clone());
        rules::admit(&capa, records, ws.centre(), ws.today)?;
        let writes = vec![ws.repo.pending_new(capa_id, &capa)?, ws.repo.pending_edit(&loaded, &complaint)?];
        let category = complaint.analysis.as_ref().map_or("", |a| a.cause_category.as_str());
        let message = format!(
            "{} analyse: {category}, {} responsible, opening {capa_id} [CC-4.3]",
            complaint.id, capa.responsible
        );
        Ok((writes, message, (complaint, capa)))
    })
}
