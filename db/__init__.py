"""Sanad's data layer: the encrypted vault, models, migrations, services and domain rules.

Nothing in this package imports Qt; the window and the CLI both call into it.
"""
