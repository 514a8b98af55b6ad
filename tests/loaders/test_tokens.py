"""Bengali words keyed without their case endings, and only those."""

from diplograph.loaders.tokens import bengali_key

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
