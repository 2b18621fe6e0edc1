"""Vietnamese typed with the legacy 8-bit fonts (TCVN3/ABC ".VnTime", VNI-Windows "VNI-Times"):
detection per column and conversion to Unicode.

A spreadsheet typed with such a font stores the font's byte codes as Windows-1252 characters, so
"Nguyễn Văn Lâm" reads "NguyÔn V¨n L©m" (TCVN3) or "Nguyeãn Vaên Laâm" (VNI). Both show
themselves by what Vietnamese never has: Latin-1 letters that are not Vietnamese (¨ © µ ñ ö ä),
an upper-case letter inside a lower-case word, two tone marks in one word, vowel pairs such as
"aê" or "eã". A column is converted when the decoded text has clearly fewer of those than the
text as it is; a cell holding a character beyond Latin-1 was typed in Unicode and is left alone.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

TCVN3 = "TCVN3"
DETECT_SAMPLE = 2000  # cells of a column read to tell its encoding
VNI = "VNI"

# TCVN 5712:1993 VN3 ("ABC"): one byte per letter; lower case only, plus the seven upper-case
# letters with their own codes. Upper-case toned letters are typed in the ".VnTimeH" font with
# the lower-case codes (see _restore_case).
_TCVN3_CODES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
TCVN3_TABLE: dict[str, str] = {chr(code): letter for code, letter in _TCVN3_CODES.items()}

# VNI-Windows: a base letter followed by a mark byte, and a few letters of one byte.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_CIRCUMFLEX_TONES = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # fmt: skip
_VNI_BREVE_TONES = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # fmt: skip
_VNI_SINGLE = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


def _vni_table() -> dict[str, str]:
    """Every VNI sequence (one or two characters) -> its Unicode letter, both cases."""
    lower: dict[str, str] = {}
    for base in "aeiouy":
        for mark, tone in _VNI_TONES.items():
            lower[base + mark] = _compose(base, tone)
    for base in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX_TONES.items():
            lower[base + mark] = _compose(base, "\u0302", tone)
    for mark, tone in _VNI_BREVE_TONES.items():
        lower["a" + mark] = _compose("a", "\u0306", tone)
    for base, horn in (("ô", "o"), ("ö", "u")):  # ơ and ư take the tone marks after them
        for mark, tone in _VNI_TONES.items():
            lower[base + mark] = _compose(horn, "\u031b", tone)
    lower.update(_VNI_SINGLE)
    table = dict(lower)
    for sequence, letter in lower.items():
        table[sequence.upper()] = letter.upper()
    return table


VNI_TABLE = _vni_table()
_VNI_LONGEST = 2

# ---- what Vietnamese text looks like ---------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")
# vowel pairs of Vietnamese syllables (tone marks removed), plus "oo" of "boong", "Pơloong"
_VOWEL_PAIRS = frozenset(
    ("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
     "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
     "ya", "yu")
)  # fmt: skip


def _vietnamese_letters() -> set[str]:
    letters = set()
    for base in "aăâeêioôơuưy":
        for tone in ("", *_TONES):
            letter = unicodedata.normalize("NFC", _decompose_base(base) + tone)
            letters.add(letter)
            letters.add(letter.upper())
    letters.update("đĐ")
    return letters


def _decompose_base(base: str) -> str:
    return unicodedata.normalize("NFD", base)


_LETTERS = _vietnamese_letters()


def _base_vowel(ch: str) -> str:
    """The vowel without its tone ("ấ" -> "â"), lower case; "" for a consonant."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    kept = "".join(c for c in decomposed if c not in _TONES)
    base = unicodedata.normalize("NFC", kept)
    return base if base in _VOWELS else ""


@functools.cache
def _char(ch: str) -> tuple[bool, bool, bool, int, str]:
    """(impossible in Vietnamese, upper case letter, lower case letter, tone marks, base vowel)."""
    code = ord(ch)
    impossible = (0xA0 < code <= 0xFF and ch not in _LETTERS and ch not in "×°") or (
        unicodedata.category(ch) == "Mn"  # a mark left over: no Vietnamese letter has it
    )
    tones = sum(1 for c in unicodedata.normalize("NFD", ch) if c in _TONES)
    alpha = ch.isalpha()
    return impossible, alpha and ch.isupper(), alpha and ch.islower(), tones, _base_vowel(ch)


def _bad_word(word: str) -> bool:
    """Whether `word` cannot be Vietnamese (nor a minority name written with Vietnamese letters)."""
    tones = 0
    previous_vowel = ""
    previous_lower = False
    for ch in unicodedata.normalize("NFC", word):
        impossible, upper, lower, marks, vowel = _char(ch)
        if impossible or (upper and previous_lower):
            return True
        if upper or lower:
            previous_lower = lower
        tones += marks
        if vowel and previous_vowel and previous_vowel + vowel not in _VOWEL_PAIRS:
            return True
        previous_vowel = vowel
    return tones > 1


def badness(text: str) -> int:
    """The number of words of `text` that cannot be Vietnamese."""
    return sum(1 for word in text.split() if _bad_word(word.strip(".,;:()\"'-/")))


def _legacy_candidate(text: str) -> bool:
    """Text that may be legacy-encoded: some Latin-1 letter, nothing beyond Latin-1."""
    has_latin1 = False
    for ch in text:
        code = ord(ch)
        if code > 0xFF and ch not in "\u2018\u2019\u201c\u201d\u2013\u2026":
            return False
        if code >= 0xA1:
            has_latin1 = True
    return has_latin1


# ---- conversion --------------------------------------------------------------------------------


def _restore_case(original: str, converted: str) -> str:
    """Text typed in an upper-case legacy font (".VnTimeH") comes out with lower-case codes: a
    cell whose plain letters are all upper case is upper case."""
    plain = [c for c in original if c.isascii() and c.isalpha()]
    if len(plain) >= 2 and all(c.isupper() for c in plain):
        return converted.upper()
    return converted


def decode_tcvn3(text: str) -> str:
    converted = "".join(TCVN3_TABLE.get(ch, ch) for ch in text)
    return _restore_case(text, converted)


def decode_vni(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        for length in range(_VNI_LONGEST, 0, -1):
            piece = text[i : i + length]
            if len(piece) == length and piece in VNI_TABLE:
                out.append(VNI_TABLE[piece])
                i += length
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


DECODERS = {TCVN3: decode_tcvn3, VNI: decode_vni}


@dataclass(frozen=True)
class Detection:
    encoding: str  # TCVN3 or VNI
    cells: int  # how many cells it converts


def detect(texts: Iterable[str]) -> Detection | None:
    """The legacy encoding the texts of one column were typed in, or None when they are Unicode."""
    candidates = [t for t in texts if _legacy_candidate(t)][:DETECT_SAMPLE]
    if not candidates:
        return None
    raw = sum(badness(t) for t in candidates)
    if raw == 0:
        return None
    best: Detection | None = None
    best_bad = raw
    for encoding, decode in DECODERS.items():
        decoded = [decode(t) for t in candidates]
        bad = sum(badness(t) for t in decoded)
        changed = sum(
            1 for before, after in zip(candidates, decoded, strict=True) if before != after
        )
        # clearly better: at most half the impossible words of the text as it is
        if bad < best_bad and bad * 2 <= raw and changed:
            best, best_bad = Detection(encoding, changed), bad
    return best


def convert(text: str, encoding: str) -> str:
    """`text` of a column detected as `encoding`, in Unicode (NFC); Unicode cells stay."""
    if not _legacy_candidate(text):
        return text
    decoded = DECODERS[encoding](text)
    if badness(decoded) > badness(text):
        return text
    return unicodedata.normalize("NFC", decoded)
