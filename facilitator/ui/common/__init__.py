"""What every section shares: the section base, table models, loading guards, actions and forms."""
