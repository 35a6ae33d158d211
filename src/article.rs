//! Articles in: plain-text files, JSON Lines, and directories of them.
//!
//! In: paths given on the command line. Out: [`Article`]s with their publication date (and
//! where it was read), and the part of the text that belongs to the story (page junk such
//! as "MORE FROM" lists and teasers after the footer is marked off, not deleted).

use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::dates::parse_loose_date;
use crate::lexicon::Lexicon;

/// Errors reading articles. Each names the input and what is wrong.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a JSON article object: {source}")]
    JsonLine {
        path: PathBuf,
        line: usize,
        source: serde_json::Error,
    },
    #[error("{path}:{line}: {message}")]
    Field {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: not valid UTF-8 text")]
    NotUtf8 { path: PathBuf },
    #[error("{path}: no such file or directory")]
    Missing { path: PathBuf },
}

/// Where an article's publication date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedSource {
    /// The ` date YYYY-MM-DD ` first-line header.
    Header,
    /// A dateline at the top ("KABUL, Aug 10 (Reuters) -").
    Dateline,
    /// A "Published ..." / "Posted ..." / "Updated ..." line of the story.
    PublicationLine,
    /// The `published` field of a JSON Lines record.
    Metadata,
    /// `--published` on the command line.
    Flag,
}

/// One article.
#[derive(Debug, Clone)]
pub struct Article {
    /// File name (plain text) or the record's `id` (JSON Lines).
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub published_source: Option<PublishedSource>,
    /// The text as read; every span reported points into it.
    pub text: String,
    /// Ranges of `text` that belong to the story (header prefix and page junk excluded).
    pub story: Vec<Range<usize>>,
    /// Where the dateline's date ends ("KABUL, Aug. 16 —"), when the publication date came
    /// from one: a time before it dates the article, not an event.
    pub dateline_end: Option<usize>,
    /// Where the article came from (for messages).
    pub origin: String,
}

#[derive(Debug, Deserialize)]
struct JsonArticle {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    text: Option<String>,
}

/// Options for reading articles.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Publication date for articles whose text and metadata give none.
    pub published: Option<NaiveDate>,
    /// Year assumed for datelines that leave it out.
    pub default_year: Option<i32>,
}

/// Reads every article under the given paths (files, or directories walked recursively in
/// name order). In directories, `.txt` files are articles, `.jsonl` files are read when their
/// records have a `text` field and an `id`, `title`, `published` or `url` (annotation files
/// such as `gold.jsonl` and `traps.jsonl` are skipped), and other
/// files are ignored. A path named explicitly must be readable.
pub fn read_paths(
    paths: &[PathBuf],
    lex: &Lexicon,
    opts: &ReadOptions,
) -> Result<Vec<Article>, ArticleError> {
    let mut out = Vec::new();
    for p in paths {
        if !p.exists() {
            return Err(ArticleError::Missing { path: p.clone() });
        }
        if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files)?;
            files.sort();
            for f in files {
                match f.extension().and_then(|e| e.to_str()) {
                    Some("txt") => out.push(read_text_file(&f, lex, opts)?),
                    Some("jsonl") if jsonl_holds_articles(&f)? => {
                        out.extend(read_jsonl(&f, lex, opts)?);
                    }
                    _ => {}
                }
            }
        } else if p.extension().and_then(|e| e.to_str()) == Some("jsonl") {
            out.extend(read_jsonl(p, lex, opts)?);
        } else {
            out.push(read_text_file(p, lex, opts)?);
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ArticleError> {
    let entries = std::fs::read_dir(dir).map_err(|source| ArticleError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for e in entries {
        let e = e.map_err(|source| ArticleError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = e.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn read_string(path: &Path) -> Result<String, ArticleError> {
    let bytes = std::fs::read(path).map_err(|source| ArticleError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|_| ArticleError::NotUtf8 {
        path: path.to_path_buf(),
    })
}

fn jsonl_holds_articles(path: &Path) -> Result<bool, ArticleError> {
    let text = read_string(path)?;
    let first = text.lines().find(|l| !l.trim().is_empty());
    Ok(first
        .and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .is_some_and(|v| {
            v.get("text").is_some_and(|t| t.is_string())
                && ["id", "title", "published", "url"]
                    .iter()
                    .any(|k| v.get(k).is_some())
        }))
}

fn read_text_file(path: &Path, lex: &Lexicon, opts: &ReadOptions) -> Result<Article, ArticleError> {
    let text = read_string(path)?;
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Article::from_text(
        id,
        text,
        None,
        None,
        None,
        lex,
        opts,
        path.display().to_string(),
    ))
}

fn read_jsonl(
    path: &Path,
    lex: &Lexicon,
    opts: &ReadOptions,
) -> Result<Vec<Article>, ArticleError> {
    let text = read_string(path)?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let line_no = n + 1;
        let rec: JsonArticle =
            serde_json::from_str(line).map_err(|source| ArticleError::JsonLine {
                path: path.to_path_buf(),
                line: line_no,
                source,
            })?;
        let body = rec.text.ok_or_else(|| ArticleError::Field {
            path: path.to_path_buf(),
            line: line_no,
            message: "missing string field `text`".into(),
        })?;
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(other) => {
                return Err(ArticleError::Field {
                    path: path.to_path_buf(),
                    line: line_no,
                    message: format!("`id` must be a string or number, not {other}"),
                })
            }
            None => format!(
                "{}:{line_no}",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ),
        };
        let published = match rec.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(parse_metadata_date(s).ok_or_else(|| ArticleError::Field {
                path: path.to_path_buf(),
                line: line_no,
                message: format!(
                    "`published` {s:?} is not a date (expected YYYY-MM-DD or RFC 3339)"
                ),
            })?),
        };
        out.push(Article::from_text(
            id,
            body,
            rec.title,
            rec.url,
            published,
            lex,
            opts,
            format!("{}:{line_no}", path.display()),
        ));
    }
    Ok(out)
}

/// Parses `YYYY-MM-DD` or an RFC 3339 timestamp's date part.
fn parse_metadata_date(s: &str) -> Option<NaiveDate> {
    let head = s.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

impl Article {
    /// Builds an article from its text, finding its publication date and story ranges.
    #[allow(clippy::too_many_arguments)]
    pub fn from_text(
        id: String,
        text: String,
        title: Option<String>,
        url: Option<String>,
        metadata_published: Option<NaiveDate>,
        lex: &Lexicon,
        opts: &ReadOptions,
        origin: String,
    ) -> Article {
        let (header_date, body_start) = parse_header(&text);
        let story = story_ranges(&text, body_start, lex);
        let mut published = None;
        let mut source = None;
        let mut dateline_end = None;
        if let Some(d) = header_date {
            published = Some(d);
            source = Some(PublishedSource::Header);
        } else if let Some(d) = metadata_published {
            published = Some(d);
            source = Some(PublishedSource::Metadata);
        } else if let Some((d, end)) = find_dateline(&text, &story, opts.default_year) {
            published = Some(d);
            source = Some(PublishedSource::Dateline);
            dateline_end = Some(end);
        } else if let Some(d) = find_publication_line(&text, &story, lex)
            .or_else(|| find_date_stamp_line(&text, &story))
        {
            published = Some(d);
            source = Some(PublishedSource::PublicationLine);
        } else if let Some(d) = opts.published {
            published = Some(d);
            source = Some(PublishedSource::Flag);
        }
        Article {
            id,
            title,
            url,
            published,
            published_source: source,
            text,
            story,
            dateline_end,
            origin,
        }
    }
}

/// The ` date YYYY-MM-DD ` header: returns the date and where the article text starts.
fn parse_header(text: &str) -> (Option<NaiveDate>, usize) {
    let rest = text.trim_start_matches([' ', '\u{feff}']);
    let lead = text.len() - rest.len();
    if let Some(after) = rest.strip_prefix("date ") {
        if let Some(date) = after
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            let mut start = lead + 5 + 10;
            while text[start..].starts_with(' ') {
                start += 1;
            }
            return (Some(date), start);
        }
    }
    (None, 0)
}

/// Splits the text into story lines, dropping page junk: lines that start with a junk
/// prefix ("READ MORE"), and everything after a junk section marker ("MORE FROM") or after a
/// "Published in <outlet>, <date>" footer, which ends the story on newspaper sites.
fn story_ranges(text: &str, body_start: usize, lex: &Lexicon) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos.max(body_start);
        let end = pos + line.len();
        pos = end;
        if start >= end {
            continue;
        }
        let trimmed = line.trim();
        // Markers match case-insensitively at the start of the line.
        let starts = |m: &String| {
            trimmed
                .get(..m.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(m))
        };
        if lex.junk_section_markers.iter().any(starts) {
            break;
        }
        if lex.junk_line_prefixes.iter().any(starts) {
            continue;
        }
        out.push(start..end);
        if is_footer_end(trimmed, &lex.footer_end_prefixes) {
            break;
        }
    }
    out
}

fn is_footer_end(line: &str, prefixes: &[String]) -> bool {
    let l = line.trim_start_matches(['—', '-', ' ']);
    prefixes
        .iter()
        .any(|p| l.get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p)))
        && parse_loose_date(line).is_some_and(|(y, _, _)| y.is_some())
}

/// "KABUL, Aug. 10 —", "LASHKAR GAH, Afghanistan, Aug. 4 —", "KABUL, Aug. 14 (wire) -",
/// "Kabul, August 10 (Pajhwok):", and the agency form with the date after the dash:
/// "KABUL, Afghanistan (AP) — Aug. 10, 2021".
/// The publication date a dateline gives, and the byte offset in `text` where the
/// dateline's date ends.
fn find_dateline(
    text: &str,
    story: &[Range<usize>],
    default_year: Option<i32>,
) -> Option<(NaiveDate, usize)> {
    let first = story.first()?;
    let untrimmed = &text[first.clone()];
    let line = untrimmed.trim();
    let line_start = first.start + (untrimmed.len() - untrimmed.trim_start().len());
    // The place part: capitalised words (at most four) up to the first comma or bracket.
    let place_end = line.find([',', '('])?;
    let place = line[..place_end].trim();
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
    {
        return None;
    }
    let rest = &line[place_end..];
    // A headline in title case is not a dateline: outside capitals, the date must follow
    // the place closely.
    let all_caps = !place.chars().any(|c| c.is_lowercase());
    let close = |part: &str| all_caps || part.split_whitespace().count() <= 5;
    // The date sits before the first dash, bracket or colon ...
    let end = rest
        .find(['—', '–', ':'])
        .or_else(|| rest.find(" - "))
        .unwrap_or(prefix_len(rest, 40));
    let rest_start = line_start + place_end;
    let found = close(&rest[..end])
        .then(|| {
            parse_loose_date(&rest[..end])
                .or_else(|| {
                    // "TERMEZ, 16.08.2021 —": a numeric date.
                    full_date(&rest[..end]).map(|d| (Some(d.year()), d.month(), d.day()))
                })
                .map(|date| (date, rest_start + end))
        })
        .flatten()
        .or_else(|| {
            // ... or, in the agency form, right after the dash: "(AP) — Aug. 10, 2021 —".
            let after = rest[end..].trim_start_matches(['—', '–', '-', ':', ' ']);
            let stop = after.find(['—', '–']).unwrap_or(prefix_len(after, 24));
            let after_start = rest_start + (rest.len() - after.len());
            parse_loose_date(&after[..stop])
                .filter(|(y, _, _)| y.is_some())
                .map(|date| (date, after_start + stop))
        });
    let ((year, month, day), date_end) = found?;
    Some((
        NaiveDate::from_ymd_opt(year.or(default_year)?, month, day)?,
        date_end,
    ))
}

/// The byte length of `s` cut to at most `n` bytes at a character boundary.
fn prefix_len(s: &str, n: usize) -> usize {
    if s.len() <= n {
        return s.len();
    }
    (0..=n).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// A line of its own that is only a date, perhaps with a weekday, a time or a byline's
/// bar ("Tuesday 10 August 2021 14:02 BST", "Aug 10, 2021 | 5:02 PM", "2021-08-10"), among
/// the story's first or last two lines: a page's publication stamp.
fn find_date_stamp_line(text: &str, story: &[Range<usize>]) -> Option<NaiveDate> {
    let n = story.len();
    let candidates = story
        .iter()
        .take(2)
        .chain(story.iter().skip(n.saturating_sub(2).max(2)));
    for r in candidates {
        let line = text[r.clone()].trim();
        if line.is_empty() || line.len() > 60 || line.split_whitespace().count() > 8 {
            continue;
        }
        // A sentence ("Kunduz fell on 8 August 2021.") is not a stamp.
        if line.ends_with('.') && !line.ends_with("a.m.") && !line.ends_with("p.m.") {
            continue;
        }
        if let Some(date) = full_date(line) {
            return Some(date);
        }
    }
    None
}

/// A "Published 7 August 2021" / "Posted: Tuesday, 24 August 2021" / "appeared in the print
/// edition of Friday, 13 August 2021" line inside the story. "Published"/"Posted"/"print
/// edition" lines beat "Updated" ones; the first line of the best kind wins. The line must
/// carry a full date with a year.
fn find_publication_line(text: &str, story: &[Range<usize>], lex: &Lexicon) -> Option<NaiveDate> {
    // Pages put their stamps first or last: a dated line there beats one in the body ("a
    // report published on 3 August 2021 said ...").
    let n = story.len();
    let edge = |i: usize| i < 3 || i + 3 >= n;
    let mut best: Option<(u8, NaiveDate)> = None;
    for (i, r) in story.iter().enumerate() {
        let line = text[r.clone()].trim();
        if line.len() > 160 {
            continue;
        }
        let lower = line.to_lowercase();
        let kind = if lex
            .publication_words
            .iter()
            .any(|w| lower.contains(w.as_str()))
        {
            2
        } else if lex.update_words.iter().any(|w| lower.contains(w.as_str())) {
            1
        } else {
            continue;
        };
        // A stamp is not a sentence; the footer "This report appeared in the print edition
        // of Friday, 13 August 2021." still wins over body lines, which are sentences too.
        let stamp_like = !line.ends_with('.');
        let rank = kind * 4 + u8::from(edge(i)) * 2 + u8::from(stamp_like);
        // "Published 8 July 2021, 09:40 | Updated 8 July 2021": read the part before a bar.
        let part = line.split('|').next().unwrap_or(line);
        let Some(date) = full_date(part) else {
            continue;
        };
        if best.is_none_or(|(r0, _)| rank > r0) {
            best = Some((rank, date));
        }
    }
    best.map(|(_, d)| d)
}

/// A date with its year: written out ("7 August 2021", "2021-08-07") or numeric
/// ("07/08/2021", "7.8.2021": day first unless the first number cannot be a day's month
/// position, as in "08/14/2021").
fn full_date(s: &str) -> Option<NaiveDate> {
    if let Some((Some(y), m, d)) = parse_loose_date(s) {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    // Numeric: three digit groups joined by one separator, the year last.
    s.split(|c: char| !(c.is_ascii_digit() || c == '/' || c == '.'))
        .find_map(|token| {
            let token = token.trim_matches('.');
            let sep = if token.contains('/') { '/' } else { '.' };
            let parts: Vec<&str> = token.split(sep).collect();
            let [a, b, y] = parts[..] else { return None };
            if a.len() > 2 || b.len() > 2 || y.len() != 4 {
                return None;
            }
            let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
            let (day, month) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
            NaiveDate::from_ymd_opt(y, month, day)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        let region =
            crate::region::Region::load(&crate::region::default_region_dir()).expect("region pack");
        region.lexicon
    }

    fn art(text: &str, opts: &ReadOptions) -> Article {
        Article::from_text(
            "t".into(),
            text.into(),
            None,
            None,
            None,
            &lex(),
            opts,
            "test".into(),
        )
    }

    fn ymd(s: &str) -> Option<NaiveDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn header_date_and_body_start() {
        let a = art(" date 2021-08-06 Zaranj fell.", &ReadOptions::default());
        assert_eq!(a.published, ymd("2021-08-06"));
        assert_eq!(a.published_source, Some(PublishedSource::Header));
        assert_eq!(&a.text[a.story[0].clone()], "Zaranj fell.");
    }

    #[test]
    fn dateline_without_year_uses_the_region_year() {
        let opts = ReadOptions {
            published: None,
            default_year: Some(2021),
        };
        let a = art("LASHKAR GAH, Afghanistan, Aug. 4 — Fighting.", &opts);
        assert_eq!(a.published, ymd("2021-08-04"));
        let a = art("KABUL, Aug 10 (Reuters) - Fighting.", &opts);
        assert_eq!(a.published, ymd("2021-08-10"));
        assert_eq!(a.published_source, Some(PublishedSource::Dateline));
    }

    #[test]
    fn title_case_and_agency_datelines() {
        let opts = ReadOptions {
            published: None,
            default_year: Some(2021),
        };
        let a = art("Kabul, August 10 (Pajhwok): Fighting.", &opts);
        assert_eq!(a.published, ymd("2021-08-10"));
        let a = art("KABUL, Afghanistan (AP) — Aug. 10, 2021 — Fighting.", &opts);
        assert_eq!(a.published, ymd("2021-08-10"));
        // A numeric dateline, day first.
        let a = art("TERMEZ, 16.08.2021 — Across the river, fighting.", &opts);
        assert_eq!(a.published, ymd("2021-08-16"));
        // A long dateline of non-ASCII letters is cut at a character, not inside one.
        let a = art(&format!("KABUL, {} Fighting.", "é".repeat(40)), &opts);
        assert_eq!(a.published, None);
        // A title-case headline with a date deep inside is not a dateline.
        let a = art(
            "Kunduz, Taloqan and Sar-e Pul all fell to the Taliban on August 8 — analysis",
            &opts,
        );
        assert_eq!(a.published, None);
    }

    #[test]
    fn a_date_stamp_line_at_the_top_or_bottom_is_the_publication_date() {
        let o = ReadOptions::default();
        for top in [
            "Tuesday 10 August 2021 14:02 BST",
            "Aug 10, 2021 | 5:02 PM",
            "2021-08-10",
        ] {
            let a = art(&format!("{top}\nThe Taliban took Kunduz on Sunday.\n"), &o);
            assert_eq!(a.published, ymd("2021-08-10"), "{top}");
        }
        let a = art("By Staff Writer\nAugust 10, 2021\nKunduz fell.\n", &o);
        assert_eq!(a.published, ymd("2021-08-10"));
        let a = art("Story.\nMore story.\nMore.\n10 August 2021\n", &o);
        assert_eq!(a.published, ymd("2021-08-10"));
        // A short sentence that carries a date is not a stamp.
        let a = art("Kunduz fell on 8 August 2021.\nMore.\n", &o);
        assert_eq!(a.published, None);
    }

    #[test]
    fn stamps_of_agencies_broadcasters_and_ngos() {
        let o = ReadOptions::default();
        for (stamp, want) in [
            ("Situation report No. 4, as of 14 August 2021", "2021-08-14"),
            ("Statement issued on Saturday, 14 August 2021", "2021-08-14"),
            ("Broadcast: 14 August 2021, 18:00", "2021-08-14"),
            ("Date: 14/08/2021", "2021-08-14"),
            ("Filed 08/14/2021 (Kabul bureau)", "2021-08-14"),
        ] {
            let a = art(&format!("Kunduz fell on Sunday.\nMore.\n{stamp}\n"), &o);
            assert_eq!(a.published, ymd(want), "{stamp}");
        }
        // A dated line in the body loses to the page's own stamp at its foot.
        let t = "Story.\nThe UN report, published on 3 August 2021, warned of famine.\nMore.\nMore.\nMore.\nMore.\nPublished 14 August 2021\n";
        assert_eq!(art(t, &o).published, ymd("2021-08-14"));
    }

    #[test]
    fn footer_beats_later_page_junk() {
        let t = "KABUL: Talks.\n\nPublished in Dawn, January 5th, 2021\n\nEditorial\n\nUnder siege\nUpdated 03 May, 2024\n";
        let a = art(t, &ReadOptions::default());
        assert_eq!(a.published, ymd("2021-01-05"));
        assert_eq!(a.published_source, Some(PublishedSource::PublicationLine));
        // The teaser after the footer is not part of the story.
        assert!(a
            .story
            .iter()
            .all(|r| !a.text[r.clone()].contains("Under siege")));
    }

    #[test]
    fn published_over_updated_and_flag_last() {
        let a = art(
            "Story.\n— Published 8 July 2021, 09:40 | Updated 9 July 2021, 13:15\n",
            &ReadOptions::default(),
        );
        assert_eq!(a.published, ymd("2021-07-08"));
        let opts = ReadOptions {
            published: ymd("2021-08-13"),
            default_year: None,
        };
        let a = art("No date anywhere.", &opts);
        assert_eq!(a.published_source, Some(PublishedSource::Flag));
        let a = art("No date anywhere.", &ReadOptions::default());
        assert_eq!(a.published, None);
    }
}
