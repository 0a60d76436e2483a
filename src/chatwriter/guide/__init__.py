"""Guide, locale and config files: YAML with positions, schema validation, layering."""
