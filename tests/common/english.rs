//! The English words a reader of Chinese would meet in svc's output (issue 19): what is
//! typed or named as it is (ids, rule names, clause ids, commands and flags, file names)
//! removed first.

use regex::Regex;

/// What may stand in Latin letters: each pattern is removed before words are looked for.
pub fn allowed() -> Vec<Regex> {
    [
        r"\x1b\[[0-9;?]*[A-Za-z]",                         // colour, cursor
        r"[\w./-]+\.(?:toml|csv|json|html|xlsx|md|yml)\b", // file names
        r"`[^`]*`",                                        // code: commands, keys
        r"\bsvc(?: [^\s，。；：、（）「」\]]+)*",          // command lines
        r"--?[a-z][a-z-]*",                                // flags
        r"<[A-Z_]+>",                                      // value names
        r"\$?\b[A-Z]+(?:_[A-Z]+)+\b",                      // environment variables
        r"\b[A-Z]+(?:-\d{4})?(?:-\d{2})?-\d{4}\b",         // record ids
        r"\bSHEET-\d{4}-\d{2}\b",                          // a month's sheet
        r"\b[A-Z]{2,4}-\d+(?:\.\d+)*\b",                   // clause ids
        r"\b[a-z]+(?:\.[a-z0-9-]+)+\b",                    // rule names
        r"\b[A-Z]\d{1,2}\b",                               // staff, rooms, grounds
        r"\[可填：[^\]]*\]|\[預設：[^\]]*\]",              // the values one types
        r"\b[a-z]+(?:-[a-z]+)*（",                         // a token with its name
        r"\b(?:Enter|Esc|Tab) 鍵",                         // a key, by its label
        r"YYYY-MM(?:-DD)?|HH:MM",                          // how to write a date
        r"\b[A-Z]+-…",                                     // an id's prefix
        r"\bzh-Han[st]\b|\ben\b|\bLANG\b",                 // language tags
        r"^  [a-z-]+ {2,}",                                // a help's command list
        r"^[0-9a-f]{10} |<[^<>@\s]+@[^<>\s]+>",            // a commit and its author
        r"\[別名: [^\]]*\]",                               // a command's other names
    ]
    .iter()
    .map(|p| Regex::new(p).unwrap())
    .collect()
}

/// Names that are the same in every language: programs, formats, and the demo's one
/// customer who gave an English name (a person's name is data).
const PROPER_NOUNS: &[&str] =
    &["git", "CSV", "JSON", "TOML", "UTF", "Excel", "LibreOffice", "Mr", "Smith", "CAPA", "Tab", "BOM"];

/// The English words in `output` (one per line they occur on), after removing what is allowed.
pub fn english_words(output: &str, allowed: &[Regex]) -> Vec<String> {
    let word = Regex::new(r"[A-Za-z]{2,}").unwrap();
    let mut found = Vec::new();
    for line in output.lines() {
        let mut rest = line.to_string();
        for pattern in allowed {
            rest = pattern.replace_all(&rest, " ").into_owned();
        }
        for w in word.find_iter(&rest).map(|m| m.as_str()).filter(|w| !PROPER_NOUNS.contains(w)) {
            found.push(format!("`{w}` in: {}", line.trim()));
        }
    }
    found
}
