//! The extractor: control-change events from an article's sentences.
//!
//! In: an [`Article`] and its [`ParsedArticle`] (folded text and place mentions), the
//! region's [`Lexicon`] compiled into a [`CueIndex`]. Out: [`Event`]s, one per
//! (place, kind, actor) per article, each with its evidence sentence and span.
//!
//! How a sentence becomes events (ARCHITECTURE.md has a worked example):
//! 1. One pass finds every cue (triggers, actors, modality, claim words, anaphors...).
//! 2. Questions and hypothetical sentences ("If ...", "Should X fall ...") yield nothing.
//! 3. The sentence is cut into clauses; each trigger takes the place mentions of its clause
//!    (nearest trigger wins when a clause has several), minus descriptors ("the capital of
//!    Nimroz province"), origins ("from Kunduz") and, for withdrawals, destinations.
//! 4. Negation, denial, modal and pledge cues before the trigger cancel it; attempts
//!    ("efforts to take over") make it a contest; a facility object ("the governor's office")
//!    makes a capture a contest of the town.
//! 5. The actor comes from the frame (subject of an active verb, "to/by X" after a passive),
//!    else the region's default for the kind.
//! 6. The date is the clause's time expression (not one that dates a statement: "said on
//!    Friday"), else the publication date, marked as such.
//! 7. A claim is a report whose only source is the side that gains, or one flagged as
//!    unverified; a confirmation elsewhere in the article clears the flag.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::article::Article;
use crate::dates::{find_time_exprs, resolve, DatePrecision, TimeExpr, TimeKind};
use crate::lexicon::{Cue, CueHit, CueIndex, EventKind, Frame};
use crate::mentions::{folded_range, Level, Mention, ParsedArticle, Resolved};
use crate::region::Region;
use crate::text::sentences;

/// Where an event happened, as the extract output names it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct EventPlace {
    pub name: String,
    /// Stable place id: GeoNames id or curated slug for towns, `district:<id>` for districts
    /// without a listed centre, the ISO code for provinces.
    pub id: String,
    pub geonameid: Option<i64>,
    pub level: Level,
    /// ISO 3166-2 code of the province.
    pub province: String,
    pub lon: f64,
    pub lat: f64,
}

/// A control-change event.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Event {
    pub article: String,
    pub published: Option<NaiveDate>,
    pub place: EventPlace,
    pub kind: EventKind,
    pub actor: String,
    pub date: Option<NaiveDate>,
    pub date_precision: DatePrecision,
    pub claim: bool,
    pub evidence: String,
    /// Byte span of the evidence sentence in the article text.
    pub evidence_span: [usize; 2],
    /// The words that triggered the event, as written.
    pub trigger: String,
    /// How sure the extractor is, in [0, 1].
    pub confidence: f64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// The extractor, built once per region.
pub struct Extractor<'r> {
    region: &'r Region,
    cues: CueIndex,
}

/// A place a trigger can bind to: a mention or an anaphor resolved to a mention's referent.
#[derive(Debug, Clone, Copy)]
struct Target {
    resolved: Resolved,
    /// Folded span within the sentence.
    start: usize,
    end: usize,
    anaphor: bool,
    /// A facility of the place ("Herat's airport"): at most a contest.
    facility: bool,
}

/// What the extractor remembers across sentences for anaphors and fallbacks.
#[derive(Default)]
struct Memory {
    last_city: Option<Resolved>,
    last_district: Option<Resolved>,
    last_province: Option<Resolved>,
    last_any: Option<Resolved>,
    /// Last place an event was about, and the sentence number.
    last_target: Option<(Resolved, usize)>,
}

impl<'r> Extractor<'r> {
    pub fn new(region: &'r Region) -> Extractor<'r> {
        Extractor {
            region,
            cues: CueIndex::new(&region.lexicon, &region.actors),
        }
    }

    pub fn cue_index(&self) -> &CueIndex {
        &self.cues
    }

    /// Extracts the events of one article.
    pub fn extract(&self, article: &Article, parsed: &ParsedArticle) -> Vec<Event> {
        let mut raw = Vec::new();
        let mut memory = Memory::default();
        let mut sentence_no = 0;
        let mut all_sentences = Vec::new();
        for r in &article.story {
            for s in sentences(&article.text[r.clone()]) {
                all_sentences.push(r.start + s.range.start..r.start + s.range.end);
            }
        }
        for (k, range) in all_sentences.iter().enumerate() {
            let (fs, fe) = folded_range(&parsed.folded, range.clone());
            let next_unverified = all_sentences.get(k + 1).is_some_and(|n| {
                let (a, b) = folded_range(&parsed.folded, n.clone());
                self.cues
                    .find(&parsed.folded.text[a..b])
                    .iter()
                    .any(|h| h.cue == Cue::Unverified)
            });
            self.sentence(
                article,
                parsed,
                range.clone(),
                fs,
                fe,
                next_unverified,
                sentence_no,
                &mut memory,
                &mut raw,
            );
            sentence_no += 1;
        }
        merge(raw)
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &self,
        article: &Article,
        parsed: &ParsedArticle,
        range: std::ops::Range<usize>,
        fs: usize,
        fe: usize,
        next_unverified: bool,
        sentence_no: usize,
        memory: &mut Memory,
        out: &mut Vec<Event>,
    ) {
        let lex = &self.region.lexicon;
        let text = &parsed.folded.text[fs..fe];
        let original = &article.text[range.clone()];
        let hits = self.cues.find(text);
        let mentions: Vec<&Mention> = parsed
            .mentions
            .iter()
            .filter(|m| m.folded_span.start >= fs && m.folded_span.end <= fe)
            .collect();

        // Anaphors resolve against what came before this sentence, and mentions in this
        // sentence before the anaphor.
        let mut targets: Vec<Target> = Vec::new();
        let mut mention_iter = mentions.iter().peekable();
        let mut anaphors = hits
            .iter()
            .filter(|h| matches!(h.cue, Cue::Anaphor(_)))
            .peekable();
        loop {
            let next_m = mention_iter.peek().map(|m| m.folded_span.start - fs);
            let next_a = anaphors.peek().map(|h| h.start);
            match (next_m, next_a) {
                (None, None) => break,
                (Some(ms), a) if a.is_none_or(|a| ms <= a) => {
                    let m = mention_iter.next().unwrap();
                    let (s, e) = (m.folded_span.start - fs, m.folded_span.end - fs);
                    if m.is_abroad() {
                        continue;
                    }
                    let is_descriptor = self.is_descriptor(text, s, m, &mentions);
                    remember(memory, m.resolved);
                    if is_descriptor {
                        continue;
                    }
                    let possessive = text[e..].starts_with(" s ");
                    let facility = possessive
                        && hits
                            .iter()
                            .any(|h| h.cue == Cue::Facility && h.start > e && h.start <= e + 12);
                    if possessive && !facility {
                        continue;
                    }
                    targets.push(Target {
                        resolved: m.resolved,
                        start: s,
                        end: e,
                        anaphor: false,
                        facility,
                    });
                }
                _ => {
                    let h = anaphors.next().unwrap();
                    let Cue::Anaphor(i) = h.cue else { continue };
                    let resolved = match lex.anaphora[i].refers_to.as_str() {
                        "city" => memory.last_city,
                        "district" => memory.last_district,
                        "province" => memory.last_province,
                        "national_capital" => self.region.national_capital.map(Resolved::Place),
                        _ => memory.last_any,
                    };
                    // Skip an anaphor that sits inside a mention ("the city of Kunduz").
                    let inside = mentions.iter().any(|m| {
                        let (s, e) = (m.folded_span.start - fs, m.folded_span.end - fs);
                        h.end >= s.saturating_sub(10) && h.start <= e
                    });
                    if let (Some(resolved), false) = (resolved, inside) {
                        let possessive = text[h.end..].starts_with(" s ");
                        let facility = possessive;
                        targets.push(Target {
                            resolved,
                            start: h.start,
                            end: h.end,
                            anaphor: true,
                            facility,
                        });
                    }
                }
            }
        }

        let trimmed =
            original.trim_end_matches(|c: char| c == '"' || c == '\u{201D}' || c.is_whitespace());
        if trimmed.ends_with('?') {
            return;
        }
        let first_word = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        if lex.hypothetical_openers.iter().any(|h| h == first_word) {
            return;
        }

        let clause_of = clause_map(text, &hits);
        let triggers: Vec<&CueHit> = hits
            .iter()
            .filter(|h| matches!(h.cue, Cue::Trigger(_)))
            .collect();
        if triggers.is_empty() {
            return;
        }
        let times = find_time_exprs(text);
        let statement_times: Vec<bool> = times
            .iter()
            .map(|t| is_statement_time(text, t, &hits))
            .collect();

        // Bind each target to the nearest trigger of its clause.
        let mut bound: Vec<Vec<Target>> = vec![Vec::new(); triggers.len()];
        for t in &targets {
            let clause = clause_of[t.start];
            let mut best: Option<(usize, usize)> = None;
            for (k, h) in triggers.iter().enumerate() {
                if clause_of[h.start] != clause {
                    continue;
                }
                let Cue::Trigger(ti) = h.cue else { continue };
                let trig = &lex.triggers[ti];
                let after = t.start >= h.end;
                let dist = if after {
                    t.start - h.end
                } else {
                    h.start.saturating_sub(t.end)
                };
                let preferred = match trig.frame {
                    Frame::Active | Frame::Nominal => after,
                    Frame::Passive => !after,
                };
                let cost = if preferred { dist } else { dist * 3 + 20 };
                if best.is_none_or(|(_, c)| cost < c) {
                    best = Some((k, cost));
                }
            }
            if let Some((k, _)) = best {
                bound[k].push(*t);
            }
        }

        let mut sentence_events = Vec::new();
        for (k, h) in triggers.iter().enumerate() {
            let Cue::Trigger(ti) = h.cue else { continue };
            let trig = &lex.triggers[ti];
            let clause = clause_of[h.start];
            let in_clause = |x: &CueHit| clause_of[x.start] == clause;
            let before = |x: &CueHit| x.end <= h.start;
            let words_between =
                |a: usize, b: usize| text[a.min(b)..a.max(b)].split_whitespace().count();

            // Modality.
            if hits.iter().any(|x| x.cue == Cue::Denial && before(x)) {
                continue;
            }
            if hits.iter().any(|x| {
                x.cue == Cue::Negation
                    && before(x)
                    && in_clause(x)
                    && words_between(x.end, h.start) <= 4
            }) {
                continue;
            }
            if hits.iter().any(|x| {
                x.cue == Cue::Modal
                    && before(x)
                    && in_clause(x)
                    && words_between(x.end, h.start) <= 4
            }) {
                continue;
            }
            if hits.iter().any(|x| x.cue == Cue::Pledge && before(x)) {
                continue;
            }
            let attempt = hits
                .iter()
                .any(|x| x.cue == Cue::Attempt && before(x) && words_between(x.end, h.start) <= 2);
            if trig.infinitive && !attempt {
                continue;
            }
            let mut kind = trig.kind;
            if attempt && kind == EventKind::Capture {
                kind = EventKind::Contest;
            } else if attempt {
                continue;
            }
            // Foreign subject: their actions are not events.
            let subject = hits
                .iter()
                .filter(|x| {
                    before(x) && in_clause(x) && matches!(x.cue, Cue::Actor { .. } | Cue::Foreign)
                })
                .next_back();
            if subject.is_some_and(|x| x.cue == Cue::Foreign) {
                continue;
            }

            // Facility object: the first thing after an active or nominal trigger.
            let first_target_after = bound[k]
                .iter()
                .filter(|t| t.start >= h.end)
                .map(|t| t.start)
                .min();
            let facility_object = trig.facility_downgrade
                && matches!(trig.frame, Frame::Active | Frame::Nominal)
                && hits.iter().any(|x| {
                    x.cue == Cue::Facility
                        && x.start >= h.end
                        && in_clause(x)
                        && first_target_after.is_none_or(|t| x.start < t)
                        && words_between(h.end, x.start) <= 4
                });

            // Targets, with fallbacks.
            let mut my_targets: Vec<Target> = bound[k].clone();
            let is_withdraw = kind == EventKind::Withdraw;
            my_targets.retain(|t| {
                let prep = prep_before(text, t.start, &hits);
                match prep {
                    Some(Cue::Origin) => false,
                    Some(Cue::Destination) => !is_withdraw,
                    _ => true,
                }
            });
            // Vague areas ("much of rural Afghanistan", "large parts of the city").
            my_targets.retain(|t| {
                !hits.iter().any(|x| {
                    x.cue == Cue::Vague && x.end <= t.start && words_between(x.end, t.start) <= 2
                })
            });
            if kind != EventKind::Contest {
                my_targets.retain(|t| {
                    !hits.iter().any(|x| {
                        x.cue == Cue::Proximity
                            && x.end <= t.start
                            && words_between(x.end, t.start) <= 2
                    })
                });
            }
            let mut fallback = false;
            if my_targets.is_empty() && (is_withdraw || facility_object) {
                // Forces leaving, or taking a facility, without naming the town: the town
                // the article is talking about.
                if let Some((r, n)) = memory.last_target.filter(|(_, n)| sentence_no - n <= 2) {
                    let _ = n;
                    my_targets.push(Target {
                        resolved: r,
                        start: h.end,
                        end: h.end,
                        anaphor: true,
                        facility: false,
                    });
                    fallback = true;
                } else if let Some(r) = memory.last_city {
                    if is_withdraw {
                        my_targets.push(Target {
                            resolved: r,
                            start: h.end,
                            end: h.end,
                            anaphor: true,
                            facility: false,
                        });
                        fallback = true;
                    }
                }
            }
            if my_targets.is_empty() {
                continue;
            }
            if hits.iter().any(|x| x.cue == Cue::Count && in_clause(x))
                && my_targets.iter().all(|t| t.anaphor)
            {
                continue;
            }

            // Actor.
            let actor_hits: Vec<&CueHit> = hits
                .iter()
                .filter(|x| {
                    matches!(x.cue, Cue::Actor { .. })
                        && in_clause(x)
                        && !is_speaker(text, x, &hits)
                })
                .collect();
            let before_actor = actor_hits
                .iter()
                .filter(|x| before(x))
                .max_by_key(|x| (matches!(x.cue, Cue::Actor { weak: false, .. }), x.start));
            let before_actor = actor_hits
                .iter()
                .filter(|x| before(x))
                .next_back()
                .filter(|x| matches!(x.cue, Cue::Actor { weak: false, .. }))
                .or(before_actor);
            let after_actor = actor_hits
                .iter()
                .find(|x| x.start >= h.end && preceded_by(text, x.start, &["to", "by", "of"]));
            let chosen = match trig.frame {
                Frame::Active => before_actor.or(after_actor),
                Frame::Passive => after_actor.or(before_actor),
                Frame::Nominal => before_actor
                    .filter(|x| words_between(x.end, h.start) <= 2)
                    .or(after_actor)
                    .or(before_actor),
            };
            let explicit_actor = chosen.is_some();
            let actor = match chosen.map(|x| x.cue) {
                Some(Cue::Actor { actor, .. }) => self.region.actors[actor].id.clone(),
                _ => {
                    if trig.needs_actor || is_withdraw {
                        continue;
                    }
                    match lex.default_actor.get(&kind) {
                        Some(a) => a.clone(),
                        None => continue,
                    }
                }
            };

            // Date.
            let (date, precision) =
                self.event_date(article, &times, &statement_times, &clause_of, clause, h);

            // Claim.
            let claim = self.is_claim(text, &hits, &actor, next_unverified);

            for t in &my_targets {
                let mut kind = kind;
                if (facility_object || t.facility) && kind == EventKind::Capture {
                    kind = EventKind::Contest;
                }
                if t.facility && kind == EventKind::Withdraw {
                    continue;
                }
                let Some(place) = self.event_place(t.resolved) else {
                    continue;
                };
                let mut confidence: f64 = 0.55;
                if explicit_actor {
                    confidence += 0.15;
                }
                if precision == DatePrecision::Day {
                    confidence += 0.1;
                }
                if !t.anaphor {
                    confidence += 0.1;
                }
                if fallback {
                    confidence -= 0.2;
                }
                if claim {
                    confidence -= 0.05;
                }
                let trigger_span = parsed.folded.original_range(fs + h.start..fs + h.end);
                sentence_events.push((
                    t.resolved,
                    Event {
                        article: article.id.clone(),
                        published: article.published,
                        place,
                        kind,
                        actor: actor.clone(),
                        date,
                        date_precision: precision,
                        claim,
                        evidence: original.to_string(),
                        evidence_span: [range.start, range.end],
                        trigger: article.text[trigger_span].to_string(),
                        confidence: confidence.clamp(0.0, 1.0),
                        title: article.title.clone(),
                        url: article.url.clone(),
                    },
                ));
            }
        }
        for (r, e) in sentence_events {
            memory.last_target = Some((r, sentence_no));
            out.push(e);
        }
    }

    /// A province named only to describe a place ("Zaranj, the capital of Nimroz province",
    /// "Panjwai district in Kandahar province") is not an event's target.
    fn is_descriptor(&self, text: &str, s: usize, m: &Mention, mentions: &[&Mention]) -> bool {
        let cues = &self.region.lexicon.cues;
        let prev: Vec<&str> = text[..s]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let prev_text = prev[prev.len().saturating_sub(4)..].join(" ");
        let after_descriptor = cues.descriptor_before.iter().any(|c| {
            let c = crate::text::fold_key(c);
            prev_text == c || prev_text.ends_with(&format!(" {c}"))
        });
        if after_descriptor && m.level() != Some(Level::City) {
            return true;
        }
        if let Resolved::Province(p) = m.resolved {
            return mentions.iter().any(|o| {
                !matches!(o.resolved, Resolved::Province(_)) && o.province(self.region) == Some(p)
            }) || after_descriptor;
        }
        false
    }

    fn event_place(&self, r: Resolved) -> Option<EventPlace> {
        let region = self.region;
        match r {
            Resolved::Place(p) => {
                let pl = &region.places[p];
                Some(EventPlace {
                    name: pl.name.clone(),
                    id: pl.id.clone(),
                    geonameid: pl.geonameid,
                    level: Level::City,
                    province: region.provinces[pl.province].code.clone(),
                    lon: pl.lon,
                    lat: pl.lat,
                })
            }
            Resolved::District(d) => {
                let di = &region.districts[d];
                let centre = di.centre_place.map(|c| &region.places[c]);
                let (lon, lat) = match (di.lon, di.lat, centre) {
                    (Some(lon), Some(lat), _) => (lon, lat),
                    (_, _, Some(c)) => (c.lon, c.lat),
                    _ => province_point(region, di.province),
                };
                Some(EventPlace {
                    name: di.name.clone(),
                    id: centre
                        .map(|c| c.id.clone())
                        .unwrap_or_else(|| format!("district:{}", di.id)),
                    geonameid: di.centre_geonameid,
                    level: Level::District,
                    province: region.provinces[di.province].code.clone(),
                    lon,
                    lat,
                })
            }
            Resolved::Province(p) => {
                let pr = &region.provinces[p];
                let (lon, lat) = province_point(region, p);
                Some(EventPlace {
                    name: pr.name.clone(),
                    id: pr.code.clone(),
                    geonameid: None,
                    level: Level::Province,
                    province: pr.code.clone(),
                    lon,
                    lat,
                })
            }
            Resolved::Abroad(_) => None,
        }
    }

    fn event_date(
        &self,
        article: &Article,
        times: &[TimeExpr],
        statement: &[bool],
        clause_of: &[usize],
        clause: usize,
        h: &CueHit,
    ) -> (Option<NaiveDate>, DatePrecision) {
        let published = article.published;
        let default_year = self.region.default_year;
        // Anchor for "a day earlier": a calendar date or weekday in the sentence.
        let anchor = times.iter().find_map(|t| match t.kind {
            TimeKind::Calendar { .. } | TimeKind::Weekday { .. } => {
                resolve(t.kind, published, None, default_year)
            }
            _ => None,
        });
        let dist = |t: &TimeExpr| {
            if t.start >= h.end {
                t.start - h.end
            } else {
                (h.start - t.end.min(h.start)) + 5
            }
        };
        let pick = |same_clause: bool| {
            times
                .iter()
                .enumerate()
                .filter(|(i, t)| !statement[*i] && (!same_clause || clause_of[t.start] == clause))
                .min_by_key(|(_, t)| dist(t))
                .map(|(_, t)| *t)
        };
        let chosen = pick(true).or_else(|| pick(false));
        if let Some(t) = chosen {
            if let Some(d) = resolve(t.kind, published, anchor, default_year) {
                return (Some(d), DatePrecision::Day);
            }
        }
        match published {
            Some(p) => (Some(p), DatePrecision::Publication),
            None => (None, DatePrecision::Unknown),
        }
    }

    fn is_claim(&self, text: &str, hits: &[CueHit], actor: &str, next_unverified: bool) -> bool {
        if next_unverified || hits.iter().any(|h| h.cue == Cue::Unverified) {
            return true;
        }
        for sp in hits
            .iter()
            .filter(|h| h.cue == Cue::Speech || h.cue == Cue::ClaimWord)
        {
            if hits
                .iter()
                .any(|h| h.cue == Cue::ClaimWord && h.start == sp.start)
            {
                return true;
            }
            // The speaker: the nearest actor or speaker phrase before the speech verb.
            let speaker = hits
                .iter()
                .filter(|x| {
                    x.end <= sp.start && matches!(x.cue, Cue::Actor { .. } | Cue::Speaker(_))
                })
                .filter(|x| text[x.end..sp.start].split_whitespace().count() <= 6)
                .next_back()
                .or_else(|| {
                    // "according to the Taliban", "said a Taliban spokesman"
                    hits.iter().find(|x| {
                        x.start >= sp.end
                            && matches!(x.cue, Cue::Actor { .. } | Cue::Speaker(_))
                            && text[sp.end..x.start].split_whitespace().count() <= 2
                    })
                });
            let side = match speaker.map(|x| x.cue) {
                Some(Cue::Actor { actor, .. }) | Some(Cue::Speaker(actor)) => {
                    Some(&self.region.actors[actor].id)
                }
                _ => None,
            };
            if side.is_some_and(|s| s == actor) {
                return true;
            }
        }
        false
    }
}

/// Remembers a resolved mention for later anaphors.
fn remember(memory: &mut Memory, r: Resolved) {
    match r {
        Resolved::Place(_) => memory.last_city = Some(r),
        Resolved::District(_) => memory.last_district = Some(r),
        Resolved::Province(_) => memory.last_province = Some(r),
        Resolved::Abroad(_) => return,
    }
    memory.last_any = Some(r);
}

fn province_point(region: &Region, p: usize) -> (f64, f64) {
    let pr = &region.provinces[p];
    if let Some(c) = pr.capital_place {
        return (region.places[c].lon, region.places[c].lat);
    }
    use geo::Centroid;
    pr.geometry
        .centroid()
        .map(|c| (c.x(), c.y()))
        .unwrap_or((0.0, 0.0))
}

/// Clause number of every byte of a folded sentence.
fn clause_map(text: &str, hits: &[CueHit]) -> Vec<usize> {
    let mut breaks: Vec<usize> = hits
        .iter()
        .filter(|h| h.cue == Cue::ClauseBreak)
        .map(|h| h.start)
        .collect();
    breaks.extend(text.match_indices(';').map(|(i, _)| i));
    breaks.sort_unstable();
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut clause = 0;
    let mut next = breaks.iter().peekable();
    for i in 0..=text.len() {
        while next.peek().is_some_and(|&&b| b <= i) {
            clause += 1;
            next.next();
        }
        out.push(clause);
    }
    out
}

/// A time expression that dates a statement ("said on Thursday", "confirmed on Friday").
fn is_statement_time(text: &str, t: &TimeExpr, hits: &[CueHit]) -> bool {
    hits.iter().any(|h| {
        (h.cue == Cue::Speech || h.cue == Cue::ClaimWord) && h.end <= t.start && {
            let between: Vec<&str> = text[h.end..t.start].split_whitespace().collect();
            between.len() <= 1 && between.iter().all(|w| *w == "on")
        }
    })
}

/// The preposition cue right before a target, if any ("from Kunduz", "towards Chahar Burjak").
fn prep_before(text: &str, start: usize, hits: &[CueHit]) -> Option<Cue> {
    hits.iter()
        .filter(|h| matches!(h.cue, Cue::Origin | Cue::Destination) && h.end <= start)
        .filter(|h| {
            let between = &text[h.end..start];
            between.split_whitespace().count() <= 2 && !between.contains(',')
        })
        .next_back()
        .map(|h| h.cue)
}

/// True when the word before `at` is one of `words`.
fn preceded_by(text: &str, at: usize, words: &[&str]) -> bool {
    let prev = text[..at]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .rfind(|w| !w.is_empty());
    prev.is_some_and(|p| words.contains(&p))
        || text[..at].trim_end().ends_with(" the")
            && text[..at]
                .trim_end()
                .trim_end_matches("the")
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|p| words.contains(&p))
}

/// An actor name used as a speaker ("a Taliban spokesman said"), not as a subject.
fn is_speaker(text: &str, x: &CueHit, hits: &[CueHit]) -> bool {
    hits.iter().any(|h| {
        h.cue == Cue::SpeakerNoun
            && h.start >= x.end
            && text[x.end..h.start].split_whitespace().count() <= 1
    })
}

/// One event per (place, level, kind, actor) per article: the earliest specific day wins,
/// and a confirmed mention clears the claim flag.
fn merge(raw: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let mut index: HashMap<(String, Level, EventKind, String), usize> = HashMap::new();
    for e in raw {
        let key = (e.place.id.clone(), e.place.level, e.kind, e.actor.clone());
        match index.get(&key) {
            None => {
                index.insert(key, out.len());
                out.push(e);
            }
            Some(&i) => {
                let cur = &mut out[i];
                let better_date = match (cur.date_precision, e.date_precision) {
                    (DatePrecision::Day, DatePrecision::Day) => e.date < cur.date,
                    (DatePrecision::Day, _) => false,
                    (_, DatePrecision::Day) => true,
                    _ => false,
                };
                if better_date {
                    cur.date = e.date;
                    cur.date_precision = e.date_precision;
                }
                if !e.claim {
                    cur.claim = false;
                }
                cur.confidence = cur.confidence.max(e.confidence);
            }
        }
    }
    out
}

/// Loads what the extractor needs and runs it on articles: the usual entry point.
pub fn extract_all(
    region: &Region,
    gaz: &crate::gazetteer::Gazetteer,
    articles: &[Article],
) -> Vec<Event> {
    let ex = Extractor::new(region);
    let mut out = Vec::new();
    for a in articles {
        let parsed = crate::mentions::parse_article(a, region, gaz);
        out.extend(ex.extract(a, &parsed));
    }
    out
}
