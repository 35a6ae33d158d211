//! The geoparser: place mentions in an article, each resolved to a province, a place, a
//! district or "abroad", with the reason.
//!
//! In: an [`Article`] (its folded story text) and a [`Gazetteer`]. Out: [`Mention`]s.
//!
//! Resolution, in order:
//! 1. A name must start with a capital letter in the original text.
//! 2. Context cues decide the level: "the X capital" is the province's capital town;
//!    "X province" / "province of X" / "capital of X" make a province; "X district" a
//!    district (but "the centre of X district" its town); "X city" / "the city of X" /
//!    "town of X" a city.
//! 3. Without a cue, a name shared by a province and a town is the town when the town is
//!    the province's capital or a sizeable place (the documented default: news reports
//!    fighting in cities; "Kandahar" is the city), else the province.
//! 4. Afghan over abroad, unless the only Afghan candidates are small villages.
//! 5. Among several towns of one name: a province the article names, then population.

use serde::Serialize;

use crate::article::Article;
use crate::gazetteer::{Gazetteer, Referent};
use crate::region::{PlaceKind, Region};
use crate::text::{fold, Folded};

/// The level at which a mention names a place.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    City,
    District,
    Province,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::City => "city",
            Level::District => "district",
            Level::Province => "province",
        }
    }
}

/// What a mention resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Province(usize),
    Place(usize),
    District(usize),
    Abroad(usize),
}

/// A place name in an article.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Byte span in the article text.
    pub span: std::ops::Range<usize>,
    /// Byte span in the article's folded text.
    pub folded_span: std::ops::Range<usize>,
    pub resolved: Resolved,
    /// Why it resolved this way (shown to users).
    pub why: String,
    /// One end of a route named by its two ends ("the Kabul–Kandahar highway"): not where
    /// anything happened, and no anchor for the names around it.
    pub route_end: bool,
}

impl Mention {
    pub fn level(&self) -> Option<Level> {
        match self.resolved {
            Resolved::Province(_) => Some(Level::Province),
            Resolved::District(_) => Some(Level::District),
            Resolved::Place(_) => Some(Level::City),
            Resolved::Abroad(_) => None,
        }
    }

    pub fn is_abroad(&self) -> bool {
        matches!(self.resolved, Resolved::Abroad(_))
    }

    /// Province index of the mention, when it is inside the region.
    pub fn province(&self, region: &Region) -> Option<usize> {
        match self.resolved {
            Resolved::Province(p) => Some(p),
            Resolved::Place(p) => Some(region.places[p].province),
            Resolved::District(d) => Some(region.districts[d].province),
            Resolved::Abroad(_) => None,
        }
    }
}

/// An article's folded story text and its mentions.
pub struct ParsedArticle {
    pub folded: Folded,
    pub mentions: Vec<Mention>,
}

/// Minimum population for a town to win its name against a province or a place abroad.
const SIZEABLE: u64 = 15_000;

/// For each name span (in text order), whether it is one end of a route named by its two
/// ends: "Kabul–Kandahar highway", "the Herat-Islam Qala road", or by one ("the Kabul
/// road"). A hyphen folds to a space, an unspaced en dash to ";".
fn route_ends(text: &str, spans: &[(usize, usize)], nouns: &[String]) -> Vec<bool> {
    let joined = |a: usize, b: usize| a <= b && matches!(&text[a..b], " " | ";" | "  ");
    let noun_after = |end: usize| cue_after(text, end, nouns);
    (0..spans.len())
        .map(|k| {
            let (s, e) = spans[k];
            let with_next = spans
                .get(k + 1)
                .is_some_and(|&(ns, ne)| joined(e, ns) && noun_after(ne));
            let with_prev = k
                .checked_sub(1)
                .is_some_and(|p| joined(spans[p].1, s) && noun_after(e));
            // "the Kabul road": one end named, a route all the same.
            let alone = text[..s].ends_with("the ") && noun_after(e);
            with_next || with_prev || alone
        })
        .collect()
}

/// Finds and resolves the place mentions of an article's story.
pub fn parse_article(article: &Article, region: &Region, gaz: &Gazetteer) -> ParsedArticle {
    let folded = fold(&article.text);
    let mut raw = Vec::new();
    for r in &article.story {
        // Story ranges are byte ranges of the original; the fold keeps ASCII bytes 1:1 and
        // maps others, so scan the folded slice that covers them.
        let (fs, fe) = folded_range(&folded, r.clone());
        for m in gaz.scan(&folded, fs..fe) {
            raw.push((m.start, m.end, m.referents));
        }
    }
    // Names that can only be in one province anchor their neighbours: "Qarabagh district,
    // south of Ghazni city" is Ghazni's Qarabagh.
    let province_of = |r: &Referent| match *r {
        Referent::Province(p) => Some(p),
        Referent::Place(p) => Some(region.places[p].province),
        Referent::District(d) => Some(region.districts[d].province),
        Referent::Abroad(_) => None,
    };
    // Document focus: provinces named (as provinces or through their towns) anywhere, by
    // names that can only be in that province ("Ghazni", province or city, is Ghazni's).
    let mut focus = vec![0u32; region.provinces.len()];
    for (_, _, refs) in &raw {
        let Some(first) = refs.first().and_then(province_of) else {
            continue;
        };
        if refs.iter().all(|r| province_of(r) == Some(first)) {
            let named_as_province = refs.iter().any(|r| matches!(r, Referent::Province(_)));
            focus[first] += if named_as_province { 2 } else { 1 };
        }
    }
    let spans: Vec<(usize, usize)> = raw.iter().map(|(s, e, _)| (*s, *e)).collect();
    let route_end = route_ends(&folded.text, &spans, &region.lexicon.grammar.route_nouns);
    let anchors: Vec<(usize, usize)> = raw
        .iter()
        .zip(&route_end)
        .filter(|(_, end)| !**end)
        .filter_map(|((s, _, refs), _)| {
            let first = province_of(refs.first()?)?;
            refs.iter()
                .all(|r| province_of(r) == Some(first))
                .then_some((*s, first))
        })
        .collect();
    // "Qarabagh and Kalakan districts": every name of a list before the plural is a district;
    // "in Kandahar, Helmand and Herat provinces", a province.
    let mut listed_as = vec![ListedAs::Nothing; raw.len()];
    let cues = &region.lexicon.cues;
    for i in (0..raw.len().saturating_sub(1)).rev() {
        let (e, next) = (raw[i].1, &raw[i + 1]);
        let joined =
            next.0 >= e && matches!(&folded.text[e..next.0], " and " | ", " | " or " | ", and ");
        if !joined {
            continue;
        }
        listed_as[i] = if cue_after(&folded.text, next.1, &cues.districts_after) {
            ListedAs::Districts
        } else if cue_after(&folded.text, next.1, &cues.provinces_after) {
            ListedAs::Provinces
        } else {
            listed_as[i + 1]
        };
    }
    let mut mentions: Vec<Mention> = Vec::new();
    for (((s, e, refs), route_end), listed) in raw.into_iter().zip(route_end).zip(listed_as) {
        let nearby = anchors
            .iter()
            .filter(|(a, _)| *a != s && a.abs_diff(s) <= 250)
            .min_by_key(|(a, _)| a.abs_diff(s))
            .map(|(_, p)| *p);
        let span = folded.original_range(s..e);
        let original = &article.text[span.clone()];
        if !original.chars().next().is_some_and(|c| c.is_uppercase()) {
            continue;
        }
        // "said Amanullah Wardak, a member of the provincial council": a capitalised word
        // that is no place, inside lower-case prose, makes the name a person's surname.
        if after_a_given_name(&article.text[..span.start]) {
            continue;
        }
        // The province of the last place named: "Qarabagh district, south-west of the city"
        // after Ghazni is Ghazni's Qarabagh, not Kabul's.
        let recent = nearby.or_else(|| mentions.iter().rev().find_map(|m| m.province(region)));
        // "Iran's Mashhad": a place a foreign country owns is that country's.
        let owner = mentions
            .last()
            .filter(|m| m.folded_span.end <= s && &folded.text[m.folded_span.end..s] == " s ")
            .and_then(|m| match m.resolved {
                Resolved::Abroad(a) if region.abroad[a].kind == "country" => {
                    Some(region.abroad[a].country.as_str())
                }
                _ => None,
            });
        // Only there: "Mashhad, a town in Badakhshan" later is the Afghan one.
        let owned = owner.and_then(|c| {
            refs.iter().find_map(|r| match *r {
                Referent::Abroad(b) if region.abroad[b].country == c => Some((
                    Resolved::Abroad(b),
                    format!("abroad: {c}, named as its own"),
                )),
                _ => None,
            })
        });
        if let Some((resolved, why)) =
            owned.or_else(|| resolve(&folded.text, s, e, &refs, region, &focus, recent, listed))
        {
            mentions.push(Mention {
                span,
                folded_span: s..e,
                resolved,
                why,
                route_end,
            });
        }
    }
    // "Zaranj, the capital of Nimroz province": the apposition confirms the pair.
    for k in 0..mentions.len() {
        let (Resolved::Place(p), Some(next)) = (mentions[k].resolved, mentions.get(k + 1)) else {
            continue;
        };
        let Resolved::Province(pr) = next.resolved else {
            continue;
        };
        let between = &folded.text[mentions[k].folded_span.end..next.folded_span.start];
        let apposition =
            between.starts_with(", ") && between.contains("capital") && between.len() < 60;
        if apposition && region.places[p].province == pr {
            let code = &region.provinces[pr].code;
            mentions[k]
                .why
                .push_str(&format!("; confirmed by the apposition: capital of {code}"));
        }
    }
    ParsedArticle { folded, mentions }
}

/// True when `before` (the text before a place name) ends with a capitalised word of
/// lower-case letters ("Amanullah ") that follows a lower-case word or a comma, as a given
/// name before a surname does; sentence starts, Title Case headings and acronyms do not.
fn after_a_given_name(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = rest.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + rest[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &rest[word_start..];
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(char::is_lowercase);
    // "on Sunday Jalalabad ...": a day or a month is no given name.
    if !capitalised || !crate::dates::find_time_exprs(&word.to_lowercase()).is_empty() {
        return false;
    }
    // The word before starts in lower case, or a comma ends it ("Flee Into Tajikistan" is
    // a heading in Title Case).
    let prev = rest[..word_start].trim_end_matches(' ');
    let prev_word = prev
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    word_start > 0
        && rest[..word_start].ends_with(' ')
        && (prev.ends_with(',') || prev_word.chars().next().is_some_and(char::is_lowercase))
}

/// What the plural after a list makes of every name in it ("Qarabagh and Kalakan
/// districts", "Faryab, Zabul and Logar provinces").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListedAs {
    Nothing,
    Districts,
    Provinces,
}

/// Folded byte range covering an original byte range.
pub fn folded_range(folded: &Folded, r: std::ops::Range<usize>) -> (usize, usize) {
    // The map is monotone; binary search both ends.
    let start = folded.folded_offset(r.start);
    let end = folded.folded_offset(r.end);
    (start, end)
}

/// True when one of `cues` (folded phrases) follows the name, across spaces only.
pub(crate) fn cue_after(text: &str, end: usize, cues: &[String]) -> bool {
    cue_len_after(text, end, cues).is_some()
}

/// How far past `end` the longest of `cues` that follows it reaches, spaces before it
/// included ("Kohsan| district": 9), or `None` when none follows.
pub(crate) fn cue_len_after(text: &str, end: usize, cues: &[String]) -> Option<usize> {
    let next = text[end..].trim_start_matches(' ');
    let spaces = text.len() - end - next.len();
    let b = next.as_bytes();
    cues.iter()
        .filter(|c| {
            !c.is_empty()
                && next.starts_with(c.as_str())
                && b.get(c.len()).is_none_or(|x| !x.is_ascii_alphanumeric())
        })
        .map(|c| spaces + c.len())
        .max()
}

/// True when one of `cues` (folded phrases) precedes the name, across spaces only.
pub(crate) fn cue_before(text: &str, start: usize, cues: &[String]) -> bool {
    let prev = text[..start].trim_end_matches(' ');
    let b = prev.as_bytes();
    cues.iter().any(|c| {
        !c.is_empty()
            && prev.ends_with(c.as_str())
            && (prev.len() == c.len() || !b[prev.len() - c.len() - 1].is_ascii_alphanumeric())
    })
}

#[allow(clippy::too_many_arguments)]
fn resolve(
    text: &str,
    s: usize,
    e: usize,
    refs: &[Referent],
    region: &Region,
    focus: &[u32],
    recent: Option<usize>,
    listed: ListedAs,
) -> Option<(Resolved, String)> {
    let cues = &region.lexicon.cues;
    let provinces: Vec<usize> = refs
        .iter()
        .filter_map(|r| {
            if let Referent::Province(p) = r {
                Some(*p)
            } else {
                None
            }
        })
        .collect();
    let places: Vec<usize> = refs
        .iter()
        .filter_map(|r| {
            if let Referent::Place(p) = r {
                Some(*p)
            } else {
                None
            }
        })
        .collect();
    let districts: Vec<usize> = refs
        .iter()
        .filter_map(|r| {
            if let Referent::District(d) = r {
                Some(*d)
            } else {
                None
            }
        })
        .collect();
    let abroad: Vec<usize> = refs
        .iter()
        .filter_map(|r| {
            if let Referent::Abroad(a) = r {
                Some(*a)
            } else {
                None
            }
        })
        .collect();

    let best_place = |cands: &[usize]| -> Option<usize> {
        cands.iter().copied().max_by_key(|&p| {
            let pl = &region.places[p];
            let capital = region.is_provincial_capital(p);
            (
                recent == Some(pl.province),
                focus[pl.province] > 0,
                capital,
                pl.population,
                pl.kind == PlaceKind::City,
            )
        })
    };
    let best_district = |cands: &[usize]| -> Option<usize> {
        cands.iter().copied().max_by_key(|&d| {
            (
                recent == Some(region.districts[d].province),
                focus[region.districts[d].province],
                region.districts[d].centre_place.is_some(),
            )
        })
    };

    // A district in a province the article names beats a town of the same name in one it
    // does not ("Muqur" in a report on Badghis is Badghis's Muqur, not Ghazni's Muqer).
    let focused_district = |p: usize| {
        best_district(&districts).filter(|&d| {
            let district_province = region.districts[d].province;
            district_province != region.places[p].province
                && focus[district_province] > 0
                && focus[region.places[p].province] == 0
        })
    };

    // 2. Context cues.
    // "the Zabul capital": the province's capital town.
    if cue_after(text, e, &cues.capital_after) {
        if let Some(c) = provinces
            .first()
            .and_then(|&prov| region.provinces[prov].capital_place)
        {
            return Some((
                Resolved::Place(c),
                "cue: named as a province's capital".into(),
            ));
        }
    }
    if cue_after(text, e, &cues.province_after)
        || cue_before(text, s, &cues.province_before)
        || listed == ListedAs::Provinces
    {
        if let Some(&p) = provinces.first() {
            return Some((Resolved::Province(p), "cue: named as a province".into()));
        }
    }
    // "the Dawlat Abad district centre" is the district's town.
    if cue_after(text, e, &cues.district_seat_after) {
        let seat = best_district(&districts).and_then(|d| region.districts[d].centre_place);
        if let Some(p) = seat.or_else(|| best_place(&places)) {
            return Some((
                Resolved::Place(p),
                "cue: named as a district's centre".into(),
            ));
        }
    }
    // "the centre of Dasht-e Archi district" is the district's town.
    if (cue_after(text, e, &cues.district_after) || listed == ListedAs::Districts)
        && !cue_before(text, s, &cues.city_before)
    {
        if let Some(d) = best_district(&districts) {
            return Some((Resolved::District(d), "cue: named as a district".into()));
        }
        if let Some(p) = best_place(&places) {
            return Some((
                Resolved::Place(p),
                "cue: named as a district; no district of that name, its town stands in".into(),
            ));
        }
    }
    if cue_after(text, e, &cues.city_after) || cue_before(text, s, &cues.city_before) {
        if let Some(d) = best_place(&places).and_then(focused_district) {
            return Some((
                Resolved::District(d),
                "cue: named as a town; the district of that name in a province the article names"
                    .into(),
            ));
        }
        if let Some(p) = best_place(&places) {
            return Some((Resolved::Place(p), "cue: named as a city or town".into()));
        }
    }
    // 3. Same name for a province and a town.
    if let Some(&prov) = provinces.first() {
        let capital = places
            .iter()
            .copied()
            .find(|&p| region.provinces[prov].capital_place == Some(p));
        if let Some(c) = capital {
            return Some((
                Resolved::Place(c),
                "default: a name shared by a province and its capital is the city".into(),
            ));
        }
        // "In Baghlan, Taliban spokesman ... wrote that ... Pul-i-Khumri": a sentence that
        // opens on the name sets the scene in the province.
        let opening = region
            .lexicon
            .grammar
            .locative_prepositions
            .iter()
            .any(|l| {
                text[..s]
                    .strip_suffix(' ')
                    .and_then(|b| b.strip_suffix(l.as_str()))
                    .is_some_and(|before| {
                        let before = before.trim_end();
                        before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\n'])
                    })
            })
            && text[e..].starts_with(',');
        if let Some(p) = best_place(&places)
            .filter(|&p| region.places[p].population >= SIZEABLE)
            .filter(|_| !opening)
        {
            return Some((
                Resolved::Place(p),
                "default: a sizeable town shares the province's name".into(),
            ));
        }
        return Some((Resolved::Province(prov), "province name".into()));
    }
    // 4. Afghan or abroad.
    let place = best_place(&places);
    if let Some(&a) = abroad.first() {
        let strong = place.is_some_and(|p| {
            let pl = &region.places[p];
            pl.population >= SIZEABLE
                || pl.kind != PlaceKind::City
                || region.is_provincial_capital(p)
                || focus[pl.province] > 0
        });
        if !strong && districts.is_empty() {
            return Some((
                Resolved::Abroad(a),
                format!("abroad: {}", region.abroad[a].country),
            ));
        }
    }
    if let Some(d) = place.and_then(focused_district) {
        return Some((
            Resolved::District(d),
            "district in a province the article names, over a town elsewhere".into(),
        ));
    }
    if let Some(p) = place {
        let why = if places.len() > 1 {
            "town; several of that name, chose by named provinces then population"
        } else {
            "town"
        };
        return Some((Resolved::Place(p), why.into()));
    }
    if let Some(d) = best_district(&districts) {
        return Some((Resolved::District(d), "district name".into()));
    }
    abroad.first().map(|&a| {
        (
            Resolved::Abroad(a),
            format!("abroad: {}", region.abroad[a].country),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::after_a_given_name;

    #[test]
    fn a_capitalised_word_in_prose_before_a_name_is_a_given_name() {
        // "Amanullah Wardak", "President Ashraf Ghani", "The Washington Post".
        assert!(after_a_given_name("officials said, said Amanullah "));
        assert!(after_a_given_name("a message from President "));
        assert!(after_a_given_name("wrote in The "));
        // Sentence starts, days, Title Case headings and places after prepositions are not.
        assert!(!after_a_given_name(""));
        assert!(!after_a_given_name("The Taliban took it. Then "));
        assert!(!after_a_given_name("Earlier on Sunday "));
        assert!(!after_a_given_name("Soldiers Flee Into "));
        assert!(!after_a_given_name("fighting in "));
        assert!(!after_a_given_name("officials of the ANDSF "));
    }
}
