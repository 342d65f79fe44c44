"""The Enterprise Improvement Team and Plan, in one tab per enterprise."""
