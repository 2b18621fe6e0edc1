"""Entry point of the frozen build: the same `ketnghia` command as the console script."""

from desktop.cli import main

raise SystemExit(main())
