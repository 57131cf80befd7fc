//! Atomic writes: a temp file, flushed to disk, then moved into place. A crash leaves either
//! the old file or the new one, never half of either.
//!
//! Temp files live in `.svc/tmp/` at the repository root, with unique random names (never
//! a process id, which a later process may get again). Every writing command holds the
//! repository lock, so under the lock any file left there is from an interrupted write and
//! is removed ([`clean_temp`]).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The folder of temp files, relative to the repository root.
pub const TEMP_DIR: &str = ".svc/tmp";

/// Writes a new file; fails with `AlreadyExists` rather than overwrite one. The temp file
/// goes in `temp_dir`, which must be on the same file system as `path`.
pub fn write_new(temp_dir: &Path, path: &Path, contents: &[u8]) -> io::Result<()> {
    let temp = write_temp(temp_dir, path, contents, None)?;
    // A hard link fails if the target exists, where a rename would silently replace it.
    let linked = fs::hard_link(&temp, path);
    let _ = fs::remove_file(&temp);
    linked?;
    sync_dir(path);
    Ok(())
}

/// Replaces a file's contents atomically, keeping its permission bits (or creates it).
pub fn replace(temp_dir: &Path, path: &Path, contents: &[u8]) -> io::Result<()> {
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let temp = write_temp(temp_dir, path, contents, permissions)?;
    if let Err(e) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    sync_dir(path);
    Ok(())
}

/// The temp folder of a repository rooted at `root`.
pub fn temp_dir(root: &Path) -> PathBuf {
    root.join(TEMP_DIR)
}

/// For a file outside any repository: temp files beside it.
pub fn beside(path: &Path) -> PathBuf {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

fn write_temp(dir: &Path, path: &Path, contents: &[u8], permissions: Option<fs::Permissions>) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("record");
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".svc-tmp");
    // A new file gets the mode any editor would give it (0666 less the umask), not the
    // owner-only mode of a temp file: on a shared PC the next clerk must read the record.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(contents)?;
    if let Some(p) = permissions {
        file.as_file().set_permissions(p)?;
    }
    file.as_file().sync_all()?;
    let (_, temp) = file.keep().map_err(|e| e.error)?;
    Ok(temp)
}

/// Removes temp files left by interrupted writes; call it under the repository lock.
/// Returns how many it removed.
pub fn clean_temp(root: &Path) -> io::Result<usize> {
    // Where svc 0.1 kept its scratch index: a kill could leave it, with git's lock beside it.
    for old in [".svc/commit-index", ".svc/commit-index.lock"] {
        let _ = fs::remove_file(root.join(old));
    }
    let dir = root.join(TEMP_DIR);
    if !dir.is_dir() {
        return Ok(0);
    }
    let mut removed = 0;
    for entry in fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.is_file() {
            fs::remove_file(&path)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Temp files present now (for `svc check`), relative to the root.
pub fn leftover_temp(root: &Path) -> Vec<PathBuf> {
    let dir = root.join(TEMP_DIR);
    let mut found: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    found.sort();
    found.into_iter().map(|p| p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p)).collect()
}

/// Makes the new directory entry durable. Best effort: not every platform can.
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_new_never_overwrites_and_leaves_no_temp() {
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("a.toml");
        write_new(&temp_dir(root.path()), &path, b"one").unwrap();
        let err = write_new(&temp_dir(root.path()), &path, b"two").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        assert_eq!(leftover_temp(root.path()), Vec::<PathBuf>::new(), "no temp file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn replace_swaps_contents_and_keeps_permission_bits() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("a.toml");
        write_new(&temp_dir(root.path()), &path, b"one").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        replace(&temp_dir(root.path()), &path, b"two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert!(leftover_temp(root.path()).is_empty());
    }

    /// A new record is as readable as a file any program creates here (0666 less the
    /// umask), not owner-only like a temp file, so other clerks on a shared PC can read it.
    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_ordinary_mode_not_the_temp_files() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let ordinary = root.path().join("ordinary");
        File::create(&ordinary).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let (new, replaced) = (root.path().join("new.toml"), root.path().join("report.csv"));
        write_new(&temp_dir(root.path()), &new, b"one").unwrap();
        replace(&temp_dir(root.path()), &replaced, b"two").unwrap();
        assert_eq!(mode(&new), mode(&ordinary));
        assert_eq!(mode(&replaced), mode(&ordinary));
    }

    #[test]
    fn leftovers_are_found_and_cleaned() {
        let root = tempfile::tempdir().unwrap();
        fs::create_dir_all(root.path().join(TEMP_DIR)).unwrap();
        fs::write(root.path().join(TEMP_DIR).join("CMP-2026-0001.toml.x1y2.svc-tmp"), "half").unwrap();
        assert_eq!(leftover_temp(root.path()).len(), 1);
        assert_eq!(clean_temp(root.path()).unwrap(), 1);
        assert!(leftover_temp(root.path()).is_empty());
    }
}
