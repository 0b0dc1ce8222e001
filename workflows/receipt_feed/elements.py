"""The element ids of receipt_feed.bpmn, which the workflow passes and its trail records (a
test checks these constants and the model's elements are the same set). Pure constants."""

# In the order the process meets them.
FEED_FOLLOWED = "feed_followed"
READ_RECEIPTS_TASK = "read_receipts"
RECEIPT_LEFT = "receipt_left"
START_INBOUND = "start_inbound"
PAGE_EMPTY = "page_empty"
IDLE_WAIT = "idle_wait"
RUN_FULL = "run_full"
CONTINUED_AS_NEW = "continued_as_new"
