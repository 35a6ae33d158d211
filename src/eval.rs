//! Scoring against gold annotations: precision, recall and F1 overall and per kind, the
//! misses, the false alarms, trap sentences that produced events, and confidence calibration.
//!
//! In: predicted [`Event`]s, a gold file (`gold.jsonl`, format of the dev corpus README) and
//! optionally a traps file. Out: an [`EvalReport`].
//!
//! Matching rule: article, place (GeoNames id; the ISO code for province-level events; the
//! name when the gold has no id), kind and actor agree, and the dates are within one day; a
//! gold date taken from the publication date (`date_from` header, dateline or publication)
//! matches any predicted date up to it. Each gold event matches at most one prediction.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::events::Event;
use crate::mentions::Level;
use crate::region::Region;
use crate::text::fold_key;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {source}")]
    Json {
        path: PathBuf,
        line: usize,
        source: serde_json::Error,
    },
}

/// One gold event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldEvent {
    pub article: String,
    pub place: String,
    pub geonameid: Option<i64>,
    pub province: String,
    pub level: Level,
    pub kind: crate::lexicon::EventKind,
    pub actor: String,
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub date_from: Option<String>,
    #[serde(default)]
    pub claim: bool,
}

/// A sentence that must not produce an event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Trap {
    pub article: String,
    pub text: String,
    pub why: String,
}

fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|source| EvalError::Json {
                path: path.to_path_buf(),
                line: n + 1,
                source,
            })
        })
        .collect()
}

pub fn read_gold(path: &Path) -> Result<Vec<GoldEvent>, EvalError> {
    read_jsonl(path)
}

pub fn read_traps(path: &Path) -> Result<Vec<Trap>, EvalError> {
    read_jsonl(path)
}

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    pub true_positives: usize,
    pub predicted: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    fn new(tp: usize, predicted: usize, gold: usize) -> Score {
        let precision = if predicted == 0 {
            0.0
        } else {
            tp as f64 / predicted as f64
        };
        let recall = if gold == 0 {
            0.0
        } else {
            tp as f64 / gold as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Score {
            true_positives: tp,
            predicted,
            gold,
            precision,
            recall,
            f1,
        }
    }
}

/// A trap sentence and the events it produced.
#[derive(Debug, Clone, Serialize)]
pub struct TrapHit {
    pub trap: Trap,
    pub events: Vec<Event>,
}

/// Precision of events above and below a confidence threshold.
#[derive(Debug, Clone, Serialize)]
pub struct Calibration {
    pub threshold: f64,
    pub above: Score,
    pub below: Score,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub overall: Score,
    pub per_kind: BTreeMap<String, Score>,
    pub misses: Vec<GoldEvent>,
    pub false_alarms: Vec<Event>,
    pub trap_hits: Vec<TrapHit>,
    pub traps_checked: usize,
    pub calibration: Calibration,
    pub claim_accuracy: Option<f64>,
    /// Misses that an unmatched prediction of the same article gets right in every field but
    /// one, counted by that field: where the errors come from, without naming them.
    pub near_misses: NearMisses,
}

/// Counts of misses that are one field away from an unmatched prediction.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NearMisses {
    pub date: usize,
    pub actor: usize,
    pub kind: usize,
    pub place: usize,
}

impl NearMisses {
    fn count(misses: &[&GoldEvent], unmatched: &[&Event], region: &Region) -> NearMisses {
        let mut n = NearMisses::default();
        let mut taken = vec![false; unmatched.len()];
        for g in misses {
            let fields = |e: &Event| {
                [
                    date_matches(g, e),
                    g.actor == e.actor,
                    g.kind == e.kind,
                    place_matches(g, e, region),
                ]
            };
            let hit = unmatched.iter().enumerate().find_map(|(i, e)| {
                if taken[i] || e.article != g.article {
                    return None;
                }
                let f = fields(e);
                (f.iter().filter(|ok| !**ok).count() == 1)
                    .then(|| (i, f.iter().position(|ok| !ok).unwrap_or(0)))
            });
            if let Some((i, field)) = hit {
                taken[i] = true;
                match field {
                    0 => n.date += 1,
                    1 => n.actor += 1,
                    2 => n.kind += 1,
                    _ => n.place += 1,
                }
            }
        }
        n
    }
}

fn place_matches(g: &GoldEvent, e: &Event, region: &Region) -> bool {
    if g.level == Level::Province {
        return e.place.level == Level::Province && e.place.province == g.province;
    }
    if e.place.level == Level::Province {
        return false;
    }
    if let Some(id) = g.geonameid {
        return e.place.geonameid == Some(id);
    }
    if e.place.geonameid.is_some() {
        return false;
    }
    let want = fold_key(&g.place);
    if fold_key(&e.place.name) == want {
        return true;
    }
    // A label the gold could not find in the pack may be a respelling of a name it lists
    // (gold "Rukha", pack "Rukhah"), in the same province.
    region.names_of(&e.place.id).iter().any(|n| {
        let key = fold_key(n);
        key == want
            || e.place.province == g.province && crate::gazetteer::respellings(&key).contains(&want)
    })
}

fn date_matches(g: &GoldEvent, e: &Event) -> bool {
    match (g.date, e.date) {
        (None, None) => true,
        (Some(gd), Some(ed)) => {
            let from_publication = matches!(
                g.date_from.as_deref(),
                Some("header" | "dateline" | "publication")
            );
            if from_publication {
                ed <= gd
            } else {
                (ed - gd).num_days().abs() <= 1
            }
        }
        _ => false,
    }
}

fn matches(g: &GoldEvent, e: &Event, region: &Region) -> bool {
    g.article == e.article
        && g.kind == e.kind
        && g.actor == e.actor
        && place_matches(g, e, region)
        && date_matches(g, e)
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores predictions against gold (and traps, when given).
pub fn evaluate(
    region: &Region,
    predicted: &[Event],
    gold: &[GoldEvent],
    traps: &[Trap],
) -> EvalReport {
    // Only articles the gold covers are scored.
    let covered: std::collections::BTreeSet<&str> =
        gold.iter().map(|g| g.article.as_str()).collect();
    // Denials are not control events: they are neither scored nor trap hits.
    let is_event = |e: &&Event| e.kind != crate::lexicon::EventKind::Denial;
    let scored: Vec<&Event> = predicted
        .iter()
        .filter(is_event)
        .filter(|e| covered.contains(e.article.as_str()))
        .collect();
    let mut used = vec![false; scored.len()];
    let mut gold_hit = vec![false; gold.len()];
    let mut claim_right = 0;
    for (gi, g) in gold.iter().enumerate() {
        let best = scored
            .iter()
            .enumerate()
            .filter(|(i, e)| !used[*i] && matches(g, e, region))
            .min_by_key(|(_, e)| match (g.date, e.date) {
                (Some(a), Some(b)) => (a - b).num_days().abs(),
                _ => 0,
            })
            .map(|(i, _)| i);
        if let Some(i) = best {
            used[i] = true;
            gold_hit[gi] = true;
            if scored[i].claim == g.claim {
                claim_right += 1;
            }
        }
    }
    let tp = gold_hit.iter().filter(|h| **h).count();
    let overall = Score::new(tp, scored.len(), gold.len());
    let mut per_kind = BTreeMap::new();
    for kind in ["capture", "contest", "withdraw"] {
        let g = gold
            .iter()
            .zip(&gold_hit)
            .filter(|(g, _)| g.kind.as_str() == kind);
        let gold_n = g.clone().count();
        let tp = g.filter(|(_, h)| **h).count();
        let pred_n = scored.iter().filter(|e| e.kind.as_str() == kind).count();
        per_kind.insert(kind.to_string(), Score::new(tp, pred_n, gold_n));
    }
    let threshold = 0.8;
    let split = |above: bool| {
        let idx: Vec<usize> = (0..scored.len())
            .filter(|&i| (scored[i].confidence >= threshold) == above)
            .collect();
        let tp = idx.iter().filter(|&&i| used[i]).count();
        Score::new(tp, idx.len(), 0)
    };
    let calibration = Calibration {
        threshold,
        above: split(true),
        below: split(false),
    };
    let trap_hits = traps
        .iter()
        .filter_map(|t| {
            let tt = normalise(&t.text);
            let evs: Vec<Event> = predicted
                .iter()
                .filter(is_event)
                .filter(|e| e.article == t.article)
                .filter(|e| {
                    let ev = normalise(&e.evidence);
                    ev.contains(&tt) || (ev.len() > 20 && tt.contains(&ev))
                })
                .cloned()
                .collect();
            (!evs.is_empty()).then(|| TrapHit {
                trap: t.clone(),
                events: evs,
            })
        })
        .collect();
    let missed: Vec<&GoldEvent> = gold
        .iter()
        .zip(&gold_hit)
        .filter(|(_, h)| !**h)
        .map(|(g, _)| g)
        .collect();
    let unmatched: Vec<&Event> = scored
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(e, _)| *e)
        .collect();
    EvalReport {
        overall,
        per_kind,
        near_misses: NearMisses::count(&missed, &unmatched, region),
        misses: missed.into_iter().cloned().collect(),
        false_alarms: unmatched.into_iter().cloned().collect(),
        trap_hits,
        traps_checked: traps.len(),
        calibration,
        claim_accuracy: (tp > 0).then(|| claim_right as f64 / tp as f64),
    }
}

/// The report's figures without the events behind them (see `--figures-only`).
pub fn figures(r: &EvalReport) -> serde_json::Value {
    serde_json::json!({
        "overall": r.overall,
        "per_kind": r.per_kind,
        "claim_accuracy": r.claim_accuracy,
        "calibration": r.calibration,
        "misses": r.misses.len(),
        "false_alarms": r.false_alarms.len(),
        "trap_hits": r.trap_hits.len(),
        "traps_checked": r.traps_checked,
        "near_misses": r.near_misses,
    })
}

/// The report as text for a terminal; with `detail`, also the misses, false alarms and trap
/// sentences that produced events.
pub fn render(r: &EvalReport, detail: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let line = |s: &mut String, name: &str, x: &Score| {
        let _ = writeln!(
            s,
            "{name:<10} P {:.3}  R {:.3}  F1 {:.3}   ({} correct, {} predicted, {} gold)",
            x.precision, x.recall, x.f1, x.true_positives, x.predicted, x.gold
        );
    };
    line(&mut s, "overall", &r.overall);
    for (k, x) in &r.per_kind {
        line(&mut s, k, x);
    }
    if let Some(c) = r.claim_accuracy {
        let _ = writeln!(s, "claim flag right on {:.1}% of matched events", c * 100.0);
    }
    let c = &r.calibration;
    let _ = writeln!(
        s,
        "confidence >= {}: {:.3} precision ({} events); below: {:.3} ({} events)",
        c.threshold, c.above.precision, c.above.predicted, c.below.precision, c.below.predicted
    );
    let n = &r.near_misses;
    let _ = writeln!(
        s,
        "misses one field away from a false alarm: date {}, actor {}, kind {}, place {}",
        n.date, n.actor, n.kind, n.place
    );
    if !detail {
        let _ = writeln!(
            s,
            "misses: {}; false alarms: {}; trap sentences that produced events: {} of {}",
            r.misses.len(),
            r.false_alarms.len(),
            r.trap_hits.len(),
            r.traps_checked
        );
        return s;
    }
    let _ = writeln!(s, "\nmisses ({}):", r.misses.len());
    for g in &r.misses {
        let _ = writeln!(
            s,
            "  {} {} {} {} {} {}{}",
            g.article,
            g.place,
            g.kind.as_str(),
            g.actor,
            g.date.map(|d| d.to_string()).unwrap_or("-".into()),
            g.level.as_str(),
            if g.claim { " claim" } else { "" }
        );
    }
    let _ = writeln!(s, "\nfalse alarms ({}):", r.false_alarms.len());
    for e in &r.false_alarms {
        let _ = writeln!(
            s,
            "  {} {} {} {} {} {}{}\n      {:?}",
            e.article,
            e.place.name,
            e.kind.as_str(),
            e.actor,
            e.date.map(|d| d.to_string()).unwrap_or("-".into()),
            e.place.level.as_str(),
            if e.claim { " claim" } else { "" },
            e.evidence
        );
    }
    let _ = writeln!(
        s,
        "\ntrap sentences that produced events ({} of {}):",
        r.trap_hits.len(),
        r.traps_checked
    );
    for t in &r.trap_hits {
        let _ = writeln!(
            s,
            "  [{}] {}: {:?}",
            t.trap.why, t.trap.article, t.trap.text
        );
    }
    s
}

/// (capital, first day, last day, gold controller, ours): a run of disagreeing days.
pub type Disagreement = (String, NaiveDate, NaiveDate, Option<String>, Option<String>);

/// Agreement of the timeline's controllers with those that follow from gold captures.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineScore {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Provincial capitals the gold mentions.
    pub capitals: usize,
    pub capital_days: usize,
    pub agreeing: usize,
    pub agreement: f64,
    /// Each run of days where the two disagree.
    pub disagreements: Vec<Disagreement>,
}

/// For every provincial capital the gold mentions, compares each day's controller in the
/// timeline with the one that follows from the gold: the baseline, then every gold capture
/// (claims included) from its day on; nothing else changes it.
pub fn timeline_agreement(
    region: &Region,
    timeline: &crate::timeline::Timeline,
    gold: &[GoldEvent],
    from: NaiveDate,
    to: NaiveDate,
) -> TimelineScore {
    use std::collections::BTreeMap;
    // Capital place index for each gold event about one.
    let capital_of = |g: &GoldEvent| -> Option<usize> {
        if g.level == Level::Province {
            return None;
        }
        let p = match g.geonameid {
            Some(id) => region.place_by_geonameid(id)?,
            None => {
                let want = fold_key(&g.place);
                region.places.iter().position(|p| {
                    std::iter::once(&p.name)
                        .chain(&p.alternate_names)
                        .any(|n| fold_key(n) == want)
                })?
            }
        };
        region.is_provincial_capital(p).then_some(p)
    };
    let mut captures: BTreeMap<usize, Vec<(NaiveDate, String)>> = BTreeMap::new();
    for g in gold {
        if let Some(p) = capital_of(g) {
            let list = captures.entry(p).or_default();
            if let (crate::lexicon::EventKind::Capture, Some(d)) = (g.kind, g.date) {
                list.push((d, g.actor.clone()));
            }
        }
    }
    let baseline = region.baseline.provincial_capitals.clone();
    let mut score = TimelineScore {
        from,
        to,
        capitals: captures.len(),
        capital_days: 0,
        agreeing: 0,
        agreement: 0.0,
        disagreements: Vec::new(),
    };
    for (p, mut caps) in captures {
        caps.sort();
        let place = &region.places[p];
        let area = timeline.place(&place.id);
        let mut run: Option<(NaiveDate, NaiveDate, Option<String>, Option<String>)> = None;
        let mut day = from;
        while day <= to {
            let want = caps
                .iter()
                .rfind(|(d, _)| *d <= day)
                .map(|(_, a)| a.clone())
                .or(baseline.clone());
            let ours = match area {
                Some(a) => a.at(day).and_then(|i| i.controller.clone()),
                None => baseline.clone(),
            };
            score.capital_days += 1;
            if want == ours {
                score.agreeing += 1;
            }
            match &mut run {
                Some(r)
                    if want != ours
                        && r.2 == want
                        && r.3 == ours
                        && r.1.succ_opt() == Some(day) =>
                {
                    r.1 = day
                }
                _ => {
                    if let Some(r) = run.take() {
                        score
                            .disagreements
                            .push((place.name.clone(), r.0, r.1, r.2, r.3));
                    }
                    if want != ours {
                        run = Some((day, day, want, ours));
                    }
                }
            }
            day = match day.succ_opt() {
                Some(d) => d,
                None => break,
            };
        }
        if let Some(r) = run {
            score
                .disagreements
                .push((place.name.clone(), r.0, r.1, r.2, r.3));
        }
    }
    score.agreement = if score.capital_days == 0 {
        0.0
    } else {
        score.agreeing as f64 / score.capital_days as f64
    };
    score
}
