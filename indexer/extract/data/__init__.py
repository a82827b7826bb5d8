"""Rule tables for extraction: data modules and data files, no logic."""
