from lotflow.migrations import run_env
from services.tasks.models import Base

run_env(Base.metadata)
