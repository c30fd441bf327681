"""samizdat: a plain-text language and terminal engine for choice-based interactive fiction."""

__version__ = "0.1.0"
