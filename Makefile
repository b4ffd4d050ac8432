# Rasad: two commands do everything — `make run` and `make test`.
# Each creates the virtual environment, installs the project, builds the
# translations, then starts the app on the demo database / runs the tests.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := i18n/rasad_fa.qm i18n/rasad_en.qm

.PHONY: run test setup translations system-packages benchmark installer lint clean

run: setup system-packages
	$(BIN)/python -m desktop run --demo

# The center's tests also run against a real PostgreSQL that tools/with_postgres.sh installs (when root) and starts.
# The tests run in parallel, one process per core (pytest-xdist; CONTRIBUTING.md "Tests"): `make test
# TEST_WORKERS=0` runs them in one process. worksteal: each process takes a contiguous share of the tests (a
# module's fixtures are built once) and an idle one takes over half of what another has left.
# Cores: nproc (the CPUs this process may use), at most 4 — each worker builds the session fixtures (the demo
# province, …) again, so more workers buy less.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ "$$n" -gt 4 ] && n=4; echo $$n)
test:
	tools/make_test_setup.sh $(MAKE)
	QT_QPA_PLATFORM=offscreen tools/with_postgres.sh $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

setup: $(STAMP) translations

# pip compiles every module it installs (about 20 s of a fresh setup's 50), and that stays: where
# PYTHONDONTWRITEBYTECODE is set (this project's CI machines), Python caches nothing it compiles itself, and every
# process of the tests would compile SQLAlchemy, matplotlib, … again (measured: the suite's CPU 21.6 -> 26.9 min).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	touch $(STAMP)

translations: $(QM)

i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Qt's xcb platform plugin needs these libraries to open a real window.
# Installed automatically when we are root on Debian/Ubuntu; otherwise printed.
XCB_PACKAGES := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libegl1 libgl1 libfontconfig1 libdbus-1-3

system-packages:
	@if [ -n "$$QT_QPA_PLATFORM" ] && [ "$$QT_QPA_PLATFORM" != "xcb" ]; then exit 0; fi; \
	missing=$$(for p in $(XCB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Qt's window-system libraries: $$missing"; \
		apt-get update -qq && apt-get install -y -qq $$missing; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; \
	else \
		echo "Please install: sudo apt-get install $$missing"; \
	fi

# Every benchmarks/*.py, one table of figures beside their same-run baselines; exits 1 when a target is missed.
benchmark: setup
	$(BIN)/python -m benchmarks.run_all

installer: setup
	$(BIN)/pyinstaller --noconfirm build_installer.spec

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build dist i18n/*.qm
