"""The hold feed: follows quality's event feed and blocks (or unblocks) the warehouse stock of
each lot a quality hold is placed on (or lifted from)."""
