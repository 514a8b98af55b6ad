"""Sentences are exact slices of the text, not cut at abbreviations or initials."""

from diplograph.loaders.sentences import split_sentences


def test_sentences_are_slices_of_the_text():
    text = "Dr. Ayesha Rahman met the envoy.  She spoke! Then left?"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Dr. Ayesha Rahman met the envoy.",
        "She spoke!",
        "Then left?",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_initials_and_ranks_do_not_end_a_sentence():
    text = "Lt. Gen. M. A. Karim and Peter D. Haas met on Monday. They talked."
    assert len(split_sentences(text)) == 2


def test_bengali_sentences_end_at_the_dari_not_at_abbreviations():
    text = "মো. রহিম উদ্দিন (অব.) বৈঠক করেন। পরে তিনি চলে যান।"
    assert [s.text for s in split_sentences(text)] == [
        "মো. রহিম উদ্দিন (অব.) বৈঠক করেন।",
        "পরে তিনি চলে যান।",
    ]


def test_lines_are_never_joined():
    assert len(split_sentences("Headline without a stop\nBody text here.")) == 2


def test_an_initial_after_a_bracket_quote_or_line_break_does_not_end_a_sentence():
    text = "The envoy (Maj. Gen. R. Khan) met “M. Alam”.\nDr.\tS. Islam agreed. Done."
    assert [s.text for s in split_sentences(text)] == [
        "The envoy (Maj. Gen. R. Khan) met “M. Alam”.",
        "Dr.\tS. Islam agreed.",
        "Done.",
    ]


def test_a_philippine_ma_does_not_end_the_sentence():
    text = "The adviser met Foreign Secretary Ma. Theresa Lazaro, with whom he discussed ports."
    assert [s.text for s in split_sentences(text)] == [text]
