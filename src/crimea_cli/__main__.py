"""``python -m crimea_cli`` runs the command line."""

from .entry import run

run()
