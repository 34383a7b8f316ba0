"""The strict base model every declared structure uses: frozen, unknown fields forbidden."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Frozen pydantic model that rejects unknown fields (an unknown field is an error)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
