//! Any bytes as a complaint record, or as svc.toml, next to the demo centre's svc.toml:
//! `svc check` must not panic, and must place every finding in a file at a line.
#![no_main]

use libfuzzer_sys::fuzz_target;

const SVC_TOML: &str = include_str!("../../svc.toml");

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let (config, record): (&[u8], &[u8]) = match data.first() {
        Some(b) if b % 4 == 0 => (&data[1..], b""),
        _ => (SVC_TOML.as_bytes(), data),
    };
    std::fs::write(root.join("svc.toml"), config).unwrap();
    let folder = root.join("records/complaints/2026");
    std::fs::create_dir_all(&folder).unwrap();
    if !record.is_empty() {
        std::fs::write(folder.join("CMP-2026-0001.toml"), record).unwrap();
    }
    let today = "2026-11-27".parse().unwrap();
    let options = svc::ops::check::Options { date: Some(today), ..Default::default() };
    for f in svc::ops::check::check(root, &options).unwrap().findings {
        assert!(!f.file.is_empty() && f.line >= 1 && f.column >= 1);
    }
});
