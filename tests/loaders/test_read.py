"""Reading files, folders and stdin into Articles, in every format and encoding."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from diplograph.loaders.clean import normalize_text
from diplograph.loaders.read import MAX_FILE_BYTES, read_articles, read_stream
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.errors import InputError

DATA = Path(__file__).parent.parent / "data" / "read"


def read_all(*paths: str | Path) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    return list(read_articles([str(p) for p in paths], on_error=errors.append)), errors


def test_text_header_gives_url_and_title_and_is_not_part_of_the_body():
    [article], errors = read_all(DATA / "header.txt")
    assert errors == []
    assert article.url == "https://river-gazette.example/2024/05/ghana-visit"
    assert article.title == "Ghana and Bangladesh open talks on farm training"
    assert article.text.startswith("Ghana's Agriculture Minister Kwame Mensah met")
    assert "url:" not in article.text and "title:" not in article.text
    assert article.source == "UNB"
    assert article.language == "en"
    assert article.path == str(DATA / "header.txt")


def test_a_date_glued_to_the_first_line_is_the_date_and_the_body_starts_after_it():
    [article], _ = read_all(DATA / "glued_date.txt")
    assert article.date == "2024-05-08"
    assert article.text.startswith("Ghana and Bangladesh agreed on Tuesday")
    assert "2024-05-08" not in article.text


def test_header_lines_in_any_order_with_the_date_alone_on_its_line(tmp_path):
    path = tmp_path / "headers.txt"
    path.write_text(
        "date 2023-10-03\ntitle: Hydropower deal signed\nlanguage: Bangla\n\n"
        "নেপাল, ভারত ও বাংলাদেশের মধ্যে বিদ্যুৎ চুক্তি সই হয়েছে।\n",
        encoding="utf-8",
    )
    [article], _ = read_all(path)
    assert (article.date, article.title, article.language) == (
        "2023-10-03",
        "Hydropower deal signed",
        "bn",
    )
    assert article.text == "নেপাল, ভারত ও বাংলাদেশের মধ্যে বিদ্যুৎ চুক্তি সই হয়েছে।"


def test_a_short_first_line_without_a_stop_is_the_title_and_stays_in_the_text():
    [article], _ = read_all(DATA / "headline.txt")
    assert article.title == "Nordic envoy pledges support for coastal shelters"
    assert article.text.startswith(article.title)
    assert article.date == "2023-03-12"
    assert "Published" not in article.text


def test_a_first_line_that_is_a_sentence_is_not_a_title(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Uganda and Bangladesh met in Kampala on Friday to discuss coffee exports.\n")
    [article], _ = read_all(path)
    assert article.title is None


def test_a_bengali_page_gets_its_headline_publication_date_and_clean_body():
    [article], _ = read_all(DATA / "bn_page.txt")
    assert article.language == "bn"
    assert article.title == "নৌপরিবহন উপদেষ্টার সঙ্গে জাপানের রাষ্ট্রদূতের বৈঠক"
    # The প্রকাশিত line, day-month-year; not the page's "today" line (5 June 2025).
    assert article.date == "2024-03-14"
    assert "সর্বশেষ" not in article.text and "photo" not in article.text


def test_an_english_page_loses_its_furniture_and_dates_from_its_own_date_line():
    [article], _ = read_all(DATA / "en_more_from.txt")
    assert article.title == "Norway offers Bangladesh training for port pilots"
    # The date line alone above the article, not the date inside the list of other headlines.
    assert article.date == "2025-02-18"
    for furniture in ("More from", "Japan", "Nepal", "Canada", "Qatar", "Lena Holm", "Photo"):
        assert furniture not in article.text
    assert article.text.endswith("at Mongla and Chattogram ports.")


def test_a_bengali_page_loses_its_related_news_and_dates_from_its_own_date_line():
    [article], _ = read_all(DATA / "bn_related.txt")
    assert article.date == "2025-03-10"
    for furniture in ("আরো খবর", "মালদ্বীপে", "থাইল্যান্ডের", "কাতারে", "প্রতিবেদক", "ছবি", "২০২৫"):
        assert normalize_text(furniture) not in article.text
    assert article.text.endswith(normalize_text("প্রকল্পের সমীক্ষা আগামী মাসে শুরু হবে।"))


def test_an_html_page_gives_its_main_text_title_date_and_canonical_url():
    [article], errors = read_all(DATA / "visit.html")
    assert errors == []
    assert article.title == "Lisbon and Dhaka agree to widen seasonal work visas"
    assert article.date == "2025-03-04"
    assert article.url == "https://harbour-ledger.example/world/lisbon-dhaka-visas"
    assert "Touhid Hossain in Lisbon on Monday" in article.text
    for furniture in ("Sport", "Fishing fleet", "Tram fares", "Copyright", "Privacy"):
        assert furniture not in article.text


def test_a_page_without_article_text_is_reported(tmp_path):
    path = tmp_path / "menu.htm"
    path.write_text("<html><head><title>Menu</title></head><body><nav></nav></body></html>")
    _, [error] = read_all(path)
    assert error.reason == "no article text in the page"


def test_a_json_list_gives_one_article_per_object_with_its_fields():
    articles, errors = read_all(DATA / "articles.json")
    first, second = articles
    assert first.id == "gazette-17"
    assert first.title == "Chile and Bangladesh sign fisheries pact"
    assert (first.date, first.url, first.source) == (
        "2024-02-20",
        "https://gazette.example/17",
        "AFP",
    )
    assert second.text == "চিলি ও বাংলাদেশের মধ্যে মৎস্য চুক্তি সই হয়েছে।"
    assert second.language == "bn"
    assert second.id.startswith("article:")
    assert [(e.path, e.reason) for e in errors] == [
        (str(DATA / "articles.json"), "item 3: no text or body")
    ]


def test_a_json_object_alone_is_one_article():
    [article], _ = read_all(DATA / "one.json")
    assert article.text.startswith("An object alone in its file")


def test_bad_json_lines_are_reported_with_their_line_and_the_good_lines_load():
    articles, errors = read_all(DATA / "articles.jsonl")
    assert [a.text.split()[0] for a in articles] == ["Peru", "ভুটান"]
    assert articles[0].date == "2024-04-03"
    assert articles[0].source == "UNB"
    assert [(e.path, e.line) for e in errors] == [
        (str(DATA / "articles.jsonl"), 3),
        (str(DATA / "articles.jsonl"), 4),
    ]
    assert errors[0].reason.startswith("malformed JSON")
    assert errors[1].reason == "no text or body"
    assert str(errors[0]).startswith(f"{DATA / 'articles.jsonl'}:3: malformed JSON")


def test_a_malformed_json_file_is_reported_with_its_line():
    _, [error] = read_all(DATA / "broken.json")
    assert error.path == str(DATA / "broken.json")
    assert error.line == 1
    assert error.reason.startswith("malformed JSON")


def test_json_nested_too_deeply_is_reported_not_raised(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + '{"text": "Fiji met Bangladesh."}\n')
    articles, [error] = read_all(path)
    assert [a.text for a in articles] == ["Fiji met Bangladesh."]
    assert (error.line, error.reason) == (1, "malformed JSON: nested too deeply")


def test_a_folder_is_read_recursively_in_order_skipping_hidden_and_unknown_files():
    articles, errors = read_all(DATA / "folder")
    assert errors == []
    assert [a.path for a in articles] == [
        str(DATA / "folder" / "a.txt"),
        str(DATA / "folder" / "sub" / "b.txt"),
    ]


def test_a_file_named_on_its_own_is_read_as_text_whatever_its_extension():
    [article], _ = read_all(DATA / "folder" / "notes.md")
    assert article.text == "Notes in markdown are not articles."


def test_a_missing_path_is_reported_and_the_next_path_still_loads():
    articles, errors = read_all(DATA / "no-such-file.txt", DATA / "one.json")
    assert len(articles) == 1
    assert [(e.path, e.reason) for e in errors] == [
        (str(DATA / "no-such-file.txt"), "no such file or directory")
    ]


def test_without_on_error_a_failing_input_raises_input_error():
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_articles([DATA / "no-such-file.txt"]))


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", "\ufeff\n".encode()])
def test_an_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    _, [error] = read_all(path)
    assert error.reason == "empty file"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
        b"GIF89a" + bytes(range(256)) * 4,
        b"plain words \x00\x01\x02\x03 then nothing",
    ],
)
def test_a_binary_file_is_refused(tmp_path, content):
    path = tmp_path / "picture.txt"
    path.write_bytes(content)
    _, [error] = read_all(path)
    assert error.reason == "binary file"


ENGLISH = "Café talks: the envoy’s “naïve” offer — Bangladesh and Côte d’Ivoire met.\n"
# Latin-1 has no curly quotes or dashes.
LATIN_1 = "Café talks: the envoy's naïve offer - Bangladesh and Côte d'Ivoire met.\n"
BENGALI = "বাংলাদেশ ও নেপালের মধ্যে জ্বালানি সহযোগিতা নিয়ে আলোচনা হয়েছে।\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "utf-8"),
        (ENGLISH, "utf-8-sig"),
        (ENGLISH, "utf-16"),
        (ENGLISH, "cp1252"),
        (LATIN_1, "latin-1"),
        (BENGALI, "utf-8"),
        (BENGALI, "utf-8-sig"),
        (BENGALI, "utf-16"),
        (BENGALI, "utf-16-be"),
    ],
)
def test_every_encoding_reads_back_the_same_text(tmp_path, text, encoding):
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    [article], errors = read_all(path)
    assert errors == []
    assert article.text == text.strip()
    assert "\ufeff" not in article.text


def test_bengali_nukta_letters_are_kept_as_written_and_read_as_one_article(tmp_path):
    composed = "মাল\u09dfেশি\u09dfা ও বাংলাদেশের বৈঠক হ\u09dfেছে।"
    decomposed = composed.replace("\u09df", "\u09af\u09bc")
    (tmp_path / "a.txt").write_text(composed, encoding="utf-8")
    (tmp_path / "b.txt").write_text(decomposed, encoding="utf-8")
    first, second = read_all(tmp_path)[0]
    assert (first.text, second.text) == (composed, decomposed)  # verbatim, for evidence
    assert first.id == second.id


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    _, [error] = read_all(path)
    assert error.reason.startswith("file too large")


def test_json_lines_are_streamed_one_article_at_a_time(tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(3000):
            handle.write(json.dumps({"text": f"Report {number}: Chad and Bangladesh met."}) + "\n")
    articles = read_articles([path])
    assert next(articles).text == "Report 0: Chad and Bangladesh met."
    assert sum(1 for _ in articles) == 2999


def test_a_stream_starting_with_a_brace_is_json_lines():
    data = b'{"text": "Oman offered Bangladesh a port deal."}\nnot json\n{"body": "x y"}\n'
    items = list(read_stream(io.BytesIO(data)))
    assert [getattr(i, "text", None) for i in items] == [
        "Oman offered Bangladesh a port deal.",
        None,
        "x y",
    ]
    assert isinstance(items[1], InputError) and items[1].line == 2


def run_stdin(data: bytes) -> subprocess.CompletedProcess:
    script = (
        "import json, sys\n"
        "from diplograph.loaders.read import read_articles\n"
        "for a in read_articles(['-'], on_error=lambda e: print('ERROR', e)):\n"
        "    print(json.dumps([a.path, a.title, a.date, a.language, a.text]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], input=data, capture_output=True, check=True
    )


def test_stdin_text_is_one_article():
    data = "url: https://x.example/1\n\nরোহিঙ্গা প্রত্যাবাসন নিয়ে বৈঠক\n\nবাংলাদেশ ও চীন আলোচনা করেছে।\n"
    out = run_stdin(data.encode())
    path, title, _, language, text = json.loads(out.stdout)
    assert (path, title, language) == ("-", "রোহিঙ্গা প্রত্যাবাসন নিয়ে বৈঠক", "bn")
    assert text.endswith("বাংলাদেশ ও চীন আলোচনা করেছে।")


def test_stdin_json_lines_are_one_article_per_line_and_bad_lines_are_reported():
    data = b'{"text": "Iceland met Bangladesh.", "date": "2024-01-02"}\n{"nope": 1}\n'
    lines = run_stdin(data).stdout.decode().splitlines()
    assert json.loads(lines[0])[2] == "2024-01-02"
    assert lines[1] == "ERROR -:2: no text or body"


def test_empty_stdin_is_reported():
    assert run_stdin(b"").stdout.decode().strip() == "ERROR -: empty file"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_reading_arbitrary_bytes_gives_articles_or_input_errors(data):
    items = list(read_stream(io.BytesIO(data)))
    assert all(hasattr(i, "text") or isinstance(i, InputError) for i in items)


BOTH_SCRIPTS = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0980, max_codepoint=0x09FF),
        st.characters(codec="utf-8"),
        st.sampled_from(list(' \n\t{}":,.।0123456789-')),
    ),
    max_size=400,
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(BOTH_SCRIPTS, st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_reading_arbitrary_text_in_any_format_never_raises_past_on_error(tmp_path, text, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    articles, errors = read_all(path)
    assert all(isinstance(e, InputError) for e in errors)
    assert all(a.text.strip() for a in articles)


def test_unreadable_file_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.txt"
    path.write_text("text")
    path.chmod(0)
    _, [error] = read_all(path)
    assert error.reason == "permission denied"
