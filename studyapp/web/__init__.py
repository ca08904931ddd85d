"""Blueprints, one per file, each named bp."""
