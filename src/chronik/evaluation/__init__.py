"""Evaluation against gold data: every figure in the README comes from here."""
