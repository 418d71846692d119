"""Actors: the shipped actor base and the recogniser that resolves mentions to it."""

from .base import Actor, ActorBase, load
from .recognize import person_key, recognize, translit_key

__all__ = ["Actor", "ActorBase", "load", "person_key", "recognize", "translit_key"]
