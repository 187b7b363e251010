"""Speakers: the clause subject of a cue, mentions with roles and affiliations, and coreference."""
