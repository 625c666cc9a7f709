"""Training and evaluation commands (need ../shared/data; not used at run time)."""
