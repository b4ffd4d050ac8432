import sys

from desktop.center.cli import main

if __name__ == "__main__":
    sys.exit(main())
