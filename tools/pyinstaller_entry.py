"""Entry point of the PyInstaller bundle (`dist/rasad/rasad`): the same CLI as `python -m desktop`."""

import multiprocessing

from desktop.cli.main import main, ran_the_window
from desktop.process_exit import leave_objects_to_the_exit

# The bundle is also the program of the processes multiprocessing starts (the demo draws its cases in one):
# started so, it runs their task here and ends instead of the CLI.
multiprocessing.freeze_support()
code = main()
if not ran_the_window():  # the window's objects save themselves as they go (its preferences)
    leave_objects_to_the_exit()
raise SystemExit(code)
