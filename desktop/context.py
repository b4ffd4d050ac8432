"""The services one open database offers, gathered for the window and the command line."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.accounts.errors import AccountChanged
from desktop.accounts.live import change_now, watch
from desktop.accounts.service import AccountService
from desktop.approvals.service import ApprovalService
from desktop.audit.service import AuditService
from desktop.clock import Clock, SystemClock
from desktop.domain.access import Principal
from desktop.imports.service import ImportService
from desktop.indicators.service import IndicatorService
from desktop.meetings.service import MeetingService
from desktop.organisation.service import OrganisationService, Profile
from desktop.overview.service import OverviewService
from desktop.planning.dashboard import DashboardService
from desktop.planning.service import PlanService
from desktop.ranking.service import FirstRankingService
from desktop.store.database import Database

if TYPE_CHECKING:
    from desktop.backups.service import BackupService
    from desktop.sync.service import SyncService


class AppServices:
    """Every service acts for one :attr:`principal`. Until someone signs in (a database without accounts,
    a script) that is :meth:`Principal.system`: the secretary, under the profile's user name."""

    def __init__(self, database: Database, clock: Clock | None = None, *, is_demo: bool = False):
        self.database = database
        self.clock: Clock = clock or SystemClock()
        self.is_demo = is_demo
        self.organisation = OrganisationService(database)
        profile = self.organisation.profile()
        self.plans = PlanService(database, self.clock, profile.user_name)
        self.dashboard = DashboardService(database, self.clock)
        self.meetings = MeetingService(database, self.clock, profile.user_name)
        self.imports = ImportService(database, self.clock, profile.user_name)
        self.indicators = IndicatorService(database)
        self.accounts = AccountService(database, self.clock)
        self.approvals = ApprovalService(database, self.clock)
        self.audit = AuditService(database)
        self.overview = OverviewService(database, self.clock, self.dashboard, self.meetings, self.indicators,
                                        self.accounts)
        self.ranking = FirstRankingService(database, self.clock, self.indicators, self.organisation, self.accounts)
        self.principal = Principal.system(profile.user_name)
        self.set_principal(self.principal)
        if database.path is not None:  # what a backup or restore killed midway left behind (docs/access.md)
            from desktop.store.backup import remove_leftovers

            remove_leftovers(database.path, database.path.parent / "backups")

    @cached_property
    def sync(self) -> SyncService:
        """Sending to the center; made on first use (it loads httpx2 and the cryptography stack)."""
        from desktop.sync.service import SyncService

        return SyncService(self.database, self.clock.now, principal=self.principal)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of a database file (not of an in-memory one)."""
        from desktop.backups.service import BackupService

        service = BackupService(self.database, self.clock)
        service.principal = self.principal
        return service

    def profile(self) -> Profile:
        return self.organisation.profile()

    def set_principal(self, principal: Principal) -> None:
        """Act for ``principal`` from now on (after a sign-in): what every service allows, and the name
        written into the change log and beside every progress report and note. Its refusals are recorded in
        the audit trail. Every write transaction checks first that its account is still as it was at sign-in
        (desktop/accounts/live.py): one disabled, given another role or district, renamed or given a new password
        since is refused, nothing written."""
        from desktop.audit.service import refusal_recorder

        principal = replace(principal, on_refusal=refusal_recorder(self.database))
        watch(self.database, principal, on_renewed=self.set_principal)
        self.principal = principal
        for service in (self.organisation, self.plans, self.meetings, self.imports, self.indicators,
                        self.approvals, self.audit):
            service.principal = principal
        for lazy in ("backups", "sync"):  # made on first use: update them only if they exist
            if lazy in self.__dict__:
                self.__dict__[lazy].principal = principal
        self.database.user_name = principal.user_name
        self.database.user_login = principal.login

    def account_change(self) -> AccountChanged | None:
        """Why the signed-in account no longer acts as it signed in (disabled, another role ...), read now; None
        while it does, and without accounts (the window's periodic look: desktop/ui/session_lock.py)."""
        return change_now(self.database)

    def set_user(self, user_name: str) -> None:
        """Rename the acting user (the profile's name before accounts exist); the role stays."""
        self.set_principal(replace(self.principal, user_name=user_name))

    def close(self) -> None:
        self.database.close()
