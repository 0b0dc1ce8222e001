"""Who may run each receiving use case (the kernel's `admin` holds every role, `auditor` may run
every read)."""

from lotflow.roles import RoleTable

# Suppliers and their approved items.
MASTER_DATA_ROLE = "receiving_admin"
# Purchase orders; with receiving_admin also receiving requirements and lot-code rules.
BUYER_ROLE = "buyer"
# Receipts at the dock, their outcomes and returns to the supplier.
RECEIVER_ROLE = "receiver"
# Traces a recall through the receipts' key data elements.
RECALL_ROLE = "recall_coordinator"

_EVERYONE = (MASTER_DATA_ROLE, BUYER_ROLE, RECEIVER_ROLE)

TABLE = RoleTable(
    service="receiving",
    writes={
        "create_supplier": (MASTER_DATA_ROLE,),
        "approve_supplier_item": (MASTER_DATA_ROLE,),
        "set_supplier_tlc_assignment": (BUYER_ROLE, MASTER_DATA_ROLE),
        "set_receiving_requirements": (BUYER_ROLE, MASTER_DATA_ROLE),
        "define_lot_code_rule": (BUYER_ROLE, MASTER_DATA_ROLE),
        "create_purchase_order": (BUYER_ROLE,),
        "cancel_purchase_order": (BUYER_ROLE,),
        "record_receipt": (RECEIVER_ROLE,),
        "mark_receipt_failed": (RECEIVER_ROLE,),
        "reopen_receipt": (RECEIVER_ROLE,),
        "record_receipt_outcome": (RECEIVER_ROLE,),
        "return_to_supplier": (RECEIVER_ROLE,),
        # Writes nothing, but reads a label for the dock: the receiver's alone, like receipts.
        "parse_scan": (RECEIVER_ROLE,),
    },
    reads={
        "get_supplier": _EVERYONE,
        "list_suppliers": _EVERYONE,
        "list_lot_code_rules": _EVERYONE,
        "get_purchase_order": _EVERYONE,
        "list_purchase_orders": _EVERYONE,
        "get_receipt": _EVERYONE,
        "list_receipts": _EVERYONE,
        "list_kdes": (*_EVERYONE, RECALL_ROLE),
    },
)
