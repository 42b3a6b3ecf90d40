"""Data shipped with baoshu: fitted weights (and, later, the gazetteer)."""
