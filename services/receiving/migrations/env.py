from lotflow.migrations import run_env
from services.receiving.models import Base

run_env(Base.metadata)
