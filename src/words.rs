//! English for messages to people: a count with its noun, in the singular
//! for one (`1 document`, `2 documents`).

/// `n` and a regular English noun, pluralised unless `n` is 1:
/// `count(1, "warning")` is `1 warning`, `count(0, "warning")` is
/// `0 warnings`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular() {
        assert_eq!(count(1, "document"), "1 document");
        assert_eq!(count(0, "document"), "0 documents");
        assert_eq!(count(57, "JSON data file"), "57 JSON data files");
    }
}
