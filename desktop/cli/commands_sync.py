"""`sync`: deliver key rotations, send the pending bundles over HTTPS, then fetch the center's directives."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.sync_support import (
    EXIT_REFUSED,
    EXIT_TRY_LATER,
    center_reason,
    cut_bundle,
    db_and_key_file,
    directive_line,
    key_passphrase,
    key_store,
    missing_center_url,
    now,
    print_refusal_alarm,
    print_resync,
    resync_online,
    run_for_province,
    say_keyring_notice,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP

#: The setting's own default, desktop.sync.freshness.DEFAULT_STALE_AFTER_DAYS (a test keeps the two equal): that
#: module loads the database layer, which building the parser must not.
DIRECTIVE_WARNING_DAYS = 7


class NotGiven(int):
    """``--directive-warning-days`` left out: the number its help states as the default, told apart from the same
    number given, so that the setting already remembered is not written over."""


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help=QT_TRANSLATE_NOOP(
        "CliHelp", "cut the changes and send pending bundles to the center"))
    db_and_key_file(sync)
    sync.add_argument("--center", default=None,
                      help=QT_TRANSLATE_NOOP(
                          "CliHelp", "the center's address (https://...); remembered, defaults to the one "
                                     "stored"))
    sync.add_argument("--center-key", dest="center_key", type=Path, default=None,
                      help=QT_TRANSLATE_NOOP(
                          "CliHelp", "pin this center public key file first (only if no other key is pinned)"))
    sync.add_argument("--directive-warning-days", dest="directive_warning_days", type=int,
                      default=NotGiven(DIRECTIVE_WARNING_DAYS),
                      help=QT_TRANSLATE_NOOP(
                          "CliHelp", "warn when the newest directive listing signed by the center is older "
                                     "than this many days (remembered; default %(default)s)"))
    sync.set_defaults(handler=_sync)


# -- sync ------------------------------------------------------------------------------------------------

def _sync(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        import httpx2

        from desktop.cli.output import describe, translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync import bounded_http
        from desktop.sync.center_link import CenterLinkService, read_center_key_file
        from desktop.sync.directives import DirectiveInbox, fetch_directives
        from desktop.sync.errors import SyncError
        from desktop.sync.resync import resync_required as outbox_resync_required
        from desktop.sync.rotation import deliver_rotations, pending_rotations
        from desktop.sync.sender import Sender

        link = CenterLinkService(database)
        if not isinstance(args.directive_warning_days, NotGiven):  # given: remembered from now on
            from desktop.sync.freshness import set_stale_after

            set_stale_after(database, args.directive_warning_days)
        if args.center_key is not None:
            link.pin_center_key(read_center_key_file(args.center_key))
        url = link.set_center_url(args.center) if args.center else link.link().url
        if not url:
            raise missing_center_url()
        store = key_store(args, province)
        try:
            with bounded_http.client() as client:
                try:
                    link.follow_center_rotations(client, url)  # the center's receipts are signed with its key now
                except httpx2.HTTPError:
                    pass  # unreachable: the bundle is still cut, and its post fails and is retried
                center_key = link.center_key()
                # the rotation first: the resync's request and the bundles are signed with the current key
                deliver_rotations(database, client, url, province, store)
                if pending_rotations(database):  # bundles signed by a key the center does not know yet would fail
                    raise httpx2.TransportError("the key rotation record could not be delivered")
                if outbox_resync_required(database):  # a restored database: catch up before anything is sent
                    print_resync(resync_online(args, database, province, client, url))
                signing_key = store.load(key_passphrase())  # also signs the requests for directives
                outbox = cut_bundle(args, database, province, now, signing_key)
                report = Sender(outbox, client, url, center_key, province, now).send_due(now_anyway=True)
                directives, directive_error = [], None
                if not report.failed:
                    try:
                        directives = fetch_directives(DirectiveInbox(database, now), client, url, center_key,
                                                      province, signing_key)
                    except SyncError as error:
                        # a bundle refused for now or for good (its key unknown or replaced at the center, so the
                        # signed request is refused too): the alarm or "not now" is what this run must say
                        if not (report.blocked or report.deferred):
                            raise
                        directive_error = error
        except httpx2.HTTPError as error:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center could not be reached ({reason})."),
                             reason=str(error) or type(error).__name__))
            _warn_stale_directives(database, link)
            return EXIT_TRY_LATER
        finally:
            say_keyring_notice(store)
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Sent {sent}, acknowledged {acknowledged}, rejected {rejected}, failed {failed}."),
            sent=report.sent, acknowledged=report.acknowledged, rejected=report.rejected, failed=report.failed))
        for result in directives:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "From the center: {what}"),
                             what=directive_line(result)))
        if directive_error is not None:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center's directives were not fetched ({reason})."),
                             reason=describe(directive_error)), file=sys.stderr)
        _warn_stale_directives(database, link)
        if report.blocked:  # a final refusal: the alarm, whatever else happened
            print_refusal_alarm(args, report.refused_sequence or 0, report.refused_reason)
            return EXIT_REFUSED
        if report.deferred:
            print(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The center did not take the bundle now ({reason}); it is sent again at {when}."),
                reason=center_reason(report.error),
                when=_local_time(report.next_attempt_at)))
            return EXIT_TRY_LATER
        if report.failed:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Next attempt at {when} ({reason})."),
                             when=_local_time(report.next_attempt_at),
                             reason=describe(report.problem) if report.problem is not None else report.error))
            return EXIT_TRY_LATER
        return 0
    return run_for_province(args, body)


def _local_time(moment):  # noqa: ANN001, ANN202 - a datetime (UTC) or None
    """The retry time as the user reads a clock: this computer's time zone, Jalali, to the minute (an ISO UTC stamp
    before); English keeps the Gregorian day beside it."""
    from desktop.domain.jalali import format_jalali_datetime
    from desktop.domain.messages import Bilingual

    if moment is None:
        return "-"
    local = moment.astimezone()
    return Bilingual(format_jalali_datetime(local), f"{format_jalali_datetime(local, persian_digits=False)}"
                                                    f" ({local:%Y-%m-%d %H:%M})")


def _warn_stale_directives(database, link) -> None:  # noqa: ANN001
    """Say so when the newest verified directive listing is older than the setting allows (issue 12)."""
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.sync.freshness import freshness

    state = freshness(database, now(), linked=bool(link.link().url))
    if not state.stale:
        return
    if state.listing_at is None:
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Warning: no directive listing signed by the center has been received yet.")), file=sys.stderr)
        return
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Warning: the newest directive listing signed by the center is {days} day(s) old (more than "
               "{limit}); directives may be withheld."),
        days=state.age.days if state.age else 0, limit=state.stale_after_days), file=sys.stderr)


