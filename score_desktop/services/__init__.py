"""Use cases without widgets (demo data, lookups, PDF reports). No Qt."""
