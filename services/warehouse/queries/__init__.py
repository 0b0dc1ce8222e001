"""Warehouse read side: straight SQL returning what callers need, keyset-paginated."""
