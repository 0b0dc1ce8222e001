"""Production's own configuration (LOTFLOW_PRODUCTION_* environment variables).

LOTFLOW_PRODUCTION_LOT_RULE is the rule an order's output lot code is made by at release, a
Python format string over `item` (the order's item code), `yymmdd` / `yyyymmdd` (the release
day, UTC) and `seq` (a number drawn from one sequence, never reused). The default,
"{item:.7}-{yymmdd}-{seq:04d}", gives e.g. BREAD-260331-0042; it keeps item codes to 7
characters so the code fits the 20 characters a lot code may have. By-product lots use the same
rule with their own item.
"""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_LOT_RULE = "{item:.7}-{yymmdd}-{seq:04d}"


class ProductionSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LOTFLOW_PRODUCTION_", extra="ignore")

    lot_rule: str = DEFAULT_LOT_RULE


def production_settings() -> ProductionSettings:
    # Read at each use: a change of rule takes effect without a restart of the tests' services.
    return ProductionSettings()
