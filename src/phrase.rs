//! Word-level phrase matching: every lexicon phrase in a folded text, in one pass.
//!
//! In: phrases (folded keys such as "took control of", ", while", "u.s. forces") and a folded
//! text. Out: [`PhraseHit`]s, every occurrence of every phrase that starts and ends on word
//! boundaries, overlapping ones included, sorted by start then end.
//!
//! Text and phrases are both cut into tokens: a run of ASCII letters and digits is one token,
//! any other byte but a space is a token of its own. Each token is looked up once in a hash
//! of the phrases' words; a token that no phrase uses ends every walk at once, so ordinary
//! prose costs one hash probe per word. Phrases sharing words walk a trie of word ids.
//! Because matching is by token, "u.s. forces" also matches "u. s. forces": spacing between
//! punctuation and words is not significant (folded text has no runs of spaces anyway).

use rustc_hash::FxHashMap;

const NONE: u32 = u32::MAX;

/// One phrase found in text: byte span (in the text searched) and phrase index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseHit {
    pub start: usize,
    pub end: usize,
    pub phrase: usize,
}

/// A token of folded text: byte span and word id (`NONE` when no phrase uses the word).
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    word: u32,
}

/// A key of a [`PackedTable`]: a number that is never zero (zero marks an empty slot).
trait TableKey: Copy + Eq + Default {
    /// The key folded to 64 bits for hashing.
    fn mix(self) -> u64;
}

impl TableKey for u128 {
    #[inline]
    fn mix(self) -> u64 {
        (self as u64) ^ ((self >> 64) as u64).rotate_left(29)
    }
}

impl TableKey for u64 {
    #[inline]
    fn mix(self) -> u64 {
        self
    }
}

/// A read-only map from non-zero keys to `u32` values: open addressing with linear probing
/// in a table at most a quarter full, so a lookup is one multiply and, nearly always, one or
/// two probes. Keys and values sit side by side, so a probe touches one cache line. Every
/// token of every article is looked up here, which is why it is not a general-purpose hash
/// map.
#[derive(Debug, Default)]
struct PackedTable<K> {
    slots: Vec<(K, u32)>,
    shift: u32,
}

impl<K: TableKey> PackedTable<K> {
    fn new(entries: impl ExactSizeIterator<Item = (K, u32)>) -> PackedTable<K> {
        let bits = (entries.len() * 4)
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut table = PackedTable {
            slots: vec![(K::default(), NONE); 1 << bits],
            shift: 64 - bits,
        };
        let mask = table.slots.len() - 1;
        for (k, v) in entries {
            debug_assert!(k != K::default(), "zero is the empty slot");
            let mut i = table.slot(k);
            while table.slots[i].0 != K::default() {
                i = (i + 1) & mask;
            }
            table.slots[i] = (k, v);
        }
        table
    }

    #[inline]
    fn slot(&self, k: K) -> usize {
        (k.mix().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, k: K) -> u32 {
        if self.slots.is_empty() {
            return NONE;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(k);
        loop {
            let (key, value) = self.slots[i];
            if key == k {
                return value;
            }
            if key == K::default() {
                return NONE;
            }
            i = (i + 1) & mask;
        }
    }
}

/// An edge of the trie as a table key: never zero, as nodes reached by an edge are not the
/// root.
#[inline]
fn edge_key(node: u32, word: u32) -> u64 {
    ((node as u64) << 32) | word as u64
}

/// The phrase index: a vocabulary of the words phrases use and a trie over word ids.
#[derive(Debug, Default)]
pub struct PhraseIndex {
    /// Words of up to 16 bytes, packed into a `u128` (nearly all words: cheap to hash).
    short_words: PackedTable<u128>,
    /// Longer words.
    long_words: FxHashMap<Box<[u8]>, u32>,
    /// Per word id: the trie node reached from the root by that word, or `NONE`.
    first: Vec<u32>,
    /// (node, word id) → node, keyed by [`edge_key`].
    edges: PackedTable<u64>,
    /// Per node: the phrase ending there, or `NONE`.
    terminal: Vec<u32>,
    /// Longest word in the vocabulary, in bytes: longer tokens are not looked up.
    longest_word: usize,
}

/// A word of up to 16 bytes as one number (bytes in order, zero-padded; words hold no
/// zeros).
#[inline]
fn pack(w: &[u8]) -> Option<u128> {
    if w.len() > 16 {
        return None;
    }
    let mut k = 0u128;
    for (i, &b) in w.iter().enumerate() {
        k |= (b as u128) << (8 * i);
    }
    Some(k)
}

/// [`pack`] of `bytes[s..e]`, reading 16 bytes at once where the text allows.
#[inline]
fn pack_at(bytes: &[u8], s: usize, e: usize) -> Option<u128> {
    let len = e - s;
    if len > 16 {
        return None;
    }
    match bytes.get(s..s + 16) {
        Some(sixteen) => {
            let all = u128::from_le_bytes(sixteen.try_into().expect("sixteen bytes"));
            let mask = if len == 16 {
                !0
            } else {
                (1u128 << (8 * len)) - 1
            };
            Some(all & mask)
        }
        None => pack(&bytes[s..e]),
    }
}

/// Calls `f(start, end)` for each token of `bytes` (see the module comment).
#[inline]
fn for_each_token(bytes: &[u8], mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            let s = i;
            i += 1;
            while i < n && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            f(s, i);
        } else {
            if !b.is_ascii_whitespace() {
                f(i, i + 1);
            }
            i += 1;
        }
    }
}

impl PhraseIndex {
    /// Builds the index. Phrase `k` of the iterator is reported as `phrase: k`; empty phrases
    /// never match; a phrase given twice is reported under its first index.
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> PhraseIndex {
        let mut ix = PhraseIndex {
            terminal: vec![NONE],
            ..PhraseIndex::default()
        };
        let mut short_words: FxHashMap<u128, u32> = FxHashMap::default();
        let mut edges: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        for (k, phrase) in phrases.into_iter().enumerate() {
            let bytes = phrase.as_bytes();
            let mut node = 0u32; // the root
            let mut words = Vec::new();
            for_each_token(bytes, |s, e| words.push(&bytes[s..e]));
            let any = !words.is_empty();
            for w in words {
                let next_id = ix.first.len() as u32;
                let id = match pack(w) {
                    Some(k) => *short_words.entry(k).or_insert(next_id),
                    None => *ix.long_words.entry(w.into()).or_insert(next_id),
                };
                if id == next_id {
                    ix.first.push(NONE);
                    ix.longest_word = ix.longest_word.max(w.len());
                }
                let existing = if node == 0 {
                    ix.first[id as usize]
                } else {
                    edges.get(&(node, id)).copied().unwrap_or(NONE)
                };
                node = if existing != NONE {
                    existing
                } else {
                    let fresh = ix.terminal.len() as u32;
                    ix.terminal.push(NONE);
                    if node == 0 {
                        ix.first[id as usize] = fresh;
                    } else {
                        edges.insert((node, id), fresh);
                    }
                    fresh
                };
            }
            if any && ix.terminal[node as usize] == NONE {
                ix.terminal[node as usize] = k as u32;
            }
        }
        ix.short_words = PackedTable::new(short_words.into_iter());
        ix.edges = PackedTable::new(
            edges
                .into_iter()
                .map(|((node, word), next)| (edge_key(node, word), next)),
        );
        ix
    }

    /// The word id of `bytes[s..e]`, or `NONE`.
    #[inline]
    fn word_id(&self, bytes: &[u8], s: usize, e: usize) -> u32 {
        if e - s > self.longest_word {
            NONE
        } else if let Some(k) = pack_at(bytes, s, e) {
            self.short_words.get(k)
        } else {
            self.long_words.get(&bytes[s..e]).copied().unwrap_or(NONE)
        }
    }

    /// Every phrase occurrence in `text`, sorted by start, then end.
    pub fn find_all(&self, text: &str) -> Vec<PhraseHit> {
        let bytes = text.as_bytes();
        // About one token per five bytes of prose.
        let mut tokens = Vec::with_capacity(text.len() / 4);
        for_each_token(bytes, |start, end| {
            tokens.push(Token {
                start,
                end,
                word: self.word_id(bytes, start, end),
            });
        });
        let mut out = Vec::new();
        for i in 0..tokens.len() {
            let w = tokens[i].word;
            if w == NONE {
                continue;
            }
            let mut node = self.first[w as usize];
            let mut j = i;
            while node != NONE {
                let p = self.terminal[node as usize];
                if p != NONE {
                    out.push(PhraseHit {
                        start: tokens[i].start,
                        end: tokens[j].end,
                        phrase: p as usize,
                    });
                }
                j += 1;
                let Some(t) = tokens.get(j) else { break };
                if t.word == NONE {
                    break;
                }
                node = self.edges.get(edge_key(node, t.word));
            }
        }
        // Walks from one start emit shorter phrases first: already sorted by (start, end).
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overlapping_phrases_on_word_boundaries() {
        let phrases = [
            "took",
            "took control of",
            "control",
            "the city",
            ", while",
            "u.s. forces",
        ];
        let ix = PhraseIndex::new(phrases);
        let text = "the taliban took control of the city, while u.s. forces retook nothing";
        let found: Vec<(&str, &str)> = ix
            .find_all(text)
            .iter()
            .map(|h| (phrases[h.phrase], &text[h.start..h.end]))
            .collect();
        assert_eq!(
            found,
            vec![
                ("took", "took"),
                ("took control of", "took control of"),
                ("control", "control"),
                ("the city", "the city"),
                (", while", ", while"),
                ("u.s. forces", "u.s. forces"),
            ],
            "\"retook\" holds \"took\" but not on a word boundary"
        );
    }

    #[test]
    fn a_phrase_needs_all_its_words_in_a_row() {
        let ix = PhraseIndex::new(["took control of"]);
        assert!(ix.find_all("took control").is_empty());
        assert!(ix.find_all("took full control of").is_empty());
        assert_eq!(ix.find_all("x took control of y").len(), 1);
        assert!(PhraseIndex::new([""]).find_all("anything").is_empty());
    }
}
