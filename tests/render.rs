//! The reports in the programs people open them with: the HTML page in headless Chromium,
//! the workbook in LibreOffice. Each tool is looked for on PATH when the tests run (not when
//! they are built): a test whose tool is absent is reported as ignored, never as passed,
//! and under `CI=true` (where .ci/run installs both) it runs and fails instead.

mod common;

use std::collections::BTreeMap;
use std::process::Command as Process;

use common::demo as svc;
use libtest_mimic::{Arguments, Failed, Trial};

fn report() -> serde_json::Value {
    serde_json::from_slice(&svc(&["stats", "yearly", "--year", "2026", "--format", "json"])).unwrap()
}

/// The first of `names` that runs (`NAME --version` succeeds), if any.
fn found(names: &[&'static str]) -> Option<&'static str> {
    names.iter().copied().find(|b| Process::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
}

/// A trial of `test` with the tool it needs: ignored without it, unless under CI.
fn with_tool(name: &str, tools: &[&'static str], install: &str, test: fn(&str)) -> Trial {
    let tool = found(tools);
    let on_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let missing = format!("{} is needed for this test ({install}; CI installs it: see .ci/run)", tools[0]);
    let trial = Trial::test(name, move || match tool {
        Some(tool) => std::panic::catch_unwind(|| test(tool)).map_err(|e| Failed::from(panic_text(&e))),
        None => Err(Failed::from(missing)),
    });
    trial.with_ignored_flag(tool.is_none() && !on_ci)
}

fn panic_text(e: &Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}

fn main() {
    let args = Arguments::from_args();
    let trials = vec![
        with_tool(
            "html_renders_in_chromium",
            &["chromium", "chromium-browser", "google-chrome"],
            "apt-get install chromium",
            html_renders_in_chromium,
        ),
        with_tool(
            "the_workbook_opens_in_libreoffice_with_numbers_that_sum",
            &["soffice"],
            "apt-get install libreoffice-calc-nogui",
            the_workbook_opens_in_libreoffice_with_numbers_that_sum,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}

/// The HTML page renders in a real browser: headless Chromium parses it, draws both
/// charts, and takes a screenshot. Where Chromium is absent it is reported as ignored
/// (found at run time, on PATH), except under `CI=true`, where it runs and fails.
fn html_renders_in_chromium(chromium: &str) {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    svc(&[
        "--lang",
        "zh-Hant",
        "stats",
        "yearly",
        "--year",
        "2026",
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
        "self-contained, no network"
    );
    let browser = |extra: &[&str]| {
        let profile = dir.path().join("profile");
        let out = Process::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(format!("file://{}", page.display()))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let dom = String::from_utf8(browser(&["--dump-dom"])).unwrap();
    let pareto = &dom[dom.find("<svg id=\"pareto-chart\"").expect("the Pareto chart is in the rendered DOM")..];
    let pareto = &pareto[..pareto.find("</svg>").unwrap()];
    let categories = report()["pareto"].as_array().unwrap().len();
    assert_eq!(pareto.matches("<rect class=\"bar\" ").count(), categories, "a bar per category");
    assert_eq!(
        pareto.matches("<circle class=\"dot\" ").count(),
        categories,
        "a point of the cumulative line per category"
    );
    let months = &dom[dom.find("<svg id=\"month-chart\"").unwrap()..];
    assert_eq!(months[..months.find("</svg>").unwrap()].matches("<rect class=\"bar\" ").count(), 12);
    assert!(dom.contains("原因類別柏拉圖"), "Chinese survives the browser");
    for (class, title) in [("x-title", "原因類別"), ("y-title", "投訴件數"), ("right-title", "累計百分比")]
    {
        assert!(pareto.contains(&format!("{class}\"")) && pareto.contains(&format!(">{title}</text>")), "{class}");
    }
    assert!(pareto.contains("class=\"legend\""), "the Pareto has a legend");
    assert!(months.contains("x-title\"") && months.contains(">月份</text>"), "the trend's axes have titles");
    assert!(dom.contains("管理評審（CC-4.8）") && dom.contains("評審人簽名"), "the sign-off line");
    assert!(dom.contains("<footer>外商投資服務中心 · 統計期間 2026-01-01 – 2026-12-31 · 報告日 2026-11-27</footer>"));
    let h1 = &dom[dom.find("<h1>").unwrap()..dom.find("</h1>").unwrap()];
    assert!(h1.contains("2026\u{2011}11\u{2011}27"), "the title's date never breaks: {h1}");
    assert!(html.contains("@bottom-right{content:counter(page) ' / ' counter(pages)"), "page numbers in print");
    let pdf_path = dir.path().join("report.pdf");
    browser(&["--no-pdf-header-footer", &format!("--print-to-pdf={}", pdf_path.display())]);
    let pdf = std::fs::read(&pdf_path).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let text = String::from_utf8_lossy(&pdf);
    let pages: Vec<&str> = text.match_indices("/MediaBox [").map(|(i, _)| &text[i + 11..i + 40]).collect();
    assert!((2..=8).contains(&pages.len()), "{} pages", pages.len());
    for media in pages {
        let size: Vec<f64> = media.split([' ', ']']).take(4).map(|n| n.parse().unwrap()).collect();
        assert!((size[2] - 595.0).abs() < 1.0 && (size[3] - 842.0).abs() < 1.0, "an A4 page: {size:?}");
    }
    let png = dir.path().join("report.png");
    browser(&[&format!("--screenshot={}", png.display()), "--window-size=1000,1400"]);
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(bytes.len() > 10_000, "a page with content, not a blank image ({} bytes)", bytes.len());
}

/// One cell of a sheet as LibreOffice read it: its type (`float`, `percentage`, `string`)
/// and value.
#[derive(Debug, Clone)]
struct Read {
    kind: String,
    value: String,
}

/// The sheets of a flat ODS file (what LibreOffice writes), each a list of rows of cells.
fn sheets_of(fods: &str) -> BTreeMap<String, Vec<Vec<Read>>> {
    let attr = |tag: &str, name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..at + tag[at..].find('"')?].to_string())
    };
    // A chart is an object with tables of its own: leave it out of the sheet it sits on.
    let mut text = fods.to_string();
    while let Some(start) = text.find("<draw:frame") {
        let end = text[start..].find("</draw:frame>").map_or(text.len(), |e| start + e + "</draw:frame>".len());
        text.replace_range(start..end, "");
    }
    let mut sheets = BTreeMap::new();
    for table in text.split("<table:table table:name=\"").skip(1) {
        let name = table[..table.find('"').unwrap()].to_string();
        let table = &table[..table.find("</table:table>").unwrap_or(table.len())];
        let rows = table
            .split("<table:table-row")
            .skip(1)
            .map(|row| {
                row.split("<table:table-cell")
                    .skip(1)
                    .filter_map(|cell| {
                        let tag = &cell[..cell.find('>').unwrap()];
                        let kind = attr(tag, "office:value-type")?;
                        let value = match attr(tag, "office:value") {
                            Some(v) => v,
                            None => {
                                let text = &cell[cell.find("<text:p>")? + 8..];
                                text[..text.find("</text:p>")?].to_string()
                            }
                        };
                        // Equal neighbours are written once with a repeat count.
                        let repeat = attr(tag, "table:number-columns-repeated").map_or(1, |n| n.parse().unwrap());
                        Some(vec![Read { kind, value }; repeat])
                    })
                    .flatten()
                    .collect::<Vec<_>>()
            })
            .filter(|row| !row.is_empty())
            .collect();
        sheets.insert(name, rows);
    }
    sheets
}

/// The workbook opens in LibreOffice: a sheet per table, counts stored as numbers that sum
/// to the totals, shares as percentages, and the Pareto as a native chart with the
/// cumulative share on a secondary axis. Ignored where LibreOffice is absent, except under
/// `CI=true`.
fn the_workbook_opens_in_libreoffice_with_numbers_that_sum(soffice: &str) {
    let dir = tempfile::tempdir().unwrap();
    let workbook = |name: &str| {
        let path = dir.path().join(name);
        let args = ["--lang", "zh-Hant", "stats", "yearly", "--year", "2026", "--format", "xlsx", "--output"];
        svc(&[&args[..], &[path.to_str().unwrap()]].concat());
        path
    };
    let (book, again) = (workbook("2026.xlsx"), workbook("again.xlsx"));
    assert_eq!(std::fs::read(&book).unwrap(), std::fs::read(&again).unwrap(), "byte-identical, run to run");
    let out = Process::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}/profile", dir.path().display()))
        .args(["--headless", "--convert-to", "fods", "--outdir"])
        .arg(dir.path())
        .arg(&book)
        .output()
        .expect("LibreOffice is needed for this test (CI installs it: see .ci/run)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fods = std::fs::read_to_string(dir.path().join("2026.fods")).unwrap();
    let sheets = sheets_of(&fods);
    let r = report();
    let column_sum = |sheet: &str, col: usize| -> f64 {
        sheets[sheet][1..]
            .iter()
            .map(|row| {
                assert_eq!(row[col].kind, "float", "{sheet}: {row:?}");
                row[col].value.parse::<f64>().unwrap()
            })
            .sum()
    };
    let total = sheets["概況"].iter().find(|row| row[0].value == "投訴").unwrap()[1].clone();
    assert_eq!(total.kind, "float");
    assert_eq!(total.value, r["complaints"].to_string());
    let complaints = r["complaints"].as_f64().unwrap();
    assert_eq!(column_sum("按月", 1), complaints, "the months sum to the year");
    assert_eq!(column_sum("按渠道", 1), complaints, "the channels sum to the year");
    assert_eq!(sheets["按渠道"].len(), 6, "a heading and every channel, at zero too");

    let pareto = &sheets["原因類別（柏拉圖）"];
    let counted: f64 = r["pareto"].as_array().unwrap().iter().map(|p| p["count"].as_f64().unwrap()).sum();
    assert_eq!(column_sum("原因類別（柏拉圖）", 1), counted);
    assert!(pareto[1..].iter().all(|row| row[2].kind == "percentage" && row[3].kind == "percentage"), "{pareto:?}");
    assert_eq!(pareto.last().unwrap()[3].value, "1", "the cumulative share ends at 100%");
    assert!(fods.contains("chart:class=\"chart:bar\""), "a native chart");
    assert!(fods.contains("chart:attached-axis=\"secondary-y\""), "the cumulative line on its own axis");
    // That axis runs 0% to 100%, in percent, with its title (issue 19: it was 0-1.2 in
    // decimals, untitled, when set on the line chart rather than the primary one).
    let axis = fods.split("chart:name=\"secondary-y\" chart:style-name=\"").nth(1).unwrap();
    let style_name = axis.split('"').next().unwrap();
    let style = fods.split(&format!("style:name=\"{style_name}\" style:family=\"chart\"")).nth(1).unwrap();
    let style = &style[..style.find("</style:style>").unwrap()];
    assert!(style.contains("chart:minimum=\"0\"") && style.contains("chart:maximum=\"1\""), "{style}");
    let format = style.split("style:data-style-name=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(fods.contains(&format!("<number:percentage-style style:name=\"{format}\"")), "a percent format: {format}");
    assert!(axis[..axis.find("</chart:axis>").unwrap()].contains("累計佔比"), "the axis has its title");
}
