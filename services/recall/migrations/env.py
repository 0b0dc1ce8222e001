from lotflow.migrations import run_env
from services.recall.models import Base

run_env(Base.metadata)
