//! `frontline bench`: extraction throughput on a large synthetic corpus, next to the bare
//! name scan over the same bytes, measured in one process on one core.
//!
//! In: a region pack. Out: a [`BenchReport`]. The corpus is generated from the region's own
//! gazetteer, actors and trigger phrases, with a news-like mix: most sentences carry no
//! event (background, quotes, humanitarian detail), some name places abroad, some are
//! predictions or denials, and about a fifth report a capture, contest or withdrawal.

use std::time::Instant;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::article::{Article, ReadOptions};
use crate::events::Extractor;
use crate::gazetteer::Gazetteer;
use crate::lexicon::{EventKind, Frame};
use crate::mentions::parse_article;
use crate::region::Region;
use crate::text::fold;

/// A small deterministic random generator (xorshift), so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FILLER: &[&str] = &[
    "Residents described long queues outside bakeries and banks as prices of flour and cooking oil rose sharply.",
    "Aid agencies said thousands of families had fled their homes and were sheltering in schools and mosques.",
    "The United Nations said it was increasingly alarmed by the number of civilian casualties.",
    "Officials did not give details of the number of people killed or wounded in the fighting.",
    "Mobile phone networks in the area have been cut, making it difficult to verify accounts from either side.",
    "Hospitals said they were struggling to cope with the number of wounded arriving every day.",
    "The highway has been closed to commercial traffic for several days, traders said.",
    "Analysts said the speed of the advance had surprised diplomats and military planners alike.",
];

const ABROAD: &[&str] = &[
    "In Doha, negotiators from both sides met again without announcing any progress.",
    "Pakistani officials said they had closed their side of the border crossing near Chaman as a precaution.",
    "Iranian officials in Mashhad said extra guards had been deployed along the frontier.",
    "Diplomats in Tashkent and Islamabad urged an end to attacks on cities.",
];

/// One benchmark run's figures.
#[derive(Debug, Serialize)]
pub struct BenchReport {
    pub articles: usize,
    pub bytes: usize,
    pub scan_seconds: f64,
    pub extract_seconds: f64,
    /// MB/s (10^6 bytes) of folding plus the gazetteer scan alone.
    pub scan_mb_per_s: f64,
    /// MB/s of full extraction (geoparse, cues, events).
    pub extract_mb_per_s: f64,
    /// Extraction throughput as a share of the bare scan.
    pub ratio: f64,
    pub events: usize,
    pub mentions: usize,
}

/// Builds a synthetic corpus of about `target_bytes`.
pub fn synthetic_corpus(region: &Region, target_bytes: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng(seed.max(1));
    let lex = &region.lexicon;
    let capitals: Vec<&str> = region
        .provinces
        .iter()
        .filter_map(|p| p.capital_place.map(|c| region.places[c].name.as_str()))
        .collect();
    let towns: Vec<&str> = region
        .places
        .iter()
        .filter(|p| p.name.is_ascii())
        .map(|p| p.name.as_str())
        .collect();
    let provinces: Vec<&str> = region.provinces.iter().map(|p| p.name.as_str()).collect();
    let actor_names: Vec<(&str, &str)> = region
        .actors
        .iter()
        .flat_map(|a| {
            a.names
                .iter()
                .filter(|n| n.len() > 3)
                .map(move |n| (a.id.as_str(), n.as_str()))
        })
        .collect();
    let active: Vec<&str> = lex
        .triggers
        .iter()
        // The phrases written out per actor name ("drove {actor} out of") would crowd out the
        // rest: they are left out of the mix.
        .filter(|t| {
            t.frame == Frame::Active
                && !t.infinitive
                && t.kind == EventKind::Capture
                && t.loser.is_none()
        })
        .map(|t| t.phrase.as_str())
        .collect();
    let passive: Vec<&str> = lex
        .triggers
        .iter()
        .filter(|t| t.frame == Frame::Passive && t.kind == EventKind::Capture)
        .map(|t| t.phrase.as_str())
        .collect();
    let nominal: Vec<&str> = lex
        .triggers
        .iter()
        .filter(|t| t.frame == Frame::Nominal)
        .map(|t| t.phrase.as_str())
        .collect();
    let weekdays = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let start =
        NaiveDate::from_ymd_opt(region.default_year.unwrap_or(2021), 6, 1).expect("valid date");
    let opts = ReadOptions {
        published: None,
        default_year: region.default_year,
    };
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < target_bytes {
        let published = start + Days::new(rng.next() % 100);
        let mut text = format!(" date {published} ");
        let sentences = 8 + rng.next() % 10;
        for _ in 0..sentences {
            let capital = *rng.pick(&capitals);
            let town = *rng.pick(&towns);
            let (_, actor) = *rng.pick(&actor_names);
            let day = *rng.pick(&weekdays);
            let roll = rng.next() % 100;
            let s = if roll < 10 {
                format!(
                    "{} {} {capital}, the capital of {} province, on {day}, officials said.",
                    cap(actor),
                    rng.pick(&active),
                    rng.pick(&provinces)
                )
            } else if roll < 16 {
                format!(
                    "{town} {} the Taliban late on {day}, a provincial council member said.",
                    rng.pick(&passive)
                )
            } else if roll < 20 {
                format!(
                    "The {} {capital} leaves the government with few options in the region.",
                    rng.pick(&nominal)
                )
            } else if roll < 24 {
                format!("Heavy fighting continued on {day} on the outskirts of {capital}, residents said.")
            } else if roll < 28 {
                format!("Government forces withdrew from {town} on {day} after days of clashes, a lawmaker said.")
            } else if roll < 32 {
                format!("Analysts warned that {capital} could fall within weeks if reinforcements do not arrive.")
            } else if roll < 35 {
                format!("A defence ministry spokesman denied that {capital} had fallen and said commandos were on their way.")
            } else if roll < 42 {
                rng.pick(ABROAD).to_string()
            } else {
                rng.pick(FILLER).to_string()
            };
            text.push_str(&s);
            text.push(if rng.chance(30) { '\n' } else { ' ' });
        }
        text.push('\n');
        total += text.len();
        out.push(Article::from_text(
            format!("synthetic-{n}.txt"),
            text,
            None,
            None,
            None,
            lex,
            &opts,
            "bench".into(),
        ));
        n += 1;
    }
    out
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Times one stage over every item and prints it, with what it counted, to stderr.
fn phase<T>(name: &str, unit: &str, items: &[T], count: impl Fn(&T) -> usize) {
    let t = Instant::now();
    let n: usize = items.iter().map(count).sum();
    eprintln!(
        "phase {name}: {:.2} s ({n} {unit})",
        t.elapsed().as_secs_f64()
    );
}

/// Runs the bare scan and the full extraction over the same articles, on this thread.
/// With `phases`, also times geoparsing and the cue scan alone (printed to stderr).
pub fn run(region: &Region, articles: &[Article], phases: bool) -> BenchReport {
    let gaz = Gazetteer::new(region);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let t0 = Instant::now();
    let mut mentions = 0;
    for a in articles {
        let f = fold(&a.text);
        mentions += gaz.count_matches(&f);
    }
    let scan = t0.elapsed().as_secs_f64();
    let ex = Extractor::new(region);
    if phases {
        phase("geoparse", "mentions", articles, |a| {
            parse_article(a, region, &gaz).mentions.len()
        });
        phase("fold", "bytes", articles, |a| fold(&a.text).text.len());
        // The cue phases start from folded text, so folding is not timed twice.
        let folded: Vec<_> = articles.iter().map(|a| fold(&a.text)).collect();
        let cues = ex.cue_index();
        phase("cue scan", "phrases", &folded, |f| cues.scan(&f.text).len());
        phase("cue scan+classes", "cues", &folded, |f| {
            cues.find(&f.text).len()
        });
    }
    let t1 = Instant::now();
    let mut events = 0;
    for a in articles {
        let parsed = parse_article(a, region, &gaz);
        events += ex.extract(a, &parsed).len();
    }
    let extract = t1.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    BenchReport {
        articles: articles.len(),
        bytes,
        scan_seconds: scan,
        extract_seconds: extract,
        scan_mb_per_s: mb / scan,
        extract_mb_per_s: mb / extract,
        ratio: scan / extract,
        events,
        mentions,
    }
}
