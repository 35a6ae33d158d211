//! The gazetteer: every spelling of every place in a region pack, in one Aho-Corasick index.
//!
//! In: a [`Region`]. Out: a [`Gazetteer`] whose [`Gazetteer::scan`] finds name matches in
//! folded text (leftmost-longest, on word boundaries) and lists what each name may refer to.
//!
//! Spellings: names are folded (case, diacritics, hyphens, apostrophes) and the Persian/Pashto
//! connectors are expanded, so "Qala-i-Naw", "Qala e Naw" and "Qalai Naw" are one key family,
//! as are "Lashkar Gah" and "Lashkargah".

use std::collections::{BTreeSet, HashMap};

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind};

use crate::region::Region;
use crate::text::{fold_key, is_boundary, Folded};

/// What a gazetteer name may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Referent {
    Province(usize),
    Place(usize),
    District(usize),
    Abroad(usize),
}

/// A name found in folded text.
#[derive(Debug, Clone)]
pub struct NameMatch {
    /// Byte span in the folded text.
    pub start: usize,
    pub end: usize,
    /// Everything this name may refer to.
    pub referents: Vec<Referent>,
}

/// The name index of one region.
#[derive(Debug)]
pub struct Gazetteer {
    /// Anchored automaton over all name keys: walked from each capitalised word. A
    /// contiguous NFA: 3 MB for the Afghan pack's 41,000 keys, where the DFA took 53 MB
    /// and scanned about 10% faster.
    automaton: aho_corasick::nfa::contiguous::NFA,
    referents: Vec<Vec<Referent>>,
    /// Number of distinct keys indexed.
    pub key_count: usize,
}

/// Connector words between name parts ("Mazar-i-Sharif", "Sar-e Pul", "Pul-e Khumri").
const CONNECTORS: &[&str] = &["i", "e", "y", "ye", "yi"];

/// Spelling variants of a folded name key, for matching.
pub fn variants(key: &str) -> BTreeSet<String> {
    let tokens: Vec<&str> = key.split(' ').filter(|t| !t.is_empty()).collect();
    let mut out = BTreeSet::new();
    if tokens.is_empty() {
        return out;
    }
    // Normalise into (stem, connector-follows) parts: ["qala", "naw"] with a connector after
    // "qala", whether written "qala i naw", "qala e naw", "qalai naw" or "qala naw".
    let mut stems: Vec<String> = Vec::new();
    let mut joins: Vec<bool> = Vec::new(); // joins[k]: a connector sits between stems k and k+1
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if !stems.is_empty() && CONNECTORS.contains(&t) && i + 1 < tokens.len() {
            if let Some(j) = joins.last_mut() {
                *j = true;
            }
            i += 1;
            continue;
        }
        stems.push(t.to_string());
        joins.push(false);
        i += 1;
    }
    joins.pop();
    // A stem glued to its connector ("qalai", "puli", "sari"): record the alternative.
    let mut glued: Vec<Option<String>> = vec![None; stems.len()];
    for k in 0..stems.len().saturating_sub(1) {
        let s = &stems[k];
        if !joins[k] && s.len() >= 4 && (s.ends_with('i') || s.ends_with('e')) {
            glued[k] = Some(s[..s.len() - 1].to_string());
        }
    }
    out.insert(tokens.join(" "));
    if stems.len() == 1 {
        return out;
    }
    // Enumerate connector forms between parts: none, " i ", " e ", glued "i", glued "e".
    let forms = ["", " i ", " e ", "i ", "e "];
    let gaps = stems.len() - 1;
    if gaps > 3 {
        return out;
    }
    let mut idx = vec![0usize; gaps];
    loop {
        // Every gap either had a connector (in the name or glued) or not; when it had none,
        // only the plain form and the space-less join are generated.
        let mut s = String::new();
        let mut ok = true;
        for k in 0..stems.len() {
            let stem = if k < gaps && (joins[k] || glued[k].is_some()) {
                glued[k].as_deref().unwrap_or(&stems[k])
            } else {
                &stems[k]
            };
            s.push_str(stem);
            if k < gaps {
                let had = joins[k] || glued[k].is_some();
                let f = forms[idx[k]];
                if !had && !f.is_empty() {
                    ok = false;
                }
                if f.is_empty() {
                    s.push(' ');
                } else {
                    s.push_str(f);
                }
            }
        }
        if ok {
            out.insert(s.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        // next combination
        let mut k = 0;
        loop {
            if k == gaps {
                break;
            }
            idx[k] += 1;
            if idx[k] < forms.len() {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
        if k == gaps {
            break;
        }
    }
    // Space-less join of two short parts: "lashkar gah" -> "lashkargah", "tirin kot" -> "tirinkot".
    if stems.len() == 2 && !joins[0] {
        out.insert(format!("{}{}", stems[0], stems[1]));
    }
    out
}

/// Respellings of a folded name key that romanisations of Dari and Pashto names commonly
/// differ by: "ay"/"ai" (Sayghan, Saighan), a final "ah"/"eh" (Qal'ah, Qala), a doubled
/// letter (Sayyidabad, Sayidabad), an initial "q"/"k" (Qunduz, Kunduz), "aw"/"ow" (Dawlat,
/// Dowlat), "ou"/"u", "ee"/"i", a final "oi"/"oy", and "abad" written apart or joined
/// (Dawlat Abad, Dawlatabad). One or two rules at a time; the key itself is not listed.
pub fn respellings(key: &str) -> BTreeSet<String> {
    fn once(key: &str) -> Vec<String> {
        let mut out = Vec::new();
        let tokens: Vec<&str> = key.split(' ').collect();
        let with = |k: usize, t: String| {
            let mut v: Vec<String> = tokens.iter().map(|s| s.to_string()).collect();
            v[k] = t;
            v.join(" ")
        };
        for (k, t) in tokens.iter().enumerate() {
            if t.len() < 3 {
                continue;
            }
            for (from, to) in [
                ("ay", "ai"),
                ("ai", "ay"),
                ("aw", "ow"),
                ("ow", "aw"),
                ("ou", "u"),
                ("ee", "i"),
            ] {
                if t.contains(from) {
                    out.push(with(k, t.replace(from, to)));
                }
            }
            for (from, to) in [("ah", "a"), ("eh", "e"), ("oi", "oy"), ("oy", "oi")] {
                if let Some(stem) = t.strip_suffix(from).filter(|s| s.len() >= 2) {
                    out.push(with(k, format!("{stem}{to}")));
                }
            }
            let b = t.as_bytes();
            if b.windows(2)
                .any(|w| w[0] == w[1] && w[0].is_ascii_alphabetic())
            {
                let mut single = String::with_capacity(t.len());
                for (i, c) in t.char_indices() {
                    if i == 0 || b[i - 1] as char != c || !c.is_ascii_alphabetic() {
                        single.push(c);
                    }
                }
                out.push(with(k, single));
            }
            if let Some(rest) = t.strip_prefix('q') {
                out.push(with(k, format!("k{rest}")));
            } else if let Some(rest) = t.strip_prefix('k').filter(|r| !r.starts_with('h')) {
                out.push(with(k, format!("q{rest}")));
            }
            if let Some(stem) = t.strip_suffix("abad").filter(|s| s.len() >= 3) {
                out.push(with(k, format!("{stem} abad")));
            }
            if *t == "abad" && k > 0 {
                let mut v: Vec<String> = tokens.iter().map(|s| s.to_string()).collect();
                let joined = format!("{}abad", v[k - 1]);
                v.splice(k - 1..=k, [joined]);
                out.push(v.join(" "));
            }
        }
        out
    }
    let mut all = BTreeSet::new();
    for one in once(key) {
        for two in once(&one) {
            all.insert(two);
        }
        all.insert(one);
    }
    all.remove(key);
    all
}

impl Gazetteer {
    pub fn new(region: &Region) -> Gazetteer {
        let stop: BTreeSet<String> = region
            .lexicon
            .stop_names
            .iter()
            .map(|s| fold_key(s))
            .collect();
        let mut by_key: HashMap<String, BTreeSet<Referent>> = HashMap::new();
        // Respellings, kept apart: they only fill keys no listed name has.
        let mut respelt: HashMap<String, BTreeSet<Referent>> = HashMap::new();
        let mut add = |name: &str, r: Referent| {
            // An apostrophe inside a name may be dropped ("Qal'a", "Qala") as well as
            // spaced.
            let joined = name.replace(['\'', '`', '\u{2018}', '\u{2019}', '\u{02BC}'], "");
            let keys = [fold_key(name), fold_key(&joined)];
            for (n, key) in keys.iter().enumerate() {
                if key.len() < 3 || stop.contains(key) || n == 1 && *key == keys[0] {
                    continue;
                }
                for v in variants(key) {
                    if v.len() >= 3 && !stop.contains(&v) {
                        for w in respellings(&v) {
                            if w.len() >= 5 && !stop.contains(&w) {
                                respelt.entry(w).or_default().insert(r);
                            }
                        }
                        by_key.entry(v).or_default().insert(r);
                    }
                }
            }
        };
        for (i, p) in region.provinces.iter().enumerate() {
            add(&p.name, Referent::Province(i));
            for n in &p.alternate_names {
                add(n, Referent::Province(i));
            }
        }
        for (i, p) in region.places.iter().enumerate() {
            add(&p.name, Referent::Place(i));
            for n in &p.alternate_names {
                add(n, Referent::Place(i));
            }
        }
        for (i, d) in region.districts.iter().enumerate() {
            add(&d.name, Referent::District(i));
            for n in &d.alternate_names {
                add(n, Referent::District(i));
            }
        }
        for (i, a) in region.abroad.iter().enumerate() {
            add(&a.name, Referent::Abroad(i));
            for n in &a.alternate_names {
                add(n, Referent::Abroad(i));
            }
        }
        for (k, r) in respelt {
            by_key.entry(k).or_insert(r);
        }
        let mut keys: Vec<(String, BTreeSet<Referent>)> = by_key.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let automaton = aho_corasick::nfa::contiguous::NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(keys.iter().map(|(k, _)| k.as_str()))
            .expect("gazetteer automaton builds");
        Gazetteer {
            automaton,
            key_count: keys.len(),
            referents: keys
                .into_iter()
                .map(|(_, r)| r.into_iter().collect())
                .collect(),
        }
    }

    /// Finds names in a range of folded text: at each word whose original first letter is a
    /// capital, the longest name starting there that ends on a word boundary; the next
    /// search starts after it.
    pub fn scan(&self, folded: &Folded, range: std::ops::Range<usize>) -> Vec<NameMatch> {
        let bytes = folded.text.as_bytes();
        let mut out = Vec::new();
        let mut free_from = range.start;
        let from = folded.capitalised.partition_point(|&p| p < range.start);
        for &s in folded.capitalised[from..]
            .iter()
            .take_while(|&&p| p < range.end)
        {
            if s < free_from {
                continue;
            }
            // Walk the anchored automaton from `s`, keeping the longest name that ends on a
            // word boundary.
            let automaton = &self.automaton;
            let Ok(mut sid) = automaton.start_state(Anchored::Yes) else {
                break;
            };
            let mut best: Option<(usize, usize)> = None; // end, pattern
            for (i, &b) in bytes[s..range.end].iter().enumerate() {
                sid = automaton.next_state(Anchored::Yes, sid, b);
                if automaton.is_dead(sid) {
                    break;
                }
                if automaton.is_match(sid) {
                    let end = s + i + 1;
                    if !is_boundary(bytes.get(end)) {
                        continue;
                    }
                    for k in 0..automaton.match_len(sid) {
                        let pid = automaton.match_pattern(sid, k);
                        if automaton.pattern_len(pid) == end - s {
                            best = Some((end, pid.as_usize()));
                        }
                    }
                }
            }
            if let Some((end, pid)) = best {
                out.push(NameMatch {
                    start: s,
                    end,
                    referents: self.referents[pid].clone(),
                });
                free_from = end;
            }
        }
        out
    }

    /// The bare name scan over a folded text: number of matches (for benchmarks).
    pub fn count_matches(&self, folded: &Folded) -> usize {
        self.scan(folded, 0..folded.text.len()).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connector_variants_meet() {
        let a = variants("qala i naw");
        for v in ["qala i naw", "qala e naw", "qalai naw", "qala naw"] {
            assert!(a.contains(v), "{v} missing from {a:?}");
        }
        let b = variants("qalai naw");
        assert!(b.contains("qala i naw") && b.contains("qala e naw"));
        let c = variants("mazar e sharif");
        assert!(c.contains("mazar i sharif"));
        let d = variants("lashkar gah");
        assert!(d.contains("lashkargah"));
        let e = variants("puli khumri");
        assert!(e.contains("pul e khumri"));
        // Single words are left alone.
        assert_eq!(variants("kunduz").len(), 1);
    }

    #[test]
    fn romanisations_meet() {
        for (listed, written) in [
            ("sayghan", "saighan"),
            ("dasht e qalah", "dasht e qala"),
            ("sayyidabad", "sayidabad"),
            ("qunduz", "kunduz"),
            ("kandahar", "qandahar"),
            ("dowlatabad", "dawlat abad"),
            ("andkhoy", "andkhoi"),
        ] {
            let r = respellings(listed);
            assert!(r.contains(written), "{written} missing from {r:?}");
            assert!(!r.contains(listed), "the key itself is no respelling");
        }
        // "kh" is one letter: "Khan Abad" is no "Qhan Abad".
        assert!(!respellings("khanabad").iter().any(|r| r.starts_with('q')));
    }

    #[test]
    fn a_respelling_never_takes_a_listed_name() {
        let region = crate::region::Region::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/geodata/afghanistan"
        )))
        .expect("region pack loads");
        let gaz = Gazetteer::new(&region);
        let folded = crate::text::fold("Saighan and Qandahar and Kunduz");
        let found = gaz.scan(&folded, 0..folded.text.len());
        assert_eq!(found.len(), 3, "{found:?}");
        // "Kunduz" is listed: its referents are the listed ones, however "Qunduz" respells.
        let listed = gaz.scan(&crate::text::fold("Kunduz"), 0..6);
        assert_eq!(found[2].referents, listed[0].referents);
    }
}
