import subprocess
import sys


def test_importing_the_domain_loads_neither_qt_nor_sql():
    code = (
        "import sys, importlib, pkgutil, desktop.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'desktop.domain.'): importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'sqlalchemy', 'alembic', 'shiboken6'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
