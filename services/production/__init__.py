"""Production: work centers and their scrap reasons (orders, operations and genealogy follow)."""
