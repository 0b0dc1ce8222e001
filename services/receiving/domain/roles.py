"""Roles that gate receiving use cases."""

# Suppliers and their approved items.
MASTER_DATA_ROLE = "receiving_admin"
# Purchase orders; with receiving_admin also receiving requirements and lot-code rules.
BUYER_ROLE = "buyer"
# Receipts at the dock, their outcomes and returns to the supplier.
RECEIVER_ROLE = "receiver"
