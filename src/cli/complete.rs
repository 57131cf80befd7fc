//! Values completed from the repository at the moment of pressing Tab: record ids from the
//! file names under records/, staff ids and rooms from svc.toml. Used by the dynamic
//! completion (`source <(COMPLETE=bash svc)`); any problem gives no candidates, never an
//! error on the user's prompt.

use std::path::PathBuf;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::store::repo::{Repo, find_root};

fn root() -> Option<PathBuf> {
    let explicit = std::env::var_os("SVC_REPO").map(PathBuf::from);
    find_root(explicit.as_deref(), &std::env::current_dir().ok()?).ok()
}

/// Every record id, newest first (the one most often wanted), from the file names alone.
fn record_ids() -> Vec<CompletionCandidate> {
    let Some(root) = root() else { return Vec::new() };
    let mut ids = Vec::new();
    let mut folders = vec![root.join("records")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                ids.extend(path.file_stem().and_then(|s| s.to_str()).map(str::to_string));
            }
        }
    }
    ids.sort_unstable_by(|a, b| b.cmp(a));
    ids.into_iter().map(CompletionCandidate::new).collect()
}

/// Staff ids with their names as help.
fn staff_ids() -> Vec<CompletionCandidate> {
    let Some(repo) = root().and_then(|r| Repo::open(&r).ok()) else { return Vec::new() };
    repo.directory()
        .all_staff()
        .map(|s| CompletionCandidate::new(s.id.to_string()).help(Some(s.name.clone().into())))
        .collect()
}

/// Room ids with their names as help.
fn room_ids() -> Vec<CompletionCandidate> {
    let Some(repo) = root().and_then(|r| Repo::open(&r).ok()) else { return Vec::new() };
    repo.directory()
        .rooms()
        .map(|r| CompletionCandidate::new(r.id.to_string()).help(Some(r.name.clone().into())))
        .collect()
}

/// Cause categories of svc.toml with their names as help (issue 19: `--cause-category`
/// completed nothing).
fn cause_ids() -> Vec<CompletionCandidate> {
    let Some(repo) = root().and_then(|r| Repo::open(&r).ok()) else { return Vec::new() };
    repo.config()
        .complaints
        .cause_categories
        .iter()
        .map(|c| CompletionCandidate::new(c.id.to_string()).help(Some(c.name.clone().into())))
        .collect()
}

pub fn causes() -> ArgValueCandidates {
    ArgValueCandidates::new(cause_ids)
}

pub fn records() -> ArgValueCandidates {
    ArgValueCandidates::new(record_ids)
}

pub fn staff() -> ArgValueCandidates {
    ArgValueCandidates::new(staff_ids)
}

pub fn rooms() -> ArgValueCandidates {
    ArgValueCandidates::new(room_ids)
}
