"""Allow `python -m summitry`."""
from .cli import main

main()
