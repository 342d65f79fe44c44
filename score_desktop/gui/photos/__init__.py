"""Photo import, gallery and (to come) viewer, annotations and before/after comparison."""
