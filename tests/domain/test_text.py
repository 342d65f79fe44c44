"""The text rule: which characters user text may not hold, and how they are named."""

import pytest

from score_desktop.domain import text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a\x00b", "a NUL character (U+0000, character 2)"),
        ("bell\x07", "a control character (U+0007, character 5)"),
        ("\x1b[31m", "a control character (U+001B, character 1)"),
        ("x\ud800", "half of a character pair (U+D800, character 2)"),
        ("\uffff", "a code that is not a character (U+FFFF, character 1)"),
    ],
)
def test_what_cannot_be_stored_is_named(value, expected):
    assert expected in text.problem(value)


@pytest.mark.parametrize(
    "value",
    ["", "tab\tline\nreturn\r", "\u202eتقرير", "工厂 🏭", "del\x7f c1\x85", "w" * 1000, "\ufeff"],
)
def test_text_and_layout_characters_are_stored(value):
    assert text.problem(value) is None


def test_problems_walk_lists_and_dicts_and_name_the_field():
    found = text.problems(
        [("title", "fine"), ("points", [{"label": "ok"}, {"bad\x0c": 1}]), ("inputs", {"a": "ok"})]
    )
    assert list(found) == ["points"]


def test_cleaned_removes_and_replaced_marks_what_the_rule_refuses():
    assert text.cleaned("a\x00b\x07c\ud800d") == ("abcd", 3)
    assert text.replaced("a\x00b\td") == ("a\ufffdb\td", 1)
