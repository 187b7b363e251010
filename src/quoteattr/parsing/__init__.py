"""Parsing texts safely: long texts in pieces, and one document's failure kept to that document."""
