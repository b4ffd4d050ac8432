"""The national dashboard's services (issue 16): what the pages of ``desktop/center/web`` show, without web code.

Every function takes the signed-in staff member's :class:`~desktop.center.staff.StaffContext` and a session,
refuses through :mod:`desktop.center.dashboard.scope` (the role × action matrix and a liaison's provinces) and
returns plain dataclasses. Modules: ``replay`` (a province's rows as its bundles left them), ``progress``,
``indicators``, ``directives``, ``keys``.
"""
