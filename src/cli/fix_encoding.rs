//! `svc fix-encoding FILE...`: a record an office editor saved as GBK or Big5, converted to
//! UTF-8 (what every record must be), with the lines it changed shown so a person can see
//! the Chinese reads right.

use crate::t;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use clap::Args as ClapArgs;
use encoding_rs::{BIG5, Encoding, GBK};

use crate::store::atomic;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// The files to convert.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The encoding they were saved in, when both readings are possible: gbk (Simplified:
    /// GB 2312 / GBK / GB 18030) or big5 (Traditional).
    #[arg(long, value_enum)]
    from: Option<From>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum From {
    Gbk,
    Big5,
}

/// Decodes `bytes` with `encoding`: the text, if it decodes without a single error.
fn decode(bytes: &[u8], encoding: &'static Encoding) -> Option<String> {
    let (text, _, had_errors) = encoding.decode(bytes);
    (!had_errors).then(|| text.into_owned())
}

/// How the bytes read: the encoding and the text. When both encodings read without
/// error, the one sharing more characters with the files around it (names, rooms, the
/// usual words of the centre's records, all UTF-8) is taken; a tie asks for --from.
fn reading(
    bytes: &[u8],
    from: Option<From>,
    known: &std::collections::HashSet<char>,
) -> Result<(&'static str, String)> {
    let gbk = decode(bytes, GBK);
    let big5 = decode(bytes, BIG5);
    let score = |t: &str| t.chars().filter(|c| !c.is_ascii() && known.contains(c)).count();
    match (from, gbk, big5) {
        (Some(From::Gbk), Some(t), _) => Ok(("GBK", t)),
        (Some(From::Big5), _, Some(t)) => Ok(("Big5", t)),
        (Some(from), _, _) => bail!("{}", t!("encoding-not-as", from = format!("{from:?}"))),
        (None, Some(g), None) => Ok(("GBK", g)),
        (None, None, Some(b)) => Ok(("Big5", b)),
        (None, Some(g), Some(b)) if score(&g) > score(&b) => Ok(("GBK", g)),
        (None, Some(g), Some(b)) if score(&b) > score(&g) => Ok(("Big5", b)),
        (None, Some(_), Some(_)) => bail!("{}", t!("encoding-ambiguous")),
        (None, None, None) => bail!("{}", t!("encoding-unknown")),
    }
}

/// The characters of the UTF-8 files beside `path` and of the repository's svc.toml.
fn known_characters(path: &std::path::Path) -> std::collections::HashSet<char> {
    let mut known = std::collections::HashSet::new();
    let mut add = |p: &std::path::Path| {
        if let Ok(text) = std::fs::read_to_string(p) {
            known.extend(text.chars().filter(|c| !c.is_ascii()));
        }
    };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten().take(200) {
        if entry.path() != path {
            add(&entry.path());
        }
    }
    let absolute = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    if let Some(root) = absolute.ancestors().find(|a| a.join(crate::store::repo::CONFIG_FILE).is_file()) {
        add(&root.join(crate::store::repo::CONFIG_FILE));
    }
    known
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut converted = 0;
    for path in &args.files {
        let bytes = std::fs::read(path).with_context(|| crate::t!("io-cannot-read", path = path.display()))?;
        if std::str::from_utf8(&bytes).is_ok() {
            errln!("{}", t!("encoding-already", path = path.display()));
            continue;
        }
        let known = known_characters(path);
        let (encoding, text) = reading(&bytes, args.from, &known).with_context(|| format!("{}", path.display()))?;
        errln!("{}", t!("encoding-converted-lines", path = path.display(), encoding = encoding));
        for (n, line) in (1..).zip(text.lines()).filter(|(_, l)| !l.is_ascii()) {
            outln!("{}:{n}: {}", path.display(), super::output::visible(line))?;
        }
        atomic::replace(&atomic::beside(path), path, text.as_bytes())
            .map_err(|source| crate::store::repo::WriteError { path: path.display().to_string(), source })?;
        converted += 1;
    }
    errln!("{}", t!("encoding-converted", n = converted));
    Ok(ExitCode::SUCCESS)
}
