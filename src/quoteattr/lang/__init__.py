"""Language data: one module per language, plain frozen sets and mappings."""
