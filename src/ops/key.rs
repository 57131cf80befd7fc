//! `svc key add` as a step: a person's public signing key into svc.toml (GIT-4), under the
//! repository lock and committed like any step.

use anyhow::{Context as _, Result};

use super::workspace::Workspace;
use crate::error::Error;
use crate::msg;
use crate::store::journal::Pending;
use crate::store::repo::{CONFIG_FILE, WriteError};

/// Writes the public key `make` returns (made or read under the lock) as `signing_key` of
/// staff `id` in svc.toml, changing that line only. Returns the key.
pub fn register(ws: &Workspace, id: &str, make: impl FnOnce() -> Result<String>) -> Result<String> {
    ws.write(|_lock| {
        let public = make()?;
        let path = ws.repo.root().join(CONFIG_FILE);
        let before =
            std::fs::read_to_string(&path).map_err(|source| WriteError { path: CONFIG_FILE.into(), source })?;
        let mut doc: toml_edit::DocumentMut = before.parse().context(CONFIG_FILE)?;
        let entry = doc
            .get_mut("staff")
            .and_then(|s| s.as_array_of_tables_mut())
            .and_then(|staff| staff.iter_mut().find(|t| t.get("id").and_then(|v| v.as_str()) == Some(id)))
            .ok_or_else(|| Error::usage(msg!("key-not-in-config", id = id)))?;
        entry["signing_key"] = toml_edit::value(public.clone());
        let writes =
            vec![Pending { path: CONFIG_FILE.into(), contents: doc.to_string(), new: false, before: Some(before) }];
        Ok((writes, format!("svc.toml: signing key of {id} [GIT-4]"), public))
    })
}
