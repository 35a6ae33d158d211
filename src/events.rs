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

use chrono::NaiveDate;
use serde::Serialize;

use crate::article::Article;
use crate::dates::{find_time_exprs, resolve, DatePrecision, TimeExpr, TimeKind};
use crate::lexicon::{Cue, CueHit, CueIndex, EventKind, Frame};
use crate::mentions::{
    cue_after, cue_len_after, folded_range, Level, Mention, ParsedArticle, Resolved,
};
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
    /// The district's id when the report is about a district as an area.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub district: Option<String>,
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
    /// Character span (Unicode code points, as Python indexes strings) of the evidence
    /// sentence in the article text.
    pub evidence_span: [usize; 2],
    /// The words that triggered the event, as written.
    pub trigger: String,
    /// How sure the extractor is, in [0, 1].
    pub confidence: f64,
    /// Where- and when-precision codes (ACLED and UCDP GED), from level and date precision.
    #[serde(flatten, default)]
    pub precision: crate::precision::Precision,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    /// The day was lent by another verb of the sentence ("The fall of Maymana completed a run
    /// of losses that began on Thursday"): a report of the same change with a day of its
    /// own wins over it.
    #[serde(skip)]
    pub day_borrowed: bool,
    /// The side the trigger names as driven out ("pushed Taliban fighters out of"): when the
    /// article has that side taking the place the same day, it only got in (a contest).
    #[serde(skip)]
    pub driven_out: Option<String>,
    /// An entry with only buildings of the town taken in the same sentence: a contest,
    /// unless the other side is reported leaving the town that day.
    #[serde(skip)]
    pub partial_entry: bool,
    /// Taken by getting in ("entered", "moved into"): when the article tells the same entry
    /// as partial elsewhere, this one is too.
    #[serde(skip)]
    pub entry: bool,
}

/// The extractor, built once per region.
pub struct Extractor<'r> {
    region: &'r Region,
    cues: CueIndex,
    /// `FRONTLINE_DEBUG` set: say on stderr how each trigger was bound or why it was dropped.
    debug: bool,
}

/// A place a trigger can bind to: a mention or an anaphor resolved to a mention's referent.
#[derive(Debug, Clone, Copy)]
struct Target {
    resolved: Resolved,
    /// Folded span within the sentence.
    start: usize,
    end: usize,
    /// End of the target's apposition ("Sar-e Pul, the capital of the province of the same
    /// name,"), or `end`: coordination is measured from here.
    tail: usize,
    anaphor: bool,
    /// A facility of the place ("Herat's airport"): at most a contest.
    facility: bool,
}

impl Target {
    /// A place the sentence does not name but means, placed at byte `at` (the trigger's
    /// end): a heading's town, the town the article is about.
    fn implied(resolved: Resolved, at: usize) -> Target {
        Target {
            resolved,
            start: at,
            end: at,
            tail: at,
            anaphor: true,
            facility: false,
        }
    }
}

/// What the extractor remembers across sentences for anaphors and fallbacks.
#[derive(Default)]
struct Memory {
    last_city: Option<Resolved>,
    last_district: Option<Resolved>,
    last_province: Option<Resolved>,
    last_any: Option<Resolved>,
    /// The last provincial capital named, or the capital of the last province named.
    last_capital: Option<Resolved>,
    /// The day of the last event dated to a day: what "the same day" refers to.
    last_day: Option<NaiveDate>,
    /// Folded ranges of later sentences without events, newest last, that may name a day
    /// of their own: the story's day if one does. Read only when a day is needed (see
    /// `settle_story_day`), so most sentences are never searched for times.
    day_candidates: Vec<(usize, usize)>,
    /// The day a timeline entry's line opens with ("Aug. 15 — Ghani flies out. By evening,
    /// ..."): the day of every event on that line that names none of its own.
    entry_day: Option<NaiveDate>,
    /// The day of the last heading that is only a date (a diary's "Friday, 13 August"): the
    /// day of every event under it that names none of its own.
    section_day: Option<NaiveDate>,
    /// The first place the last sentence with events was about, and that sentence's number:
    /// what "the city" usually means.
    topic: Option<(Resolved, usize)>,
    /// (byte offset, characters before it) of the last sentence with a trigger.
    char_cursor: (usize, usize),
    /// The number of the last sentence without events that named a town other than as a
    /// location ("On 8 August it was Kunduz's turn.", not "the corps in Mazar"): after the
    /// topic's, "the city" means that town.
    last_city_at: usize,
    /// The number of the sentence being read, and of the last ones that named a district
    /// and a town.
    now: usize,
    last_district_at: usize,
    last_town_at: usize,
    /// Entries the last sentence reported as captures (index in the output, place, side):
    /// the next sentence may say they got only buildings ("entered Qala-e-Naw ... Fighters
    /// took control of the police headquarters and the prison for several hours").
    entries: Vec<(usize, Resolved, String)>,
    /// The number of the sentence `entries` came from.
    entries_at: usize,
    /// Places and sides the last sentence with events reported leaving, and its number:
    /// "Forces evacuated their base in Shinkai. The Taliban took over the base within
    /// hours." takes the town.
    left: Vec<(Resolved, String, Option<NaiveDate>)>,
    left_at: usize,
}

impl<'r> Extractor<'r> {
    pub fn new(region: &'r Region) -> Extractor<'r> {
        Extractor {
            region,
            cues: CueIndex::new(&region.lexicon, &region.actors),
            debug: std::env::var_os("FRONTLINE_DEBUG").is_some(),
        }
    }

    /// The side an enemy word names ("the enemy had fled", "the hirelings"): the enemy of the
    /// side that uses the word, or of the sentence's speaker (a side whose own words the
    /// sentence uses, else the side or speaker before its speech verb), in its name for
    /// the day. An enemy word whose speaker is unknown is no cue.
    fn enemies(&self, text: &str, hits: Vec<CueHit>, published: Option<NaiveDate>) -> Vec<CueHit> {
        if !hits.iter().any(|h| matches!(h.cue, Cue::Enemy(_))) {
            return hits;
        }
        let named: Vec<usize> = hits
            .iter()
            .filter(|x| matches!(x.cue, Cue::Actor { .. }))
            .map(|x| x.end)
            .collect();
        let names_before = |at: usize| named.iter().any(|&e| e < at && text[e..at] == *" ");
        let speaker = hits
            .iter()
            .find_map(|h| match h.cue {
                Cue::Partisan(a) => Some(a),
                _ => None,
            })
            .or_else(|| {
                hits.iter()
                    .filter(|sp| sp.cue == Cue::Speech)
                    .find_map(|sp| {
                        hits.iter()
                            .filter(|x| x.end <= sp.start)
                            .rfind(|x| text[x.end..sp.start].split_whitespace().count() <= 6)
                            .and_then(|x| match x.cue {
                                Cue::Actor { actor, .. } | Cue::Speaker(actor) => Some(actor),
                                _ => None,
                            })
                    })
            });
        hits.into_iter()
            .filter_map(|mut h| {
                let Cue::Enemy(side) = h.cue else {
                    return Some(h);
                };
                // A side's name right before it names the same force ("the Taliban
                // terrorists").
                if names_before(h.start) {
                    return None;
                }
                // In the enemy's name for the day before publication, the latest day a
                // report usually covers ("the hirelings had fled Shotul" in September are
                // the resistance; "the enemy fled" in a report of Kabul's fall on 16 August
                // is the government).
                let day = published.and_then(|p| p.pred_opt());
                h.cue = Cue::Actor {
                    actor: self.successor_on(self.enemy_of(side.or(speaker)?)?, day),
                    weak: false,
                };
                Some(h)
            })
            .collect()
    }

    /// Who `actor` fights: its `opponent`, else the side whose opponent it is (or whose
    /// opponent it succeeded).
    fn enemy_of(&self, actor: usize) -> Option<usize> {
        let actors = &self.region.actors;
        let id = &actors[actor].id;
        let index = |id: &str| actors.iter().position(|b| b.id == id);
        actors[actor]
            .opponent
            .as_deref()
            .and_then(index)
            .or_else(|| {
                actors.iter().position(|b| {
                    b.opponent.as_deref().is_some_and(|o| {
                        o == id
                            || index(o).is_some_and(|o| actors[o].succeeded_by.as_ref() == Some(id))
                    })
                })
            })
    }

    /// The actor a vague name of `actor` means on `day`: its successor after its last day.
    fn successor_on(&self, actor: usize, day: Option<chrono::NaiveDate>) -> usize {
        let a = &self.region.actors[actor];
        match (a.until, &a.succeeded_by, day) {
            (Some(until), Some(next), Some(day)) if day > until => self
                .region
                .actors
                .iter()
                .position(|b| &b.id == next)
                .unwrap_or(actor),
            _ => actor,
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
        let folded_sentences: Vec<(usize, usize)> = all_sentences
            .iter()
            .map(|r| folded_range(&parsed.folded, r.clone()))
            .collect();
        let text = &parsed.folded.text;
        // One pass over the article finds every cue; each sentence reads its share.
        let phrases = self.cues.scan(text);
        let mut previous_end = 0;
        // A fact-check verdict on the current line's claim, if it opens with one.
        let mut line_verdict = None;
        for (k, range) in all_sentences.iter().enumerate() {
            let (fs, fe) = folded_sentences[k];
            memory.now = sentence_no;
            // A sentence that starts a line may open a timeline entry; one on the same line
            // as the opener is in that entry.
            if k == 0 || article.text[previous_end..range.start].contains('\n') {
                // Read once per line, for every sentence on it.
                line_verdict = self.fact_check_verdict(&article.text, range.start);
                let line = &article.text[range.clone()];
                let whole_line = article.text[range.start..]
                    .split('\n')
                    .next()
                    .unwrap_or_default();
                if whole_line.len() <= 40 {
                    if let Some(d) = self.only_a_date(article, whole_line) {
                        memory.section_day = Some(d);
                    }
                }
                // A line that opens with a time of day alone ("5.30 a.m.", "Late
                // afternoon.") is an entry of an hour-by-hour account: of the story's day.
                let hour_entry = crate::dates::only_a_time_of_day(&parsed.folded.text[fs..fe]);
                if hour_entry {
                    self.settle_story_day(article, text, &phrases, &mut memory);
                }
                memory.entry_day = self.entry_opener(article, line).or_else(|| {
                    if hour_entry {
                        return memory.last_day;
                    }
                    // A factbox line ("SHEBERGHAN (Jowzjan) – Fell on Aug. 7. Troops
                    // retreated to the airport.") is dated by the date its first sentence
                    // gives; a dateline is not a factbox line.
                    (factbox_head(line).is_some()
                        && article.dateline_end.is_none_or(|e| range.start >= e))
                    .then(|| self.first_calendar_day(article, line))
                    .flatten()
                });
            }
            previous_end = range.end;
            let here = CueIndex::within(&phrases, fs..fe);
            // Most sentences hold no trigger: they only feed the memory anaphors use.
            if !self.cues.has_trigger_in(here, fe) {
                // Mentions are in text order: this sentence's are a contiguous run.
                let first = parsed
                    .mentions
                    .partition_point(|m| m.folded_span.start < fs);
                let here: Vec<&Mention> = parsed.mentions[first..]
                    .iter()
                    .take_while(|m| m.folded_span.start < fe)
                    .filter(|m| m.folded_span.end <= fe)
                    .collect();
                for m in &here {
                    remember(&mut memory, m.resolved, self.region);
                    if matches!(m.resolved, Resolved::Place(_))
                        && !preceded_by_any(
                            text,
                            m.folded_span.start,
                            &self.region.lexicon.grammar.locative_prepositions,
                        )
                    {
                        memory.last_city_at = sentence_no;
                    }
                }
                // A sentence that opens with a town is about it ("Tirin Kot followed a
                // similar script."): "the city" in the next ones means it.
                // So does one whose subject is placed in it ("The garrison in Ishkashim
                // collapsed").
                if let Some(m) = here.first() {
                    // A short adverbial and its comma may come first ("For decades,
                    // Shebergan, the capital of Jowzjan, was ...").
                    let lead = text[fs..m.folded_span.start].trim();
                    let adverbial = lead.ends_with(',')
                        && lead.matches(',').count() == 1
                        && lead.split_whitespace().count() <= 3;
                    let lead = if adverbial { "" } else { lead };
                    let words: Vec<&str> = lead.split_whitespace().collect();
                    let placed_subject = words.len() <= 3
                        && !lead.contains(',')
                        && words.last().is_none_or(|w| matches!(*w, "in" | "at"));
                    if matches!(m.resolved, Resolved::Place(_) | Resolved::District(_))
                        && placed_subject
                    {
                        memory.topic = Some((m.resolved, sentence_no));
                    }
                }
                // Its day ("The garrison in Ishkashim collapsed on Sunday.", "This
                // reconstruction of Sunday 15 August ...") is what "within hours" or "the
                // next day" in the next sentence counts from.
                memory.day_candidates.push((fs, fe));
                sentence_no += 1;
                continue;
            }
            let hits = self.enemies(
                &parsed.folded.text[fs..fe],
                located_speakers(
                    &parsed.folded.text[fs..fe],
                    followers(
                        &parsed.folded.text[fs..fe],
                        self.cues.cues_in(here, fs..fe),
                        &self.region.lexicon.grammar,
                    ),
                    &self.region.lexicon,
                ),
                article.published,
            );
            let next_unverified = folded_sentences.get(k + 1).is_some_and(|&(a, b)| {
                self.cues
                    .has_cue_in(CueIndex::within(&phrases, a..b), a..b, Cue::Unverified)
            });
            // A fact-check's claim its verdict calls false ("Claim: Mazar-i-Sharif has
            // fallen ... Verdict: FALSE") reports nothing; one it calls true is a report.
            let verdict = line_verdict;
            if verdict == Some(false) {
                sentence_no += 1;
                continue;
            }
            let before = raw.len();
            self.sentence(
                article,
                parsed,
                range.clone(),
                (fs, fe),
                &hits,
                &phrases,
                next_unverified,
                sentence_no,
                &mut memory,
                &mut raw,
            );
            if verdict == Some(true) {
                for e in &mut raw[before..] {
                    e.claim = false;
                }
            }
            // A sentence whose verbs reported nothing still moves the story's day ("He was
            // killed on the night of the 11th, leading a counter-attack").
            if raw.len() == before {
                memory.day_candidates.push((fs, fe));
            }
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
        (fs, fe): (usize, usize),
        hits: &[CueHit],
        phrases: &[crate::phrase::PhraseHit],
        next_unverified: bool,
        sentence_no: usize,
        memory: &mut Memory,
        out: &mut Vec<Event>,
    ) {
        let lex = &self.region.lexicon;
        let text = &parsed.folded.text[fs..fe];
        let original = &article.text[range.clone()];
        // Mentions are in text order: this sentence's are a contiguous run.
        let first = parsed
            .mentions
            .partition_point(|m| m.folded_span.start < fs);
        let mentions: Vec<&Mention> = parsed.mentions[first..]
            .iter()
            .take_while(|m| m.folded_span.start < fe)
            .filter(|m| m.folded_span.end <= fe)
            .collect();
        // What an apposition says ("Herat, the city Ismail Khan had sworn to defend, fell")
        // does not modify the sentence's verb, and the places in it are not targets.
        let described = self.appositions(text, hits, &mentions, fs);
        if self.debug {
            for &(a, b) in &described {
                eprintln!("  apposition {:?}", &text[a..b]);
            }
        }
        // "In Tehran, the foreign ministry condemned the assault on the Panjshir": a scene
        // abroad reacts to what happened; its nouns of fighting are no reports.
        let scene_abroad = mentions.first().is_some_and(|m| {
            let (s, e) = (m.folded_span.start - fs, m.folded_span.end - fs);
            matches!(m.resolved, Resolved::Abroad(_))
                && scene_lead(&text[..s], &lex.grammar.locative_prepositions, 1)
                && text[e..].starts_with(',')
        });
        let targets = self.targets(
            &article.text,
            text,
            hits,
            &mentions,
            &described,
            fs,
            sentence_no,
            memory,
        );
        // With nothing to bind, a trigger can only take the town of a recent sentence (the
        // implied targets below): without one, the sentence yields nothing.
        if targets.is_empty() && memory.topic.is_none_or(|(_, n)| sentence_no - n > 2) {
            if self.debug {
                eprintln!("--- {}\n  no place to bind", &article.text[range]);
            }
            return;
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

        // History ("when they briefly overran the city in 2015", "in the 1990s") is not news.
        // An undated article counts years against the region's default year; a later one
        // (an anniversary piece) counts them against it too, as its story is the region's
        // period.
        let published_year = {
            use chrono::Datelike;
            article.published.map(|p| p.year())
        };
        let this_year = match (published_year, self.region.default_year) {
            (Some(p), Some(d)) => Some(p.min(d)),
            (p, d) => p.or(d),
        };
        // Where the sentence names a past year, or a span of years back that reaches before
        // it ("three years ago"; "a year ago today" in a piece written a year on does not).
        let mut history_at: Vec<usize> = hits
            .iter()
            .filter(|x| x.cue == Cue::YearsAgo)
            .filter(|x| {
                let (Some(p), Some(this)) = (published_year, this_year) else {
                    return true;
                };
                let span = &text[x.start..x.end];
                let unit = if span.contains("decade") { 10 } else { 1 };
                let n = crate::dates::number_word(word_before(text, x.start)).map(|n| n as i32);
                n.is_none_or(|n| p - n * unit < this)
            })
            .map(|x| x.start)
            .collect();
        if let Some(this_year) = this_year {
            // But "weapons hidden since the 1990s" dates the weapons, not the event.
            let mut before = ["", ""];
            // Words are runs of ASCII letters and digits; their byte offsets are kept.
            let bytes = text.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                if !bytes[at].is_ascii_alphanumeric() {
                    at += 1;
                    continue;
                }
                let start = at;
                while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                    at += 1;
                }
                let w = &text[start..at];
                let digits = w.strip_suffix('s').unwrap_or(w);
                // Before 1900 only as "in 1839": "1500 fighters" is a count.
                let earliest = if before[1] == "in" { 1500 } else { 1900 };
                let past = digits.len() == 4
                    && digits
                        .parse::<i32>()
                        .is_ok_and(|y| (earliest..this_year).contains(&y))
                    && before[1] != "since"
                    && before != ["since", "the"];
                before = [before[1], w];
                if past {
                    history_at.push(start);
                }
            }
        }
        let clause_of = clause_map(text, hits, &lex.grammar.relative_pronouns);
        // A past year dates the verbs of its own clause ("Kunduz, which the movement had
        // briefly seized in 2015, fell for good on 8 August": only the seizure is history),
        // and, when it opens the sentence, all that follow ("In 2015, when they overran ...").
        // A year inside an apposition ("Kandahar, the city where the movement was founded in
        // the 1990s, fell on Friday") dates only what the apposition says.
        let apposition_of = |at: usize| described.iter().position(|&(a, b)| a <= at && at < b);
        let historical = |at: usize| {
            history_at.iter().any(|&p| {
                (clause_of[p] == clause_of[at] || clause_of[p] == 0 && p < at)
                    && apposition_of(p).is_none_or(|k| apposition_of(at) == Some(k))
            })
        };
        // A bare gerund is a trigger only after a temporal preposition ("after overrunning");
        // elsewhere it is an adjunct (", retreating into the valleys") and owns no time. A
        // word that needs its place right before it ("Herat followed") is otherwise no verb
        // of control ("was followed by sweeps") and owns no time either.
        let triggers: Vec<&CueHit> = hits
            .iter()
            .filter(|h| match h.cue {
                Cue::Trigger(_) if historical(h.start) => false,
                Cue::Trigger(i) => {
                    let t = &lex.triggers[i];
                    // "the deserted customs terminal": a one-word verb of leaving after a
                    // determiner is an adjective.
                    let adjective = t.kind == EventKind::Withdraw
                        && t.frame == Frame::Active
                        && !t.phrase.contains(' ')
                        && preceded_by_any(text, h.start, &lex.grammar.determiners);
                    if adjective {
                        return false;
                    }
                    (!t.gerund
                            || preceded_by_any(text, h.start, &lex.grammar.gerund_temporals))
                        && (!t.needs_place_subject
                            || targets.iter().any(|x| {
                                x.end <= h.start && {
                                    // Right before it, or before a parenthesis that ends
                                    // there ("Qala-i-Naw, in the north-west, went"), an
                                    // auxiliary and adverbs aside ("Taloqan had followed").
                                    let between = text[x.end..h.start].trim();
                                    between.split_whitespace().all(|w| {
                                        lex.grammar.auxiliaries.iter().any(|a| a == w)
                                            || lex.grammar.trigger_adverbs.iter().any(|a| a == w)
                                    })
                                        || between.starts_with(',')
                                            && between.ends_with(',')
                                            && between.matches(',').count() == 2
                                            && between.split_whitespace().count() <= 8
                                }
                            }))
                        // "The afghani falls to 80 against the dollar": a level, not a
                        // side.
                        && !(text[h.start..h.end].ends_with(" to")
                            && text[h.end..]
                                .trim_start()
                                .starts_with(|c: char| c.is_ascii_digit()))
                        // A state ("under Taliban control") is a change only with the day it
                        // began ("since 3 July"), perhaps after its place ("have been inside
                        // the city since Sunday"), within the clause.
                        && (!t.needs_since_day || {
                            let rest = &text[h.end..];
                            let rest = &rest[..rest.find([',', ';', ':']).unwrap_or(rest.len())];
                            rest.split_whitespace().take(8).any(|w| {
                                lex.grammar.since_words.iter().any(|s| s == w) && {
                                    let r = &rest[offset_in(rest, w) + w.len()..];
                                    r.starts_with(' ')
                                        && find_time_exprs(r.trim_start())
                                            .first()
                                            .is_some_and(|x| x.start == 0)
                                }
                            })
                        })
                        && (!t.needs_time_after || {
                            let rest = text[h.end..].trim_start();
                            // With its "on" ("went on August 8"; not "Muqur went on").
                            let dated = rest.strip_prefix("on ").unwrap_or(rest);
                            rest.is_empty()
                                || rest.starts_with([',', '.', ';', ':', '?', '!'])
                                || find_time_exprs(dated).first().is_some_and(|x| x.start == 0)
                        })
                }
                _ => false,
            })
            .collect();
        if triggers.is_empty() {
            return;
        }
        let mut times = find_time_exprs(text);
        // A time counted from the story's day ("the next morning", "the 13th", "on the
        // Saturday") needs that day settled.
        if times.iter().any(|t| {
            matches!(
                t.kind,
                TimeKind::DaysBeforeAnchor(_)
                    | TimeKind::DaysAfterAnchor(_)
                    | TimeKind::DayOfMonth(_)
                    | TimeKind::Weekday { definite: true, .. }
            )
        }) {
            self.settle_story_day(article, &parsed.folded.text, phrases, memory);
        }
        // "TASHKENT, Aug. 16 — Soldiers abandoned Hairatan on Saturday night": the dateline's
        // date is the publication's, not the event's.
        if let Some(end) = article
            .dateline_end
            .filter(|&e| range.start < e && e <= range.end)
        {
            let end = parsed.folded.folded_offset(end).saturating_sub(fs);
            times.retain(|t| t.start >= end);
        }
        // "May" in "on 11 May" is a month, not a modal. One filtered copy, only when needed.
        let ignored = |x: &CueHit| {
            matches!(
                x.cue,
                Cue::Pledge | Cue::Modal | Cue::Negation | Cue::Denial | Cue::Continuity
            ) && described.iter().any(|&(a, b)| a <= x.start && x.end <= b)
                || x.cue == Cue::Modal && times.iter().any(|t| t.start <= x.start && x.end <= t.end)
        };
        let hits_kept: Vec<CueHit>;
        let hits: &[CueHit] = if described.is_empty() && times.is_empty() {
            hits
        } else {
            hits_kept = hits.iter().filter(|x| !ignored(x)).copied().collect();
            &hits_kept
        };
        let statement_times: Vec<bool> = times
            .iter()
            .map(|t| is_statement_time(text, t, hits))
            .collect();
        // Where a trigger cannot take a target: forces withdraw to a destination, not from it;
        // towns forces came from are not what they took.
        let valid = |h: &CueHit, t: &Target| {
            let Cue::Trigger(i) = h.cue else { return false };
            let withdraw = lex.triggers[i].kind == EventKind::Withdraw;
            // "retreated to the airport": forces fall back on the town's airport; they leave
            // the town (see the fallback below), not the airport.
            if withdraw
                && t.anaphor
                && matches!(t.resolved, Resolved::Place(p) if is_facility_place(self.region, p))
            {
                return false;
            }
            // "Ghazni has 19 districts and 12 districts are under the control of the Taliban":
            // a count between the place and a passive verb is the verb's subject.
            // (Right before it: "the district centre, the police headquarters and eleven
            // checkpoints, was conquered" still has the centre as subject.)
            if lex.triggers[i].frame == Frame::Passive && t.end <= h.start && {
                let mut back = words_back(text, h.start);
                let (a, b, c) = (back.next(), back.next(), back.next());
                let lead = &text[t.end..h.start];
                let tail = lead.rsplit(',').next().unwrap_or(lead);
                [(a, b), (b, c)].iter().any(|&(noun, number)| {
                    noun.is_some_and(|n| lex.grammar.counted_nouns.iter().any(|c| c == n))
                        && number.is_some_and(|w| number_or_quantifier(w, lex))
                        && tail.contains(noun.unwrap_or_default())
                })
            } {
                return false;
            }
            // "the equipment the Taliban seized at Qunduz airport": a verb of taking whose
            // object is missing (it stands before the subject) has only a place where, after
            // "at" or "in" right behind it.
            if lex.triggers[i].frame == Frame::Active
                && lex.triggers[i].kind == EventKind::Capture
                && !text[h.start..h.end].contains(' ')
                && t.start >= h.end
                && {
                    let mut words = text[h.end..t.start].split_whitespace();
                    words
                        .next()
                        .is_some_and(|w| lex.grammar.gap_prepositions.iter().any(|p| p == w))
                        && words.all(|w| lex.grammar.determiners.iter().any(|d| d == w))
                }
            {
                return false;
            }
            // "'... which city fell in the night,' said a shopkeeper in Kabul": a place after
            // the attribution is where the speaker is.
            if hits.iter().any(|x| {
                x.cue == Cue::Speech
                    && x.start >= h.end
                    && x.end <= t.start
                    // Quotes fold to spaces: read the original.
                    && article.text[parsed.folded.original_range(fs + h.end..fs + x.start)]
                        .contains(['"', '\u{201D}'])
            }) {
                return false;
            }
            // "any pretence in Kabul that the fighting in the north is ...": a nominal's place
            // is not before a complementizer that opens the nominal's clause.
            if lex.triggers[i].frame == Frame::Nominal
                && t.end <= h.start
                && text[t.end..h.start]
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| lex.grammar.complementizers.iter().any(|c| c == w))
            {
                return false;
            }
            // "on the road to Mazar-i-Sharif", "east of the capital": a reference point.
            // But "along the river in Arghandab district", "down the valley from Deh Salah":
            // the place locates or is left by what was named.
            if hits.iter().any(|x| {
                // "down the valley": the cue may share the anaphor's article.
                x.cue == Cue::ReferencePoint
                    && x.start < t.start
                    && x.end <= t.end
                    && (match text[x.end.min(t.start)..t.start].split_whitespace().count() {
                        0 | 1 => true,
                        2 => {
                            !preceded_by_any(text, t.start, &lex.grammar.locative_prepositions)
                                && prep_before(text, t.start, hits, lex) != Some(Cue::Origin)
                        }
                        _ => false,
                    }
                        // "west of the city of Sar-e Pul".
                        || hits.iter().any(|a| {
                            matches!(a.cue, Cue::Anaphor(_))
                                && a.start >= x.end
                                && text[x.end..a.start].trim().is_empty()
                                && a.end <= t.start
                                && text[a.end..t.start].trim() == "of"
                        }))
            }) {
                return false;
            }
            match prep_before(text, t.start, hits, lex) {
                Some(Cue::Origin) => withdraw,
                // Where the leavers of an earlier verb went is not what a later verb took
                // ("relocated from Nad Ali to Lashkar Gah, and Taliban fighters moved into
                // the abandoned buildings").
                Some(Cue::Destination) => {
                    !withdraw
                        && !hits.iter().any(|o| {
                            matches!(o.cue, Cue::Trigger(k)
                                if lex.triggers[k].kind == EventKind::Withdraw)
                                && o.end <= t.start
                                && t.end <= h.start
                        })
                }
                _ => true,
            }
        };
        let gap = Gap {
            clause_of: &clause_of,
            // Names, and times with their "on" ("captured Kishim district on Saturday and
            // Tashkan district on Sunday").
            skip: mentions
                .iter()
                .map(|m| (m.folded_span.start - fs, m.folded_span.end - fs))
                .chain(times.iter().map(|t| {
                    let start = if text[..t.start].ends_with("on ") {
                        t.start - 3
                    } else {
                        t.start
                    };
                    (start, t.end)
                }))
                .collect(),
            connectors: &lex.coordination_words,
            locatives: &lex.grammar.locative_prepositions,
            counts: hits
                .iter()
                .filter(|x| x.cue == Cue::Count && is_counted(text, x, lex))
                .map(|x| (x.start, x.end))
                .collect(),
            references: hits
                .iter()
                .filter(|x| x.cue == Cue::ReferencePoint)
                .map(|x| (x.start, x.end))
                .collect(),
        };
        // A trigger in a relative clause inside an apposition ("Banu, the district centre
        // that militiamen seized on 20 August, was retaken ...") is about the apposition's
        // place, which the main verb still takes.
        // So is a bare past participle that opens a parenthesis right after a place, when a
        // verb follows the parenthesis ("Maimana, besieged for more than a week, was handed
        // over ...").
        let participle_head = |h: &CueHit| {
            let word = &text[h.start..h.end];
            let participle = !word.contains(' ') && lex.verb_forms.iter().any(|r| r[3] == word);
            let close = text[h.end..].find(',').map(|i| h.end + i)?;
            let verb_after = triggers.iter().any(|o| o.start > close);
            (participle && verb_after)
                .then(|| {
                    targets
                        .iter()
                        .copied()
                        .find(|t| !t.anaphor && t.end <= h.start && &text[t.end..h.start] == ", ")
                })
                .flatten()
        };
        let apposition_head = |h: &CueHit| {
            targets
                .iter()
                .copied()
                .find(|t| {
                    t.tail > t.end
                        && t.end < h.start
                        && h.end <= t.tail
                        && (text[t.end..h.start]
                            .split(|c: char| !c.is_ascii_alphanumeric())
                            .any(|w| lex.grammar.apposition_relatives.iter().any(|r| r == w))
                            || gapped_relative(text, h, t, &targets, lex))
                })
                .or_else(|| participle_head(h))
        };
        let heads: Vec<Option<Target>> = triggers.iter().map(|h| apposition_head(h)).collect();
        if self.debug {
            for (h, hd) in triggers.iter().zip(&heads) {
                if let Some(t) = hd {
                    eprintln!(
                        "  head {:?} -> {:?}",
                        &text[h.start..h.end],
                        &text[t.start..t.end]
                    );
                }
            }
        }
        let main: Vec<&CueHit> = triggers
            .iter()
            .zip(&heads)
            .filter(|(_, head)| head.is_none())
            .map(|(h, _)| *h)
            .collect();
        let mut main_bound =
            bind_targets(text, &main, &targets, &clause_of, lex, &valid, &gap).into_iter();
        let bound: Vec<Vec<Target>> = triggers
            .iter()
            .zip(&heads)
            .map(|(h, head)| match head {
                Some(t) => [*t].into_iter().filter(|t| valid(h, t)).collect(),
                None => main_bound.next().unwrap_or_default(),
            })
            .collect();
        if self.debug {
            eprintln!("--- {original}");
            for (k, h) in triggers.iter().enumerate() {
                eprintln!(
                    "  trigger {:?} clause {} -> {:?}",
                    &text[h.start..h.end],
                    clause_of[h.start],
                    bound[k]
                        .iter()
                        .map(|t| &text[t.start..t.end])
                        .collect::<Vec<_>>()
                );
            }
            eprintln!(
                "  targets {:?}",
                targets
                    .iter()
                    .map(|t| &text[t.start..t.end])
                    .collect::<Vec<_>>()
            );
        }
        // Each time expression belongs to its nearest trigger; one before "and" closes the
        // verb before it ("overran Qaisar on Saturday and seized Darzab a day later").
        let time_owner: Vec<usize> = times
            .iter()
            .map(|t| {
                // "recaptured Banu, three days after local militias drove the group out":
                // the phrase dates the clause it opens, from the verb before it.
                let opens_clause = matches!(t.kind, TimeKind::DaysAfterAnchor(1..))
                    && text[t.start..t.end].ends_with("after")
                    || matches!(t.kind, TimeKind::DaysBeforeAnchor(1..))
                        && text[t.start..t.end].ends_with("before")
                        && !text[t.start..t.end].starts_with("the ");
                // (Not an elliptic one: "fell on Saturday, a day after Zaranj, and ...".)
                if let Some(k) = opens_clause
                    .then(|| triggers.iter().position(|h| h.start >= t.end))
                    .flatten()
                    .filter(|&k| !text[t.end..triggers[k].start].contains([',', ';']))
                {
                    return k;
                }
                (0..triggers.len())
                    .min_by_key(|&k| {
                        let h = triggers[k];
                        if t.start >= h.end {
                            t.start - h.end
                        } else {
                            let between = &text[t.end.min(h.start)..h.start];
                            // "on Saturday and took", "on Saturday after elders negotiated
                            // the surrender": the time is the verb's before it.
                            // ("on Thursday night, and fighters entered": past the part of
                            // the day.)
                            let coordinated = between
                                .split([',', ' '])
                                .filter(|w| !w.is_empty())
                                .find(|w| !crate::dates::is_part_of_day(w))
                                .is_some_and(|w| {
                                    lex.grammar.coordinators.iter().any(|c| c == w)
                                        || lex.grammar.sequence_subordinators.iter().any(|c| c == w)
                                });
                            (h.start - t.end.min(h.start)) + if coordinated { 1000 } else { 3 }
                        }
                    })
                    .unwrap_or(0)
            })
            .collect();

        // A factbox line ("KANDAHAR – The country's second-largest city fell") is about its
        // head; see the binding below.
        let factbox_line = factbox_head(original).is_some();
        let mut sentence_events = Vec::new();
        let mut story_day = None;
        // Contests whose attacker no word names (indices into sentence_events).
        let mut unnamed_contests: Vec<usize> = Vec::new();
        // Events of verbs in an apposition (indices into sentence_events).
        let mut described_events: Vec<usize> = Vec::new();
        // Where triggers that took buildings start, and the events of entry triggers
        // ("entered"): index in `sentence_events` and trigger start.
        let mut building_takers: Vec<usize> = Vec::new();
        let mut entries: Vec<(usize, usize)> = Vec::new();
        // Captures by entry or by taking buildings (index in `sentence_events`, trigger start):
        // fighting the sentence reports after them says the town is not yet taken.
        let mut fight_checks: Vec<(usize, usize)> = Vec::new();
        // The places and sides of events whose trigger took buildings.
        let mut buildings_taken: Vec<(Resolved, String)> = Vec::new();
        let mut denials: Vec<Event> = Vec::new();
        // Characters before the sentence, counted on from the last sentence's start (counting
        // from the article's start each time is quadratic in its length).
        let char_start = match memory.char_cursor {
            (byte, chars) if byte <= range.start => {
                chars + article.text[byte..range.start].chars().count()
            }
            _ => article.text[..range.start].chars().count(),
        };
        memory.char_cursor = (range.start, char_start);
        let char_span = [char_start, char_start + original.chars().count()];
        let debug = self.debug;
        for (k, h) in triggers.iter().enumerate() {
            let Cue::Trigger(ti) = h.cue else { continue };
            let trig = &lex.triggers[ti];
            // Drops the trigger, saying why under FRONTLINE_DEBUG.
            macro_rules! skip {
                ($why:expr) => {{
                    if debug {
                        eprintln!("  skip {:?}: {}", &text[h.start..h.end], $why);
                    }
                    continue;
                }};
            }
            let clause = clause_of[h.start];
            let in_clause = |x: &CueHit| clause_of[x.start] == clause;
            let before = |x: &CueHit| x.end <= h.start;
            let words_between =
                |a: usize, b: usize| text[a.min(b)..a.max(b)].split_whitespace().count();
            // A count is a number of things: "three districts", "dozens of districts", "34".
            let counted = |x: &CueHit| is_counted(text, x, lex);
            // A place name counts as one word ("expect Mazar-e-Sharif to be encircled").
            let name_words = |a: usize, b: usize| {
                let extra: usize = mentions
                    .iter()
                    .map(|m| (m.folded_span.start - fs, m.folded_span.end - fs))
                    .filter(|&(s, e)| a <= s && e <= b)
                    .map(|(s, e)| text[s..e].split_whitespace().count().saturating_sub(1))
                    .sum();
                words_between(a, b).saturating_sub(extra)
            };
            let near_before = |cue: Cue, n: usize| {
                hits.iter().any(|x| {
                    x.cue == cue && before(x) && in_clause(x) && name_words(x.end, h.start) <= n
                })
            };
            // "would launch an operation within days to retake X": the modal of the attempt.
            let modal_attempt = hits.iter().any(|a| {
                a.cue == Cue::Attempt
                    && before(a)
                    && in_clause(a)
                    && words_between(a.end, h.start) <= 4
                    && hits.iter().any(|m| {
                        m.cue == Cue::Modal
                            && m.end <= a.start
                            && in_clause(m)
                            // "would soon launch a clearance operation to retake X".
                            && words_between(m.end, a.start) <= 4
                    })
            });

            // Hearsay the writer doubts ("A man said Mazar had fallen too, but I do not know
            // if that is true").
            if hits.iter().any(|x| x.cue == Cue::Doubt) {
                skip!("doubted hearsay");
            }
            // "Thousands of people storm the runway at Kabul airport": civilians are no side
            // (`grammar.civilian_nouns` right before the verb).
            // (Past an auxiliary: "families have moved into the centre".)
            if trig.frame == Frame::Active
                && words_back(text, h.start)
                    .find(|w| !lex.grammar.auxiliaries.iter().any(|a| a == w))
                    .is_some_and(|w| lex.grammar.civilian_nouns.iter().any(|c| c == w))
            {
                skip!("civilians are no side");
            }
            // "the battle for public trust", "the battle for seats on the last flights": a
            // fight for something that is no place (a fight "for nearly two weeks" is one
            // for a time, so verbs of fighting are left alone).
            if trig.phrase.ends_with(" for")
                && !trig.phrase.starts_with("fighting")
                && !targets
                    .iter()
                    .any(|t| t.start >= h.end && words_between(h.end, t.start) <= 4)
            {
                skip!("a fight for no place");
            }
            // Modality: denials, negation, predictions, pledges, states.
            if hits
                .iter()
                .any(|x| x.cue == Cue::Denial && before(x) || x.cue == Cue::Retraction)
            {
                // Kept as a denial of the change, for the timeline to weigh.
                for t in &bound[k] {
                    if let Some(place) = self.event_place(t.resolved) {
                        let (date, precision) = match article.published {
                            Some(p) => (Some(p), DatePrecision::Publication),
                            None => (None, DatePrecision::Unknown),
                        };
                        let actor = lex
                            .default_actor
                            .get(&trig.kind)
                            .cloned()
                            .unwrap_or_default();
                        let trigger_span = parsed.folded.original_range(fs + h.start..fs + h.end);
                        denials.push(Event {
                            article: article.id.clone(),
                            published: article.published,
                            precision: crate::precision::Precision::of(place.level, precision),
                            place,
                            kind: EventKind::Denial,
                            actor,
                            date,
                            date_precision: precision,
                            claim: false,
                            evidence: original.to_string(),
                            evidence_span: char_span,
                            trigger: article.text[trigger_span].to_string(),
                            confidence: 0.5,
                            title: article.title.clone(),
                            url: article.url.clone(),
                            day_borrowed: false,
                            driven_out: None,
                            partial_entry: false,
                            entry: false,
                        });
                    }
                }
                skip!("denial");
            }
            // "the first provincial capital to fall": a ranked infinitive reports what
            // happened.
            let ranked = trig.infinitive && ranked_infinitive(text, h.start, &lex.grammar);
            // "will likely attempt to isolate Kabul by seizing Maidan Shahr": a gerund of
            // means shares its main verb's modality, however far back it stands.
            // So does a gerund of time ("will likely attempt to isolate Kabul before
            // attacking it").
            let means = text[h.start..h.end].ends_with("ing")
                && (preceded_by_any(text, h.start, &lex.grammar.means_prepositions)
                    || preceded_by_any(text, h.start, &lex.grammar.gerund_temporals));
            if near_before(Cue::Negation, 4)
                || near_before(
                    Cue::Modal,
                    if means {
                        12
                    } else if ranked {
                        // "expect Lashkar Gah or Kandahar to be the first provincial
                        // capital to fall".
                        14
                    } else {
                        4
                    },
                )
                // (A place still fought over is: "Urgun remains under siege", "there's still
                // heavy fighting in Kandahar"; a side still fighting holds on.)
                || near_before(Cue::Continuity, 3)
                    && !(trig.kind == EventKind::Contest
                        && (trig.frame == Frame::Passive
                            // "there's still very heavy fighting in Kandahar": nobody's
                            // fighting, still going on.
                            || trig.frame == Frame::Nominal
                                && !hits.iter().any(|x| {
                                    matches!(x.cue, Cue::Actor { .. }) && before(x) && in_clause(x)
                                })))
                || modal_attempt
                // (The gerund's clause is its main verb's: "will likely attempt to isolate
                // Kabul before attacking it".)
                || means
                    && hits.iter().any(|x| {
                        x.cue == Cue::Modal && before(x) && name_words(x.end, h.start) <= 12
                    })
            {
                skip!("negation/modal/continuity");
            }
            if hits.iter().any(|x| {
                x.cue == Cue::Cessation
                    && x.start >= h.end
                    && in_clause(x)
                    && words_between(h.end, x.start) <= 2
            }) {
                skip!("cessation");
            }
            // "the last promised helicopter": a participle before its noun is no pledge.
            let adjectival = |x: &CueHit| {
                text[x.start..x.end].ends_with("ed")
                    && words_back(text, x.start)
                        .take(2)
                        .any(|w| lex.grammar.determiners.iter().any(|d| d == w))
            };
            if hits
                .iter()
                .any(|x| x.cue == Cue::Pledge && before(x) && !adjectival(x))
            {
                skip!("pledge");
            }
            // "the city has been besieged many times since": "since" closing the clause looks
            // back from a past already told; it reports nothing new.
            {
                let rest = &text.as_bytes()[h.end..];
                let clause_end = rest
                    .iter()
                    .position(|b| matches!(b, b',' | b'.' | b';' | b':'))
                    .unwrap_or(rest.len());
                let clause = text[h.end..h.end + clause_end].trim_end();
                let ends_with = |words: &[String]| {
                    words.iter().any(|s| {
                        clause
                            .strip_suffix(s.as_str())
                            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
                    })
                };
                // So does "before" ("Qaisar ... has changed hands before"), when it is no
                // time of its own ("the day before").
                if (ends_with(&lex.grammar.since_words)
                    || ends_with(&lex.grammar.retrospective_adverbs)
                        && find_time_exprs(clause).is_empty())
                    && clause.split_whitespace().nth(4).is_none()
                {
                    skip!("since, looking back");
                }
            }
            // "has been in Taliban hands since July": a state since a time that is no day.
            // "since Sunday" names the day it changed. ("the first to fall since the
            // offensive began" ranks the change.)
            if trig.kind == EventKind::Capture && !ranked {
                let mut after = text[h.end..].split_whitespace();
                let since_at = (0..3).find_map(|_| {
                    let w = after.next()?;
                    lex.grammar
                        .since_words
                        .iter()
                        .any(|s| s == w)
                        .then(|| offset_in(text, w) + w.len())
                });
                if let Some(at) = since_at {
                    let day = times.iter().any(|t| {
                        t.start >= at
                            && text[at..t.start].trim().is_empty()
                            && matches!(
                                t.kind,
                                TimeKind::Calendar { .. }
                                    | TimeKind::Weekday { .. }
                                    | TimeKind::DaysBeforePublication(_)
                            )
                    });
                    if !day {
                        skip!("a state since a time that is no day");
                    }
                }
                // "had been in Taliban hands for weeks": a state that lasted, not a change.
                // Only for a phrase of state ("in ... hands", "under ... control"): "seized
                // the city for three days" did happen.
                let stative =
                    trig.phrase.split(' ').next().is_some_and(|w| {
                        matches!(w, "in" | "under" | "is" | "was" | "were" | "are")
                    });
                if stative {
                    let rest: Vec<&str> = text[h.end..].split_whitespace().take(4).collect();
                    let span = |w: &str| {
                        matches!(
                            w.trim_end_matches([',', '.', ';']),
                            "days"
                                | "weeks"
                                | "months"
                                | "years"
                                | "day"
                                | "week"
                                | "month"
                                | "year"
                        )
                    };
                    if let Some(k) = rest.iter().position(|w| *w == "for") {
                        if rest[k + 1..].iter().take(2).any(|w| span(w)) {
                            skip!("a state that lasted");
                        }
                    }
                }
            }
            // "arguing that if Mazar falls, Kabul ...": a condition inside the sentence.
            let condition = text[..h.start]
                .rsplit([',', ';', ':'])
                .next()
                .unwrap_or("")
                .split(|c: char| !c.is_ascii_alphanumeric())
                .rev()
                .filter(|w| !w.is_empty())
                .take(8)
                .any(|w| lex.grammar.conditionals.iter().any(|c| c == w));
            if condition {
                skip!("condition");
            }
            // "wrote that had the Afghan army fought, Kabul might have held out": the modal
            // after an inverted condition is a counterfactual.
            let bytes = text.as_bytes();
            let break_before = |at: usize| {
                bytes[..at]
                    .iter()
                    .rposition(|b| matches!(b, b',' | b';' | b':'))
            };
            let inverted = |from: usize, to: usize| {
                let mut prev = "";
                let mut words = text[from..to]
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .peekable();
                while let Some(w) = words.next() {
                    if lex.hypothetical_openers.iter().any(|o| o == w)
                        && (prev.is_empty() || prev == "that")
                        && words
                            .peek()
                            .is_some_and(|n| lex.grammar.determiners.iter().any(|d| d == n))
                    {
                        return true;
                    }
                    prev = w;
                }
                false
            };
            let here = break_before(h.start).map_or(0, |i| i + 1);
            if inverted(here, h.start) {
                skip!("condition");
            }
            if here > 0
                && hits
                    .iter()
                    .any(|x| x.cue == Cue::Modal && x.end <= h.start && x.start >= here)
                && inverted(break_before(here - 1).map_or(0, |i| i + 1), here - 1)
            {
                skip!("counterfactual");
            }
            // "banks were besieged by customers", "banks are under siege from depositors": an
            // attack whose agent is no armed side.
            if trig.kind == EventKind::Contest
                && (text[h.start..h.end].ends_with(" by")
                    || text[h.end..].trim_start().starts_with("by ")
                    || trig.frame == Frame::Passive
                        && text[h.end..]
                            .trim_start()
                            .strip_prefix("from ")
                            .and_then(|r| {
                                r.split_whitespace()
                                    .find(|w| !lex.grammar.determiners.iter().any(|d| d == w))
                            })
                            // (Not a direction: "from three sides", "from the north".)
                            .is_some_and(|w| {
                                !number_or_quantifier(w, lex)
                                    && !lex.grammar.direction_words.iter().any(|d| d == w)
                            }))
            {
                // The agent: the five words after the trigger.
                let agent_end = text[h.end..]
                    .match_indices(' ')
                    .nth(5)
                    .map_or(text.len(), |(i, _)| h.end + i);
                let in_agent = |start: usize| start >= h.end && start < agent_end;
                let armed = hits.iter().any(|x| {
                    matches!(
                        x.cue,
                        Cue::Actor { .. } | Cue::Speaker(_) | Cue::PronounForces | Cue::Foreign
                    ) && in_agent(x.start)
                }) || targets.iter().any(|t| in_agent(t.start));
                if !armed {
                    skip!("agent is no armed side");
                }
            }
            // "A fall of Mazar-i-Sharif would leave ...": a nominal followed by a modal (but
            // not a past one: "the fall of Nerkh ... should have been read as a warning"; nor
            // one dated before the modal, which happened: "The loss of Shir Khan Bandar on
            // Tuesday should end any pretence ...").
            let modal_after = || {
                hits.iter().any(|x| {
                    x.cue == Cue::Modal
                        && x.start >= h.end
                        && in_clause(x)
                        && words_between(h.end, x.start) <= 10
                        && !text[x.end..]
                            .trim_start()
                            .strip_prefix(lex.grammar.perfect_auxiliary.as_str())
                            .is_some_and(|r| r.starts_with(' '))
                        && !times.iter().any(|t| {
                            t.start >= h.end
                                && t.end <= x.start
                                && matches!(
                                    t.kind,
                                    TimeKind::Weekday { .. }
                                        | TimeKind::Calendar { .. }
                                        | TimeKind::DaysBeforePublication(_)
                                )
                        })
                })
            };
            if trig.frame == Frame::Nominal && modal_after() {
                skip!("nominal followed by a modal");
            }
            if trig.frame == Frame::Nominal && scene_abroad {
                skip!("a nominal in a scene abroad");
            }
            // "efforts to take over X", "an operation on Tuesday to retake X".
            let window = if trig.infinitive { 4 } else { 2 };
            let attempt = hits.iter().any(|x| {
                x.cue == Cue::Attempt && before(x) && words_between(x.end, h.start) <= window
            }) && (!trig.infinitive
                || preceded_by_any(text, h.start, &lex.grammar.infinitive_markers));
            // "the insurgents' capture on 6 August of Zaranj": a nominal split by a date.
            let split_nominal = trig.infinitive
                && times.iter().any(|t| {
                    t.start >= h.end
                        && text[h.end..t.start].split_whitespace().count() <= 1
                        && text[t.end..].trim_start().starts_with("of ")
                });
            // "Taliban seize Kunduz", "government troops leave Lashkar Gah": a bare form right
            // after its subject is the present tense of headlines and timelines; an
            // intransitive's subject is a place ("Kandahar and Lashkar Gah fall within hours").
            let present = trig.infinitive
                && !preceded_by_any(text, h.start, &lex.grammar.infinitive_markers)
                && (hits.iter().any(|x| {
                    matches!(x.cue, Cue::Actor { .. })
                        && before(x)
                        && in_clause(x)
                        && words_between(x.end, h.start) == 0
                }) || trig.frame == Frame::Passive
                    && targets.iter().any(|t| {
                        !t.anaphor && t.end <= h.start && words_between(t.end, h.start) == 0
                    }));
            // In a timeline entry ("Friday – Andarab rises. Men armed with hunting rifles take
            // the district headquarters in Pul-e Hesar"), a bare form with no "to", modal or
            // pledge before it in its clause is the entry's present tense.
            let entry_present = trig.infinitive
                && memory.entry_day.is_some()
                && !words_back(text, h.start)
                    .take(6)
                    .any(|w| lex.grammar.infinitive_markers.iter().any(|m| m == w))
                && !hits.iter().any(|x| {
                    matches!(x.cue, Cue::Modal | Cue::Pledge | Cue::Attempt)
                        && before(x)
                        && in_clause(x)
                });
            let present = present || entry_present;
            // "Having overrun the district centre, the Taliban ...": a perfect participle.
            let perfect_participle =
                preceded_by_any(text, h.start, &lex.grammar.participle_perfect);
            // "a day after overrunning the Yangi Qala district headquarters": a bare gerund
            // after a temporal preposition happened.
            // (The trigger list keeps a bare gerund only after a temporal word.)
            let temporal_gerund = trig.gerund;
            // "a ceasefire ... allowed the remaining soldiers and police to leave the city":
            // what the verb before it let happen, happened.
            let factive = trig.infinitive && {
                let mut back = words_back(text, h.start);
                back.next()
                    .is_some_and(|w| lex.grammar.infinitive_markers.iter().any(|m| m == w))
                    && back
                        .take(7)
                        .any(|w| lex.grammar.factive_verbs.iter().any(|f| f == w))
            };
            // "an operation to retake Kunduz was being prepared": the attempt's noun is
            // followed by its modality.
            if attempt && trig.infinitive && modal_after() {
                skip!("an attempt followed by a modal");
            }
            if trig.infinitive
                && !attempt
                && !split_nominal
                && !present
                && !ranked
                && !perfect_participle
                && !temporal_gerund
                && !factive
            {
                skip!("infinitive without attempt");
            }
            // "an attack on the Kabul residence of the minister": not territory (but forces
            // may leave "in a convoy").
            if trig.kind != EventKind::Withdraw
                && hits.iter().any(|x| {
                    x.cue == Cue::NonTerritorial
                        && x.start >= h.end
                        && in_clause(x)
                        && words_between(h.end, x.start) <= 4
                })
            {
                skip!("non-territorial object");
            }
            let mut kind = trig.kind;
            if attempt && kind == EventKind::Capture {
                kind = EventKind::Contest;
            } else if attempt {
                skip!("attempt at a non-capture");
            }
            // Foreign subject: their actions are not events.
            let subject = hits.iter().rfind(|x| {
                before(x) && in_clause(x) && matches!(x.cue, Cue::Actor { .. } | Cue::Foreign)
            });
            if trig.frame == Frame::Active
                && subject
                    .is_some_and(|x| x.cue == Cue::Foreign && words_between(x.end, h.start) <= 6)
            {
                skip!("foreign subject");
            }
            // "its jets had struck Taliban gatherings in Ghormach", "US B-52 bombers struck
            // insurgent positions": a strike from the air fights over no ground.
            if trig.kind == EventKind::Contest
                && trig.frame == Frame::Active
                && air_subject(text, h.start, &lex.grammar)
            {
                skip!("an air strike");
            }

            // Facility object: the first thing after an active or nominal trigger.
            let first_target_after = bound[k]
                .iter()
                .filter(|t| t.start >= h.end)
                .map(|t| t.start)
                .min();
            // The trigger's object is a facility (or a district seat) when one follows it
            // closely, before any named place.
            let object_is = |cue: Cue| {
                matches!(trig.frame, Frame::Active | Frame::Nominal)
                    && hits.iter().any(|x| {
                        x.cue == cue
                            && x.start >= h.end
                            && in_clause(x)
                            && first_target_after.is_none_or(|t| x.start < t)
                            && words_between(h.end, x.start) <= 6
                            // "Captured on Aug. 10, cutting the main highway": another verb's.
                            && !text[h.end..x.start].contains(',')
                    })
            };
            let facility_named = object_is(Cue::Facility);
            // Buildings or parts of a town taken ("seized the police headquarters", "took
            // control of several neighbourhoods"), but not its seat of power: an entry
            // before them in the sentence got only part of the town.
            let taken_buildings = || {
                hits.iter().filter(|x| {
                    x.cue == Cue::Facility
                        && x.start >= h.end
                        && in_clause(x)
                        && words_between(h.end, x.start) <= 6
                        && !text[h.end..x.start].contains(',')
                })
            };
            let power_seat =
                |x: &CueHit| lex.power_seats.iter().any(|p| *p == text[x.start..x.end]);
            if trig.kind == EventKind::Capture
                && matches!(trig.frame, Frame::Active | Frame::Nominal)
                && taken_buildings().any(|x| !power_seat(x))
                && !taken_buildings().any(power_seat)
            {
                building_takers.push(h.start);
            }
            let took_buildings = trig.kind == EventKind::Capture
                && matches!(trig.frame, Frame::Active | Frame::Nominal)
                && taken_buildings().next().is_some();
            let facility_object = trig.facility_downgrade
                && facility_named
                && !(trig.kind == EventKind::Capture && taken_buildings().any(power_seat));
            // "took over the district compound": the seat of the district named before.
            let seat_object = kind == EventKind::Capture && object_is(Cue::SeatFacility);

            let is_withdraw = kind == EventKind::Withdraw;
            let mut my_targets: Vec<Target> = bound[k].clone();

            // The antecedent of the trigger's relative clause keeps its place whatever its
            // preposition in the main clause.
            let relative_start = (clause > 0)
                .then(|| clause_of.start_of(clause))
                .flatten()
                .filter(|&c| {
                    let opener = text[c..].trim_start_matches([',', ' ']);
                    lex.grammar.relative_pronouns.iter().any(|w| {
                        opener
                            .strip_prefix(w.as_str())
                            .is_some_and(|r| r.starts_with(' '))
                    })
                });
            my_targets.retain(|t| {
                relative_start.is_some_and(|c| t.end <= c)
                    || match prep_before(text, t.start, hits, lex) {
                        Some(Cue::Origin) => is_withdraw,
                        Some(Cue::Destination) => !is_withdraw,
                        _ => true,
                    }
            });
            my_targets.retain(|t| !preceded_by_any(text, t.start, &lex.grammar.exclusions));
            // Vague areas ("much of rural Afghanistan") and, for changes of control, nearness
            // ("within a few kilometres of Kandahar city").
            // "much of the northeastern province of Badakhshan": the place's own noun phrase.
            // But part of a town taken is the town fought over ("entered parts of Sharana":
            // `grammar.partial_quantifiers`).
            my_targets.retain_mut(|t| {
                let Some(x) = hits.iter().find(|x| {
                    x.cue == Cue::Vague
                        && x.end <= t.start
                        && (words_between(x.end, t.start) <= 2
                            || (words_between(x.end, t.start) <= 5
                                && text[x.end..t.start].ends_with(" of ")
                                && !text[x.end..t.start].contains([',', ';'])))
                }) else {
                    return true;
                };
                // (Leaving part of a town is left to the fallbacks below.)
                let partial = !is_withdraw
                    && lex
                        .grammar
                        .partial_quantifiers
                        .iter()
                        .any(|q| *q == text[x.start..x.end])
                    && text[x.end..t.start].trim().is_empty()
                    && matches!(t.resolved, Resolved::Place(_) | Resolved::District(_));
                if partial {
                    t.facility = true;
                }
                partial
            });
            // Operations or fighting across a list of provinces ("clearing operations in
            // Faryab, Zabul and Logar provinces") locate activity; they are no fight for any
            // one of them.
            if kind == EventKind::Contest
                && my_targets.len() >= 2
                && my_targets
                    .iter()
                    .all(|t| matches!(t.resolved, Resolved::Province(_)))
            {
                skip!("a contest spread over provinces");
            }
            if kind != EventKind::Contest {
                my_targets.retain(|t| {
                    !hits.iter().any(|x| {
                        x.cue == Cue::Proximity
                            && x.end <= t.start
                            && words_between(x.end, t.start) <= 2
                    })
                });
            }
            // An object is close to its verb: a place far after an active or nominal
            // trigger, or after a count ("has taken dozens of districts ..., including
            // Herat"), is not what was taken.
            if matches!(trig.frame, Frame::Active | Frame::Nominal) {
                let first = my_targets
                    .iter()
                    .filter(|t| t.start >= h.end)
                    .map(|t| t.start)
                    .min();
                if let Some(first) = first {
                    // Time expressions do not count ("on Monday night at the entrance to").
                    let time_words: usize = times
                        .iter()
                        .filter(|t| t.start >= h.end && t.end <= first)
                        .map(|t| words_between(t.start, t.end))
                        .sum();
                    // Nor does a part of the town ("in the southern and western
                    // neighbourhoods of Faizabad"): from its preposition to the place.
                    let part_words = town_part_phrase(text, first, &lex.grammar);
                    // Nor do the facilities the place locates ("stormed the central prison
                    // and the radio and television building in Lashkargah"): count from the
                    // last one, when the first follows the verb closely.
                    let from = hits
                        .iter()
                        .filter(|x| {
                            matches!(x.cue, Cue::Facility | Cue::SeatFacility)
                                && x.start >= h.end
                                && x.end <= first
                        })
                        .map(|x| x.end)
                        .max()
                        .filter(|_| {
                            (object_is(Cue::Facility) || object_is(Cue::SeatFacility))
                                && preceded_by_any(text, first, &lex.grammar.locative_prepositions)
                        })
                        .unwrap_or(h.end);
                    // Nor do the sides of a fight ("clashes between the ANDSF and a non-State
                    // armed group (NSAG) have continued on the outskirts of Herat").
                    let from = if trig.frame == Frame::Nominal
                        && text[h.end..].trim_start().starts_with("between ")
                    {
                        hits.iter()
                            .filter(|x| {
                                matches!(x.cue, Cue::Actor { .. })
                                    && x.start >= h.end
                                    && x.end <= first
                            })
                            .map(|x| x.end)
                            .max()
                            .map_or(from, |e| e.max(from))
                    } else {
                        from
                    };
                    let far = words_between(from, first).saturating_sub(time_words + part_words)
                        > 8
                        || hits.iter().any(|x| {
                            x.cue == Cue::Count
                                && x.start >= h.end
                                && x.end <= first
                                && counted(x)
                                // A list after a dash or colon names what was counted.
                                && !text[x.end..first].contains([';', ':'])
                        })
                            // So does one after a comma ("captured two more provincial
                            // capitals on Tuesday, Pul-i-Khumri in the north and Farah").
                            && !text[h.end..first].find(',').is_some_and(|i| {
                                enumerated_after_comma(
                                    text,
                                    h,
                                    h.end + i,
                                    &targets,
                                    &gap.counts,
                                    lex,
                                    &valid,
                                )
                                .iter()
                                .any(|t| t.start == first)
                            });
                    if far {
                        my_targets.retain(|t| t.start < h.end);
                    }
                }
            }
            // "seized three districts in the Andarab valley": the place locates a count.
            // So it does a plural that is no facility ("overran a string of districts in
            // Badakhshan province"). Attacking villages in a district is fighting in it,
            // though.
            my_targets.retain(|t| {
                let count = || {
                    preceded_by_any(text, t.start, &lex.grammar.locative_prepositions)
                        && hits.iter().any(|x| {
                            x.cue == Cue::Count
                                && x.start >= h.end
                                && x.end <= t.start
                                && counted(x)
                        })
                };
                // Leaving positions in a place leaves it.
                let positions = || {
                    is_withdraw
                        && words_back(text, t.start)
                            .take(4)
                            .any(|w| lex.grammar.position_nouns.iter().any(|p| p == w))
                };
                let plural = || {
                    kind != EventKind::Contest
                        && plural_object(text, h.end, t.start, hits, lex)
                        && !positions()
                };
                !(t.start >= h.end && (count() || plural()))
            });
            // "Clashes were reported in several other districts of Badghis province": a
            // province that only holds the unnamed districts is no place of the event.
            // Nor is one that fighting spreads across ("has intensified across Ghazni
            // province"): no place in it is named.
            my_targets.retain(|t| {
                !(matches!(t.resolved, Resolved::Province(_))
                    && (districts_of(text, t.start, lex)
                        || preceded_by_any(text, t.start, &lex.grammar.spread_prepositions)))
            });
            // The place an apposition's relative clause is about stands where the main
            // clause put it ("outside Spin Boldak, the town that the Taliban seized"): what
            // precedes it says nothing of this verb's object.
            if heads[k].is_some() {
                my_targets = bound[k].clone();
            }
            // "its fighters", "his men": the side named last before the pronoun ("The
            // National Resistance Front said its fighters ...", "the movement's rule since its
            // fighters entered Kabul").
            let pronoun_hits: Vec<CueHit> = hits
                .iter()
                .filter(|x| x.cue == Cue::PronounForces && in_clause(x))
                .filter_map(|x| {
                    // A side inside an apposition the pronoun is outside of is no antecedent
                    // ("to retake Spin Boldak, the town the Taliban seized on Wednesday, and
                    // fought their way into its bazaar").
                    let aside = |y: &CueHit| in_other_apposition(&described, y, x.start);
                    hits.iter()
                        .filter(|y| y.start < x.start && y.end <= x.start + 1 && !aside(y))
                        .rev()
                        .find_map(|y| match y.cue {
                            Cue::Actor { actor, weak } => Some((actor, weak)),
                            Cue::Speaker(actor) => Some((actor, false)),
                            _ => None,
                        })
                        .map(|(actor, weak)| CueHit {
                            // A vague antecedent past its side's last day names the
                            // successor ("a commander of the militiamen said his men" in
                            // late August).
                            cue: Cue::Actor {
                                actor: if weak {
                                    self.successor_on(actor, article.published)
                                } else {
                                    actor
                                },
                                weak: false,
                            },
                            ..*x
                        })
                })
                .collect();
            // "the Taliban's small garrison": the force belongs to the possessor, whatever
            // side its noun usually names.
            // So does a side named right before it ("the Taliban garrison").
            let possessive = |y: &CueHit, x: &CueHit| {
                y.end <= x.start
                    && (text[y.end..x.start]
                        .strip_prefix(" s ")
                        .is_some_and(|between| {
                            between.split_whitespace().count() <= 2
                                && between.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
                        })
                        || text[y.end..x.start] == *" "
                            && matches!(y.cue, Cue::Actor { weak: false, .. }))
            };
            let is_actor = |x: &CueHit| matches!(x.cue, Cue::Actor { .. });
            let possessed: Vec<CueHit> = hits
                .iter()
                .filter(|x| is_actor(x) && in_clause(x))
                .filter_map(|x| {
                    let owner = hits.iter().find(|y| is_actor(y) && possessive(y, x))?;
                    let Cue::Actor { actor, .. } = owner.cue else {
                        return None;
                    };
                    Some(CueHit {
                        cue: Cue::Actor { actor, weak: false },
                        ..*x
                    })
                })
                .collect();
            let mut actor_hits: Vec<&CueHit> = hits
                .iter()
                .filter(|x| {
                    is_actor(x)
                        && in_clause(x)
                        // "police" in "police districts" or "police headquarters" names a
                        // place, not a side.
                        && !hits.iter().any(|f| {
                            matches!(f.cue, Cue::Facility | Cue::SeatFacility)
                                && f.start <= x.start
                                && x.end <= f.end
                                && (f.start, f.end) != (x.start, x.end)
                        })
                        && !is_speaker(text, x, hits)
                        // A side in an apposition the verb is outside of acts in the
                        // apposition ("to retake Spin Boldak, the town the Taliban seized").
                        && !in_other_apposition(&described, x, h.start)
                        && !possessed.iter().any(|p| p.start == x.start)
                        && !hits.iter().any(|o| is_actor(o) && possessive(x, o))
                        // The side another trigger's phrase names ("fell back into Taliban
                        // hands") is that trigger's actor, not this one's.
                        && !triggers.iter().any(|o| {
                            o.start != h.start && o.start <= x.start && x.end <= o.end
                        })
                })
                .chain(pronoun_hits.iter())
                .chain(possessed.iter())
                .collect();
            actor_hits.sort_by_key(|x| x.start);
            let mut fallback = false;
            // A subjectless passive opening a line ("* Fell on Aug. 7.", "* Taken by the
            // Taliban on Friday") under a heading or lead that named the town: the town.
            // So does one after a label ("JURM / Status: under Taliban control since 3 July").
            let label_only = |lead: &str| {
                let lead = lead.trim_end();
                !lead.bytes().any(|b| b.is_ascii_alphanumeric())
                    || lead.ends_with(':')
                        && lead.split_whitespace().count() <= 2
                        && lead.matches(':').count() == 1
            };
            // An active verb whose first word is a participle reads as a reduced passive
            // there ("* Taken over on Sunday 8 August").
            let participle = trig.frame == Frame::Active && {
                let first = trig.phrase.split(' ').next().unwrap_or("");
                lex.verb_forms
                    .iter()
                    .any(|r| r[3] == first && r[0] != first)
            };
            if my_targets.is_empty()
                && (trig.frame == Frame::Passive || participle)
                && label_only(&text[..h.start])
            {
                if let Some((r, _)) = memory.topic.filter(|(_, n)| sentence_no - n <= 2) {
                    my_targets.push(Target::implied(r, h.end));
                    fallback = true;
                }
            }
            // A factbox line: the town, perhaps its province in brackets, a dash, then what
            // happened to it ("SHEBERGHAN (Jowzjan) – Fell on Aug. 7.", "HERAT – Seized on
            // Aug. 12": a participle). With the head in capitals, the line is about it
            // whatever its subject ("KANDAHAR – The country's second-largest city fell"),
            // unless another town comes first.
            // Overlapping triggers are one verb ("had taken" in "had taken complete control
            // of Panjshir"): when the other has its place, this one has none to look for.
            let overlap_bound = triggers
                .iter()
                .enumerate()
                .any(|(j, o)| j != k && o.start < h.end && h.start < o.end && !bound[j].is_empty());
            if my_targets.is_empty() && !overlap_bound {
                if let Some(t) = targets.first().filter(|t| {
                    !t.anaphor
                        && !text[..t.start].bytes().any(|b| b.is_ascii_alphanumeric())
                        && t.end <= h.start
                        && (factbox_line
                            && !targets
                                .iter()
                                .any(|o| !o.anaphor && o.start >= t.end && o.end <= h.start)
                            || {
                                let between = text[t.end..h.start].trim();
                                let between = match (between.find('('), between.find(')')) {
                                    (Some(0), Some(close)) => between[close + 1..].trim(),
                                    _ => between,
                                };
                                // The dash or colon, and at most two words of the noun
                                // phrase after it ("• Sheberghan: heavy fighting").
                                let words = between
                                    .trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
                                !between.is_empty()
                                    && !between.starts_with(|c: char| c.is_ascii_alphanumeric())
                                    && words.split_whitespace().count() <= 2
                                    && !words
                                        .bytes()
                                        .any(|b| !b.is_ascii_alphanumeric() && b != b' ')
                            })
                }) {
                    my_targets.push(*t);
                }
            }
            if my_targets.is_empty()
                && (is_withdraw || facility_named || seat_object || trig.object_from_context)
            {
                // Forces leaving, or taking a facility, without naming the town: the town the
                // article is talking about. Only with the actor named right before.
                // Not when another verb and a new subject stand between ("the Taliban entered
                // the capital and the president left the country"; but "commandos
                // counter-attacked there and were fighting" is one subject's).
                let new_subject = words_back(text, h.start)
                    .take(2)
                    .any(|w| lex.grammar.determiners.iter().any(|d| d == w));
                // A nominal withdrawal's side follows it ("negotiated the withdrawal of
                // government forces").
                let actor_close = actor_hits.iter().any(|x| {
                    before(x)
                        && words_between(x.end, h.start) <= 6
                        && !(new_subject
                            && triggers.iter().any(|o| {
                                o.start != h.start && o.start >= x.end && o.end <= h.start
                            }))
                        || is_withdraw
                            && trig.frame == Frame::Nominal
                            && x.start >= h.end
                            && words_between(h.end, x.start) <= 1
                });
                // A town named earlier in the sentence ("In Kandahar, government forces
                // withdrew to the airport"), else one this sentence's events are about.
                let named_before = targets
                    .iter()
                    .filter(|t| {
                        !t.anaphor
                            && t.end <= h.start
                            && matches!(t.resolved, Resolved::Place(_) | Resolved::District(_))
                            // Not a reference point ("Khan Abad, 30 kilometres east of
                            // Kunduz city, ... and government forces retreated").
                            && valid(h, t)
                    })
                    .map(|t| t.resolved)
                    .next_back();
                // Else the town whose own change a later clause reports ("had retreated to
                // the airport ... on Sunday, when Kunduz fell"), not any name after it ("the
                // bridge over the Khanabad river").
                let named_after = || {
                    targets
                        .iter()
                        .find(|t| {
                            !t.anaphor
                                && t.start >= h.end
                                && valid(h, t)
                                && matches!(t.resolved, Resolved::Place(_) | Resolved::District(_))
                                && triggers.iter().any(|o| {
                                    o.start > h.end
                                        && (t.end <= o.start && words_between(t.end, o.start) <= 2
                                            || o.end <= t.start
                                                && words_between(o.end, t.start) <= 2)
                                })
                        })
                        .map(|t| t.resolved)
                };
                // A building taken after the other side left a town in this sentence is that
                // town's ("In Ab Kamari, police abandoned the district's headquarters and
                // retreated to Qala-i-Naw; Taliban fighters moved into the empty compound").
                let left_here = (!is_withdraw)
                    .then(|| {
                        sentence_events
                            .iter()
                            .find(|(_, e): &&(Resolved, Event)| e.kind == EventKind::Withdraw)
                            .map(|(r, _)| *r)
                    })
                    .flatten();
                let here = left_here
                    .or(named_before)
                    .or(sentence_events.first().map(|(r, _): &(Resolved, Event)| *r))
                    .or_else(|| is_withdraw.then(named_after).flatten());
                if actor_close {
                    if let Some(r) = here.or(memory
                        .topic
                        .filter(|(_, n)| sentence_no - n <= 2)
                        .map(|(r, _)| r))
                    {
                        // Buildings and no seat of power: part of the town ("took control of
                        // the police headquarters and the prison for several hours").
                        my_targets.push(Target {
                            facility: !is_withdraw && building_takers.last() == Some(&h.start),
                            ..Target::implied(r, h.end)
                        });
                        fallback = true;
                    }
                }
            }
            if my_targets.is_empty() {
                skip!("no target");
            }

            // Actor.
            // A subject is not the object of a preposition ("an understanding with the
            // insurgents and left").
            // Nor the object of another verb ("Taliban fighters attacked ANDSF positions ...
            // and have encircled it": the attackers encircled it).
            // "hundreds of Afghan soldiers": "of" after a quantity keeps the subject.
            let quantity_of = |at: usize| {
                let mut back = words_back(text, at);
                back.next() == Some("of")
                    && back.next().is_some_and(|w| number_or_quantifier(w, lex))
            };
            let subject_like = |x: &&&CueHit| {
                (!preceded_by_any(text, x.start, &lex.grammar.non_subject_prepositions)
                    || quantity_of(x.start))
                    // "the city's Police District 6": part of a place's name.
                    && !cue_after(text, x.end, &lex.grammar.place_heads)
                    && !triggers.iter().any(|o| {
                        o.start != h.start && o.end <= x.start && {
                            let at = skip_determiners(text, x.start, &lex.grammar.determiners);
                            o.end <= at && text[o.end..at].trim().is_empty()
                        }
                    })
            };
            // Not another verb's subject when a side is named after that verb ("Taliban
            // fighters retook Banu ..., and militiamen pulled out of Pul-e Hesar").
            let subject_elsewhere = |x: &CueHit| {
                triggers.iter().any(|o| {
                    o.start != h.start
                        && o.start >= x.end
                        && o.end <= h.start
                        && words_between(x.end, o.start) <= 3
                        && actor_hits.iter().any(|y| {
                            y.start >= o.end
                                && y.end <= h.start
                                && words_between(y.end, h.start) <= 3
                                && preceded_by_any(
                                    text,
                                    skip_determiners(text, y.start, &lex.grammar.determiners),
                                    &lex.grammar.coordinators,
                                )
                        })
                })
            };
            // The word after `at` opens another nominal trigger ("takeover" of "takeover
            // of") than this one.
            let nominal_head = |at: usize| {
                if at <= h.start && text[at..h.start].trim().is_empty() {
                    return false;
                }
                let next = text[at..]
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                lex.nominal_heads
                    .binary_search_by(|w| w.as_str().cmp(next))
                    .is_ok()
            };
            let strong_before = actor_hits
                .iter()
                .filter(|x| {
                    before(x)
                        && matches!(x.cue, Cue::Actor { weak: false, .. })
                        && !subject_elsewhere(x)
                        // ("since the Taliban takeover, local militias took ...": see below.)
                        && !nominal_head(x.end)
                })
                .rfind(subject_like)
                .map(|x| **x);
            let weak_before = actor_hits.iter().filter(|x| before(x)).rfind(subject_like);
            // A vague name ("local militiamen") takes the side the sentence names outright
            // before it, when there is one ("fighters coordinating with the National
            // Resistance Front ... said local militiamen captured ...").
            let sentence_strong = hits
                .iter()
                .rfind(|x| {
                    // Not a speaker's side: "Zabihullah Mujahid said militia fighters had
                    // abandoned ..." is the other side's retreat.
                    matches!(x.cue, Cue::Actor { weak: false, .. })
                        && !is_speaker(text, x, hits)
                        // Nor a side naming a change of its own ("since the Taliban
                        // takeover, local militias took ...").
                        && !nominal_head(x.end)
                        // Nor the subject of a speech verb ("The Taliban said the enemy had
                        // fled").
                        && !hits.iter().any(|sp| {
                            sp.cue == Cue::Speech
                                && sp.start >= x.end
                                && words_between(x.end, sp.start) <= 3
                        })
                        && before(x)
                        && subject_like(&x)
                        // Not the subject of another trigger: that is the other party
                        // ("Taliban fighters recaptured Banu ... after local militiamen had
                        // seized it").
                        && !triggers.iter().any(|o| o.start != h.start && o.start >= x.end && words_between(x.end, o.start) <= 3)
                        // Nor a side another trigger's phrase names ("fell back into Taliban
                        // hands, and the militiamen who had held it withdrew").
                        && !triggers.iter().any(|o| o.start != h.start && o.start <= x.start && x.end <= o.end)
                })
                .copied();
            let any_before = weak_before.map(|w| {
                let vague = matches!(w.cue, Cue::Actor { weak: true, .. });
                // "its defenders" are the place's own, whoever the sentence names.
                let own = lex
                    .grammar
                    .own_side_markers
                    .iter()
                    .any(|m| text[w.start..w.end].contains(m.as_str()));
                // Never the side its own verb drives out ("the Taliban said ... local
                // militias drove the group out of Deh Salah").
                let driven_out = |x: &CueHit| match x.cue {
                    Cue::Actor { actor, .. } => {
                        trig.loser.as_deref() == Some(self.region.actors[actor].id.as_str())
                    }
                    _ => false,
                };
                match sentence_strong {
                    Some(st) if vague && !own && !driven_out(&st) => st,
                    _ => **w,
                }
            });
            let before_actor = if trig.loser_subject {
                None
            } else {
                strong_before.or(any_before)
            };
            let after_actor = actor_hits
                .iter()
                .find(|x| {
                    x.start >= h.end
                        && preceded_by_any(
                            text,
                            skip_determiners(text, x.start, &lex.grammar.determiners),
                            // "was handed over by elders": who gave it away.
                            if trig.recipient_only {
                                &lex.grammar.recipient_prepositions
                            } else {
                                &lex.grammar.agent_prepositions
                            },
                        )
                        // "the loss of X, the anchor of the government's defences": after a
                        // nominal, "of" names what was lost, not who took it.
                        && !(trig.frame == Frame::Nominal
                            && preceded_by_any(text, skip_determiners(text, x.start, &lex.grammar.determiners), &lex.grammar.object_prepositions))
                        // "under the control of the Taliban", but not "had fallen, and the
                        // militias of Atta Mohammad Noor had fled": "of" names an agent only
                        // right after the trigger, or a source's side.
                        && !(word_before(text, skip_determiners(text, x.start, &lex.grammar.determiners)) == "of"
                            && words_between(h.end, x.start) > 2
                            // (A claim's source keeps its side: "according to a commander
                            // of the militias".)
                            && !hits.iter().any(|sp| {
                                sp.cue == Cue::SpeakerNoun
                                    && sp.end <= x.start
                                    && words_between(sp.end, x.start) <= 2
                            }))
                        // "the loss of Kunduz to the Taliban", but not "the loss of the city
                        // is a blow to Dostum": a nominal's agent follows its place closely.
                        && !(trig.frame == Frame::Nominal && {
                            let from = bound[k]
                                .iter()
                                .filter(|t| t.start >= h.end && t.end <= x.start)
                                .map(|t| t.end)
                                .max()
                                .unwrap_or(h.end);
                            text[from..x.start].split_whitespace().count() > 3
                        })
                })
                .map(|x| **x);
            // "the departure of government forces": the actor right after a nominal.
            let of_actor = actor_hits
                .iter()
                .find(|x| {
                    trig.frame == Frame::Nominal
                        && !trig.loser_subject
                        // "an attack on the police headquarters": who is attacked.
                        && !trig.phrase.ends_with(" on")
                        && !trig.phrase.ends_with(" on the")
                        && x.start >= h.end
                        && words_between(h.end, x.start) <= 1
                })
                .map(|x| **x);
            // A nominal used as a verb ("commandos ... were fighting in the city") has a subject.
            // An active trigger that is a participle after a form of "be" is passive
            // ("where government troops have been besieged for two weeks").
            let trigger_word = &text[h.start..h.end];
            let frame = if trig.frame == Frame::Nominal
                && preceded_by_any(text, h.start, &lex.grammar.be_verbs)
            {
                Frame::Active
            } else if trig.frame == Frame::Active
                && !trigger_word.contains(' ')
                && lex.verb_forms.iter().any(|r| r[3] == trigger_word)
                && preceded_by_any(text, h.start, &lex.grammar.passive_auxiliaries)
            {
                Frame::Passive
            } else {
                trig.frame
            };
            // "the families who left Aibak": a verb right after "who" has the noun before it
            // for subject, whatever side was named earlier in the sentence.
            let who_at = {
                let mut at = h.start;
                let mut prev = word_before(text, at);
                while lex.grammar.auxiliaries.iter().any(|a| a == prev) {
                    at = offset_in(text, prev);
                    prev = word_before(text, at);
                }
                (prev == "who").then(|| offset_in(text, prev))
            };
            let chosen = match frame {
                // "by X" after an active verb belongs to another verb ("left the city and was
                // later detained by government forces"), unless the subject is the loser.
                Frame::Active if trig.loser_subject => after_actor,
                // (Across the comma of ", who": "Government troops, who left Sheberghan".)
                Frame::Active if who_at.is_some() => hits
                    .iter()
                    .filter(|x| is_actor(x) && !is_speaker(text, x, hits))
                    .rfind(|x| {
                        who_at.is_some_and(|w| {
                            x.end <= w && matches!(text[x.end..w].trim(), "" | ",")
                        })
                    })
                    .copied(),
                Frame::Active => before_actor,
                // Before a passive capture or contest stands the side that suffers it ("army
                // units were said to be under attack"); a withdrawal's is the one leaving.
                Frame::Passive if kind != EventKind::Withdraw && !trig.loser_subject => after_actor,
                Frame::Passive => after_actor.or(before_actor),
                Frame::Nominal => before_actor
                    .filter(|x| words_between(x.end, h.start) <= 2)
                    .or(of_actor)
                    .or(after_actor),
            };
            let explicit_actor = chosen.is_some();
            let strong_actor =
                chosen.is_some_and(|x| matches!(x.cue, Cue::Actor { weak: false, .. }));
            let actor_index = |x: &CueHit| match x.cue {
                Cue::Actor { actor, .. } => Some(actor),
                _ => None,
            };
            let mut chosen_actor = chosen.as_ref().and_then(actor_index);
            // "Having retaken Khanabad on Friday, government forces pushed north": the
            // participle's subject is the main clause's, after the comma.
            if perfect_participle && chosen.is_none() {
                chosen_actor = hits
                    .iter()
                    .filter(|x| x.start >= h.end && text[h.end..x.start].contains(','))
                    .find(|x| matches!(x.cue, Cue::Actor { weak: false, .. }))
                    .and_then(actor_index);
            }
            // "ANDSF ... repelled an enemy attack on the police headquarters": the subject
            // defended; the attack was the other side's.
            if kind == EventKind::Contest && frame != Frame::Passive {
                let repel_at = hits
                    .iter()
                    .rfind(|x| {
                        x.cue == Cue::Repel
                            && x.end <= h.start
                            && words_between(x.end, h.start) <= 3
                    })
                    .map(|x| x.start);
                // Only the subject before the verb defended ("a government attack" after
                // it is the attacker).
                let subject_defended = repel_at.is_some_and(|r| chosen.is_some_and(|x| x.end <= r));
                if let (true, Some(defender)) = (subject_defended, chosen_actor) {
                    let id = |k: EventKind| {
                        lex.default_actor
                            .get(&k)
                            .and_then(|id| self.region.actors.iter().position(|a| &a.id == id))
                    };
                    let attacker = id(EventKind::Contest).filter(|&a| a != defender);
                    chosen_actor = attacker.or(id(EventKind::Withdraw));
                }
            }
            let distance: Vec<usize> = times
                .iter()
                .map(|t| {
                    if t.start >= h.end {
                        t.start - h.end
                    } else {
                        (h.start - t.end.min(h.start)) + 3
                    }
                })
                .collect();
            // Overlapping triggers ("was retaken", "retaken by") are one verb: a time owned
            // by either is owned by both.
            let owner: Vec<usize> = time_owner
                .iter()
                .map(|&o| {
                    let x = triggers[o];
                    if x.start < h.end && h.start < x.end {
                        k
                    } else {
                        o
                    }
                })
                .collect();
            // A time inside an apposition's relative clause dates what the clause says
            // ("Khanabad, a district centre that the Taliban overran on Sunday"), not the
            // main verb.
            let not_mine: Vec<bool> = times
                .iter()
                .zip(&statement_times)
                .map(|(t, &statement)| {
                    statement
                        || triggers.iter().zip(&heads).any(|(o, head)| {
                            head.is_some_and(|head| {
                                head.end < t.start
                                    && t.end <= head.tail
                                    && o.start < t.start
                                    && !(head.end < h.start && h.end <= head.tail)
                            })
                        })
                })
                .collect();
            let (date, precision, day_borrowed, looks_back) = self.event_date(
                article,
                &times,
                &not_mine,
                &owner,
                &distance,
                k,
                h.start,
                &clause_of,
                clause,
                memory.last_day,
                memory.entry_day.or(memory.section_day),
                text,
            );
            if self.debug {
                eprintln!(
                    "  date {:?} for {:?}: times {:?} owners {:?} not_mine {:?}",
                    date,
                    &text[h.start..h.end],
                    times
                        .iter()
                        .map(|t| &text[t.start..t.end])
                        .collect::<Vec<_>>(),
                    owner,
                    not_mine
                );
            }
            // A contest is coded to its attacker: when the defender is the subject ("Afghan
            // commandos fought the Taliban in Lashkar Gah"), the other side named after the
            // trigger attacked. A weak name of the defender past its last day names its
            // successor ("militiamen attacked the Taliban in Banu" on 20 August), who attacks.
            // A subject attempting a capture ("launched an operation to retake X") attacks.
            let succeeded = |a: usize| {
                let actor = &self.region.actors[a];
                chosen.is_some_and(|x| matches!(x.cue, Cue::Actor { weak: true, .. }))
                    && actor.succeeded_by.is_some()
                    && actor
                        .until
                        .is_some_and(|until| date.or(article.published).is_some_and(|d| d > until))
            };
            // "Afghan forces fought on Sunday to hold Herat": a fight for holding a place is
            // its defenders'; the other side attacked (`grammar.defence_purposes`).
            if kind == EventKind::Contest && frame == Frame::Active {
                // Within the next few words (and before any comma).
                let window = {
                    let rest = &text[h.end..];
                    let end = rest
                        .match_indices(' ')
                        .nth(6)
                        .map_or(rest.len(), |(i, _)| i);
                    let end = rest[..end].find(',').unwrap_or(end);
                    &rest[..end]
                };
                let defending = lex.grammar.defence_purposes.iter().any(|p| {
                    window.match_indices(p.as_str()).any(|(i, _)| {
                        window[..i].split_whitespace().count() <= 3
                            && text.as_bytes().get(h.end + i + p.len()) == Some(&b' ')
                    })
                });
                if defending {
                    let attacker = chosen_actor
                        .and_then(|a| self.region.actors[a].opponent.as_deref())
                        .or(lex
                            .default_actor
                            .get(&EventKind::Contest)
                            .map(String::as_str))
                        .and_then(|id| self.region.actors.iter().position(|a| a.id == id));
                    if chosen_actor.is_some() && attacker != chosen_actor {
                        chosen_actor = attacker;
                    }
                }
            }
            if kind == EventKind::Contest && !attempt {
                let defender = lex.default_actor.get(&EventKind::Withdraw);
                if let Some(a) = chosen_actor
                    .filter(|&a| Some(&self.region.actors[a].id) == defender && !succeeded(a))
                {
                    // Unless the other side is named holding what was attacked ("attacked
                    // Taliban positions near Spin Boldak").
                    let holds = |x: &CueHit| {
                        hits.iter().any(|f| {
                            f.cue == Cue::Facility
                                && f.start >= x.end
                                && text[x.end..f.start].trim().is_empty()
                        })
                    };
                    if let Some(other) = actor_hits
                        .iter()
                        .filter(|x| x.start >= h.end)
                        .find(|x| actor_index(x).is_some_and(|o| o != a))
                        .filter(|x| !holds(x))
                        .and_then(|x| actor_index(x))
                    {
                        chosen_actor = Some(other);
                    }
                }
            }
            let vague = chosen.is_some_and(|x| matches!(x.cue, Cue::Actor { weak: true, .. }))
                && chosen_actor == chosen.as_ref().and_then(actor_index);
            // A phrase that names its actor ("in Taliban hands") settles it.
            if let Some(fixed) = trig
                .actor
                .as_ref()
                .and_then(|id| self.region.actors.iter().position(|a| &a.id == id))
            {
                chosen_actor = Some(fixed);
            }
            // "soldiers and police had been cut off for nine days before they left the
            // district centre": a verb with no side of its own whose subject is a pronoun
            // (`grammar.subject_pronouns`, perhaps with adverbs or an auxiliary between) acts
            // for the side named last before the pronoun in the sentence.
            if chosen_actor.is_none() && frame == Frame::Active {
                let pronoun_at = {
                    let mut back = words_back(text, h.start).take(4);
                    back.find(|w| lex.grammar.subject_pronouns.iter().any(|p| p == w))
                        .map(|w| offset_in(text, w))
                        .filter(|&p| {
                            text[p..h.start].split_whitespace().skip(1).all(|w| {
                                let w = w.trim_matches(',');
                                lex.grammar.trigger_adverbs.iter().any(|a| a == w)
                                    || lex.grammar.auxiliaries.iter().any(|a| a == w)
                                    || lex
                                        .grammar
                                        .contracted_auxiliaries
                                        .iter()
                                        .any(|(c, _)| c == w)
                                    || w.is_empty()
                            })
                        })
                };
                if let Some(p) = pronoun_at {
                    // Not a side inside a relative clause ("where local militias rose up
                    // last week, and that they had surrounded ...").
                    let relative = |y: &CueHit| {
                        words_back(text, y.start)
                            .take(2)
                            .any(|w| lex.grammar.relative_pronouns.iter().any(|r| r == w))
                    };
                    chosen_actor = hits
                        .iter()
                        .filter(|y| {
                            y.end <= p && !in_other_apposition(&described, y, p) && !relative(y)
                        })
                        .rev()
                        .find_map(|y| match y.cue {
                            Cue::Actor { actor, weak } => Some((actor, weak)),
                            _ => None,
                        })
                        .map(|(actor, weak)| {
                            if weak {
                                self.successor_on(actor, date.or(article.published))
                            } else {
                                actor
                            }
                        });
                }
            }
            // A weak name ("soldiers") means the actor's successor after the actor's last day,
            // judged by the event's date once it is known.
            let mut succession: Option<(chrono::NaiveDate, String)> = None;
            let actor = match chosen_actor {
                Some(actor) => {
                    let a = &self.region.actors[actor];
                    if let (Some(until), Some(next), true) = (a.until, &a.succeeded_by, vague) {
                        succession = Some((until, next.clone()));
                    }
                    a.id.clone()
                }
                _ => {
                    // Forces leaving must be named, except in a nominal ("the pull-out from
                    // Lashkar Gah"), which reads as the defender's.
                    if trig.needs_actor || (is_withdraw && trig.frame != Frame::Nominal) {
                        skip!("no actor");
                    }
                    // "Villagers drove the Taliban out of Banu": whoever the loser fights,
                    // in that side's name for the day ("resistance" after the government).
                    // "Qaisar was retaken from the Taliban": the side it was taken from lost.
                    let taken_from = (kind == EventKind::Capture)
                        .then(|| {
                            actor_hits.iter().find(|x| {
                                x.start >= h.end
                                    && words_between(h.end, x.start) <= 6
                                    && preceded_by_any(
                                        text,
                                        skip_determiners(text, x.start, &lex.grammar.determiners),
                                        &lex.origin_preps,
                                    )
                            })
                        })
                        .flatten()
                        .and_then(|x| actor_index(x))
                        .map(|a| self.region.actors[a].id.clone());
                    // "They had attacked Taliban fighters in Pul-i-Hisar": an attack with no
                    // named subject on a named side is its opponent's.
                    let attacked = || {
                        (kind == EventKind::Contest && trig.frame == Frame::Active)
                            .then(|| {
                                actor_hits.iter().find(|x| {
                                    x.start >= h.end && words_between(h.end, x.start) == 0
                                })
                            })
                            .flatten()
                            .and_then(|x| actor_index(x))
                            .map(|a| self.region.actors[a].id.clone())
                    };
                    let opponent = trig
                        .loser
                        .clone()
                        .or(taken_from)
                        .or_else(attacked)
                        .as_ref()
                        .and_then(|id| self.region.actors.iter().find(|a| &a.id == id))
                        .and_then(|a| a.opponent.as_ref())
                        .and_then(|id| self.region.actors.iter().find(|a| &a.id == id));
                    if let Some(a) = opponent {
                        if let (Some(until), Some(next)) = (a.until, &a.succeeded_by) {
                            succession = Some((until, next.clone()));
                        }
                        a.id.clone()
                    } else {
                        match lex.default_actor.get(&kind) {
                            Some(a) => a.clone(),
                            None => continue,
                        }
                    }
                }
            };

            let actor = match succession {
                Some((until, next)) if date.or(article.published).is_some_and(|d| d > until) => {
                    next
                }
                _ => actor,
            };
            let claim = self.is_claim(text, hits, &actor, kind, next_unverified);

            let anchor = self.sentence_anchor(
                article,
                &times,
                memory.entry_day.or(memory.section_day),
                memory.last_day,
            );
            // "Darqad and Chah Ab were handed over on June 21 and June 23, respectively":
            // the k-th day after the verb is the k-th place's.
            let respective: Vec<&TimeExpr> = if my_targets.len() >= 2
                && text[h.end..]
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "respectively")
            {
                let days: Vec<&TimeExpr> = times
                    .iter()
                    .filter(|x| {
                        x.start >= h.end
                            && matches!(
                                x.kind,
                                TimeKind::Calendar { .. }
                                    | TimeKind::Weekday { .. }
                                    | TimeKind::DayOfMonth(_)
                            )
                    })
                    .collect();
                if days.len() == my_targets.len() {
                    days
                } else {
                    Vec::new()
                }
            } else {
                Vec::new()
            };
            for t in &my_targets {
                // In text order, the k-th place.
                let n = my_targets.iter().filter(|o| o.start < t.start).count();
                // A time right after a target is its own ("and Kandahar the following day",
                // "Sheberghan fell on Saturday and Aibak on Monday", "abandoned it eight days
                // later"), counted from the sentence's anchor.
                let (date, precision, day_borrowed) = respective
                    .get(n)
                    .copied()
                    .or_else(|| {
                        times.iter().find(|x| {
                            // The place's own noun may stand between ("Tashkan district on
                            // Sunday").
                            let noun = |w: &str| {
                                let c = &lex.cues;
                                c.district_after
                                    .iter()
                                    .chain(&c.province_after)
                                    .chain(&c.city_after)
                                    .any(|n| n == w)
                            };
                            x.start >= t.end
                                && x.start > h.end
                                && match text[t.end..x.start].split_whitespace().collect::<Vec<_>>()
                                    [..]
                                {
                                    [] | ["on"] => true,
                                    [n] | [n, "on"] => noun(n),
                                    _ => false,
                                }
                                && !matches!(x.kind, TimeKind::SpanBeforePublication(_))
                        })
                    })
                    .and_then(|x| {
                        let anchor = self.anchor_for(
                            article,
                            text,
                            &times,
                            x,
                            anchor,
                            memory.entry_day.or(memory.section_day).or(memory.last_day),
                        );
                        resolve(x.kind, article.published, anchor, self.region.default_year)
                    })
                    .map_or((date, precision, day_borrowed), |d| {
                        (Some(d), DatePrecision::Day, false)
                    });
                // "Sheberghan fell on Saturday, a day after Zaranj": Zaranj's day is Friday.
                let (date, precision) = match elliptic_shift(text, t, lex) {
                    Some(shift) if t.start > h.end => (
                        date.filter(|_| precision == DatePrecision::Day)
                            .and_then(|d| d.checked_add_signed(chrono::Duration::days(shift))),
                        precision,
                    ),
                    _ => (date, precision),
                };
                let mut kind = kind;
                // Taking the customs compound of a crossing, or an airfield's buildings, is
                // taking the crossing or the airfield.
                let whole = matches!(t.resolved, Resolved::Place(p) if self.region.places[p].kind != crate::region::PlaceKind::City);
                // Once the defenders have left the town in this sentence ("Police deserted
                // Almar, and the Taliban occupied the empty compound"), taking what they left is
                // taking the town.
                let abandoned = sentence_events.iter().any(|(r, e): &(Resolved, Event)| {
                    *r == t.resolved && e.kind == EventKind::Withdraw && e.actor != actor
                }) || memory.left_at + 1 == sentence_no
                    && t.anaphor
                    && memory.left.iter().any(|(r, a, d)| {
                        *r == t.resolved && *a != actor && (*d).zip(date).is_none_or(|(l, x)| x >= l)
                    })
                    // So is taking what the text calls left ("drove into the deserted customs
                    // terminal").
                    || hits.iter().any(|x| {
                        x.cue == Cue::Facility
                            && x.start >= h.end
                            && words_between(h.end, x.start) <= 4
                            && lex
                                .grammar
                                .emptied_adjectives
                                .iter()
                                .any(|a| a == word_before(text, x.start))
                    });
                // "Taliban seize Lashkar Gah TV building": the name only says whose building.
                let names_facility = !t.anaphor
                    && hits.iter().any(|x| {
                        x.cue == Cue::Facility
                            && x.start == t.end + 1
                            && !lex.power_seats.iter().any(|p| *p == text[x.start..x.end])
                    });
                if (facility_object || t.facility || names_facility)
                    && kind == EventKind::Capture
                    && !whole
                    && !abandoned
                {
                    kind = EventKind::Contest;
                }
                if t.facility && kind == EventKind::Withdraw {
                    continue;
                }
                // "Taliban fighters who attacked police positions in the city ... retreated
                // towards Panjwai", "who broke into Qala-e-Naw on 7 July were driven out of
                // the city the next day": attackers falling back leave no place they held,
                // unless they held part of it ("stormed the district centre and seized its
                // police headquarters").
                let held_part = || building_takers.iter().any(|&b| b < h.start);
                if kind == EventKind::Withdraw
                    && sentence_events.iter().any(|(r, e)| {
                        *r == t.resolved && e.kind == EventKind::Contest && e.actor == actor
                    })
                    && (fallback || !held_part())
                {
                    continue;
                }
                let Some(place) = self.event_place(t.resolved) else {
                    continue;
                };
                let confidence = confidence(&Signals {
                    actor: if !explicit_actor {
                        ActorSignal::Default
                    } else if strong_actor {
                        ActorSignal::Named
                    } else {
                        ActorSignal::Vague
                    },
                    named_place: !t.anaphor,
                    fallback,
                    day: precision == DatePrecision::Day,
                    kind,
                    nominal: trig.frame == Frame::Nominal,
                    claim,
                    words_apart: if t.start >= h.end {
                        words_between(h.end, t.start)
                    } else {
                        words_between(t.end, h.start)
                    },
                });
                let trigger_span = parsed.folded.original_range(fs + h.start..fs + h.end);
                let event = Event {
                    article: article.id.clone(),
                    published: article.published,
                    precision: crate::precision::Precision::of(place.level, precision),
                    place,
                    kind,
                    actor: actor.clone(),
                    date,
                    date_precision: precision,
                    claim,
                    evidence: original.to_string(),
                    evidence_span: char_span,
                    trigger: article.text[trigger_span].to_string(),
                    confidence: confidence.clamp(0.0, 1.0),
                    title: article.title.clone(),
                    url: article.url.clone(),
                    day_borrowed: day_borrowed && precision == DatePrecision::Day,
                    driven_out: trig.loser.clone().filter(|l| *l != actor),
                    partial_entry: false,
                    entry: trig.entry && kind == EventKind::Capture,
                };
                // The side driven out of a place it held withdraws from it too, when the
                // pack's convention codes that as a line of its own.
                let withdrawal = trig
                    .loser
                    .as_ref()
                    .filter(|l| lex.loser_withdraws && **l != actor && kind == EventKind::Capture)
                    .map(|loser| Event {
                        kind: EventKind::Withdraw,
                        actor: loser.clone(),
                        ..event.clone()
                    });
                if kind == EventKind::Contest && !explicit_actor {
                    unnamed_contests.push(sentence_events.len());
                }
                if heads[k].is_some() {
                    described_events.push(sentence_events.len());
                }
                if trig.entry && kind == EventKind::Capture {
                    entries.push((sentence_events.len(), h.start));
                }
                if kind == EventKind::Capture && (trig.entry || took_buildings) {
                    fight_checks.push((sentence_events.len(), h.start));
                }
                if building_takers.last() == Some(&h.start) {
                    buildings_taken.push((t.resolved, actor.clone()));
                }
                if event.date_precision == DatePrecision::Day && !looks_back {
                    story_day = event.date;
                }
                sentence_events.push((t.resolved, event));
                sentence_events.extend(withdrawal.map(|w| (t.resolved, w)));
            }
        }
        // "the militants entered the city and took the police headquarters and the prison":
        // getting in and holding buildings is holding part of the town (a contest).
        // Unless the article has the other side leaving that day (see `partial_entries`).
        for &(i, at) in &entries {
            if building_takers.iter().any(|&b| b > at) {
                sentence_events[i].1.partial_entry = true;
            }
        }
        // "entered Kunduz city ... and were fighting government forces around the main
        // square", "seized the governor's compound ..., while street battles continued":
        // fighting the sentence goes on to report, at no other place (nor "in nearby
        // villages": `grammar.outlying_words`), not put before the change ("after two weeks
        // of fighting": `grammar.settled_fight_words`) and not an infinitive ("refused to
        // fight"), says the town is not yet taken (unless, again, the other side left it
        // that day).
        if !fight_checks.is_empty() {
            let fights: Vec<(usize, &[Target])> = triggers
                .iter()
                .zip(&bound)
                .filter(|(h, _)| {
                    matches!(h.cue, Cue::Trigger(i) if lex.triggers[i].kind == EventKind::Contest)
                        && !words_back(text, h.start)
                            .take(3)
                            .any(|w| lex.grammar.settled_fight_words.iter().any(|s| s == w))
                        // Not "refused to fight".
                        && !preceded_by_any(text, h.start, &lex.grammar.infinitive_markers)
                        && !text[h.end..]
                            .split_whitespace()
                            .take(5)
                            .any(|w| lex.grammar.outlying_words.iter().any(|s| s == w))
                })
                .map(|(h, b)| (h.start, b.as_slice()))
                // "entered Qala-e-Naw ... before commandos pushed them back": so is a repulse.
                .chain(
                    hits.iter()
                        .filter(|x| x.cue == Cue::Repel)
                        .map(|x| (x.start, &[][..])),
                )
                .collect();
            for &(i, at) in &fight_checks {
                let r = sentence_events[i].0;
                if fights
                    .iter()
                    .any(|&(f, places)| f > at && places.iter().all(|t| t.resolved == r))
                {
                    sentence_events[i].1.partial_entry = true;
                }
            }
        }
        // An entry the sentence before reported, whose side this sentence has taking
        // buildings of the same town (or of no town it names).
        if memory.entries_at + 1 == sentence_no && !building_takers.is_empty() {
            for (i, r, actor) in memory.entries.drain(..) {
                if buildings_taken.iter().all(|(b, a)| *b == r && *a == actor) {
                    if let Some(e) = out.get_mut(i) {
                        e.partial_entry = true;
                    }
                }
            }
        }
        memory.entries.clear();
        let whole_entries: Vec<(Resolved, String)> = entries
            .iter()
            .map(|&(i, _)| &sentence_events[i])
            .filter(|(_, e)| !e.partial_entry)
            .map(|(r, e)| (*r, e.actor.clone()))
            .collect();
        // Fighting nobody is named waging, in a sentence that reports someone taking the place
        // that day (a claim is not a report), is how it was taken ("ANDSF units retook Qaysar
        // on Friday after intense fighting"), not a second event.
        // What an apposition says its place's taker did, when the main verb reports that
        // side's own change there, is the same change told twice ("they stormed Qalai Naw,
        // the first provincial capital they entered this summer, and held parts of it").
        let mut drop: Vec<usize> = described_events
            .iter()
            .copied()
            .filter(|&i| {
                let e = &sentence_events[i].1;
                sentence_events.iter().enumerate().any(|(j, (_, m))| {
                    !described_events.contains(&j)
                        && m.actor == e.actor
                        && m.place.id == e.place.id
                        && m.date == e.date
                })
            })
            .collect();
        if !unnamed_contests.is_empty() {
            let told_twice = drop.clone();
            let taken = |e: &Event| {
                sentence_events.iter().enumerate().any(|(j, (_, c))| {
                    !told_twice.contains(&j)
                        && c.kind == EventKind::Capture
                        && !c.claim
                        && c.place.id == e.place.id
                        && c.date == e.date
                })
            };
            drop.extend(
                unnamed_contests
                    .into_iter()
                    .filter(|&i| taken(&sentence_events[i].1)),
            );
        }
        if !drop.is_empty() {
            let mut i = 0;
            sentence_events.retain(|_| {
                i += 1;
                !drop.contains(&(i - 1))
            });
        }
        if let Some((r, _)) = sentence_events.first() {
            memory.topic = Some((*r, sentence_no));
            memory.left = sentence_events
                .iter()
                .filter(|(_, e)| e.kind == EventKind::Withdraw)
                .map(|(r, e)| (*r, e.actor.clone(), e.date))
                .collect();
            memory.left_at = sentence_no;
        }
        // The story's day moves with what the sentence reports, not with a look back ("The
        // night before, Mazar-i-Sharif had been abandoned" in an account of the next day).
        if story_day.is_some() {
            memory.last_day = story_day;
            memory.day_candidates.clear();
        }
        for (r, actor) in whole_entries {
            if let Some(j) = sentence_events
                .iter()
                .position(|(x, e)| *x == r && e.actor == actor && e.kind == EventKind::Capture)
            {
                memory.entries.push((out.len() + j, r, actor));
                memory.entries_at = sentence_no;
            }
        }
        out.extend(sentence_events.into_iter().map(|(_, e)| e));
        out.extend(denials);
    }

    /// The places a sentence's triggers can bind to: its mentions (minus places abroad,
    /// descriptors, modifiers and speech locations) and its anaphors, resolved.
    #[allow(clippy::too_many_arguments)]
    fn targets(
        &self,
        article_text: &str,
        text: &str,
        hits: &[CueHit],
        mentions: &[&Mention],
        appositions: &[(usize, usize)],
        fs: usize,
        sentence_no: usize,
        memory: &mut Memory,
    ) -> Vec<Target> {
        let lex = &self.region.lexicon;
        let mut targets: Vec<Target> = Vec::new();
        let mut mention_iter = mentions.iter().peekable();
        let mut anaphors = hits
            .iter()
            .filter(|h| matches!(h.cue, Cue::Anaphor(_)))
            .peekable();
        // The last comma of a sentence that ends in a speech verb (", residents ... said."):
        // what follows it is the attribution.
        let closing_attribution = text
            .trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric())
            .rsplit(' ')
            .next()
            .filter(|w| lex.speech_verbs.iter().any(|v| v == w))
            .and_then(|_| text.rfind(','));
        let facility_after = |e: usize| {
            hits.iter()
                .any(|h| h.cue == Cue::Facility && h.start > e && h.start <= e + 14)
        };
        let mut last_city_here: Option<Resolved> = None;
        // "a lawmaker from the province", "officials in the city": where a source comes from.
        let source_origin = |start: usize| {
            let mut before = words_back(text, start);
            before
                .next()
                .is_some_and(|w| ["from", "in", "of"].contains(&w))
                && before.next().is_some()
                && hits.iter().any(|h| {
                    matches!(
                        h.cue,
                        Cue::ModifierNoun | Cue::SpeakerNoun | Cue::Speaker(_)
                    ) && h.end <= start
                        && text[h.end..start].split_whitespace().count() <= 2
                })
        };
        let in_apposition = |s: usize| appositions.iter().any(|&(a, b)| a <= s && s < b);
        // "KABUL, Aug. 10 (wire) - The Taliban have captured ...": where the reporter files
        // from, a capitalised name opening the sentence, a comma, and a dash or a bracket
        // within six words.
        let dateline = |m: &Mention| {
            m.folded_span.start == fs
                && {
                    let name = &article_text[m.span.clone()];
                    name.chars().filter(|c| c.is_alphabetic()).count() >= 3
                        && !name.chars().any(|c| c.is_lowercase())
                }
                && article_text[m.span.end..]
                    .strip_prefix(", ")
                    .is_some_and(|rest| {
                        rest.split_whitespace()
                            .take(6)
                            .any(|w| w.starts_with(['(', '\u{2014}', '\u{2013}', '-']))
                    })
        };
        loop {
            let next_m = mention_iter.peek().map(|m| m.folded_span.start - fs);
            let next_a = anaphors.peek().map(|h| h.start);
            match (next_m, next_a) {
                (None, None) => break,
                (Some(ms), a) if a.is_none_or(|a| ms <= a) => {
                    let m = mention_iter.next().expect("peeked");
                    let (s, e) = (m.folded_span.start - fs, m.folded_span.end - fs);
                    if m.is_abroad() {
                        continue;
                    }
                    // "Jowzjan's capital", "took the capital of Helmand province": the
                    // province's capital town is meant (unless the phrase describes a town
                    // just named: "Zaranj, the capital of Nimroz").
                    if let Resolved::Province(p) = m.resolved {
                        if let Some(capital) = self.region.provinces[p].capital_place {
                            let words = &lex.grammar.capital_words;
                            let after = text[e..].strip_prefix(" s ").and_then(|r| {
                                words
                                    .iter()
                                    .find(|w| r.starts_with(w.as_str()))
                                    .map(|w| e + 3 + w.len())
                            });
                            // One modifier may stand between ("the capital of remote
                            // Nimroz").
                            let lead = text[..s].trim_end();
                            let lead = match lead.rsplit_once(' ') {
                                Some((b, w))
                                    if !lead.ends_with(" of")
                                        && b.ends_with(" of")
                                        && w.bytes().all(|c| c.is_ascii_lowercase())
                                        && !lex.grammar.determiners.iter().any(|d| d == w) =>
                                {
                                    b
                                }
                                _ => lead,
                            };
                            let before =
                                lead.strip_suffix(" of").map(str::trim_end).and_then(|b| {
                                    words
                                        .iter()
                                        .find_map(|w| b.strip_suffix(w.as_str()))
                                        .map(|b| b.trim_end())
                                });
                            let described = before.is_some_and(|b| {
                                b.ends_with(',') || b.ends_with(", the") || b.ends_with(", its")
                            });
                            if after.is_some() || (before.is_some() && !described) {
                                let resolved = Resolved::Place(capital);
                                remember(memory, resolved, self.region);
                                let end = after.unwrap_or(e);
                                targets.push(Target {
                                    resolved,
                                    start: s,
                                    end,
                                    tail: end,
                                    anaphor: false,
                                    facility: false,
                                });
                                continue;
                            }
                        }
                    }
                    let is_descriptor = self.is_descriptor(text, s, m, mentions);
                    if is_descriptor {
                        remember(memory, m.resolved, self.region);
                        continue;
                    }
                    // "the Kabul-Kandahar highway": two ends of a route, neither of them
                    // where it was cut.
                    if m.route_end {
                        continue;
                    }
                    // "two more Panjshir districts", "several Helmand towns": the place
                    // locates what is counted; so does a province before a plural ("Taliban
                    // overrun Badakhshan districts"), where a district's name names its
                    // district ("Deh Salah and Pul-e Hesar districts"), and "provinces"
                    // names the province itself ("Zabul and Herat provinces").
                    if counted_places(text, s, e, lex)
                        || matches!(m.resolved, Resolved::Province(_))
                            && cue_after(text, e, &lex.grammar.counted_nouns)
                            && !cue_after(text, e, &lex.cues.province_after)
                        // "retaken Andarab districts": an area of several districts (not
                        // the last of a list: "Kishim and Tashkan districts").
                        || matches!(m.resolved, Resolved::District(_))
                            && cue_after(text, e, &lex.cues.districts_after)
                            && !preceded_by_any(text, s, &lex.grammar.coordinators)
                            && !text[..s].trim_end().ends_with(',')
                        // "the army's 215th Maiwand Corps": a unit's name, no place.
                        || cue_after(text, e, &lex.grammar.unit_nouns)
                        // "Taliban overrun Kunduz border districts", "seize Herat border
                        // crossings": a modifier, then what is counted.
                        || text[e..].trim_start().split_once(' ').is_some_and(|(w, _)| {
                            lex.modifier_fillers.iter().any(|f| f == w)
                                && cue_after(
                                    text,
                                    e + 1 + w.len(),
                                    &lex.grammar.counted_nouns,
                                )
                        })
                        // "Taliban seize Paktika border district": a province that names no
                        // district of its own only locates the one it speaks of.
                        || matches!(m.resolved, Resolved::Province(_)) && {
                            let next = text[e..].trim_start();
                            let after_word = next
                                .split_once(' ')
                                .map_or(next.len(), |(w, _)| w.len());
                            cue_after(text, e, &lex.cues.district_after)
                                || next.starts_with(|c: char| c.is_ascii_lowercase())
                                    && cue_after(next, after_word, &lex.cues.district_after)
                        }
                    {
                        continue;
                    }
                    // "the Kabul regime", "Kabul government": part of a side's name.
                    if hits
                        .iter()
                        .any(|h| matches!(h.cue, Cue::Actor { .. }) && h.start <= s && e <= h.end)
                    {
                        continue;
                    }
                    // "a Nangarhar official", "Herat's governor": a modifier. So is a place
                    // before a service and its speaker ("the Balkh police spokesman").
                    let modifier = hits.iter().any(|h| {
                        matches!(h.cue, Cue::ModifierNoun | Cue::SpeakerNoun) && h.start >= e && {
                            let filler = |w: &str| lex.modifier_fillers.iter().any(|f| f == w);
                            let mut words = text[e..h.start].split_whitespace();
                            match words.next() {
                                None => true,
                                Some("s") => words.next().is_none(),
                                Some(w) if filler(w) => {
                                    words.next().is_none_or(filler) && words.next().is_none()
                                }
                                Some(_) => false,
                            }
                        }
                    });
                    // "the deputy governor of Jowzjan": a source's office. What it names
                    // is still in view for "the province" and "the city".
                    // Only in an apposition to a person ("Qader Malia, the deputy governor
                    // of Jowzjan, said"): "the police chief of Shah Wali Kot surrendered"
                    // gave up the place.
                    let office = {
                        let mut back = words_back(text, s);
                        back.next() == Some("of")
                            && back
                                .next()
                                .is_some_and(|w| lex.office_nouns.iter().any(|o| o == w))
                            && text[e..].trim_start().starts_with(',')
                            && text[..s]
                                .rfind(',')
                                .is_some_and(|c| text[c + 1..s].split_whitespace().count() <= 5)
                    };
                    if office {
                        remember(memory, m.resolved, self.region);
                        if matches!(m.resolved, Resolved::Place(p) if !is_facility_place(self.region, p))
                        {
                            last_city_here = Some(m.resolved);
                        }
                    }
                    if modifier || office {
                        continue;
                    }
                    // "told reporters in Kabul": where a statement was made.
                    let speech_location =
                        (preceded_by_any(text, s, &lex.grammar.locative_prepositions)
                            || preceded_by_any(text, s, &lex.origin_preps))
                            && words_back(text, s)
                                .nth(1)
                                .is_some_and(|w| lex.speech_location_words.iter().any(|x| x == w));
                    // ", residents who fled to Kabul said.": where the sources are, in an
                    // attribution that closes the sentence.
                    let attribution = closing_attribution.is_some_and(|c| {
                        c < s
                            && text[c + 1..s]
                                .split_whitespace()
                                .take(3)
                                .any(|w| lex.speech_location_words.iter().any(|x| x == w))
                    });
                    if speech_location || attribution {
                        continue;
                    }
                    if in_apposition(s) || dateline(m) {
                        // Named only to describe another place, but named: "the provincial
                        // capital" may mean it later.
                        remember(memory, m.resolved, self.region);
                        continue;
                    }
                    remember(memory, m.resolved, self.region);
                    // District centres are towns too ("Ishkashim, a district centre ... the town").
                    // A direction ("the road west towards Yakawlang") does not displace the town
                    // the sentence is about.
                    // Nor does a reference point ("in Ghazni, south-west of Kabul, where the
                    // insurgents attacked the city").
                    let direction = last_city_here.is_some()
                        && (prep_before(text, s, hits, lex) == Some(Cue::Destination)
                            || hits.iter().any(|x| {
                                x.cue == Cue::ReferencePoint
                                    && x.end <= s
                                    && text[x.end..s].split_whitespace().count() <= 1
                            }));
                    // Nor does where forces came from ("commandos flown in from Herat had
                    // cleared the city"), unless a verb leaves it ("withdrew from Kunduz"); a
                    // source's home does ("a shopkeeper from Taloqan said ... the city").
                    let from_at = skip_determiners(text, s, &lex.grammar.determiners);
                    let came_from = preceded_by_any(text, from_at, &lex.origin_preps)
                        && hits.iter().any(|x| {
                            matches!(x.cue, Cue::Actor { .. })
                                && x.end < from_at
                                && text[x.end..from_at].split_whitespace().count() <= 3
                        })
                        && !hits.iter().any(|x| {
                            matches!(x.cue, Cue::Trigger(_))
                                && x.end <= s
                                && text[x.end..s].split_whitespace().count() <= 1
                        });
                    let town = match m.resolved {
                        Resolved::Place(p) => !is_facility_place(self.region, p),
                        Resolved::District(_) => true,
                        _ => false,
                    };
                    if town && !direction && !came_from {
                        last_city_here = Some(m.resolved);
                    }
                    let possessive = text[e..].starts_with(" s ");
                    // "Herat's airport", "Qandahar airfield": the airport itself when the pack
                    // lists it.
                    let facility_next = || {
                        let next = text[e..]
                            .split(|c: char| !c.is_ascii_alphanumeric())
                            .find(|w| !w.is_empty())
                            .unwrap_or("");
                        lex.grammar.facility_places.iter().any(|f| f == next)
                    };
                    let own = if possessive {
                        self.own_facility(m.resolved, &text[e + 3..])
                    } else if facility_next() {
                        self.own_facility(m.resolved, &text[e..])
                    } else {
                        None
                    };
                    if let Some(own) = own {
                        targets.push(Target {
                            resolved: own,
                            start: s,
                            end: e,
                            tail: e,
                            anaphor: false,
                            facility: false,
                        });
                        continue;
                    }
                    let facility = possessive && facility_after(e);
                    if possessive && !facility {
                        continue;
                    }
                    let tail = appositions
                        .iter()
                        .find(|&&(a, _)| {
                            a == e + 2
                                || a > e + 2
                                    && text[e..a].ends_with(", ")
                                    && text[e..a - 2].split_whitespace().count() == 1
                                    && !text[e..a - 2].contains(',')
                        })
                        .map_or(e, |&(_, b)| b);
                    targets.push(Target {
                        resolved: m.resolved,
                        start: s,
                        end: e,
                        tail,
                        anaphor: false,
                        facility,
                    });
                }
                _ => {
                    let h = anaphors.next().expect("peeked");
                    let Cue::Anaphor(i) = h.cue else { continue };
                    // "the capital of X", "the province of the same name": not anaphors.
                    // (But "the city of about 370,000 people" is: a size is no name.)
                    let rest = text[h.end..].trim_start();
                    if let Some(after_of) = rest.strip_prefix("of ") {
                        let next = after_of.split(' ').next().unwrap_or("");
                        let size = next.starts_with(|c: char| c.is_ascii_digit())
                            || lex.grammar.quantifiers.iter().any(|q| q == next)
                            || lex.grammar.approximators.iter().any(|q| q == next);
                        if !size {
                            continue;
                        }
                    }
                    // Inside an apposition it describes ("Bagram air base, the former hub of
                    // operations north of the capital,"), it is not what happened to.
                    if in_apposition(h.start) {
                        continue;
                    }
                    if source_origin(h.start) {
                        continue;
                    }
                    // "the district centre of Khwaja Ghar", "the district centre at Khanabad":
                    // the place is named right after.
                    if mentions.iter().any(|m| {
                        let ms = m.folded_span.start - fs;
                        ms >= h.end
                            && text[h.end..ms].split_whitespace().count() <= 3
                            && (text[h.end..ms].contains(" of") || text[h.end..ms] == *" at ")
                    }) {
                        continue;
                    }
                    // A pronoun refers back only as a trigger's object ("had seized it"), or
                    // as the subject of a passive one ("hours before it fell").
                    // So does the subject of a ranked infinitive ("It was the third
                    // capital to fall"), whose copula comes right after it.
                    let ranked_subject = || {
                        let mut after = text[h.end..]
                            .split(|c: char| !c.is_ascii_alphanumeric())
                            .filter(|w| !w.is_empty());
                        after
                            .next()
                            .is_some_and(|w| lex.grammar.ranked_copulas.iter().any(|c| c == w))
                            && hits.iter().any(|t| {
                                matches!(t.cue, Cue::Trigger(k) if lex.triggers[k].infinitive)
                                    && t.start > h.end
                                    && text[h.end..t.start].split_whitespace().count() <= 8
                                    && ranked_infinitive(text, t.start, &lex.grammar)
                            })
                    };
                    if lex.anaphora[i].object_only
                        && !hits.iter().any(|t| {
                            let Cue::Trigger(k) = t.cue else { return false };
                            (t.end < h.start && text[t.end..h.start].trim().is_empty())
                                || (t.start > h.end
                                    && lex.triggers[k].frame == Frame::Passive
                                    && text[h.end..t.start].trim().is_empty())
                        })
                        && !ranked_subject()
                    {
                        continue;
                    }
                    // "Zaranj, the capital ...": an apposition, not a reference.
                    let before = text[..h.start].trim_end();
                    if before.ends_with(',')
                        && mentions.iter().any(|m| {
                            m.folded_span.end - fs + 2 >= before.len()
                                && m.folded_span.end - fs <= before.len()
                        })
                    {
                        continue;
                    }
                    // "The town" after a district's events means the district's centre.
                    let town = |r: Resolved| match r {
                        Resolved::District(d) => self.region.districts[d]
                            .centre_place
                            .map_or(r, Resolved::Place),
                        _ => r,
                    };
                    // What was ranked among the places to fall is a town.
                    let refers_to = if lex.anaphora[i].object_only && ranked_subject() {
                        "city"
                    } else {
                        lex.anaphora[i].refers_to.as_str()
                    };
                    // A district, or a town that is a district's centre and no provincial
                    // capital (which is its province's town first).
                    let district_seat = |r: &Resolved| match r {
                        Resolved::District(_) => true,
                        Resolved::Place(p) => {
                            !self.region.is_provincial_capital(*p)
                                && self
                                    .region
                                    .districts
                                    .iter()
                                    .any(|d| d.centre_place == Some(*p))
                        }
                        _ => false,
                    };
                    let city = || last_city_here.or_else(|| self.town_in_view(memory, sentence_no));
                    let resolved = match refers_to {
                        "city" => city(),
                        // "the airport": the town's own, when the pack lists it.
                        // (Of the town named right after "in": "the airport in Kandahar".)
                        "town_facility" => mentions
                            .iter()
                            .find(|m| {
                                let ms = m.folded_span.start - fs;
                                ms >= h.end
                                    && lex
                                        .grammar
                                        .locative_prepositions
                                        .iter()
                                        .any(|l| text[h.end..ms].trim() == l)
                            })
                            .map(|m| m.resolved)
                            .or_else(city)
                            .map(town)
                            .and_then(|c| self.own_facility(c, &text[h.start..h.end])),
                        // "the district centre": a district seat named before it in the
                        // sentence however it was named ("Residents in Chimtal say ..."),
                        // else a district named after the last town ("he was the law in
                        // Dawlat Yar. ... an attack on the district centre"), else as "the
                        // city".
                        "district_centre" => mentions
                            .iter()
                            .filter(|m| m.folded_span.end - fs <= h.start)
                            // Not where forces came from ("pushed into Shutul district from
                            // Jabal Saraj and seized its district centre").
                            .filter(|m| {
                                !preceded_by_any(text, m.folded_span.start - fs, &lex.origin_preps)
                            })
                            .rev()
                            .map(|m| m.resolved)
                            .find(district_seat)
                            .or(memory
                                .last_district
                                .filter(|_| {
                                    sentence_no - memory.last_district_at <= 3
                                        && memory.last_district_at > memory.last_town_at
                                })
                                .map(town))
                            .or_else(city),
                        // "Residents of Qaisar said ... the district bazaar": a district
                        // centre named in the sentence is its district's town.
                        // Else the district seat the last sentences are about (a
                        // tracker's "JURM" heading), before any district named in passing.
                        "district" => last_city_here
                            .filter(district_seat)
                            .or(memory
                                .topic
                                .filter(|(r, n)| sentence_no - n <= 2 && district_seat(r))
                                .map(|(r, _)| r))
                            .or(memory.last_district),
                        "province" => memory.last_province,
                        "national_capital" => self.region.national_capital.map(Resolved::Place),
                        "provincial_capital" => memory.last_capital,
                        // "any place": the last one named as a target in this sentence (not
                        // a reference point: "retook the Dand-i-Ghori area west of
                        // Pul-i-Khumri, two days after it fell"), else what the article is
                        // about.
                        _ => targets
                            .iter()
                            .rev()
                            .find(|t| {
                                !t.anaphor
                                    && !hits.iter().any(|x| {
                                        x.cue == Cue::ReferencePoint
                                            && x.end <= t.start
                                            && text[x.end..t.start].split_whitespace().count() <= 1
                                    })
                            })
                            .map(|t| t.resolved)
                            .or(memory
                                .topic
                                .filter(|(_, n)| sentence_no - n <= 3)
                                .map(|(r, _)| r))
                            .or(memory.last_any),
                    };
                    let Some(resolved) = resolved else { continue };
                    let possessive = text[h.end..].starts_with(" s ");
                    if let Some(own) = possessive
                        .then(|| self.own_facility(resolved, &text[h.end + 3..]))
                        .flatten()
                    {
                        targets.push(Target {
                            resolved: own,
                            start: h.start,
                            end: h.end,
                            tail: h.end,
                            anaphor: true,
                            facility: false,
                        });
                        continue;
                    }
                    // "the city prison": a facility whose name holds the anaphor's noun.
                    let facility = possessive && facility_after(h.end)
                        || hits.iter().any(|x| {
                            x.cue == Cue::Facility
                                && h.start < x.start
                                && x.start < h.end
                                && h.end < x.end
                        });
                    if possessive && !facility {
                        continue;
                    }
                    targets.push(Target {
                        resolved,
                        start: h.start,
                        end: h.end,
                        tail: h.end,
                        anaphor: true,
                        facility,
                    });
                }
            }
        }
        self.drop_locators(text, targets)
    }

    /// The town the last sentences are about, for "the city" when the sentence itself names
    /// none: the article's topic of the last three sentences (an airport's being its town's:
    /// "Rockets hit Kandahar airport ... withdrew from the city"), else the last town named.
    fn town_in_view(&self, memory: &Memory, sentence_no: usize) -> Option<Resolved> {
        // "The town" after a district's events means the district's centre.
        let town = |r: Resolved| match r {
            Resolved::District(d) => self.region.districts[d]
                .centre_place
                .map_or(r, Resolved::Place),
            _ => r,
        };
        memory
            .topic
            .map(|(r, n)| match r {
                Resolved::Place(p) if is_facility_place(self.region, p) => {
                    (self.facility_town(p).unwrap_or(r), n)
                }
                _ => (r, n),
            })
            .filter(|(r, n)| {
                sentence_no - n <= 3
                    && *n >= memory.last_city_at
                    && match r {
                        Resolved::Place(p) => !is_facility_place(self.region, *p),
                        Resolved::District(_) => true,
                        _ => false,
                    }
            })
            .map(|(r, _)| town(r))
            .or(memory.last_city)
    }

    /// Drops the areas that only locate the place before them: "Islam Qala, Kohsan district,
    /// Herat" and "Lashkar Gah, Helmand" name one place, in its district and province (a
    /// provincial capital standing for its province), unless a list goes on after them
    /// ("Shindand, Herat and Farah").
    fn drop_locators(&self, text: &str, targets: Vec<Target>) -> Vec<Target> {
        let region = self.region;
        let province = |r: Resolved| match r {
            Resolved::Place(p) => Some(region.places[p].province),
            Resolved::District(d) => Some(region.districts[d].province),
            Resolved::Province(p) => Some(p),
            Resolved::Abroad(_) => None,
        };
        let locates = |head: Resolved, r: Resolved| {
            let Some(p) = province(head) else {
                return false;
            };
            head != r
                && match r {
                    Resolved::Province(q) => q == p,
                    Resolved::District(d) => {
                        region.districts[d].province == p
                            && !matches!(head, Resolved::Province(_) | Resolved::District(_))
                    }
                    Resolved::Place(q) => {
                        region.province_of_capital(q) == Some(p)
                            && !matches!(head, Resolved::Province(_))
                    }
                    Resolved::Abroad(_) => false,
                }
        };
        let lex = &self.region.lexicon;
        // The locator's own noun ("Kohsan district", "Helmand province") goes with it.
        let noun_after = |at: usize| {
            cue_len_after(text, at, &lex.cues.district_after)
                .max(cue_len_after(text, at, &lex.cues.province_after))
                .unwrap_or(0)
        };
        let mut out: Vec<Target> = Vec::with_capacity(targets.len());
        let mut head: Option<Resolved> = None;
        let mut prev_end = 0;
        for t in targets {
            // Inside the tail of the place before (its apposition), it is no locator; nor
            // when a list goes on after it ("Shindand, Herat and Farah").
            let end = t.end + noun_after(t.end);
            let locator = !t.anaphor
                && prev_end <= t.start
                && text[prev_end..t.start].trim() == ","
                && head.is_some_and(|h| locates(h, t.resolved))
                && !cue_after(text, end, &lex.grammar.coordinators);
            if locator {
                prev_end = end;
                continue;
            }
            head = (!t.anaphor).then_some(t.resolved);
            prev_end = t.tail.max(t.end);
            out.push(t);
        }
        out
    }

    /// The airport or base of a town, when the region pack lists one and the text after the
    /// possessive names it ("Herat's airport", "the city's international airport").
    /// The town an airport or a base is named after ("Kandahar airport" → Kandahar): a town
    /// of its province whose name opens the facility's, the most populous.
    fn facility_town(&self, facility: usize) -> Option<Resolved> {
        let f = &self.region.places[facility];
        let key = crate::text::fold_key(&f.name);
        self.region
            .places
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.kind == crate::region::PlaceKind::City
                    && t.province == f.province
                    && key.starts_with(&crate::text::fold_key(&t.name))
            })
            .max_by_key(|(_, t)| t.population)
            .map(|(i, _)| Resolved::Place(i))
    }

    fn own_facility(&self, town: Resolved, rest: &str) -> Option<Resolved> {
        let Resolved::Place(p) = town else {
            return None;
        };
        let words: Vec<&str> = rest
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .collect();
        let kind_word = words.iter().find(|w| {
            self.region
                .lexicon
                .grammar
                .facility_places
                .iter()
                .any(|f| f == *w)
        })?;
        let town = &self.region.places[p];
        let key = crate::text::fold_key(&town.name);
        let facilities = || {
            self.region.places.iter().enumerate().filter(|(_, f)| {
                f.kind != crate::region::PlaceKind::City
                    && f.province == town.province
                    && crate::text::fold_key(&f.name).starts_with(&key)
            })
        };
        // The facility named with the same word ("Herat airport"), else the town's only
        // airfield of any name ("Qandahar airfield" is Kandahar airport).
        facilities()
            .find(|(_, f)| crate::text::fold_key(&f.name).contains(kind_word))
            .or_else(|| {
                let mut airfields = facilities().filter(|(_, f)| {
                    matches!(
                        f.kind,
                        crate::region::PlaceKind::Airport | crate::region::PlaceKind::Base
                    )
                });
                let only = airfields.next();
                airfields.next().is_none().then_some(only).flatten()
            })
            .map(|(i, _)| Resolved::Place(i))
    }

    /// Appositions ("Ghazni, the provincial capital on the highway between Kabul and
    /// Kandahar, had fallen"): spans that describe the place named before them.
    fn appositions(
        &self,
        text: &str,
        hits: &[CueHit],
        mentions: &[&Mention],
        fs: usize,
    ) -> Vec<(usize, usize)> {
        let lex = &self.region.lexicon;
        mentions
            .iter()
            .filter_map(|m| {
                // Past the cue that names what the place is ("Kishim district, on the main
                // road into the province,").
                let e = m.folded_span.end - fs;
                let e = lex
                    .cues
                    .district_after
                    .iter()
                    .find_map(|w| {
                        let rest = text[e..].strip_prefix(' ')?.strip_prefix(w.as_str())?;
                        rest.starts_with(", ").then_some(e + 1 + w.len())
                    })
                    .unwrap_or(e);
                // "In Nooristan, the provincial centre of Parun was handed over": an opening
                // "in X," sets the scene, it is not described.
                // So does "In neighbouring Takhar,".
                let lead = &text[..m.folded_span.start - fs];
                // So does an opening reference point: "South of Kabul, the insurgents took".
                let opening = scene_lead(lead, &lex.grammar.locative_prepositions, 3)
                    || hits.iter().any(|x| {
                        x.cue == Cue::ReferencePoint
                            && lead[..x.start.min(lead.len())].trim().is_empty()
                            && x.end <= lead.len()
                            && lead[x.end..].split_whitespace().count() <= 1
                    });
                let rest = text[e..].strip_prefix(", ")?;
                let first = rest.split(|c: char| !c.is_ascii_alphanumeric()).next()?;
                let prepositional = lex
                    .grammar
                    .apposition_prepositions
                    .iter()
                    .any(|w| w == first);
                // "Saighan and Kahmard, two districts in the north of Bamyan province that
                // ...": a number opens one too, unless it opens a time ("two days after").
                let counted = crate::dates::number_word(first).is_some()
                    && find_time_exprs(rest)
                        .first()
                        .is_none_or(|t| t.start > first.len());
                if !prepositional
                    && !counted
                    && !lex.grammar.apposition_openers.iter().any(|w| w == first)
                {
                    return None;
                }
                let start = e + 2;
                let end = text[start..]
                    .find([',', ';', ':'])
                    .map_or(text.len(), |i| start + i);
                // ", on the highway linking Kabul to the south," locates; ", on Thursday and
                // seized the Torghundi crossing" does not.
                if prepositional
                    && (hits.iter().any(|x| {
                        matches!(x.cue, Cue::Trigger(_)) && start <= x.start && x.start < end
                    }) || !find_time_exprs(&text[start..end]).is_empty())
                {
                    return None;
                }
                // Mid-sentence, "in Zaranj, a dusty border town in Nimroz province, which
                // fell" describes the place: the relative clause after it says so.
                let relative_follows = || {
                    text[end..].strip_prefix(", ").is_some_and(|r| {
                        lex.grammar.relative_pronouns.iter().any(|w| {
                            r.strip_prefix(w.as_str())
                                .is_some_and(|r| r.starts_with(' '))
                        })
                    })
                };
                if opening
                    || (preceded_by_any(
                        text,
                        m.folded_span.start - fs,
                        &lex.grammar.locative_prepositions,
                    ) && !relative_follows())
                {
                    return None;
                }
                // An apposition is a short phrase, not the rest of the sentence; a long one
                // needs the comma that closes it ("Kandahar, the southern city where ... and
                // which government forces had defended for more than a month, fell").
                let words = text[start..end].split_whitespace().count();
                (words <= 15 || words <= 30 && end < text.len()).then_some((start, end))
            })
            .collect()
    }

    /// A province named only to describe a place ("Zaranj, the capital of Nimroz province",
    /// "Panjwai district in Kandahar province") is not an event's target.
    fn is_descriptor(&self, text: &str, s: usize, m: &Mention, mentions: &[&Mention]) -> bool {
        let cues = &self.region.lexicon.cues;
        // The last four words before the place.
        let mut prev = [""; 4];
        let mut n = 0;
        for w in words_back(text, s).take(4) {
            n += 1;
            prev[4 - n] = w;
        }
        let prev_text = prev[4 - n..].join(" ");
        let after_descriptor = cues.descriptor_before.iter().any(|c| {
            prev_text.ends_with(c.as_str())
                && (prev_text.len() == c.len()
                    || prev_text.as_bytes()[prev_text.len() - c.len() - 1] == b' ')
        });
        if after_descriptor && m.level() == Some(Level::Province) {
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
                    district: None,
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
                    district: Some(di.id.clone()),
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
                    district: None,
                })
            }
            Resolved::Abroad(_) => None,
        }
    }

    /// The anchor of one time: "the same day" and "the following day" count from a day
    /// named before them ("Sar-e Pul, which fell the same day, and Pul-e Khumri, which the
    /// Taliban captured on Tuesday": not Tuesday), else from the entry's or story's day;
    /// other times from the sentence's anchor.
    fn anchor_for(
        &self,
        article: &Article,
        text: &str,
        times: &[TimeExpr],
        t: &TimeExpr,
        sentence_anchor: Option<NaiveDate>,
        outside: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        if !matches!(
            t.kind,
            TimeKind::DaysAfterAnchor(_) | TimeKind::DaysBeforeAnchor(0)
        ) {
            return sentence_anchor;
        }
        // Counted from the part of the sentence it stands in, after a semicolon ("under
        // attack since 22 June; ... broke into the city on 8 August, and its defenders fell
        // back the same day": 8 August).
        let part = text[..t.start].rfind(';').unwrap_or(0);
        let before = |from: usize| -> Vec<TimeExpr> {
            times
                .iter()
                .filter(|x| x.end <= t.start && x.start >= from)
                .copied()
                .collect()
        };
        self.sentence_anchor(article, &before(part), None, None)
            .or_else(|| self.sentence_anchor(article, &before(0), outside, None))
    }

    /// What "a day earlier" in a sentence counts from: its first calendar date, weekday or
    /// count of days back ("Nine days ago, the Taliban took Herat; Kandahar fell the next
    /// day"); with none, the day of the timeline entry the sentence is in, else the story's
    /// day.
    fn sentence_anchor(
        &self,
        article: &Article,
        times: &[TimeExpr],
        entry_day: Option<NaiveDate>,
        previous_day: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        times
            .iter()
            .find_map(|t| match t.kind {
                TimeKind::Calendar { .. }
                | TimeKind::DayOfMonth(_)
                | TimeKind::Weekday {
                    definite: false, ..
                }
                | TimeKind::DaysBeforePublication(_) => {
                    resolve(t.kind, article.published, None, self.region.default_year)
                }
                _ => None,
            })
            .or(entry_day)
            .or(previous_day)
    }

    #[allow(clippy::too_many_arguments)]
    fn event_date(
        &self,
        article: &Article,
        times: &[TimeExpr],
        statement: &[bool],
        owner: &[usize],
        distance: &[usize],
        trigger: usize,
        trigger_start: usize,
        clause_of: &Clauses,
        clause: usize,
        previous_day: Option<NaiveDate>,
        entry_day: Option<NaiveDate>,
        text: &str,
    ) -> (Option<NaiveDate>, DatePrecision, bool, bool) {
        let published = article.published;
        let default_year = self.region.default_year;
        let anchor = self.sentence_anchor(article, times, entry_day, previous_day);
        // Among candidates: calendar dates and days before spans, then the nearest.
        let candidates = |pred: &dyn Fn(usize, &TimeExpr) -> bool| {
            times
                .iter()
                .enumerate()
                .filter(|(i, t)| !statement[*i] && pred(*i, t))
                .min_by_key(|(i, t)| {
                    (
                        matches!(t.kind, TimeKind::SpanBeforePublication(_)),
                        distance[*i],
                    )
                })
                .map(|(_, t)| *t)
        };
        // Times of other triggers are borrowed only within the clause, and never the
        // relative ones ("a day after" belongs to the clause it introduces), except the
        // anchor's own day ("by evening", "the same day").
        let anchored = |t: &TimeExpr| {
            matches!(
                t.kind,
                TimeKind::DaysAfterAnchor(1..) | TimeKind::DaysBeforeAnchor(1..)
            )
        };
        // The last resort: one sentence, one day. "The town fell on Sunday after its police
        // withdrew" dates the withdrawal too, unless the sentence names several days or
        // counts days from one ("two days later").
        let sole_day = || {
            let mut days = times.iter().enumerate().filter(|(i, t)| {
                !statement[*i] && !matches!(t.kind, TimeKind::SpanBeforePublication(_))
            });
            let only = match (days.next(), days.next()) {
                (Some((_, t)), None) => Some(t),
                _ => None,
            };
            let background = |t: &TimeExpr| {
                t.start > trigger_start
                    && text[trigger_start..t.start]
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| {
                            self.region
                                .lexicon
                                .grammar
                                .background_subordinators
                                .iter()
                                .any(|b| b == w)
                        })
            };
            only.filter(|t| {
                !matches!(
                    t.kind,
                    TimeKind::DaysAfterAnchor(1..) | TimeKind::DaysBeforeAnchor(_)
                ) && !background(t)
            })
            .copied()
        };
        // "took over the palace hours after Ghani had flown out": hours after the verb open
        // a clause of their own, which they date from this verb, not this verb. (Days after
        // a place date the verb from the place's day: "was taken a day after Islam Qala".)
        let opens_later = |t: &TimeExpr| {
            matches!(t.kind, TimeKind::DaysAfterAnchor(0))
                && t.start >= trigger_start
                && text[t.start..t.end].ends_with("after")
        };
        let own = candidates(&|i, t| {
            owner[i] == trigger && clause_of[t.start] == clause && !opens_later(t)
        })
        .or_else(|| candidates(&|i, t| owner[i] == trigger && !opens_later(t)));
        // A day lent by another verb of the sentence is weaker than a verb's own.
        let borrowed = own.is_none();
        // A clause hung on the one before it ("took the crossing the next day after troops
        // abandoned their posts") happened the day that one names, when it names none.
        let attached = || {
            let start = clause_of.start_of(clause).filter(|&s| s > 0)?;
            let opener = text[start..].trim_start_matches([',', ' ']);
            let first = opener.split(|c: char| !c.is_ascii_alphanumeric()).next()?;
            if !self
                .region
                .lexicon
                .grammar
                .attached_subordinators
                .iter()
                .any(|w| w == first)
            {
                return None;
            }
            // The clause before, past a bare ", " that two breaks ("', after'", "'after'")
            // leave between them.
            let before = text[..start].trim_end_matches([',', ' ']).len();
            let outer = clause_of[before.checked_sub(1)?];
            times
                .iter()
                .enumerate()
                .rfind(|(i, t)| {
                    !statement[*i]
                        && t.end <= start
                        && clause_of[t.start] == outer
                        && !matches!(t.kind, TimeKind::SpanBeforePublication(_))
                })
                .map(|(_, t)| *t)
        };
        // A clause opened by "a day after" ("fell on Thursday, a day after Pul-e Khumri
        // fell") is dated by it, whichever verb the phrase stands nearer.
        let opened_by = || {
            let start = clause_of.start_of(clause).filter(|&s| s > 0)?;
            let opener =
                start + (text[start..].len() - text[start..].trim_start_matches([',', ' ']).len());
            times
                .iter()
                .find(|t| {
                    t.start <= opener
                        && opener < t.end
                        && t.end <= trigger_start
                        && matches!(t.kind, TimeKind::DaysAfterAnchor(1..))
                        && text[t.start..t.end].ends_with("after")
                })
                .copied()
        };
        let chosen = own
            .or_else(|| candidates(&|_, t| clause_of[t.start] == clause && !anchored(t)))
            .or_else(attached)
            .or_else(opened_by)
            .or_else(sole_day);
        if let Some(mut t) = chosen {
            // "..., a day after government forces abandoned the city": the clause after
            // "a day after" happened a day before the anchor. "Two days later, commandos
            // retook ...", "The following day, Aibak was handed over" count forward: only
            // "after" opens a clause.
            if let TimeKind::DaysAfterAnchor(n) = t.kind {
                if t.end <= trigger_start && text[t.start..t.end].ends_with("after") {
                    t.kind = TimeKind::DaysBeforeAnchor(n);
                    // Unless that clause names its own day ("came two days after the
                    // Taliban stormed Qala-e-Naw ... on Wednesday").
                    if let Some(own) = times.iter().enumerate().find(|(i, x)| {
                        !statement[*i]
                            && x.start > trigger_start
                            && clause_of[x.start] == clause
                            && matches!(
                                x.kind,
                                TimeKind::Calendar { .. } | TimeKind::Weekday { .. }
                            )
                    }) {
                        t = *own.1;
                    }
                }
            }
            // "..., a day before the insurgents moved in": the clause after "a day before"
            // happened a day after the anchor.
            // (Not "the night before," nor "the day before Kabul fell": those name the
            // anchor's neighbour, not a count of days.)
            if let TimeKind::DaysBeforeAnchor(n @ 1..) = t.kind {
                let phrase = &text[t.start..t.end];
                if t.end <= trigger_start
                    && phrase.ends_with("before")
                    && !phrase.starts_with("the ")
                    && !text[t.end..trigger_start].contains([',', ';'])
                {
                    t.kind = TimeKind::DaysAfterAnchor(n);
                }
            }
            // A span ("last week", "in the last three days") bounds the day, it does not
            // give it: the publication date stands in, marked as such.
            if let TimeKind::SpanBeforePublication(_) = t.kind {
                if let Some(p) = published {
                    return (Some(p), DatePrecision::Publication, false, false);
                }
            } else if let Some(d) = resolve(
                t.kind,
                published,
                self.anchor_for(article, text, times, &t, anchor, entry_day.or(previous_day)),
                default_year,
            ) {
                // "The night before", "a day earlier": a look back from the story's day.
                let looks_back = matches!(t.kind, TimeKind::DaysBeforeAnchor(1..));
                return (Some(d), DatePrecision::Day, borrowed, looks_back);
            }
        }
        if let Some(d) = entry_day {
            return (Some(d), DatePrecision::Day, false, false);
        }
        match published {
            Some(p) => (Some(p), DatePrecision::Publication, false, false),
            None => (None, DatePrecision::Unknown, false, false),
        }
    }

    /// The day a line opens with when it is a timeline entry: a date, alone, then a dash
    /// ("Aug. 15 — ", "Sunday, Aug. 1 — ", "12 August – "). A dateline ("KABUL, Aug 15
    /// (Reuters) - ") names more than a date and is not an entry.
    fn entry_opener(&self, article: &Article, line: &str) -> Option<NaiveDate> {
        let dash = line
            .char_indices()
            .take(40)
            .find(|&(i, c)| {
                matches!(c, '\u{2014}' | '\u{2013}' | '|')
                    || line[i..].starts_with(" - ")
                    || line[i..].starts_with(": ")
            })
            .map(|(i, _)| i)?;
        self.only_a_date(article, &line[..dash])
    }

    /// The day a text names when it is nothing but a date ("Aug. 15", "Sunday, 15 August").
    fn only_a_date(&self, article: &Article, text: &str) -> Option<NaiveDate> {
        let opener = crate::text::fold(text).text;
        let times = find_time_exprs(&opener);
        // Every word of the opener belongs to a time expression.
        let mut word_start = None;
        for (i, b) in opener.bytes().chain([b' ']).enumerate() {
            match (b.is_ascii_alphanumeric(), word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(s)) => {
                    if !times.iter().any(|t| t.start <= s && i <= t.end) {
                        return None;
                    }
                    word_start = None;
                }
                _ => {}
            }
        }
        self.calendar_day(article, &times)
    }

    /// The first calendar date a text gives ("Fell on Aug. 7"), resolved.
    fn first_calendar_day(&self, article: &Article, text: &str) -> Option<NaiveDate> {
        self.calendar_day(article, &find_time_exprs(&crate::text::fold(text).text))
    }

    /// The first calendar date among `times`, resolved against the publication date.
    fn calendar_day(&self, article: &Article, times: &[TimeExpr]) -> Option<NaiveDate> {
        times
            .iter()
            .find(|t| matches!(t.kind, TimeKind::Calendar { .. }))
            .and_then(|t| resolve(t.kind, article.published, None, self.region.default_year))
    }

    /// When the line holding `at` opens with a fact-check claim label and the next non-empty
    /// line gives a verdict: whether the verdict upholds the claim (`false` for one of
    /// `false_verdicts`, `true` for one of `true_verdicts`).
    fn fact_check_verdict(&self, text: &str, at: usize) -> Option<bool> {
        let fc = &self.region.lexicon.fact_check;
        if fc.claim_labels.is_empty() {
            return None;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        // Labels open their lines: fold only the first few dozen characters.
        let labelled = |line: &str, labels: &[String]| -> Option<String> {
            let line = line.trim();
            // Most lines start with no label's first letter: no folding for them.
            let first = line.bytes().next().map(|b| b.to_ascii_lowercase());
            if !labels.iter().any(|l| l.bytes().next() == first) {
                return None;
            }
            let head = line
                .char_indices()
                .nth(48)
                .map_or(line, |(i, _)| &line[..i]);
            let folded = crate::text::fold(head).text;
            labels.iter().find_map(|l| {
                folded
                    .strip_prefix(l.as_str())
                    .and_then(|r| r.trim_start().strip_prefix(':'))
                    .map(|r| r.trim().to_string())
            })
        };
        let line = text[line_start..].split('\n').next().unwrap_or_default();
        labelled(line, &fc.claim_labels)?;
        let next = text[line_start + line.len()..]
            .split('\n')
            .map(str::trim)
            .find(|l| !l.is_empty())?;
        let verdict = labelled(next, &fc.verdict_labels)?;
        let says = |words: &[String]| {
            words.iter().any(|f| {
                verdict
                    .strip_prefix(f.as_str())
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
            })
        };
        if says(&fc.false_verdicts) {
            Some(false)
        } else if says(&fc.true_verdicts) {
            Some(true)
        } else {
            None
        }
    }

    /// Settles the story's day: the day the newest candidate sentence names, if any does,
    /// else the day already known.
    fn settle_story_day(
        &self,
        article: &Article,
        text: &str,
        phrases: &[crate::phrase::PhraseHit],
        memory: &mut Memory,
    ) {
        while let Some((a, b)) = memory.day_candidates.pop() {
            let hits = || self.cues.cues_in(CueIndex::within(phrases, a..b), a..b);
            if let Some(day) = self.sentence_day(article, &text[a..b], hits) {
                memory.last_day = Some(day);
                memory.day_candidates.clear();
            }
        }
    }

    /// The day a trigger-less sentence gives: its first calendar date, weekday or day before
    /// publication that does not date a statement ("officials said on Thursday").
    fn sentence_day(
        &self,
        article: &Article,
        text: &str,
        hits: impl FnOnce() -> Vec<CueHit>,
    ) -> Option<NaiveDate> {
        let times = find_time_exprs(text);
        if times.is_empty() {
            return None;
        }
        let hits = hits();
        times
            .iter()
            .filter(|t| {
                matches!(
                    t.kind,
                    TimeKind::Calendar { .. }
                        | TimeKind::DayOfMonth(_)
                        | TimeKind::Weekday { .. }
                        | TimeKind::DaysBeforePublication(_)
                )
            })
            .find(|t| !is_statement_time(text, t, &hits))
            .and_then(|t| resolve(t.kind, article.published, None, self.region.default_year))
    }

    /// A claim: the only source is the side that gains (for a withdrawal, any other party),
    /// or the report is flagged as unverified.
    fn is_claim(
        &self,
        text: &str,
        hits: &[CueHit],
        actor: &str,
        kind: EventKind,
        next_unverified: bool,
    ) -> bool {
        if next_unverified || hits.iter().any(|h| h.cue == Cue::Unverified) {
            return true;
        }
        // A side's own words ("the Mujahideen", "the hirelings") report its statement.
        let favours = |side: &str| match kind {
            EventKind::Withdraw => side != actor,
            _ => side == actor,
        };
        if hits.iter().any(
            |h| matches!(h.cue, Cue::Partisan(a) if favours(self.region.actors[a].id.as_str())),
        ) {
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
            // The speaker: the nearest actor or speaker phrase before the speech verb, or a
            // speaker right after it ("said a Taliban spokesman", "according to officials").
            let speaker = hits
                .iter()
                .filter(|x| {
                    x.end <= sp.start && matches!(x.cue, Cue::Actor { .. } | Cue::Speaker(_))
                })
                // The speaker is the subject of the speech verb: no comma between them
                // ("..., a lawmaker said" is not the Taliban speaking).
                .rfind(|x| {
                    let between = &text[x.end..sp.start];
                    between.split_whitespace().count() <= 6
                        && (!between.contains(',')
                            // An apposition that names a speaker closes before the verb
                            // ("Zabihullah Mujahid, the Taliban spokesman, said").
                            || (matches!(x.cue, Cue::Speaker(_)) || is_speaker(text, x, hits))
                                && between.matches(',').count() == 1
                                && between.trim_end().ends_with(','))
                })
                .or_else(|| {
                    hits.iter().find(|x| {
                        x.start >= sp.end
                            && text[sp.end..x.start].split_whitespace().count() <= 2
                            && (matches!(x.cue, Cue::Speaker(_))
                                || (matches!(x.cue, Cue::Actor { .. })
                                    && is_speaker(text, x, hits)))
                    })
                });
            let side = match speaker.map(|x| x.cue) {
                Some(Cue::Actor { actor, .. }) | Some(Cue::Speaker(actor)) => {
                    Some(self.region.actors[actor].id.as_str())
                }
                _ => None,
            };
            let gains = side.is_some_and(favours);
            if gains {
                return true;
            }
        }
        false
    }
}

/// What the extractor knew when it made an event: the inputs of [`confidence`].
struct Signals {
    actor: ActorSignal,
    named_place: bool,
    fallback: bool,
    day: bool,
    kind: EventKind,
    nominal: bool,
    claim: bool,
    words_apart: usize,
}

enum ActorSignal {
    /// Named outright ("the Taliban", "government forces").
    Named,
    /// Named vaguely ("fighters", "militiamen").
    Vague,
    /// Not named: the region's default for the kind.
    Default,
}

/// How sure the extractor is of an event, in [0, 1]. Each weak link lowers it: an actor that
/// is vague or only defaulted, a place reached through "the city" or the article's topic
/// rather than named, a place far from its verb, no day, a nominal or a contest (the
/// readings most often wrong), a claim.
fn confidence(s: &Signals) -> f64 {
    let mut c: f64 = 0.95;
    c -= match s.actor {
        ActorSignal::Named => 0.0,
        ActorSignal::Vague => 0.15,
        ActorSignal::Default => 0.08,
    };
    if !s.named_place {
        c -= 0.12;
    }
    if s.fallback {
        c -= 0.2;
    }
    if !s.day {
        c -= 0.05;
    }
    if s.nominal {
        c -= 0.04;
    }
    if s.kind == EventKind::Contest {
        c -= 0.06;
    }
    if s.claim {
        c -= 0.04;
    }
    if s.words_apart > 5 {
        c -= 0.08;
    }
    c.clamp(0.05, 0.99)
}

/// Remembers a resolved mention for later anaphors.
fn remember(memory: &mut Memory, r: Resolved, region: &Region) {
    match r {
        Resolved::Place(p) => {
            // An airport or a base is no "city" ("the soldiers at the corps headquarters
            // beside Kunduz airport ... pulled back from the city").
            if !is_facility_place(region, p) {
                memory.last_city = Some(r);
                memory.last_town_at = memory.now;
            }
            // The national capital is "the capital", never "the provincial capital".
            if region.is_provincial_capital(p) && region.national_capital != Some(p) {
                memory.last_capital = Some(r);
            }
        }
        Resolved::District(_) => {
            memory.last_district = Some(r);
            memory.last_district_at = memory.now;
        }
        Resolved::Province(p) => {
            memory.last_province = Some(r);
            if let Some(c) = region.provinces[p]
                .capital_place
                .filter(|&c| region.national_capital != Some(c))
            {
                memory.last_capital = Some(Resolved::Place(c));
            }
        }
        Resolved::Abroad(_) => return,
    }
    memory.last_any = Some(r);
}

/// An airport or a military base: a place, but no town.
fn is_facility_place(region: &Region, p: usize) -> bool {
    matches!(
        region.places[p].kind,
        crate::region::PlaceKind::Airport | crate::region::PlaceKind::Base
    )
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

/// Binds targets to triggers. Each target goes to the nearest trigger of its clause (the
/// frame's side preferred); a trigger keeps the target nearest on its preferred side and
/// the ones coordinated with it ("Kunduz, Sar-e Pul and Taloqan"); a trigger left without
/// targets takes the nearest one on its preferred side ("Kunduz, which fell on Sunday").
fn bind_targets(
    text: &str,
    triggers: &[&CueHit],
    targets: &[Target],
    clause_of: &Clauses,
    lex: &crate::lexicon::Lexicon,
    valid: &dyn Fn(&CueHit, &Target) -> bool,
    gap: &Gap,
) -> Vec<Vec<Target>> {
    let frame = |h: &CueHit| match h.cue {
        Cue::Trigger(i) => lex.triggers[i].frame,
        _ => Frame::Active,
    };
    let preferred_side = |h: &CueHit, t: &Target| {
        let after = t.start >= h.end;
        match frame(h) {
            Frame::Active | Frame::Nominal => after,
            Frame::Passive => !after,
        }
    };
    let dist = |h: &CueHit, t: &Target| {
        if t.start >= h.end {
            t.start - h.end
        } else {
            h.start.saturating_sub(t.end)
        }
    };
    let mut bound: Vec<Vec<Target>> = vec![Vec::new(); triggers.len()];
    for t in targets {
        let best = triggers
            .iter()
            .enumerate()
            .filter(|(_, h)| clause_of[h.start] == clause_of[t.start] && valid(h, t))
            .min_by_key(|(_, h)| {
                if preferred_side(h, t) {
                    dist(h, t)
                } else {
                    dist(h, t) * 3 + 20
                }
            })
            .map(|(k, _)| k);
        if let Some(k) = best {
            bound[k].push(*t);
        }
    }
    // Targets some trigger already took: others may not borrow them.
    let taken: Vec<usize> = bound.iter().flatten().map(|t| t.start).collect();
    for (k, h) in triggers.iter().enumerate() {
        let mut mine = std::mem::take(&mut bound[k]);
        // A relative clause ("Kunduz, which fell on Sunday") takes its antecedent; a passive
        // one whose pronoun is its subject ("Kunduz, which fell on Sunday along with Sar-e
        // Pul and Taloqan") does even when it names other places.
        let clause = clause_of[h.start];
        let clause_start = clause_of.start_of(clause).unwrap_or(0);
        let opener = text[clause_start..].trim_start_matches([',', ' ']);
        let opens_with = |words: &[String]| {
            words.iter().any(|w| {
                opener
                    .strip_prefix(w.as_str())
                    .is_some_and(|r| r.starts_with(' '))
            })
        };
        let subject_relative =
            frame(h) == Frame::Passive && opens_with(&lex.grammar.apposition_relatives);
        let mut antecedent = None;
        if clause > 0
            && (mine.is_empty() || subject_relative)
            && opens_with(&lex.grammar.relative_pronouns)
        {
            // Whatever the antecedent is to the main clause ("lorries coming up from
            // Kandahar, which fell on 13 August"), the relative clause is about it; a
            // locating phrase may stand between ("Torghundi on the Turkmen border, which they
            // took a day later").
            // A reference point in apposition stands aside ("in Ghazni, south-west of
            // Kabul, where the insurgents attacked").
            let reference = |t: &Target| {
                gap.references.iter().any(|&(s, e)| {
                    e <= t.start
                        && text[e..t.start].split_whitespace().count() <= 1
                        && text[..s].trim_end().ends_with(',')
                })
            };
            antecedent = targets
                .iter()
                .filter(|t| {
                    t.tail <= clause_start
                        && !reference(t)
                        && {
                            let between = &text[t.tail..clause_start];
                            let words = between.split_whitespace().count();
                            let aside = between.trim_start().starts_with(',')
                                && targets.iter().any(|r| {
                                    r.start >= t.tail && r.end <= clause_start && reference(r)
                                });
                            words <= 3
                                || aside && words <= 6
                                || words <= 6
                                    && !between.contains(',')
                                    && between.split_whitespace().take(2).any(|w| {
                                        lex.grammar
                                            .apposition_prepositions
                                            .iter()
                                            .chain(&lex.grammar.locative_prepositions)
                                            .any(|p| p == w)
                                    })
                        }
                        && !mine.iter().any(|m| m.start == t.start)
                })
                .max_by_key(|t| t.tail)
                .copied();
            if mine.is_empty() {
                mine.extend(antecedent.take());
            }
        }
        // A count the trigger takes, then its list ("seized three district centres on
        // Friday — Banu, Deh Salah and Pul-e Hesar —"): the list is the object, whatever a
        // place before the trigger was bound to ("in the Andarab valley").
        if frame(h) != Frame::Passive && mine.iter().all(|t| t.end <= h.start) {
            let listed = enumerated(text, h, targets, &gap.counts, lex, valid);
            if !listed.is_empty() {
                mine = listed;
            }
        }
        if mine.is_empty() {
            // Borrow the nearest target on the preferred side.
            if let Some(t) = targets
                .iter()
                .filter(|t| {
                    clause_of[t.start] == clause_of[h.start]
                        && preferred_side(h, t)
                        && dist(h, t) <= 60
                        && valid(h, t)
                        && !taken.contains(&t.start)
                })
                .min_by_key(|t| dist(h, t))
            {
                mine.push(*t);
            }
        }
        let (pref, other): (Vec<Target>, Vec<Target>) =
            mine.into_iter().partition(|t| preferred_side(h, t));
        let elliptic = !pref.is_empty() && frame(h) == Frame::Passive;
        let (chain, rest) = if pref.is_empty() {
            (other, Vec::new())
        } else {
            (pref, other)
        };
        let mut mine = coordinated(text, h, chain, gap);
        // The antecedent of "which fell ... along with Sar-e Pul and Taloqan", besides the
        // places its clause lists.
        if let Some(t) = antecedent {
            mine.insert(0, t);
        }
        // Ellipsis: "Herat fell on 12 August, and Kandahar the following day."
        if elliptic {
            mine.extend(rest.into_iter().filter(|t| {
                !t.anaphor
                    && preceded_by_any(text, t.start, &lex.grammar.coordinators)
                    && !triggers
                        .iter()
                        .any(|o| o.start > h.end && o.start < t.start)
            }));
        }
        bound[k] = mine;
    }
    // Comparative ellipsis: "Lashkar Gah fell on Friday, as did Qalat and Tarin Kot": the
    // places right after "as did" share the verb before it.
    for (k, h) in triggers.iter().enumerate() {
        if frame(h) != Frame::Passive || bound[k].is_empty() {
            continue;
        }
        let limit = next_trigger_start(triggers, h, text.len());
        // Only a place after the verb can be one ("as did Qalat").
        if !targets
            .iter()
            .any(|t| t.start >= h.end && t.start < limit && !t.anaphor)
        {
            continue;
        }
        let Some(open_end) = lex
            .grammar
            .ellipsis_verbs
            .iter()
            .filter_map(|v| find_phrase(&text[h.end..limit], v).map(|at| h.end + at + v.len()))
            .min()
        else {
            continue;
        };
        let rest: Vec<Target> = targets
            .iter()
            .filter(|t| t.start >= open_end && t.start < limit && !t.anaphor)
            .copied()
            .collect();
        let Some(first) = rest.first() else { continue };
        if !text[open_end..first.start]
            .split_whitespace()
            .all(|w| lex.grammar.determiners.iter().any(|d| d == w))
        {
            continue;
        }
        for t in coordinated(text, h, rest, gap) {
            if !bound[k].iter().any(|b| b.start == t.start) {
                bound[k].push(t);
            }
        }
    }
    // Elliptic comparison: "Sheberghan fell on Saturday, a day after Zaranj," says Zaranj
    // fell too, a day earlier (the date is shifted where events are made).
    for (k, h) in triggers.iter().enumerate() {
        if bound[k].is_empty() {
            continue;
        }
        let limit = next_trigger_start(triggers, h, text.len());
        for t in targets {
            if t.start > h.end
                && t.start < limit
                && !t.anaphor
                && elliptic_shift(text, t, lex).is_some()
                && !bound.iter().flatten().any(|b| b.start == t.start)
            {
                bound[k].push(*t);
            }
        }
    }
    bound
}

/// Where the first trigger after `h` starts, or `end`.
fn next_trigger_start(triggers: &[&CueHit], h: &CueHit, end: usize) -> usize {
    triggers
        .iter()
        .map(|o| o.start)
        .filter(|&s| s > h.end)
        .min()
        .unwrap_or(end)
}

/// Days between an elliptic comparison's place and the verb it shares: "..., a day after
/// Zaranj," is -1 (Zaranj's event came a day before the verb's), "..., two days before
/// Kabul." is 2. Only when the place ends the phrase: "a day after Zaranj fell" has a verb
/// of its own.
fn elliptic_shift(text: &str, t: &Target, lex: &crate::lexicon::Lexicon) -> Option<i64> {
    let after = text[t.tail..].trim_start();
    if !(after.is_empty() || after.starts_with([',', '.', ';', ':'])) {
        return None;
    }
    let before = text[..t.start].trim_end();
    let g = &lex.grammar;
    [(&g.days_after, -1), (&g.days_before, 1)]
        .into_iter()
        .find_map(|(phrases, sign)| {
            phrases.iter().find_map(|p| {
                let rest = before.strip_suffix(p.as_str())?.trim_end();
                let number = rest.rsplit(' ').next()?;
                let n = crate::dates::number_word(number)?;
                rest[..rest.len() - number.len()]
                    .trim_end()
                    .ends_with(',')
                    .then_some(sign * i64::from(n))
            })
        })
}

/// Where `phrase` first occurs in `text` as whole words.
fn find_phrase(text: &str, phrase: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    text.match_indices(phrase).map(|(i, _)| i).find(|&i| {
        let end = i + phrase.len();
        (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Whether a count noun ("provincial capitals", "districts") is counted: a number in it or
/// before it, a quantifier ("several", "more"), or "of" ("dozens of districts").
fn is_counted(text: &str, x: &CueHit, lex: &crate::lexicon::Lexicon) -> bool {
    text[x.start..x.end].bytes().any(|b| b.is_ascii_digit()) || {
        let prev = word_before(text, x.start);
        number_or_quantifier(prev, lex) || prev == "of"
    }
}

/// The places a count after the trigger lists between dashes or after a colon ("seized
/// three more provincial capitals on Sunday — Kunduz, Sar-e-Pul and Taluqan —"), when the
/// list holds nothing but places and the words joining them.
fn enumerated(
    text: &str,
    h: &CueHit,
    targets: &[Target],
    counts: &[(usize, usize)],
    lex: &crate::lexicon::Lexicon,
    valid: &dyn Fn(&CueHit, &Target) -> bool,
) -> Vec<Target> {
    let Some(open) = text[h.end..].find([';', ':', ',']).map(|i| h.end + i) else {
        return Vec::new();
    };
    if text[open..].starts_with(',') {
        return enumerated_after_comma(text, h, open, targets, counts, lex, valid);
    }
    if !counts_before(text, h, open, counts) {
        return Vec::new();
    }
    let close = text[open + 1..]
        .find([';', ':', '.', '(', '?', '!'])
        .map_or(text.len(), |i| open + 1 + i);
    let listed: Vec<Target> = targets
        .iter()
        .filter(|t| t.start > open && t.end <= close && !t.anaphor && valid(h, t))
        .copied()
        .collect();
    if listed.is_empty() {
        return Vec::new();
    }
    // Between and around the places: only commas and coordinators.
    let mut at = open + 1;
    for t in &listed {
        if !joins_only(&text[at..t.start.max(at)], lex) {
            return Vec::new();
        }
        at = t.tail.max(t.end);
    }
    if !joins_only(&text[at.min(close)..close], lex) {
        return Vec::new();
    }
    listed
}

/// True when the trigger is followed, within ten words, by a count before `open` ("seized
/// three more provincial capitals on Sunday —"): what opens there may list what it counts.
fn counts_before(text: &str, h: &CueHit, open: usize, counts: &[(usize, usize)]) -> bool {
    counts.iter().any(|&(s, e)| s >= h.end && e <= open)
        && text[h.end..open].split_whitespace().count() <= 10
}

/// True when only commas and coordinators stand in `gap` (between listed places).
fn joins_only(gap: &str, lex: &crate::lexicon::Lexicon) -> bool {
    gap.split([',', ' '])
        .filter(|w| !w.is_empty())
        .all(|w| lex.grammar.coordinators.iter().any(|c| c == w))
}

/// The places a count lists after a comma, each perhaps located ("captured two more
/// provincial capitals on Tuesday, Pul-i-Khumri in the north and Farah in the west,"): at
/// least two, joined by commas and coordinators only, and nothing but a comma or the end
/// after the last.
fn enumerated_after_comma(
    text: &str,
    h: &CueHit,
    open: usize,
    targets: &[Target],
    counts: &[(usize, usize)],
    lex: &crate::lexicon::Lexicon,
    valid: &dyn Fn(&CueHit, &Target) -> bool,
) -> Vec<Target> {
    if !counts_before(text, h, open, counts) {
        return Vec::new();
    }
    // "in the north", "in the west": a locative and at most three words, up to the next
    // comma or coordinator. Its length in bytes, or 0.
    let located = |rest: &str| -> usize {
        let mut len = 0;
        let mut words = 0;
        for w in rest.split_inclusive(' ') {
            let bare = w.trim_end();
            if words == 0 && !lex.grammar.locative_prepositions.iter().any(|l| l == bare) {
                return 0;
            }
            if words > 0 && (bare.is_empty() || lex.grammar.coordinators.iter().any(|c| c == bare))
            {
                break;
            }
            let cut = bare.find([',', '.', ';']);
            len += cut.unwrap_or(w.len());
            words += 1;
            if cut.is_some() || words > 4 {
                break;
            }
        }
        if (2..=4).contains(&words) {
            len
        } else {
            0
        }
    };
    let mut listed = Vec::new();
    let mut at = open + 1;
    for t in targets.iter().filter(|t| t.start > open && !t.anaphor) {
        if !joins_only(&text[at..t.start.max(at)], lex) || !valid(h, t) {
            break;
        }
        listed.push(*t);
        at = t.tail.max(t.end);
        let rest = &text[at..];
        let lead = rest.len() - rest.trim_start().len();
        at += lead + located(rest.trim_start());
    }
    let after = text[at..].trim_start();
    if listed.len() >= 2 && (after.is_empty() || after.starts_with([',', '.', ';'])) {
        listed
    } else {
        Vec::new()
    }
}

/// The target nearest the trigger and those coordinated with it, walking away from the
/// trigger while only commas, "and", "or" and a few words stand between targets.
fn coordinated(text: &str, h: &CueHit, mut chain: Vec<Target>, gap: &Gap) -> Vec<Target> {
    if chain.len() <= 1 {
        return chain;
    }
    let after = chain[0].start >= h.end;
    chain.sort_by_key(|t| if after { t.start } else { usize::MAX - t.start });
    let mut out = vec![chain[0]];
    for t in chain.into_iter().skip(1) {
        let prev = *out.last().expect("non-empty");
        // Measured past appositions ("Sar-e Pul, the capital of the province of the same
        // name, and Taluqan"), other place names ("Tirin Kot in Uruzgan, Qalat in Zabul")
        // and relative clauses.
        let range = if after {
            prev.tail.min(t.start)..t.start
        } else {
            t.tail.min(prev.start)..prev.start
        };
        let clause = gap.clause_of[t.start];
        let mut words: Vec<&str> = Vec::new();
        let mut joined = false;
        let bytes = text.as_bytes();
        let mut i = range.start;
        while i < range.end {
            if gap.clause_of[i] != clause || gap.skip.iter().any(|&(a, b)| a <= i && i < b) {
                i += 1;
                continue;
            }
            if bytes[i] == b',' {
                joined = true;
            }
            if bytes[i].is_ascii_alphanumeric() {
                let s0 = i;
                while i < range.end && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                words.push(&text[s0..i]);
                continue;
            }
            i += 1;
        }
        joined |= words.iter().any(|w| *w == "and" || *w == "or");
        let plain = words.iter().all(|w| gap.connectors.iter().any(|c| c == w));
        // A place that sets the scene ("In neighbouring Baghlan, Banu ... was retaken") is
        // no item of a list.
        let scene = |p: &Target| {
            scene_lead(&text[..p.start], gap.locatives, 2) && text[p.end..].starts_with(',')
        };
        if t.anaphor || !joined || !plain || scene(&t) || scene(&prev) {
            break;
        }
        out.push(t);
    }
    out
}

/// What may stand between coordinated places, and the counts a list of places can name.
struct Gap<'a> {
    /// Spans of counted nouns ("three more provincial capitals"): a list after a dash or
    /// colon names what they count.
    counts: Vec<(usize, usize)>,
    /// Spans of reference-point phrases ("south-west of").
    references: Vec<(usize, usize)>,
    clause_of: &'a Clauses,
    /// Spans to ignore: place names, appositions and times.
    skip: Vec<(usize, usize)>,
    /// Words allowed between coordinated places ("and", "in", "the", "west" ...).
    connectors: &'a [String],
    /// Prepositions of place ("in"): one opening the sentence sets its scene.
    locatives: &'a [String],
}

/// Clause numbers of a folded sentence, stored as the offsets where the number changes;
/// indexing by byte offset gives that byte's clause.
struct Clauses {
    /// (first byte, clause number), by first byte.
    bounds: Vec<(usize, usize)>,
    len: usize,
}

impl std::ops::Index<usize> for Clauses {
    type Output = usize;
    fn index(&self, pos: usize) -> &usize {
        debug_assert!(pos <= self.len);
        let k = self.bounds.partition_point(|b| b.0 <= pos) - 1;
        &self.bounds[k].1
    }
}

impl Clauses {
    /// The first byte of a clause.
    fn start_of(&self, clause: usize) -> Option<usize> {
        self.bounds.iter().find(|b| b.1 == clause).map(|b| b.0)
    }
}

/// Clause number of every byte of a folded sentence.
///
/// A relative clause (", which ...", ", where ...", ", who ...") runs to the next comma and
/// then the clause it interrupted resumes: "clashes were reported in Guzara district, where
/// Herat's airport is located, and in neighbouring Injil district" keeps Injil with "clashes".
fn clause_map(text: &str, hits: &[CueHit], relative_pronouns: &[String]) -> Clauses {
    let mut breaks: Vec<(usize, bool)> = hits
        .iter()
        .filter(|h| h.cue == Cue::ClauseBreak)
        // A subordinator that ends its clause is an adverb ("Kunduz has fallen twice before,
        // in September 2015"), and opens none.
        .filter(|h| {
            !(text[h.start..h.end]
                .bytes()
                .all(|b| b.is_ascii_alphabetic())
                && text[h.end..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')')))
        })
        .map(|h| {
            let relative = text[h.start..h.end].starts_with(',')
                && relative_pronouns
                    .iter()
                    .any(|w| text[h.start..h.end].ends_with(w.as_str()));
            (h.start, relative)
        })
        .collect();
    breaks.extend(text.match_indices(';').map(|(i, _)| (i, false)));
    breaks.sort_unstable();
    let bytes = text.as_bytes();
    let mut out = Clauses {
        bounds: vec![(0, 0)],
        len: text.len(),
    };
    let mut current = 0;
    let mut next_id = 0;
    let mut clause = 0;
    let mut resume: Option<usize> = None;
    let mut next = breaks.iter().peekable();
    // Clauses change only at breaks and commas.
    let mut stops: Vec<usize> = breaks.iter().map(|b| b.0).collect();
    stops.extend(comma_offsets(bytes));
    stops.sort_unstable();
    stops.dedup();
    for i in stops {
        // A comma closes an open relative clause (the comma that opened it is its start).
        if let Some(outer) = resume {
            if bytes.get(i) == Some(&b',')
                && current == clause
                && i > 0
                && next.peek().is_none_or(|&&(b, _)| b != i)
            {
                clause = outer;
                resume = None;
            }
        }
        while let Some(&&(b, relative)) = next.peek() {
            if b > i {
                break;
            }
            next_id += 1;
            if relative {
                resume = Some(clause);
            } else if bytes[b] == b',' || bytes[b] == b';' || bytes[b] == b':' {
                resume = None;
            }
            // A break inside a relative clause ("where the corps had lost hundreds of men
            // since the spring, had also fallen") ends with it: its comma resumes the
            // clause the relative interrupted.
            clause = next_id;
            next.next();
        }
        if clause != current {
            out.bounds.push((i, clause));
            current = clause;
        }
    }
    out
}

/// Offsets of the commas in `bytes`.
fn comma_offsets(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b',')
        .map(|(i, _)| i)
}

/// A time expression that dates a statement ("said on Thursday", "confirmed on Friday").
fn is_statement_time(text: &str, t: &TimeExpr, hits: &[CueHit]) -> bool {
    hits.iter().any(|h| {
        // A pledge's day is its statement's too ("had promised on Monday that ...").
        matches!(h.cue, Cue::Speech | Cue::ClaimWord | Cue::Pledge) && h.end <= t.start && {
            let between: Vec<&str> = text[h.end..t.start].split_whitespace().collect();
            between.len() <= 1 && between.iter().all(|w| *w == "on")
        }
        // "Heavy fighting was reported on 10 August": the report dates what it reports.
        && !hits.iter().any(|x| {
            matches!(x.cue, Cue::Trigger(_))
                && x.end <= h.start
                && text[x.end..h.start].split_whitespace().count() <= 2
        })
    })
}

/// Words of a phrase locating a place by a part of it ("in the southern and western
/// neighbourhoods of" before "Faizabad"), counted back from the place to the preposition
/// that opens it (at most six); 0 when the place is not preceded by "<part> of".
fn town_part_phrase(text: &str, place: usize, grammar: &crate::lexicon::Grammar) -> usize {
    let words: Vec<&str> = words_back(text, place).take(8).collect();
    if words.len() < 2 || words[0] != "of" || !grammar.town_parts.iter().any(|p| p == words[1]) {
        return 0;
    }
    words
        .iter()
        .position(|w| grammar.town_part_prepositions.iter().any(|p| p == w))
        .filter(|&n| n <= 6)
        .map_or(2, |n| n + 1)
}

/// True when the place at `s..e` modifies a counted plural ("two more Panjshir districts"):
/// a plural of `grammar.counted_nouns` right after it, a number or quantifier right before.
fn counted_places(text: &str, s: usize, e: usize, lex: &crate::lexicon::Lexicon) -> bool {
    cue_after(text, e, &lex.grammar.counted_nouns)
        && number_or_quantifier(word_before(text, s), lex)
}

/// True when `lead`, the text before a place, only opens the sentence with a preposition of
/// place: no comma, a locative first word, at most `max_words` words in all ("In
/// neighbouring", "In").
fn scene_lead(lead: &str, locatives: &[String], max_words: usize) -> bool {
    let mut words = lead.split_whitespace();
    !lead.contains(',')
        && words
            .next()
            .is_some_and(|w| locatives.iter().any(|l| l == w))
        && words.count() < max_words
}

/// Byte offset of `part`, a slice of `text`, within `text`.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The last word of `text[..at]`, or "".
fn word_before(text: &str, at: usize) -> &str {
    words_back(text, at).next().unwrap_or("")
}

/// The words (runs of ASCII letters and digits) of `text[..at]`, last first.
/// True when the infinitive trigger at `at` is ranked ("the first provincial capital to
/// fall", "the 14th city to fall"): a rank word or an ordinal number within four words before
/// its marker.
fn ranked_infinitive(text: &str, at: usize, grammar: &crate::lexicon::Grammar) -> bool {
    let mut back = words_back(text, at);
    back.next()
        .is_some_and(|w| grammar.infinitive_markers.iter().any(|m| m == w))
        && back.take(4).any(|w| {
            grammar.rank_words.iter().any(|r| r == w)
                || grammar.ordinal_suffixes.iter().any(|suffix| {
                    w.strip_suffix(suffix.as_str())
                        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                })
        })
}

fn words_back(text: &str, at: usize) -> impl Iterator<Item = &str> {
    text[..at]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
}

/// True when a plural of `grammar.counted_nouns` that is no facility ("districts", not
/// "checkpoints") stands within six words after a trigger ending at `from`, and the place at
/// `to` locates it: a locative preposition follows the plural, at most three words before
/// the place ("districts in north-eastern Badakhshan").
fn plural_object(
    text: &str,
    from: usize,
    to: usize,
    hits: &[CueHit],
    lex: &crate::lexicon::Lexicon,
) -> bool {
    // The preposition first (cheap): one of the four words before the place.
    words_back(text, to).take(4).any(|w| {
        let at = offset_in(text, w);
        if at < from || !lex.grammar.locative_prepositions.iter().any(|p| p == w) {
            return false;
        }
        // Then the plural right before it.
        let before = text[from..at].trim_end();
        let e = from + before.len();
        lex.grammar.counted_nouns.iter().any(|noun| {
            before.ends_with(noun.as_str()) && {
                let s = e - noun.len();
                crate::text::is_boundary(text.as_bytes().get(s.wrapping_sub(1)))
                    && s >= from
                    && text[from..s].split_whitespace().count() <= 6
                    && !hits.iter().any(|x| {
                        matches!(x.cue, Cue::Facility | Cue::SeatFacility)
                            && x.start < e
                            && s < x.end
                    })
            }
        })
    })
}

/// True when the place at `at` follows a plural of `grammar.counted_nouns` and one of
/// `grammar.part_prepositions`, perhaps with a determiner between ("districts of the
/// province of", "districts in Badghis"): it holds what was counted, and is not named itself.
fn districts_of(text: &str, at: usize, lex: &crate::lexicon::Lexicon) -> bool {
    let grammar = &lex.grammar;
    words_back(text, at)
        .find(|w| !grammar.determiners.iter().any(|d| d == w))
        .filter(|w| grammar.part_prepositions.iter().any(|p| p == w))
        .is_some_and(|prep| {
            crate::mentions::cue_before(text, offset_in(text, prep), &grammar.counted_nouns)
        })
}

/// True when the words right before a verb at `at`, auxiliaries and trigger adverbs aside,
/// end with one of `grammar.air_agents` ("its jets had", "US B-52 bombers").
fn air_subject(text: &str, at: usize, grammar: &crate::lexicon::Grammar) -> bool {
    let mut lead = text[..at].trim_end();
    while let Some(w) = words_back(lead, lead.len()).next().filter(|w| {
        grammar.auxiliaries.iter().any(|a| a == w) || grammar.trigger_adverbs.iter().any(|a| a == w)
    }) {
        lead = text[..offset_in(text, w)].trim_end();
    }
    crate::mentions::cue_before(text, lead.len(), &grammar.air_agents)
}

/// True when `hit` lies inside one of the `appositions` and `at` outside it: what the
/// apposition says is no part of the clause around it.
fn in_other_apposition(appositions: &[(usize, usize)], hit: &CueHit, at: usize) -> bool {
    appositions
        .iter()
        .any(|&(a, b)| a <= hit.start && hit.end <= b && !(a <= at && at < b))
}

/// A speaker named after a preposition of place ("a press conference in Kabul", "reporters
/// from Kabul") is where something was said, not who said it: no cue.
fn located_speakers(
    text: &str,
    mut hits: Vec<CueHit>,
    lex: &crate::lexicon::Lexicon,
) -> Vec<CueHit> {
    hits.retain(|x| {
        !(matches!(x.cue, Cue::Speaker(_))
            && (preceded_by_any(text, x.start, &lex.grammar.locative_prepositions)
                || preceded_by_any(text, x.start, &lex.origin_preps)))
    });
    hits
}

/// A leader's name after `grammar.loyalty_words` ("fighters loyal to the former
/// vice-president, Amrullah Saleh") names the leader's side; without them it is a person,
/// and no cue.
fn followers(text: &str, hits: Vec<CueHit>, grammar: &crate::lexicon::Grammar) -> Vec<CueHit> {
    if !hits.iter().any(|h| matches!(h.cue, Cue::Leader(_))) {
        return hits;
    }
    hits.into_iter()
        .filter_map(|mut h| {
            let Cue::Leader(actor) = h.cue else {
                return Some(h);
            };
            let from = words_back(text, h.start)
                .take(6)
                .last()
                .map_or(h.start, |w| offset_in(text, w));
            let window = format!(" {} ", &text[from..h.start]);
            grammar
                .loyalty_words
                .iter()
                .any(|w| window.contains(&format!(" {w} ")))
                .then(|| {
                    h.cue = Cue::Actor { actor, weak: false };
                    h
                })
        })
        .collect()
}

/// "34", "three", "several", "more": a word that counts what follows it.
fn number_or_quantifier(word: &str, lex: &crate::lexicon::Lexicon) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || lex.grammar.quantifiers.iter().any(|q| q == word)
}

/// The preposition cue right before a target, if any ("from Kunduz", "towards Chahar Burjak").
/// A verb between them takes the place as its object instead: "sent to win back Dawlat
/// Abad" is not a destination; so does a verb that ends in "from" ("cleared the Taliban
/// from Kunduz"), but not one that ends in "towards" ("retreated towards X" names where
/// they went). Nor is a place after a subordinator that opens a clause of its own
/// ("retreated to the airport after Herat fell").
fn prep_before(
    text: &str,
    start: usize,
    hits: &[CueHit],
    lex: &crate::lexicon::Lexicon,
) -> Option<Cue> {
    hits.iter()
        .filter(|h| matches!(h.cue, Cue::Origin | Cue::Destination) && h.end <= start)
        .rfind(|h| {
            let between = &text[h.end..start];
            let words = between.split_whitespace().count();
            // A longer destination places its noun ("to the army corps headquarters at the
            // city's airport").
            (words <= 4
                || words <= 8
                    && h.cue == Cue::Destination
                    && between
                        .split_whitespace()
                        .any(|w| lex.grammar.destination_locatives.iter().any(|l| l == w)))
                && !between.contains(',')
        })
        // (Nor across the opening of a clause: "a deputy governor from Jawzjan described how
        // Shebergan fell".)
        .filter(|p| {
            !text[p.end..start].split_whitespace().any(|w| {
                lex.grammar.sequence_subordinators.iter().any(|s| s == w)
                    || lex.grammar.complementizers.iter().any(|c| c == w)
            })
        })
        .filter(|p| {
            !hits.iter().any(|t| {
                matches!(t.cue, Cue::Trigger(_))
                    && ((t.start >= p.end && t.end <= start)
                        // "cleared the Taliban from Kunduz": the verb's own preposition.
                        || (p.cue == Cue::Origin && t.start < p.start && p.end == t.end))
            })
        })
        .map(|h| h.cue)
}

/// The offset before any determiners right before `at` ("by its police garrison" → before
/// "its").
fn skip_determiners(text: &str, mut at: usize, determiners: &[String]) -> usize {
    loop {
        let before = text[..at].trim_end();
        let word_start = before
            .rfind(|c: char| !c.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if word.is_empty() || !determiners.iter().any(|d| d == word) {
            return at;
        }
        at = word_start;
    }
}

/// True when the word before `at` is one of `words` (lexicon lists).
fn preceded_by_any(text: &str, at: usize, words: &[String]) -> bool {
    let prev = word_before(text, at);
    words.iter().any(|w| w == prev)
}

/// An actor name used as a speaker ("a Taliban spokesman said"), not as a subject.
fn is_speaker(text: &str, x: &CueHit, hits: &[CueHit]) -> bool {
    hits.iter().any(|h| {
        h.cue == Cue::SpeakerNoun
            && h.start >= x.end
            && text[x.end..h.start].split_whitespace().all(|w| w == "s")
    })
}

/// The length of a factbox line's head, dash included: a name in capitals, perhaps its
/// province in brackets, then a dash ("HERAT – ", "SHEBERGHAN (Jowzjan) – ").
fn factbox_head(line: &str) -> Option<usize> {
    let name_end = line
        .find(|c: char| !(c.is_uppercase() || c == ' ' || c == '-' || c == '\'' || c == '.'))
        .unwrap_or(line.len());
    let name = line[..name_end].trim();
    if name.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let mut rest = &line[name_end..];
    if let Some(r) = rest.strip_prefix('(') {
        rest = r.split_once(')')?.1.trim_start();
    }
    let after = rest
        .strip_prefix('\u{2013}')
        .or_else(|| rest.strip_prefix('\u{2014}'))
        .or_else(|| rest.strip_prefix("- "))?;
    Some(line.len() - after.len())
}

/// One event per (place, level, kind, actor) per article: the earliest specific day wins,
/// and a confirmed mention clears the claim flag. A contest by the side whose unclaimed
/// capture of the same place the article reports (within a day) is part of that capture.
fn merge(mut raw: Vec<Event>) -> Vec<Event> {
    partial_entries(&mut raw);
    let mut out = merge_duplicates(raw);
    repelled_entries(&mut out);
    date_captures_by_withdrawals(&mut out);
    for e in &mut out {
        e.precision = crate::precision::Precision::of(e.place.level, e.date_precision);
    }
    let captured: Vec<(String, String, Option<NaiveDate>)> = out
        .iter()
        .filter(|e| e.kind == EventKind::Capture && !e.claim)
        .map(|e| (e.place.id.clone(), e.actor.clone(), e.date))
        .collect();
    out.into_iter()
        .filter(|e| {
            e.kind != EventKind::Contest
                || !captured.iter().any(|(id, actor, d)| {
                    *id == e.place.id
                        && *actor == e.actor
                        && match (d, e.date) {
                            (Some(a), Some(b)) => (*a - b).num_days().abs() <= 1,
                            _ => true,
                        }
                })
        })
        .collect()
}

/// An entry that took only buildings of the town ("entered the city and took the police
/// headquarters and the prison for several hours") is a contest, unless the article has the
/// other side leaving the town that day ("government forces abandoned the city ... The
/// insurgents entered the city, taking the governor's office").
fn partial_entries(events: &mut [Event]) {
    let left: Vec<(String, String, Option<NaiveDate>)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Withdraw)
        .map(|e| (e.place.id.clone(), e.actor.clone(), e.date))
        .collect();
    // The same entry told twice, once as partial ("Taliban enter Kunduz" over "entered
    // Kunduz city ... while street battles continued"), is partial.
    let partial: Vec<(String, String, Option<NaiveDate>)> = events
        .iter()
        .filter(|e| e.partial_entry)
        .map(|e| (e.place.id.clone(), e.actor.clone(), e.date))
        .collect();
    for e in events
        .iter_mut()
        .filter(|e| e.entry && e.kind == EventKind::Capture)
    {
        if partial
            .iter()
            .any(|(id, actor, d)| *id == e.place.id && *actor == e.actor && *d == e.date)
        {
            e.partial_entry = true;
        }
    }
    for e in events.iter_mut().filter(|e| e.partial_entry) {
        if !left
            .iter()
            .any(|(id, actor, d)| *id == e.place.id && *actor != e.actor && *d == e.date)
        {
            e.kind = EventKind::Contest;
        }
    }
}

/// A side that took a place and was driven out of it the same day ("the militants entered
/// the city in the morning ... security forces pushed them out of it that night") only got
/// in: its capture is a contest, and the other side's taking back is no change (the pack's
/// rule for repelled attacks). Fighting the same day is not enough: it may be the
/// counter-attack after the expulsion.
fn repelled_entries(events: &mut Vec<Event>) {
    let repelled: Vec<(String, String, Option<NaiveDate>)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Capture)
        .filter_map(|e| {
            let loser = e.driven_out.as_ref()?;
            events
                .iter()
                .any(|c| {
                    (c.kind == EventKind::Capture || c.partial_entry)
                        && c.actor == *loser
                        && c.place.id == e.place.id
                        && c.date == e.date
                })
                .then(|| (e.place.id.clone(), loser.clone(), e.date))
        })
        .collect();
    if repelled.is_empty() {
        return;
    }
    events.retain(|e| {
        !(e.driven_out.as_ref().is_some_and(|l| {
            repelled
                .iter()
                .any(|(id, loser, d)| *id == e.place.id && loser == l && *d == e.date)
        }))
    });
    for e in events.iter_mut() {
        if e.kind == EventKind::Capture
            && repelled
                .iter()
                .any(|(id, loser, d)| *id == e.place.id && *loser == e.actor && *d == e.date)
        {
            e.kind = EventKind::Contest;
        }
    }
}

/// A capture the article dates only by its publication, of a place the other side is
/// reported leaving on a given day, happened that day: forces leaving is the handover.
fn date_captures_by_withdrawals(events: &mut [Event]) {
    let withdrawals: Vec<(String, String, NaiveDate)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Withdraw && e.date_precision == DatePrecision::Day)
        .filter_map(|e| e.date.map(|d| (e.place.id.clone(), e.actor.clone(), d)))
        .collect();
    for e in events
        .iter_mut()
        .filter(|e| e.kind == EventKind::Capture && e.date_precision == DatePrecision::Publication)
    {
        if let Some((_, _, d)) = withdrawals.iter().find(|(id, actor, d)| {
            *id == e.place.id && *actor != e.actor && e.date.is_none_or(|p| *d <= p)
        }) {
            e.date = Some(*d);
            e.date_precision = DatePrecision::Day;
        }
    }
}

fn merge_duplicates(raw: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let mut index: rustc_hash::FxHashMap<(String, Level, EventKind, String), usize> =
        rustc_hash::FxHashMap::default();
    for e in raw {
        let key = (e.place.id.clone(), e.place.level, e.kind, e.actor.clone());
        // A district and its centre town share the town's id: "Taliban take Imam Sahib
        // district" over "captured the centre of Imam Sahib district" is one change, of the
        // town, in its district, when one is named like the other (not Andarab and its
        // centre Banu, two places to a reader).
        let other_level = match e.place.level {
            Level::City => Some(Level::District),
            Level::District => Some(Level::City),
            _ => None,
        };
        let same_town = || {
            other_level
                .and_then(|l| index.get(&(key.0.clone(), l, key.2, key.3.clone())))
                .filter(|&&i| {
                    let (a, b) = (
                        crate::text::fold_key(&out[i].place.name),
                        crate::text::fold_key(&e.place.name),
                    );
                    a.contains(b.as_str()) || b.contains(a.as_str())
                })
                .copied()
        };
        match index.get(&key).copied().or_else(same_town) {
            None => {
                index.insert(key, out.len());
                out.push(e);
            }
            Some(i) => {
                let cur = &mut out[i];
                if cur.place.level != e.place.level {
                    let district = cur.place.district.take().or(e.place.district.clone());
                    if e.place.level == Level::City {
                        cur.place = e.place.clone();
                    }
                    cur.place.district = district;
                }
                let better_date = match (cur.date_precision, e.date_precision) {
                    (DatePrecision::Day, DatePrecision::Day) => {
                        (e.day_borrowed, e.date) < (cur.day_borrowed, cur.date)
                    }
                    (DatePrecision::Day, _) => false,
                    (_, DatePrecision::Day) => true,
                    _ => false,
                };
                if better_date {
                    cur.date = e.date;
                    cur.date_precision = e.date_precision;
                    cur.day_borrowed = e.day_borrowed;
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

/// A relative clause without its pronoun in `place`'s apposition, whose active verb `h`
/// lacks its object ("Chimtal, a district centre the insurgents overran on Monday,"): the
/// apposition opens with a determiner, has a noun and a subject before the verb and names
/// no place up to its end.
fn gapped_relative(
    text: &str,
    h: &CueHit,
    place: &Target,
    targets: &[Target],
    lex: &crate::lexicon::Lexicon,
) -> bool {
    let Cue::Trigger(i) = h.cue else { return false };
    if lex.triggers[i].frame != Frame::Active {
        return false;
    }
    let Some(before) = text[place.end..h.start].strip_prefix(", ") else {
        return false;
    };
    let words: Vec<&str> = before.split_whitespace().collect();
    // "Shibirghan, a day after taking ...": a time, not a description.
    (3..=7).contains(&words.len())
        && !text[h.start..h.end].ends_with("ing")
        && find_time_exprs(before).is_empty()
        && words
            .first()
            .is_some_and(|w| lex.grammar.determiners.iter().any(|d| d == w))
        && !before.contains(|c: char| !(c.is_ascii_alphanumeric() || c == ' ' || c == '-'))
        && !targets
            .iter()
            .any(|o| o.start > place.end && o.start < place.tail)
}
