//! `svc stats` on the demo year, every figure checked against a count made here, straight
//! from the record files, without the code under test (CC-4.8, ATT-5).

use std::collections::{BTreeMap, BTreeSet};

use crate::common::project_root;
use chrono::{Datelike, NaiveDate, Weekday};
use toml::Value;

use crate::common::demo as svc;

fn report() -> serde_json::Value {
    serde_json::from_slice(&svc(&["stats", "yearly", "--year", "2026", "--format", "json"])).unwrap()
}

fn records(folder: &str) -> Vec<Value> {
    let dir = project_root().join("records").join(folder).join("2026");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
}

fn date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(&v.to_string(), "%Y-%m-%d").unwrap()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap()
}

/// The demo's complaints of 2026, praise forms left out.
fn complaints() -> Vec<Value> {
    records("complaints").into_iter().filter(|c| c.get("praised").is_none()).collect()
}

/// A working-day counter of the test's own, from svc.toml's calendar.
struct Days {
    holidays: BTreeSet<NaiveDate>,
    makeup: BTreeSet<NaiveDate>,
}

impl Days {
    fn load() -> Days {
        let cfg: Value = toml::from_str(&std::fs::read_to_string(project_root().join("svc.toml")).unwrap()).unwrap();
        let mut holidays = BTreeSet::new();
        for h in cfg["calendar"]["holidays"].as_array().unwrap() {
            let (mut d, to) = (date(&h["from"]), h.get("to").map(date).unwrap_or(date(&h["from"])));
            while d <= to {
                holidays.insert(d);
                d = d.succ_opt().unwrap();
            }
        }
        let makeup = cfg["calendar"]["makeup_workdays"].as_array().unwrap().iter().map(date).collect();
        Days { holidays, makeup }
    }

    fn worked(&self, d: NaiveDate) -> bool {
        self.makeup.contains(&d) || (!self.holidays.contains(&d) && !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
    }

    fn between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        from.iter_days().skip(1).take_while(|d| *d <= to).filter(|d| self.worked(*d)).count() as i64
    }
}

#[test]
fn counts_by_month_channel_room_and_responsibility() {
    let r = report();
    let all = complaints();
    assert_eq!(r["complaints"], all.len());
    assert_eq!(r["praise"], records("complaints").len() - all.len());
    for m in 1..=12u32 {
        let n = all.iter().filter(|c| date(&c["received"]).month() == m).count();
        assert_eq!(r["by_month"][m as usize - 1], n, "month {m}");
    }
    for channel in ["in-person", "phone", "box", "letter", "email"] {
        let n = all.iter().filter(|c| s(c, "channel") == channel).count();
        assert_eq!(r["by_channel"][channel].as_u64().unwrap_or(0), n as u64, "{channel}");
    }
    for room in ["R1", "R2", "R3", "R4", "R5"] {
        assert_eq!(r["by_room"][room], all.iter().filter(|c| s(c, "room") == room).count(), "{room}");
    }
    let whose = |c: &Value| c.get("triage").map_or("untriaged".to_string(), |t| s(t, "responsibility").to_string());
    for key in ["ours", "customer", "untriaged"] {
        assert_eq!(r["by_responsibility"][key], all.iter().filter(|c| whose(c) == key).count(), "{key}");
    }
}

#[test]
fn pareto_of_cause_categories() {
    let r = report();
    // The built-in category order breaks ties (svc.toml of the demo keeps the defaults).
    let order = ["attitude", "delay", "error", "information", "procedure", "facility", "other"];
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    let all = complaints();
    for c in &all {
        if let Some(a) = c.get("analysis") {
            *counts.entry(s(a, "cause_category")).or_default() += 1;
        }
    }
    let total: u32 = counts.values().sum();
    let mut rows: Vec<(&str, u32)> = counts.into_iter().collect();
    rows.sort_by_key(|(cat, n)| (std::cmp::Reverse(*n), order.iter().position(|o| o == cat)));
    let pareto = r["pareto"].as_array().unwrap();
    assert_eq!(pareto.len(), rows.len());
    let mut running = 0;
    for (got, (cat, n)) in pareto.iter().zip(rows) {
        assert_eq!(got["category"], cat);
        assert_eq!(got["count"], n);
        let before = running;
        running += n;
        assert!((got["cumulative"].as_f64().unwrap() - f64::from(running) / f64::from(total)).abs() < 1e-9);
        assert_eq!(got["vital"], f64::from(before) < 0.8 * f64::from(total), "{cat}");
    }
}

/// The day a complaint's CAPA was first verified effective.
fn effective_on(capas: &BTreeMap<String, Value>, complaint: &Value) -> Option<NaiveDate> {
    let capa = capas.get(s(complaint.get("analysis")?, "capa"))?;
    capa["rounds"]
        .as_array()?
        .iter()
        .filter_map(|r| r.get("verification"))
        .find(|v| v["effective"].as_bool() == Some(true))
        .map(|v| date(&v["on"]))
}

#[test]
fn recurrences_same_cause_same_room_within_the_window_after_an_effective_verification() {
    let r = report();
    let capas: BTreeMap<String, Value> = records("capa").into_iter().map(|c| (s(&c, "id").to_string(), c)).collect();
    let all = complaints();
    let mut expected = Vec::new();
    for c in &all {
        let Some(a) = c.get("analysis") else { continue };
        let earlier = all
            .iter()
            .filter(|f| s(f, "id") != s(c, "id") && s(f, "room") == s(c, "room"))
            .filter(|f| f.get("analysis").is_some_and(|fa| s(fa, "cause_category") == s(a, "cause_category")))
            .filter_map(|f| effective_on(&capas, f).filter(|on| *on < date(&c["received"])).map(|on| (on, s(f, "id"))))
            .max();
        // Within svc.toml's recurrence_window_days (180) of that latest fix.
        if let Some((on, after)) = earlier
            && date(&c["received"]) <= on + chrono::Days::new(180)
        {
            expected.push((s(c, "id").to_string(), after.to_string()));
        }
    }
    let got: Vec<(String, String)> = r["recurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["complaint"].as_str().unwrap().to_string(), x["after"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(got, expected);
    assert!(!got.is_empty(), "the demo has recurrences");
}

#[test]
fn capa_figures() {
    let r = report();
    let c = &r["capa"];
    // CC-4.8: the CAPAs of the year's complaints (not the one opened in January for a
    // complaint of December 2025).
    let capas: Vec<Value> =
        records("capa").into_iter().filter(|k| s(k, "complaint").starts_with("CMP-2026-")).collect();
    let as_of = NaiveDate::parse_from_str(crate::common::DEMO_DAY, "%Y-%m-%d").unwrap();
    let effective = |capa: &Value| {
        capa["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r.get("verification"))
            .find(|v| v["effective"].as_bool() == Some(true))
            .map(|v| date(&v["on"]))
    };
    assert_eq!(c["opened"], capas.len());
    let closed: Vec<&Value> = capas.iter().filter(|k| effective(k).is_some()).collect();
    assert_eq!(c["closed"], closed.len());
    assert_eq!(c["open_at_end"], capas.iter().filter(|k| effective(k).is_none_or(|d| d > as_of)).count());
    let one_round = closed.iter().filter(|k| k["rounds"].as_array().unwrap().len() == 1).count();
    assert_eq!(c["rounds_needed"]["1"], one_round);
    assert_eq!(c["rounds_needed"]["2"], closed.len() - one_round);
    assert!((c["first_time_rate"].as_f64().unwrap() - one_round as f64 / closed.len() as f64).abs() < 1e-9);
    let verifications: Vec<&Value> =
        capas.iter().flat_map(|k| k["rounds"].as_array().unwrap()).filter_map(|r| r.get("verification")).collect();
    let late = verifications.iter().filter(|v| v["late"].as_bool() == Some(true)).count();
    assert_eq!(c["verifications_late"], late);
    assert_eq!(c["verifications_on_time"], verifications.len() - late);
    let actions: Vec<&Value> = capas
        .iter()
        .flat_map(|k| k["rounds"].as_array().unwrap())
        .flat_map(|r| r.get("actions").and_then(Value::as_array).into_iter().flatten())
        .collect();
    let done: Vec<&&Value> = actions.iter().filter(|a| a.get("done").is_some()).collect();
    assert_eq!(c["actions_done"], done.len());
    assert_eq!(c["actions_done_by_due"], done.iter().filter(|a| date(&a["done"]) <= date(&a["due"])).count());
    let reminders: usize = capas.iter().map(|k| k.get("reminders").and_then(Value::as_array).map_or(0, Vec::len)).sum();
    assert_eq!(c["reminders"], reminders);
    // Median working days from receipt to closing, on the test's own calendar.
    let days = Days::load();
    let mut spans: Vec<i64> = records("complaints")
        .iter()
        .filter_map(|k| k.get("closing").map(|cl| days.between(date(&k["received"]), date(&cl["on"]))))
        .collect();
    spans.sort_unstable();
    let n = spans.len();
    let median = if n % 2 == 1 { spans[n / 2] as f64 } else { (spans[n / 2 - 1] + spans[n / 2]) as f64 / 2.0 };
    assert_eq!(c["median_days_to_close"].as_f64().unwrap(), median);
}

#[test]
fn replies_wanted_given_outstanding() {
    let r = report();
    let all = complaints();
    let wanted: Vec<&Value> = all.iter().filter(|c| c["customer"]["wants_reply"].as_bool() == Some(true)).collect();
    let given = wanted.iter().filter(|c| c.get("closing").is_some_and(|cl| cl.get("reply").is_some())).count();
    assert_eq!(r["replies"]["wanted"], wanted.len());
    assert_eq!(r["replies"]["given"], given);
    assert_eq!(r["replies"]["outstanding"], wanted.len() - given);
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark for Excel");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

#[test]
fn csv_round_trips_with_chinese_intact() {
    let rows = csv_rows(&svc(&["--lang", "zh-Hant", "stats", "yearly", "--year", "2026", "--format", "csv"]));
    assert_eq!(rows[0], ["部分", "項目", "指標", "數值"]);
    assert!(rows.contains(&vec!["按渠道".into(), "投訴箱".into(), "件數".into(), "6".into()]), "{rows:?}");
    let report = report();
    let pareto_first = &report["pareto"][0];
    let first_name = "辦理拖延"; // the name of `delay` in the built-in categories
    assert_eq!(pareto_first["category"], "delay");
    let row = rows.iter().find(|r| r[0] == "原因類別（柏拉圖）" && r[1] == first_name && r[2] == "件數").unwrap();
    assert_eq!(row[3], pareto_first["count"].to_string());
    let en = csv_rows(&svc(&["stats", "yearly", "--year", "2026", "--format", "csv", "--lang", "en"]));
    assert_eq!(en[0], ["section", "item", "measure", "value"]);
    let plain = svc(&["--lang", "zh-Hant", "stats", "yearly", "--year", "2026", "--format", "csv", "--no-bom"]);
    assert!(plain.starts_with("部分".as_bytes()));
    assert!(String::from_utf8(plain).unwrap().contains("\r\n"), "CRLF rows for Excel");
}

#[test]
fn no_personal_data_of_customers_in_any_statistics_output() {
    let mut personal = BTreeSet::new();
    for c in records("complaints") {
        for key in ["name", "contact"] {
            if let Some(v) = c["customer"].get(key) {
                personal.insert(v.as_str().unwrap().to_string());
            }
        }
    }
    assert!(personal.len() >= 10, "the demo has customers' names and contacts");
    for format in ["table", "csv", "json", "html"] {
        for lang in ["zh", "en"] {
            let out =
                String::from_utf8(svc(&["stats", "yearly", "--year", "2026", "--format", format, "--lang", lang]))
                    .unwrap();
            for p in &personal {
                assert!(!out.contains(p.as_str()), "{format}/{lang} shows `{p}`");
            }
        }
    }
}

#[test]
fn free_text_that_would_start_a_formula_is_neutralised() {
    let repo = crate::common::TestRepo::new();
    let config = repo.read("svc.toml").replace("name = \"服務態度\"", "name = \"=HYPERLINK(\\\"http://x\\\")\"");
    repo.write("svc.toml", config);
    let id = repo.ok("S11", &["complaint", "new", "--channel", "in-person", "--room", "R1", "--summary", "x"]);
    repo.ok("S11", &["complaint", "triage", &id, "--ours"]);
    repo.ok(
        "S02",
        &["complaint", "analyse", &id, "--cause-category", "attitude", "--cause", "x", "--responsible", "S11"],
    );
    let csv = repo.ok("S02", &["--lang", "zh-Hant", "stats", "yearly", "--format", "csv", "--no-bom"]);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.csv");
    svc(&[
        "--lang",
        "zh-Hant",
        "stats",
        "yearly",
        "--year",
        "2026",
        "--format",
        "csv",
        "--output",
        path.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(bytes, svc(&["--lang", "zh-Hant", "stats", "yearly", "--year", "2026", "--format", "csv"]));
}

#[test]
fn monthly_attendance_statistics_across_rooms() {
    let json: serde_json::Value =
        serde_json::from_slice(&svc(&["stats", "monthly", "2026-03", "--format", "json"])).unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 16, "staff and room heads of five rooms");
    let failed: Vec<&str> =
        rows.iter().filter(|r| r["passes"] == false).map(|r| r["staff"].as_str().unwrap()).collect();
    assert_eq!(failed, ["S11"]);
    let csv = csv_rows(&svc(&["--lang", "zh-Hant", "stats", "monthly", "2026-03", "--format", "csv"]));
    assert!(csv.contains(&vec!["各室".into(), "R1 工商登記室".into(), "不合格".into(), "1".into()]), "{csv:?}");
    assert!(csv.contains(&vec!["各室".into(), "R2 稅務室".into(), "病假天數".into(), "1".into()]), "{csv:?}");
    assert!(csv.contains(&vec!["個人".into(), "S11 李小龍".into(), "遲到".into(), "3".into()]), "{csv:?}");
    let table = String::from_utf8(svc(&["stats", "monthly", "2026-03", "--lang", "en"])).unwrap();
    assert!(table.contains("attendance statistics 2026-03"), "{table}");
}

/// `--date` inside the year: every figure as of that day, against a recount of the files
/// that ignores every step dated after it.
#[test]
fn figures_as_of_a_day_inside_the_year_ignore_later_steps() {
    let day = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let r: serde_json::Value = serde_json::from_slice(&crate::common::demo_on(
        "2026-06-30",
        &["stats", "yearly", "--year", "2026", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(r["as_of"], "2026-06-30");
    let by = |c: &Value, step: &str| c.get(step).is_some_and(|t| date(&t["on"]) <= day);
    let received: Vec<Value> = complaints().into_iter().filter(|c| date(&c["received"]) <= day).collect();
    assert_eq!(r["complaints"], received.len());
    let ours = received.iter().filter(|c| by(c, "triage") && s(&c["triage"], "responsibility") == "ours").count();
    let untriaged = received.iter().filter(|c| !by(c, "triage")).count();
    assert_eq!(r["by_responsibility"]["ours"], ours);
    assert_eq!(r["by_responsibility"]["untriaged"], untriaged);
    let analysed = received.iter().filter(|c| by(c, "analysis")).count() as u64;
    let pareto_total: u64 = r["pareto"].as_array().unwrap().iter().map(|p| p["count"].as_u64().unwrap()).sum();
    assert_eq!(pareto_total, analysed, "only analyses made by then");
    let given = received
        .iter()
        .filter(|c| c["customer"]["wants_reply"].as_bool() == Some(true))
        .filter(|c| {
            c.get("closing").and_then(|cl| cl.get("reply")).is_some_and(|r| date(&r["on"]) <= day) && by(c, "closing")
        })
        .count();
    assert_eq!(r["replies"]["given"], given);
    let capas: Vec<Value> =
        records("capa").into_iter().filter(|k| s(k, "complaint").starts_with("CMP-2026-")).collect();
    let opened = capas.iter().filter(|c| date(&c["opened"]) <= day).count();
    assert_eq!(r["capa"]["opened"], opened);
    let effective_by = |c: &Value| {
        c["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r.get("verification"))
            .find(|v| v["effective"].as_bool() == Some(true))
            .map(|v| date(&v["on"]))
    };
    let closed = capas.iter().filter(|c| effective_by(c).is_some_and(|d| d <= day)).count();
    assert_eq!(r["capa"]["closed"], closed);
    assert_eq!(r["capa"]["open_at_end"], opened - closed);
    let reminders: usize = capas
        .iter()
        .map(|c| {
            c.get("reminders")
                .and_then(|r| r.as_array())
                .map_or(0, |r| r.iter().filter(|x| date(&x["on"]) <= day).count())
        })
        .sum();
    assert_eq!(r["capa"]["reminders"], reminders);
    // Later in the year the same figures grow: the day matters.
    let full = report();
    assert!(full["complaints"].as_u64() > r["complaints"].as_u64());
    assert!(full["capa"]["reminders"].as_u64() >= r["capa"]["reminders"].as_u64());
}

#[test]
fn every_channel_is_listed_even_at_zero() {
    let r: serde_json::Value = serde_json::from_slice(&crate::common::demo_on(
        "2026-01-31",
        &["stats", "yearly", "--year", "2026", "--format", "json"],
    ))
    .unwrap();
    let channels: Vec<&String> = r["by_channel"].as_object().unwrap().keys().collect();
    assert_eq!(channels, ["box", "email", "in-person", "letter", "phone"]);
    assert_eq!(r["by_channel"]["letter"], 0, "no letter in January");
}

#[test]
fn a_category_that_fell_to_zero_stays_in_the_change_table() {
    let repo = crate::common::TestRepo::new();
    let id = repo
        .ok("S11", &["--date", "2025-06-02", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    repo.ok("S11", &["--date", "2025-06-02", "complaint", "triage", &id, "--ours"]);
    let analyse = ["complaint", "analyse", &id, "--cause-category", "facility", "--cause", "x", "--responsible", "S11"];
    repo.ok("S02", &[&["--date", "2025-06-03"][..], &analyse].concat());
    assert!(!id.is_empty());
    let out = repo
        .svc()
        .args([
            "--date",
            "2026-06-30",
            "stats",
            "yearly",
            "--year",
            "2026",
            "--lang",
            "en",
            "--format",
            "csv",
            "--no-bom",
        ])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    let row = csv
        .lines()
        .find(|l| l.starts_with("Change against the previous year,") && l.contains("facility"))
        .map(String::from);
    let rows: Vec<&str> =
        csv.lines().filter(|l| l.starts_with("Change against the previous year,") && l.contains("facility")).collect();
    assert!(row.is_some(), "the category of last year is listed: {csv}");
    assert!(rows.iter().any(|l| l.ends_with(",-1")), "{rows:?}");
}

/// The HTML page asks for the fonts of its own script first, and a year with no records
/// before it gets no comparison with it (issue 19: 上年 0 / +35).
#[test]
fn the_page_uses_its_scripts_fonts_and_compares_only_with_a_year_that_has_records() {
    let html = |lang: &str, year: &str| {
        String::from_utf8(crate::common::demo(&["--lang", lang, "stats", "yearly", "--year", year, "--format", "html"]))
            .unwrap()
    };
    let hans = html("zh-Hans", "2026");
    let fonts = &hans[hans.find("font-family:").unwrap()..];
    assert!(fonts.starts_with("font-family:'Noto Sans CJK SC'"), "{}", &fonts[..80]);
    let hant = html("zh-Hant", "2026");
    assert!(hant[hant.find("font-family:").unwrap()..].starts_with("font-family:'Noto Sans CJK TC'"));
    assert!(hant.contains("與上年比較") || hant.contains("上年"), "2026 is compared with 2025, which has records");
    let csv = |year: &str| {
        String::from_utf8(crate::common::demo(&[
            "--lang", "zh-Hant", "stats", "yearly", "--year", year, "--format", "csv",
        ]))
        .unwrap()
    };
    assert!(csv("2026").contains("上年"), "2025 has two complaints: compared");
    assert!(!csv("2025").contains("上年"), "2024 has none: no comparison");
}
