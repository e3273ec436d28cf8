"""``python -m eventcode`` runs the command line."""

from eventcode.cli import main

raise SystemExit(main())
