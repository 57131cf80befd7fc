//! The report as one self-contained HTML page: inline SVG charts (the monthly trend, the
//! Pareto with its cumulative line) and the tables. No scripts, no network.

use std::fmt::Write;

use super::{Figure, Section, figure};
use crate::t;

/// What the page draws besides the tables.
#[derive(Debug, Default)]
pub struct Charts {
    pub by_month: Option<[u32; 12]>,
    /// (label, count, cumulative share) in Pareto order.
    pub pareto: Vec<(String, u32, f64)>,
    /// The footer of every printed page and the sign-off for the management review.
    pub footer: Option<Footer>,
}

/// Who the report is of, for what period, as of which day. The report day stands for the
/// generation time: the page is the same whenever it is made from the same records and day.
#[derive(Debug)]
pub struct Footer {
    pub centre: String,
    pub period: String,
    pub report_day: String,
    /// The yearly complaint report goes to the management review and carries its sign-off.
    pub review_sign_off: bool,
}

pub fn page(title: &str, sections: &[Section], charts: &Charts) -> String {
    let mut html = String::new();
    let lang = crate::i18n::current();
    let lang_tag = lang.tag();
    let fonts = fonts_for(lang);
    // The heading never breaks inside a date: its hyphens are non-breaking ones.
    let heading = unbroken_dates(&escape(title));
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{lang_tag}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>body{{font-family:{fonts}}}{STYLE}</style>\n</head>\n<body>\n<h1>{heading}</h1>\n",
        escape(title),
    );
    let count = t!("stats-chart-complaints");
    if let Some(months) = &charts.by_month {
        let heading = t!("stats-complaints-by-month");
        let x = t!("stats-month");
        let axes = Axes { x: &x, y: &count, right: None };
        let _ = write!(html, "<section class=\"chart\"><h2>{heading}</h2>\n{}</section>\n", month_chart(months, &axes));
    }
    if !charts.pareto.is_empty() {
        let heading = t!("stats-pareto-of-cause-categories");
        let (x, right) = (t!("stats-cause-category"), t!("stats-chart-cumulative-share"));
        let axes = Axes { x: &x, y: &count, right: Some(&right) };
        let _ = write!(
            html,
            "<section class=\"chart\"><h2>{heading}</h2>\n{}</section>\n",
            pareto_chart(&charts.pareto, &axes)
        );
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
                let class = if matches!(figure(cell, i), Figure::Text(_)) { "" } else { " class=\"num\"" };
                let _ = write!(html, "<td{class}>{}</td>", escape(cell));
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody>\n</table>\n</section>\n");
    }
    if let Some(footer) = &charts.footer {
        html.push_str(&sign_off_and_footer(footer));
    }
    html.push_str("</body>\n</html>\n");
    html
}

/// CC-4.8: the report goes to the management review, which signs it off; the footer
/// repeats on every printed page.
fn sign_off_and_footer(footer: &Footer) -> String {
    let review = t!("stats-management-review-cc-4-8");
    let signed = t!("stats-reviewed-by");
    let date = t!("stats-date");
    let line = t!("stats-footer", centre = &footer.centre, period = &footer.period, day = &footer.report_day);
    let sign_off = if footer.review_sign_off {
        format!(
            "<section class=\"sign-off\"><h2>{review}</h2>\n<p>{signed}：<span class=\"blank\"></span>　{date}：<span class=\"blank\"></span></p></section>\n"
        )
    } else {
        String::new()
    };
    format!("{sign_off}<footer>{}</footer>\n", escape(&line))
}

/// The fonts of the page's own script first: a Simplified page asks for the Simplified
/// glyphs (SC), a Traditional or English one for the Traditional (TC), then the other, then
/// any CJK font the machine has, so no character shows as a box where one is installed.
fn fonts_for(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::ZhHans => {
            "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC','WenQuanYi Zen Hei','Noto Sans CJK TC',sans-serif"
        }
        _ => "'Noto Sans CJK TC','Microsoft JhengHei','PingFang TC','WenQuanYi Zen Hei','Noto Sans CJK SC',sans-serif",
    }
}

/// `2026-11-27` with non-breaking hyphens (U+2011), so a heading wraps between words only.
fn unbroken_dates(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .map(|i| {
            let between_digits =
                i > 0 && i + 1 < chars.len() && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit();
            if chars[i] == '-' && between_digits { '\u{2011}' } else { chars[i] }
        })
        .collect()
}

const STYLE: &str = "body{margin:2em;color:#222}\
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}\
table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid #bbb;padding:.25em .6em}\
th{background:#eef}td.num{text-align:right}.chart svg{max-width:100%;height:auto}\
.bar{fill:#4a78b5}.line{fill:none;stroke:#c0392b;stroke-width:2}.dot{fill:#c0392b}\
.axis{stroke:#555}.tick{stroke:#555}.grid{stroke:#e3e3e3}.guide{stroke:#999;stroke-dasharray:4 3}\
text{font-size:12px;fill:#333}text.title{font-size:12px;font-weight:bold}\
.sign-off p{margin-top:2em}.blank{display:inline-block;width:12em;border-bottom:1px solid #333}\
footer{margin-top:2em;font-size:.8em;color:#555;border-top:1px solid #bbb;padding-top:.3em}\
@page{size:A4;margin:15mm 12mm 18mm;@bottom-right{content:counter(page) ' / ' counter(pages);font-size:8pt;color:#555}}\
@media print{body{margin:0;font-size:10pt}.chart svg{width:100%}\
section,table,tr,.chart{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}\
h2{break-after:avoid}footer{position:fixed;bottom:0;left:0;right:0;margin:0;background:#fff}}";

const W: f64 = 640.0;
const H: f64 = 280.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 56.0;
const TOP: f64 = 34.0;
const BOTTOM: f64 = 52.0;

/// The titles of a chart's axes; `right` for the Pareto's cumulative-percentage axis.
struct Axes<'a> {
    x: &'a str,
    y: &'a str,
    right: Option<&'a str>,
}

fn month_chart(months: &[u32; 12], axes: &Axes) -> String {
    let labels: Vec<String> = (1..=12).map(|m| m.to_string()).collect();
    bars("month-chart", &labels, months, None, axes)
}

fn pareto_chart(rows: &[(String, u32, f64)], axes: &Axes) -> String {
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let counts: Vec<u32> = rows.iter().map(|r| r.1).collect();
    let cumulative: Vec<f64> = rows.iter().map(|r| r.2).collect();
    bars("pareto-chart", &labels, &counts, Some(&cumulative), axes)
}

/// A step for the count axis that gives at most five whole-number ticks up to `max`.
fn count_step(max: u32) -> u32 {
    [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000]
        .into_iter()
        .find(|step| max.div_ceil(*step) <= 5)
        .unwrap_or_else(|| max.div_ceil(5).max(1))
}

/// A bar chart with value labels, a count axis on the left with its title and the x axis
/// title below; with `cumulative`, a line on a right axis from 0% at the base to 100% at
/// the top, a dashed guide at 80% and a legend.
fn bars(id: &str, labels: &[String], counts: &[u32], cumulative: Option<&[f64]>, axes: &Axes) -> String {
    let step = count_step(counts.iter().copied().max().unwrap_or(0));
    let top_count = counts.iter().copied().max().unwrap_or(0).div_ceil(step).max(1) * step;
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let base = TOP + plot_h;
    let right_edge = W - RIGHT;
    let slot = plot_w / counts.len().max(1) as f64;
    let y_of_count = |count: u32| base - f64::from(count) / f64::from(top_count) * plot_h;
    let mut svg = format!("<svg id=\"{id}\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\">\n");
    // The count axis: gridlines and ticks at whole numbers, its title turned up the side.
    for tick in (0..=top_count).step_by(step as usize) {
        let y = y_of_count(tick);
        let _ = writeln!(svg, "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{right_edge}\" y2=\"{y:.1}\"/>");
        let _ = writeln!(svg, "<line class=\"tick\" x1=\"{}\" y1=\"{y:.1}\" x2=\"{LEFT}\" y2=\"{y:.1}\"/>", LEFT - 4.0);
        let _ = writeln!(svg, "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{tick}</text>", LEFT - 6.0, y + 4.0);
    }
    let _ = writeln!(svg, "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{base}\"/>");
    let _ = writeln!(svg, "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{base}\" x2=\"{right_edge}\" y2=\"{base}\"/>");
    let mid = TOP + plot_h / 2.0;
    let _ = writeln!(
        svg,
        "<text class=\"title y-title\" transform=\"translate(14 {mid:.1}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
        escape(axes.y)
    );
    let _ = writeln!(
        svg,
        "<text class=\"title x-title\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
        LEFT + plot_w / 2.0,
        H - 8.0,
        escape(axes.x)
    );
    for (i, (label, count)) in labels.iter().zip(counts).enumerate() {
        let top = y_of_count(*count);
        let x = LEFT + slot * i as f64 + slot * 0.15;
        let w = slot * 0.7;
        let _ = writeln!(
            svg,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{top:.1}\" width=\"{w:.1}\" height=\"{:.1}\"><title>{}: {count}</title></rect>",
            base - top,
            escape(label)
        );
        let cx = x + w / 2.0;
        let _ = writeln!(svg, "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{count}</text>", top - 4.0);
        let _ = writeln!(
            svg,
            "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            base + 16.0,
            escape(label)
        );
    }
    if let Some(cumulative) = cumulative {
        svg.push_str(&cumulative_line(cumulative, slot, axes));
    }
    svg.push_str("</svg>\n");
    svg
}

/// The Pareto's cumulative line on its own axis at the right: 0% at the base, 100% at the
/// top of the plot whatever the tallest bar, with the 80% guide and a legend for both.
fn cumulative_line(cumulative: &[f64], slot: f64, axes: &Axes) -> String {
    let plot_h = H - TOP - BOTTOM;
    let right_edge = W - RIGHT;
    let y = |share: f64| TOP + plot_h * (1.0 - share);
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<line class=\"axis\" x1=\"{right_edge}\" y1=\"{TOP}\" x2=\"{right_edge}\" y2=\"{}\"/>",
        TOP + plot_h
    );
    for percent in [0, 25, 50, 75, 100] {
        let at = y(f64::from(percent) / 100.0);
        let _ = writeln!(
            svg,
            "<line class=\"tick\" x1=\"{right_edge}\" y1=\"{at:.1}\" x2=\"{}\" y2=\"{at:.1}\"/>",
            right_edge + 4.0
        );
        let _ = writeln!(
            svg,
            "<text class=\"right-tick\" x=\"{}\" y=\"{:.1}\">{percent}%</text>",
            right_edge + 6.0,
            at + 4.0
        );
    }
    if let Some(title) = axes.right {
        let mid = TOP + plot_h / 2.0;
        let _ = writeln!(
            svg,
            "<text class=\"title right-title\" transform=\"translate({} {mid:.1}) rotate(90)\" text-anchor=\"middle\">{}</text>",
            W - 10.0,
            escape(title)
        );
    }
    let _ = writeln!(
        svg,
        "<line class=\"guide\" x1=\"{LEFT}\" y1=\"{:.1}\" x2=\"{right_edge}\" y2=\"{:.1}\"/>",
        y(0.8),
        y(0.8)
    );
    let points: Vec<(f64, f64)> =
        cumulative.iter().enumerate().map(|(i, c)| (LEFT + slot * (i as f64 + 0.5), y(*c))).collect();
    let line: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    let _ = writeln!(svg, "<polyline class=\"line\" points=\"{}\"/>", line.join(" "));
    for (x, y) in &points {
        let _ = writeln!(svg, "<circle class=\"dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\"/>");
    }
    // The legend, above the plot.
    let _ = writeln!(
        svg,
        "<g class=\"legend\"><rect class=\"bar swatch\" x=\"{LEFT}\" y=\"8\" width=\"12\" height=\"12\"/><text x=\"{}\" y=\"18\">{}</text>\
<line class=\"line\" x1=\"{}\" y1=\"14\" x2=\"{}\" y2=\"14\"/><circle class=\"dot swatch\" cx=\"{}\" cy=\"14\" r=\"3\"/><text x=\"{}\" y=\"18\">{}</text>\
<line class=\"guide\" x1=\"{}\" y1=\"14\" x2=\"{}\" y2=\"14\"/><text x=\"{}\" y=\"18\">80%</text></g>",
        LEFT + 16.0,
        escape(axes.y),
        LEFT + 130.0,
        LEFT + 154.0,
        LEFT + 142.0,
        LEFT + 160.0,
        escape(axes.right.unwrap_or("%")),
        LEFT + 290.0,
        LEFT + 314.0,
        LEFT + 320.0,
    );
    svg
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

    const AXES: Axes = Axes { x: "cause", y: "count", right: Some("cumulative") };

    /// The y coordinate of the point the cumulative line draws for category `i`.
    fn dot_y(svg: &str, i: usize) -> f64 {
        let dot = svg.match_indices("<circle class=\"dot\" cx=").nth(i).unwrap().0;
        let cy = &svg[dot..][svg[dot..].find("cy=\"").unwrap() + 4..];
        cy[..cy.find('"').unwrap()].parse().unwrap()
    }

    #[test]
    fn pareto_chart_has_a_bar_and_a_dot_per_category_the_guide_axes_and_a_legend() {
        let svg = pareto_chart(&[("a".into(), 3, 0.6), ("b".into(), 2, 1.0)], &AXES);
        assert_eq!(svg.matches("<rect class=\"bar\" ").count(), 2);
        assert_eq!(svg.matches("<circle class=\"dot\" ").count(), 2);
        assert_eq!(svg.matches("swatch").count(), 2, "the legend's bar and dot");
        assert!(svg.contains("class=\"guide\"") && svg.contains(">80%<"));
        for title in ["x-title\"", "y-title\"", "right-title\""] {
            assert!(svg.contains(title), "{title}");
        }
        assert!(svg.contains("class=\"legend\""));
        assert_eq!(svg.matches("class=\"right-tick\"").count(), 5, "0, 25, 50, 75, 100%");
    }

    #[test]
    fn the_cumulative_line_reaches_the_top_of_the_plot_not_the_tallest_bar() {
        let svg = pareto_chart(&[("a".into(), 3, 0.6), ("b".into(), 2, 1.0)], &AXES);
        assert_eq!(dot_y(&svg, 1), TOP, "100% sits at the top of the plot");
        let sixty = TOP + (H - TOP - BOTTOM) * 0.4;
        assert!((dot_y(&svg, 0) - sixty).abs() < 0.1, "60% sits at 60% of the height");
    }

    #[test]
    fn the_count_axis_has_at_most_six_whole_ticks_covering_the_tallest_bar() {
        for max in [0, 1, 4, 5, 6, 11, 37, 99, 100, 1234, 99_999] {
            let step = count_step(max);
            let ticks = max.div_ceil(step).max(1) + 1;
            assert!(ticks <= 6 && step * (ticks - 1) >= max, "max {max}: step {step}");
        }
    }
}
