"""The element ids of hold_feed.bpmn, which the workflow passes and its trail records (a test
checks these constants and the model's elements are the same set). Pure constants."""

# In the order the process meets them.
FEED_FOLLOWED = "feed_followed"
READ_HOLD_CHANGES_TASK = "read_hold_changes"
CHANGE_LEFT = "change_left"
HOLD_PLACED = "hold_placed"
BLOCK_STOCK_TASK = "block_stock"
UNBLOCK_STOCK_TASK = "unblock_stock"
PAGE_EMPTY = "page_empty"
IDLE_WAIT = "idle_wait"
RUN_FULL = "run_full"
CONTINUED_AS_NEW = "continued_as_new"
