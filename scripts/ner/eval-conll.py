#!/usr/bin/env python3
"""Measures `chancery entities` on CoNLL-2003-style annotated text: PER, ORG and LOC
mentions, exact spans, precision, recall and F1 per type and micro-averaged (MISC is
not scored: Chancery has no such label).

    python3 scripts/ner/eval-conll.py --bin PATH/TO/chancery FILE [FILE...] [--show N]

Each sentence is given to `chancery entities --jsonl -` as its tokens joined by spaces.
Labels are compared as PERSON→PER, ORG→ORG, GPE and LOC→LOC. The CoNLL-2003 English
test set (eng.testb) is how the tagger is measured; it is never used for training.
"""
import argparse
import collections
import json
import subprocess
import sys

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def read_conll(path):
    sentences, tokens, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(cols[0])
        tags.append(cols[-1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def gold_spans(tokens, tags):
    """IOB1 or BIO tags → {(start_char, end_char, type)} for PER/ORG/LOC."""
    spans, offset, current, previous = set(), 0, None, "O"
    starts = []
    for tok in tokens:
        starts.append(offset)
        offset += len(tok) + 1
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag != "O" else None
        begins = tag.startswith("B-") or (kind and previous[2:] != kind)
        if current and (kind is None or begins):
            s, k = current
            if k in ("PER", "ORG", "LOC"):
                spans.add((starts[s], starts[i - 1] + len(tokens[i - 1]), k))
            current = None
        if kind and (current is None):
            current = (i, kind)
        previous = tag
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", type=int, default=0, help="print N sentences with errors")
    a = ap.parse_args()
    sentences = [s for f in a.files for s in read_conll(f)]
    lines = "".join(json.dumps({"id": i, "text": " ".join(t)}) + "\n" for i, (t, _) in enumerate(sentences))
    run = subprocess.run([a.bin, "entities", "--jsonl", "-"], input=lines, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"chancery entities failed: {run.stderr[:500]}")
    found = {}
    for line in run.stdout.splitlines():
        row = json.loads(line)
        found[row["id"]] = {(e["start"], e["end"], LABELS[e["label"]]) for e in row["entities"] if e["label"] in LABELS}
    counts = collections.defaultdict(lambda: [0, 0, 0])  # right, gold, found
    shown = 0
    for i, (tokens, tags) in enumerate(sentences):
        gold = gold_spans(tokens, tags)
        got = found.get(i, set())
        for g in gold:
            counts[g[2]][1] += 1
            counts[g[2]][0] += g in got
        for f in got:
            counts[f[2]][2] += 1
        if shown < a.show and gold != got:
            text = " ".join(tokens)
            shown += 1
            print(text)
            print("   missed:", sorted((text[s:e], k) for s, e, k in gold - got))
            print("   wrong: ", sorted((text[s:e], k) for s, e, k in got - gold))
    def prf(r, g, f):
        p, rec = r / max(f, 1), r / max(g, 1)
        return p, rec, 2 * p * rec / (p + rec) if p + rec else 0.0
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    p, r, f = prf(*total)
    print(f"sentences {len(sentences)}  micro P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for k in ("PER", "ORG", "LOC"):
        p, r, f = prf(*counts[k])
        print(f"  {k}: P {p:.3f} R {r:.3f} F1 {f:.3f}  (gold {counts[k][1]}, found {counts[k][2]})")


if __name__ == "__main__":
    main()
