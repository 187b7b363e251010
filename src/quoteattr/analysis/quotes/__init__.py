"""The kinds stage: statements reconciled with the quote marks (kinds, unclaimed quotes,
continued quotes, "according to" merged)."""
