//! The report as a workbook for Excel and LibreOffice (rust_xlsxwriter): one sheet per
//! table, numbers written as numbers and percentages as percentages so they sum and chart,
//! the Pareto drawn as a native column-and-line chart beside its table.

use anyhow::{Context as _, Result};
use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

use super::html::Charts;
use super::{Figure, Section, figure};

/// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the book.
fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String =
        title.chars().map(|c| if "[]:*?/\\".contains(c) { '_' } else { c }).filter(|c| *c != '\'').take(28).collect();
    let clean = if clean.trim().is_empty() { "sheet".to_string() } else { clean };
    let mut name = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
        name = format!("{clean}({n})");
        n += 1;
    }
    name
}

pub fn workbook(title: &str, sections: &[Section], charts: &Charts) -> Result<Vec<u8>> {
    build(title, sections, charts).context(crate::t!("stats-workbook-failed"))
}

fn build(title: &str, sections: &[Section], charts: &Charts) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let mut properties = DocProperties::new().set_title(title);
    if let Some(footer) = &charts.footer {
        properties = properties.set_company(&footer.centre);
        // The report day, not the clock: the same records and day give the same bytes.
        if let Ok(day) = ExcelDateTime::parse_from_str(&footer.report_day) {
            properties = properties.set_creation_datetime(&day);
        }
    }
    book.set_properties(&properties);
    let heading = Format::new().set_bold().set_background_color("#EEEEFF").set_align(FormatAlign::Center);
    let whole = Format::new().set_num_format("0");
    let decimal = Format::new().set_num_format("0.0");
    let percent = Format::new().set_num_format("0.0%");
    let mut names: Vec<String> = Vec::new();
    for section in sections {
        let name = sheet_name(&section.title, &names);
        let sheet = book.add_worksheet();
        sheet.set_name(&name)?;
        for (col, header) in section.headers.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, header, &heading)?;
        }
        for (r, row) in section.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (col, text) in row.iter().enumerate() {
                let c = col as u16;
                match figure(text, col) {
                    Figure::Number(x) if x.fract() == 0.0 => sheet.write_number_with_format(r, c, x, &whole)?,
                    Figure::Number(x) => sheet.write_number_with_format(r, c, x, &decimal)?,
                    Figure::Percent(x) => sheet.write_number_with_format(r, c, x, &percent)?,
                    Figure::Text(t) => sheet.write_string(r, c, t)?,
                };
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        widen(sheet, section);
        // Printed, each table (with its chart beside it) fits one page across: the Pareto
        // on a landscape page, the heading repeated on every page of a long table.
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_repeat_rows(0, 0)?;
        if section.pareto && !section.rows.is_empty() {
            sheet.set_landscape();
            sheet.set_print_fit_to_pages(1, 1);
            sheet.insert_chart(1, section.headers.len() as u16 + 1, &pareto_chart(&name, section))?;
        }
        names.push(name);
    }
    book.save_to_buffer()
}

/// Columns wide enough for their longest text; Chinese characters take two.
fn widen(sheet: &mut Worksheet, section: &Section) {
    for col in 0..section.headers.len() {
        let widest = std::iter::once(&section.headers[col])
            .chain(section.rows.iter().filter_map(|r| r.get(col)))
            .map(|t| t.chars().map(|c| if c.is_ascii() { 1.0 } else { 2.0 }).sum::<f64>())
            .fold(6.0, f64::max);
        let _ = sheet.set_column_width(col as u16, widest + 2.0);
    }
}

/// Counts as columns on the left axis, the cumulative share as a line on the right axis
/// from 0% to 100%, categories along the bottom: the Pareto of CC-4.8.
fn pareto_chart(sheet: &str, section: &Section) -> Chart {
    let last = section.rows.len() as u32;
    let mut chart = Chart::new(ChartType::Column);
    chart
        .add_series()
        .set_categories((sheet, 1, 0, last, 0))
        .set_values((sheet, 1, 1, last, 1))
        .set_name(section.headers[1].as_str());
    let mut line = Chart::new(ChartType::Line);
    line.add_series()
        .set_categories((sheet, 1, 0, last, 0))
        .set_values((sheet, 1, 3, last, 3))
        .set_name(section.headers[3].as_str())
        .set_secondary_axis(true);
    chart.combine(&line);
    // rust_xlsxwriter writes the secondary axis from the primary chart's settings, so the
    // 0-100% scale, its percent format and its title are set there (set on the line chart
    // they were lost: LibreOffice drew 0-1.2 in decimals, untitled).
    chart.y2_axis().set_min(0.0).set_max(1.0).set_num_format("0%").set_name(section.headers[3].as_str());
    chart.title().set_name(section.title.as_str());
    chart.x_axis().set_name(section.headers[0].as_str());
    chart.y_axis().set_name(section.headers[1].as_str()).set_min(0.0);
    chart.legend().set_position(rust_xlsxwriter::ChartLegendPosition::Bottom);
    chart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_legal_and_unique() {
        let taken = vec!["按月".to_string()];
        assert_eq!(sheet_name("按月", &taken), "按月(2)");
        assert_eq!(sheet_name("a/b:c?", &[]), "a_b_c_");
        assert!(sheet_name(&"長".repeat(40), &[]).chars().count() <= 31);
        assert_eq!(sheet_name("  ", &[]), "sheet");
    }
}
