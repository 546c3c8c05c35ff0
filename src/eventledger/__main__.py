"""`python -m eventledger` runs the command line."""

from eventledger.cli import run

run()
