"""How every workflow calls a service through an activity: one timeout, one retry policy.

Outages are retried until the service is back (no attempt limit); business refusals come back
as non-retryable ApplicationErrors (see service_calls.py) and fail the step at once.
Imports only the standard library and temporalio, so workflow code may use it.
"""

from datetime import timedelta

from temporalio.common import RetryPolicy

SERVICE_CALL_TIMEOUT = timedelta(seconds=30)
SERVICE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(seconds=30),
)
