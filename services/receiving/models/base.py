"""The declarative base every receiving table shares; Alembic reads its metadata."""

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
