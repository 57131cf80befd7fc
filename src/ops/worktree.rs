//! Whether the records in the work tree and in git's index are the ones HEAD holds
//! (GIT-5), and putting the index right when it is not.
//!
//! Two ways they differ, told apart by comparing each file with HEAD:
//! - a *staged reversion*: the work tree holds HEAD's version but the index another (a step
//!   killed between its commit and the index, an old `git add`), so the next plain
//!   `git commit` would undo or delete a step. `svc repair` resets those index entries.
//! - *uncommitted*: the work tree holds something HEAD does not (a hand edit, a step made
//!   with `--no-commit`): committing it is the person's choice.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::store::git;

/// How one record file differs from HEAD.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Divergence {
    /// Work tree as HEAD, index otherwise.
    StagedReversion,
    /// Work tree otherwise than HEAD (or untracked).
    Uncommitted,
}

/// Every file under `dir` (relative to `root`) whose work tree or index differs from HEAD.
/// Empty outside a git work tree or before the first commit.
pub fn divergences(root: &Path, dir: &str) -> io::Result<Vec<(String, Divergence)>> {
    if !git::in_work_tree(root) {
        return Ok(Vec::new());
    }
    let Some(head) = git::current_commit(root) else { return Ok(Vec::new()) };
    // One path may be listed twice (a staged deletion and the untracked file).
    let mut staged: BTreeMap<String, bool> = BTreeMap::new();
    for (x, _, path) in git::status(root, dir)?.entries {
        let entry = staged.entry(path).or_insert(false);
        *entry |= x != ' ' && x != '?';
    }
    let staged_paths: Vec<PathBuf> = staged.iter().filter(|(_, s)| **s).map(|(p, _)| PathBuf::from(p)).collect();
    let as_head = worktree_as_head(root, &head, &staged_paths)?;
    Ok(staged
        .into_iter()
        .map(|(path, is_staged)| {
            let reverted = is_staged && as_head.get(&path).copied().unwrap_or(false);
            (path, if reverted { Divergence::StagedReversion } else { Divergence::Uncommitted })
        })
        .collect())
}

/// For each path, whether the work tree holds exactly what HEAD holds (both absent too).
fn worktree_as_head(root: &Path, head: &str, paths: &[PathBuf]) -> io::Result<BTreeMap<String, bool>> {
    if paths.is_empty() {
        return Ok(BTreeMap::new());
    }
    let prefix = git::prefix(root)?;
    let in_head = git::blobs_at(root, head, &prefix, paths)?;
    let present: Vec<PathBuf> = paths.iter().filter(|p| root.join(p).is_file()).cloned().collect();
    let hashes = git::hash_files(root, &present, false)?;
    let in_tree: BTreeMap<&PathBuf, &String> = present.iter().zip(&hashes).collect();
    Ok(paths
        .iter()
        .zip(in_head)
        .map(|(p, head_blob)| (p.display().to_string(), in_tree.get(p).copied() == head_blob.as_ref()))
        .collect())
}

/// Resets the index entries of `paths` to HEAD (the work tree is left as it is).
pub fn restore_index(root: &Path, paths: &[String]) -> io::Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    let mut args = vec!["reset", "-q", "HEAD", "--"];
    args.extend(paths.iter().map(String::as_str));
    git::git(root, &args).map(drop)
}
