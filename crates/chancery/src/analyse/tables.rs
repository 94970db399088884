//! The one reader of the data tables under `crates/chancery/data/`: `|`-separated
//! columns, `#` comments and blank lines skipped. A row it cannot read is an error
//! naming the table and line, never a silent skip: the tables are built into the
//! binary, so a test reads each one and a malformed row fails the build's tests.

/// A table row that does not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{table} line {line}: {problem}")]
pub(crate) struct TableError {
    pub table: &'static str,
    pub line: usize,
    pub problem: String,
}

/// One row's trimmed columns (a row may leave trailing optional columns out; they
/// read as empty).
pub(crate) struct TableRow<'t> {
    columns: Vec<&'t str>,
    /// Line number in the table, from 1, for errors found after reading.
    pub line: usize,
}

impl<'t> TableRow<'t> {
    /// Column `index`, trimmed; empty when the row stops before it.
    pub fn get(&self, index: usize) -> &'t str {
        self.columns.get(index).copied().unwrap_or_default()
    }

    /// Column `index` split at `;`, without empty values.
    pub fn list(&self, index: usize) -> Vec<&'t str> {
        self.get(index)
            .split(';')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }
}

/// The rows of `text`, each with between `required` and `columns` columns, the first
/// never empty; values checked by `check` (it says what is wrong, if anything).
pub(crate) fn read<'t>(
    table: &'static str,
    text: &'t str,
    required: usize,
    columns: usize,
    check: impl Fn(&TableRow<'t>) -> Option<String>,
) -> Result<Vec<TableRow<'t>>, TableError> {
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let error = |problem: String| TableError {
            table,
            line: n + 1,
            problem,
        };
        let values: Vec<&str> = line.split('|').map(str::trim).collect();
        if values.len() < required || values.len() > columns {
            return Err(error(format!(
                "{} columns, expected {}",
                values.len(),
                if required == columns {
                    columns.to_string()
                } else {
                    format!("{required} to {columns}")
                }
            )));
        }
        if values[0].is_empty() {
            return Err(error("the first column is empty".to_owned()));
        }
        let row = TableRow {
            columns: values,
            line: n + 1,
        };
        if let Some(problem) = check(&row) {
            return Err(error(problem));
        }
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_rows_name_their_table_and_line() {
        let text = "# comment\nNATO|North Atlantic\n\nUN|United|Nations|extra\n";
        let error = read("bodies", text, 1, 3, |_| None)
            .err()
            .expect("an error");
        assert_eq!(
            error.to_string(),
            "bodies line 4: 4 columns, expected 1 to 3"
        );
        let error = read("regions", " |LOC\n", 2, 2, |_| None)
            .err()
            .expect("an error");
        assert_eq!(error.line, 1);
        let checked = read("regions", "Asia|LOCATION\n", 2, 2, |row| {
            (!matches!(row.get(1), "LOC" | "GPE"))
                .then(|| format!("unknown label {:?}", row.get(1)))
        });
        assert_eq!(
            checked.err().map(|e| e.problem),
            Some("unknown label \"LOCATION\"".to_owned())
        );
    }

    #[test]
    fn short_rows_read_their_missing_columns_as_empty() {
        let rows = read("t", "a|b; c ;\n", 1, 4, |_| None).expect("reads");
        assert_eq!(rows[0].list(1), ["b", "c"]);
        assert_eq!(rows[0].get(3), "");
    }
}
