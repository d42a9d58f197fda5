"""Compiled (.qm) and source (.ts) translations."""
