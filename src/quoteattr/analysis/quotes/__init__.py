"""Stage 4 of the analysis: statements reconciled with the quote marks (kinds, unclaimed and floating quotes)."""
