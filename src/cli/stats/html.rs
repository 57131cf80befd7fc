//! The report as one self-contained HTML page: inline SVG charts (the monthly trend, the
//! Pareto with its cumulative line) and the tables. No scripts, no network.

use std::fmt::Write;

use super::{Lang, Section};

/// What the page draws besides the tables.
#[derive(Debug, Default)]
pub struct Charts {
    pub by_month: Option<[u32; 12]>,
    /// (label, count, cumulative share) in Pareto order.
    pub pareto: Vec<(String, u32, f64)>,
}

pub fn page(title: &str, sections: &[Section], charts: &Charts, lang: Lang) -> String {
    let mut html = String::new();
    let lang_tag = if lang == Lang::Zh { "zh-Hant" } else { "en" };
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{lang_tag}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(title),
        escape(title)
    );
    if let Some(months) = &charts.by_month {
        let heading = lang.pick("Complaints by month", "每月投訴趨勢");
        let _ = write!(html, "<section class=\"chart\"><h2>{heading}</h2>\n{}</section>\n", month_chart(months));
    }
    if !charts.pareto.is_empty() {
        let heading = lang.pick("Pareto of cause categories", "原因類別柏拉圖");
        let _ =
            write!(html, "<section class=\"chart\"><h2>{heading}</h2>\n{}</section>\n", pareto_chart(&charts.pareto));
    }
    for s in sections {
        let _ = write!(html, "<section><h2>{}</h2>\n<table>\n<thead><tr>", escape(&s.title));
        for h in &s.headers {
            let _ = write!(html, "<th>{}</th>", escape(h));
        }
        html.push_str("</tr></thead>\n<tbody>\n");
        for row in &s.rows {
            html.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let class = if i > 0 && looks_numeric(cell) { " class=\"num\"" } else { "" };
                let _ = write!(html, "<td{class}>{}</td>", escape(cell));
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody>\n</table>\n</section>\n");
    }
    html.push_str("</body>\n</html>\n");
    html
}

const STYLE: &str = "body{font-family:'Noto Sans CJK TC','Microsoft JhengHei','PingFang TC',sans-serif;margin:2em;color:#222}\
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}\
table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid #bbb;padding:.25em .6em}\
th{background:#eef}td.num{text-align:right}.chart svg{max-width:100%;height:auto}\
.bar{fill:#4a78b5}.line{fill:none;stroke:#c0392b;stroke-width:2}.dot{fill:#c0392b}\
.axis{stroke:#555}.guide{stroke:#999;stroke-dasharray:4 3}text{font-size:12px;fill:#333}";

const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 40.0;

fn month_chart(months: &[u32; 12]) -> String {
    let labels: Vec<String> = (1..=12).map(|m| m.to_string()).collect();
    let counts: Vec<u32> = months.to_vec();
    bars("month-chart", &labels, &counts, None)
}

fn pareto_chart(rows: &[(String, u32, f64)]) -> String {
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let counts: Vec<u32> = rows.iter().map(|r| r.1).collect();
    let cumulative: Vec<f64> = rows.iter().map(|r| r.2).collect();
    bars("pareto-chart", &labels, &counts, Some(&cumulative))
}

/// A bar chart with value labels; with `cumulative`, a line on a 0–100% right axis and a
/// dashed guide at 80%.
fn bars(id: &str, labels: &[String], counts: &[u32], cumulative: Option<&[f64]>) -> String {
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let slot = plot_w / counts.len().max(1) as f64;
    let mut svg = format!("<svg id=\"{id}\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\">\n");
    let base = TOP + plot_h;
    let _ = writeln!(svg, "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\"/>", W - RIGHT);
    for (i, (label, count)) in labels.iter().zip(counts).enumerate() {
        let h = f64::from(*count) / max * plot_h;
        let x = LEFT + slot * i as f64 + slot * 0.15;
        let w = slot * 0.7;
        let _ = writeln!(
            svg,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{h:.1}\"><title>{}: {count}</title></rect>",
            base - h,
            escape(label)
        );
        let cx = x + w / 2.0;
        let _ = writeln!(svg, "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{count}</text>", base - h - 4.0);
        let _ = writeln!(
            svg,
            "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            base + 16.0,
            escape(label)
        );
    }
    if let Some(cumulative) = cumulative {
        let y = |share: f64| TOP + plot_h * (1.0 - share);
        let points: Vec<String> = cumulative
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{:.1},{:.1}", LEFT + slot * (i as f64 + 0.5), y(*c)))
            .collect();
        let _ = writeln!(
            svg,
            "<line class=\"guide\" x1=\"{LEFT}\" y1=\"{:.1}\" x2=\"{}\" y2=\"{:.1}\"/>",
            y(0.8),
            W - RIGHT,
            y(0.8)
        );
        let _ = writeln!(svg, "<text x=\"{}\" y=\"{:.1}\">80%</text>", W - RIGHT + 4.0, y(0.8) + 4.0);
        let _ = writeln!(svg, "<polyline class=\"line\" points=\"{}\"/>", points.join(" "));
        for p in &points {
            let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
            let _ = writeln!(svg, "<circle class=\"dot\" cx=\"{x}\" cy=\"{y}\" r=\"3\"/>");
        }
    }
    svg.push_str("</svg>\n");
    svg
}

fn looks_numeric(cell: &str) -> bool {
    let t = cell.trim_end_matches('%');
    !t.is_empty() && t.parse::<f64>().is_ok()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
    }

    #[test]
    fn pareto_chart_has_a_bar_and_a_dot_per_category_and_the_80_percent_guide() {
        let svg = pareto_chart(&[("a".into(), 3, 0.6), ("b".into(), 2, 1.0)]);
        assert_eq!(svg.matches("<rect").count(), 2);
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains("class=\"guide\"") && svg.contains("80%"));
    }
}
