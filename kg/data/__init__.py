"""Reference data shipped with kg (lexicons, gazetteers)."""
