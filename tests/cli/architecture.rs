//! The shape of the code (issue 21): the layers point one way (cli → ops → store → domain
//! → i18n), and the modules of src/domain import each other without a circle, so each can
//! be read, tested and changed from the leaves up. A `use` that closes a circle fails here,
//! naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::common::files_under;

/// The `.rs` files of `dir` that are built into svc: a module declared under
/// `#[cfg(test)]` (the mutation cases, the tests' helpers) is left out.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let test_only = test_only_modules(dir);
    files_under(dir, "rs").into_iter().filter(|f| !test_only.contains(f)).collect()
}

/// Files of modules declared right after `#[cfg(test)]` in a `mod.rs` under `dir`.
fn test_only_modules(dir: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    for path in files_under(dir, "rs").into_iter().filter(|p| p.file_name().is_some_and(|n| n == "mod.rs")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2).filter(|w| w[0].trim() == "#[cfg(test)]") {
            let declared = pair[1].trim().trim_start_matches("pub(crate) ").trim_start_matches("pub ");
            if let Some(name) = declared.strip_prefix("mod ").and_then(|n| n.strip_suffix(';')) {
                found.insert(path.parent().unwrap().join(format!("{name}.rs")));
            }
        }
    }
    found
}

/// The code of a file without its comments and its unit tests (a doc link or a test's
/// helper is not a dependency of the module).
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// The top-level module of src/domain a file belongs to (`rules/capa.rs` → `rules`).
fn top_module(domain: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(domain).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level domain modules a file names: `crate::domain::x`, and `super::x` from a
/// file directly in src/domain.
fn named_modules(code: &str, direct_child: bool, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let mut find = |prefix: &str| {
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if modules.contains(&name) {
                named.insert(name);
            }
            // `use super::{a, b::C}` names several.
            if rest.starts_with('{') {
                let inside = &rest[1..rest.find('}').unwrap_or(rest.len())];
                for part in inside.split(',') {
                    let name: String = part.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if modules.contains(&name) {
                        named.insert(name);
                    }
                }
            }
        }
    };
    find("crate::domain::");
    if direct_child {
        find("super::");
    }
    named
}

/// One circle among `graph`'s nodes, if there is one.
fn a_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn walk(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = walk(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| walk(node, graph, &mut Vec::new(), &mut done))
}

fn domain_graph() -> BTreeMap<String, BTreeSet<String>> {
    let domain = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain"));
    let files = rust_files(&domain);
    let modules: BTreeSet<String> = files.iter().map(|f| top_module(&domain, f)).filter(|m| m != "mod").collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules.iter().map(|m| (m.clone(), BTreeSet::new())).collect();
    for file in &files {
        let module = top_module(&domain, file);
        if module == "mod" {
            continue;
        }
        // `super::` names a domain module from a file of src/domain and from a folder's
        // mod.rs (`rules/mod.rs` is `domain::rules`); deeper, it names the folder's own.
        let direct_child = file.parent() == Some(domain.as_path()) || file.file_name().is_some_and(|n| n == "mod.rs");
        for named in named_modules(&code_of(file), direct_child, &modules) {
            if named != module {
                graph.get_mut(&module).unwrap().insert(named);
            }
        }
    }
    graph
}

#[test]
fn the_domain_modules_import_each_other_without_a_circle() {
    let graph = domain_graph();
    assert!(graph.len() >= 20, "the domain's modules were found: {graph:?}");
    assert!(graph["rules"].contains("complaint"), "the rules import the records they judge: {graph:?}");
    if let Some(circle) = a_circle(&graph) {
        panic!("src/domain imports in a circle: {}", circle.join(" → "));
    }
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"]), ("d", vec![])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
            .collect();
    assert_eq!(a_circle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    let modules: BTreeSet<String> = ["capa", "date"].iter().map(|s| s.to_string()).collect();
    let named = named_modules("use super::{capa::Capa, date::Date};\nuse crate::domain::capa;", true, &modules);
    assert_eq!(named, modules);
}

/// The layers: the domain knows no files, clock or command line; the store no command line
/// or use case; ops no command line.
#[test]
fn the_layers_point_one_way() {
    let src = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut wrong = Vec::new();
    for (layer, forbidden) in [
        ("domain", &["crate::store", "crate::cli", "crate::ops", "std::fs", "std::process"][..]),
        ("store", &["crate::cli", "crate::ops"][..]),
        ("ops", &["crate::cli"][..]),
    ] {
        for file in rust_files(&src.join(layer)) {
            let code = code_of(&file);
            for f in forbidden.iter().filter(|f| code.contains(*f)) {
                wrong.push(format!("{} uses {f}", file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Messages are data below the command line (issue 21): the domain, the store and the use
/// cases say `msg!` (an id and its arguments) and never render text in the reader's
/// language themselves (`t!`, `i18n::message`); the command line renders what it shows.
/// `domain/token.rs` and the rules' registry are exempt: they name values and rules for
/// the help and the lists, which the command line asks them for.
#[test]
fn below_the_command_line_messages_are_ids_not_text() {
    let src = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let exempt = [src.join("domain/token.rs"), src.join("domain/rules/registry.rs")];
    let renders = |code: &str| {
        code.match_indices("t!(").any(|(at, _)| {
            !code[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                || code[..at].ends_with("crate::")
        }) || ["i18n::message(", "i18n::message_in(", "i18n::lookup(", "i18n::current("]
            .iter()
            .any(|f| code.contains(f))
    };
    let mut wrong = Vec::new();
    for layer in ["domain", "store", "ops"] {
        for file in rust_files(&src.join(layer)).into_iter().filter(|f| !exempt.contains(f)) {
            if renders(&code_of(&file)) {
                wrong.push(file.display().to_string());
            }
        }
    }
    assert!(wrong.is_empty(), "these render messages instead of returning them (use msg!):\n{}", wrong.join("\n"));
    assert!(renders("let m = t!(\"x\");") && renders("crate::t!(\"x\")") && !renders("format!(\"x\") msg!(\"y\")"));
}

/// The kinds of record and their record types, read from the `kinds!` table of
/// src/domain/mod.rs (rows `Kind(Type): "PREFIX", "folder", ...`).
fn table_of_kinds() -> Vec<(String, String, String, String)> {
    let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/mod.rs")).unwrap();
    let row = regex::Regex::new(r#"(?m)^\s+([A-Z]\w*)\(([A-Z]\w*)\): "([A-Z]+)", "([a-z]+)","#).unwrap();
    row.captures_iter(&table).map(|c| (c[1].into(), c[2].into(), c[3].into(), c[4].into())).collect()
}

/// A file that lists every kind by hand: all their prefixes, all their folders, every
/// `RecordKind::` variant or every record type named in its code.
fn lists_every_kind(code: &str, kinds: &[(String, String, String, String)]) -> Option<&'static str> {
    let word = |w: &str| regex::Regex::new(&format!(r"\b{w}\b")).unwrap().is_match(code);
    if kinds.iter().all(|(_, _, prefix, _)| code.contains(&format!("\"{prefix}\""))) {
        return Some("every id prefix");
    }
    if kinds.iter().all(|(_, _, _, folder)| code.contains(&format!("\"{folder}\""))) {
        return Some("every folder");
    }
    if kinds.iter().all(|(kind, _, _, _)| code.contains(&format!("RecordKind::{kind}"))) {
        return Some("every RecordKind");
    }
    if kinds.iter().all(|(_, ty, _, _)| word(ty)) {
        return Some("every record type");
    }
    None
}

/// The kinds are listed once, in the table (issue 21): every other list of them (the
/// enum, the slots, the registry, the mutation cases, the output schemas) is built from it,
/// so a new kind is a row there, not an edit in each file that handles every kind. The
/// generator is exempt: it writes a centre's records of every kind, each by its own steps.
#[test]
fn the_kinds_are_listed_once_in_the_table() {
    let kinds = table_of_kinds();
    assert_eq!(kinds.len(), svc::domain::id::RecordKind::ALL.len(), "the table's rows were read: {kinds:?}");
    let src = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let exempt = [src.join("domain/mod.rs"), src.join("cli/generate.rs")];
    let mut by_hand = Vec::new();
    for file in rust_files(&src).into_iter().filter(|f| !exempt.contains(f)) {
        if let Some(what) = lists_every_kind(&code_of(&file), &kinds) {
            by_hand.push(format!("{} names {what}", file.display()));
        }
    }
    assert!(by_hand.is_empty(), "list the kinds in the kinds! table of src/domain/mod.rs:\n{}", by_hand.join("\n"));
    let old_table = kinds.iter().map(|(k, t, p, f)| format!("{k}: {t}, \"{p}\", \"{f}\";")).collect::<String>();
    assert_eq!(lists_every_kind(&old_table, &kinds), Some("every id prefix"));
}

/// The modules of the table of kinds (`complaint`, `attendance`, `review in stats`, ...):
/// the heads of its groups, indented as the table indents them.
fn table_modules() -> Vec<String> {
    let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/mod.rs")).unwrap();
    let head = regex::Regex::new(r"(?m)^ {12}([a-z_]+)(?: in [a-z_]+)? \{$").unwrap();
    head.captures_iter(&table).map(|c| c[1].to_string()).collect()
}

/// Where a file declares or dispatches to one of the kinds' modules by hand: `mod x;`,
/// `x::Command` or `x::run(`.
fn names_a_kind_module(code: &str, module: &str) -> Option<&'static str> {
    let declares = regex::Regex::new(&format!(r"\bmod {module};")).unwrap();
    if declares.is_match(code) {
        return Some("declares it");
    }
    if code.contains(&format!("{module}::Command")) || code.contains(&format!("{module}::run(")) {
        return Some("dispatches to it");
    }
    None
}

/// A new kind is its module's files (the record type, its rules, its commands) and a row of
/// the table (issue 21): the rules' and the command line's modules of each kind are
/// declared, and its commands dispatched, from the table, so no `mod.rs` gains a line
/// (the use cases of `src/ops` that span records are named for the use case).
#[test]
fn a_kinds_modules_are_declared_by_the_table_alone() {
    let modules = table_modules();
    assert_eq!(modules.len(), 10, "the table's modules were read: {modules:?}");
    let src = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let table = src.join("domain/mod.rs");
    let mut by_hand = Vec::new();
    // ops has a module per use case, not per kind (ops/complaint.rs is the analysis).
    let layers = [src.join("domain"), src.join("cli")];
    for file in layers.iter().flat_map(|dir| files_under(dir, "rs")).filter(|f| *f != table) {
        let code = code_of(&file);
        for module in &modules {
            if let Some(what) = names_a_kind_module(&code, module) {
                by_hand.push(format!("{} {what}: {module}", file.display()));
            }
        }
    }
    assert!(
        by_hand.is_empty(),
        "declare and dispatch a kind's modules from the table of kinds:\n{}",
        by_hand.join("\n")
    );
    assert_eq!(names_a_kind_module("mod filing;\nmod inspection;", "inspection"), Some("declares it"));
    assert_eq!(
        names_a_kind_module("Command::Box(cmd) => collection::run(ctx, cmd),", "collection"),
        Some("dispatches to it")
    );
    assert_eq!(names_a_kind_module("use crate::domain::inspection::Inspection;", "inspection"), None);
}
