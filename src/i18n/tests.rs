//! The catalogue's own tests: every file parses, every message exists in every language
//! with the same arguments, the Simplified files are what `zhconv` makes of the
//! Traditional ones, and every id the code asks for exists (and none is left unused).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n")
}

/// The catalogue files: (file, language). Messages and help are separate files so that
/// the help (English in doc comments) has no English file.
const FILES: [(&str, Lang); 7] = [
    ("en.ftl", Lang::En),
    ("zh-Hant.ftl", Lang::ZhHant),
    ("zh-Hans.ftl", Lang::ZhHans),
    ("help.zh-Hant.ftl", Lang::ZhHant),
    ("help.zh-Hans.ftl", Lang::ZhHans),
    ("rules.zh-Hant.ftl", Lang::ZhHant),
    ("rules.zh-Hans.ftl", Lang::ZhHans),
];

fn read(file: &str) -> String {
    std::fs::read_to_string(dir().join(file)).unwrap()
}

/// Each message id of a file with the names of the variables it uses.
fn entries(file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(read(file)) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{file} does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            assert!(m.value.is_some(), "{file}: {} has no value", m.id.name);
            let fresh = out.insert(m.id.name.to_string(), vars).is_none();
            assert!(fresh, "{file}: {} twice", m.id.name);
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, vars),
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                variables(&v.value, vars);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    let en = entries("en.ftl");
    for file in ["zh-Hant.ftl", "zh-Hans.ftl"] {
        let other = entries(file);
        let only_en: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let only_other: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "only in en.ftl, not in {file}: {only_en:?}");
        assert!(only_other.is_empty(), "only in {file}, not in en.ftl: {only_other:?}");
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{id}: the arguments differ between en.ftl and {file}");
        }
    }
    for (hant, hans) in [("help.zh-Hant.ftl", "help.zh-Hans.ftl"), ("rules.zh-Hant.ftl", "rules.zh-Hans.ftl")] {
        let (hant, hans) = (entries(hant), entries(hans));
        assert_eq!(hant.keys().collect::<Vec<_>>(), hans.keys().collect::<Vec<_>>());
        for id in hant.keys() {
            assert!(!en.contains_key(id), "{id} is both a message and a translation of the code's English");
        }
    }
}

/// What `zhconv` makes of a Traditional catalogue: the Simplified one. Comments and ids
/// are converted too (ids are ASCII, so they stay).
fn simplified(traditional: &str) -> String {
    let mut out = String::from("# Generated from the Traditional catalogue by zhconv: do not edit by hand.\n");
    out.push_str(&zhconv::zhconv(traditional, zhconv::Variant::ZhCN));
    out
}

#[test]
fn simplified_catalogues_are_generated_from_the_traditional() {
    for (hant, hans) in [
        ("zh-Hant.ftl", "zh-Hans.ftl"),
        ("help.zh-Hant.ftl", "help.zh-Hans.ftl"),
        ("rules.zh-Hant.ftl", "rules.zh-Hans.ftl"),
    ] {
        let want = simplified(&read(hant));
        if std::env::var_os("SVC_BLESS").is_some() {
            std::fs::write(dir().join(hans), &want).unwrap();
        }
        assert!(read(hans) == want, "src/i18n/{hans} is not generated from {hant}: run `SVC_BLESS=1 cargo test i18n`");
    }
}

#[test]
fn every_bundle_loads_whole() {
    for (file, _) in FILES {
        FluentResource::try_new(read(file)).unwrap_or_else(|(_, e)| panic!("{file}: {e:?}"));
    }
    for lang in Lang::ALL {
        let mut b = FluentBundle::new_concurrent(vec![lang.tag().parse().unwrap()]);
        for source in lang.sources() {
            b.add_resource(FluentResource::try_new(source.to_string()).unwrap()).unwrap();
        }
    }
}

/// Every `t!("id"` in the source, with the file it is in.
fn ids_in_source() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, call) in
                    text.match_indices("tid!(").chain(text.match_indices("t!(")).chain(text.match_indices("msg!("))
                {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // format!(", print!(", the t!( inside tid!( ...
                    }
                    let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else { continue };
                    let id = &rest[..rest.find('"').unwrap()];
                    out.insert(id.to_string(), path.display().to_string());
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out.remove("id"); // this module's own documentation
    // Only what can be an id: the scanner's own patterns are not.
    out.retain(|id, _| {
        id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    });
    out
}

/// Families of ids the code builds from a value rather than writing them out; each
/// family has its own test that it is complete (tokens, rules).
const BUILT_IDS: &[&str] = &["value-", "column-", "ground-", "act-"];

#[test]
fn every_id_the_code_asks_for_exists_and_none_is_unused() {
    let used = ids_in_source();
    let en = entries("en.ftl");
    let missing: Vec<_> = used.iter().filter(|(id, _)| !en.contains_key(*id)).collect();
    assert!(missing.is_empty(), "asked for by the code but not in the catalogue: {missing:?}");
    let unused: Vec<_> =
        en.keys().filter(|id| !used.contains_key(*id) && !BUILT_IDS.iter().any(|p| id.starts_with(p))).collect();
    assert!(unused.is_empty(), "in the catalogue but never asked for: {unused:?}");
}

/// Every column of a list (`headers: vec![...]`, `let mut headers = vec![...]`) has its
/// heading in every language.
#[test]
fn every_column_heading_exists() {
    let mut found = 0;
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Labels of records shown as lines (`line("logged by", …)`) and of previews.
        let labelled = text.contains("Form::default()") || text.contains(".confirm(");
        let labels: Vec<&str> = if labelled {
            text.split("(\"").skip(1).filter_map(|rest| rest.split_once("\", ")).map(|(k, _)| k).collect()
        } else {
            text.split("line(\"").skip(1).filter_map(|rest| rest.split_once('"')).map(|(k, _)| k).collect()
        };
        for key in labels
            .into_iter()
            .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == ' ' || c == '_'))
        {
            let id = format!("column-{}", key.replace(' ', "-"));
            for lang in Lang::ALL {
                assert!(has(lang, &id), "{}: no label {id} in {lang}", path.display());
            }
            found += 1;
        }
        for start in text.match_indices("headers = vec![").chain(text.match_indices("headers: vec![")).map(|(i, _)| i) {
            let list = &text[start..];
            let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
            for key in list.split('"').skip(1).step_by(2) {
                let id = format!("column-{}", key.replace(' ', "-"));
                for lang in Lang::ALL {
                    assert!(has(lang, &id), "{}: no heading {id} in {lang}", path.display());
                }
                found += 1;
            }
        }
    }
    assert!(found >= 40, "{found} column headings");
}

#[test]
fn languages_read_from_tags_and_locales() {
    for (text, lang) in [
        ("en", Some(Lang::En)),
        ("en_GB.UTF-8", Some(Lang::En)),
        ("zh-Hant", Some(Lang::ZhHant)),
        ("zh_TW.UTF-8", Some(Lang::ZhHant)),
        ("zh_HK", Some(Lang::ZhHant)),
        ("zh", Some(Lang::ZhHant)),
        ("zh-Hans", Some(Lang::ZhHans)),
        ("zh_CN.GB18030", Some(Lang::ZhHans)),
        ("zh-Hans-CN", Some(Lang::ZhHans)),
        ("简体", Some(Lang::ZhHans)),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("fr_FR.UTF-8", None),
        ("", None),
    ] {
        assert_eq!(Lang::parse(text), lang, "{text:?}");
    }
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(Lang::from_locale(env(&[("LANG", "zh_CN.UTF-8")])), Some(Lang::ZhHans));
    assert_eq!(Lang::from_locale(env(&[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "en_US.UTF-8")])), Some(Lang::En));
    assert_eq!(Lang::from_locale(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "zh_TW")])), Some(Lang::ZhHant));
    assert_eq!(Lang::from_locale(env(&[("LANG", "C.UTF-8")])), None);
    assert_eq!(Lang::from_locale(env(&[])), None);
}

#[test]
fn arguments_fill_in_and_numbers_select() {
    let summary = |lang, files: i64, errors: i64, allowed: i64| {
        let mut args = FluentArgs::new();
        args.set("files", arg(&files));
        args.set("errors", arg(&errors));
        args.set("warnings", arg(&0));
        args.set("allowed", arg(&allowed));
        message_in(lang, "check-summary", Some(&args))
    };
    assert_eq!(summary(Lang::En, 1, 1, 0), "1 file, 1 error, 0 warnings");
    assert_eq!(summary(Lang::En, 196, 2, 8), "196 files, 2 errors, 0 warnings, 8 allowed");
    assert_eq!(summary(Lang::ZhHant, 196, 2, 8), "196 個檔案，2 個錯誤，0 個警告，另有 8 個已允許");
    assert_eq!(summary(Lang::ZhHans, 196, 2, 0), "196 个档案，2 个错误，0 个警告");
    // Leading zeros are text, not a number.
    assert_eq!(arg("007"), FluentValue::from("007"));
}

#[test]
fn every_ground_is_described_in_every_language() {
    use crate::domain::conduct::Ground;
    use crate::domain::token::Token;
    for ground in Ground::ALL {
        for lang in Lang::ALL {
            assert!(has(lang, &format!("ground-{ground}")), "ground-{ground} in {lang}");
        }
    }
}
