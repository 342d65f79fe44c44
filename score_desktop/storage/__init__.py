"""SQLAlchemy persistence: workspace database, migrations and repositories. No Qt."""
