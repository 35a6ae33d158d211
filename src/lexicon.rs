//! The extractor's word lists: control verbs and their frames, modality, claim and negation
//! cues, facility words, anaphors. Loaded from the region pack's `lexicon.json`, so another
//! conflict (or another language register) needs no code change.
//!
//! In: `lexicon.json` (phrases written as they appear in text). Out: a [`Lexicon`] and, once
//! compiled, a [`CueIndex`] that finds every cue in a folded sentence in one pass.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::phrase::{PhraseHit, PhraseIndex};
use crate::region::Actor;
use crate::text::fold_key;

/// What a control event asserts about a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// The actor takes control (retaking included).
    Capture,
    /// The actor attacks, besieges or fights for the place; no change asserted.
    Contest,
    /// The actor's own forces leave or give the place up.
    Withdraw,
    /// A report that a change did not happen ("a spokesman denied that the city had
    /// fallen"). Not a control event: the timeline uses it to mark a change disputed.
    Denial,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Capture => "capture",
            EventKind::Contest => "contest",
            EventKind::Withdraw => "withdraw",
            EventKind::Denial => "denial",
        }
    }
}

/// Where the trigger expects its actor and its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frame {
    /// ACTOR verb PLACE ("the Taliban captured Kunduz").
    Active,
    /// PLACE verb [to|by ACTOR] ("Kunduz fell to the Taliban", "was overrun by").
    Passive,
    /// noun of PLACE [by ACTOR] ("the fall of Ghazni", "the Taliban takeover of Zaranj").
    Nominal,
}

/// One control verb, phrase or nominalisation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Trigger {
    pub phrase: String,
    pub kind: EventKind,
    pub frame: Frame,
    /// When set, the event needs an actor named in the clause (no default actor).
    #[serde(default)]
    pub needs_actor: bool,
    /// When set, a facility object ("the governor's office") makes the city contested.
    #[serde(default = "yes")]
    pub facility_downgrade: bool,
    /// The subject of the trigger is the side that loses ("troops surrendered", "the loss
    /// of"): the actor is only taken from "to/by X" after it, else the default.
    #[serde(default)]
    pub loser_subject: bool,
    /// The actor the phrase itself names ("came under Taliban control").
    #[serde(default)]
    pub actor: Option<String>,
    /// The side the phrase names as driven out ("drove the taliban out of"): the capture is
    /// its opponent's unless the clause names who took it, and with `loser_withdraws` it
    /// withdraws from the place as well.
    #[serde(default)]
    pub loser: Option<String>,
    /// The place is not named with the trigger but known from context ("Taliban fighters
    /// walked in a few hours later").
    #[serde(default)]
    pub object_from_context: bool,
    /// A bare infinitive ("retake"): an event only after an attempt cue, and then a contest.
    #[serde(default)]
    pub infinitive: bool,
    /// A bare gerund of a one-word verb ("overrunning"): an event only right after a word
    /// of `grammar.gerund_temporals` ("a day after overrunning the district headquarters").
    #[serde(default)]
    pub gerund: bool,
    /// A word too common to be a trigger anywhere else ("followed"): an event only right
    /// after the place it is about ("Herat followed late the same day").
    #[serde(default)]
    pub needs_place_subject: bool,
    /// A verb that says nothing of control unless a time or the clause's end follows it
    /// ("Qala-i-Naw went a day earlier", "Kabul had gone", not "Muqur went on").
    #[serde(default)]
    pub needs_time_after: bool,
    /// A transfer ("was handed over"): the side after "by" gave the place away; only
    /// `grammar.recipient_prepositions` ("to") name who took it.
    #[serde(default)]
    pub recipient_only: bool,
    /// Getting in ("entered", "moved into"): with a building or a part of the same town
    /// taken in the same sentence ("entered the city and took the police headquarters"), the
    /// side held part of it, a contest.
    #[serde(default)]
    pub entry: bool,
    /// A state ("under Taliban control"): an event only when "since" and a day follow it
    /// ("since 3 July"), which date the change.
    #[serde(default)]
    pub needs_since_day: bool,
}

fn yes() -> bool {
    true
}

/// The labels of a fact-check's claim and verdict lines, folded, without their colons.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FactCheck {
    /// "claim"
    #[serde(default)]
    pub claim_labels: Vec<String>,
    /// "verdict", "rating"
    #[serde(default)]
    pub verdict_labels: Vec<String>,
    /// Verdicts that deny the claim ("false", "misleading", "unproven").
    #[serde(default)]
    pub false_verdicts: Vec<String>,
    /// Verdicts that uphold it ("true", "largely true"): the claim is a report.
    #[serde(default)]
    pub true_verdicts: Vec<String>,
}

/// A phrase that refers back to a place named earlier ("the city", "the provincial capital").
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Anaphor {
    pub phrase: String,
    /// `city`, `district`, `province`, `place` (any), `national_capital`,
    /// `provincial_capital` (the last capital named, or the capital of the last province), or
    /// `district_centre` (the last district centre named, even where a source stands: "Residents
    /// in Chimtal say the Taliban took the district centre"; else as `city`).
    pub refers_to: String,
    /// Only as the object right after a trigger ("seized it"): pronouns.
    #[serde(default)]
    pub object_only: bool,
}

/// Context cues that tell a city from a province of the same name.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PlaceCues {
    /// Words right after a name that make it a province ("province").
    pub province_after: Vec<String>,
    /// Words right after a name that make it a district ("district").
    pub district_after: Vec<String>,
    /// Words right after a name that make it a district's seat ("district centre"): the
    /// district's town.
    #[serde(default)]
    pub district_seat_after: Vec<String>,
    /// The plural after a list of names that makes every name in it a district ("Qarabagh
    /// and Kalakan districts").
    #[serde(default)]
    pub districts_after: Vec<String>,
    /// The same for provinces ("Kandahar, Helmand and Herat provinces").
    #[serde(default)]
    pub provinces_after: Vec<String>,
    /// Words right after a name that make it a city ("city", "town").
    pub city_after: Vec<String>,
    /// Words right after a province's name that make it the province's capital ("the Zabul
    /// capital", "the Helmand provincial capital").
    #[serde(default)]
    pub capital_after: Vec<String>,
    /// Words right before a name that make it a city ("the city of", "town of").
    pub city_before: Vec<String>,
    /// Words right before a name that make it a province ("the province of", "capital of").
    pub province_before: Vec<String>,
    /// Words right before a province that make it a description of a place, not a target
    /// ("capital of", "centre of", "the north of").
    pub descriptor_before: Vec<String>,
}

/// Function words the extractor's rules lean on (English here; another language's pack
/// brings its own).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Grammar {
    /// Open a relative clause after a comma ("which", "where", "who").
    pub relative_pronouns: Vec<String>,
    /// Before a nominal trigger, make it a verb with a subject ("were fighting").
    pub be_verbs: Vec<String>,
    /// An actor after one of these is an object, not a subject ("a deal with the insurgents").
    pub object_prepositions: Vec<String>,
    /// An actor after one of these, after a passive trigger, is the agent ("fell to", "by").
    pub agent_prepositions: Vec<String>,
    /// "in" for locations of counts and statements ("three districts in", "told reporters in").
    pub locative_prepositions: Vec<String>,
    /// Join an elliptic second place to a passive ("and Kandahar the following day").
    pub coordinators: Vec<String>,
    /// Before a bare infinitive trigger ("to retake").
    pub infinitive_markers: Vec<String>,
    /// After a modal, marks the past ("should have been"): not a prediction.
    pub perfect_auxiliary: String,
    /// First words of an apposition after a place name ("Zaranj, the capital of ...").
    pub apposition_openers: Vec<String>,
    /// Vague actor names that mean the place's own side ("its defenders").
    pub own_side_markers: Vec<String>,
    /// Adverbs that may sit inside an auxiliary trigger ("had also taken").
    #[serde(default)]
    pub trigger_adverbs: Vec<String>,
    /// Auxiliaries a trigger may start with ("has", "was", "had been").
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// What a fight is for when its subject defends ("fought on Sunday to hold Herat"): the
    /// other side attacked.
    #[serde(default)]
    pub defence_purposes: Vec<String>,
    /// Adverbs that, closing a trigger's clause, look back on a past already told ("has
    /// changed hands before"), like a closing "since".
    #[serde(default)]
    pub retrospective_adverbs: Vec<String>,
    /// Words that hedge a number ("about 370,000 people"): "the city of about ..." gives a
    /// size, not a name.
    #[serde(default)]
    pub approximators: Vec<String>,
    /// Where an attack comes from when it names no agent ("under attack from all sides",
    /// "from the north").
    #[serde(default)]
    pub direction_words: Vec<String>,
    /// Pronouns that stand for a side as a verb's subject ("before they left").
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// Contracted auxiliaries as folded text has them, each with its full form ("ve" for
    /// "have": "they've taken" matches the trigger "have taken").
    #[serde(default)]
    pub contracted_auxiliaries: Vec<(String, String)>,
    /// Words that make a count ("dozens of districts", "three districts").
    #[serde(default)]
    pub quantifiers: Vec<String>,
    /// Words for a province's capital: "Jowzjan's capital", "the capital of Helmand".
    #[serde(default)]
    pub capital_words: Vec<String>,
    /// Determiners that may stand between a preposition and an actor ("by its garrison").
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Facility words that name a place of their own in the pack ("airport", "airfield").
    #[serde(default)]
    pub facility_places: Vec<String>,
    /// An actor after one of these is not a subject ("fell to the Taliban").
    #[serde(default)]
    pub non_subject_prepositions: Vec<String>,
    /// Open a clause that happened before or after the verb before them ("entered Maymana
    /// on Saturday after elders negotiated the surrender"): a time right before one is that
    /// verb's, not the clause's.
    #[serde(default)]
    pub sequence_subordinators: Vec<String>,
    /// Place a destination's noun ("fell back to the corps headquarters at the city's
    /// airport"): a place after one of these, inside the destination phrase, is where the
    /// leavers went, not what they left.
    #[serde(default)]
    pub destination_locatives: Vec<String>,
    /// Right after a one-word verb of taking, a place after one of these is where, not
    /// what: the verb's object stands before its subject ("the equipment the Taliban
    /// seized at Qunduz airport").
    #[serde(default)]
    pub gap_prepositions: Vec<String>,
    /// End an elliptic comparison before a place, after a number: "fell on Saturday, a day
    /// after Zaranj" (Zaranj fell the day before), "two days before Kabul".
    #[serde(default)]
    pub days_after: Vec<String>,
    #[serde(default)]
    pub days_before: Vec<String>,
    /// Ranks that make an infinitive a report ("the first provincial capital to fall"): it
    /// happened. "next" is not one: it predicts.
    #[serde(default)]
    pub rank_words: Vec<String>,
    /// Endings that make a number a rank ("14th"), as rank words do.
    #[serde(default)]
    pub ordinal_suffixes: Vec<String>,
    /// Copulas between a pronoun and a ranked infinitive ("it was the third capital to
    /// fall"): the pronoun is the place that fell.
    #[serde(default)]
    pub ranked_copulas: Vec<String>,
    /// Verbs standing for the one before them, with the places after them as their subjects
    /// ("Lashkar Gah fell on Friday, as did Qalat").
    #[serde(default)]
    pub ellipsis_verbs: Vec<String>,
    /// Subordinators of a clause that happened the day of the clause it hangs on, when it
    /// names no day of its own ("took the crossing the next day after troops abandoned
    /// their posts").
    #[serde(default)]
    pub attached_subordinators: Vec<String>,
    /// A place right after one of these is left out of what happened ("every province
    /// except Panjshir").
    #[serde(default)]
    pub exclusions: Vec<String>,
    /// Forces named by a pronoun ("its fighters", "his men"): the speaker's side.
    #[serde(default)]
    pub pronoun_forces: Vec<String>,
    /// Parts of a town named before "of" ("the western neighbourhoods of Faizabad"): the
    /// phrase locates the place, it does not put distance between a verb and its object.
    #[serde(default)]
    pub town_parts: Vec<String>,
    /// Prepositions that open such a phrase ("in", "around").
    #[serde(default)]
    pub town_part_prepositions: Vec<String>,
    /// Words opening a condition inside a sentence ("if Mazar falls"): no event follows.
    #[serde(default)]
    pub conditionals: Vec<String>,
    /// Words opening a background clause ("since it took Kabul last Sunday"): a day named
    /// after one is not lent to an undated event before it.
    #[serde(default)]
    pub background_subordinators: Vec<String>,
    /// Verbs of defence ("repelled", "beat back"): the subject of "repelled an attack on"
    /// is the defender, so the attack is the other side's.
    #[serde(default)]
    pub repel_verbs: Vec<String>,
    /// The word that makes a bare participle perfect ("having overrun"): not an infinitive.
    #[serde(default)]
    pub participle_perfect: Vec<String>,
    /// Nouns of a route named by its two ends ("the Kabul-Kandahar highway"): the ends are
    /// not where the route was fought over.
    #[serde(default)]
    pub route_nouns: Vec<String>,
    /// Before a gerund of means ("by seizing"): it shares the main verb's modality.
    #[serde(default)]
    pub means_prepositions: Vec<String>,
    /// Plurals a place can locate in a count ("two more Panjshir districts"): the place is
    /// not what was taken.
    #[serde(default)]
    pub counted_nouns: Vec<String>,
    /// Words that open a clause of their own ("described how Shebergan fell"): no
    /// preposition before them governs a place after them.
    #[serde(default)]
    pub complementizers: Vec<String>,
    /// Civilians as a verb's subject ("thousands of people storm the runway"): no side.
    #[serde(default)]
    pub civilian_nouns: Vec<String>,
    /// Words up to three before a fight that put it before or outside the change ("entered
    /// the city after two weeks of fighting", "without fighting"): such a fight does not
    /// keep an entry from being a capture.
    #[serde(default)]
    pub settled_fight_words: Vec<String>,
    /// Words up to five after a fight that put it outside the town ("fighting continued in
    /// nearby villages"): such a fight does not keep an entry from being a capture either.
    #[serde(default)]
    pub outlying_words: Vec<String>,
    /// Vague quantifiers that, right before a town, make taking it a contest ("entered parts
    /// of Sharana"); before anything else they name no place.
    #[serde(default)]
    pub partial_quantifiers: Vec<String>,
    /// Plurals of military positions: leaving them in a place ("abandoned their bases in
    /// Argo district") leaves the place, though taking them only locates a count.
    #[serde(default)]
    pub position_nouns: Vec<String>,
    /// Between counted plurals and the place that holds them ("districts of Badghis").
    #[serde(default)]
    pub part_prepositions: Vec<String>,
    /// Subjects that strike from the air ("jets", "bombers", "the air force"): their verbs of
    /// attack contest no ground.
    #[serde(default)]
    pub air_agents: Vec<String>,
    /// Before a province, say the event spread over it and names no place in it ("across
    /// Ghazni province").
    #[serde(default)]
    pub spread_prepositions: Vec<String>,
    /// Nouns after a place that make it a military unit's name ("Maiwand Corps").
    #[serde(default)]
    pub unit_nouns: Vec<String>,
    /// Verbs whose infinitive object happened ("allowed the soldiers to leave the city").
    #[serde(default)]
    pub factive_verbs: Vec<String>,
    /// Before a facility, say its holders left it ("the deserted customs terminal"): taking
    /// it takes the town.
    #[serde(default)]
    pub emptied_adjectives: Vec<String>,
    /// Before a leader's name, at most six words back, make the name the leader's side
    /// ("loyal to", "led by").
    #[serde(default)]
    pub loyalty_words: Vec<String>,
    /// Nouns that make a side's name right before them part of a place's name ("Police
    /// District 6"): no subject.
    #[serde(default)]
    pub place_heads: Vec<String>,
    /// Spans back in time that make a sentence history ("three years ago").
    #[serde(default)]
    pub years_ago: Vec<String>,
    /// Open a relative clause inside an apposition ("Banu, the district centre that
    /// militiamen seized on 20 August,"): its verb is about the apposition's place.
    #[serde(default)]
    pub apposition_relatives: Vec<String>,
    /// After a change of control, date the state it began ("in Taliban hands since July"):
    /// without a day after it, the sentence reports a state, not a change.
    #[serde(default)]
    pub since_words: Vec<String>,
    /// Before a bare gerund, make it an event of the main clause's subject ("a day after
    /// overrunning the district headquarters").
    #[serde(default)]
    pub gerund_temporals: Vec<String>,
    /// Open a parenthesis that locates the place before it ("Ghazni, on the highway linking
    /// Kabul to the south, was handed ..."), unless it holds a verb of its own or a time.
    #[serde(default)]
    pub apposition_prepositions: Vec<String>,
    /// Name the side that receives a place handed over ("to").
    #[serde(default)]
    pub recipient_prepositions: Vec<String>,
    /// Before a participle, make an active trigger passive ("have been besieged").
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
}

/// The extractor's word lists (see `geodata/<region>/lexicon.json`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lexicon {
    pub triggers: Vec<Trigger>,
    /// Negation words that cancel a trigger a few words after them ("not", "never").
    pub negations: Vec<String>,
    /// Denials that cancel any trigger after them in the sentence ("denied", "rumours").
    pub denials: Vec<String>,
    /// Retractions that cancel any trigger of their sentence, before or after them
    /// ("reports that X had fallen were denied by", "a claim that turned out to be false").
    #[serde(default)]
    pub retractions: Vec<String>,
    /// The writer's own doubt about what the sentence reports ("but I do not know if that is
    /// true"): hearsay, no event, and no denial either.
    #[serde(default)]
    pub doubts: Vec<String>,
    /// Fact-check labels: a line opening with a claim label ("Claim: Mazar-i-Sharif has
    /// fallen") whose next line gives a verdict that it is not so ("Verdict: FALSE") reports
    /// nothing; one upheld ("Verdict: TRUE") is a report, not a claim.
    #[serde(default)]
    pub fact_check: FactCheck,
    /// Words saying nothing changed ("remained", "still"): the trigger after them is a state.
    #[serde(default)]
    pub continuity: Vec<String>,
    /// Phrases that contain a trigger but are not one ("took place", "taken into custody").
    #[serde(default)]
    pub non_triggers: Vec<String>,
    /// Objects that are not territory ("the residence of", "a convoy"): no event.
    #[serde(default)]
    pub non_territorial: Vec<String>,
    /// Words right after a trigger that say it stopped ("fighting has ended").
    #[serde(default)]
    pub cessation: Vec<String>,
    /// Nouns after a place name that make it a modifier, not a target ("a Nangarhar official").
    #[serde(default)]
    pub modifier_nouns: Vec<String>,
    /// Words of a service or body that may stand between a place and its modifier or
    /// speaker noun ("the Balkh police spokesman", "a Kunduz army commander").
    #[serde(default)]
    pub modifier_fillers: Vec<String>,
    /// Offices whose place after "of" is where a source serves, not a target ("the deputy
    /// governor of Jowzjan said ...").
    #[serde(default)]
    pub office_nouns: Vec<String>,
    /// Modal verbs that make a trigger after them a prediction ("could", "would").
    pub modals: Vec<String>,
    /// Pledges, plans and orders that make a later trigger not (yet) an event.
    pub pledges: Vec<String>,
    /// Words that open a hypothetical sentence ("if", "should", "had").
    pub hypothetical_openers: Vec<String>,
    /// Attempts: a capture verb after them is a contest ("efforts to take over").
    pub attempts: Vec<String>,
    /// Speech and report verbs that introduce attribution.
    pub speech_verbs: Vec<String>,
    /// Words that make a statement a claim whoever says it ("claimed").
    pub claim_words: Vec<String>,
    /// Phrases saying a report is unconfirmed ("could not be independently verified").
    pub unverified: Vec<String>,
    /// Speaker phrases per actor id ("officials" speak for the government).
    pub speakers: HashMap<String, Vec<String>>,
    /// Words only a side's own statements use, per actor id ("mujahideen", "hirelings" for
    /// the Taliban; "terrorists" for the government): a change they report in that side's
    /// favour is its claim.
    #[serde(default)]
    pub partisan_words: HashMap<String, Vec<String>>,
    /// Words a side uses for its enemy ("hirelings" in the Taliban's statements,
    /// "terrorists" in the government's): they name the enemy of that side.
    #[serde(default)]
    pub slurs: HashMap<String, Vec<String>>,
    /// Words for the speaker's enemy ("the enemy"): the enemy of whoever speaks.
    #[serde(default)]
    pub enemy_words: Vec<String>,
    /// Nouns that turn an actor name before them into a speaker ("Taliban spokesman").
    pub speaker_nouns: Vec<String>,
    /// Actors that are not parties (foreign forces): their actions are never events.
    pub foreign_actors: Vec<String>,
    /// Facilities inside a town: taking one contests the town, it does not capture it.
    pub facilities: Vec<String>,
    /// Seats of district government ("the district compound"): unlike a facility inside a
    /// city, taking one takes the district centre.
    #[serde(default)]
    pub seat_facilities: Vec<String>,
    /// Vague areas that name no place ("much of", "the countryside").
    pub vague: Vec<String>,
    /// Nearness ("within 10 kilometres of", "the outskirts of"): the place is fought near,
    /// not taken.
    pub proximity: Vec<String>,
    /// Places named only to locate something else ("on the road to X", "east of X"):
    /// never a target.
    #[serde(default)]
    pub reference_points: Vec<String>,
    /// Count expressions ("of the 34 provincial capitals").
    pub counts: Vec<String>,
    pub anaphora: Vec<Anaphor>,
    /// Prepositions that introduce where forces went, not where they left ("to", "towards").
    pub destination_preps: Vec<String>,
    /// Prepositions that introduce where forces came from ("from").
    pub origin_preps: Vec<String>,
    /// Words right before "in X" that make X where a statement was made ("told reporters in").
    #[serde(default)]
    pub speech_location_words: Vec<String>,
    /// Words allowed between coordinated places ("Farah in the west and Pul-i-Khumri").
    #[serde(default)]
    pub coordination_words: Vec<String>,
    /// Words and marks that end a clause.
    pub clause_breaks: Vec<String>,
    /// Phrases containing a clause break word that do not end a clause ("also known as").
    #[serde(default)]
    pub not_breaks: Vec<String>,
    /// Words that mark boilerplate lines that belong to the page, not the story.
    pub junk_line_prefixes: Vec<String>,
    /// A footer line starting so and carrying a dated year ends the story ("Published in
    /// Dawn, January 5th, 2021"): what follows is the site's teasers.
    #[serde(default)]
    pub footer_end_prefixes: Vec<String>,
    /// Words of a line that states the publication date ("Published", "Posted", "print").
    #[serde(default)]
    pub publication_words: Vec<String>,
    /// Words of a line that states an update date: used only when nothing better is there.
    #[serde(default)]
    pub update_words: Vec<String>,
    /// Lines after which everything is page junk ("MORE FROM").
    pub junk_section_markers: Vec<String>,
    pub cues: PlaceCues,
    pub grammar: Grammar,
    /// Actor id used when a clause names none, per event kind.
    pub default_actor: HashMap<EventKind, String>,
    /// A coding convention: whether the side a trigger names as driven out ("drove the
    /// Taliban out of X") also gets a withdrawal line next to its opponent's capture. Off,
    /// one change is one line, as the pack's annotated corpora code it.
    #[serde(default)]
    pub loser_withdraws: bool,
    /// Facilities whose taking is taking the town, not part of it ("the presidential
    /// palace", "the governor's compound"). Folded at load.
    #[serde(default)]
    pub power_seats: Vec<String>,
    /// Names never treated as places even though the gazetteer lists them.
    pub stop_names: Vec<String>,
    /// Verb inflections, one row per verb: base, third person singular, past, past
    /// participle, gerund. Triggers are written once; their other forms come from here
    /// (see [`Lexicon::expand_verb_forms`]).
    #[serde(default)]
    pub verb_forms: Vec<[String; 5]>,
    /// Generated one-word forms that are more often nouns ("forces", "shells"): never made
    /// triggers by expansion.
    #[serde(default)]
    pub verb_form_exclusions: Vec<String>,
    /// First words of nominal triggers ("takeover" of "takeover of"), derived: a side right
    /// before one names a change of its own ("the Taliban takeover").
    #[serde(skip)]
    pub nominal_heads: Vec<String>,
}

impl Lexicon {
    /// Folds the context-cue phrases once, as text is folded for matching.
    pub fn fold_phrases(&mut self) {
        let c = &mut self.cues;
        for list in [
            &mut c.province_after,
            &mut c.district_after,
            &mut c.district_seat_after,
            &mut c.districts_after,
            &mut c.provinces_after,
            &mut c.city_after,
            &mut c.city_before,
            &mut c.province_before,
            &mut c.descriptor_before,
        ] {
            for p in list.iter_mut() {
                *p = fold_key(p);
            }
        }
        for p in self
            .power_seats
            .iter_mut()
            .chain(&mut self.grammar.air_agents)
        {
            *p = fold_key(p);
        }
    }

    /// Writes out each trigger whose phrase holds `{actor}` once per name of each actor
    /// ("drove {actor} out of" → "drove taliban fighters out of", "drove the taliban out
    /// of", "drove government forces out of", "drove the group out of" ...), with that actor
    /// as the side driven out (`loser`). A name without an article is also tried after
    /// "the". A `{side}` slot is
    /// written out the same way with that actor as the side the phrase names (`actor`:
    /// "came under {side} control" → "came under nsag control"). Phrases already listed
    /// keep their own settings.
    pub fn expand_actor_templates(&mut self, actors: &[Actor]) {
        const SLOT: &str = "{actor}";
        const SIDE: &str = "{side}";
        let (templates, mut triggers): (Vec<Trigger>, Vec<Trigger>) =
            std::mem::take(&mut self.triggers)
                .into_iter()
                .partition(|t| t.phrase.contains(SLOT) || t.phrase.contains(SIDE));
        let mut known: std::collections::HashSet<String> =
            triggers.iter().map(|t| t.phrase.clone()).collect();
        for t in &templates {
            for a in actors {
                // Vague names too ("drove the group out of"), for a side that lasts: a vague
                // name of one that ends means its successor later.
                let vague = a
                    .until
                    .is_none()
                    .then_some(&a.weak_names)
                    .into_iter()
                    .flatten();
                let side = t.phrase.contains(SIDE);
                for name in a.names.iter().chain(vague) {
                    // A side's name as a modifier takes no article ("under nsag control").
                    let the = (!side && !name.starts_with("the ")).then(|| format!("the {name}"));
                    for n in std::iter::once(name.clone()).chain(the) {
                        let phrase = t.phrase.replace(SLOT, &n).replace(SIDE, &n);
                        if known.insert(phrase.clone()) {
                            triggers.push(if side {
                                Trigger {
                                    phrase,
                                    actor: Some(a.id.clone()),
                                    ..t.clone()
                                }
                            } else {
                                Trigger {
                                    phrase,
                                    loser: Some(a.id.clone()),
                                    ..t.clone()
                                }
                            });
                        }
                    }
                }
            }
        }
        self.triggers = triggers;
    }

    /// Adds the other forms of each trigger's verb, so the list needs one form per verb:
    /// an active past "seized control of" also yields "seizes control of", "seizing
    /// control of" and the bare "seize control of" (an infinitive: an event after an attempt
    /// cue or right after its subject, "Taliban seize control of ..."); a passive "was
    /// overrun" yields "is overrun" and "are overrun" from "were overrun"; an intransitive
    /// "fell to" yields "falls to". Phrases already listed keep their own settings.
    pub fn expand_verb_forms(&mut self) {
        let determiners = &self.grammar.determiners;
        let mut heads: Vec<String> = self
            .triggers
            .iter()
            .filter(|t| t.frame == Frame::Nominal)
            .filter_map(|t| {
                t.phrase
                    .split(' ')
                    .find(|w| !determiners.iter().any(|d| d == w))
                    .map(str::to_string)
            })
            .collect();
        heads.sort();
        heads.dedup();
        self.nominal_heads = heads;
        let row_of = |w: &str| self.verb_forms.iter().find(|r| r.iter().any(|f| f == w));
        let mut known: std::collections::HashSet<String> =
            self.triggers.iter().map(|t| t.phrase.clone()).collect();
        let mut added = Vec::new();
        for t in &self.triggers {
            let (first, rest) = match t.phrase.split_once(' ') {
                Some((f, r)) => (f, format!(" {r}")),
                None => (t.phrase.as_str(), String::new()),
            };
            let mut variants: Vec<(String, bool)> = Vec::new();
            let mut gerunds: Vec<String> = Vec::new();
            // A reduced passive with its agent ("Kunduz, captured by the Taliban on
            // Sunday, ...", a factbox's "* Taken by the Taliban on Friday").
            if matches!((t.frame, first), (Frame::Passive, "was" | "were")) && !t.loser_subject {
                let part = rest.trim_start();
                let participle = part.split(' ').next().unwrap_or("");
                if row_of(participle).is_some_and(|r| r[3] == participle) {
                    if part.ends_with(" by") {
                        variants.push((part.to_string(), false));
                    } else if part.split(' ').count() <= 2 {
                        variants.push((format!("{part} by"), false));
                    }
                }
            }
            // The perfect of a passive participle: "was overrun" also as "has been overrun",
            // "have been overrun", "had been overrun".
            if matches!((t.frame, first), (Frame::Passive, "was" | "were")) {
                let participle = rest.trim_start().split(' ').next().unwrap_or("");
                if row_of(participle).is_some_and(|r| r[3] == participle) {
                    for aux in ["has been", "have been", "had been"] {
                        variants.push((format!("{aux}{rest}"), false));
                    }
                }
            }
            match (t.frame, first) {
                (Frame::Passive, "was") => variants.push((format!("is{rest}"), false)),
                (Frame::Passive, "were") => variants.push((format!("are{rest}"), false)),
                (Frame::Active, _) if !t.infinitive => {
                    if let Some(row) = row_of(first).filter(|r| first == r[2] || first == r[4]) {
                        for form in [&row[1], &row[2]] {
                            variants.push((format!("{form}{rest}"), false));
                        }
                        // A bare gerund is too often an adjunct ("..., retreating into the
                        // valleys", "accused of handing the city over"): only after a
                        // temporal preposition ("after overrunning").
                        if !rest.is_empty() {
                            variants.push((format!("{}{rest}", row[4]), false));
                        } else {
                            gerunds.push(row[4].clone());
                        }
                        variants.push((format!("{}{rest}", row[0]), true));
                    }
                }
                (Frame::Passive, _) => {
                    // Intransitive "fell (to)", "surrendered to": the present keeps the roles.
                    if let Some(row) = row_of(first)
                        .filter(|r| first == r[2] && (r[2] != r[3] || !rest.is_empty()))
                    {
                        variants.push((format!("{}{rest}", row[1]), false));
                        // The plural present of timelines ("Kandahar and Lashkar Gah fall
                        // within hours"): a bare form, an event only right after its place.
                        variants.push((format!("{}{rest}", row[0]), true));
                    }
                }
                _ => {}
            }
            for (phrase, infinitive) in variants {
                let one_word = !phrase.contains(' ');
                if (one_word && self.verb_form_exclusions.contains(&phrase))
                    || !known.insert(phrase.clone())
                {
                    continue;
                }
                added.push(Trigger {
                    phrase,
                    infinitive,
                    ..t.clone()
                });
            }
            for phrase in gerunds {
                if self.verb_form_exclusions.contains(&phrase) || !known.insert(phrase.clone()) {
                    continue;
                }
                added.push(Trigger {
                    phrase,
                    infinitive: true,
                    gerund: true,
                    ..t.clone()
                });
            }
        }
        self.triggers.extend(added);
    }

    /// Checks references to actors and that the lists are usable.
    pub fn validate(&self, actors: &[Actor]) -> Result<(), String> {
        if self.triggers.is_empty() {
            return Err("no triggers".into());
        }
        for t in &self.triggers {
            // A slot left after expansion is a misspelt one ("{actors}"): only "{actor}" is
            // written out, and the phrase would match nothing.
            if t.phrase.contains(['{', '}']) {
                return Err(format!(
                    "trigger {:?} has a slot other than {{actor}} and {{side}}, the only ones written out",
                    t.phrase
                ));
            }
            for id in t.actor.iter().chain(&t.loser) {
                if !actors.iter().any(|a| &a.id == id) {
                    return Err(format!("trigger {:?} names unknown actor {id:?}", t.phrase));
                }
            }
        }
        for (kind, id) in &self.default_actor {
            if !actors.iter().any(|a| &a.id == id) {
                return Err(format!(
                    "default_actor.{} names unknown actor {id:?}",
                    kind.as_str()
                ));
            }
        }
        for id in self.speakers.keys() {
            if !actors.iter().any(|a| &a.id == id) {
                return Err(format!("speakers names unknown actor {id:?}"));
            }
        }
        for (list, ids) in [
            ("partisan_words", self.partisan_words.keys()),
            ("slurs", self.slurs.keys()),
        ] {
            for id in ids {
                if !actors.iter().any(|a| &a.id == id) {
                    return Err(format!("{list} names unknown actor {id:?}"));
                }
            }
        }
        for a in &self.anaphora {
            if ![
                "city",
                "district",
                "province",
                "place",
                "national_capital",
                "provincial_capital",
                "district_centre",
                "town_facility",
            ]
            .contains(&a.refers_to.as_str())
            {
                return Err(format!(
                    "anaphor {:?}: refers_to must be city, district, province, place, national_capital, provincial_capital, district_centre or town_facility, not {:?}",
                    a.phrase, a.refers_to
                ));
            }
        }
        Ok(())
    }
}

/// What a cue found in text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Trigger(usize),
    Negation,
    Continuity,
    Cessation,
    /// A phrase that hides a trigger inside it.
    NonTrigger,
    NonTerritorial,
    ModifierNoun,
    Denial,
    /// Says what the sentence reports is false, wherever it stands in it.
    Retraction,
    /// Says the writer does not know whether what the sentence reports is true.
    Doubt,
    Modal,
    Pledge,
    Attempt,
    Speech,
    ClaimWord,
    Unverified,
    /// A phrase naming an actor (index into the region's actors); `weak` for vague names.
    Actor {
        actor: usize,
        weak: bool,
    },
    /// A person whose followers fight for an actor (see `Actor::leaders`).
    Leader(usize),
    /// A word for the enemy of the actor that uses it ("hirelings"), or of the speaker
    /// (`None`: "the enemy").
    Enemy(Option<usize>),
    /// A phrase naming someone who speaks for an actor ("officials").
    Speaker(usize),
    /// A word only an actor's own statements use ("hirelings").
    Partisan(usize),
    /// A noun that makes the actor name before it a speaker ("spokesman").
    SpeakerNoun,
    /// Forces named by a pronoun ("its fighters"): the speaker's side.
    PronounForces,
    Foreign,
    Facility,
    /// The seat of a district ("the district compound"): taking it takes the district centre.
    SeatFacility,
    Vague,
    Proximity,
    ReferencePoint,
    Count,
    Anaphor(usize),
    Destination,
    Origin,
    ClauseBreak,
    /// A phrase that hides a clause break inside it ("known as", "as well as").
    NotBreak,
    /// A verb of defence ("repelled"): its subject defended against the attack after it.
    Repel,
    /// Distance into the past ("three years ago", "decades earlier"): the sentence is history.
    YearsAgo,
}

/// A cue found in a folded sentence.
#[derive(Debug, Clone, Copy)]
pub struct CueHit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TriggerRole {
    None,
    Trigger,
    Hides,
}

/// Every lexicon phrase and actor name in one word-level index: one pass finds them all.
#[derive(Debug)]
pub struct CueIndex {
    phrases: PhraseIndex,
    /// Per phrase: whether it is a trigger, hides one, or neither (which tells the
    /// sentences that can hold an event at all).
    trigger_role: Vec<TriggerRole>,
    /// Cues per pattern (a phrase can be several cues: "said" is speech, "claimed" speech+claim).
    cues: Vec<Vec<Cue>>,
}

impl CueIndex {
    pub fn new(lex: &Lexicon, actors: &[Actor]) -> CueIndex {
        let mut by_key: HashMap<String, Vec<Cue>> = HashMap::new();
        let mut add = |phrase: &str, cue: Cue| {
            let key = fold_key(phrase);
            if !key.is_empty() {
                let v = by_key.entry(key).or_default();
                if !v.contains(&cue) {
                    v.push(cue);
                }
            }
        };
        let aux = &lex.grammar.auxiliaries;
        for (i, t) in lex.triggers.iter().enumerate() {
            add(&t.phrase, Cue::Trigger(i));
            // "had taken" also as "had also taken", "has been taken" as "has now been taken",
            // "have taken" as "'ve taken" (`grammar.contracted_auxiliaries`).
            if let Some((first, rest)) = t.phrase.split_once(' ') {
                if aux.iter().any(|a| a == first) {
                    let contracted = lex
                        .grammar
                        .contracted_auxiliaries
                        .iter()
                        .filter(|(_, full)| full == first)
                        .map(|(short, _)| short.as_str());
                    for form in std::iter::once(first).chain(contracted) {
                        if form != first {
                            add(&format!("{form} {rest}"), Cue::Trigger(i));
                        }
                        for adv in &lex.grammar.trigger_adverbs {
                            add(&format!("{form} {adv} {rest}"), Cue::Trigger(i));
                        }
                    }
                }
            }
        }
        for p in &lex.grammar.pronoun_forces {
            add(p, Cue::PronounForces);
        }
        for p in &lex.negations {
            add(p, Cue::Negation);
        }
        for p in &lex.continuity {
            add(p, Cue::Continuity);
        }
        for p in &lex.non_triggers {
            add(p, Cue::NonTrigger);
        }
        for p in &lex.non_territorial {
            add(p, Cue::NonTerritorial);
        }
        for p in &lex.cessation {
            add(p, Cue::Cessation);
        }
        for p in &lex.modifier_nouns {
            add(p, Cue::ModifierNoun);
        }
        for p in &lex.denials {
            add(p, Cue::Denial);
        }
        for p in &lex.retractions {
            add(p, Cue::Retraction);
        }
        for p in &lex.doubts {
            add(p, Cue::Doubt);
        }
        for p in &lex.modals {
            add(p, Cue::Modal);
        }
        for p in &lex.pledges {
            add(p, Cue::Pledge);
        }
        for p in &lex.attempts {
            add(p, Cue::Attempt);
        }
        for p in &lex.speech_verbs {
            add(p, Cue::Speech);
        }
        for p in &lex.claim_words {
            add(p, Cue::ClaimWord);
        }
        for p in &lex.unverified {
            add(p, Cue::Unverified);
        }
        for p in &lex.enemy_words {
            add(p, Cue::Enemy(None));
        }
        for (i, a) in actors.iter().enumerate() {
            for n in &a.names {
                add(
                    n,
                    Cue::Actor {
                        actor: i,
                        weak: false,
                    },
                );
            }
            for n in &a.weak_names {
                add(
                    n,
                    Cue::Actor {
                        actor: i,
                        weak: true,
                    },
                );
            }
            for n in &a.leaders {
                add(n, Cue::Leader(i));
            }
            for n in lex.slurs.get(&a.id).into_iter().flatten() {
                add(n, Cue::Enemy(Some(i)));
            }
            for n in lex.speakers.get(&a.id).into_iter().flatten() {
                add(n, Cue::Speaker(i));
            }
            for n in lex.partisan_words.get(&a.id).into_iter().flatten() {
                add(n, Cue::Partisan(i));
            }
        }
        for p in &lex.speaker_nouns {
            add(p, Cue::SpeakerNoun);
        }
        for p in &lex.foreign_actors {
            add(p, Cue::Foreign);
        }
        for p in &lex.facilities {
            add(p, Cue::Facility);
        }
        for p in &lex.seat_facilities {
            add(p, Cue::SeatFacility);
        }
        for p in &lex.vague {
            add(p, Cue::Vague);
        }
        for p in &lex.proximity {
            add(p, Cue::Proximity);
        }
        for p in &lex.reference_points {
            add(p, Cue::ReferencePoint);
        }
        for p in &lex.counts {
            add(p, Cue::Count);
        }
        for (i, a) in lex.anaphora.iter().enumerate() {
            add(&a.phrase, Cue::Anaphor(i));
        }
        for p in &lex.destination_preps {
            add(p, Cue::Destination);
        }
        for p in &lex.origin_preps {
            add(p, Cue::Origin);
        }
        for p in &lex.clause_breaks {
            add(p, Cue::ClauseBreak);
        }
        for p in &lex.not_breaks {
            add(p, Cue::NotBreak);
        }
        for p in &lex.grammar.repel_verbs {
            add(p, Cue::Repel);
        }
        for p in &lex.grammar.years_ago {
            add(p, Cue::YearsAgo);
        }
        let mut keys: Vec<(String, Vec<Cue>)> = by_key.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let phrases = PhraseIndex::new(keys.iter().map(|(k, _)| k.as_str()));
        let trigger_role = keys
            .iter()
            .map(|(_, c)| {
                let real = c.iter().any(|c| matches!(c, Cue::Trigger(_)));
                let hides = c.contains(&Cue::NonTrigger);
                match (real, hides) {
                    (true, false) => TriggerRole::Trigger,
                    (_, true) => TriggerRole::Hides,
                    (false, false) => TriggerRole::None,
                }
            })
            .collect();
        CueIndex {
            phrases,
            trigger_role,
            cues: keys.into_iter().map(|(_, c)| c).collect(),
        }
    }

    /// Every cue phrase in a folded text (a whole article, say), sorted by start then end.
    /// [`CueIndex::has_trigger_in`] and [`CueIndex::cues_in`] read a sentence's share.
    pub fn scan(&self, folded: &str) -> Vec<PhraseHit> {
        self.phrases.find_all(folded)
    }

    /// The hits of `scan` that lie wholly inside `range` of the scanned text.
    pub fn within(hits: &[PhraseHit], range: std::ops::Range<usize>) -> &[PhraseHit] {
        let first = hits.partition_point(|h| h.start < range.start);
        let n = hits[first..].partition_point(|h| h.start < range.end);
        &hits[first..first + n]
    }

    /// True when the hits of one sentence ending at byte `end` hold a trigger that no longer
    /// non-trigger phrase hides.
    pub fn has_trigger_in(&self, hits: &[PhraseHit], end: usize) -> bool {
        let role = |h: &PhraseHit| {
            if h.end > end {
                TriggerRole::None
            } else {
                self.trigger_role[h.phrase]
            }
        };
        hits.iter()
            .filter(|h| role(h) == TriggerRole::Trigger)
            .any(|t| {
                !hits.iter().any(|h| {
                    role(h) == TriggerRole::Hides
                        && h.start <= t.start
                        && t.end <= h.end
                        && h.end - h.start > t.end - t.start
                })
            })
    }

    /// All cues in a folded text, at word boundaries. Overlapping cues are all reported,
    /// except that a cue wholly inside a longer cue of the same class is dropped.
    pub fn find(&self, folded: &str) -> Vec<CueHit> {
        self.cues_in(&self.scan(folded), 0..folded.len())
    }

    /// True when the hits hold `cue` wholly inside `range` (what [`CueIndex::cues_in`] would
    /// report, without building the list: a cue hidden by a longer one of its class leaves
    /// that one).
    pub fn has_cue_in(&self, hits: &[PhraseHit], range: std::ops::Range<usize>, cue: Cue) -> bool {
        hits.iter().any(|h| {
            h.start >= range.start && h.end <= range.end && self.cues[h.phrase].contains(&cue)
        })
    }

    /// [`CueIndex::find`] over the hits of one sentence (`range` of the scanned text), with
    /// offsets relative to the sentence.
    pub fn cues_in(&self, hits: &[PhraseHit], range: std::ops::Range<usize>) -> Vec<CueHit> {
        let mut hits: Vec<CueHit> = hits
            .iter()
            .filter(|h| h.start >= range.start && h.end <= range.end)
            .flat_map(|h| {
                self.cues[h.phrase].iter().map(|&cue| CueHit {
                    cue,
                    start: h.start - range.start,
                    end: h.end - range.start,
                })
            })
            .collect();
        // Longest match wins within a class: "anti taliban fighters" hides "taliban",
        // "took control of" hides "took".
        // Sorted by class, start, then longest first: a hit is dropped when an earlier one of
        // its class reaches at least as far (and is not the very same span).
        hits.sort_unstable_by_key(|h| (cue_class(&h.cue), h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<CueHit> = Vec::with_capacity(hits.len());
        let mut cover: Option<(u8, usize, usize)> = None; // class, start, end of the widest so far
        for h in hits {
            let class = cue_class(&h.cue);
            match cover {
                Some((c, s, e)) if c == class && e >= h.end && (s, e) != (h.start, h.end) => {
                    continue
                }
                Some((c, _, e)) if c == class && e >= h.end => {}
                _ => cover = Some((class, h.start, h.end)),
            }
            out.push(h);
        }
        out.sort_unstable_by_key(|h| (h.start, h.end));
        out
    }
}

/// Cues of one class compete for the longest match; cues of different classes coexist.
fn cue_class(c: &Cue) -> u8 {
    match c {
        Cue::Actor { .. }
        | Cue::Leader(_)
        | Cue::Enemy(_)
        | Cue::Speaker(_)
        | Cue::Foreign
        | Cue::PronounForces => 0,
        Cue::Trigger(_) | Cue::NonTrigger => 1,
        Cue::Attempt => 21,
        Cue::NonTerritorial => 22,
        Cue::Negation => 2,
        Cue::Denial => 3,
        Cue::Modal => 4,
        Cue::Pledge => 5,
        Cue::Speech => 6,
        Cue::ClaimWord => 7,
        Cue::Unverified => 8,
        Cue::Facility | Cue::SeatFacility => 9,
        Cue::Vague => 10,
        Cue::Count => 11,
        Cue::Anaphor(_) => 12,
        Cue::Destination => 13,
        Cue::Origin => 14,
        Cue::ClauseBreak | Cue::NotBreak => 15,
        Cue::SpeakerNoun => 16,
        Cue::Proximity | Cue::ReferencePoint => 17,
        Cue::Continuity => 18,
        Cue::ModifierNoun => 19,
        Cue::Cessation => 20,
        Cue::Retraction => 23,
        Cue::Repel => 24,
        Cue::YearsAgo => 25,
        Cue::Doubt => 26,
        Cue::Partisan(_) => 27,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> (Lexicon, Vec<Actor>) {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/geodata/afghanistan/");
        let lexicon: Lexicon =
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}lexicon.json")).unwrap())
                .unwrap();
        let actors: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}actors.json")).unwrap())
                .unwrap();
        let actors: Vec<Actor> = serde_json::from_value(actors["actors"].clone()).unwrap();
        (lexicon, actors)
    }

    #[test]
    fn an_actor_slot_is_written_out_once_per_name_with_that_side_as_loser() {
        let (mut lexicon, actors) = pack();
        lexicon.expand_actor_templates(&actors);
        let t = lexicon
            .triggers
            .iter()
            .find(|t| t.phrase == "drove government forces out of")
            .expect("written out for a government name");
        assert_eq!(t.loser.as_deref(), Some("government"));
        assert!(lexicon
            .triggers
            .iter()
            .all(|t| !t.phrase.contains("{actor}")));
        assert!(lexicon.validate(&actors).is_ok());
    }

    #[test]
    fn a_misspelt_slot_is_an_error_naming_the_trigger() {
        let (mut lexicon, actors) = pack();
        let mut bad = lexicon.triggers[0].clone();
        bad.phrase = "drove {actors} out of".into();
        lexicon.triggers.push(bad);
        lexicon.expand_actor_templates(&actors);
        let err = lexicon.validate(&actors).unwrap_err();
        assert!(err.contains("drove {actors} out of"), "{err}");
    }

    #[test]
    fn a_side_slot_names_the_taker_and_a_slur_needs_a_known_side() {
        let (mut lexicon, actors) = pack();
        lexicon.expand_actor_templates(&actors);
        let t = lexicon
            .triggers
            .iter()
            .find(|t| t.phrase == "came under nsag control")
            .expect("written out for a Taliban name");
        assert_eq!(t.actor.as_deref(), Some("taliban"));
        assert_eq!(t.loser, None);
        lexicon
            .slurs
            .insert("rebels".into(), vec!["traitors".into()]);
        let err = lexicon.validate(&actors).unwrap_err();
        assert!(err.contains("slurs") && err.contains("rebels"), "{err}");
    }
}
