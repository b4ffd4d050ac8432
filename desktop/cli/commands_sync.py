"""`sync`: deliver key rotations, send the pending bundles over HTTPS, then fetch the center's directives."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.sync_support import (
    cut_bundle,
    db_and_key_file,
    directive_line,
    file_error,
    missing_center_url,
    now,
    print_resync,
    resync_online,
    run_for_province,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="cut the changes and send pending bundles to the center")
    db_and_key_file(sync)
    sync.add_argument("--center", default=None,
                      help="the center's address (https://...); remembered, defaults to the one stored")
    sync.add_argument("--center-key", dest="center_key", type=Path, default=None,
                      help="pin this center public key file first (only if no other key is pinned)")
    sync.set_defaults(handler=_sync)


# -- sync ------------------------------------------------------------------------------------------------

def _sync(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        import httpx

        from desktop.cli.output import ExitCode, translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.directives import DirectiveInbox, fetch_directives
        from desktop.sync.resync import resync_required as outbox_resync_required
        from desktop.sync.rotation import deliver_rotations, pending_rotations
        from desktop.sync.sender import Sender

        link = CenterLinkService(database)
        if args.center_key is not None:
            try:
                link.pin_center_key(args.center_key.read_bytes())
            except OSError as error:
                raise file_error(args.center_key, error) from error
        url = link.set_center_url(args.center) if args.center else link.link().url
        if not url:
            raise missing_center_url()
        center_key = link.center_key()
        try:
            with httpx.Client() as client:
                if outbox_resync_required(database):  # a restored database: catch up before anything is sent
                    print_resync(resync_online(args, database, province, client, url))
                outbox = cut_bundle(args, database, province, now)
                deliver_rotations(database, client, url, province)
                if pending_rotations(database):  # bundles signed by a key the center does not know yet would fail
                    raise httpx.TransportError("the key rotation record could not be delivered")
                report = Sender(outbox, client, url, center_key, province, now).send_due(now_anyway=True)
                directives = fetch_directives(DirectiveInbox(database, now), client, url, center_key, province) \
                    if not report.failed else []
        except httpx.HTTPError as error:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center could not be reached ({reason})."),
                             reason=str(error) or type(error).__name__))
            return ExitCode.UNREACHABLE
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Sent {sent}, acknowledged {acknowledged}, rejected {rejected}, failed {failed}."),
            sent=report.sent, acknowledged=report.acknowledged, rejected=report.rejected, failed=report.failed))
        for result in directives:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "From the center: {what}"),
                             what=directive_line(result)))
        if report.failed:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Next attempt at {when} ({reason})."),
                             when=report.next_attempt_at.isoformat() if report.next_attempt_at else "-",
                             reason=report.error))
            return ExitCode.UNREACHABLE
        return 0
    return run_for_province(args, body)


