"""PDF reports drawn with reportlab, in any script the fonts cover."""
