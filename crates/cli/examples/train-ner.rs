//! Trains Chancery's entity tagger; run by `scripts/ner/train.sh`, which says where the
//! training text comes from.
//!
//!     cargo run --release -p chancery-cli --example train-ner -- \
//!         TRAIN.tsv OUT.bin [--epochs N] [--min-count N] [--dev FILE.conll]
//!
//! TRAIN.tsv: a token and its BIO tag per line (tab between), a blank line between
//! sentences. `--dev` reads CoNLL-2003 columns (token first, tag last; IOB1 or BIO) and
//! prints PER/ORG/LOC span F1 after each epoch.

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use chancery::analyse::ner::tag_of;
use chancery::analyse::ner::train::{train, Example, Settings, Trained};

fn read_examples(path: &str, tag_column_last: bool) -> Result<Vec<Example>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{path}: cannot read"))?;
    let mut examples = Vec::new();
    let mut current = Example {
        tokens: Vec::new(),
        tags: Vec::new(),
    };
    let mut previous = "O".to_owned();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with("-DOCSTART-") {
            continue;
        }
        let cols: Vec<&str> = if tag_column_last {
            line.split_whitespace().collect()
        } else {
            line.split('\t').collect()
        };
        if cols.len() < 2 {
            if !current.tokens.is_empty() {
                examples.push(std::mem::replace(
                    &mut current,
                    Example {
                        tokens: Vec::new(),
                        tags: Vec::new(),
                    },
                ));
            }
            previous = "O".to_owned();
            continue;
        }
        let raw = cols[cols.len() - 1];
        // IOB1 ("I-ORG" opening a name) → BIO.
        let tag = match raw.strip_prefix("I-") {
            Some(kind) if !previous.ends_with(kind) => format!("B-{kind}"),
            _ => raw.to_owned(),
        };
        let Some(number) = tag_of(&tag) else {
            bail!("{path} line {}: unknown tag {raw:?}", n + 1);
        };
        current.tokens.push(cols[0].to_owned());
        current.tags.push(number);
        previous = raw.to_owned();
    }
    if !current.tokens.is_empty() {
        examples.push(current);
    }
    Ok(examples)
}

/// Names as (sentence, first token, end token, kind tag) for PER, ORG and LOC.
fn names(sentence: usize, tags: &[u8]) -> Vec<(usize, usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &t) in tags.iter().chain(std::iter::once(&0)).enumerate() {
        let kind = t.div_ceil(2);
        let continues = t != 0 && t % 2 == 0 && open.is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((start, k)) = open.take() {
                if k <= 3 {
                    out.push((sentence, start, i, k));
                }
            }
            if t != 0 {
                open = Some((i, kind));
            }
        }
    }
    out
}

fn measure(model: &Trained, dev: &[Example]) -> String {
    let mut by_kind: BTreeMap<u8, (usize, usize, usize)> = BTreeMap::new();
    for (s, example) in dev.iter().enumerate() {
        let gold = names(s, &example.tags);
        let found = names(s, &model.tag(&example.tokens));
        for g in &gold {
            let e = by_kind.entry(g.3).or_default();
            e.1 += 1;
            e.0 += usize::from(found.contains(g));
        }
        for f in &found {
            by_kind.entry(f.3).or_default().2 += 1;
        }
    }
    let f1 = |(right, gold, found): (usize, usize, usize)| {
        let p = right as f64 / found.max(1) as f64;
        let r = right as f64 / gold.max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    let all = by_kind
        .values()
        .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let mut out = format!("micro F1 {:.3}", f1(all).2);
    for (kind, counts) in &by_kind {
        let (p, r, f) = f1(*counts);
        let name = ["", "PER", "ORG", "LOC"][*kind as usize];
        out += &format!("  {name} {f:.3} (P {p:.3} R {r:.3})");
    }
    out
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut positional = Vec::new();
    let mut settings = Settings {
        epochs: 10,
        min_count: 2,
        seed: 2025,
    };
    let mut dev_path = None;
    let mut i = 0;
    while i < args.len() {
        let value = || args.get(i + 1).context("a flag needs a value");
        match args[i].as_str() {
            "--epochs" => settings.epochs = value()?.parse()?,
            "--min-count" => settings.min_count = value()?.parse()?,
            "--seed" => settings.seed = value()?.parse()?,
            "--dev" => dev_path = Some(value()?.clone()),
            other => {
                positional.push(other.to_owned());
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    let [train_path, out_path] = positional.as_slice() else {
        bail!("usage: train-ner TRAIN.tsv OUT.bin [--epochs N] [--min-count N] [--dev FILE]");
    };
    let examples = read_examples(train_path, false)?;
    let dev = match &dev_path {
        Some(path) => read_examples(path, true)?,
        None => Vec::new(),
    };
    eprintln!(
        "training on {} sentences, {} tokens",
        examples.len(),
        examples.iter().map(|e| e.tokens.len()).sum::<usize>()
    );
    let show: usize = std::env::var("SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let model = train(&examples, &settings, |epoch, model| {
        if !dev.is_empty() {
            eprintln!("epoch {epoch}: {}", measure(model, &dev));
        }
    });
    for (s, example) in dev.iter().enumerate().take(show) {
        let gold = names(s, &example.tags);
        let found = names(s, &model.tag(&example.tokens));
        if gold != found {
            let text = |n: &(usize, usize, usize, u8)| {
                format!("{}/{}", example.tokens[n.1..n.2].join(" "), n.3)
            };
            eprintln!("{}", example.tokens.join(" "));
            eprintln!("  gold  {:?}", gold.iter().map(text).collect::<Vec<_>>());
            eprintln!("  found {:?}", found.iter().map(text).collect::<Vec<_>>());
        }
    }
    let bytes = model.to_bytes();
    let temporary = format!("{out_path}.tmp");
    std::fs::write(&temporary, &bytes).with_context(|| format!("{temporary}: cannot write"))?;
    std::fs::rename(&temporary, out_path).with_context(|| format!("{out_path}: cannot write"))?;
    eprintln!("wrote {out_path} ({} bytes)", bytes.len());
    Ok(())
}
