"""Roles that gate warehouse use cases (the kernel's `admin` holds every one)."""

MASTER_DATA = "warehouse_admin"
CLERK = "warehouse_clerk"
# Receiving posts receipts and registers the lots it receives.
RECEIVER = "receiver"
# Production staff issue material to orders and return what is left.
PRODUCTION = "production"
PLANNER = "planner"
# Adjustments change what the books say exists: a controller's call, not a clerk's.
INVENTORY_CONTROLLER = "inventory_controller"
QUALITY = "quality"
RECALL = "recall_coordinator"
SHIPPER = "shipper"
