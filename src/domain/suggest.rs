//! "Did you mean ...?" for ids, categories and field names typed by hand.

/// ` (did you mean `X`?)` when a candidate is within two edits, else nothing.
pub fn did_you_mean<'a>(typed: &str, candidates: impl Iterator<Item = &'a str>) -> Option<crate::i18n::Msg> {
    candidates
        .map(|c| (edit_distance(&typed.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, c)| crate::msg!("did-you-mean", candidate = c))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_close_ids_only() {
        assert_eq!(
            did_you_mean("S1", ["S01", "S99"].into_iter()),
            Some(crate::msg!("did-you-mean", candidate = "S01"))
        );
        assert_eq!(did_you_mean("XYZ", ["S01"].into_iter()), None);
    }
}
