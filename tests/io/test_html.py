"""The HTML report: one highlight element per record, the text intact and escaped, landmarks."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.io.html import render
from quoteattr.io.html_cards import NO_SPEAKER_COLOURS, PALETTE, TEXT_COLOUR
from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    Document,
    Entity,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    TextSpan,
)

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Element:
    """An element of the parsed page, with its children (elements and strings)."""

    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def text(self, *, cards: bool = False) -> str:
        """The text inside, without the cards (which are not part of the article) by default."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif cards or "card" not in child.classes():
                parts.append(child.text(cards=cards))
        return "".join(parts)

    def ancestors(self):  # type: ignore[no-untyped-def]
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    """The page as a tree, checking that every element is closed where it was opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(page: str) -> Element:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.current is builder.root, "an element is left open"
    return builder.root


def by_class(root: Element, tag: str, name: str) -> list[Element]:
    return [e for e in root.iter() if e.tag == tag and name in e.classes()]


def articles(root: Element) -> list[Element]:
    return [e for e in root.iter() if e.tag == "article"]


def highlights(article: Element) -> dict[str, list[Element]]:
    """Quote id -> its highlight elements, in document order."""
    found: dict[str, list[Element]] = {}
    for element in article.iter():
        quote_id = element.attrs.get("data-quote-id")
        if quote_id is not None:
            found.setdefault(quote_id, []).append(element)
    return found


def name_of(row: Element) -> str:
    return next(c for c in row.iter() if "name" in c.classes()).text()


def text_of(article: Element) -> str:
    [text] = by_class(article, "div", "text")
    return text.text()


def quote(text: str, start: int, end: int, quote_id: str, **fields: object) -> Quote:
    values: dict[str, object] = {
        "id": quote_id,
        "kind": QuoteKind.DIRECT,
        "content": Content(text[start:end], start, end),
        "cue": None,
        "speaker": None,
        "attribution": Attribution.NONE,
        "sentence": 0,
        "paragraph": 0,
        "doc_id": "d",
    }
    values.update(fields)
    return Quote(**values)  # type: ignore[arg-type]


# -- the seed articles ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_page(seed_documents: list[Document]) -> Element:
    return parse(render(seed_documents))


def test_every_record_has_one_focusable_highlight_with_its_card(
    seed_documents: list[Document], seed_page: Element
) -> None:
    ids = {e.attrs["id"]: e for e in seed_page.iter() if "id" in e.attrs}
    for document, article in zip(seed_documents, articles(seed_page), strict=True):
        assert article.attrs["data-doc-id"] == document.doc_id
        found = highlights(article)
        assert set(found) == {q.id for q in document.quotes}
        for record in document.quotes:
            [element] = found[record.id]  # no seed quote crosses another: one element each
            assert element.tag == "mark" and element.attrs["tabindex"] == "0"
            card = ids[element.attrs["aria-describedby"]]
            assert card.attrs["role"] == "tooltip" and card in element.children
            speaker = record.speaker
            shown = card.text(cards=True)
            assert (speaker.name or speaker.text if speaker else "no speaker") in shown
            if speaker is not None and speaker.role:
                assert speaker.role in shown
            assert f"confidence{record.confidence:.2f}" in shown.replace(" ", "")


def test_the_article_text_is_the_original_and_each_highlight_holds_its_content(
    seed_documents: list[Document], seed_page: Element
) -> None:
    for document, article in zip(seed_documents, articles(seed_page), strict=True):
        assert text_of(article) == document.text
        found = highlights(article)
        for record in document.quotes:
            assert "".join(e.text() for e in found[record.id]) == record.content.text


def test_nested_statements_are_nested_elements(
    seed_documents: list[Document], seed_page: Element
) -> None:
    nested = [
        (document, record)
        for document in seed_documents
        for record in document.quotes
        if record.parent is not None
    ]
    assert nested, "the seeds hold statements reported inside others"
    for document, record in nested:
        article = articles(seed_page)[seed_documents.index(document)]
        found = highlights(article)
        [inner], [outer] = found[record.id], found[record.parent]  # type: ignore[index]
        assert outer in list(inner.ancestors())


def test_the_speaker_list_counts_each_speakers_statements(
    seed_documents: list[Document], seed_page: Element
) -> None:
    for document, article in zip(seed_documents, articles(seed_page), strict=True):
        [aside] = [e for e in article.iter() if e.tag == "aside"]
        rows = {
            name_of(row): int(row.attrs["data-count"]) for row in by_class(aside, "li", "speaker")
        }
        entities = {entity.id: entity for entity in document.speakers}
        expected: Counter[str] = Counter()
        for record in document.quotes:
            speaker = record.speaker
            if speaker is None:
                expected["no speaker"] += 1
            elif speaker.entity is None:
                expected[f"unresolved “{speaker.text}”"] += 1
            else:
                entity = entities[speaker.entity]
                expected[entity.name or entity.mentions[0].text] += 1
        assert {name: count for name, count in rows.items() if count} == dict(expected)
        assert sum(rows.values()) == len(document.quotes)


def test_the_page_has_landmarks_and_a_table_of_contents(
    seed_documents: list[Document], seed_page: Element
) -> None:
    tags = Counter(e.tag for e in seed_page.iter())
    assert tags["header"] == 1 and tags["nav"] == 1 and tags["main"] == 1
    assert tags["aside"] == len(seed_documents)
    for aside in (e for e in seed_page.iter() if e.tag == "aside"):
        assert aside.attrs.get("aria-labelledby")  # a named complementary landmark
    [nav] = [e for e in seed_page.iter() if e.tag == "nav"]
    links = [e.attrs["href"] for e in nav.iter() if e.tag == "a"]
    assert links == [f"#{a.attrs['id']}" for a in articles(seed_page)]
    [html] = [e for e in seed_page.iter() if e.tag == "html"]
    assert html.attrs["lang"] == "en"


def test_the_page_is_self_contained(seed_documents: list[Document]) -> None:
    page = render(seed_documents)
    for needle in ("<link", "src=", "@import", "url("):
        assert needle not in page
    assert "http://" not in page and "https://" not in page  # no address outside the page


# -- escaping ------------------------------------------------------------------------------

HOSTILE = '<script>alert("x")</script> "A <b>bold</b> & <i>new</i> claim," said <img src=x>.'


def hostile_document() -> Document:
    start = HOSTILE.index("A <b>")
    end = HOSTILE.index(' claim,"') + len(" claim")
    cue_start = HOSTILE.index("said")
    speaker = Speaker(
        "<img src=x>",
        HOSTILE.index("<img"),
        HOSTILE.index("<img") + len("<img src=x>"),
        name='<script>alert("name")</script>',
        kind=SpeakerKind.PERSON,
        role="<b>role</b>",
        affiliation="\"'&",
        entity="e1",
    )
    record = quote(
        HOSTILE,
        start,
        end,
        '"><script>',
        cue=Cue("said", "say", cue_start, cue_start + 4),
        speaker=speaker,
        attribution=Attribution.POSTPOSED,
    )
    mention = TextSpan("<img src=x>", speaker.start, speaker.end)
    entity = Entity("e1", speaker.name, speaker.kind, mentions=(mention,), quotes=(record.id,))
    return Document(HOSTILE, "<script>doc</script>", (record,), (entity,))


def test_markup_in_the_text_and_records_is_shown_as_text() -> None:
    document = hostile_document()
    page = render([document], {document.doc_id: {"source": "<script>src</script>"}})  # type: ignore[dict-item]
    root = parse(page)
    scripts = [e for e in root.iter() if e.tag == "script"]
    assert len(scripts) == 1 and not scripts[0].attrs  # the page's own, inline
    assert not [e for e in root.iter() if e.tag in ("img", "b", "i")]
    [article] = articles(root)
    assert text_of(article) == HOSTILE
    assert article.attrs["data-doc-id"] == "<script>doc</script>"
    [element] = highlights(article)['"><script>']
    card = next(c for c in element.children if isinstance(c, Element) and "card" in c.classes())
    assert '<script>alert("name")</script>' in card.text(cards=True)
    assert "<b>role</b>" in card.text(cards=True)
    assert "<script>src</script>" in article.text(cards=True)


def test_only_web_addresses_become_links() -> None:
    document = Document('"Yes," he said.', "d", (quote('"Yes," he said.', 1, 4, "q"),))
    page = render([document], {"d": {"url": "javascript:alert(1)", "sha256": "ab" * 32}})
    root = parse(page)
    assert not [e for e in root.iter() if e.tag == "a" and "javascript" in e.attrs.get("href", "")]
    assert "javascript:alert(1)" in page and "ab" * 32 in page
    url = "https://example.org/a?b=1&c=2"
    page = render([document], {"d": {"url": url, "published": "2024-01-02"}})
    links = [e for e in parse(page).iter() if e.tag == "a" and e.attrs.get("rel")]
    assert [link.attrs["href"] for link in links] == [url]
    assert "2024-01-02" in page


# -- overlapping records -------------------------------------------------------------------

TEXT = "0123456789abcdefghijklmnopqrstuvwxyz"


def test_crossing_statements_split_only_the_later_one_into_elements_with_one_id() -> None:
    document = Document(TEXT, "d", (quote(TEXT, 0, 20, "first"), quote(TEXT, 10, 30, "second")))
    [article] = articles(parse(render([document])))
    found = highlights(article)
    assert [len(found["first"]), len(found["second"])] == [1, 2]
    assert "".join(e.text() for e in found["second"]) == TEXT[10:30]
    assert [e.attrs.get("tabindex") for e in found["second"]] == ["0", None]
    assert len(found) == 2 and text_of(article) == TEXT


def test_a_cue_crossing_a_statement_is_split_rather_than_the_statement() -> None:
    record = quote(TEXT, 10, 30, "q", cue=Cue(TEXT[5:15], "x", 5, 15))
    [article] = articles(parse(render([Document(TEXT, "d", (record,))])))
    [element] = highlights(article)["q"]
    assert element.text() == TEXT[10:30]
    cues = by_class(article, "span", "cue")
    assert "".join(c.text() for c in cues) == TEXT[5:15] and len(cues) == 2


def test_a_split_quote_marks_the_reporting_clause_between_its_parts() -> None:
    text = '"It is too early," she said, "to call this a success."'
    content = Content.from_parts(text, [(1, 16), (30, 53)])
    record = quote(text, 1, 53, "q", content=content, cue=Cue("said", "say", 23, 27))
    [article] = articles(parse(render([Document(text, "d", (record,))])))
    [element] = highlights(article)["q"]
    [gap] = by_class(element, "span", "gap")
    assert gap.text() == text[16:30]
    assert by_class(gap, "span", "cue")[0].text() == "said"


def test_empty_reports_render() -> None:
    assert parse(render([]))
    [article] = articles(parse(render([Document("No quote here.", None)])))
    assert text_of(article) == "No quote here." and not highlights(article)


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))).map(sorted)


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, min_size=1, max_size=8), st.lists(spans, max_size=4))
def test_any_overlap_keeps_the_text_and_one_id_per_record(
    contents: list[list[int]], cues: list[list[int]]
) -> None:
    records = []
    for index, (start, end) in enumerate(contents):
        cue = None
        if index < len(cues):
            cue = Cue(TEXT[cues[index][0] : cues[index][1]], "x", *cues[index])
        records.append(quote(TEXT, start, end, f"q{index}", cue=cue))
    [article] = articles(parse(render([Document(TEXT, "d", tuple(records))])))
    assert text_of(article) == TEXT
    found = highlights(article)
    assert set(found) == {record.id for record in records}
    for record in records:
        pieces = found[record.id]
        assert "".join(e.text() for e in pieces) == record.content.text
        assert sum(e.attrs.get("tabindex") == "0" for e in pieces) == 1


# -- colours -------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("background", "accent"), [*PALETTE, NO_SPEAKER_COLOURS])
def test_speaker_colours_keep_wcag_aa_contrast(background: str, accent: str) -> None:
    assert contrast(TEXT_COLOUR, background) >= 4.5  # text on a highlight
    assert contrast(accent, "#ffffff") >= 4.5  # swatches, mention underlines on the page
    assert contrast(accent, background) >= 3  # a highlight's underline (non-text)


def test_the_card_shows_the_words_each_capacity_was_read_from() -> None:
    from quoteattr.io.html_cards import card_rows

    text = '"We are ready," said Chilean Ambassador Luis Ferraro.'
    speaker = Speaker(
        "Chilean Ambassador Luis Ferraro",
        21,
        52,
        name="Luis Ferraro",
        kind=SpeakerKind.PERSON,
        role="Ambassador",
        affiliation="Chile",
        role_source=TextSpan.from_offsets(text, 29, 39),
        affiliation_source=TextSpan.from_offsets(text, 21, 28),
    )
    quote = Quote(
        id="q",
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(text, [(1, 14)]),
        cue=None,
        speaker=speaker,
        attribution=Attribution.POSTPOSED,
        sentence=0,
        paragraph=0,
    )
    rows = dict(card_rows(quote, {}))
    assert rows["role"] == "Ambassador (from “Ambassador”, characters 29–39)"
    assert rows["affiliation"] == "Chile (from “Chilean”, characters 21–28)"
