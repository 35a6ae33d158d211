//! Dates in text: calendar dates in the common news formats and relative expressions
//! ("on Thursday", "Monday night", "a day earlier", "last week") resolved against the
//! publication date.
//!
//! In: folded text (see [`crate::text::fold`]). Out: [`TimeExpr`]s with their spans, and
//! [`resolve`] turning one into a day with a [`DatePrecision`].

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// How an event's date was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The text gives the day (a date or a relative day resolved against publication).
    Day,
    /// The text gives no day for the event: the publication date stands in (an upper bound).
    Publication,
    /// No day can be recovered.
    Unknown,
}

/// A time expression found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    /// A calendar date; year may be missing ("on 11 May").
    Calendar {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A weekday, most recent on or before publication; `last` excludes publication day.
    /// A `definite` one ("on the Saturday") is the story's: the one nearest the anchor the
    /// story has given, when it has given one.
    Weekday {
        weekday: Weekday,
        last: bool,
        definite: bool,
        /// "on Thursday last week": that day of the calendar week before publication's.
        week_before: bool,
    },
    /// A number of days before publication: "yesterday" is 1, "today", "overnight" 0.
    DaysBeforePublication(u32),
    /// Days before the other date in the same sentence ("a day earlier").
    DaysBeforeAnchor(u32),
    /// Days after the other date in the same sentence ("the following day").
    DaysAfterAnchor(u32),
    /// A vague span before publication ("last week", "in recent days"): resolves with week
    /// precision to the publication date minus the span's middle.
    SpanBeforePublication(u32),
    /// "the 7th": that day of the anchor's month (or the publication's), not after it.
    DayOfMonth(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    pub kind: TimeKind,
    /// Byte span in the folded text it was found in.
    pub start: usize,
    pub end: usize,
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Short weekdays, days only before a numeric date ("FRI 06/08"): "sat" and "wed" are verbs
/// elsewhere.
const WEEKDAY_ABBREVIATIONS: [&str; 10] = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Whether an expression [`find_time_exprs`] knows can start with this word: a number (in
/// digits or words), a month, a weekday, or the first word of one of its phrases. Most words of prose fail
/// this one check and cost nothing more.
fn may_start_time_expr(word: &str) -> bool {
    word.as_bytes()[0].is_ascii_digit()
        || matches!(
            word,
            "yesterday"
                | "today"
                | "tonight"
                | "overnight"
                | "this"
                | "earlier"
                | "by"
                | "last"
                | "the"
                | "within"
                | "shortly"
                | "soon"
                | "hours"
                | "minutes"
                | "a"
                | "next"
                | "that"
                | "in"
        )
        || number_word(word).is_some()
        || month(word).is_some()
        || weekday(word).is_some()
        || WEEKDAY_ABBREVIATIONS.contains(&word)
}

fn month(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|(_, n)| *n)
}

fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
}

/// A word of folded text with its span.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn words(folded: &str) -> Vec<Word<'_>> {
    // About one word per six bytes of prose.
    let mut out = Vec::with_capacity(folded.len() / 5 + 1);
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            out.push(Word {
                text: &folded[s..i],
                start: s,
                end: i,
            });
        } else {
            i += 1;
        }
    }
    out
}

/// Parses "11", "11th", "1st" as a day of month.
fn day_number(w: &str) -> Option<u32> {
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(w: &str) -> Option<i32> {
    if w.len() != 4 {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

pub fn number_word(w: &str) -> Option<u32> {
    let n = match w {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return w.parse().ok().filter(|n| *n <= 31),
    };
    Some(n)
}

/// True for a word that names a part of a day ("Thursday night"): it stays with the day
/// before it.
pub fn is_part_of_day(word: &str) -> bool {
    matches!(
        word,
        "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "nightfall"
            | "noon"
            | "midday"
            | "dusk"
            | "dawn"
    )
}

/// Finds time expressions in folded text.
pub fn find_time_exprs(folded: &str) -> Vec<TimeExpr> {
    // Every expression has a digit or one of these stems ("day" covers the weekdays).
    const STEMS: [&str; 14] = [
        "ago",
        "day",
        "night",
        "week",
        "month",
        "morning",
        "evening",
        "afternoon",
        "earlier",
        "hours",
        "shortly",
        "soon",
        "noon",
        "dusk",
    ];
    if !folded.bytes().any(|b| b.is_ascii_digit()) && !STEMS.iter().any(|s| folded.contains(s)) {
        return Vec::new();
    }
    let ws = words(folded);
    let mut out = Vec::new();
    let mut i = 0;
    let w = |k: usize| ws.get(k).map(|x| x.text).unwrap_or("");
    // Where a weekday before a calendar date began ("Sunday 15 August").
    let mut weekday_start = None;
    while i < ws.len() {
        let cur = ws[i].text;
        if !may_start_time_expr(cur) {
            i += 1;
            continue;
        }
        // Numbers first: clock times ("5.30 a.m.", "10 p.m."): the day just named, else
        // the publication day.
        if cur.len() <= 2 && cur.bytes().all(|b| b.is_ascii_digit()) {
            let minutes = w(i + 1).len() == 2 && w(i + 1).bytes().all(|b| b.is_ascii_digit());
            let k = if minutes { i + 2 } else { i + 1 };
            if matches!(w(k), "a" | "p") && w(k + 1) == "m" {
                out.push(TimeExpr {
                    kind: TimeKind::DaysBeforeAnchor(0),
                    start: ws[i].start,
                    end: ws[k + 1].end,
                });
                i = k + 2;
                continue;
            }
        }
        // ISO and numeric dates.
        if cur.as_bytes()[0].is_ascii_digit() {
            // ISO: 2021 08 11 (hyphens fold to spaces).
            if let (Some(y), Ok(m), Ok(d)) = (
                year_number(cur),
                w(i + 1).parse::<u32>(),
                w(i + 2).parse::<u32>(),
            ) {
                if w(i + 1).len() == 2
                    && w(i + 2).len() == 2
                    && (1..=12).contains(&m)
                    && (1..=31).contains(&d)
                {
                    out.push(TimeExpr {
                        kind: TimeKind::Calendar {
                            year: Some(y),
                            month: m,
                            day: d,
                        },
                        start: ws[i].start,
                        end: ws[i + 2].end,
                    });
                    i += 3;
                    continue;
                }
            }
            // Numeric day/month/year: 15/08/2021, 15.08.2021; month first only when the day
            // could not be a month (8/15/2021).
            // A two-digit year is this century's ("03.07.21").
            let year = year_number(w(i + 2)).or_else(|| {
                let yy = w(i + 2);
                (yy.len() == 2 && i + 2 < ws.len())
                    .then(|| yy.parse::<i32>().ok())
                    .flatten()
                    .map(|y| 2000 + y)
            });
            if let (Ok(a), Ok(b), Some(y)) = (cur.parse::<u32>(), w(i + 1).parse::<u32>(), year) {
                let sep = |k: usize| &folded[ws[k].end..ws[k + 1].start];
                let numeric = cur.len() <= 2
                    && w(i + 1).len() <= 2
                    && matches!(sep(i), "/" | ".")
                    && sep(i) == sep(i + 1);
                let (day, month) = if a > 12 {
                    (a, b)
                } else if b > 12 {
                    (b, a)
                } else {
                    (a, b)
                };
                if numeric && (1..=12).contains(&month) && (1..=31).contains(&day) {
                    out.push(TimeExpr {
                        kind: TimeKind::Calendar {
                            year: Some(y),
                            month,
                            day,
                        },
                        start: ws[i].start,
                        end: ws[i + 2].end,
                    });
                    i += 3;
                    continue;
                }
            }
        }
        // A day and month found at words `i` and `i + 1`, with an optional year after.
        let calendar = |day: u32, month: u32| {
            let year = year_number(w(i + 2));
            let last = if year.is_some() { i + 2 } else { i + 1 };
            let expr = TimeExpr {
                kind: TimeKind::Calendar { year, month, day },
                start: ws[i].start,
                end: ws[last].end,
            };
            (expr, last + 1 - i)
        };
        // "August 12th and 13th": an ordinal joined to a date is a day of its month.
        if i >= 2
            && matches!(w(i - 1), "and" | "or" | "to")
            && cur.ends_with(|c: char| c.is_ascii_alphabetic())
        {
            if let (Some(day), Some(last)) = (day_number(cur), out.last()) {
                if let TimeKind::Calendar { year, month, .. } = last.kind {
                    if last.end == ws[i - 2].end {
                        out.push(TimeExpr {
                            kind: TimeKind::Calendar { year, month, day },
                            start: ws[i].start,
                            end: ws[i].end,
                        });
                        i += 1;
                        continue;
                    }
                }
            }
        }
        // "between 1 and 6 August", "from 1 to 6 August": a span, dated by its first day.
        if i >= 1 && matches!(w(i - 1), "between" | "from") && matches!(w(i + 1), "and" | "to") {
            if let (Some(first), Some(_), Some(m)) =
                (day_number(cur), day_number(w(i + 2)), month(w(i + 3)))
            {
                let year = year_number(w(i + 4));
                let last = if year.is_some() { i + 4 } else { i + 3 };
                out.push(TimeExpr {
                    kind: TimeKind::Calendar {
                        year,
                        month: m,
                        day: first,
                    },
                    start: ws[i].start,
                    end: ws[last].end,
                });
                i = last + 1;
                continue;
            }
        }
        // "the 7th of August [2021]"
        if let Some((d, m)) = day_number(cur)
            .filter(|_| w(i + 1) == "of")
            .zip(month(w(i + 2)))
        {
            let year = year_number(w(i + 3));
            let last = if year.is_some() { i + 3 } else { i + 2 };
            out.push(TimeExpr {
                kind: TimeKind::Calendar {
                    year,
                    month: m,
                    day: d,
                },
                start: weekday_start.take().unwrap_or(ws[i].start),
                end: ws[last].end,
            });
            i = last + 1;
            continue;
        }
        // 11 August [2021], not across a bracket ("Saratan 23 (July 14)").
        let day_month = day_number(cur).zip(month(w(i + 1))).filter(|_| {
            !folded[ws[i].end..ws.get(i + 1).map_or(ws[i].end, |x| x.start)].contains('(')
        });
        // August 11[th][, 2021]; "may" only counts as a month when a day follows.
        let month_day = month(cur)
            .zip(day_number(w(i + 1)))
            .filter(|_| year_number(w(i + 1)).is_none())
            .map(|(m, d)| (d, m));
        if let Some((d, m)) = day_month.or(month_day) {
            let (mut expr, step) = calendar(d, m);
            if let Some(start) = weekday_start.take() {
                expr.start = start;
            }
            out.push(expr);
            i += step;
            continue;
        }
        if weekday(cur).is_some() || WEEKDAY_ABBREVIATIONS.contains(&cur) {
            // "FRI 06/08": a weekday and a numeric day and month, day first unless the first
            // number cannot be a month (as for numeric dates with a year).
            let numeric = |k: usize| {
                let x = w(k);
                (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
            };
            if numeric(i + 1)
                && numeric(i + 2)
                && !numeric(i + 3)
                && matches!(&folded[ws[i + 1].end..ws[i + 2].start], "/" | ".")
            {
                let (a, b): (u32, u32) =
                    (w(i + 1).parse().unwrap_or(0), w(i + 2).parse().unwrap_or(0));
                let (day, month) = if b <= 12 { (a, b) } else { (b, a) };
                if (1..=31).contains(&day) && (1..=12).contains(&month) {
                    out.push(TimeExpr {
                        kind: TimeKind::Calendar {
                            year: None,
                            month,
                            day,
                        },
                        start: ws[i].start,
                        end: ws[i + 2].end,
                    });
                    i += 3;
                    continue;
                }
            }
        }
        if let Some(wd) = weekday(cur) {
            // "Sunday 15 August": the date that follows says which Sunday, and the
            // expression starts at the weekday.
            if day_number(w(i + 1)).is_some() && month(w(i + 2)).is_some()
                || month(w(i + 1)).is_some() && day_number(w(i + 2)).is_some()
            {
                weekday_start = Some(ws[i].start);
                i += 1;
                continue;
            }
            // "Thursday the 12th": the day of the month says which Thursday.
            if w(i + 1) == "the" {
                let d = w(i + 2);
                if let Some(day) = day_number(d).filter(|_| {
                    d.len() > 2
                        && d.as_bytes()[0].is_ascii_digit()
                        && d.ends_with(|c: char| c.is_ascii_alphabetic())
                }) {
                    out.push(TimeExpr {
                        kind: TimeKind::DayOfMonth(day),
                        start: ws[i].start,
                        end: ws[i + 2].end,
                    });
                    i += 3;
                    continue;
                }
            }
            let (last, start) = if i > 0 && ws[i - 1].text == "last" {
                (true, ws[i - 1].start)
            } else {
                (false, ws[i].start)
            };
            let definite = i > 0 && ws[i - 1].text == "the";
            // "Thursday last week", "Thursday of last week".
            let week_words = match (w(i + 1), w(i + 2), w(i + 3)) {
                ("last", "week", _) => 2,
                ("of", "last", "week") => 3,
                _ => 0,
            };
            // "Friday mosque" and the like are names, not days: require a time-ish neighbour
            // or a preposition, or a sentence position that reads as a time.
            out.push(TimeExpr {
                kind: TimeKind::Weekday {
                    weekday: wd,
                    last,
                    definite,
                    week_before: week_words > 0,
                },
                start,
                end: ws[i + week_words].end,
            });
            i += 1 + week_words;
            continue;
        }
        let phrase3 = [w(i), w(i + 1), w(i + 2)];
        // "had raged for three days before the final push": a duration, not a day.
        let duration = i > 0 && ws[i - 1].text == "for";
        let (kind, n) = match (phrase3[0], phrase3[1], phrase3[2]) {
            ("yesterday", _, _) => (Some(TimeKind::DaysBeforePublication(1)), 1),
            ("today", _, _) | ("tonight", _, _) => (Some(TimeKind::DaysBeforePublication(0)), 1),
            // "overnight on Monday": the weekday says which night.
            ("overnight", "on", w) | ("overnight", w, _) if weekday(w).is_some() => (None, 1),
            ("overnight", _, _) => (Some(TimeKind::DaysBeforePublication(0)), 1),
            ("this", "morning" | "afternoon" | "evening", _) => {
                (Some(TimeKind::DaysBeforePublication(0)), 2)
            }
            ("earlier", "in", "the") if w(i + 3) == "day" => {
                (Some(TimeKind::DaysBeforePublication(0)), 4)
            }
            ("earlier", "today", _) => (Some(TimeKind::DaysBeforePublication(0)), 2),
            // The same day as the day just named, else the publication day.
            ("by", "the", "evening" | "afternoon" | "morning") => {
                (Some(TimeKind::DaysBeforeAnchor(0)), 3)
            }
            ("by", "mid", "morning" | "afternoon" | "day") => {
                (Some(TimeKind::DaysBeforeAnchor(0)), 3)
            }
            (
                "by",
                "evening" | "afternoon" | "nightfall" | "noon" | "midday" | "dusk" | "morning"
                | "midmorning" | "dawn" | "midnight",
                _,
            ) => (Some(TimeKind::DaysBeforeAnchor(0)), 2),
            ("last", "night", _) => (Some(TimeKind::DaysBeforePublication(1)), 2),
            ("last", "week", _) => (Some(TimeKind::SpanBeforePublication(7)), 2),
            ("last", "month", _) => (Some(TimeKind::SpanBeforePublication(30)), 2),
            ("this", "week", _) => (Some(TimeKind::SpanBeforePublication(3)), 2),
            ("in", "recent", "days") => (Some(TimeKind::SpanBeforePublication(3)), 3),
            (
                "the",
                "previous" | "preceding",
                "day" | "night" | "evening" | "afternoon" | "morning",
            ) => (Some(TimeKind::DaysBeforeAnchor(1)), 3),
            ("the", "day" | "night" | "evening", "before") => {
                (Some(TimeKind::DaysBeforeAnchor(1)), 3)
            }
            ("the", "day", "after") => (Some(TimeKind::DaysAfterAnchor(1)), 3),
            (
                "the",
                "following" | "next",
                "day" | "morning" | "night" | "evening" | "afternoon",
            ) => (Some(TimeKind::DaysAfterAnchor(1)), 3),
            // "the 7th": a day of the month the context gives. Not a rank before an
            // infinitive ("the 14th provincial capital to fall").
            ("the", d, "of") if month(w(i + 3)).is_some() && day_number(d).is_some() => (None, 1),
            ("the", d, _) if d.len() > 2 && !d.as_bytes()[0].is_ascii_alphabetic() => {
                let ranked = (i + 2..i + 6).find(|&k| w(k) == "to").is_some_and(|to| {
                    ws[i + 1..=to]
                        .windows(2)
                        .all(|p| folded[p[0].end..p[1].start].bytes().all(|b| b == b' '))
                });
                match day_number(d)
                    .filter(|_| d.ends_with(|c: char| c.is_ascii_alphabetic()) && !ranked)
                {
                    Some(day) => (Some(TimeKind::DayOfMonth(day)), 2),
                    None => (None, 1),
                }
            }
            ("within", "hours" | "minutes", _)
            | ("shortly" | "soon", "after" | "afterwards", _) => {
                (Some(TimeKind::DaysAfterAnchor(0)), 2)
            }
            ("hours" | "minutes", "after" | "before", _) => (Some(TimeKind::DaysAfterAnchor(0)), 2),
            // "A year ago today": an anniversary piece's day, a year back.
            ("a" | "one", "year", "ago") => (
                Some(TimeKind::DaysBeforePublication(365)),
                if w(i + 3) == "today" { 4 } else { 3 },
            ),
            // "A week ago today": the publication day's weekday, a week back.
            ("a", "week", "ago") if w(i + 3) == "today" => {
                (Some(TimeKind::DaysBeforePublication(7)), 4)
            }
            ("a", "week", "ago" | "earlier" | "before") if !duration => {
                (Some(TimeKind::DaysBeforeAnchor(7)), 3)
            }
            ("a", "week", "later" | "after") if !duration => {
                (Some(TimeKind::DaysAfterAnchor(7)), 3)
            }
            ("next", "morning", _) => (Some(TimeKind::DaysAfterAnchor(1)), 2),
            ("the", "same", "day" | "evening" | "night" | "afternoon" | "morning") => {
                (Some(TimeKind::DaysAfterAnchor(0)), 3)
            }
            ("that", "night" | "evening" | "afternoon", _) => {
                (Some(TimeKind::DaysAfterAnchor(0)), 2)
            }
            ("hours" | "minutes", "later", _) => (Some(TimeKind::DaysAfterAnchor(0)), 2),
            ("a", "fortnight", "ago") => (Some(TimeKind::DaysBeforePublication(14)), 3),
            ("a", "fortnight", "earlier" | "before") if !duration => {
                (Some(TimeKind::DaysBeforeAnchor(14)), 3)
            }
            ("a", "fortnight", "later" | "after") if !duration => {
                (Some(TimeKind::DaysAfterAnchor(14)), 3)
            }
            (n, "days" | "day", "ago") if number_word(n).is_some() => {
                (number_word(n).map(TimeKind::DaysBeforePublication), 3)
            }
            (n, "days" | "day", "earlier" | "before") if !duration && number_word(n).is_some() => {
                (number_word(n).map(TimeKind::DaysBeforeAnchor), 3)
            }
            (n, "days" | "day", "later" | "after") if !duration && number_word(n).is_some() => {
                (number_word(n).map(TimeKind::DaysAfterAnchor), 3)
            }
            ("in", "the", "last" | "past") => {
                // "in the last three days": the span's middle.
                match (number_word(w(i + 3)), w(i + 4)) {
                    (Some(n), "days") => (Some(TimeKind::SpanBeforePublication(n.div_ceil(2))), 5),
                    _ => (None, 1),
                }
            }
            _ => (None, 1),
        };
        if let Some(kind) = kind {
            let last = (i + n - 1).min(ws.len() - 1);
            out.push(TimeExpr {
                kind,
                start: ws[i].start,
                end: ws[last].end,
            });
        }
        i += n;
    }
    // "a week earlier, on 7 August": the date says the day; the count only repeats it.
    let restated = |k: usize| {
        let t = &out[k];
        matches!(
            t.kind,
            TimeKind::DaysBeforeAnchor(_) | TimeKind::DaysAfterAnchor(_)
        ) && out.get(k + 1).is_some_and(|next| {
            matches!(
                next.kind,
                TimeKind::Calendar { .. } | TimeKind::Weekday { .. }
            ) && matches!(
                folded[t.end..next.start].trim_matches([' ', ',']),
                "" | "on"
            )
        })
    };
    let mut keep = (0..out.len())
        .map(|k| !restated(k))
        .collect::<Vec<_>>()
        .into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
    // "the 7th and 8th of August", "the 7th or 8th August": the month named after the
    // second day is the first's too.
    for k in (0..out.len().saturating_sub(1)).rev() {
        if let (TimeKind::DayOfMonth(day), TimeKind::Calendar { year, month, .. }) =
            (out[k].kind, out[k + 1].kind)
        {
            let between = folded[out[k].end..out[k + 1].start].trim();
            if matches!(between, "and" | "or" | "to" | "") {
                out[k].kind = TimeKind::Calendar { year, month, day };
            }
        }
    }
    out
}

/// Resolves a time expression to a day.
///
/// `anchor` is another resolved day in the same sentence, for "a day earlier" and "the
/// following day". Calendar dates without a year take the latest year that does not put
/// them after publication (or `default_year` when there is no publication date).
pub fn resolve(
    kind: TimeKind,
    published: Option<NaiveDate>,
    anchor: Option<NaiveDate>,
    default_year: Option<i32>,
) -> Option<NaiveDate> {
    match kind {
        TimeKind::Calendar {
            year: Some(y),
            month,
            day,
        } => NaiveDate::from_ymd_opt(y, month, day),
        TimeKind::Calendar {
            year: None,
            month,
            day,
        } => match published {
            Some(p) => {
                let this = NaiveDate::from_ymd_opt(p.year(), month, day)?;
                // A week of slack: "on 16 August" in a piece dated 15 August is a plan, but a
                // timezone or print-edition lag is not worth dropping a date for.
                if this <= p + Days::new(1) {
                    Some(this)
                } else {
                    NaiveDate::from_ymd_opt(p.year() - 1, month, day)
                }
            }
            None => NaiveDate::from_ymd_opt(default_year?, month, day),
        },
        TimeKind::Weekday {
            weekday,
            definite: true,
            ..
        } if anchor.is_some() => {
            let a = anchor?;
            let ahead = (7 + weekday.num_days_from_monday() as i64
                - a.weekday().num_days_from_monday() as i64)
                % 7;
            if ahead <= 3 {
                a.checked_add_days(Days::new(ahead as u64))
            } else {
                a.checked_sub_days(Days::new((7 - ahead) as u64))
            }
        }
        TimeKind::Weekday {
            weekday,
            week_before: true,
            ..
        } => {
            let p = published?;
            let monday =
                p.checked_sub_days(Days::new(p.weekday().num_days_from_monday() as u64))?;
            monday
                .checked_sub_days(Days::new(7))?
                .checked_add_days(Days::new(weekday.num_days_from_monday() as u64))
        }
        TimeKind::Weekday { weekday, last, .. } => {
            let p = published?;
            let back = (7 + p.weekday().num_days_from_monday() as i64
                - weekday.num_days_from_monday() as i64)
                % 7;
            let back = if last && back == 0 { 7 } else { back };
            p.checked_sub_days(Days::new(back as u64))
        }
        TimeKind::DaysBeforePublication(n) => published?.checked_sub_days(Days::new(n as u64)),
        TimeKind::SpanBeforePublication(n) => published?.checked_sub_days(Days::new(n as u64)),
        TimeKind::DaysBeforeAnchor(n) => {
            anchor.or(published)?.checked_sub_days(Days::new(n as u64))
        }
        TimeKind::DaysAfterAnchor(n) => anchor?.checked_add_days(Days::new(n as u64)),
        TimeKind::DayOfMonth(day) => {
            // The anchor's month, else the publication's; never after publication (with a
            // day's slack, as for calendar dates).
            let base = anchor.or(published)?;
            let latest = published.unwrap_or(base) + Days::new(1);
            let this = NaiveDate::from_ymd_opt(base.year(), base.month(), day);
            match this {
                Some(d) if d <= latest => Some(d),
                _ => {
                    let prev = base.with_day(1)? - Days::new(1);
                    NaiveDate::from_ymd_opt(prev.year(), prev.month(), day)
                }
            }
        }
    }
}

/// Words of a time of day, in folded text ("late afternoon", "shortly after", "by
/// nightfall").
const TIME_OF_DAY_WORDS: [&str; 22] = [
    "midday",
    "noon",
    "dawn",
    "dusk",
    "nightfall",
    "midnight",
    "daybreak",
    "sunrise",
    "sunset",
    "morning",
    "afternoon",
    "evening",
    "night",
    "late",
    "early",
    "shortly",
    "after",
    "before",
    "by",
    "around",
    "about",
    "at",
];

/// True when a short folded text is nothing but a time of day ("5.30 a.m.", "By 10 a.m.",
/// "Late afternoon."): the entry heading of an hour-by-hour account, not a day.
pub fn only_a_time_of_day(folded: &str) -> bool {
    // Six short words at most: most sentences fail here, unsplit.
    if folded.len() > 48 {
        return false;
    }
    let words = words(folded);
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let times = find_time_exprs(folded);
    let clock = |w: &Word| {
        times.iter().any(|t| {
            t.kind == TimeKind::DaysBeforeAnchor(0) && t.start <= w.start && w.end <= t.end
        })
    };
    let of_day = |w: &Word| TIME_OF_DAY_WORDS.contains(&w.text);
    words.iter().all(|w| clock(w) || of_day(w))
        && words.iter().any(|w| {
            clock(w)
                || !matches!(
                    w.text,
                    "late"
                        | "early"
                        | "shortly"
                        | "after"
                        | "before"
                        | "by"
                        | "around"
                        | "about"
                        | "at"
                )
        })
}

/// Parses a date written on its own, as in publication lines: "7 August 2021",
/// "August 11th, 2021", "Friday, 13 August 2021", "2021-08-13", "Aug. 10" (year missing).
pub fn parse_loose_date(text: &str) -> Option<(Option<i32>, u32, u32)> {
    let f = crate::text::fold(text);
    find_time_exprs(&f.text)
        .into_iter()
        .find_map(|t| match t.kind {
            TimeKind::Calendar { year, month, day } => Some((year, month, day)),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn first(s: &str) -> TimeKind {
        find_time_exprs(&crate::text::fold(s).text)[0].kind
    }

    /// The day the first time expression of `s` gives, against publication `p` alone.
    fn on(s: &str, p: Option<NaiveDate>) -> Option<NaiveDate> {
        resolve(first(s), p, None, None)
    }

    #[test]
    fn weekdays_resolve_to_the_latest_on_or_before_publication() {
        // 2021-08-13 was a Friday.
        let p = Some(d("2021-08-13"));
        let r = |s| on(s, p).unwrap();
        assert_eq!(r("on Friday"), d("2021-08-13"));
        assert_eq!(r("late on Thursday"), d("2021-08-12"));
        assert_eq!(r("Monday night"), d("2021-08-09"));
        assert_eq!(r("last Friday"), d("2021-08-06"));
        assert_eq!(r("yesterday"), d("2021-08-12"));
        // "last week" after the weekday: that day of the week before publication's week.
        assert_eq!(r("on Thursday last week"), d("2021-08-05"));
        assert_eq!(r("on Monday of last week"), d("2021-08-02"));
        assert_eq!(r("on Saturday last week"), d("2021-08-07"));
    }

    #[test]
    fn calendar_dates_in_common_formats() {
        let p = Some(d("2021-08-16"));
        let r = |s| on(s, p).unwrap();
        assert_eq!(r("on 11 May"), d("2021-05-11"));
        assert_eq!(r("August 11th, 2021"), d("2021-08-11"));
        assert_eq!(r("Aug. 10"), d("2021-08-10"));
        assert_eq!(r("2021-08-14"), d("2021-08-14"));
        assert_eq!(r("on 6 August"), d("2021-08-06"));
        // A day-month later than publication is last year's.
        assert_eq!(r("on 20 December"), d("2020-12-20"));
    }

    #[test]
    fn days_counted_from_another_day_or_the_month() {
        let p = Some(d("2021-08-16"));
        let sunday = Some(d("2021-08-15"));
        let r = |s| resolve(first(s), p, sunday, None).unwrap();
        assert_eq!(r("the night before"), d("2021-08-14"));
        assert_eq!(r("the previous evening"), d("2021-08-14"));
        assert_eq!(r("the day after"), d("2021-08-16"));
        assert_eq!(r("within hours"), d("2021-08-15"));
        assert_eq!(r("shortly afterwards"), d("2021-08-15"));
        assert_eq!(r("a week earlier"), d("2021-08-08"));
        assert_eq!(r("a week earlier, on 7 August"), d("2021-08-07"));
        // "the 7th": the anchor's month, or the month before when the day is still to come.
        assert_eq!(r("on the 7th"), d("2021-08-07"));
        assert_eq!(r("on the 20th"), d("2021-07-20"));
        let no_anchor = |s| on(s, p).unwrap();
        assert_eq!(no_anchor("three days ago"), d("2021-08-13"));
        // A bare number after "the" is not a day.
        assert!(find_time_exprs("the 7 districts").is_empty());
    }

    #[test]
    fn a_day_of_the_month_takes_its_month_from_the_context() {
        let p = Some(d("2021-09-07"));
        let thursday = Some(d("2021-08-12"));
        // "the 13th" after a day in August is in August, though September has begun.
        assert_eq!(
            resolve(first("the 13th"), p, thursday, None),
            Some(d("2021-08-13"))
        );
        // "Thursday the 12th": the day of the month says which Thursday.
        let times = find_time_exprs("herat fell on thursday the 12th");
        assert_eq!(times.len(), 1);
        assert_eq!(times[0].kind, TimeKind::DayOfMonth(12));
        assert_eq!(resolve(times[0].kind, p, None, None), Some(d("2021-08-12")));
        // "the 7th of August", and "the 7th and 8th of August": the month after both days.
        let r = |s| on(s, p).unwrap();
        assert_eq!(r("on the 7th of august"), d("2021-08-07"));
        assert_eq!(
            r("the weekend of the 7th and 8th of august"),
            d("2021-08-07")
        );
        // "Sunday 15 August" is one expression, the date's.
        let times = find_time_exprs("a reconstruction of sunday 15 august");
        assert_eq!(times.len(), 1);
        assert_eq!(
            &"a reconstruction of sunday 15 august"[times[0].start..],
            "sunday 15 august"
        );
    }

    #[test]
    fn a_definite_weekday_is_the_one_nearest_the_story_day() {
        // "on the Saturday" in a September hearing about the weekend of 7 and 8 August.
        let p = Some(d("2021-09-07"));
        let sunday_8 = Some(d("2021-08-08"));
        let r = |s| resolve(first(s), p, sunday_8, None).unwrap();
        assert_eq!(r("on the saturday"), d("2021-08-07"));
        assert_eq!(r("on the sunday"), d("2021-08-08"));
        assert_eq!(r("on the tuesday"), d("2021-08-10"));
        // Without a story day, it is the most recent one, as a bare weekday is.
        assert_eq!(on("on the saturday", p), Some(d("2021-09-04")));
    }

    #[test]
    fn a_time_of_day_alone_is_an_hour_heading() {
        for heading in [
            "5.30 a.m.",
            "by 10 a.m.",
            "late afternoon.",
            "midday.",
            "shortly after 2 p.m.",
        ] {
            assert!(only_a_time_of_day(heading), "{heading}");
        }
        for text in [
            "late.",
            "the taliban entered at 10 a.m.",
            "on sunday morning",
            "at",
        ] {
            assert!(!only_a_time_of_day(text), "{text}");
        }
        assert_eq!(first("at 10 p.m."), TimeKind::DaysBeforeAnchor(0));
    }

    #[test]
    fn a_weekday_with_a_numeric_day_and_month_is_that_date() {
        let p = Some(d("2021-08-07"));
        assert_eq!(on("fri 06/08", p), Some(d("2021-08-06")));
        assert_eq!(on("sat 07.08", p), Some(d("2021-08-07")));
        // A score or a count is no date without the weekday.
        assert!(find_time_exprs("won 6/8 of their matches").is_empty());
    }

    #[test]
    fn a_numeric_date_with_a_two_digit_year_is_this_centurys() {
        let p = Some(d("2021-07-20"));
        assert_eq!(
            on("took the district on 03.07.21", p),
            Some(d("2021-07-03"))
        );
        assert_eq!(on("fell on 12/07/21", p), Some(d("2021-07-12")));
        // Without the same separator twice it is no date.
        assert!(find_time_exprs("a ratio of 3.5 21 times").is_empty());
    }

    #[test]
    fn a_day_and_a_month_are_one_date_only_outside_brackets() {
        // "23" is a day of another calendar; the bracket gives the Gregorian date.
        let p = Some(d("2021-07-16"));
        assert_eq!(on("fell on saratan 23 (july 14)", p), Some(d("2021-07-14")));
    }

    #[test]
    fn a_span_of_days_is_dated_by_its_first() {
        let p = Some(d("2021-08-07"));
        assert_eq!(
            on("between 1 and 6 august, fighters", p),
            Some(d("2021-08-01"))
        );
        assert_eq!(on("from 2 to 5 august 2021", p), Some(d("2021-08-02")));
        // Without "between" or "from" it is no span ("on 7 and 8 August respectively").
        assert_eq!(
            on("fell on 7 and 8 august respectively", p),
            Some(d("2021-08-08"))
        );
    }

    #[test]
    fn an_ordinal_joined_to_a_date_is_a_day_of_its_month() {
        let times = find_time_exprs("fell on august 12th and 13th respectively");
        let kinds: Vec<TimeKind> = times.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TimeKind::Calendar {
                    year: None,
                    month: 8,
                    day: 12
                },
                TimeKind::Calendar {
                    year: None,
                    month: 8,
                    day: 13
                }
            ]
        );
        // A count after "and" is no day.
        assert_eq!(find_time_exprs("on august 12 and 13 districts").len(), 1);
    }

    #[test]
    fn may_is_a_month_only_with_a_day() {
        assert!(find_time_exprs("the city may fall").is_empty());
        assert_eq!(
            first("on 11 may"),
            TimeKind::Calendar {
                year: None,
                month: 5,
                day: 11
            }
        );
    }

    #[test]
    fn a_duration_before_something_is_no_day() {
        assert!(
            find_time_exprs("fighting had raged for three days before the final push").is_empty()
        );
        assert!(find_time_exprs("the siege went on for a week before the town fell").is_empty());
        assert_eq!(
            first("three days before the town fell"),
            TimeKind::DaysBeforeAnchor(3)
        );
    }

    #[test]
    fn anchored_expressions() {
        let k = first("a day earlier");
        assert_eq!(
            resolve(k, Some(d("2021-07-15")), None, None),
            Some(d("2021-07-14"))
        );
        let k = first("the following day");
        assert_eq!(
            resolve(k, None, Some(d("2021-08-12")), None),
            Some(d("2021-08-13"))
        );
    }

    #[test]
    fn no_publication_no_relative_date() {
        assert_eq!(resolve(first("on Sunday"), None, None, Some(2021)), None);
        assert_eq!(
            resolve(first("on 8 August"), None, None, Some(2021)),
            Some(d("2021-08-08"))
        );
    }
}
