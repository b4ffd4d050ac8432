import multiprocessing

from desktop.cli.main import main
from desktop.process_exit import leave_objects_to_the_exit

# A process started by multiprocessing (the demo draws its cases in one) runs its task here and ends, in a frozen
# build; elsewhere this does nothing.
multiprocessing.freeze_support()
code = main()
leave_objects_to_the_exit()
raise SystemExit(code)
