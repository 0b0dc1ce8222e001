"""Receiving read side: views built straight from the tables, keyset-paged lists."""
