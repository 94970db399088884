#!/usr/bin/env python3
"""Writes crates/chancery/data/cities.tsv, the towns and provinces Chancery knows as
places, from GeoNames' list of places of 15,000 people or more as the
`datasets/world-cities` repository publishes it (data/world-cities.csv: name,
country, subcountry, geonameid; CC BY 4.0, © GeoNames, geonames.org).

    python3 scripts/places/cities.py world-cities.csv TRAIN.tsv > crates/chancery/data/cities.tsv

TRAIN.tsv: the entity tagger's training text as scripts/ner/prepare-data.py writes it
(token TAB tag per line). A town whose name that text writes mostly in lower case is an
ordinary word ("Police", Poland; "Mobile", Alabama; "Split") and is left out, as are
calendar words ("March", Cambridgeshire).

Rows: name | country | kind. `city` rows are towns: Chancery reads them as places only
where the words around say a place is meant ("in Mariupol", "Mariupol, Ukraine"),
because many are also surnames or words ("Jackson", "Reading"). `province` rows are the
first-level divisions the towns are in ("Tigray", "Inner Mongolia"), read as places
wherever they are named. A name found in several countries keeps no country. The
country is GeoNames' English name; the gazetteer resolves it to a state and a test
fails on any it cannot.
"""
import collections
import csv
import sys
import unicodedata

# Division names made only of these words are directions or kinds, not names a reader
# would take for a place ("Central", "Southern District", "North West").
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "centre", "center", "north-west", "north-east", "south-west", "south-east",
    "northwest", "northeast", "southwest", "southeast", "capital", "district", "region",
    "province", "territory", "city", "coast", "upper", "lower", "middle", "and", "of",
    "the", "islands", "island", "federal", "national", "special", "area", "municipality",
    "governorate", "county", "state", "metropolitan", "autonomous", "administrative",
    "division", "zone", "department", "oblast", "krai", "prefecture", "mid", "far",
    "highlands", "lakes", "rivers", "plateau", "delta", "border", "interior", "greater",
}


# GeoNames' ISO-style names that put a qualifier after a comma or in brackets, as the
# names the gazetteer knows them by.
COUNTRY_NAMES = {
    "Bolivia, Plurinational State of": "Bolivia",
    "Bonaire, Sint Eustatius and Saba": "Bonaire",
    "Cocos (Keeling) Islands": "",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Falkland Islands (Malvinas)": "Falkland Islands",
    "Holy See (Vatican City State)": "Holy See",
    "Iran, Islamic Republic of": "Iran",
    "Korea, Democratic People's Republic of": "North Korea",
    "Korea, Republic of": "South Korea",
    "Micronesia, Federated States of": "Micronesia",
    "Moldova, Republic of": "Moldova",
    "Palestine, State of": "Palestine",
    "Saint Helena, Ascension and Tristan da Cunha": "Saint Helena",
    "Saint Martin (French part)": "Saint Martin",
    "Sint Maarten (Dutch part)": "Sint Maarten",
    "Taiwan, Province of China": "Taiwan",
    "Tanzania, United Republic of": "Tanzania",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Virgin Islands, British": "British Virgin Islands",
    "Virgin Islands, U.S.": "United States Virgin Islands",
    # Kosovo (GeoNames' XK) is no state of the gazetteer: its towns keep no country.
    "No country found for alpha-2 code: XK": "",
}


# Months, days and seasons: "in March" is a date, whatever town has the name.
CALENDAR = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Spring", "Summer", "Autumn", "Fall", "Winter",
    "Christmas", "Easter",
}


def ordinary_words(path):
    """Words the text writes in lower case at least twice and at least half as often as
    capitalised."""
    lower, upper = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        token = line.split("\t")[0]
        if not token.isalpha():
            continue
        if token.islower():
            lower[token] += 1
        elif token[0].isupper() and token[1:].islower():
            upper[token.lower()] += 1
    return {w for w, n in lower.items() if n >= 2 and 2 * n >= upper[w]}


def folded(name):
    """The name without accents, as English news often writes it ("Warisan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_latin_name(name):
    return (
        len(name) >= 4
        and name[0].isupper()
        and all((c.isalpha() and ord(c) < 0x250) or c in " -'." for c in name)
        and not name.isupper()
    )


def main():
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
    ordinary = ordinary_words(sys.argv[2])
    countries = collections.defaultdict(set)
    provinces = collections.defaultdict(set)
    for row in rows:
        country = COUNTRY_NAMES.get(row["country"].strip(), row["country"].strip())
        for name in {row["name"].strip(), folded(row["name"].strip())}:
            if is_latin_name(name):
                countries[name].add(country)
        province = row["subcountry"].strip()
        words = province.replace("-", " ").lower().split()
        if words and not all(w in GENERIC for w in words):
            for name in {province, folded(province)}:
                if is_latin_name(name):
                    provinces[name].add(country)
    print("# Towns of 15,000 people or more and the first-level divisions they are in, from")
    print("# GeoNames (CC BY 4.0, geonames.org) via github.com/datasets/world-cities; written by")
    print("# scripts/places/cities.py, which leaves out towns named like ordinary words or dates.")
    print("# Columns: name | country (empty: several) | city or province.")
    for name in sorted(provinces):
        found = provinces[name]
        print(f"{name}|{next(iter(found)) if len(found) == 1 else ''}|province")
    for name in sorted(countries):
        if name in provinces or name in CALENDAR or name.lower() in ordinary:
            continue
        found = countries[name]
        print(f"{name}|{next(iter(found)) if len(found) == 1 else ''}|city")


if __name__ == "__main__":
    main()
