//! Text utilities shared by every stage: folding for name matching and sentence splitting.
//!
//! In: article text (`&str`). Out: a [`Folded`] shadow string (lower-case ASCII, punctuation
//! that separates words turned into spaces) with a byte map back into the original, and
//! [`Sentence`] spans.
//!
//! Folding is what lets "Mazar-e-Sharif", "MAZAR-I-SHARIF" and "Mazār-i Sharīf" meet the same
//! gazetteer key. The map keeps every offset we report pointing into the untouched original.

use std::ops::Range;

/// A folded copy of some text with a map from folded byte offsets to original byte offsets.
///
/// The map is sparse: a checkpoint is stored wherever the offset between folded and original
/// bytes changes (a multi-byte character, a collapsed run of spaces), so plain ASCII text
/// costs nothing to map.
#[derive(Debug, Clone)]
pub struct Folded {
    /// Lower-case ASCII; hyphens, apostrophes, quotes and other in-word punctuation become
    /// spaces, and runs of spaces collapse to one.
    pub text: String,
    /// (folded offset, original offset) where the shift between them changes.
    checkpoints: Vec<(usize, usize)>,
    original_len: usize,
    /// Folded offsets of the words whose original first letter is upper case: where place
    /// names can start.
    pub capitalised: Vec<usize>,
}

impl Folded {
    /// Original byte offset of a folded byte offset (the original length at the end).
    pub fn original_offset(&self, folded: usize) -> usize {
        if folded >= self.text.len() {
            return self.original_len;
        }
        let k = self.checkpoints.partition_point(|c| c.0 <= folded) - 1;
        let (f, o) = self.checkpoints[k];
        o + (folded - f)
    }

    /// Original byte range of a folded byte range. The end is where the next folded byte
    /// came from: bytes dropped by folding only ever follow a kept one, so the range never
    /// swallows text after it.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.original_offset(folded.start);
        let end = if folded.end <= folded.start {
            start
        } else {
            self.original_offset(folded.end)
        };
        start..end
    }

    /// Folded byte offset of an original byte offset (the first folded byte at or after it).
    pub fn folded_offset(&self, original: usize) -> usize {
        // `original_offset` is monotone, and linear between checkpoints: find the first
        // stretch between checkpoints that reaches `original`, then the byte within it.
        let cps = &self.checkpoints;
        let reach = |j: usize| {
            let end = cps.get(j + 1).map_or(self.text.len(), |c| c.0);
            cps[j].1 + (end - cps[j].0)
        };
        let (mut lo, mut hi) = (0, cps.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if reach(mid) <= original {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        match cps.get(lo) {
            Some(&(f, o)) => f + original.saturating_sub(o),
            None => self.text.len(),
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Folds one string to its matching key (what gazetteer names are indexed under).
pub fn fold_key(s: &str) -> String {
    let f = fold(s);
    f.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How each ASCII byte folds: lower case, and word-joining punctuation to a space.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = match b {
            b'A'..=b'Z' => b + 32,
            b'-' | b'\'' | b'`' | b'_' | b'"' | b'\t' | b'\r' => b' ',
            _ => b,
        };
        i += 1;
    }
    t
};

/// ASCII bytes other than the space that [`fold`] copies unchanged: lower-case letters,
/// digits and punctuation it keeps. Non-ASCII bytes are never in it.
const FOLDS_TO_ITSELF: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = ASCII_FOLD[i] == i as u8 && i as u8 != b' ';
        i += 1;
    }
    t
};

/// Folds text for matching, keeping a map back to the original.
///
/// Rules: transliterate to ASCII (diacritics dropped, curly quotes straightened), lower-case,
/// turn hyphens, apostrophes and quotes into spaces, and collapse runs of spaces. Sentence
/// punctuation is kept so callers can still see clause boundaries in folded text.
pub fn fold(s: &str) -> Folded {
    let bytes = s.as_bytes();
    let mut w = FoldWriter {
        out: Vec::with_capacity(s.len()),
        checkpoints: vec![(0usize, 0usize)],
        capitalised: Vec::new(),
        shift: 0,
        prev: b' ',
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 128 {
            // Fast path: a run of bytes that fold to themselves (lower-case letters, digits,
            // sentence punctuation, single spaces) is copied whole. Inside such a run the
            // shift between folded and original offsets cannot change and no word starts
            // with a capital, so only its first byte needs the checkpoint check.
            let mut j = i;
            let mut last = w.prev;
            while j < bytes.len() {
                let c = bytes[j];
                if !(FOLDS_TO_ITSELF[c as usize] || (c == b' ' && last != b' ')) {
                    break;
                }
                last = c;
                j += 1;
            }
            if j > i {
                w.copy_run(&bytes[i..j], i);
                i = j;
                continue;
            }
            w.push(ASCII_FOLD[b as usize], i, b.is_ascii_uppercase());
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("char boundary");
        let upper = c.is_uppercase();
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2010}' | '\u{2011}' | '\u{2012}'
            | '\u{00AD}' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' | '\u{00A0}'
            | '\u{2009}' | '\u{202F}' => w.push(b' ', i, upper),
            // En and em dashes separate clauses.
            '\u{2013}' | '\u{2014}' | '\u{2015}' => w.push(b';', i, upper),
            '\u{2022}' | '\u{00B7}' => w.push(b'*', i, upper),
            _ => {
                let t = deunicode::deunicode_char(c).unwrap_or("");
                let mut wrote = false;
                for tb in t.bytes() {
                    if tb.is_ascii_alphanumeric() {
                        w.push(tb.to_ascii_lowercase(), i, upper);
                        wrote = true;
                    } else if tb == b' ' || tb == b'\'' || tb == b'-' {
                        w.push(b' ', i, upper);
                        wrote = true;
                    }
                }
                if !wrote {
                    // One byte per char of unknown script, so it never joins the words around it.
                    w.push(b' ', i, upper);
                }
            }
        }
        i += c.len_utf8();
    }
    Folded {
        text: String::from_utf8(w.out).expect("folded text is ASCII"),
        checkpoints: w.checkpoints,
        original_len: s.len(),
        capitalised: w.capitalised,
    }
}

/// The output side of [`fold`]: folded bytes, offset checkpoints and capitalised words.
struct FoldWriter {
    out: Vec<u8>,
    checkpoints: Vec<(usize, usize)>,
    capitalised: Vec<usize>,
    /// Original offset minus folded offset since the last checkpoint.
    shift: isize,
    /// The last byte written (a space before the first, so leading spaces collapse away
    /// only when the text starts with more than one).
    prev: u8,
}

impl FoldWriter {
    /// Appends bytes that fold to themselves, none of them a capital and no space
    /// following a space, taken from original offset `orig`.
    #[inline(always)]
    fn copy_run(&mut self, run: &[u8], orig: usize) {
        let f = self.out.len();
        let d = orig as isize - f as isize;
        if d != self.shift {
            self.shift = d;
            self.checkpoints.push((f, orig));
        }
        self.out.extend_from_slice(run);
        self.prev = run[run.len() - 1];
    }

    #[inline(always)]
    fn push(&mut self, b: u8, orig: usize, upper: bool) {
        let f = self.out.len();
        if b == b' ' && self.prev == b' ' && f > 0 {
            return;
        }
        if upper && b.is_ascii_alphanumeric() && !self.prev.is_ascii_alphanumeric() {
            self.capitalised.push(f);
        }
        let d = orig as isize - f as isize;
        if d != self.shift {
            self.shift = d;
            self.checkpoints.push((f, orig));
        }
        self.out.push(b);
        self.prev = b;
    }
}

/// A sentence of an article: its byte range in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
}

/// Abbreviations after which a full stop does not end a sentence (lower-case, no dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "no", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
    "u.k", "e.g", "i.e", "approx", "gov", "sen", "rep", "prof", "inc", "ltd", "co", "jr", "sr",
];

/// Splits text into sentences. A sentence ends at `.`, `!` or `?` followed by whitespace and
/// an upper-case letter, digit or quote (unless the word before is a known abbreviation), and
/// at every line break: headlines, bullets and datelines are their own sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let slice = &text[s..e];
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if lead + trail < slice.len() {
            out.push(Sentence {
                range: s + lead..e - trail,
            });
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if !matches!(b, b'\n' | b'.' | b'!' | b'?') {
            // Most bytes end nothing: skip to the next one that might.
            i += bytes[i..]
                .iter()
                .position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?'))
                .unwrap_or(bytes.len() - i);
            continue;
        }
        if b == b'\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            // Include closing quotes/brackets in this sentence.
            let mut j = i + 1;
            while j < bytes.len() {
                if matches!(bytes[j], b'"' | b'\'' | b')') {
                    j += 1;
                } else if text[j..].starts_with('\u{201D}') || text[j..].starts_with('\u{2019}') {
                    j += 3;
                } else {
                    break;
                }
            }
            let next_ws = j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t');
            if next_ws {
                let mut k = j;
                while k < bytes.len() && (bytes[k] == b' ' || bytes[k] == b'\t') {
                    k += 1;
                }
                let starts_upper = text[k..].chars().next().is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || "\"\u{201C}\u{2018}'(".contains(c)
                });
                if starts_upper && !(b == b'.' && ends_with_abbreviation(&text[start..i])) {
                    push(&mut out, start, j);
                    start = j;
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    push(&mut out, start, bytes.len());
    out
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true; // an initial: "Abdul R. Dostum"
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// True when `b` cannot be part of a word (used for word boundaries in folded text).
pub fn is_boundary(b: Option<&u8>) -> bool {
    match b {
        None => true,
        Some(b) => !b.is_ascii_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_offsets_are_the_first_folded_byte_at_or_after_an_original_offset() {
        for s in [
            "",
            "Kunduz",
            "  Mazār-i-Sharīf  fell,   said   \u{201C}officials\u{201D}.",
            "Æsir — Œuvre straße ﬁnal Ǆ x",
            "tab\tand\nnew  line   ",
        ] {
            let f = fold(s);
            for original in 0..=s.len() + 1 {
                // The definition: the smallest folded offset whose original offset reaches it.
                let slow = (0..=f.text.len())
                    .find(|&k| f.original_offset(k) >= original)
                    .unwrap_or(f.text.len());
                assert_eq!(f.folded_offset(original), slow, "{s:?} at {original}");
            }
        }
    }

    #[test]
    fn folding_meets_spelling_variants() {
        assert_eq!(fold_key("Mazar-e-Sharif"), "mazar e sharif");
        assert_eq!(fold_key("MAZAR-I-SHARIF"), "mazar i sharif");
        assert_eq!(fold_key("Mazār-i Sharīf"), "mazar i sharif");
        assert_eq!(fold_key("Kabul\u{2019}s"), "kabul s");
        assert_eq!(fold_key("Qala e Naw"), "qala e naw");
    }

    #[test]
    fn every_folded_word_maps_back_to_the_same_word() {
        let s = "«Mazār-i-Sharīf»  fell — to the  “Taliban”; Panjwā’ī and Qala\u{2011}i\u{2011}Naw, Æsir.";
        let f = fold(s);
        let mut at = 0;
        for w in f.text.split(|c: char| !c.is_ascii_alphanumeric()) {
            let start = at;
            at += w.len() + 1;
            if w.is_empty() || w == "ae" {
                continue;
            }
            let r = f.original_range(start..start + w.len());
            assert!(
                s.is_char_boundary(r.start) && s.is_char_boundary(r.end),
                "{w}"
            );
            assert_eq!(
                fold_key(&s[r.clone()]).replace(' ', ""),
                w,
                "{w} maps to {:?}",
                &s[r]
            );
            assert_eq!(f.folded_offset(r.start), start, "{w}");
        }
    }

    /// Byte-at-a-time folding of ASCII text: what the fast path in [`fold`] must equal.
    fn fold_ascii_bytewise(s: &str) -> Folded {
        let mut w = FoldWriter {
            out: Vec::new(),
            checkpoints: vec![(0, 0)],
            capitalised: Vec::new(),
            shift: 0,
            prev: b' ',
        };
        for (i, b) in s.bytes().enumerate() {
            w.push(ASCII_FOLD[b as usize], i, b.is_ascii_uppercase());
        }
        Folded {
            text: String::from_utf8(w.out).unwrap(),
            checkpoints: w.checkpoints,
            original_len: s.len(),
            capitalised: w.capitalised,
        }
    }

    #[test]
    fn copying_runs_folds_like_byte_at_a_time() {
        let pieces = [
            " ",
            "  ",
            "Kabul",
            "taliban",
            "-",
            "'",
            "\"",
            ". ",
            ", ",
            "\n",
            "\t",
            "A",
            "x",
            "12",
            "Mazar-i-Sharif",
            " e ",
            "!",
            "(",
            ")",
            "__",
            "`",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let (fast, slow) = (fold(&s), fold_ascii_bytewise(&s));
            assert_eq!(fast.text, slow.text, "{s:?}");
            assert_eq!(fast.checkpoints, slow.checkpoints, "{s:?}");
            assert_eq!(fast.capitalised, slow.capitalised, "{s:?}");
        }
    }

    #[test]
    fn folded_ranges_map_back_to_original() {
        let s = "In Mazār-i-Sharīf, fighting";
        let f = fold(s);
        let at = f.text.find("mazar i sharif").unwrap();
        let r = f.original_range(at..at + "mazar i sharif".len());
        assert_eq!(&s[r], "Mazār-i-Sharīf");
    }

    #[test]
    fn sentences_respect_abbreviations_and_lines() {
        let s = "KABUL, Aug. 10 — The Taliban took Farah. Gen. Sadat said so.\nHEADLINE here\nNext one? Yes.";
        let got: Vec<&str> = sentences(s).iter().map(|x| &s[x.range.clone()]).collect();
        assert_eq!(
            got,
            vec![
                "KABUL, Aug. 10 — The Taliban took Farah.",
                "Gen. Sadat said so.",
                "HEADLINE here",
                "Next one?",
                "Yes."
            ]
        );
    }

    #[test]
    fn quotes_close_their_sentence() {
        let s = "\u{201C}Kandahar is completely conquered.\u{201D} He said. Then";
        let got: Vec<&str> = sentences(s).iter().map(|x| &s[x.range.clone()]).collect();
        assert_eq!(got[0], "\u{201C}Kandahar is completely conquered.\u{201D}");
    }
}
