//! What git remembers that the working tree no longer shows.

use std::path::Path;
use std::process::Command;

/// File names that git history shows as deleted under `dir` (relative to `root`), so a
/// number used once is never handed out again. Empty outside a git repository or without
/// git: the files on disk are then all there is to go by.
pub fn deleted_file_names(root: &Path, dir: &Path) -> Vec<String> {
    let rel = dir.strip_prefix(root).unwrap_or(dir);
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "--all", "--diff-filter=D", "--name-only", "--format=", "--"])
        .arg(rel)
        .output();
    let Ok(output) = output else { return Vec::new() };
    if !output.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| Path::new(line.trim()).file_name()?.to_str().map(str::to_string))
        .collect()
}
