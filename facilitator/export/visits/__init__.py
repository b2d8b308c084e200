"""Printed and calendar outputs of site visits and the commitments ledger: the one-page visit plan, the
visit report for the delegation or the supplier, the ledger per organisation, and visit events."""
