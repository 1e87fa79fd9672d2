"""``python -m crimea_cli`` runs the command line."""

from .cli import run

run()
