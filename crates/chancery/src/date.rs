//! Calendar dates as articles write them ("August 6, 2025", "6 Aug 2025", ISO 8601).
//!
//! A small type of our own: the core needs parsing of a few human forms and a stable
//! `YYYY-MM-DD` form, not time zones or clocks.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date, shown as `YYYY-MM-DD` in JSON and templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, also at the start of an ISO 8601 timestamp.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let text = text.trim();
        let head = text.get(..10)?;
        let mut parts = head.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        let rest = &text[10..];
        if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
            return None;
        }
        Self::new(year, month, day)
    }

    /// Parses a date the way articles print one: ISO, "August 6, 2025",
    /// "6 August 2025", "Aug 6 2025", "Wednesday, 6 August 2025".
    pub fn parse_human(text: &str) -> Option<Self> {
        if let Some(date) = Self::parse_iso(text) {
            return Some(date);
        }
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let (mut month, mut day, mut year) = (None, None, None);
        for word in words {
            let word = word.trim_end_matches('.');
            if let Some(m) = month_number(word) {
                month = month.or(Some(m));
            } else if let Ok(n) = word
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse::<i32>()
            {
                if n > 31 && (1800..=2999).contains(&n) {
                    year = year.or(Some(n));
                } else if (1..=31).contains(&n) {
                    day = day.or(Some(n as u8));
                } else {
                    return None;
                }
            } else if weekday_name(word) || is_clock_time(word) || is_time_zone(word) {
                // "Wed 13 Mar 2024 07.00 GMT": the time of day beside the date.
                continue;
            } else {
                return None;
            }
        }
        Self::new(year?, month?, day?)
    }

    /// "6 August 2025": unambiguous in every English-speaking country.
    pub fn long(&self) -> String {
        let month = MONTHS[usize::from(self.month - 1)];
        let mut name = month.to_owned();
        name[..1].make_ascii_uppercase();
        format!("{} {} {}", self.day, name, self.year)
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil_from_days), so a front
    /// end can turn its clock reading into "today" without a date library.
    pub fn from_epoch_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// Days since 1970-01-01 (negative before), for weekday and difference arithmetic.
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil algorithm.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse_iso(text)
            .filter(|_| text.trim().len() == 10)
            .ok_or_else(|| format!("'{text}' is not a date of the form YYYY-MM-DD"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month a word names, full ("August") or abbreviated ("Aug", "Sept").
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let lower = word.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() <= 4 && m.starts_with(&lower)))
        .map(|i| i as u8 + 1)
}

/// Whether a word names a day of the week, full or cut to three letters ("Mon").
/// "07.00", "10:48", "7.30pm", "p.m": a time of day (trailing full stops trimmed).
fn is_clock_time(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if matches!(lower.as_str(), "am" | "pm" | "a.m" | "p.m") {
        return true;
    }
    let time = lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("pm"))
        .unwrap_or(&lower);
    let Some((hours, minutes)) = time.split_once([':', '.']) else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    digits(hours, 1..=2)
        && digits(minutes, 2..=2)
        && hours.parse::<u8>().is_ok_and(|h| h < 24)
        && minutes.parse::<u8>().is_ok_and(|m| m < 60)
}

/// Time zones printed after a time: "GMT", "ET", "UTC+1".
fn is_time_zone(word: &str) -> bool {
    let zone = word.split_once(['+', '-']).map_or(word, |(zone, offset)| {
        if offset.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            zone
        } else {
            word
        }
    });
    matches!(
        zone,
        "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "MSK"
            | "IST"
            | "JST"
            | "KST"
            | "HKT"
            | "SGT"
            | "AEST"
            | "AEDT"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "WAT"
            | "EAT"
            | "CAT"
            | "SAST"
    )
}

pub(crate) fn weekday_name(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = word.to_ascii_lowercase();
    DAYS.iter()
        .any(|d| *d == lower || (lower.len() == 3 && d.starts_with(&lower)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_articles_print() {
        let expected = Date::new(2025, 8, 6).unwrap();
        for text in [
            "August 6, 2025",
            "6 August 2025",
            "Aug 6 2025",
            "Wednesday, 6 August 2025",
            "2025-08-06",
            "2025-08-06T10:15:00+05:30",
            "Wed 6 Aug 2025 07.00 BST",
            "10:48, Wed, Aug 6, 2025",
            "August 6, 2025 7.30pm ET",
            "August 6, 2025, 3:15 p.m. EDT",
        ] {
            assert_eq!(Date::parse_human(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "2 mins read",
            "August 2025",
            "May",
            "February 30, 2025",
            "2025-13-01",
            "August 6, 2025 was a 3.5 point drop",
            "Aug 6 2025 25.00 GMT",
        ] {
            assert_eq!(Date::parse_human(text), None, "{text}");
        }
    }

    #[test]
    fn cli_form_is_strict_iso() {
        assert!("2025-08-06".parse::<Date>().is_ok());
        assert!("2025-08-06T00:00".parse::<Date>().is_err());
        assert!("06/08/2025".parse::<Date>().is_err());
    }

    #[test]
    fn long_form_and_epoch_days() {
        let date = Date::new(2025, 8, 6).unwrap();
        assert_eq!(date.long(), "6 August 2025");
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2025, 8, 6), (2026, 12, 31)] {
            let day = Date::new(y, m, d).unwrap();
            assert_eq!(Date::from_epoch_days(day.days_since_epoch()), day);
        }
        // 2025-08-06 was a Wednesday; 1970-01-01 a Thursday.
        assert_eq!((date.days_since_epoch() + 3).rem_euclid(7), 2);
    }
}
