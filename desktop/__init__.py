"""Start-up, CLI, wiring, machine settings and the lock."""
__version__ = "0.1.0"
