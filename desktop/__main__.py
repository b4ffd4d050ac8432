import multiprocessing

from desktop.cli.main import main, ran_the_window
from desktop.process_exit import leave_objects_to_the_exit

# A process started by multiprocessing (the demo draws its cases in one) runs its task here and ends, in a frozen
# build; elsewhere this does nothing.
multiprocessing.freeze_support()
code = main()
if not ran_the_window():  # the window's objects save themselves as they go (its preferences)
    leave_objects_to_the_exit()
raise SystemExit(code)
