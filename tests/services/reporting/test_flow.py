"""Long text in bounded pieces, layouts kept per width, rows split only when tall."""

from hypothesis import given
from hypothesis import strategies as st

from score_desktop.services.reporting.flow import ROW_KEPT_WHOLE, PageTable, TextBlock, pieces
from score_desktop.services.reporting.fonts import report_fonts
from score_desktop.services.reporting.layout import Writer


def test_pieces_prefer_line_breaks_then_sentences_then_spaces():
    lines = "\n".join(f"Line {n} of a long list." for n in range(200))
    cut = pieces(lines, limit=100)
    assert all(len(p) <= 100 for p in cut) and "\n".join(cut) == lines
    prose = "First sentence here. " * 20
    assert all(p.endswith(".") for p in pieces(prose, limit=100)[:-1])
    words = "word " * 100
    assert all(set(p) == set("word ") and not p.endswith(" ") for p in pieces(words, 50)[:-1])


def test_a_word_longer_than_a_piece_is_cut_between_clusters():
    word = "e\u0301" * 300 + "👩\u200d🔧" * 300
    cut = pieces(word, limit=101)
    assert "".join(cut) == word and all(len(p) <= 101 for p in cut)
    for piece in cut[1:]:
        assert piece[0] not in "\u0301\u200d" and not piece.startswith("🔧")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_pieces_keep_every_character_but_the_spaces_they_cut_at(text):
    cut = pieces(text, limit=200)
    assert all(len(p) <= 200 for p in cut)
    assert "".join("".join(cut).split()) == "".join(text.split())


def writer() -> Writer:
    return Writer(report_fonts())


def test_a_paragraph_keeps_its_layout_per_width():
    paragraph = writer().para("Cable drums block aisle 3. " * 40)
    narrow = paragraph.wrap(100, 1000)
    lines = paragraph.blPara
    wide = paragraph.wrap(300, 1000)
    assert wide[1] < narrow[1]
    assert paragraph.wrap(100, 1000) == narrow and paragraph.blPara is lines


def test_long_text_is_a_block_that_splits_into_pieces():
    text = "Cable drums block aisle 3 near the exit door. " * 2000
    block = writer().para(text)
    assert isinstance(block, TextBlock) and len(block.paragraphs) > 20
    _width, height = block.wrap(400, 700)
    head, tail = block.split(400, 700)
    assert head.wrap(400, 700)[1] <= 700
    assert abs(head.height + tail.wrap(400, 700)[1] - height) < 30  # give or take a line


def table(lines: int) -> PageTable:
    w = writer()
    return PageTable([[w.para("Header")], [w.para("\n".join(["line"] * lines))]], repeatRows=1)


def test_a_short_row_moves_whole_a_tall_row_splits():
    short = table(4)  # ~56 pt: reportlab would leave the header and 20 pt of it on the page
    short.wrap(300, 1000)
    assert short.split(300, short._rowHeights[0] + 20) == []
    tall = table(20)
    tall.wrap(300, 1000)
    assert tall._rowHeights[1] > ROW_KEPT_WHOLE
    head, tail = tall.split(300, tall._rowHeights[0] + 60)
    assert len(head._rowHeights) == 2 and len(tail._rowHeights) == 2  # with the header again


def test_content_taller_than_a_page_starts_under_its_heading(tmp_path):
    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from score_desktop.services.reporting.flow import KeepShortTogether

    w = writer()
    story = [
        Spacer(1, 400),
        w.para("Hazards in detail", w.styles.heading),
        KeepShortTogether([w.para("H1 title", w.styles.subheading), w.para("Long. " * 9000)]),
        KeepShortTogether([w.para("H2 title", w.styles.subheading), w.para("Short. " * 200)]),
    ]
    path = tmp_path / "keep.pdf"
    SimpleDocTemplate(str(path)).build(story)
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert "Hazards in detail" in pages[0] and "H1 title" in pages[0]
    h2 = next(n for n, text in enumerate(pages) if "H2 title" in text)
    assert "Short." in pages[h2] and "Short." not in pages[h2 - 1]  # a short block: one page


def test_a_tall_row_is_split_where_the_page_ends_not_before_it():
    w = writer()
    rows = [[w.para("Header")], [w.para("short")], [w.para("\n".join(["line"] * 20))]]
    grid = PageTable(rows, repeatRows=1)
    grid.wrap(300, 1000)
    head, tail = grid.split(300, sum(grid._rowHeights[:2]) + 60)
    # the page is filled with the start of the tall row; reportlab ended the table before
    # it and then split it on the same page, under a second header
    assert len(head._rowHeights) == 3 and len(tail._rowHeights) == 2
