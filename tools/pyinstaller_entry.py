"""Entry point of the PyInstaller bundle (`dist/rasad/rasad`): the same CLI as `python -m desktop`."""

from desktop.cli.main import main

raise SystemExit(main())
