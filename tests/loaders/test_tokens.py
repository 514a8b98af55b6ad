"""Tokens at their offsets in the text; Bengali words keyed without their case endings."""

import re
import unicodedata

from diplograph.loaders.tokens import (
    TOKEN_RE,
    Token,
    WordKeys,
    bengali_key,
    english_key,
    normalise,
    tokenize,
)
from hypothesis import given
from hypothesis import strategies as st

SUFFIXES = ("এর", "ের", "কে", "র")
VOCABULARY = frozenset({"ভারত", "উপদেষ্টা", "কাউন্সিল", "কাউন্সিলর"})


def test_a_genitive_of_a_known_word_is_keyed_as_the_word():
    assert bengali_key("ভারতের", VOCABULARY, SUFFIXES) == ("ভারত", "ের")
    assert bengali_key("উপদেষ্টার", VOCABULARY, SUFFIXES) == ("উপদেষ্টা", "র")


def test_a_word_ending_in_r_after_a_consonant_is_no_genitive():
    # "কাউন্সিলর" (counsellor) is not "কাউন্সিল" (council) + -র: after a consonant it is -এর.
    assert bengali_key("কাউন্সিলর", VOCABULARY, SUFFIXES) == ("কাউন্সিলর", "")
    assert bengali_key("কাউন্সিলের", VOCABULARY, SUFFIXES) == ("কাউন্সিল", "ের")


def test_an_unknown_stem_keeps_the_word_whole():
    assert bengali_key("নাসের", VOCABULARY, SUFFIXES) == ("নাসের", "")


# Words, marks, joiners and the many kinds of white space a page may hold.
CHARACTERS = list("ab A.'’-,()\u00a0\u2028\t\n\u200cকেরএ।?\x1f")


@given(st.text(alphabet=st.sampled_from(CHARACTERS), max_size=60))
def test_each_token_is_the_slice_of_the_text_at_its_offsets(text):
    keys = WordKeys(english_key)
    tokens = tokenize(text, keys)
    assert [t.text for t in tokens] == TOKEN_RE.findall(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_a_hyphenated_case_ending_stays_on_its_word():
    keys = WordKeys(lambda word: (word, ""))
    text = "গোসিয়াং-এর সঙ্গে"
    first, second = tokenize(text, keys, ("এর",))
    assert (first.text, first.suffix, first.end) == ("গোসিয়াং-এর", "-এর", len("গোসিয়াং-এর"))
    assert text[second.start : second.end] == "সঙ্গে"


def test_a_token_is_a_value_and_a_changed_copy_keeps_its_other_fields():
    token = Token("ভারতের", 0, 6, "ভারত", "ের")
    changed = token._replace(key="ভারতের", suffix="")
    assert changed == Token("ভারতের", 0, 6, "ভারতের") != token
    assert hash(changed) == hash(Token("ভারতের", 0, 6, "ভারতের"))
    assert (token.key, token.suffix) == ("ভারত", "ের")


# The token pattern as first written: plain quantifiers, no ASCII range before \w.
_PLAIN_WORD = r"[\w\u0980-\u09FF\u200c\u200d]+"
PLAIN_TOKEN_RE = re.compile(rf"{_PLAIN_WORD}(?:[.’']{_PLAIN_WORD})*|[^\w\s\u0980-\u09FF]")
TOKEN_PIECES = [*CHARACTERS, "\u00e9", "1", "_", "\u09cb", "\u0301"]


@given(st.lists(st.sampled_from(TOKEN_PIECES), max_size=60).map("".join))
def test_the_token_pattern_finds_what_the_plain_pattern_finds(text):
    assert TOKEN_RE.findall(text) == PLAIN_TOKEN_RE.findall(text)


# Bengali letters and vowel signs (া and ৗ join a ে before them: ো, ৌ), nukta letters in
# both spellings, combining accents and Latin letters; some precomposed, some not.
NFC_PIECES = [
    "\u0995", "\u09af", "\u09a1", "\u09c7", "\u09be", "\u09d7", "\u09cb", "\u09cc", "\u09bf",
    "\u09c1", "\u09bc", "\u09cd", "\u09df", "\u09dc", "\u200c", "\u200d", " ", "a", "e",
    "\u00e9", "\u0301", "\u0323", "\u0308",
]  # fmt: skip


@given(st.lists(st.sampled_from(NFC_PIECES), max_size=20).map("".join))
def test_normalise_gives_nfc(text):
    assert normalise(text) == unicodedata.normalize("NFC", text)


def test_a_vowel_sign_after_e_is_composed_and_one_after_another_letter_is_kept():
    assert normalise("ক\u09c7\u09be") == "ক\u09cb"  # কো written in two code points
    assert normalise("কা") == "কা"
    assert normalise("য\u09bc") == normalise("\u09df") == "য\u09bc"  # য় both ways
