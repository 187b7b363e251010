"""Stage 3 of the analysis: the content of each cue, one module per construction family."""
