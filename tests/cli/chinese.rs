//! Values typed in Chinese: channels, statuses, kinds in Traditional or Simplified, rooms by
//! name. The files keep the stable English tokens and room ids, whoever typed them.

use crate::common::*;

#[test]
fn a_complaint_logged_in_chinese_is_stored_in_tokens() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S12",
        &["--no-commit", "complaint", "new", "--channel", "現場", "--room", "稅務室", "--summary", "等候過久"],
    );
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("channel = \"in-person\""), "{form}");
    assert!(form.contains("room = \"R2\""), "{form}");

    let simplified =
        repo.ok("S12", &["--no-commit", "complaint", "new", "--channel", "电邮", "--room", "R1", "--summary", "x"]);
    assert!(repo.read(&complaint_path(&simplified)).contains("channel = \"email\""));

    let listed = repo.ok("S12", &["complaint", "list", "--status", "已登記", "--room", "稅務室", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["id"], id.as_str());
    let none: Vec<serde_json::Value> =
        serde_json::from_str(&repo.ok("S12", &["complaint", "list", "--status", "已结案", "--format", "json"]))
            .unwrap();
    assert!(none.is_empty(), "no form is closed: {none:#?}");
}

#[test]
fn a_leave_slip_in_chinese_is_stored_in_tokens() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S40",
        &[
            "--no-commit",
            "leave",
            "request",
            "--staff",
            "S40",
            "--kind",
            "病假",
            "--from",
            "2026-03-03",
            "--to",
            "2026-03-03",
            "--reason",
            "發燒",
        ],
    );
    assert!(repo.read(&leave_path(&id)).contains("kind = \"sick\""));
}

#[test]
fn an_unknown_value_lists_the_choices_with_their_chinese_names() {
    let repo = TestRepo::new();
    let args = ["--lang", "zh-Hant", "complaint", "new", "--channel", "传真", "--room", "R1", "--summary", "x"];
    let err = repo.fails(2, "S12", &args);
    assert!(
        err.contains("`传真` 不是 --channel") && err.contains("in-person (現場)") && err.contains("box (投訴箱)"),
        "{err}"
    );
    let err = repo.fails(2, "S12", &["complaint", "list", "--room", "稅務"]);
    assert!(err.contains("unknown room `稅務`") && err.contains("R2 稅務室"), "{err}");
    assert!(repo.snapshot().keys().all(|p| !p.starts_with("records")), "nothing written");
}

#[test]
fn help_names_each_value_in_chinese() {
    let repo = TestRepo::new();
    let out = repo.svc().args(["--lang", "zh-Hant", "complaint", "new", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("in-person（現場）") && help.contains("email（電郵）"), "{help}");
}

/// `svc complaint new --help` as each language reads it: the command, a flag, the
/// headings, a value, an example's comment; no English left in the Chinese ones.
#[test]
fn help_speaks_each_language() {
    let repo = TestRepo::new();
    let help = |lang: &str| {
        let out = repo.svc().args(["--lang", lang, "complaint", "new", "--help"]).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let hant = help("zh-Hant");
    for want in
        ["填寫新的投訴單", "用法：", "選項", "全域選項", "投訴的渠道", "範例：", "在終端機上：詢問渠道", "顯示說明"]
    {
        assert!(hant.contains(want), "{want} not in:\n{hant}");
    }
    let hans = help("zh-Hans");
    for want in ["填写新的投诉单", "用法：", "选项", "投诉的渠道", "范例：", "in-person（现场）"]
    {
        assert!(hans.contains(want), "{want} not in:\n{hans}");
    }
    let en = help("en");
    for want in ["Write a new complaint form", "Usage:", "Options:", "How it came in", "Examples:"] {
        assert!(en.contains(want), "{want} not in:\n{en}");
    }
    let top = String::from_utf8(repo.svc().args(["--lang", "zh-Hant", "--help"]).output().unwrap().stdout).unwrap();
    assert!(top.contains("[別名: 投訴, 投诉]") && top.contains("全域選項"), "{top}");
    for english in
        ["Usage", "Options", "Print help", "Examples", "How it came in", "default:", "possible values", "aliases"]
    {
        for help in [&hant, &hans, &top] {
            assert!(!help.contains(english), "`{english}` left in Chinese help:\n{help}");
        }
    }
}

/// A mistyped flag is explained in the reader's language, with the fix.
#[test]
fn usage_errors_speak_the_language() {
    let repo = TestRepo::new();
    let err = repo.fails(2, "S12", &["--lang", "zh-Hant", "complaint", "new", "--chanel", "phone"]);
    assert!(
        err.contains("無法識別的參數 `--chanel`") && err.contains("`--channel`") && err.contains("用法："),
        "{err}"
    );
    let err = repo.fails(2, "S12", &["--lang", "zh-Hans", "complaint", "neww"]);
    assert!(err.contains("没有 `neww` 这个命令"), "{err}");
    let err = repo.fails(2, "S12", &["--lang", "fr", "check"]);
    assert!(err.contains("fr"), "{err}");
}

/// The language comes from --lang, else SVC_LANG, else `[centre] lang` in svc.toml, else
/// the locale, else Traditional Chinese.
#[test]
fn the_language_is_chosen_from_the_flag_the_centre_then_the_locale() {
    let repo = TestRepo::new();
    let about = |env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = repo.svc();
        cmd.env_remove("SVC_LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.args(args).arg("--help").output().unwrap();
        String::from_utf8(out.stdout).unwrap().lines().next().unwrap_or_default().to_string()
    };
    let hant = "服務中心程序：每筆記錄一個 TOML 檔案，存於 git";
    let hans = "服务中心程序：每笔记录一个 TOML 档案，存于 git";
    let en = "Service-centre procedures as one TOML record per file in git";
    // The demo svc.toml says zh-Hant: the locale does not override the centre.
    assert_eq!(about(&[("LANG", "en_US.UTF-8")], &[]), hant);
    assert_eq!(about(&[("SVC_LANG", "zh-Hans")], &[]), hans);
    assert_eq!(about(&[("SVC_LANG", "zh-Hans")], &["--lang", "en"]), en);
    let toml = repo.read("svc.toml").replace("lang = \"zh-Hant\"\n", "");
    std::fs::write(repo.path().join("svc.toml"), toml).unwrap();
    assert_eq!(about(&[("LANG", "en_US.UTF-8")], &[]), en);
    assert_eq!(about(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")], &[]), hans);
    assert_eq!(about(&[("LANG", "C.UTF-8")], &[]), hant);
    assert_eq!(about(&[], &[]), hant);
}

/// A list reads in each language: headings, statuses and the count under the table; the
/// files and `--format json` keep the English tokens whatever the reader's language.
#[test]
fn lists_speak_the_language_and_files_keep_tokens() {
    let repo = TestRepo::demo_copy();
    let list = |lang: &str, format: &str| {
        let out = repo
            .svc()
            .args(["--lang", lang, "--date", "2026-11-27", "capa", "list", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let (hant, count) = list("zh-Hant", "table");
    assert!(hant.contains("編號") && hant.contains("狀態") && hant.contains("已驗證有效"), "{hant}");
    assert!(count.contains("份糾正預防措施跟蹤報告"), "{count}");
    let (hans, _) = list("zh-Hans", "table");
    assert!(hans.contains("编号") && hans.contains("已验证有效"), "{hans}");
    let (en, count) = list("en", "table");
    assert!(en.contains("status") && en.contains("effective") && !en.contains("已驗證"), "{en}");
    assert!(count.contains("CAPA reports on 2026-11-27"), "{count}");
    let (json, _) = list("zh-Hant", "json");
    assert!(json.contains("\"status\": \"effective\""), "JSON keeps tokens");
}

/// A finding, a refused step and a missing record read in the reader's language, with the
/// same clause and file position: CI and the office see the same rule.
#[test]
fn findings_and_refusals_speak_the_language() {
    let repo = TestRepo::new();
    let id = repo.ok("S12", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "等候過久"]);
    let analyse = |lang: &str| {
        let args = ["--lang", lang, "complaint", "analyse", &id, "--cause-category", "delay", "--cause", "x"];
        repo.refused("S12", &[&args[..], &["--responsible", "S11"]].concat())
    };
    let refused = analyse("zh-Hant");
    assert!(
        refused.contains("錯誤：") && refused.contains("尚未判定責任") && refused.contains("[CC-4.1]"),
        "{refused}"
    );
    let refused = analyse("zh-Hans");
    assert!(refused.contains("错误：") && refused.contains("尚未判定责任"), "{refused}");
    let missing = repo.fails(2, "S12", &["--lang", "zh-Hant", "complaint", "show", "CMP-2026-0099"]);
    assert!(missing.contains("沒有投訴單 CMP-2026-0099"), "{missing}");
    let path = complaint_path(&id);
    repo.write(&path, repo.read(&path).replace("summary = \"等候過久\"", "summary = \" \""));
    let check = |lang: &str| {
        let out = repo.svc().args(["--lang", lang, "check"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let hant = check("zh-Hant");
    assert!(
        hant.contains(&format!("{path}:"))
            && hant.contains("錯誤[CC-4.1]: 內容空白")
            && hant.contains("(complaint.summary-written)"),
        "{hant}"
    );
    let en = check("en");
    assert!(en.contains("error[CC-4.1]: the summary is empty"), "{en}");
}

/// The year's report in Simplified Chinese: headings and channels converted, numbers the same.
#[test]
fn statistics_in_simplified_chinese() {
    let csv = |lang: &str| {
        let out =
            crate::common::demo(&["--lang", lang, "stats", "yearly", "--year", "2026", "--format", "csv", "--no-bom"]);
        String::from_utf8(out).unwrap()
    };
    let (hans, hant) = (csv("zh-Hans"), csv("zh-Hant"));
    assert!(hans.starts_with("部分,项目,指标,数值") && hant.starts_with("部分,項目,指標,數值"), "{hans}");
    assert!(hans.contains("按渠道,投诉箱,件数,6"), "{hans}");
    assert_eq!(hans.lines().count(), hant.lines().count());
    let figures = |text: &str| {
        // The report section (centre, year, report day, what is counted) is words, not figures.
        let figure_rows = text.lines().skip(1).filter(|l| !l.starts_with("報告,") && !l.starts_with("报告,"));
        figure_rows.map(|l| l.rsplit(',').next().unwrap_or_default().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(figures(&hans), figures(&hant), "the same figures in both scripts");
}

/// A clerk who knows names, not ids: `--as 李小龍`, `--about 張美玲`, `--responsible 張美玲`,
/// `--cause-category 服務態度`; the files keep the ids. `svc staff list` lists the directory
/// and `svc whoami` says who svc takes you to be.
#[test]
fn people_and_cause_categories_by_their_names() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "李小龍",
        &["complaint", "new", "--channel", "現場", "--room", "工商登記室", "--summary", "態度差", "--about", "張美玲"],
    );
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("logged_by = \"S11\"") && form.contains("complained_about = [\"S12\"]"), "{form}");
    repo.ok("李小龍", &["complaint", "triage", &id, "--ours"]);
    let capa = repo.ok(
        "陳佩珊",
        &[
            "complaint",
            "analyse",
            &id,
            "--cause-category",
            "服務態度",
            "--cause",
            "語氣生硬",
            "--responsible",
            "張美玲",
        ],
    );
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("cause_category = \"attitude\"") && form.contains("responsible = \"S12\""), "{form}");
    assert!(capa.starts_with("CAPA-"));
    let me = repo.svc().args(["--lang", "zh-Hant", "--as", "李小龍", "whoami"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&me.stdout).trim(), "S11 李小龍");
    assert!(String::from_utf8_lossy(&me.stderr).contains("工商登記室"), "{}", String::from_utf8_lossy(&me.stderr));
    let csv = repo.ok("S11", &["staff", "list", "--room", "工商登記室", "--format", "csv", "--no-bom"]);
    assert!(csv.lines().any(|l| l.starts_with("S11,李小龍,")), "{csv}");
    assert!(csv.lines().skip(1).all(|l| l.contains("R1")), "only the room's people: {csv}");
    let err = repo.fails(2, "無名氏", &["whoami"]);
    assert!(err.contains("無名氏"), "{err}");
}

/// Messages are data (issue 21): a finding carries its catalogue id and arguments, the
/// same in every language; only the text it renders to changes.
#[test]
fn findings_carry_the_same_message_id_and_arguments_in_every_language() {
    let repo = TestRepo::demo_copy();
    let findings_in = |lang: &str| -> Vec<serde_json::Value> {
        let out = repo.svc().env("SVC_LANG", lang).args(["--date", DEMO_DAY, "check", "--format", "json"]).output();
        let report: serde_json::Value = serde_json::from_slice(&out.unwrap().stdout).unwrap();
        report["findings"].as_array().unwrap().clone()
    };
    let (en, zh) = (findings_in("en"), findings_in("zh-Hant"));
    assert!(!en.is_empty(), "the demo has its intended warnings");
    assert_eq!(en.len(), zh.len());
    for (e, z) in en.iter().zip(&zh) {
        assert!(e["message_id"].as_str().is_some_and(|id| id.starts_with("rule-")), "{e:#}");
        assert_eq!(e["message_id"], z["message_id"]);
        assert_eq!(e["message_args"], z["message_args"]);
        assert_ne!(e["message"], z["message"], "the text is the reader's language");
    }
}
