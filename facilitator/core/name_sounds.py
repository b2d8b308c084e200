"""How a word of a name sounds, whichever of Latin letters and Devanagari writes it.

A name is written in Latin letters or in Devanagari, the same person's either way, and its vowels are
written too variously to compare ("Kamla", "Kamala", "कमला"): across the scripts a name's word is found
by its consonants, as Latin letters give each Devanagari one, and its first vowel, which is written
alike (k-a-m-l for all three; "कोमल", soft, is k-o-m-l).  :mod:`facilitator.core.disclosure` finds the
names of people who are not named by it.
"""

from __future__ import annotations

from functools import lru_cache

from facilitator.core.marks import without_marks

_DEVANAGARI_CONSONANTS = dict(
    zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ", "kkggnccjjnttddnttddnppbbmyrlvssshl", strict=True)
)
_DEVANAGARI_NASALS = frozenset("\u0901\u0902")  # candrabindu and anusvara: an n
_DEVANAGARI_VOWELS = {  # each vowel, as a sign after a consonant and alone, by the vowel a Latin name writes
    **dict.fromkeys("\u093e\u0906\u0905\u0948\u0910\u094c\u0914", "A"),  # a, aa, ai, au
    **dict.fromkeys("\u093f\u0940\u0907\u0908", "I"),
    **dict.fromkeys("\u0941\u0942\u0909\u090a", "U"),
    **dict.fromkeys("\u0947\u090f", "E"),
    **dict.fromkeys("\u094b\u0913\u0949\u0911", "O"),
}
_DEVANAGARI_VOCALIC_R = frozenset("\u0943\u090b")  # कृष्ण: an r and an i, as "Krishna" writes it
_HALANT = "\u094d"
# "ou" and "ow" write औ as "au" does (Choudhary, Chowdhury, Chaudhary: चौधरी).
_LATIN_DIGRAPHS = (("chh", "c"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("jh", "j"), ("th", "t"), ("dh", "d"),
                   ("ph", "p"), ("bh", "b"), ("sh", "s"), ("ee", "i"), ("oo", "u"), ("ou", "au"), ("ow", "au"),
                   ("w", "v"), ("z", "j"), ("q", "k"), ("f", "p"), ("x", "ks"))  # fmt: skip
MIN_CONSONANTS = 3  # fewer find too many other words ("Devi" and "दवा", medicine, are both d-v)


@lru_cache(maxsize=1 << 16)  # every word of every text redacted is read: bounded, for a long session
def consonants(word: str) -> tuple[str, str]:
    """A word's script ("deva", "latn" or "") and how it sounds across the scripts: its consonants as
    Latin letters give them, with its first vowel ("A", "I", "U", "E" or "O") where it falls.  "Kamla",
    "Kamala" and "कमला" all read "kAml", "Laxmi" and "लक्ष्मी" "lAksm", "Anita" and "अनीता" "Ant",
    "Choudhary", "Chowdhury" and "चौधरी" "cAdr"."""
    if word.isascii() and word.isalpha():
        plain = word.lower()
        for digraph, letter in _LATIN_DIGRAPHS:
            plain = plain.replace(digraph, letter)
        vowel = set("aeiou")
        if len(plain) > 1 and plain[-1] == "y" and plain[-2] not in vowel:
            plain = plain[:-1] + "i"  # a last y after a consonant is ी (Choudhary); after a vowel, य (Vijay)
        # A run of vowels reads as its first.
        sounds = [
            c.upper() if c in vowel else c
            for n, c in enumerate(plain)
            if c not in vowel or n == 0 or plain[n - 1] not in vowel
        ]
        return "latn", _key_of(sounds)
    if not any("\u0900" <= c <= "\u097f" for c in word):
        return "", ""
    sounds = []
    text = word.replace("\u091c\u094d\u091e", "\u0917\u094d\u092f")  # ज्ञ is said, and written, "gy"
    for n, c in enumerate(text):
        if c in _DEVANAGARI_CONSONANTS:
            sounds.append(_DEVANAGARI_CONSONANTS[c])
            after = text[n + 1] if n + 1 < len(text) else ""
            if after and after not in _DEVANAGARI_VOWELS and after not in _DEVANAGARI_VOCALIC_R and after != _HALANT:
                sounds.append("A")  # the vowel a consonant carries when no sign follows it
        elif c in _DEVANAGARI_VOWELS:
            sounds.append(_DEVANAGARI_VOWELS[c])
        elif c in _DEVANAGARI_VOCALIC_R:
            sounds += ["r", "I"]
        elif c in _DEVANAGARI_NASALS:
            sounds.append("n")
    return "deva", _key_of(sounds)


def _key_of(sounds: list[str]) -> str:
    """The consonants, a letter written twice in a row read once, and the first vowel where it falls."""
    kept: list[str] = []
    vowel_seen = False
    for sound in sounds:
        if sound.isupper():
            if not vowel_seen:
                kept.append(sound)
                vowel_seen = True
        elif not kept or kept[-1] != sound:
            kept.append(sound)
    return "".join(kept)


def consonant_count(sound: str) -> int:
    return sum(1 for c in sound if not c.isupper())


@lru_cache(maxsize=1 << 16)  # an import asks it of each row's name several times
def name_sound(name: str) -> str:
    """How a whole name sounds, its words read as one whatever stands between them ("Mohan Lal Meena",
    "MohanLal Meena", "Mohan-Lal Meena" and "मोहन लाल मीणा" all read "mOhnlmn"), with or without its
    accents; empty where a letter is of neither script or a digit stands in it, the name mixes the two,
    or it has fewer than :data:`MIN_CONSONANTS` consonants."""
    plain = without_marks(name)
    latin = "".join(c for c in plain if c.isascii() and c.isalpha())
    devanagari = "".join(c for c in plain if "\u0900" <= c <= "\u097f")
    other = any(c.isdigit() or (c.isalpha() and not c.isascii() and not "\u0900" <= c <= "\u097f") for c in plain)
    if other or (latin and devanagari):  # a digit is no sound of a name ("Kamla 2" is not "Kamla 7")
        return ""
    sound = consonants(latin or devanagari)[1] if latin or devanagari else ""
    return sound if consonant_count(sound) >= MIN_CONSONANTS else ""
