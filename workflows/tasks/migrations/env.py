from lotflow.migrations import run_env
from workflows.tasks.inbox.models import Base

run_env(Base.metadata)
