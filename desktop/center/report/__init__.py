"""The six-monthly national status report of the follow-up center (issue 16, item 3).

``data`` gathers what the center stores into plain values (no text, no layout), each part's lines in a module
beside it: ``plan_lines`` (progress, milestones, driver projects), ``ranking_lines`` (the indicator rankings)
and ``follow_up_lines`` (approvals, stale provinces, held and refused bundles, directives); ``indicators``
sums the provinces' monthly statistics the way the province does (Σ numerator ÷ Σ denominator); ``snapshots``
reads the figures a province's chief justice approved from the bundles that carried them; ``document`` turns
the values into the province report machinery's :class:`desktop.reports.document.Report` (the same PDF and
Excel writers), its sections laid out beside it in ``plan_sections``, ``ranking_sections`` and
``follow_up_sections``; ``service`` is the use case the command line and the dashboard call.
"""
