from lotflow.migrations import run_env
from services.warehouse.models import Base

run_env(Base.metadata)
