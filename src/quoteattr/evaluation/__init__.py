"""Scoring predicted records against gold ones: matching, attribute agreement, the scorer."""
