"""The commitments ledger: what roundtables agreed and visits asked for, followed from meeting to meeting."""
