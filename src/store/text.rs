//! Reading record files as text, and turning byte offsets and key paths into line:column.
//!
//! Files on a shared office PC arrive in every state: saved as GBK or Big5 by an old editor,
//! with a byte-order mark from Notepad, or with git merge-conflict markers. Each gets an
//! error that names the place and the fix instead of a parser's confusion.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem with one file, at a place in it when one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub message: crate::i18n::Msg,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// The error as a message: the file, the place when known, what is wrong.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self.position {
            Some(p) => crate::msg!(
                "error-at",
                path = self.path.display(),
                line = p.line,
                column = p.column,
                error = self.message
            ),
            None => crate::msg!("error-in", what = self.path.display(), error = self.message),
        }
    }
}

/// 1-based line and column; the column counts characters, not bytes, so it is right for
/// Chinese text too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position { line, column: before[line_start..].chars().count() + 1 }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Reads a file that must be UTF-8 TOML text. A leading byte-order mark is dropped.
/// The largest file svc reads as a record or svc.toml: a form, however long its letter, is
/// kilobytes; anything larger is refused before it is read (a 100 MB summary would hold
/// hundreds of MB in check).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

pub fn read_text(path: &Path) -> Result<String, FileError> {
    use std::io::Read as _;
    let cannot = |e: std::io::Error| FileError {
        path: path.to_path_buf(),
        position: None,
        message: crate::msg!("file-cannot-read", error = e),
    };
    let too_large = |len: u64| FileError {
        path: path.to_path_buf(),
        position: None,
        message: crate::msg!("file-too-large", mb = len / (1024 * 1024), max = MAX_FILE_BYTES / (1024 * 1024)),
    };
    // One lookup of the path: the size comes from the open file, and no more than the cap
    // is ever read (a file that grows while it is read is refused too).
    let file = std::fs::File::open(path).map_err(cannot)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(too_large(len));
    }
    let mut bytes = Vec::with_capacity(len as usize + 1);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    decode(path, bytes)
}

pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, FileError> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Err(not_utf8(path, e)),
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if let Some(position) = conflict_marker(&text) {
        return Err(FileError {
            path: path.to_path_buf(),
            position: Some(position),
            message: crate::msg!("file-conflict"),
        });
    }
    Ok(text)
}

fn not_utf8(path: &Path, e: std::string::FromUtf8Error) -> FileError {
    let bytes = e.as_bytes();
    let good = e.utf8_error().valid_up_to();
    // Everything before the first bad byte is valid UTF-8, so positions there are exact.
    let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
    let bad = bytes[good];
    // An encoding is named only when the bytes decode cleanly in it (issue 20): random
    // bytes are not "GBK or Big5".
    let clean: Vec<&str> = [(encoding_rs::BIG5, "Big5"), (encoding_rs::GBK, "GBK")]
        .into_iter()
        .filter(|(encoding, _)| encoding.decode_without_bom_handling_and_without_replacement(bytes).is_some())
        .map(|(_, name)| name)
        .collect();
    let byte = format!("0x{bad:02X}");
    let message = match clean.as_slice() {
        [] => crate::msg!("file-not-text", byte = byte),
        names => crate::msg!("file-not-utf8", byte = byte, encodings = names.join(" / ")),
    };
    FileError { path: path.to_path_buf(), position: Some(Position::of_offset(prefix, prefix.len())), message }
}

/// The first line that is a git conflict marker, if any.
fn conflict_marker(text: &str) -> Option<Position> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\r', '\n']);
        let is_marker = bare.starts_with("<<<<<<< ")
            || bare == "<<<<<<<"
            || bare.starts_with(">>>>>>> ")
            || bare == ">>>>>>>"
            || bare == "=======";
        if is_marker {
            return Some(Position::of_offset(text, offset));
        }
        offset += line.len();
    }
    None
}

/// Parses TOML into `T`, with syntax, type and unknown-field errors placed at line:column.
pub fn parse<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, FileError> {
    toml::from_str(text).map_err(|e| FileError {
        path: path.to_path_buf(),
        position: e.span().map(|s| Position::of_offset(text, s.start)),
        message: tidy_toml_message(e.message()),
    })
}

/// Like [`parse`], but a file with several problems reports each of them: after each
/// error the offending key is set aside and the rest of the file parsed again, so an unknown
/// field does not hide a wrong type further down. Positions are in the original text.
pub fn parse_all<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, Vec<FileError>> {
    const MOST: usize = 32;
    // The common case, a file that parses, costs one parse and nothing more.
    let first = match toml::from_str::<T>(text) {
        Ok(record) => return Ok(record),
        Err(e) => e,
    };
    let original = KeyLocator::new(text);
    let mut current = text.to_string();
    let mut pending_first = Some(first);
    let mut errors: Vec<FileError> = Vec::new();
    let mut set_aside: Vec<Vec<String>> = Vec::new();
    for _ in 0..MOST {
        let e = match pending_first.take().map(Err).unwrap_or_else(|| toml::from_str::<T>(&current)) {
            Ok(record) if errors.is_empty() => return Ok(record),
            Ok(_) => break,
            Err(e) => e,
        };
        let at = e.span().and_then(|s| key_path_at(&current, s.start));
        if let Some(field) = e.message().strip_prefix("missing field `").and_then(|r| r.split('`').next())
            && set_aside.iter().any(|p| p.last().map(String::as_str) == Some(field))
        {
            break; // missing only because an earlier error set it aside
        }
        let position = if errors.is_empty() {
            e.span().map(|s| Position::of_offset(text, s.start))
        } else {
            at.as_ref().and_then(|p| original.locate(&p.join(".")))
        };
        let mut message = tidy_toml_message(e.message());
        if let Some(key) = at.as_ref().filter(|p| !p.is_empty()).map(|p| p.join("."))
            && !names_key(&message, key.rsplit('.').next().unwrap_or(&key))
        {
            message = crate::msg!("file-at-key", key = &key, message = message);
        }
        errors.push(FileError { path: path.to_path_buf(), position, message });
        let Some(key) = at.filter(|p| !p.is_empty()) else { break };
        let Some(rest) = without_key(&current, &key) else { break };
        current = rest;
        set_aside.push(key);
    }
    Err(errors)
}

/// The dotted path of the key whose `key = value` holds byte `offset`.
fn key_path_at(text: &str, offset: usize) -> Option<Vec<String>> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut path = Vec::new();
    path_in_table(doc.as_table(), offset, &mut path).then_some(path)
}

fn path_in_table(table: &dyn toml_edit::TableLike, offset: usize, path: &mut Vec<String>) -> bool {
    use toml_edit::{Item, Value};
    for (key, item) in table.iter() {
        path.push(key.to_string());
        let found = match item {
            Item::Table(t) => path_in_table(t, offset, path),
            Item::Value(Value::InlineTable(t)) => path_in_table(t, offset, path) || covers(table, key, item, offset),
            Item::ArrayOfTables(array) => array.iter().enumerate().any(|(i, t)| {
                path.push(i.to_string());
                let hit = path_in_table(t, offset, path);
                if !hit {
                    path.pop();
                }
                hit
            }),
            _ => covers(table, key, item, offset),
        };
        if found {
            return true;
        }
        path.pop();
    }
    false
}

fn covers(table: &dyn toml_edit::TableLike, key: &str, item: &toml_edit::Item, offset: usize) -> bool {
    let start = table.get_key_value(key).and_then(|(k, _)| k.span()).map(|s| s.start);
    let end = item.span().map(|s| s.end);
    matches!((start, end), (Some(a), Some(b)) if a <= offset && offset < b.max(a + 1))
}

/// `text` with the key at `path` removed; None when it cannot be found.
fn without_key(text: &str, path: &[String]) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = text.parse().ok()?;
    remove_at(doc.as_table_mut(), path)?;
    Some(doc.to_string())
}

fn remove_at(table: &mut dyn toml_edit::TableLike, path: &[String]) -> Option<()> {
    let (first, rest) = path.split_first()?;
    if rest.is_empty() {
        return table.remove(first).map(|_| ());
    }
    match table.get_mut(first)? {
        toml_edit::Item::ArrayOfTables(array) => {
            let (index, rest) = rest.split_first()?;
            let inner = array.get_mut(index.parse().ok()?)?;
            if rest.is_empty() {
                return None;
            }
            remove_at(inner, rest)
        }
        item => remove_at(item.as_table_like_mut()?, rest),
    }
}

/// Whether the message already names the key: as its field, or in the parser's own words.
fn names_key(message: &crate::i18n::Msg, key: &str) -> bool {
    matches!(message.arg("field"), Some(crate::i18n::Arg::Text(f)) if f == key) || message.mentions(&format!("`{key}`"))
}

fn tidy_toml_message(message: &str) -> crate::i18n::Msg {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // toml says: unknown field `x`, expected one of `a`, `b`, ...
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = expected.split('`').skip(1).step_by(2);
        let hint = crate::domain::suggest::did_you_mean(field, known);
        let hint = hint.unwrap_or_else(|| crate::msg!("file-check-spelling"));
        return crate::msg!("file-unknown-field", field = field, hint = hint);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return crate::msg!("file-missing-field", field = rest.trim_end_matches('`'));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return crate::msg!("file-wrong-type", found = found, expected = expected);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((value, expected)) = rest.split_once("`, expected ")
    {
        return crate::msg!("file-unknown-value", value = value, expected = expected);
    }
    // The TOML parser's own words (a syntax error): kept, under our heading.
    crate::msg!("file-toml", message = message)
}

/// Where a dotted key path (`rounds.0.verification.late`) sits in `text`: the deepest part
/// of the path that exists, else the top of the file. `None` only when the text does not parse.
pub fn position_of_key(text: &str, key: &str) -> Option<Position> {
    KeyLocator::new(text).locate(key)
}

/// One file parsed once (keeping spans) to place any number of keys in it.
pub struct KeyLocator<'a> {
    text: &'a str,
    doc: Option<toml_edit::Document<&'a str>>,
}

impl<'a> KeyLocator<'a> {
    pub fn new(text: &'a str) -> KeyLocator<'a> {
        KeyLocator { text, doc: toml_edit::Document::parse(text).ok() }
    }

    /// See [`position_of_key`].
    pub fn locate(&self, key: &str) -> Option<Position> {
        let doc = self.doc.as_ref()?;
        let segments: Vec<&str> = key.split('.').filter(|s| !s.is_empty()).collect();
        let span = find_span(doc.as_item(), &segments);
        Some(Position::of_offset(self.text, span.map_or(0, |s| s.start)))
    }
}

type Span = std::ops::Range<usize>;

fn find_span(item: &toml_edit::Item, segments: &[&str]) -> Option<Span> {
    use toml_edit::{Item, Value};
    let (first, rest) = segments.split_first()?;
    match first.parse::<usize>() {
        Ok(i) => match item {
            Item::ArrayOfTables(array) => {
                let table = array.get(i)?;
                find_in_table(table, rest).or_else(|| table.span())
            }
            Item::Value(Value::Array(array)) => array.get(i)?.span(),
            _ => None,
        },
        Err(_) => find_in_table(item.as_table_like()?, segments),
    }
}

fn find_in_table(table: &dyn toml_edit::TableLike, segments: &[&str]) -> Option<Span> {
    let (first, rest) = segments.split_first()?;
    let (key, value) = table.get_key_value(first)?;
    find_span(value, rest).or_else(|| key.span())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    #[test]
    fn columns_count_characters() {
        let text = "a = 1\nsummary = \"窗口態度\" x";
        assert_eq!(Position::of_offset(text, text.find('x').unwrap()), Position { line: 2, column: 18 });
    }

    #[test]
    fn gbk_bytes_are_named_with_their_place() {
        // "summary = " then 客户 in GBK.
        let mut bytes = b"id = 1\nsummary = \"".to_vec();
        bytes.extend([0xBF, 0xCD, 0xBB, 0xA7, b'"']);
        let err = decode(Path::new("x.toml"), bytes).unwrap_err();
        assert_eq!(err.position, p(2, 12));
        assert!(err.message.has("file-not-utf8"), "{err}");
    }

    #[test]
    fn conflict_markers_are_refused() {
        let text = "id = 1\n<<<<<<< HEAD\nstatus = \"open\"\n=======\nstatus = \"closed\"\n>>>>>>> other\n";
        let err = decode(Path::new("x.toml"), text.as_bytes().to_vec()).unwrap_err();
        assert_eq!(err.position, p(2, 1));
        assert!(err.message.has("file-conflict"));
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        assert_eq!(decode(Path::new("x"), "\u{feff}a = 1".as_bytes().to_vec()).unwrap(), "a = 1");
    }

    #[test]
    fn keys_are_found_in_nested_tables_and_arrays() {
        let text = "id = 1\n\n[analysis]\ncapa = \"x\"\n\n[[rounds]]\n\n[[rounds.actions]]\nkind = 1\n\n[[rounds]]\n\n[rounds.verification]\non = 1\nlate = true\n";
        assert_eq!(position_of_key(text, "id"), p(1, 1));
        assert_eq!(position_of_key(text, "analysis.capa"), p(4, 1));
        assert_eq!(position_of_key(text, "rounds.0.actions.0.kind"), p(9, 1));
        assert_eq!(position_of_key(text, "rounds.1.verification.late"), p(15, 1));
        // A key that is not there points at the deepest part that is.
        assert_eq!(position_of_key(text, "analysis.missing"), p(3, 2));
        assert_eq!(position_of_key(text, ""), p(1, 1));
    }
}
