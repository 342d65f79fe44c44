"""Annotations are checked before they are stored and survive a JSON round trip."""

import pytest

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.photo import ANNOTATION_TEXT_MAX, Annotation, AnnotationKind

A = AnnotationKind


@pytest.mark.parametrize(
    ("annotation", "field"),
    [
        (Annotation(A.ARROW, ((0.1, 0.1),)), "points"),
        (Annotation(A.RECTANGLE, ((0.1, 0.1), (0.2, 0.2), (0.3, 0.3))), "points"),
        (Annotation(A.ELLIPSE, ((0.1, 0.1), (1.2, 0.2))), "points"),
        (Annotation(A.FREEHAND, ((0.1, 0.1),)), "points"),
        (Annotation(A.TEXT, ((0.1, 0.1),), text="   "), "text"),
        (Annotation(A.TEXT, ((0.1, 0.1),), text="x" * (ANNOTATION_TEXT_MAX + 1)), "text"),
        (Annotation(A.ARROW, ((0.1, 0.1), (0.2, 0.2)), colour="red"), "colour"),
    ],
)
def test_bad_annotations_are_refused_with_the_field_named(annotation, field):
    with pytest.raises(ValidationError) as caught:
        annotation.validate()
    assert field in caught.value.problems


def test_good_annotations_pass_and_round_trip_through_json():
    marks = [
        Annotation(A.ARROW, ((0.1, 0.2), (0.4, 0.5))),
        Annotation(A.ELLIPSE, ((0.0, 0.0), (1.0, 1.0)), "#00FF00"),
        Annotation(A.TEXT, ((0.5, 0.5),), text="مخرج الطوارئ <b>&</b> 🚪"),
        Annotation(A.FREEHAND, tuple((i / 10, (i % 3) / 10) for i in range(10))),
    ]
    for mark in marks:
        mark.validate()
        assert Annotation.from_json(mark.to_json()) == mark
