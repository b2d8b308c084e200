"""Site visits, the risk register and the commitments ledger in the window."""
