"""The element ids of order_feed.bpmn, which the workflow passes and its trail records (a test
checks these constants and the model's elements are the same set). Pure constants."""

# In the order the process meets them.
FEED_FOLLOWED = "feed_followed"
READ_RELEASED_ORDERS_TASK = "read_released_orders"
ORDER_LEFT = "order_left"
START_PRODUCTION_ORDER = "start_production_order"
PAGE_EMPTY = "page_empty"
IDLE_WAIT = "idle_wait"
RUN_FULL = "run_full"
CONTINUED_AS_NEW = "continued_as_new"
