"""Bounds on the numbers people type: ids, counts and offsets (CLI and URLs alike).

SQLite integers are 64-bit; a larger number must be refused as bad input, not
reach the database as an overflow.
"""

MAX_ID = 2**63 - 1  # the largest rowid SQLite stores
MAX_COUNT = 10**9  # limits, offsets and page numbers of a listing
