//! The bundled development corpus (corpus/dev, with gold annotations): extraction quality,
//! publication dates, and traps.

mod common;

use frontline::article::{read_paths, ReadOptions};
use frontline::eval::{evaluate, read_gold, read_traps};

/// Scores extraction on a bundled corpus and holds it to the quality bar: F1 at least 0.90
/// overall and 0.80 per kind, and no trap sentence producing an event.
fn assert_quality(corpus: &str) -> frontline::eval::EvalReport {
    let region = common::region();
    let dir = common::root().join(corpus);
    let events = common::extract(&region, std::slice::from_ref(&dir), None);
    let gold = read_gold(&dir.join("gold.jsonl")).unwrap();
    let traps = read_traps(&dir.join("traps.jsonl")).unwrap();
    let report = evaluate(&region, &events, &gold, &traps);
    eprintln!("{}", frontline::eval::render(&report, true));
    assert!(
        report.overall.f1 >= 0.90,
        "{corpus}: overall F1 {:.3} fell below 0.90",
        report.overall.f1
    );
    for (kind, s) in &report.per_kind {
        assert!(
            s.f1 >= 0.80,
            "{corpus}: {kind} F1 {:.3} fell below 0.80",
            s.f1
        );
    }
    assert!(
        report.trap_hits.is_empty(),
        "{corpus}: {} trap sentences produced events",
        report.trap_hits.len()
    );
    report
}

#[test]
fn extraction_quality_on_the_dev_corpus() {
    let report = assert_quality("corpus/dev");
    // Confidence means something: events above 0.8 are right at least as often as those below.
    let c = &report.calibration;
    assert!(c.above.predicted > 0 && c.below.predicted > 0);
    assert!(
        c.above.precision >= c.below.precision,
        "confidence is not calibrated: {c:?}"
    );
}

#[test]
fn extraction_quality_on_the_check_corpus() {
    // corpus/check was written blind by a project session, with other wording than
    // corpus/dev: it guards against rules that only fit the development articles.
    assert_quality("corpus/check");
}

#[test]
fn publication_dates_follow_the_corpus_conventions() {
    let region = common::region();
    let opts = ReadOptions {
        published: None,
        default_year: region.default_year,
    };
    let arts = read_paths(&[common::dev_corpus()], &region.lexicon, &opts).unwrap();
    assert_eq!(
        arts.len(),
        36,
        "gold.jsonl, traps.jsonl and README.md are not articles"
    );
    let expect = [
        ("d001.txt", Some("2021-06-22")), // header
        ("d002.txt", Some("2021-07-05")), // dateline without year
        ("d010.txt", Some("2021-08-04")),
        ("d013.txt", Some("2021-08-07")), // "Published 7 August 2021" at the top
        ("d022.txt", Some("2021-08-14")), // "KABUL, Aug. 14 (wire) -"
        ("d005.txt", Some("2021-07-08")), // footer "Published ... | Updated ..."
        ("d028.txt", Some("2021-08-24")), // "Posted: Tuesday, 24 August 2021"
        ("d032.txt", Some("2021-08-13")), // print edition line
        ("d033.txt", Some("2021-08-11")), // footer before teasers dated "Updated 11 Aug, 2021"
        ("d034.txt", None),               // no recoverable date
    ];
    for (id, want) in expect {
        let a = arts.iter().find(|a| a.id == id).unwrap();
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), want, "{id}");
    }
}

#[test]
fn evidence_spans_are_character_offsets_into_the_article() {
    let region = common::region();
    let dir = common::dev_corpus();
    let events = common::extract(&region, std::slice::from_ref(&dir), None);
    let mut non_ascii = 0;
    for e in &events {
        let text = std::fs::read_to_string(dir.join(&e.article)).unwrap();
        let [a, b] = e.evidence_span;
        let slice: String = text.chars().skip(a).take(b - a).collect();
        assert_eq!(slice, e.evidence, "{}", e.article);
        non_ascii += usize::from(
            !text[..text.char_indices().nth(a).map_or(text.len(), |(i, _)| i)].is_ascii(),
        );
    }
    assert!(
        non_ascii > 0,
        "some evidence follows non-ASCII text, so bytes and characters differ"
    );
}

#[test]
fn undated_article_events_carry_no_date() {
    let region = common::region();
    let events = common::extract(&region, &[common::dev_corpus().join("d034.txt")], None);
    assert!(!events.is_empty());
    for e in events {
        assert_eq!(e.date, None);
        assert_eq!(e.date_precision, frontline::dates::DatePrecision::Unknown);
    }
}

#[test]
fn teasers_after_the_story_never_produce_events() {
    let region = common::region();
    let events = common::extract(
        &region,
        &[
            common::dev_corpus().join("d033.txt"),
            common::dev_corpus().join("d009.txt"),
        ],
        None,
    );
    for e in &events {
        assert!(
            !e.evidence.contains("under siege"),
            "page junk produced {e:?}"
        );
        assert!(
            !e.evidence.contains("Pakistan's newsrooms"),
            "page junk produced {e:?}"
        );
    }
}

/// d007's gold line for Nerkh (captured on 11 May), which has no GeoNames id.
fn nerkh_captured() -> frontline::eval::GoldEvent {
    frontline::eval::GoldEvent {
        article: "d007.txt".into(),
        place: "Nerkh".into(),
        geonameid: None,
        province: "AF-WAR".into(),
        level: frontline::mentions::Level::District,
        kind: frontline::lexicon::EventKind::Capture,
        actor: "taliban".into(),
        date: Some("2021-05-11".parse().unwrap()),
        date_from: Some("text".into()),
        claim: false,
    }
}

#[test]
fn gold_without_an_id_matches_any_name_of_the_place() {
    let region = common::region();
    let events = common::extract(&region, &[common::dev_corpus().join("d007.txt")], None);
    let r = evaluate(&region, &events, &[nerkh_captured()], &[]);
    assert_eq!(
        r.overall.true_positives,
        1,
        "{}",
        frontline::eval::render(&r, true)
    );
}

#[test]
fn a_miss_one_field_from_a_false_alarm_is_counted_by_that_field() {
    let region = common::region();
    let events = common::extract(&region, &[common::dev_corpus().join("d007.txt")], None);
    let wrong_day = frontline::eval::GoldEvent {
        date: Some("2021-05-20".parse().unwrap()),
        ..nerkh_captured()
    };
    let wrong_actor = frontline::eval::GoldEvent {
        actor: "government".into(),
        ..nerkh_captured()
    };
    let r = evaluate(&region, &events, &[wrong_day], &[]);
    assert_eq!((r.near_misses.date, r.near_misses.actor), (1, 0));
    let r = evaluate(&region, &events, &[wrong_actor], &[]);
    assert_eq!((r.near_misses.date, r.near_misses.actor), (0, 1));
}
