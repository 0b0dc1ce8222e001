"""The declarative base every production table derives from."""

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
