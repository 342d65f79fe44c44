"""A plan as one drawing on paper: the marks (paths, circles, text, the background image) in
millimetres that every output draws, so the PDF, the PNG and the SVG cannot drift apart."""
