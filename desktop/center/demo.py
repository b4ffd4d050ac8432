"""Demo provinces for trying the center and its dashboard (``python -m desktop.center demo --db URL --key FILE``).

Two small demo provinces (the province's own demo generator: plans, progress, case listings and monthly statistics)
are generated in a throw-away folder, each registered with a new key, its outbox cut and the bundle ingested through
the center's own ingest — real signed bundles, exactly what a province would send — and a third province is
registered and never sends anything (shown as such). The provinces' databases and keys are thrown away: the demo
provinces cannot send again. Only into a center with no province yet, so a real center is never mixed with demo
data.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from desktop import __version__
from desktop.center.service import CenterService
from desktop.demo import names
from desktop.demo.generator import DemoScale, generate_demo
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.database import open_database
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import read_receipt

#: small enough to be made in a few seconds; the same sizes as the dashboard's tests (tests/center/dashboard)
SCALES = (DemoScale("qom", "QOM", "قم", names.QOM_DISTRICTS[:3], 9, 40, 0, 4.0),
          DemoScale("isf", "ISF", "اصفهان", names.QOM_DISTRICTS[3:5], 6, 30, 0, 3.0))
SILENT = ("KRM", "کرمان")


class CenterNotEmptyError(DomainError):
    def __init__(self, count: int) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP(
            "Center", "The center already has {count} province(s): the demo goes only into a new center database."),
            {"count": count})


@dataclass(frozen=True)
class DemoProvince:
    code: str
    name: str
    verdict: str  # the receipt's verdict of its bundle ("accepted"), "" for the one that sent nothing


def seed_demo(service: CenterService, *, seed: int = 1403, today: date | None = None) -> list[DemoProvince]:
    """Register and ingest the demo provinces into ``service``'s (empty) center database."""
    registered = len(service.status())
    if registered:
        raise CenterNotEmptyError(registered)
    today = today or service.clock().date()
    done = []
    with tempfile.TemporaryDirectory(prefix="rasad-center-demo-") as folder:
        for offset, scale in enumerate(SCALES):
            with open_database(Path(folder) / f"{scale.province_code}.sqlite3") as database:
                generate_demo(database, scale=scale, seed=seed + offset, as_of=today)
                key = generate_private_key()
                service.register_province(scale.province_code, scale.province_name, export_public(key.public_key()))
                outbox = Outbox(database, lambda: datetime.now(UTC))
                entry = outbox.cut(key, scale.province_code, __version__)
                receipt = read_receipt(service.ingest(outbox.data(entry.id)), service.public_key,
                                       scale.province_code)
                done.append(DemoProvince(scale.province_code, scale.province_name, receipt.verdict.value))
    service.register_province(SILENT[0], SILENT[1], export_public(generate_private_key().public_key()))
    done.append(DemoProvince(SILENT[0], SILENT[1], ""))
    return done
