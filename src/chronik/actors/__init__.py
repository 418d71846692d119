"""Actors: the shipped actor base and the recogniser that resolves mentions to it."""

from .base import Actor, ActorBase, load
from .recognize import recognize, translit_key

__all__ = ["Actor", "ActorBase", "load", "recognize", "translit_key"]
