"""Pure-Python domain: records, catalogues, validation. Imports nothing outside the stdlib."""
