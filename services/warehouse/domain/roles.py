"""Who may run each warehouse use case (the kernel's `admin` holds every role, `auditor` may run
every read)."""

from lotflow.roles import RoleTable

MASTER_DATA = "warehouse_admin"
CLERK = "warehouse_clerk"
# Receiving posts receipts and registers the lots it receives.
RECEIVER = "receiver"
# Production staff issue material to orders and return what is left.
PRODUCTION = "production"
PLANNER = "planner"
# Adjustments change what the books say exists: a controller's call, not a clerk's.
INVENTORY_CONTROLLER = "inventory_controller"
# Holds and status changes that do not release or reject stock.
QUALITY = "quality"
RECALL = "recall_coordinator"
SHIPPER = "shipper"
# The workflows' service identity: it alone settles a quality decision (quarantine released or
# rejected, a lot decided), citing the decision; people decide in quality, never here.
WORKFLOW = "workflow"

_STOCK_ROLES = (
    MASTER_DATA,
    CLERK,
    RECEIVER,
    PRODUCTION,
    PLANNER,
    INVENTORY_CONTROLLER,
    SHIPPER,
)

TABLE = RoleTable(
    service="warehouse",
    writes={
        "register_item": (MASTER_DATA,),
        "register_location": (MASTER_DATA,),
        "register_putaway_rule": (MASTER_DATA,),
        "register_lot": (CLERK, RECEIVER, PRODUCTION),
        "receive_stock": (CLERK, RECEIVER, PRODUCTION),
        "transfer_stock": (CLERK, PRODUCTION),
        "confirm_putaway": (CLERK,),
        "put_away_by_rule": (CLERK,),
        "issue_stock": (CLERK, PRODUCTION),
        "return_stock": (CLERK, PRODUCTION),
        # Scrapping and returning to the supplier dispose of stock a disposition decided on.
        "dispose_stock": (CLERK, PRODUCTION),
        "adjust_stock": (INVENTORY_CONTROLLER,),
        "change_stock_status": (QUALITY, WORKFLOW),
        "decide_lot": (WORKFLOW,),
        # The workflow identity too: the hold feed blocks the stock of every quality hold.
        "hold_lot": (QUALITY, RECALL, WORKFLOW),
        "lift_hold": (QUALITY, RECALL, WORKFLOW),
        "reserve_stock": (PLANNER, CLERK, PRODUCTION, SHIPPER),
        "release_reservation": (PLANNER, CLERK, PRODUCTION, SHIPPER),
        "dispatch_transfer": (CLERK, SHIPPER),
        "receive_transfer": (CLERK, RECEIVER),
        "ship_stock": (SHIPPER, CLERK),
    },
    reads={
        "check_ledger": (MASTER_DATA, INVENTORY_CONTROLLER),
        # Master data: everyone who moves stock needs to know items and places.
        "get_item": _STOCK_ROLES,
        "get_location": _STOCK_ROLES,
        "list_locations": _STOCK_ROLES,
        # Stock and its history: who moves it, and who holds or recalls it.
        "get_lot": (*_STOCK_ROLES, QUALITY, RECALL),
        "lot_movements": (*_STOCK_ROLES, QUALITY, RECALL),
        "on_hand": (*_STOCK_ROLES, QUALITY, RECALL),
        "stock_by_site": (*_STOCK_ROLES, QUALITY, RECALL),
        "suggest_putaway": (CLERK, RECEIVER),
        "get_reservation": (PLANNER, CLERK, PRODUCTION, SHIPPER),
    },
)
