import multiprocessing

from desktop.cli.main import main

# A process started by multiprocessing (the demo draws its cases in one) runs its task here and ends, in a frozen
# build; elsewhere this does nothing.
multiprocessing.freeze_support()
raise SystemExit(main())
