"""Unsent's pages: UI only, one file a page."""
