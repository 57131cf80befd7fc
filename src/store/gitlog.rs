//! History read in one pass: one `git log` for the commits of a range, one `git diff-tree
//! --stdin` for what each commit changed against each of its parents (a merge against every
//! parent, not only the first), and one `git cat-file --batch` for the file versions those
//! changes name. Three processes, however long the history.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use super::git::git;

/// A commit, as the history rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedCommit {
    pub hash: String,
    pub parents: Vec<String>,
    pub author_name: String,
    pub author_email: String,
    pub committer_email: String,
    /// Seconds since the epoch.
    pub committed_at: i64,
    pub authored_at: i64,
    pub subject: String,
    /// `Svc-Renumbered: OLD NEW` trailers (what `svc renumber` records in its merge).
    pub renumbered: Vec<(String, String)>,
}

impl LoggedCommit {
    pub fn short(&self) -> &str {
        &self.hash[..self.hash.len().min(10)]
    }
}

/// One file a commit changed against one parent, paths as git names them (from the top of
/// the work tree). Blob ids are None where the file is absent on that side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    pub status: char,
    pub path: String,
    pub old_path: Option<String>,
    pub old_blob: Option<String>,
    pub new_blob: Option<String>,
}

/// The commits of `base..head` (every commit reachable from `head` and not from `base`;
/// all of them without a base), parents before children.
pub fn commits(root: &Path, base: Option<&str>, head: &str) -> io::Result<Vec<LoggedCommit>> {
    let range = match base {
        Some(b) => format!("{b}..{head}"),
        None => head.to_string(),
    };
    let format = "%H%x1f%P%x1f%an%x1f%ae%x1f%ce%x1f%ct%x1f%at%x1f%s%x1f%(trailers:key=Svc-Renumbered,valueonly,separator=%x1d)%x1e";
    let out = git(root, &["log", "--topo-order", "--reverse", &format!("--format={format}"), &range])?;
    Ok(out
        .split('\u{1e}')
        .map(|r| r.trim_start_matches('\n'))
        .filter(|r| !r.is_empty())
        .filter_map(|record| {
            let f: Vec<&str> = record.split('\u{1f}').collect();
            if f.len() < 9 {
                return None;
            }
            Some(LoggedCommit {
                hash: f[0].to_string(),
                parents: f[1].split_whitespace().map(str::to_string).collect(),
                author_name: f[2].to_string(),
                author_email: f[3].to_string(),
                committer_email: f[4].to_string(),
                committed_at: f[5].parse().unwrap_or(0),
                authored_at: f[6].parse().unwrap_or(0),
                subject: f[7].to_string(),
                renumbered: f[8]
                    .split('\u{1d}')
                    .filter_map(|t| {
                        let mut ids = t.split_whitespace();
                        Some((ids.next()?.to_string(), ids.next()?.to_string()))
                    })
                    .collect(),
            })
        })
        .collect())
}

/// For each `(commit, parent)` pair (parent None: a root commit, against nothing), what the
/// commit changed, in the pairs' order, from one `git diff-tree --stdin`.
pub fn changes(root: &Path, pairs: &[(String, Option<String>)]) -> io::Result<Vec<Vec<FileChange>>> {
    if pairs.is_empty() {
        return Ok(Vec::new());
    }
    let mut input = String::new();
    for (commit, parent) in pairs {
        match parent {
            Some(p) => input.push_str(&format!("{commit} {p}\n")),
            None => input.push_str(&format!("{commit}\n")),
        }
    }
    // --always prints every pair's header, even of an empty diff, so outputs line up.
    let args = ["diff-tree", "--stdin", "--always", "--root", "-r", "-z", "--raw", "--no-abbrev", "-M"];
    let out = super::git::run_with_input(root, &args, input.as_bytes())?;
    Ok(parse_diff_tree(&out, pairs.len()))
}

fn is_hash(token: &str) -> bool {
    (token.len() == 40 || token.len() == 64) && token.bytes().all(|b| b.is_ascii_hexdigit())
}

fn blob(id: &str) -> Option<String> {
    (!id.bytes().all(|b| b == b'0')).then(|| id.to_string())
}

/// `HASH\0:meta\0path\0[path\0]...` per pair, in order.
fn parse_diff_tree(out: &str, pairs: usize) -> Vec<Vec<FileChange>> {
    let mut result: Vec<Vec<FileChange>> = Vec::with_capacity(pairs);
    let mut tokens = out.split('\0').filter(|t| !t.is_empty()).peekable();
    while let Some(token) = tokens.next() {
        let token = token.trim_start_matches('\n');
        if is_hash(token.trim()) {
            result.push(Vec::new());
            continue;
        }
        let Some(meta) = token.strip_prefix(':') else { continue };
        let fields: Vec<&str> = meta.split_whitespace().collect();
        if fields.len() < 5 {
            continue;
        }
        let status = fields[4].chars().next().unwrap_or('M');
        let first = tokens.next().unwrap_or_default().to_string();
        let change = if matches!(status, 'R' | 'C') {
            let new = tokens.next().unwrap_or_default().to_string();
            FileChange {
                status,
                path: new,
                old_path: Some(first),
                old_blob: blob(fields[2]),
                new_blob: blob(fields[3]),
            }
        } else {
            FileChange { status, path: first, old_path: None, old_blob: blob(fields[2]), new_blob: blob(fields[3]) }
        };
        if let Some(last) = result.last_mut() {
            last.push(change);
        }
    }
    result.resize_with(pairs, Vec::new);
    result
}

/// The contents of objects named by id or by `REV:PATH`, from one `git cat-file --batch`;
/// names git does not know are left out.
pub fn contents(root: &Path, names: &[String]) -> io::Result<HashMap<String, Vec<u8>>> {
    let mut found = HashMap::new();
    if names.is_empty() {
        return Ok(found);
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut stdin = child.stdin.take().ok_or_else(|| io::Error::other("git cat-file: no stdin"))?;
    let input: String = names.iter().map(|n| format!("{n}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut reader = BufReader::new(child.stdout.take().ok_or_else(|| io::Error::other("git cat-file: no stdout"))?);
    for name in names {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 {
            break;
        }
        let fields: Vec<&str> = header.split_whitespace().collect();
        if fields.len() != 3 {
            continue; // `NAME missing`
        }
        let size: usize = fields[2].parse().map_err(io::Error::other)?;
        let mut body = vec![0; size + 1];
        reader.read_exact(&mut body)?;
        body.pop();
        found.insert(name.clone(), body);
    }
    writer.join().map_err(|_| io::Error::other("git cat-file: writer"))??;
    child.wait()?;
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_tree_output_lines_up_with_its_pairs_even_when_a_diff_is_empty() {
        let h1 = "a".repeat(40);
        let h2 = "b".repeat(40);
        let zero = "0".repeat(40);
        let out = format!(
            "{h1}\0{h2}\0:000000 100644 {zero} {h1} A\0records/x.toml\0:100644 100644 {h1} {h2} R090\0old.toml\0new.toml\0"
        );
        let parsed = parse_diff_tree(&out, 3);
        assert_eq!(parsed.len(), 3);
        assert!(parsed[0].is_empty(), "the first pair's diff is empty");
        assert_eq!(parsed[1].len(), 2);
        assert_eq!(parsed[1][0].status, 'A');
        assert_eq!(parsed[1][0].old_blob, None);
        assert_eq!(parsed[1][1].old_path.as_deref(), Some("old.toml"));
        assert_eq!(parsed[1][1].path, "new.toml");
        assert!(parsed[2].is_empty(), "a pair git said nothing of is empty");
    }
}
