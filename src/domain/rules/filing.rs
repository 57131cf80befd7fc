//! CC-6: each record is one file, named by its id, in its kind's folder and its year.

use crate::msg;

use super::{Finding, Index, Kind, Origin, Paths, Sink, Subject, rules};

rules! {
    READABLE = "file.readable", Cc6, Error, Recorded,
        "A record file is UTF-8 TOML without conflict markers, with the fields of its kind and their types.";
    PLACED = "file.placed", Cc6, Error, Recorded,
        "Only record files live under records/: `<kind>/<year>/<ID>.toml`.";
    ID_MATCHES_FILE = "file.id-matches-file", Cc6, Error, Recorded,
        "The `id` inside a file is its file name, of the kind its folder holds, under its year.";
    ID_UNIQUE = "file.id-unique", Cc6, Error, Recorded,
        "No two files hold the same id.";
    PLAIN_TEXT = "file.plain-text", Cc6, Error, Recorded,
        "Text fields hold no control characters (terminal escapes among them) and no invisible or bidi controls (U+202E and kin); newlines and tabs are fine. A text field holds at most 20,000 characters.";
    INTERRUPTED_STEP = "file.no-interrupted-step", Cc6, Error, Recorded,
        "No step is left half-written: a journal under .svc/ is finished by the next command that writes.";
    LEFTOVER_TEMP = "file.no-leftover-temp", Cc6, Warning, Recorded,
        "No temp file of an interrupted write is left under .svc/tmp (the next command that writes removes them).";
}

/// The most characters a text field holds: a long letter is a few thousand.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Every string of the record is free of control characters but newline and tab.
pub(super) fn plain_text<T: serde::Serialize>(record: &T, sink: &mut Sink) {
    super::strings::each_string(record, &mut |key, text| {
        let (hostile, chars) = first_hostile_and_length(text);
        if let Some(c) = hostile {
            sink.report(&PLAIN_TEXT, key, msg!("rule-control-character", key = key, character = c.escape_unicode()));
        }
        if chars > MAX_TEXT_CHARS {
            sink.report(&PLAIN_TEXT, key, msg!("rule-text-too-long", key = key, n = chars, max = MAX_TEXT_CHARS));
        }
    });
}

/// The first character of `text` that plain text refuses, and its length in characters:
/// one pass over every string of every record, the common all-ASCII text byte by byte.
fn first_hostile_and_length(text: &str) -> (Option<char>, usize) {
    use crate::domain::fields::is_hostile_char;
    if text.is_ascii() {
        return (text.bytes().map(char::from).find(|&c| is_hostile_char(c)), text.len());
    }
    let mut first = None;
    let mut chars = 0;
    for c in text.chars() {
        chars += 1;
        if first.is_none() && is_hostile_char(c) {
            first = Some(c);
        }
    }
    (first, chars)
}

/// The id inside the file agrees with its name, kind folder and year folder.
pub(super) fn placed<T: Kind>(record: &T, origin: Origin, paths: &Paths, sink: &mut Sink) {
    let id = record.id();
    let stem = paths.stem(origin.file());
    if !crate::domain::id::displays_as(&id, stem) {
        sink.report(&ID_MATCHES_FILE, "id", msg!("rule-id-file-name", id = id, stem = stem));
    }
    if id.kind != T::KIND {
        sink.report(
            &ID_MATCHES_FILE,
            "id",
            msg!("rule-id-kind", id = id, noun = T::KIND.noun(), folder = T::KIND.folder()),
        );
    }
    let folder = paths.parent(origin.file(), 1);
    if !crate::domain::id::displays_as(&id.year, folder) {
        sink.report(&ID_MATCHES_FILE, "id", msg!("rule-id-year", id = id, folder = folder, year = id.year));
    }
}

/// Every file holding an id that another file holds too is named, with the others: the
/// runs of one id in the index, which is sorted by id (no second list of every id).
pub(super) fn unique_ids(index: &Index, paths: &Paths, out: &mut Vec<Finding>) {
    for group in index.shared_ids() {
        let files: Vec<Origin> = group.iter().filter_map(|e| e.origin).collect();
        let id = group[0].id;
        for origin in &files {
            let others: Vec<String> =
                files.iter().filter(|o| o.file != origin.file).map(|o| paths.get(o.file())).collect();
            if others.is_empty() {
                continue;
            }
            Sink::new(out, Subject::File(origin.file())).report(
                &ID_UNIQUE,
                "id",
                msg!("rule-id-shared", id = id, others = others.join(", ")),
            );
        }
    }
}

/// A hand edit of the demo records that breaks each rule of this module, for the mutation
/// test of `rules/mutations.rs`: (rule, the record or "svc.toml" it is reported for, the edit).
#[cfg(test)]
pub(super) fn mutations() -> Vec<super::mutations::Case> {
    use super::mutations::*;
    vec![
        ("file.id-matches-file", "CMP-2026-0001", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0001").id = "CMP-2026-0099".parse().unwrap()
        }),
        ("file.plain-text", "CMP-2026-0002", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0002").summary = "\u{1b}]0;pwned\u{7}等候".into()
        }),
        ("file.id-unique", "CMP-2026-0003", |_, r| {
            rec::<Complaint>(r, "CMP-2026-0003").id = "CMP-2026-0002".parse().unwrap()
        }),
    ]
}

#[cfg(test)]
mod tests {
    use super::first_hostile_and_length;

    #[test]
    fn plain_text_scans_ascii_and_other_text_alike() {
        assert_eq!(first_hostile_and_length("ok\tline\n"), (None, 8));
        assert_eq!(first_hostile_and_length("a\u{7}b\u{1b}"), (Some('\u{7}'), 4), "the first of two");
        assert_eq!(first_hostile_and_length("窗口\u{202e}服務\u{1b}"), (Some('\u{202e}'), 6), "counted in characters");
        assert_eq!(first_hostile_and_length("第2室窗口"), (None, 5));
        assert_eq!(first_hostile_and_length(""), (None, 0));
    }
}
