"""The dashboard's people on the center's command line: ``staff-token add|revoke|list`` (the tokens of the
machines that read ``/national``) and ``accounts add|list|disable|enable|set-role|set-password|unlock|audit``
(the staff's accounts on the dashboard)."""

from __future__ import annotations

import argparse
import sys

from desktop.center.cli_key import open_service
from desktop.center.cli_output import EXIT_FAILED, CommandFailed, say
from desktop.domain.messages import QT_TRANSLATE_NOOP


def staff_token_command(args: argparse.Namespace) -> int:
    from desktop.center.auth import CenterAuth

    service = open_service(args)
    auth = CenterAuth(service.engine, service.clock)
    if args.action == "add":
        if not args.name:
            print(say(QT_TRANSLATE_NOOP("Center", "Give --name.")), file=sys.stderr)
            return EXIT_FAILED
        new = auth.add_token(args.name)
        print(say(QT_TRANSLATE_NOOP("Center", "Token {id} for {name} (shown once; only its hash is kept):"),
                  id=new.id, name=new.name))
        print(new.token)
        return 0
    if args.action == "revoke":
        if args.id is None or not auth.revoke_token(args.id):
            print(say(QT_TRANSLATE_NOOP("Center", "There is no such token (give --id).")), file=sys.stderr)
            return EXIT_FAILED
        print(say(QT_TRANSLATE_NOOP("Center", "Token {id} revoked."), id=args.id))
        return 0
    for view in auth.tokens():
        if view.revoked_at:
            state = say(QT_TRANSLATE_NOOP("Center", "revoked {time}"), time=view.revoked_at.isoformat())
        else:
            state = say(QT_TRANSLATE_NOOP("Center", "active"))
        print(say(QT_TRANSLATE_NOOP("Center", "{id}  {name}  created {time}  {state}"), id=view.id, name=view.name,
                  time=view.created_at.isoformat(), state=state))
    return 0


def _read_password(args: argparse.Namespace) -> str:
    """The new password: the first line of standard input with --password-stdin, else asked twice at a terminal.
    Never an argument (it would stay in the shell's history and the process list)."""
    from desktop.center.staff.accounts import MAX_PASSWORD_LENGTH

    if args.password_stdin:
        line = sys.stdin.readline(MAX_PASSWORD_LENGTH + 2)
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "Give the password on standard input with --password-stdin, "
                                                            "or run the command in a terminal to be asked for it.")))
    import getpass

    first = getpass.getpass(say(QT_TRANSLATE_NOOP("Center", "Password: ")))
    if getpass.getpass(say(QT_TRANSLATE_NOOP("Center", "The same password again: "))) != first:
        raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "The two passwords differ; nothing was changed.")))
    return first


def accounts_command(args: argparse.Namespace) -> int:
    """``accounts add|list|disable|enable|set-role|set-password|unlock|audit``: exit 0 done, 2 not done."""
    from desktop.center.engine import center_engine
    from desktop.center.staff import audit
    from desktop.center.staff.accounts import StaffAccounts

    engine = center_engine(args.db)
    try:
        staff = StaffAccounts(engine)
        if args.action == "list":
            for view in staff.accounts():
                state = say(QT_TRANSLATE_NOOP("Center", "disabled")) if view.disabled else (
                    say(QT_TRANSLATE_NOOP("Center", "locked until {time}"), time=view.locked_until.isoformat())
                    if view.locked_until and view.locked_until > staff.clock() else say(
                        QT_TRANSLATE_NOOP("Center", "active")))
                print(say(QT_TRANSLATE_NOOP("Center", "{user}  {name}  {role}{provinces}  {state}"),
                          user=view.user_name, name=view.display_name, role=say(view.role.label),
                          provinces=f" ({', '.join(view.provinces)})" if view.provinces else "", state=state))
            return 0
        if args.action == "audit":
            with staff.read() as session:
                rows = audit.latest(session, max(1, min(args.limit, 10_000)))
            for row in rows:
                print("  ".join((row.at.isoformat(timespec="seconds"), row.user_name, row.action, row.outcome,
                                 row.target, row.address)).rstrip())
            return 0
        if not args.user:
            raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "Give --user NAME.")))
        provinces = [code for code in args.provinces.split(",") if code.strip()]
        if args.action == "add":
            if not args.role:
                raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "Give --role (admin, analyst, viewer or liaison).")))
            view = staff.add(args.user, args.name or args.user, args.role, _read_password(args), provinces=provinces,
                             language=args.language)
            print(say(QT_TRANSLATE_NOOP("Center", "Account {user} added as {role}."), user=view.user_name,
                      role=say(view.role.label)))
        elif args.action in ("disable", "enable"):
            view = staff.set_disabled(args.user, args.action == "disable")
            message = (QT_TRANSLATE_NOOP("Center", "Account {user} disabled; its sessions are ended.")
                       if view.disabled else QT_TRANSLATE_NOOP("Center", "Account {user} enabled."))
            print(say(message, user=view.user_name))
        elif args.action == "set-role":
            if not args.role:
                raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "Give --role (admin, analyst, viewer or liaison).")))
            view = staff.set_role(args.user, args.role, provinces)
            print(say(QT_TRANSLATE_NOOP("Center", "Account {user} is now {role}."), user=view.user_name,
                      role=say(view.role.label)))
        elif args.action == "set-password":
            view = staff.set_password(args.user, _read_password(args))
            print(say(QT_TRANSLATE_NOOP("Center", "The password of {user} is changed; its sessions are ended."),
                      user=view.user_name))
        else:  # unlock
            view = staff.unlock(args.user)
            print(say(QT_TRANSLATE_NOOP("Center", "Account {user} unlocked."), user=view.user_name))
        return 0
    finally:
        engine.dispose()
