<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../desktop/domain/access.py" line="+175"/>
        <source>This belongs to another judicial district, or to all of them; a district head sees only his own.</source>
        <translation>This belongs to another judicial district, or to all of them; a district head sees only his own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow viewing this.</source>
        <translation>Your role does not allow viewing this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow commenting here.</source>
        <translation>Your role does not allow commenting here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow changing the data; only the secretary edits.</source>
        <translation>Your role does not allow changing the data; only the secretary edits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary submits a period for approval.</source>
        <translation>Only the secretary submits a period for approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chief justice approves a period.</source>
        <translation>Only the chief justice approves a period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chief justice reopens an approved period.</source>
        <translation>Only the chief justice reopens an approved period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow exporting this.</source>
        <translation>Your role does not allow exporting this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary sends to the follow-up center.</source>
        <translation>Only the secretary sends to the follow-up center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary manages user accounts.</source>
        <translation>Only the secretary manages user accounts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a chief justice may add a chief justice&apos;s account, give that role, or change, enable, disable or reset the password of a chief justice&apos;s account.</source>
        <translation>Only a chief justice may add a chief justice&apos;s account, give that role, or change, enable, disable or reset the password of a chief justice&apos;s account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow taking a backup.</source>
        <translation>Your role does not allow taking a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary restores a backup.</source>
        <translation>Only the secretary restores a backup.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../desktop/ui/pages/users.py" line="+75"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change a user</source>
        <translation>Change a user</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can sign in</source>
        <translation>Can sign in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name (Latin letters)</source>
        <translation>User name (Latin letters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district (district head only)</source>
        <translation>Judicial district (district head only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../desktop/accounts/errors.py" line="+79"/>
        <source>The administrator account already exists; ask the secretary to add yours.</source>
        <translation>The administrator account already exists; ask the secretary to add yours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last active secretary account; add another secretary first.</source>
        <translation>This is the last active secretary account; add another secretary first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last active chief justice account; add another chief justice first.</source>
        <translation>This is the last active chief justice account; add another chief justice first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account no longer exists (id {id}).</source>
        <translation>This account no longer exists (id {id}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no account with the user name {login}.</source>
        <translation>There is no account with the user name {login}.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="+261"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource estimate</source>
        <translation>Resource estimate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New sub-activity of “{parent}”</source>
        <translation>New sub-activity of “{parent}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity in “{parent}”</source>
        <translation>New activity in “{parent}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity {code}</source>
        <translation>Activity {code}</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../desktop/ui/pages/activity_panel.py" line="+63"/>
        <source>Planned progress (PV)</source>
        <translation>Planned progress (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual progress (EV)</source>
        <translation>Actual progress (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>Schedule performance (SPI)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned and actual progress over time</source>
        <translation>Planned and actual progress over time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress history</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence attached to this activity</source>
        <translation>Evidence attached to this activity</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+131"/>
        <source>Record progress</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>This activity has sub-activities: its progress is computed from theirs. Record progress on the sub-activities.</source>
        <translation>This activity has sub-activities: its progress is computed from theirs. Record progress on the sub-activities.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+143"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Percent complete</source>
        <translation>Percent complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{plan} › {solution} › {program}</source>
        <translation>{plan} › {solution} › {program}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}  {title}</source>
        <translation>{code}  {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no progress report yet</source>
        <translation>no progress report yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means on schedule</source>
        <translation>1 means on schedule</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The new figure, {new}, is lower than the last one reported, {old}. Record it as a correction?</source>
        <translation>The new figure, {new}, is lower than the last one reported, {old}. Record it as a correction?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../desktop/approvals/states.py" line="+41"/>
        <source>{period} has never been approved.</source>
        <translation>{period} has never been approved.</translation>
    </message>
    <message>
        <location filename="../desktop/approvals/approved_figures.py" line="+21"/>
        <source>{period} was approved before Rasad kept the approved figures; they are frozen at its next approval.</source>
        <translation>{period} was approved before Rasad kept the approved figures; they are frozen at its next approval.</translation>
    </message>
    <message>
        <location filename="../desktop/approvals/steps.py" line="+25"/>
        <source>The data kept changing while {period} was being approved; try again in a moment.</source>
        <translation>The data kept changing while {period} was being approved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/approval.py" line="+103"/>
        <source>{period} is already awaiting approval or approved; it cannot be submitted again.</source>
        <translation>{period} is already awaiting approval or approved; it cannot be submitted again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>{period} has not been submitted for approval.</source>
        <translation>{period} has not been submitted for approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} is not approved; there is nothing to reopen.</source>
        <translation>{period} is not approved; there is nothing to reopen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} is not awaiting approval; there is no submission to withdraw.</source>
        <translation>{period} is not awaiting approval; there is no submission to withdraw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} is approved and its data is locked; the chief justice must reopen it before it is changed.</source>
        <translation>{period} is approved and its data is locked; the chief justice must reopen it before it is changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period} is approved and its figures are locked, but this change would alter the figures of {month}: through the backlog carried forward into it or the cases counted in it. The chief justice must reopen {period} before it is changed.</source>
        <translation>{period} is approved and its figures are locked, but this change would alter the figures of {month}: through the backlog carried forward into it or the cases counted in it. The chief justice must reopen {period} before it is changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is approved and its figures are locked, but this change would alter them: through the backlog carried forward into it or the cases counted in it. The chief justice must reopen it before it is changed.</source>
        <translation>{period} is approved and its figures are locked, but this change would alter them: through the backlog carried forward into it or the cases counted in it. The chief justice must reopen it before it is changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is approved and its figures are locked, but this progress report would change its plan figures (progress, SPI or milestones): an activity&apos;s progress in a period is its latest report up to the period&apos;s end. The chief justice must reopen {period} before it is recorded.</source>
        <translation>{period} is approved and its figures are locked, but this progress report would change its plan figures (progress, SPI or milestones): an activity&apos;s progress in a period is its latest report up to the period&apos;s end. The chief justice must reopen {period} before it is recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{period} is awaiting approval and its data is locked; withdraw the submission, or the chief justice sends it back, before it is changed.</source>
        <extracomment>The same refusals while the period is submitted: its data is locked until the submission is withdrawn or sent back, so that the chief justice approves what was submitted.</extracomment>
        <translation>{period} is awaiting approval and its data is locked; withdraw the submission, or the chief justice sends it back, before it is changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period} is awaiting approval and its figures are locked, but this change would alter the figures of {month}: through the backlog carried forward into it or the cases counted in it. Withdraw the submission of {period}, or the chief justice sends it back, before it is changed.</source>
        <translation>{period} is awaiting approval and its figures are locked, but this change would alter the figures of {month}: through the backlog carried forward into it or the cases counted in it. Withdraw the submission of {period}, or the chief justice sends it back, before it is changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is awaiting approval and its figures are locked, but this change would alter them: through the backlog carried forward into it or the cases counted in it. Withdraw the submission, or the chief justice sends it back, before it is changed.</source>
        <translation>{period} is awaiting approval and its figures are locked, but this change would alter them: through the backlog carried forward into it or the cases counted in it. Withdraw the submission, or the chief justice sends it back, before it is changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is awaiting approval and its figures are locked, but this progress report would change its plan figures (progress, SPI or milestones): an activity&apos;s progress in a period is its latest report up to the period&apos;s end. Withdraw the submission of {period}, or the chief justice sends it back, before it is recorded.</source>
        <translation>{period} is awaiting approval and its figures are locked, but this progress report would change its plan figures (progress, SPI or milestones): an activity&apos;s progress in a period is its latest report up to the period&apos;s end. Withdraw the submission of {period}, or the chief justice sends it back, before it is recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} is not over yet; it can be submitted for approval from {day}.</source>
        <translation>{period} is not over yet; it can be submitted for approval from {day}.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>This backup would change the approved figures of {periods}; the chief justice must reopen them before it is restored.</source>
        <translation>This backup would change the approved figures of {periods}; the chief justice must reopen them before it is restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup would change the figures of {periods}, which await approval and are locked; withdraw the submission, or the chief justice sends it back, before it is restored.</source>
        <translation>This backup would change the figures of {periods}, which await approval and are locked; withdraw the submission, or the chief justice sends it back, before it is restored.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/approved_figures.py" line="+31"/>
        <source>{period} is approved and its figures are locked, but this change would change its plan figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, is measured by its sub-activities instead of its own dates and reports, or the other way round. The chief justice must reopen {period} before it is made.</source>
        <translation>{period} is approved and its figures are locked, but this change would change its plan figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, is measured by its sub-activities instead of its own dates and reports, or the other way round. The chief justice must reopen {period} before it is made.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} is awaiting approval and its figures are locked, but this change would change its plan figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, is measured by its sub-activities instead of its own dates and reports, or the other way round. Withdraw the submission of {period}, or the chief justice sends it back, before it is made.</source>
        <translation>{period} is awaiting approval and its figures are locked, but this change would change its plan figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, is measured by its sub-activities instead of its own dates and reports, or the other way round. Withdraw the submission of {period}, or the chief justice sends it back, before it is made.</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../desktop/ui/pages/approval.py" line="+55"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since approval</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>Select an approved period to see what changed since its approval.</source>
        <translation>Select an approved period to see what changed since its approval.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Figures changed since approval</source>
        <translation>Figures changed since approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change log since approval</source>
        <translation>Change log since approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw submission</source>
        <translation>Withdraw submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secretary submits a month or a half-year once it is over; its data is locked while it awaits approval, until the secretary withdraws the submission or the chief justice sends it back. The chief justice approves it, which keeps its data locked. Only the chief justice reopens an approved period, giving a reason.</source>
        <translation>The secretary submits a month or a half-year once it is over; its data is locked while it awaits approval, until the secretary withdraws the submission or the chief justice sends it back. The chief justice approves it, which keeps its data locked. Only the chief justice reopens an approved period, giving a reason.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+46"/>
        <location line="+7"/>
        <location line="+58"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Comparing today&apos;s figures with the approved ones…</source>
        <translation>Comparing today&apos;s figures with the approved ones…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} change(s) to {period} since it was approved on {date}.</source>
        <translation>{count} change(s) to {period} since it was approved on {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} change(s) to {period} since it was last approved on {date} (it was reopened since).</source>
        <translation>{count} change(s) to {period} since it was last approved on {date} (it was reopened since).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (it is kept in the audit trail):</source>
        <translation>Reason (it is kept in the audit trail):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not begun yet</source>
        <translation>Not begun yet</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../desktop/translated_argparse.py" line="+44"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/ui/pages/page_support.py" line="+60"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>AuditEventsView</name>
    <message>
        <location filename="../desktop/ui/pages/audit_events.py" line="+26"/>
        <location line="+6"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report exported</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail exported</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle exported</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key made</source>
        <translation>Signing key made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key replaced</source>
        <translation>Signing key replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backup of another province</source>
        <translation>a backup of another province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another installation&apos;s database</source>
        <translation>another installation&apos;s database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no user account left</source>
        <translation>no user account left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login or name</source>
        <translation>login or name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1405-08 or 1405-H1</source>
        <translation>e.g. 1405-08 or 1405-H1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not recorded (an earlier version)</source>
        <translation>not recorded (an earlier version)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none needed</source>
        <translation>none needed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s) shown, newest first.</source>
        <translation>
            <numerusform>%n event(s) shown, newest first.</numerusform>
            <numerusform>%n event(s) shown, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../desktop/ui/pages/audit.py" line="+91"/>
        <location line="+14"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 1405-08 or 1405-H1</source>
        <translation>e.g. 1405-08 or 1405-H1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+12"/>
        <location line="+80"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+11"/>
        <location line="+80"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+90"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+88"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: refusals, exports, backups, keys, settings</source>
        <translation>Events: refusals, exports, backups, keys, settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <location line="+21"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Every user</source>
        <translation>Every user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table</source>
        <translation>Every table</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n change(s) shown, newest first.</numerusform>
            <numerusform>%n change(s) shown, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the audit trail…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="+160"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../desktop/ui/pages/backups.py" line="+109"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup that is not in the list: one brought on a flash drive or a disk, or kept in another folder.</source>
        <translation>A backup that is not in the list: one brought on a flash drive or a disk, or kept in another folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 6 hours</source>
        <translation>Every 6 hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From an earlier version of Rasad: of this province, never removed by the rotation</source>
        <translation>From an earlier version of Rasad: of this province, never removed by the rotation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups are kept in {folder}; the newest {keep} are kept, each checked with SQLite&apos;s integrity check. The evidence files go beside them, into {evidence}, each file once.</source>
        <translation>Backups are kept in {folder}; the newest {keep} are kept, each checked with SQLite&apos;s integrity check. The evidence files go beside them, into {evidence}, each file once.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scheduled backup</source>
        <translation>Scheduled backup</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The backup was written and checked, but {count} evidence files the database refers to are missing or damaged in the evidence folder and could not be backed up.</source>
        <translation>The backup was written and checked, but {count} evidence files the database refers to are missing or damaged in the evidence folder and could not be backed up.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taking a backup…</source>
        <translation>Taking a backup…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Select the backup to restore first.</source>
        <translation>Select the backup to restore first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database with the backup of {date}? Every change since then is lost (the current database is kept beside it). Rasad closes afterwards; start it again.</source>
        <translation>Replace the database with the backup of {date}? Every change since then is lost (the current database is kept beside it). Rasad closes afterwards; start it again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad backups (*.sqlite3);;All files (*)</source>
        <translation>Rasad backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database with the backup {file}? Every change made since it was taken is lost (the current database is kept beside it). Rasad closes afterwards; start it again.</source>
        <translation>Replace the database with the backup {file}? Every change made since it was taken is lost (the current database is kept beside it). Rasad closes afterwards; start it again.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore it all the same?</source>
        <translation>Restore it all the same?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was restored and checked. Rasad closes now; start it again.</source>
        <translation>The backup was restored and checked. Rasad closes now; start it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup: their reports and resolutions list them as missing.</source>
        <translation>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup: their reports and resolutions list them as missing.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <location filename="../desktop/center/cli_key.py" line="+25"/>
        <source>Set {variable} to the center key&apos;s passphrase.</source>
        <translation>Set {variable} to the center key&apos;s passphrase.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give --key FILE or set {variable}.</source>
        <translation>Give --key FILE or set {variable}.</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli.py" line="+103"/>
        <location filename="../desktop/center/web/template_messages.py" line="+163"/>
        <source>has sent nothing yet</source>
        <translation>has sent nothing yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/template_messages.py" line="+16"/>
        <source>has sent nothing yet (registered on {date})</source>
        <translation>has sent nothing yet (registered on {date})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Center key id {key_id} written to {path}.</source>
        <translation>Center key id {key_id} written to {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key was rotated out: serve with the new key (rotate-center-key).</source>
        <translation>This key was rotated out: serve with the new key (rotate-center-key).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the center listens on {address} with no reverse proxy in front. On its own it closes a connection whose request headers take more than {seconds} s and lets one address hold at most half the connections, but slow connections from many addresses can still stop it answering anyone. Put it behind the proxy described in docs/deployment.md (&quot;nginx in front&quot;) and listen on 127.0.0.1, or give --forwarded-allow-ips with the proxy&apos;s address.</source>
        <translation>Warning: the center listens on {address} with no reverse proxy in front. On its own it closes a connection whose request headers take more than {seconds} s and lets one address hold at most half the connections, but slow connections from many addresses can still stop it answering anyone. Put it behind the proxy described in docs/deployment.md (&quot;nginx in front&quot;) and listen on 127.0.0.1, or give --forwarded-allow-ips with the proxy&apos;s address.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo province {province} ({name}) registered; its bundle {verdict}.</source>
        <translation>Demo province {province} ({name}) registered; its bundle {verdict}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo province {province} ({name}) registered; it has sent nothing.</source>
        <translation>Demo province {province} ({name}) registered; it has sent nothing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new key is the current key.</source>
        <translation>The new key is the current key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center key {old} rotated to {new}; serve with --key {path} from now on.</source>
        <translation>Center key {old} rotated to {new}; serve with --key {path} from now on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is too large to be a public key.</source>
        <translation>The file {path} is too large to be a public key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province {province} registered with key id {key_id}.</source>
        <translation>Province {province} registered with key id {key_id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Province {province} now signs with key id {key_id}.</source>
        <translation>Province {province} now signs with key id {key_id}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} is not valid JSON ({reason}).</source>
        <translation>The file {path} is not valid JSON ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directive {sequence} for {province}: {programs} program(s), {targets} target(s), {deadlines} deadline(s).</source>
        <translation>Directive {sequence} for {province}: {programs} program(s), {targets} target(s), {deadlines} deadline(s).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} bundle(s) of {province} with their receipts written to {path}.</source>
        <translation>{count} bundle(s) of {province} with their receipts written to {path}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path}: province {province} now signs with key id {key_id}.</source>
        <translation>{path}: province {province} now signs with key id {key_id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: refused ({reason})</source>
        <translation>{path}: refused ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: could not be read ({reason})</source>
        <translation>{path}: could not be read ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: {verdict} sequence {sequence} ({reason})</source>
        <translation>{path}: {verdict} sequence {sequence} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {verdict} sequence {sequence}</source>
        <translation>{path}: {verdict} sequence {sequence}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file {path} could not be used ({reason}).</source>
        <translation>The file {path} could not be used ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command could not be done ({reason}).</source>
        <translation>The command could not be done ({reason}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The --db value is not a database address (sqlite:///center.db or postgresql+psycopg://...).</source>
        <translation>The --db value is not a database address (sqlite:///center.db or postgresql+psycopg://...).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The center database {url} could not be used ({reason}).</source>
        <translation>The center database {url} could not be used ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_report.py" line="+39"/>
        <source>The national report of {period} was written to {path}.</source>
        <translation>The national report of {period} was written to {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no center database at {path}.</source>
        <translation>There is no center database at {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{url} is not a center database (no center tables).</source>
        <translation>{url} is not a center database (no center tables).</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_output.py" line="+58"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_staff.py" line="+22"/>
        <source>Give --name.</source>
        <translation>Give --name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token {id} for {name} (shown once; only its hash is kept):</source>
        <translation>Token {id} for {name} (shown once; only its hash is kept):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such token (give --id).</source>
        <translation>There is no such token (give --id).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token {id} revoked.</source>
        <translation>Token {id} revoked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked {time}</source>
        <translation>revoked {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{id}  {name}  created {time}  {state}</source>
        <translation>{id}  {name}  created {time}  {state}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the password on standard input with --password-stdin, or run the command in a terminal to be asked for it.</source>
        <translation>Give the password on standard input with --password-stdin, or run the command in a terminal to be asked for it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked until {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user}  {name}  {role}{provinces}  {state}</source>
        <translation>{user}  {name}  {role}{provinces}  {state}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give --user NAME.</source>
        <translation>Give --user NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Give --role (admin, analyst, viewer or liaison).</source>
        <translation>Give --role (admin, analyst, viewer or liaison).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Account {user} added as {role}.</source>
        <translation>Account {user} added as {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {user} disabled; its sessions are ended.</source>
        <translation>Account {user} disabled; its sessions are ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {user} enabled.</source>
        <translation>Account {user} enabled.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account {user} is now {role}.</source>
        <translation>Account {user} is now {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of {user} is changed; its sessions are ended.</source>
        <translation>The password of {user} is changed; its sessions are ended.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {user} unlocked.</source>
        <translation>Account {user} unlocked.</translation>
    </message>
    <message>
        <location filename="../desktop/center/migrate.py" line="+31"/>
        <source>The center database is at revision {revision}, unknown to this version of Rasad.</source>
        <translation>The center database is at revision {revision}, unknown to this version of Rasad.</translation>
    </message>
    <message>
        <location filename="../desktop/center/staff/accounts.py" line="+116"/>
        <source>A user name is 2 to 64 of the letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; ({user} is not).</source>
        <translation>A user name is 2 to 64 of the letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; ({user} is not).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language must be fa or en.</source>
        <translation>The language must be fa or en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account {user} already exists.</source>
        <translation>An account {user} already exists.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>There is no account {user}.</source>
        <translation>There is no account {user}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most {count} characters.</source>
        <translation>A password may have at most {count} characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role {role} (admin, analyst, viewer or liaison).</source>
        <translation>Unknown role {role} (admin, analyst, viewer or liaison).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a liaison&apos;s account lists provinces (the other roles see every province).</source>
        <translation>Only a liaison&apos;s account lists provinces (the other roles see every province).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A liaison needs at least one province (--provinces THR,QOM).</source>
        <translation>A liaison needs at least one province (--provinces THR,QOM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Province {codes} is not registered at the center.</source>
        <translation>Province {codes} is not registered at the center.</translation>
    </message>
    <message>
        <location filename="../desktop/center/staff/context.py" line="+28"/>
        <source>Your account may not see province {province}.</source>
        <translation>Your account may not see province {province}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account&apos;s role does not allow this page or action.</source>
        <translation>Your account&apos;s role does not allow this page or action.</translation>
    </message>
    <message>
        <location filename="../desktop/center/staff/roles.py" line="+43"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provincial liaison</source>
        <translation>provincial liaison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view the provinces</source>
        <translation>view the provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the progress</source>
        <translation>view the progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the indicators</source>
        <translation>view the indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the directives</source>
        <translation>view the directives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue a directive</source>
        <translation>issue a directive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the province keys</source>
        <translation>view the province keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the province keys</source>
        <translation>manage the province keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>download the national report</source>
        <translation>download the national report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the accounts</source>
        <translation>manage the accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit</source>
        <translation>view the audit</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/app.py" line="+52"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such page.</source>
        <translation>There is no such page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not opened this way</source>
        <translation>Not opened this way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address takes a form sent from the dashboard; it cannot be opened directly. Nothing was done.</source>
        <translation>This address takes a form sent from the dashboard; it cannot be opened directly. Nothing was done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The center&apos;s database is busy (or out of reach) just now; nothing was done. Try again in a moment.</source>
        <translation>The center&apos;s database is busy (or out of reach) just now; nothing was done. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has expired or did not come from this dashboard; open the page again and repeat.</source>
        <translation>The form has expired or did not come from this dashboard; open the page again and repeat.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/audit_page.py" line="+18"/>
        <location filename="../desktop/center/web/template_messages.py" line="-171"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sign in</source>
        <translation>sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign out</source>
        <translation>sign out</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/provinces.py" line="+20"/>
        <location filename="../desktop/center/web/template_messages.py" line="+151"/>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/signin.py" line="+42"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: this account is locked for {minutes} minute(s). Try again later or ask an administrator to unlock it.</source>
        <translation>Too many failed attempts: this account is locked for {minutes} minute(s). Try again later or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center is checking too many sign-ins just now; your password was not checked. Try again in a few seconds.</source>
        <translation>The center is checking too many sign-ins just now; your password was not checked. Try again in a few seconds.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/template_messages.py" line="-150"/>
        <source>Every sign-in attempt and every action, newest first.</source>
        <translation>Every sign-in attempt and every action, newest first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <translation>Older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad follow-up center</source>
        <translation>Rasad follow-up center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued and signed: {list}.</source>
        <translation>Issued and signed: {list}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province acknowledges a directive by applying it: its next bundle reports the deadline, target or program the directive asked for. Until then it shows as not yet reported.</source>
        <translation>A province acknowledges a directive by applying it: its next bundle reports the deadline, target or program the directive asked for. Until then it shows as not yet reported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No directive has been issued to these provinces yet.</source>
        <translation>No directive has been issued to these provinces yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province&apos;s last bundle</source>
        <translation>Province&apos;s last bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{programs} program(s), {targets} target(s), {deadlines} deadline(s)</source>
        <translation>{programs} program(s), {targets} target(s), {deadlines} deadline(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seen} of {items} items</source>
        <translation>{seen} of {items} items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a directive</source>
        <translation>Issue a directive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province is registered yet: an administrator registers one on the Province keys page.</source>
        <translation>No province is registered yet: an administrator registers one on the Province keys page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the provinces</source>
        <translation>To the provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on (e.g. 1405/09/30)</source>
        <translation>Due on (e.g. 1405/09/30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator targets</source>
        <translation>Indicator targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period (e.g. 1405-H2; empty: every period)</source>
        <translation>Period (e.g. 1405-H2; empty: every period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational programs</source>
        <translation>Operational programs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution code</source>
        <translation>Solution code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, one a line: code | title | start | finish | weight | owner</source>
        <translation>Activities, one a line: code | title | start | finish | weight | owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and issue</source>
        <translation>Sign and issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dashboard</source>
        <translation>Back to the dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you are</source>
        <translation>Where you are</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures of {period} run through the end of {month}: its later months have no statistics yet, so they are a part of the period&apos;s, not comparable with a whole period&apos;s.</source>
        <translation>The figures of {period} run through the end of {month}: its later months have no statistics yet, so they are a part of the period&apos;s, not comparable with a whole period&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provinces&apos; bundles do not carry what this indicator is computed from (the distribution of disposition times): it cannot be shown at the center.</source>
        <translation>The provinces&apos; bundles do not carry what this indicator is computed from (the distribution of disposition times): it cannot be shown at the center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst</source>
        <translation>Worst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces ranked</source>
        <translation>Provinces ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial districts ranked</source>
        <translation>Judicial districts ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches ranked</source>
        <translation>Branches ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to show: no unit has arrived in the bundles.</source>
        <translation>Nothing to show: no unit has arrived in the bundles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete branches</source>
        <translation>Complete branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no branch known</source>
        <translation>no branch known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best</source>
        <translation>best</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worst</source>
        <translation>worst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hollow point on a dashed line is a month whose statistics are incomplete; a month without statistics is left out, never drawn as zero.</source>
        <translation>A hollow point on a dashed line is a month whose statistics are incomplete; a month without statistics is left out, never drawn as zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No month has a value yet.</source>
        <translation>No month has a value yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completeness of each province&apos;s statistics</source>
        <translation>Completeness of each province&apos;s statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months sent</source>
        <translation>Months sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest month</source>
        <translation>Latest month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches complete in it</source>
        <translation>Branches complete in it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no statistics yet</source>
        <translation>no statistics yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {what}.</source>
        <translation>Done: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bundle verifies only with the key that was its province&apos;s key for its number: bundles cut before a rotation stay valid, a retired key signs nothing new.</source>
        <translation>A bundle verifies only with the key that was its province&apos;s key for its number: bundles cut before a rotation stay valid, a retired key signs nothing new.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from No. {first} on</source>
        <translation>from No. {first} on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {first} to {last}</source>
        <translation>No. {first} to {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a province</source>
        <translation>Register a province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province code</source>
        <translation>Province code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key file (exported by the province&apos;s keys command)</source>
        <translation>Public key file (exported by the province&apos;s keys command)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste it</source>
        <translation>or paste it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-key a registered province by hand</source>
        <translation>Re-key a registered province by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key</source>
        <translation>Check the key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a province&apos;s key rotation</source>
        <translation>Apply a province&apos;s key rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation record file (from removable media)</source>
        <translation>Rotation record file (from removable media)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the record</source>
        <translation>Check the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the key</source>
        <translation>Confirm the key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from bundle No. {sequence} on</source>
        <translation>from bundle No. {sequence} on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It takes over from key</source>
        <translation>It takes over from key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id (fingerprint) to be trusted:</source>
        <translation>Key id (fingerprint) to be trusted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare it with the key id the province&apos;s secretary reads from the province&apos;s keys page (by telephone or in person) before you confirm.</source>
        <translation>Compare it with the key id the province&apos;s secretary reads from the province&apos;s keys page (by telephone or in person) before you confirm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm: trust this key</source>
        <translation>Confirm: trust this key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up center&apos;s dashboard, for the center&apos;s staff.</source>
        <translation>The follow-up center&apos;s dashboard, for the center&apos;s staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress of {province}</source>
        <translation>Progress of {province}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} stored row(s) could not be read and are left out</source>
        <translation>{count} stored row(s) could not be read and are left out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This province&apos;s plan data could not be read; the center&apos;s log names the rows.</source>
        <translation>This province&apos;s plan data could not be read; the center&apos;s log names the rows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This province has sent nothing yet (registered on {date}): its figures are not known.</source>
        <translation>This province has sent nothing yet (registered on {date}): its figures are not known.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan has arrived in this province&apos;s bundles yet.</source>
        <translation>No plan has arrived in this province&apos;s bundles yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities finished</source>
        <translation>Activities finished</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions meeting it</source>
        <translation>Solutions meeting it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver projects</source>
        <translation>Driver projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver project</source>
        <translation>Driver project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most behind schedule</source>
        <translation>Most behind schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</source>
        <translation>{count} more with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more with a progress report are behind schedule, each by less, and are not listed.</source>
        <translation>{count} more with a progress report are behind schedule, each by less, and are not listed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind schedule with no progress reported</source>
        <translation>Behind schedule with no progress reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their progress is unknown, not 0 %: they are not ranked with the activities above. The earliest planned finish first.</source>
        <translation>Their progress is unknown, not 0 %: they are not ranked with the activities above. The earliest planned finish first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more are not listed.</source>
        <translation>{count} more are not listed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of your provinces</source>
        <translation>Progress of your provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account sees {count} province: the figures here are that province&apos;s own overview, from the plan its bundles carried, not national figures.</source>
        <translation>Your account sees {count} province: the figures here are that province&apos;s own overview, from the plan its bundles carried, not national figures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each province&apos;s figures are those its own overview shows, from the plan its bundles carried. The figures here are the mean of your {count} provinces with a value, each counting once, not national figures.</source>
        <translation>Each province&apos;s figures are those its own overview shows, from the plan its bundles carried. The figures here are the mean of your {count} provinces with a value, each counting once, not national figures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National progress</source>
        <translation>National progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each province&apos;s figures are those its own overview shows, from the plan its bundles carried. National figures are the mean of the provinces with a value, each counting once.</source>
        <translation>Each province&apos;s figures are those its own overview shows, from the plan its bundles carried. National figures are the mean of the provinces with a value, each counting once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces with plan data</source>
        <translation>Provinces with plan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones of the Transformation Document</source>
        <translation>Milestones of the Transformation Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean value</source>
        <translation>Mean value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mean over your provinces that report each project.</source>
        <translation>The mean over your provinces that report each project.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mean over the provinces that report each project.</source>
        <translation>The mean over the provinces that report each project.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province is stale when no bundle has arrived for more than {days} days.</source>
        <translation>A province is stale when no bundle has arrived for more than {days} days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province that has sent nothing is counted from the day it was registered, and is marked as having sent nothing.</source>
        <translation>A province that has sent nothing is counted from the day it was registered, and is marked as having sent nothing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} province(s) shown.</source>
        <translation>{count} province(s) shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province to show.</source>
        <translation>No province to show.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{count} flag(s)</source>
        <translation>{count} flag(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {sequence}</source>
        <translation>No. {sequence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none applied yet</source>
        <translation>none applied yet</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>incomplete data — not ranked</source>
        <translation>incomplete data — not ranked</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Solutions not measurable</source>
        <translation>Solutions not measurable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{without_program} without an operational program, {without_activity} with programs but no activity</source>
        <translation>{without_program} without an operational program, {without_activity} with programs but no activity</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no period reported</source>
        <translation>no period reported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The six-monthly national status report</source>
        <translation>The six-monthly national status report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report the command line writes, limited to the {count} province(s) your account sees: their progress, milestone compliance, their ranking on every indicator, stale provinces, held and refused bundles, approvals and directives of one half-year. Its totals are theirs, not the whole country&apos;s.</source>
        <translation>The report the command line writes, limited to the {count} province(s) your account sees: their progress, milestone compliance, their ranking on every indicator, stale provinces, held and refused bundles, approvals and directives of one half-year. Its totals are theirs, not the whole country&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of every province, milestone compliance, the provinces ranked on every indicator, stale provinces, held and refused bundles, approvals and directives of one half-year — the report the command line writes.</source>
        <translation>Progress of every province, milestone compliance, the provinces ranked on every indicator, stale provinces, held and refused bundles, approvals and directives of one half-year — the report the command line writes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the report</source>
        <translation>Download the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report takes a few seconds.</source>
        <translation>Building the report takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/report_page.py" line="+22"/>
        <location filename="../desktop/center/web/template_messages.py" line="-7"/>
        <source>National report</source>
        <translation>National report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (to print)</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../desktop/center/dashboard/directives.py" line="+45"/>
        <location filename="../desktop/center/web/template_messages.py" line="-144"/>
        <source>The center&apos;s key is not unlocked: start serve with its key file and passphrase (RASAD_CENTER_PASSPHRASE) to issue directives.</source>
        <translation>The center&apos;s key is not unlocked: start serve with its key file and passphrase (RASAD_CENTER_PASSPHRASE) to issue directives.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{row}: {reason}</source>
        <translation>{row}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one province.</source>
        <translation>Choose at least one province.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>an activity line needs code | title | start | finish | weight | owner</source>
        <translation>an activity line needs code | title | start | finish | weight | owner</translation>
    </message>
    <message>
        <location filename="../desktop/center/dashboard/indicators.py" line="+41"/>
        <source>There is no indicator {value}.</source>
        <translation>There is no indicator {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no province {value} among those you see.</source>
        <translation>There is no province {value} among those you see.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no judicial district {value} in this province.</source>
        <translation>There is no judicial district {value} in this province.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province has sent statistics yet.</source>
        <translation>No province has sent statistics yet.</translation>
    </message>
    <message>
        <location line="+157"/>
        <location filename="../desktop/center/web/template_messages.py" line="+82"/>
        <source>Your provinces</source>
        <translation>Your provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/indicators_page.py" line="+30"/>
        <location filename="../desktop/center/web/template_messages.py" line="+1"/>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../desktop/center/dashboard/keys.py" line="+36"/>
        <source>The file is larger than {limit} bytes: it is not a key or a rotation record.</source>
        <translation>The file is larger than {limit} bytes: it is not a key or a rotation record.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the province&apos;s code (letters, digits, . _ -; at most 32) and its name.</source>
        <translation>Give the province&apos;s code (letters, digits, . _ -; at most 32) and its name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key is {actual}, not the {confirmed} you confirmed: nothing was changed.</source>
        <translation>The key is {actual}, not the {confirmed} you confirmed: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/dashboard_text.py" line="+18"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/directives_page.py" line="+25"/>
        <location filename="../desktop/center/web/template_messages.py" line="-98"/>
        <source>Directives</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly applied</source>
        <translation>partly applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet reported</source>
        <translation>not yet reported</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/indicators_page.py" line="-4"/>
        <location filename="../desktop/center/web/template_messages.py" line="+33"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete data</source>
        <translation>Incomplete data</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/keys_page.py" line="+25"/>
        <location filename="../desktop/center/web/template_messages.py" line="+30"/>
        <source>Province keys</source>
        <translation>Province keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new province is registered with this key.</source>
        <extracomment>what a confirmation will do (the preview&apos;s kind)</extracomment>
        <translation>A new province is registered with this key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province is re-keyed by hand: this key replaces its current key from its next bundle on.</source>
        <translation>The province is re-keyed by hand: this key replaces its current key from its next bundle on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the province&apos;s current key: only its name is updated.</source>
        <translation>This is the province&apos;s current key: only its name is updated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province&apos;s own rotation record, signed by its current key and this one.</source>
        <translation>The province&apos;s own rotation record, signed by its current key and this one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-keyed by hand</source>
        <translation>re-keyed by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current key again (only the name changes)</source>
        <translation>the current key again (only the name changes)</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/progress_page.py" line="+24"/>
        <location filename="../desktop/center/web/template_messages.py" line="+33"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/template_messages.py" line="+10"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/template_messages.py" line="-1"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no province&apos;s figures</source>
        <translation>no province&apos;s figures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{term}: {percent} by the end of {year}</source>
        <translation>{term}: {percent} by the end of {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{program} › {activity}</source>
        <extracomment>An activity named under its program&apos;s code, as the province&apos;s overview names it: «TD-S۰۱-P۱ › ۲.۳».</extracomment>
        <translation>{program} › {activity}</translation>
    </message>
    <message>
        <location filename="../desktop/center/locking.py" line="+37"/>
        <source>The center database is busy with another process; try again in a moment.</source>
        <translation>The center database is busy with another process; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../desktop/center/demo.py" line="+36"/>
        <source>The center already has {count} province(s): the demo goes only into a new center database.</source>
        <translation>The center already has {count} province(s): the demo goes only into a new center database.</translation>
    </message>
</context>
<context>
    <name>CenterLinkBox</name>
    <message>
        <location filename="../desktop/ui/pages/sync_link.py" line="+37"/>
        <source>Link to the center</source>
        <translation>Link to the center</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the center&apos;s key…</source>
        <translation>Import the center&apos;s key…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create the signing key</source>
        <translation>Create the signing key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the public key…</source>
        <translation>Export the public key…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Center address</source>
        <translation>Center address</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Center&apos;s key</source>
        <translation>Center&apos;s key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province&apos;s signing key</source>
        <translation>Province&apos;s signing key</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not set; finish the setup first)</source>
        <translation>(not set; finish the setup first)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not pinned yet</source>
        <translation>Not pinned yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key yet</source>
        <translation>No key yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key_id} — kept in the system keyring</source>
        <translation>{key_id} — kept in the system keyring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key_id} — kept in the encrypted file {path}</source>
        <translation>{key_id} — kept in the encrypted file {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring could not be used; the encrypted key file is used instead.</source>
        <translation>The system keyring could not be used; the encrypted key file is used instead.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The center&apos;s address was saved.</source>
        <translation>The center&apos;s address was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center&apos;s public key</source>
        <translation>The center&apos;s public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pub *.pem *.txt);;All files (*)</source>
        <translation>Public keys (*.pub *.pem *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The center&apos;s key</source>
        <translation>The center&apos;s key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center&apos;s key {key_id} is pinned: only receipts it signed are accepted.</source>
        <translation>The center&apos;s key {key_id} is pinned: only receipts it signed are accepted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing key {key_id} created. Export its public key and register it at the center.</source>
        <translation>Signing key {key_id} created. Export its public key and register it at the center.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Export the public key</source>
        <translation>Export the public key</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Public key {key_id} written to {path}.</source>
        <translation>Public key {key_id} written to {path}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/change_password.py" line="+28"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your password was changed. Use the new one from your next sign-in.</source>
        <translation>Your password was changed. Use the new one from your next sign-in.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../desktop/ui/charts/canvas.py" line="+109"/>
        <source>Save chart as PNG or SVG…</source>
        <translation>Save chart as PNG or SVG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli/commands_data.py" line="+56"/>
        <location line="+31"/>
        <source>The file {path} already exists; the demo is only written into a new database.</source>
        <translation>The file {path} already exists; the demo is only written into a new database.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Writing the demo province into {path}…</source>
        <translation>Writing the demo province into {path}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo database written to {path} in {seconds} s. Districts: {districts}; branches: {branches}; solutions: {solutions}; operational programs: {programs}; activities: {activities}; progress reports: {updates}; meetings: {meetings}; resolutions: {resolutions}.</source>
        <translation>Demo database written to {path} in {seconds} s. Districts: {districts}; branches: {branches}; solutions: {solutions}; operational programs: {programs}; activities: {activities}; progress reports: {updates}; meetings: {meetings}; resolutions: {resolutions}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To see what SQLite found, run the same command with --details.</source>
        <translation>To see what SQLite found, run the same command with --details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What SQLite found:</source>
        <translation>What SQLite found:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the database: {percent}% {table}</source>
        <translation>Checking the database: {percent}% {table}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the whole file)</source>
        <translation>(the whole file)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: the integrity check found no problem ({seconds} s).</source>
        <translation>{path}: the integrity check found no problem ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/output.py" line="+173"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Checking the database before its first change…</source>
        <translation>Checking the database before its first change…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the database before its first change: {percent}%</source>
        <translation>Checking the database before its first change: {percent}%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the database: it is open in another Rasad window or command, or a backup is being restored into it (at most {seconds} s)…</source>
        <translation>Waiting for the database: it is open in another Rasad window or command, or a backup is being restored into it (at most {seconds} s)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the database: another program is changing it (at most {seconds} s)…</source>
        <translation>Waiting for the database: another program is changing it (at most {seconds} s)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the database: it is busy with {activity} (process {pid}); at most {seconds} s…</source>
        <translation>Waiting for the database: it is busy with {activity} (process {pid}); at most {seconds} s…</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_data.py" line="-55"/>
        <source>{path}: integrity ok, schema revision {revision}.</source>
        <translation>{path}: integrity ok, schema revision {revision}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_import.py" line="+75"/>
        <source>{month}: figures changed for {count} branches: {codes}</source>
        <translation>{month}: figures changed for {count} branches: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month}: figures changed for {count} branches: {codes} and {more} more</source>
        <translation>{month}: figures changed for {count} branches: {codes} and {more} more</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path}: the kind of file could not be told from its headers; use --kind.</source>
        <translation>{path}: the kind of file could not be told from its headers; use --kind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the kind of file could not be told from the headers of its first sheet.</source>
        <translation>{path}: the kind of file could not be told from the headers of its first sheet.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{path}: the import was interrupted; nothing was written.</source>
        <translation>{path}: the import was interrupted; nothing was written.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the file and mark them withdrawn? [y/N] </source>
        <translation>Import the file and mark them withdrawn? [y/N] </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>branch {branch}: {count}</source>
        <translation>branch {branch}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{codes} and {more} more branches</source>
        <translation>{codes} and {more} more branches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: this case listing no longer holds {count} pending cases that earlier files brought; importing it marks them withdrawn (not deleted) - {codes}.</source>
        <translation>{path}: this case listing no longer holds {count} pending cases that earlier files brought; importing it marks them withdrawn (not deleted) - {codes}.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{path} was not imported; nothing was written. Give --confirm-withdrawals to import it, or --not-snapshot if the listing holds only some of the cases.</source>
        <translation>{path} was not imported; nothing was written. Give --confirm-withdrawals to import it, or --not-snapshot if the listing holds only some of the cases.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was already imported; nothing changed.</source>
        <translation>{path} was already imported; nothing changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: {written} of {read} rows imported ({kind}).</source>
        <translation>{path}: {written} of {read} rows imported ({kind}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows with problems left out: {count}.</source>
        <translation>Rows with problems left out: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was not imported (problems found: {count}); nothing was written.</source>
        <translation>{path} was not imported (problems found: {count}); nothing was written.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… problems not shown: {count}.</source>
        <translation>… problems not shown: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If {path} is in fact the newer export (a disposal or a move entered in error and undone since makes a newer export look older), import it with --newer-export.</source>
        <translation>If {path} is in fact the newer export (a disposal or a move entered in error and undone since makes a newer export look older), import it with --newer-export.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Problems saved to {path}.</source>
        <translation>Problems saved to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_indicators.py" line="+73"/>
        <source>Unknown indicator {code}. Known indicators: {codes}.</source>
        <translation>Unknown indicator {code}. Known indicators: {codes}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--district needs --level branch.</source>
        <translation>--district needs --level branch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no district with the code {code}.</source>
        <translation>There is no district with the code {code}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: the figures of {period} run through the end of {month}; the later months of the period have no statistics yet, so they are not comparable with a whole period&apos;s.</source>
        <translation>Note: the figures of {period} run through the end of {month}; the later months of the period have no statistics yet, so they are not comparable with a whole period&apos;s.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown case type {value}: this database has no case types yet (they come from imported case listings).</source>
        <translation>Unknown case type {value}: this database has no case types yet (they come from imported case listings).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown case type {value}. Known case types: {types}.</source>
        <translation>Unknown case type {value}. Known case types: {types}.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>--rows must be 0 or more.</source>
        <translation>--rows must be 0 or more.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{rows} rows written to {path} in {seconds} s.</source>
        <translation>{rows} rows written to {path} in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="+22"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent, held by the center</source>
        <translation>sent, held by the center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held until the earlier ones arrive</source>
        <translation>held until the earlier ones arrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already applied; nothing changed</source>
        <translation>already applied; nothing changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directive {sequence} {outcome} ({programs} program(s), {targets} target(s), {deadlines} deadline(s))</source>
        <translation>directive {sequence} {outcome} ({programs} program(s), {targets} target(s), {deadlines} deadline(s))</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database has no province code (setting {key}); set it first.</source>
        <translation>The database has no province code (setting {key}); set it first.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{count} row(s) the center holds differ from this database (changes the restore lost): the next bundle corrects them at the center.</source>
        <translation>{count} row(s) the center holds differ from this database (changes the restore lost): the next bundle corrects them at the center.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center holds the rows of the bundles taken back as this database has them: nothing to correct.</source>
        <translation>The center holds the rows of the bundles taken back as this database has them: nothing to correct.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/output.py" line="-110"/>
        <location filename="../desktop/cli/sync_support.py" line="-49"/>
        <source>The file {path} could not be used ({reason}).</source>
        <translation>The file {path} could not be used ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="+83"/>
        <source>ALARM: the center refused bundle {sequence} for good: {reason}
Nothing after it is sent. To recover, cut its changes again into a new bundle (the chain stays whole):
  python -m desktop bundle recut --db {db}
then sync again.</source>
        <translation>ALARM: the center refused bundle {sequence} for good: {reason}
Nothing after it is sent. To recover, cut its changes again into a new bundle (the chain stays whole):
  python -m desktop bundle recut --db {db}
then sync again.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_keys.py" line="+60"/>
        <source>Signing key {key_id} created for province {province} in {location}.</source>
        <translation>Signing key {key_id} created for province {province} in {location}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Province {province}: signing key {key_id} in {location}.</source>
        <translation>Province {province}: signing key {key_id} in {location}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public key {key_id} written to {path}.</source>
        <translation>Public key {key_id} written to {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing key {old} replaced by {new}; bundles from sequence {sequence} on are signed with the new key. The center learns of it at the next sync or from the record file.</source>
        <translation>Signing key {old} replaced by {new}; bundles from sequence {sequence} on are signed with the new key. The center learns of it at the next sync or from the record file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rotation record written to {path}.</source>
        <translation>Rotation record written to {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The center&apos;s key {key_id} is pinned.</source>
        <translation>The center&apos;s key {key_id} is pinned.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="+160"/>
        <location line="+81"/>
        <location line="+2"/>
        <source>{path}: {what}</source>
        <translation>{path}: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="-43"/>
        <source>The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} confirmed, head at sequence {head}.</source>
        <translation>The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} confirmed, head at sequence {head}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_sync.py" line="+122"/>
        <source>From the center: {what}</source>
        <translation>From the center: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="-135"/>
        <source>{count} bundle(s) written to {path}.</source>
        <translation>{count} bundle(s) written to {path}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{path}: bundle {sequence} is {state}.</source>
        <translation>{path}: bundle {sequence} is {state}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bundle {sequence} and the later ones not acknowledged ({removed} in all) were removed; their changes go into the next bundle, after bundle {head}.</source>
        <translation>Bundle {sequence} and the later ones not acknowledged ({removed} in all) were removed; their changes go into the next bundle, after bundle {head}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center holds another bundle at that place for this province: the next sync first takes the center&apos;s chain back (or use bundle resync --from FOLDER).</source>
        <translation>The center holds another bundle at that place for this province: the next sync first takes the center&apos;s chain back (or use bundle resync --from FOLDER).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Valid bundle: province {province}, sequence {sequence}, key {key_id}, {size} bytes; parts: {parts}.</source>
        <translation>Valid bundle: province {province}, sequence {sequence}, key {key_id}, {size} bytes; parts: {parts}.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../desktop/cli/commands_sync.py" line="-10"/>
        <source>The center could not be reached ({reason}).</source>
        <translation>The center could not be reached ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_sync.py" line="+6"/>
        <source>Sent {sent}, acknowledged {acknowledged}, rejected {rejected}, failed {failed}.</source>
        <translation>Sent {sent}, acknowledged {acknowledged}, rejected {rejected}, failed {failed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The center&apos;s directives were not fetched ({reason}).</source>
        <translation>The center&apos;s directives were not fetched ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The center did not take the bundle now ({reason}); it is sent again at {when}.</source>
        <translation>The center did not take the bundle now ({reason}); it is sent again at {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next attempt at {when} ({reason}).</source>
        <translation>Next attempt at {when} ({reason}).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Warning: no directive listing signed by the center has been received yet.</source>
        <translation>Warning: no directive listing signed by the center has been received yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the newest directive listing signed by the center is {days} day(s) old (more than {limit}); directives may be withheld.</source>
        <translation>Warning: the newest directive listing signed by the center is {days} day(s) old (more than {limit}); directives may be withheld.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="+18"/>
        <source>No center address is stored yet; give it once with --center https://...</source>
        <translation>No center address is stored yet; give it once with --center https://...</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_backup.py" line="+67"/>
        <source>--keep must be at least 1.</source>
        <translation>--keep must be at least 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking a backup: {phase} {percent}%</source>
        <translation>Taking a backup: {phase} {percent}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files beside the backups: {copied} copied now, {there} there already.</source>
        <translation>Evidence files beside the backups: {copied} copied now, {there} there already.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} evidence files the database refers to are missing or damaged in the evidence folder and could not be backed up.</source>
        <translation>{count} evidence files the database refers to are missing or damaged in the evidence folder and could not be backed up.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There are no backups in {folder}.</source>
        <translation>There are no backups in {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from an earlier version of Rasad: of this province, never removed by the rotation</source>
        <translation>from an earlier version of Rasad: of this province, never removed by the rotation</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+36"/>
        <source>Restoring the backup: {phase} {percent}%</source>
        <translation>Restoring the backup: {phase} {percent}%</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Restored {backup} into {path}. The replaced database was kept as {kept}.</source>
        <translation>Restored {backup} into {path}. The replaced database was kept as {kept}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was restored. To restore it all the same, add {option}.</source>
        <translation>Nothing was restored. To restore it all the same, add {option}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restored {backup} into {path}, where no province was set up yet.</source>
        <translation>Restored {backup} into {path}, where no province was set up yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {backup} into {path}, where there was no database before.</source>
        <translation>Restored {backup} into {path}, where there was no database before.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence files brought back from beside the backup: {copied} ({there} were in place).</source>
        <translation>Evidence files brought back from beside the backup: {copied} ({there} were in place).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup (or are damaged there): their reports and resolutions list them as missing.</source>
        <translation>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup (or are damaged there): their reports and resolutions list them as missing.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_report.py" line="+71"/>
        <location filename="../desktop/cli/commands_screenshots.py" line="+76"/>
        <source>--as-of must be a date such as 1405-09-02 (Jalali) or 2026-11-23.</source>
        <translation>--as-of must be a date such as 1405-09-02 (Jalali) or 2026-11-23.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gathering the report&apos;s figures… {percent}%</source>
        <translation>Gathering the report&apos;s figures… {percent}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {file}… {percent}%</source>
        <translation>Writing {file}… {percent}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no data for {period}; the report says so.</source>
        <translation>There is no data for {period}; the report says so.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for {period} has part of its data: {missing}</source>
        <translation>The report for {period} has part of its data: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written to {path} in {seconds} s.</source>
        <translation>Report written to {path} in {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} charts saved in {folder}.</source>
        <translation>{count} charts saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/acting_user.py" line="+46"/>
        <source>This database has user accounts: name yours with --user (the password is read from RASAD_PASSWORD or asked for).</source>
        <translation>This database has user accounts: name yours with --user (the password is read from RASAD_PASSWORD or asked for).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password for {user}: set {variable}, or run the command in a terminal to be asked.</source>
        <translation>No password for {user}: set {variable}, or run the command in a terminal to be asked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_comment.py" line="+56"/>
        <source>Comment recorded: {district}, {month}.</source>
        <translation>Comment recorded: {district}, {month}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no comments for district {district}.</source>
        <translation>There are no comments for district {district}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no comments for district {district} in {period}.</source>
        <translation>There are no comments for district {district} in {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_screenshots.py" line="-5"/>
        <source>--size must be WIDTHxHEIGHT, such as 1366x768.</source>
        <translation>--size must be WIDTHxHEIGHT, such as 1366x768.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The pictures could not be written to {path}: {reason}</source>
        <translation>The pictures could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} pictures written to {path}.</source>
        <translation>{count} pictures written to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_accounts.py" line="+100"/>
        <source>Account {login} added.</source>
        <translation>Account {login} added.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Account {login} changed.</source>
        <translation>Account {login} changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the account whose password changes with --user.</source>
        <translation>Name the account whose password changes with --user.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password of {login} is changed; sign in with the new one from now on.</source>
        <translation>The password of {login} is changed; sign in with the new one from now on.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no accounts: anyone who opens the database acts as the secretary. &apos;accounts add&apos; creates the first.</source>
        <translation>There are no accounts: anyone who opens the database acts as the secretary. &apos;accounts add&apos; creates the first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Account {login} can sign in again.</source>
        <translation>Account {login} can sign in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {login} is disabled; it can no longer sign in.</source>
        <translation>Account {login} is disabled; it can no longer sign in.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password of {login} is reset.</source>
        <translation>The password of {login} is reset.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write this recovery code down and keep it away from the computer: it is shown only this once. With it, `accounts recover LOGIN` sets a secretary&apos;s password anew; it works once, and any earlier code no longer works.</source>
        <translation>Write this recovery code down and keep it away from the computer: it is shown only this once. With it, `accounts recover LOGIN` sets a secretary&apos;s password anew; it works once, and any earlier code no longer works.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recovery code for {user}: set {variable}, or run the command in a terminal to be asked.</source>
        <translation>No recovery code for {user}: set {variable}, or run the command in a terminal to be asked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code for {user}: </source>
        <translation>Recovery code for {user}: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password of {login} is set anew and its lock lifted; the recovery code is used up (issue a new one once signed in).</source>
        <translation>The password of {login} is set anew and its lock lifted; the recovery code is used up (issue a new one once signed in).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_audit.py" line="+57"/>
        <source>--limit must be at least 1.</source>
        <translation>--limit must be at least 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--table and --operation filter changes; audit events are filtered with --kind.</source>
        <translation>--table and --operation filter changes; audit events are filtered with --kind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind filters audit events; add --events.</source>
        <translation>--kind filters audit events; add --events.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_settings.py" line="+65"/>
        <source>Changes are now recorded under the name {name}.</source>
        <translation>Changes are now recorded under the name {name}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The letterhead has no emblem now.</source>
        <translation>The letterhead has no emblem now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emblem {file} is kept in the database; reports printed with a letterhead show it.</source>
        <translation>The emblem {file} is kept in the database; reports printed with a letterhead show it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letterhead has no emblem.</source>
        <translation>The letterhead has no emblem.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_setup.py" line="+55"/>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is already set up (it has user accounts).</source>
        <translation>{path} is already set up (it has user accounts).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is set up: province {province}, {districts} district(s), secretary {login}.</source>
        <translation>{path} is set up: province {province}, {districts} district(s), secretary {login}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--district takes CODE=NAME, e.g. 01=حوزه قضایی قم; not {value}.</source>
        <translation>--district takes CODE=NAME, e.g. 01=حوزه قضایی قم; not {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a CSV file of districts (code,name) in UTF-8.</source>
        <translation>{path} is not a CSV file of districts (code,name) in UTF-8.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plans.py" line="+125"/>
        <source>Progress of activity {id} recorded: {percent}% on {day}.</source>
        <translation>Progress of activity {id} recorded: {percent}% on {day}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/dates.py" line="+50"/>
        <source>&apos;{value}&apos; is not a date: give a Jalali date such as 1405-08-15 or a Gregorian one such as 2026-11-06</source>
        <translation>&apos;{value}&apos; is not a date: give a Jalali date such as 1405-08-15 or a Gregorian one such as 2026-11-06</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_meeting_edits.py" line="+128"/>
        <source>Meeting {id} deleted, with its resolutions.</source>
        <translation>Meeting {id} deleted, with its resolutions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting {id} added.</source>
        <translation>Meeting {id} added.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting {id} changed.</source>
        <translation>Meeting {id} changed.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Resolution {id} deleted.</source>
        <translation>Resolution {id} deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Resolution {id} changed.</source>
        <translation>Resolution {id} changed.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Follow-up note added to resolution {id}.</source>
        <translation>Follow-up note added to resolution {id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files attached to resolution {id}: {count}.</source>
        <translation>Evidence files attached to resolution {id}: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution {id} added.</source>
        <translation>Resolution {id} added.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plan_edits.py" line="+140"/>
        <source>Solution {id} added.</source>
        <translation>Solution {id} added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program {id} added.</source>
        <translation>Operational program {id} added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {id} added.</source>
        <translation>Activity {id} added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution {id} changed.</source>
        <translation>Solution {id} changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program {id} changed.</source>
        <translation>Operational program {id} changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {id} changed.</source>
        <translation>Activity {id} changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution {id} deleted, with its programs and activities.</source>
        <translation>Solution {id} deleted, with its programs and activities.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program {id} deleted, with its activities.</source>
        <translation>Operational program {id} deleted, with its activities.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {id} deleted, with its sub-activities.</source>
        <translation>Activity {id} deleted, with its sub-activities.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{option} takes a number or none, not &apos;{value}&apos;.</source>
        <translation>{option} takes a number or none, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/field_words.py" line="+12"/>
        <source>Check {field}.</source>
        <translation>Check {field}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period</source>
        <translation>the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file</source>
        <translation>the output file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file format</source>
        <translation>the file format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meeting&apos;s date</source>
        <translation>the meeting&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline</source>
        <translation>the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the completion date</source>
        <translation>the completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note&apos;s date</source>
        <translation>the note&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the progress report&apos;s date</source>
        <translation>the progress report&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned finish</source>
        <translation>the planned finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number</source>
        <translation>the number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the display name</source>
        <translation>the display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s name</source>
        <translation>the user&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name</source>
        <translation>the user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password</source>
        <translation>the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new password</source>
        <translation>the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repeated password</source>
        <translation>the repeated password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code</source>
        <translation>the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the district&apos;s code</source>
        <translation>the district&apos;s code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the province&apos;s code</source>
        <translation>the province&apos;s code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branch&apos;s code</source>
        <translation>the branch&apos;s code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branch&apos;s name</source>
        <translation>the branch&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the judicial district</source>
        <translation>the judicial district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the judicial districts</source>
        <translation>the judicial districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branches</source>
        <translation>the branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parent activity</source>
        <translation>the parent activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the percentage</source>
        <translation>the percentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weight</source>
        <translation>the weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target</source>
        <translation>the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the solution&apos;s term</source>
        <translation>the solution&apos;s term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit type</source>
        <translation>the unit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind of unit</source>
        <translation>the kind of unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason</source>
        <translation>the reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office hours</source>
        <translation>the office hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the earliest registration year</source>
        <translation>the earliest registration year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emblem&apos;s picture</source>
        <translation>the emblem&apos;s picture</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../desktop/center/cli_parser.py" line="+49"/>
        <source>language of messages (default: RASAD_CENTER_LANG, else English)</source>
        <translation>language of messages (default: RASAD_CENTER_LANG, else English)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run the HTTP service</source>
        <translation>run the HTTP service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ingest bundle files (e.g. from removable media)</source>
        <translation>ingest bundle files (e.g. from removable media)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder to write each receipt to</source>
        <translation>folder to write each receipt to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register a province&apos;s public key</source>
        <translation>register a province&apos;s public key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>re-key a registered province by hand (recorded; the new key signs from its next bundle on)</source>
        <translation>re-key a registered province by hand (recorded; the new key signs from its next bundle on)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apply a province&apos;s key rotation record (from removable media)</source>
        <translation>apply a province&apos;s key rotation record (from removable media)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>issue a signed directive bundle to a province</source>
        <translation>issue a signed directive bundle to a province</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the directives as JSON (docs/bundles.md)</source>
        <translation>the directives as JSON (docs/bundles.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the bundle into this folder (removable media)</source>
        <translation>also write the bundle into this folder (removable media)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a province&apos;s applied bundles and receipts to a folder (for its restore, on removable media)</source>
        <translation>write a province&apos;s applied bundles and receipts to a folder (for its restore, on removable media)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>which provinces are stale, held bundles and flags</source>
        <translation>which provinces are stale, held bundles and flags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all provinces&apos; progress and latest indicators</source>
        <translation>all provinces&apos; progress and latest indicators</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one line per request and per ingest outcome on stderr: text for a console, json for a log collector (docs/deployment.md)</source>
        <translation>one line per request and per ingest outcome on stderr: text for a console, json for a log collector (docs/deployment.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma-separated addresses of the reverse proxies whose X-Forwarded-For/-Proto are trusted (default: none, the connecting address is the client&apos;s)</source>
        <translation>comma-separated addresses of the reverse proxies whose X-Forwarded-For/-Proto are trusted (default: none, the connecting address is the client&apos;s)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location filename="../desktop/cli/help_texts.py" line="+13"/>
        <source>the command to run; %(prog)s COMMAND --help shows its options</source>
        <translation>the command to run; %(prog)s COMMAND --help shows its options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the center&apos;s database address, e.g. sqlite:///center.db or postgresql+psycopg://...</source>
        <translation>the center&apos;s database address, e.g. sqlite:///center.db or postgresql+psycopg://...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center&apos;s encrypted key file (default: RASAD_CENTER_KEY_FILE)</source>
        <translation>the center&apos;s encrypted key file (default: RASAD_CENTER_KEY_FILE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the province&apos;s code, e.g. QOM</source>
        <translation>the province&apos;s code, e.g. QOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a province is stale after this many days without a bundle (default %(default)s)</source>
        <translation>a province is stale after this many days without a bundle (default %(default)s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the address to listen on (default %(default)s)</source>
        <translation>the address to listen on (default %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port to listen on (default %(default)s)</source>
        <translation>the port to listen on (default %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provinces&apos; bundle files and key rotation records</source>
        <translation>the provinces&apos; bundle files and key rotation records</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../desktop/cli/commands_setup.py" line="-90"/>
        <source>the province&apos;s name</source>
        <translation>the province&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the public key file the province wrote (keys export-public)</source>
        <translation>the public key file the province wrote (keys export-public)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the province&apos;s key rotation record file</source>
        <translation>the province&apos;s key rotation record file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>table: a line of key=value per province; json: a list (default %(default)s)</source>
        <translation>table: a line of key=value per province; json: a list (default %(default)s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seconds a connection has to send a request&apos;s line and headers before it is closed (default %(default)s)</source>
        <translation>seconds a connection has to send a request&apos;s line and headers before it is closed (default %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seconds an ingest waits for its province&apos;s lock before answering 503 + Retry-After (default %(default)s)</source>
        <translation>seconds an ingest waits for its province&apos;s lock before answering 503 + Retry-After (default %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>posted bodies and credential checks handled at once (more get 503 + Retry-After; default %(default)s)</source>
        <translation>posted bodies and credential checks handled at once (more get 503 + Retry-After; default %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dashboard cookies without the Secure flag: only to try the dashboard over plain http on one&apos;s own machine (docs/access.md)</source>
        <translation>dashboard cookies without the Secure flag: only to try the dashboard over plain http on one&apos;s own machine (docs/access.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of those, how many one remote address may hold (default: half; behind a reverse proxy, where every client has the proxy&apos;s address, give --max-unauthenticated)</source>
        <translation>of those, how many one remote address may hold (default: half; behind a reverse proxy, where every client has the proxy&apos;s address, give --max-unauthenticated)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>staff sign-ins checked at once, each an Argon2id hash of 64 MiB (more get a busy page, 503; one remote address at most half; default %(default)s)</source>
        <translation>staff sign-ins checked at once, each an Argon2id hash of 64 MiB (more get a busy page, 503; one remote address at most half; default %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the six-monthly national status report (PDF or Excel)</source>
        <translation>write the six-monthly national status report (PDF or Excel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the half-year, such as 1405-H1</source>
        <translation>the half-year, such as 1405-H1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to write (.pdf or .xlsx)</source>
        <translation>the file to write (.pdf or .xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pdf or xlsx (default: from the file&apos;s extension)</source>
        <translation>pdf or xlsx (default: from the file&apos;s extension)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credentials of the center&apos;s staff for /status and /national</source>
        <translation>credentials of the center&apos;s staff for /status and /national</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a token (--name), list the tokens or revoke one (--id)</source>
        <translation>add a token (--name), list the tokens or revoke one (--id)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whose token it is (add)</source>
        <translation>whose token it is (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token to revoke</source>
        <translation>the token to revoke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the staff&apos;s accounts for the dashboard (docs/access.md)</source>
        <translation>the staff&apos;s accounts for the dashboard (docs/access.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list: every account; audit: the latest sign-ins and actions; the others change the account of --user</source>
        <translation>list: every account; audit: the latest sign-ins and actions; the others change the account of --user</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli/help_texts.py" line="+8"/>
        <source>the account&apos;s user name</source>
        <extracomment>an account named by its login (``accounts disable LOGIN``); the center&apos;s ``accounts --user`` says the same</extracomment>
        <translation>the account&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name shown for the account (add)</source>
        <translation>the name shown for the account (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, set-role</source>
        <translation>add, set-role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a liaison&apos;s provinces, comma-separated (THR,QOM)</source>
        <translation>a liaison&apos;s provinces, comma-separated (THR,QOM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account&apos;s language (add)</source>
        <translation>the account&apos;s language (add)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the password from the first line of standard input (never from the command line); otherwise it is asked for twice</source>
        <translation>read the password from the first line of standard input (never from the command line); otherwise it is asked for twice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit rows to show (newest first)</source>
        <translation>audit rows to show (newest first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the center to a new key (created with init-key); provinces follow on their next sync</source>
        <translation>move the center to a new key (created with init-key); provinces follow on their next sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current key file</source>
        <translation>the current key file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new key file (its passphrase in RASAD_CENTER_NEW_PASSPHRASE, or the same one)</source>
        <translation>the new key file (its passphrase in RASAD_CENTER_NEW_PASSPHRASE, or the same one)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill a new center database with demo provinces&apos; real signed bundles, to try the dashboard</source>
        <translation>fill a new center database with demo provinces&apos; real signed bundles, to try the dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the demo provinces are the same for the same seed</source>
        <translation>the demo provinces are the same for the same seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the center&apos;s key in an encrypted file</source>
        <translation>create the center&apos;s key in an encrypted file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key file to create (its passphrase in RASAD_CENTER_PASSPHRASE)</source>
        <translation>the key file to create (its passphrase in RASAD_CENTER_PASSPHRASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the public key (to pin in provinces)</source>
        <translation>also write the public key (to pin in provinces)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli/main.py" line="+67"/>
        <source>language of messages (fa or en)</source>
        <translation>language of messages (fa or en)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/acting_user.py" line="-48"/>
        <source>act as this account (password from RASAD_PASSWORD or asked for); required once the database has accounts</source>
        <translation>act as this account (password from RASAD_PASSWORD or asked for); required once the database has accounts</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_accounts.py" line="-217"/>
        <source>user accounts: add, change, list, disable, reset a password</source>
        <translation>user accounts: add, change, list, disable, reset a password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add an account (its password from RASAD_NEW_PASSWORD or asked)</source>
        <translation>add an account (its password from RASAD_NEW_PASSWORD or asked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name (Latin letters)</source>
        <translation>the user name (Latin letters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the name the change log shows</source>
        <translation>the name the change log shows</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>the account&apos;s role</source>
        <translation>the account&apos;s role</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>the district&apos;s code (a district head only)</source>
        <translation>the district&apos;s code (a district head only)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>change an account&apos;s user name, name shown, role or district (the options given)</source>
        <translation>change an account&apos;s user name, name shown, role or district (the options given)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its new user name (Latin letters)</source>
        <translation>its new user name (Latin letters)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change your own password (--user; the current one as for signing in, the new one from RASAD_NEW_PASSWORD or asked)</source>
        <translation>change your own password (--user; the current one as for signing in, the new one from RASAD_NEW_PASSWORD or asked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every account, its role, district and state</source>
        <translation>every account, its role, district and state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop an account from signing in (its history stays)</source>
        <translation>stop an account from signing in (its history stays)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let a disabled account sign in again</source>
        <translation>let a disabled account sign in again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a new password (RASAD_NEW_PASSWORD or asked); also lifts a lock</source>
        <translation>set a new password (RASAD_NEW_PASSWORD or asked); also lifts a lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue a one-time code that recovers a locked-out or forgotten secretary (secretary; shown once, any earlier code stops working)</source>
        <translation>issue a one-time code that recovers a locked-out or forgotten secretary (secretary; shown once, any earlier code stops working)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a secretary&apos;s password anew with the recovery code (RASAD_RECOVERY_CODE or asked) and lift the lock; no sign-in needed</source>
        <translation>set a secretary&apos;s password anew with the recovery code (RASAD_RECOVERY_CODE or asked) and lift the lock; no sign-in needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secretary&apos;s user name</source>
        <translation>the secretary&apos;s user name</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_app.py" line="+13"/>
        <source>start the window (the default command)</source>
        <translation>start the window (the default command)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database file (default: the user&apos;s data folder)</source>
        <translation>database file (default: the user&apos;s data folder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the demo database (created on first use, apart from any real one)</source>
        <translation>open the demo database (created on first use, apart from any real one)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of the window (default: saved setting, Persian)</source>
        <translation>language of the window (default: saved setting, Persian)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the database, render the home page offscreen and exit 0</source>
        <translation>open the database, render the home page offscreen and exit 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save a picture of the first painted window and exit</source>
        <translation>save a picture of the first painted window and exit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this page (one the signed-in user is given; else the overview)</source>
        <translation>open on this page (one the signed-in user is given; else the overview)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_approval.py" line="+19"/>
        <source>submit, withdraw, approve, send back or reopen a period; its status</source>
        <translation>submit, withdraw, approve, send back or reopen a period; its status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ask the chief justice to approve a period once it is over; its data is locked while it awaits approval (secretary)</source>
        <translation>ask the chief justice to approve a period once it is over; its data is locked while it awaits approval (secretary)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take back a submission not yet decided: the period&apos;s data can be changed again (secretary)</source>
        <translation>take back a submission not yet decided: the period&apos;s data can be changed again (secretary)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approve a submitted period: its data is locked (chief justice)</source>
        <translation>approve a submitted period: its data is locked (chief justice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return a submitted period with a reason (chief justice)</source>
        <translation>return a submitted period with a reason (chief justice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlock an approved period with a reason (chief justice)</source>
        <translation>unlock an approved period with a reason (chief justice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the state of a period, or of every period of a year</source>
        <translation>the state of a period, or of every period of a year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the approved figures that differ today, with their causes</source>
        <translation>the approved figures that differ today, with their causes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>a month (1405-07) or a half-year (1405-H1)</source>
        <translation>a month (1405-07) or a half-year (1405-H1)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>why, kept with the period&apos;s status</source>
        <translation>why, kept with the period&apos;s status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Jalali year: its halves and months</source>
        <translation>a Jalali year: its halves and months</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: a row per differing figure (kind figure) and per cause (kind cause); json: one object with the approval, its differences and their causes by section</source>
        <translation>csv: a row per differing figure (kind figure) and per cause (kind cause); json: one object with the approval, its differences and their causes by section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the change-log entries after the approval that touch the period instead</source>
        <translation>list the change-log entries after the approval that touch the period instead</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/commands_audit.py" line="-21"/>
        <location filename="../desktop/cli/commands_indicators.py" line="-210"/>
        <location filename="../desktop/cli/commands_meetings.py" line="+32"/>
        <location filename="../desktop/cli/commands_plans.py" line="-98"/>
        <source>write to this file instead of the screen</source>
        <translation>write to this file instead of the screen</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_audit.py" line="-26"/>
        <source>the audit trail: who changed what, when</source>
        <translation>the audit trail: who changed what, when</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes, or with --events the audit events, newest first (a district head may not read them)</source>
        <translation>changes, or with --events the audit events, newest first (a district head may not read them)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the audit events (refusals, exports, backups, restores, keys, settings) instead of the changes</source>
        <translation>list the audit events (refusals, exports, backups, restores, keys, settings) instead of the changes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only changes by this user (with --events: this login or display name)</source>
        <translation>only changes by this user (with --events: this login or display name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --events: only events of this kind</source>
        <translation>with --events: only events of this kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes of this table, e.g. activity</source>
        <translation>only changes of this table, e.g. activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only rows added (insert), changed (update) or removed (delete)</source>
        <translation>only rows added (insert), changed (update) or removed (delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes made in this Jalali period, e.g. 1405-07</source>
        <translation>only changes made in this Jalali period, e.g. 1405-07</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many (default %(default)s)</source>
        <translation>at most this many (default %(default)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_backup.py" line="-168"/>
        <source>back the database up or restore a backup</source>
        <translation>back the database up or restore a backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take a verified backup now (the oldest beyond --keep go)</source>
        <translation>take a verified backup now (the oldest beyond --keep go)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many backups to keep (default %(default)s)</source>
        <translation>how many backups to keep (default %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the backups, newest first</source>
        <translation>list the backups, newest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the database with a backup (verified first)</source>
        <translation>replace the database with a backup (verified first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to restore</source>
        <translation>the backup file to restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore it even though it is a backup of another province (its data, province and name replace this database&apos;s)</source>
        <translation>restore it even though it is a backup of another province (its data, province and name replace this database&apos;s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore it even though it is a backup of another installation&apos;s database of this province (its data replaces this database&apos;s)</source>
        <translation>restore it even though it is a backup of another installation&apos;s database of this province (its data replaces this database&apos;s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore it even though it would leave the database with no account (anyone who opens it acts as the secretary)</source>
        <translation>restore it even though it would leave the database with no account (anyone who opens it acts as the secretary)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup folder</source>
        <translation>the backup folder</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="-110"/>
        <source>progress bundles on removable media</source>
        <translation>progress bundles on removable media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cut the changes and write every pending bundle to a folder</source>
        <translation>cut the changes and write every pending bundle to a folder</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_parser.py" line="-108"/>
        <location filename="../desktop/cli/commands_bundle.py" line="+3"/>
        <source>the folder to write into</source>
        <translation>the folder to write into</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="+3"/>
        <source>settle bundles with the center&apos;s receipt files</source>
        <translation>settle bundles with the center&apos;s receipt files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the receipt files the center wrote</source>
        <translation>the receipt files the center wrote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file, to erase a retired key once the center evidently has its rotation</source>
        <translation>the key file, to erase a retired key once the center evidently has its rotation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>after restoring a backup: take the province&apos;s bundle chain back from the center before anything is sent</source>
        <translation>after restoring a backup: take the province&apos;s bundle chain back from the center before anything is sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a folder the center exported (export-chain) instead of asking the center online</source>
        <translation>a folder the center exported (export-chain) instead of asking the center online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the center&apos;s address (else the one stored)</source>
        <translation>the center&apos;s address (else the one stored)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after the center refused a bundle for good: remove it and the later unacknowledged ones; their changes go into the next bundle</source>
        <translation>after the center refused a bundle for good: remove it and the later unacknowledged ones; their changes go into the next bundle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check a bundle file against a public key</source>
        <translation>check a bundle file against a public key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle file to check</source>
        <translation>the bundle file to check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signing province&apos;s public key file (keys export-public)</source>
        <translation>the signing province&apos;s public key file (keys export-public)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province the bundle must come from</source>
        <translation>the province the bundle must come from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directive bundles from the center</source>
        <translation>directive bundles from the center</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify and apply directive files (removable media)</source>
        <translation>verify and apply directive files (removable media)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the directive bundle files the center issued</source>
        <translation>the directive bundle files the center issued</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_comment.py" line="-58"/>
        <source>comments on a judicial district&apos;s month</source>
        <translation>comments on a judicial district&apos;s month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment on a district&apos;s month</source>
        <translation>comment on a district&apos;s month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the comment&apos;s text</source>
        <translation>the comment&apos;s text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month, e.g. 1405-08</source>
        <translation>a month, e.g. 1405-08</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the comments on a district (of one month, or all)</source>
        <translation>the comments on a district (of one month, or all)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a month, e.g. 1405-08 (default: every month)</source>
        <translation>a month, e.g. 1405-08 (default: every month)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the district&apos;s code</source>
        <translation>the district&apos;s code</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_data.py" line="-137"/>
        <source>create a demo database of a realistic province (deterministic)</source>
        <translation>create a demo database of a realistic province (deterministic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file to create</source>
        <translation>the database file to create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>normal: Qom-sized (about 100 branches); large: Tehran-sized (3,000 branches)</source>
        <translation>normal: Qom-sized (about 100 branches); large: Tehran-sized (3,000 branches)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/commands_indicators.py" line="+19"/>
        <source>random seed (default %(default)s)</source>
        <translation>random seed (default %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the demo&apos;s &apos;today&apos;, as YYYY-MM-DD (default: today)</source>
        <translation>the demo&apos;s &apos;today&apos;, as YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a database file (integrity, schema version) and count its rows</source>
        <translation>check a database file (integrity, schema version) and count its rows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check: only the full integrity check, with progress (exit 7 when damaged); describe (default): the check, then the schema revision and each table&apos;s rows</source>
        <translation>check: only the full integrity check, with progress (exit 7 when damaged); describe (default): the check, then the schema revision and each table&apos;s rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when the database is damaged, also print what SQLite&apos;s check found, in its own English words (for whoever is asked to look into it)</source>
        <translation>when the database is damaged, also print what SQLite&apos;s check found, in its own English words (for whoever is asked to look into it)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_import.py" line="-150"/>
        <source>import CSV or Excel exports of the case-management system</source>
        <translation>import CSV or Excel exports of the case-management system</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or .xlsx files</source>
        <translation>CSV or .xlsx files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kind of every file (default: guessed from its headers)</source>
        <translation>the kind of every file (default: guessed from its headers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the valid rows of a file that has problems (default: write nothing)</source>
        <translation>write the valid rows of a file that has problems (default: write nothing)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save every file&apos;s problems to this CSV file</source>
        <translation>save every file&apos;s problems to this CSV file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case listing is partial: do not mark the cases it lacks as withdrawn (default: a listing is a full snapshot of the branches and months it covers)</source>
        <translation>a case listing is partial: do not mark the cases it lacks as withdrawn (default: a listing is a full snapshot of the branches and months it covers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accept that a snapshot case listing marks the pending cases it no longer holds withdrawn (default: asked on a terminal; elsewhere the file is not imported and the counts are printed)</source>
        <translation>accept that a snapshot case listing marks the pending cases it no longer holds withdrawn (default: asked on a terminal; elsewhere the file is not imported and the counts are printed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the case listing is newer than every one imported before, though it shows pending a case one of them saw disposed of or moved away (a disposal or a move entered in error and undone): its rows are not refused as older</source>
        <translation>the case listing is newer than every one imported before, though it shows pending a case one of them saw disposed of or moved away (a disposal or a move entered in error and undone): its rows are not refused as older</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>store the earliest plausible registration year (the database setting, default 1370) before importing</source>
        <translation>store the earliest plausible registration year (the database setting, default 1370) before importing</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_indicators.py" line="-34"/>
        <source>print an indicator table (province, districts or branches)</source>
        <translation>print an indicator table (province, districts or branches)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indicator code, e.g. clearance_rate</source>
        <translation>indicator code, e.g. clearance_rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a row for the province, for each district or for each branch</source>
        <translation>a row for the province, for each district or for each branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district code: only its branches (with --level branch)</source>
        <translation>district code: only its branches (with --level branch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1403-07, 1403-Q2, 1403-H1 or 1403</source>
        <translation>1403-07, 1403-Q2, 1403-H1 or 1403</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one case type (default: all)</source>
        <translation>one case type (default: all)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write a generated CMS export file (benchmarks, tests)</source>
        <translation>write a generated CMS export file (benchmarks, tests)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>which export: case listing, monthly statistics, satisfaction or branch registry</source>
        <translation>which export: case listing, monthly statistics, satisfaction or branch registry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many rows to write</source>
        <translation>how many rows to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s format (default %(default)s)</source>
        <translation>the file&apos;s format (default %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text encoding of a CSV file (default %(default)s)</source>
        <translation>the text encoding of a CSV file (default %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take the branch codes from this database</source>
        <translation>take the branch codes from this database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without --db: how many generated branch codes</source>
        <translation>without --db: how many generated branch codes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the files&apos; &apos;today&apos;, as YYYY-MM-DD (default: today)</source>
        <translation>the files&apos; &apos;today&apos;, as YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_keys.py" line="-109"/>
        <source>the province&apos;s signing key</source>
        <translation>the province&apos;s signing key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate the province&apos;s signing key (never replaces one)</source>
        <translation>generate the province&apos;s signing key (never replaces one)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the key id and where the key is kept</source>
        <translation>show the key id and where the key is kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the public key, for registration at the center</source>
        <translation>write the public key, for registration at the center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to write the public key to</source>
        <translation>the file to write the public key to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the signing key with a new one, announced by a record signed by both keys</source>
        <translation>replace the signing key with a new one, announced by a record signed by both keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the rotation record to this file</source>
        <translation>also write the rotation record to this file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pin the center&apos;s public key (from the file the center gave)</source>
        <translation>pin the center&apos;s public key (from the file the center gave)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center&apos;s public key file</source>
        <translation>the center&apos;s public key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace a different key pinned before</source>
        <translation>replace a different key pinned before</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_meetings.py" line="-17"/>
        <source>council meetings and their resolutions: list, add, edit, delete; status, notes, evidence</source>
        <translation>council meetings and their resolutions: list, add, edit, delete; status, notes, evidence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meetings, newest first, with their resolution counts</source>
        <translation>the meetings, newest first, with their resolution counts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolutions, with deadline, status and days overdue</source>
        <translation>the resolutions, with deadline, status and days overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only those not done or cancelled</source>
        <translation>only those not done or cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only overdue ones</source>
        <translation>only overdue ones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this owner&apos;s</source>
        <translation>only this owner&apos;s</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plans.py" line="-9"/>
        <source>the overview: overall progress, plans, milestones, driver projects, what is most behind, the units at risk and those not judged for incomplete statistics (JSON)</source>
        <translation>the overview: overall progress, plans, milestones, driver projects, what is most behind, the units at risk and those not judged for incomplete statistics (JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plans, solutions, programs and activities: list, add, edit, delete; report progress</source>
        <translation>plans, solutions, programs and activities: list, add, edit, delete; report progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan tree, one row per node, with PV, EV and SPI</source>
        <translation>the plan tree, one row per node, with PV, EV and SPI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report an activity&apos;s percent complete on a date</source>
        <translation>report an activity&apos;s percent complete on a date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activity&apos;s id (from `plans list`)</source>
        <translation>the activity&apos;s id (from `plans list`)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the percent complete, 0 to 100</source>
        <translation>the percent complete, 0 to 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date reported, YYYY-MM-DD (default: today)</source>
        <translation>the date reported, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note kept with the report</source>
        <translation>a note kept with the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence files, copied and kept with the report</source>
        <translation>evidence files, copied and kept with the report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;today&apos;, YYYY-MM-DD</source>
        <translation>&apos;today&apos;, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_report.py" line="-105"/>
        <source>write a report as PDF or Excel</source>
        <translation>write a report as PDF or Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status: six-monthly status (--period 1404-H1); citizens: quarterly citizens&apos; rights (1404-Q2); district: monthly district statistics (1404-07)</source>
        <translation>status: six-monthly status (--period 1404-H1); citizens: quarterly citizens&apos; rights (1404-Q2); district: monthly district statistics (1404-07)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1404-H1, 1404-Q2 or 1404-07 (by the kind)</source>
        <translation>1404-H1, 1404-Q2 or 1404-07 (by the kind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .pdf or .xlsx file to write</source>
        <translation>the .pdf or .xlsx file to write</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district code (district report; default: every district)</source>
        <translation>district code (district report; default: every district)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also save every chart alone into this folder</source>
        <translation>also save every chart alone into this folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format of the --charts pictures (default %(default)s)</source>
        <translation>the format of the --charts pictures (default %(default)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;today&apos; as YYYY-MM-DD (default: today)</source>
        <translation>&apos;today&apos; as YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print as an official document (letterhead with the emblem set in the database)</source>
        <translation>print as an official document (letterhead with the emblem set in the database)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the letter&apos;s number on the letterhead</source>
        <translation>the letter&apos;s number on the letterhead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the classification on the letterhead</source>
        <translation>the classification on the letterhead</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_screenshots.py" line="-79"/>
        <source>save a PNG of every page and main dialog of a database</source>
        <translation>save a PNG of every page and main dialog of a database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder for the pictures (created if missing)</source>
        <translation>folder for the pictures (created if missing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of the window (default %(default)s)</source>
        <translation>language of the window (default %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window size WIDTHxHEIGHT (default %(default)s)</source>
        <translation>window size WIDTHxHEIGHT (default %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day taken as today, e.g. 2026-11-23 (default: today)</source>
        <translation>the day taken as today, e.g. 2026-11-23 (default: today)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_settings.py" line="-74"/>
        <source>the database&apos;s profile; the user name of the change log</source>
        <translation>the database&apos;s profile; the user name of the change log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>province, user name, schema revision, database and evidence folders</source>
        <translation>province, user name, schema revision, database and evidence folders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the name written beside changes (before accounts exist)</source>
        <translation>set the name written beside changes (before accounts exist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name to record changes under</source>
        <translation>the name to record changes under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letterhead&apos;s emblem: set it from a PNG or JPEG file (a copy is kept in the database), --clear it, or --show it</source>
        <translation>the letterhead&apos;s emblem: set it from a PNG or JPEG file (a copy is kept in the database), --clear it, or --show it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a PNG or JPEG picture, 32 to 4000 pixels a side, at most 2 MB</source>
        <translation>a PNG or JPEG picture, 32 to 4000 pixels a side, at most 2 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the letterhead without an emblem</source>
        <translation>print the letterhead without an emblem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the emblem kept in the database</source>
        <translation>the emblem kept in the database</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_setup.py" line="-7"/>
        <source>set a new database up: province, districts, first secretary, branches (what the window&apos;s first-run wizard asks)</source>
        <translation>set a new database up: province, districts, first secretary, branches (what the window&apos;s first-run wizard asks)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file (created when missing)</source>
        <translation>the database file (created when missing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province&apos;s code, the one the center knows it by (e.g. QOM)</source>
        <translation>the province&apos;s code, the one the center knows it by (e.g. QOM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a judicial district (repeat for each); or give --districts-file</source>
        <translation>a judicial district (repeat for each); or give --districts-file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a CSV file of districts: code,name per line</source>
        <translation>a CSV file of districts: code,name per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch registry (CSV or Excel, as the import takes it), imported after setup</source>
        <translation>the branch registry (CSV or Excel, as the import takes it), imported after setup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first secretary&apos;s user name</source>
        <translation>the first secretary&apos;s user name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secretary&apos;s name as the change log shows it</source>
        <translation>the secretary&apos;s name as the change log shows it</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_sync.py" line="-133"/>
        <source>cut the changes and send pending bundles to the center</source>
        <translation>cut the changes and send pending bundles to the center</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the center&apos;s address (https://...); remembered, defaults to the one stored</source>
        <translation>the center&apos;s address (https://...); remembered, defaults to the one stored</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pin this center public key file first (only if no other key is pinned)</source>
        <translation>pin this center public key file first (only if no other key is pinned)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warn when the newest directive listing signed by the center is older than this many days (remembered; default %(default)s)</source>
        <translation>warn when the newest directive listing signed by the center is older than this many days (remembered; default %(default)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/main.py" line="-17"/>
        <source>Rasad (رصد): provincial follow-up of the Judiciary Transformation Document.</source>
        <translation>Rasad (رصد): provincial follow-up of the Judiciary Transformation Document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 done, 1 not done, 2 usage or sign-in, 3 refused to your role, 4 period approved (locked), 5 database busy, 6 center unreachable, 7 database damaged, 8 a bundle refused for good by the center, 130 interrupted (README.md).</source>
        <translation>Exit codes: 0 done, 1 not done, 2 usage or sign-in, 3 refused to your role, 4 period approved (locked), 5 database busy, 6 center unreachable, 7 database damaged, 8 a bundle refused for good by the center, 130 interrupted (README.md).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of messages (default: RASAD_LANG, else Persian)</source>
        <translation>language of messages (default: RASAD_LANG, else Persian)</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_parser.py" line="-50"/>
        <location filename="../desktop/cli/main.py" line="+3"/>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="-121"/>
        <source>the encrypted key file used when the OS keyring is not a secure store</source>
        <translation>the encrypted key file used when the OS keyring is not a secure store</translation>
    </message>
    <message>
        <location filename="../desktop/cli/help_texts.py" line="-6"/>
        <source>what to do; %(prog)s ACTION --help shows its options</source>
        <extracomment>the word after a command that has several (``accounts add``, ``backup restore``, ...)</extracomment>
        <translation>what to do; %(prog)s ACTION --help shows its options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province&apos;s database file</source>
        <extracomment>``--db`` of every command that reads or writes the province&apos;s own database, which must exist</extracomment>
        <translation>the province&apos;s database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output format (default %(default)s)</source>
        <extracomment>``--format csv|json`` of a listing printed, or written to ``--out``</extracomment>
        <translation>output format (default %(default)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_meeting_edits.py" line="-170"/>
        <source>open, in_progress, done or cancelled</source>
        <translation>open, in_progress, done or cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a meeting; prints its id</source>
        <translation>add a meeting; prints its id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a meeting&apos;s fields given; the others stay as stored</source>
        <translation>change a meeting&apos;s fields given; the others stay as stored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete a meeting with its resolutions</source>
        <translation>delete a meeting with its resolutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a meeting&apos;s fields and resolutions as JSON</source>
        <translation>a meeting&apos;s fields and resolutions as JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>the meeting&apos;s id (from `meetings list`)</source>
        <translation>the meeting&apos;s id (from `meetings list`)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the day it was held, YYYY-MM-DD</source>
        <translation>the day it was held, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/commands_plan_edits.py" line="-99"/>
        <source>its title</source>
        <translation>its title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its number (default: the next one)</source>
        <translation>its number (default: the next one)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where it was held</source>
        <translation>where it was held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an attendee and his role; repeat for each</source>
        <translation>an attendee and his role; repeat for each</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agenda item; repeat for each</source>
        <translation>an agenda item; repeat for each</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty the list of attendees</source>
        <translation>empty the list of attendees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty the agenda</source>
        <translation>empty the agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, edit, delete or show a resolution; its status, follow-up notes and evidence</source>
        <translation>add, edit, delete or show a resolution; its status, follow-up notes and evidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a resolution; prints its id</source>
        <translation>add a resolution; prints its id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a resolution&apos;s fields given; the others stay as stored</source>
        <translation>change a resolution&apos;s fields given; the others stay as stored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete a resolution</source>
        <translation>delete a resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a resolution, its follow-up notes and evidence as JSON</source>
        <translation>a resolution, its follow-up notes and evidence as JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change a resolution&apos;s status</source>
        <translation>change a resolution&apos;s status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a follow-up note (and evidence files) to a resolution</source>
        <translation>add a follow-up note (and evidence files) to a resolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attach evidence files to a resolution</source>
        <translation>attach evidence files to a resolution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the resolution&apos;s id (from `meetings resolutions`)</source>
        <translation>the resolution&apos;s id (from `meetings resolutions`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what was resolved</source>
        <translation>what was resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/commands_plan_edits.py" line="-22"/>
        <location line="+17"/>
        <source>who carries it out</source>
        <translation>who carries it out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its deadline, YYYY-MM-DD</source>
        <translation>its deadline, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its number in the meeting (default: the next one)</source>
        <translation>its number in the meeting (default: the next one)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day it was done, YYYY-MM-DD (a done resolution)</source>
        <translation>the day it was done, YYYY-MM-DD (a done resolution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the note</source>
        <translation>the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day of the note, YYYY-MM-DD (default: today)</source>
        <translation>the day of the note, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>evidence files, copied and kept with the resolution</source>
        <translation>evidence files, copied and kept with the resolution</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plan_edits.py" line="-62"/>
        <source>add, edit, delete or show a solution (راهکار)</source>
        <translation>add, edit, delete or show a solution (راهکار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit, delete or show an operational program</source>
        <translation>add, edit, delete or show an operational program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit, delete or show an activity or sub-activity</source>
        <translation>add, edit, delete or show an activity or sub-activity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add one; prints its id</source>
        <translation>add one; prints its id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the fields given; the others stay as stored</source>
        <translation>change the fields given; the others stay as stored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete it, with everything under it</source>
        <translation>delete it, with everything under it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its fields as JSON (what edit changes)</source>
        <translation>its fields as JSON (what edit changes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its id (from `plans list`)</source>
        <translation>its id (from `plans list`)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan&apos;s id (from `plans list`)</source>
        <translation>the plan&apos;s id (from `plans list`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>short, mid or long term</source>
        <translation>short, mid or long term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the responsible unit</source>
        <translation>the responsible unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the executive manager</source>
        <translation>the executive manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver project&apos;s number (none: no driver project)</source>
        <translation>the driver project&apos;s number (none: no driver project)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a description</source>
        <translation>a description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the solution&apos;s id (from `plans list`)</source>
        <translation>the solution&apos;s id (from `plans list`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the results expected of it</source>
        <translation>the results expected of it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the operational program&apos;s id (from `plans list`)</source>
        <translation>the operational program&apos;s id (from `plans list`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the planned start, YYYY-MM-DD</source>
        <translation>the planned start, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the planned finish, YYYY-MM-DD</source>
        <translation>the planned finish, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id of the activity it is a sub-activity of (none: directly under the program)</source>
        <translation>the id of the activity it is a sub-activity of (none: directly under the program)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resources it needs</source>
        <translation>the resources it needs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its code</source>
        <translation>its code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its weight among its siblings</source>
        <translation>its weight among its siblings</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/column_mapping.py" line="+30"/>
        <source>Match the file&apos;s columns</source>
        <translation>Match the file&apos;s columns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some columns of {file} were not recognised. Choose the kind of file and, for each field, the column that holds it. Your choice is remembered.</source>
        <translation>Some columns of {file} were not recognised. Choose the kind of file and, for each field, the column that holds it. Your choice is remembered.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Still to match: {fields}</source>
        <translation>Still to match: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column can hold only one field.</source>
        <translation>A column can hold only one field.</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../desktop/ui/pages/comments.py" line="+54"/>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your analysis of this district&apos;s figures for the month…</source>
        <translation>Your analysis of this district&apos;s figures for the month…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Judicial district</source>
        <translation>Judicial district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District comments</source>
        <translation>District comments</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no judicial district to comment on yet.</source>
        <translation>There is no judicial district to comment on yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No comment on this month yet.</source>
        <translation>No comment on this month yet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The comment was recorded.</source>
        <translation>The comment was recorded.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="+47"/>
        <source>Rasad</source>
        <translation>Rasad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong and the last action was not completed. Nothing was half-saved. Details were written to {path}.</source>
        <translation>Something went wrong and the last action was not completed. Nothing was half-saved. Details were written to {path}.</translation>
    </message>
</context>
<context>
    <name>DatabaseHealthCheck</name>
    <message>
        <location filename="../desktop/ui/health_check.py" line="+75"/>
        <location line="+36"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Checking the database… {percent}%</source>
        <translation>Checking the database… {percent}%</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The integrity check found no problem in the database.</source>
        <translation>The integrity check found no problem in the database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the database: {table}</source>
        <translation>Checking the database: {table}</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../desktop/ui/startup.py" line="+43"/>
        <location line="+50"/>
        <source>Rasad cannot open the database</source>
        <translation>Rasad cannot open the database</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>The database {path} was not opened.

{reason}</source>
        <translation>The database {path} was not opened.

{reason}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This database has user accounts; it is opened only after someone signs in.</source>
        <translation>This database has user accounts; it is opened only after someone signs in.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+9"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The backup {file} was not restored.

{reason}</source>
        <translation>The backup {file} was not restored.

{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was restored and checked. Sign in with your user name and password from it.</source>
        <translation>The backup was restored and checked. Sign in with your user name and password from it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup: their reports and resolutions list them as missing.</source>
        <translation>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup: their reports and resolutions list them as missing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the database before upgrading it to this version of Rasad…</source>
        <translation>Checking the database before upgrading it to this version of Rasad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading the database to this version of Rasad…</source>
        <translation>Upgrading the database to this version of Rasad…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the demo province…</source>
        <translation>Creating the demo province…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+49"/>
        <location line="+37"/>
        <location line="+38"/>
        <location line="+9"/>
        <source>Rasad</source>
        <translation>Rasad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo database could not be created.

{reason}</source>
        <translation>The demo database could not be created.

{reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/demo/case_drawer.py" line="+36"/>
        <source>The process drawing the demo&apos;s cases ended before it had drawn them all; nothing was written.</source>
        <translation>The process drawing the demo&apos;s cases ended before it had drawn them all; nothing was written.</translation>
    </message>
</context>
<context>
    <name>DirectivesBox</name>
    <message>
        <location filename="../desktop/ui/pages/sync_directives.py" line="+31"/>
        <source>Import directive files…</source>
        <translation>Import directive files…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Directive files from the center</source>
        <translation>Directive files from the center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directives (*.rasad-directive);;All files (*)</source>
        <translation>Directives (*.rasad-directive);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import directives</source>
        <translation>Import directives</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: refused — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept until the earlier ones arrive</source>
        <translation>kept until the earlier ones arrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already applied</source>
        <translation>already applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: directive {sequence} — {outcome}</source>
        <translation>{file}: directive {sequence} — {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for an earlier directive</source>
        <translation>Waiting for an earlier directive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directive</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied here</source>
        <translation>Not applied here</translation>
    </message>
</context>
<context>
    <name>DriverChart</name>
    <message>
        <location filename="../desktop/ui/pages/home_driver_chart.py" line="+61"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No driver project has activities yet. Link solutions to driver projects in Plans and activities to follow them here.</source>
        <translation>No driver project has activities yet. Link solutions to driver projects in Plans and activities to follow them here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grey bars: progress planned by today. Blue bars appear as progress is recorded.</source>
        <translation>Grey bars: progress planned by today. Blue bars appear as progress is recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no activities</source>
        <translation>no activities</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/ui/widgets/errors.py" line="+27"/>
        <location line="+29"/>
        <source>Something went wrong and nothing was saved. Details were written to the log.</source>
        <translation>Something went wrong and nothing was saved. Details were written to the log.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file {name} could not be read or written: {reason}</source>
        <translation>The file {name} could not be read or written: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/system_errors.py" line="+54"/>
        <source>the folder {path} is on a read-only disk</source>
        <translation>the folder {path} is on a read-only disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {path} does not exist and cannot be made</source>
        <translation>the folder {path} does not exist and cannot be made</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{path} is not a folder</source>
        <translation>{path} is not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>there is no permission to write in the folder {path}</source>
        <translation>there is no permission to write in the folder {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the disk of the folder {path} is full</source>
        <translation>the disk of the folder {path} is full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder {path} could not be written in ({reason})</source>
        <translation>the folder {path} could not be written in ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {path} could not be written in</source>
        <translation>the folder {path} could not be written in</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../desktop/store/errors.py" line="+132"/>
        <source>The file “{name}” is {size_mb} MB; evidence files may be at most {limit_mb} MB.</source>
        <translation>The file “{name}” is {size_mb} MB; evidence files may be at most {limit_mb} MB.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file “{name}” is empty (0 bytes): there is nothing in it to keep as evidence. Choose the document itself; if it was saved or downloaded, do so again.</source>
        <translation>The file “{name}” is empty (0 bytes): there is nothing in it to keep as evidence. Choose the document itself; if it was saved or downloaded, do so again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “{name}” cannot be read: {reason}</source>
        <translation>The file “{name}” cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../desktop/ui/widgets/evidence_list.py" line="+43"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose evidence files</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/exports/files.py" line="+20"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/domain/table_labels.py" line="+46"/>
        <source>row number</source>
        <translation>row number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity (row number)</source>
        <translation>activity (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added at</source>
        <translation>added at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved change (row number)</source>
        <translation>approved change (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directive (row number)</source>
        <translation>directive (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judicial district (row number)</source>
        <translation>judicial district (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver project (row number)</source>
        <translation>driver project (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file (row number)</source>
        <translation>evidence file (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executing unit (row number)</source>
        <translation>executing unit (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first month</source>
        <translation>first month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last month</source>
        <translation>last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file type</source>
        <translation>file type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting (row number)</source>
        <translation>meeting (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened in</source>
        <translation>opened in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent (row number)</source>
        <translation>parent (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan (row number)</source>
        <translation>plan (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operational program (row number)</source>
        <translation>operational program (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress report (row number)</source>
        <translation>progress report (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province (row number)</source>
        <translation>province (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution (row number)</source>
        <translation>resolution (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible unit (row number)</source>
        <translation>responsible unit (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size (bytes)</source>
        <translation>size (bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution (row number)</source>
        <translation>solution (row number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit type</source>
        <translation>unit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved at</source>
        <translation>approved at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed on</source>
        <translation>completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created at</source>
        <translation>created at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided at</source>
        <translation>decided at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on</source>
        <translation>due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executive manager</source>
        <translation>executive manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected results</source>
        <translation>expected results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held on</source>
        <translation>held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported at</source>
        <translation>imported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported by</source>
        <translation>imported by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted on</source>
        <translation>noted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned finish</source>
        <translation>planned finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned start</source>
        <translation>planned start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded at</source>
        <translation>recorded at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported on</source>
        <translation>reported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows read</source>
        <translation>rows read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows rejected</source>
        <translation>rows rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows written</source>
        <translation>rows written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted at</source>
        <translation>submitted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted by</source>
        <translation>submitted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>weight</translation>
    </message>
</context>
<context>
    <name>FigureChangesView</name>
    <message>
        <location filename="../desktop/ui/pages/approval_changes.py" line="+39"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan roll-up</source>
        <translation>Plan roll-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole province</source>
        <translation>whole province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>driver project</source>
        <translation>driver project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestone</source>
        <translation>milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>planned value</source>
        <translation>planned value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earned value</source>
        <translation>earned value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schedule performance index</source>
        <translation>schedule performance index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forecast</source>
        <translation>forecast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solutions meeting it</source>
        <translation>solutions meeting it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>solutions</source>
        <translation>solutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done by then</source>
        <translation>done by then</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outstanding</source>
        <translation>outstanding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outstanding past the deadline</source>
        <translation>outstanding past the deadline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can move</source>
        <translation>Can move</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} figure(s) of {period} differ from those approved by {name} on {date}; below them, what changed since (who changed what, when).</source>
        <translation>{count} figure(s) of {period} differ from those approved by {name} on {date}; below them, what changed since (who changed what, when).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} figure(s) of {period} differ from those last approved by {name} on {date} (the period was reopened since); below them, what changed since (who changed what, when).</source>
        <translation>{count} figure(s) of {period} differ from those last approved by {name} on {date} (the period was reopened since); below them, what changed since (who changed what, when).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure of {period} is as approved by {name} on {date}.</source>
        <translation>Every figure of {period} is as approved by {name} on {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every figure of {period} is as last approved by {name} on {date} (the period was reopened since).</source>
        <translation>Every figure of {period} is as last approved by {name} on {date} (the period was reopened since).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>restore</source>
        <translation>restore</translation>
    </message>
</context>
<context>
    <name>FileAttachments</name>
    <message>
        <location filename="../desktop/ui/widgets/file_attachments.py" line="+39"/>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files attached yet.</source>
        <translation>No files attached yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+31"/>
        <source>Branch registry</source>
        <translation>Branch registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case listing</source>
        <translation>Case listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly branch statistics</source>
        <translation>Monthly branch statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../desktop/ui/formatting.py" line="+189"/>
        <source>{count} of {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/byte_sizes.py" line="+9"/>
        <source>{count} GB</source>
        <translation>{count} GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/guide.py" line="+21"/>
        <source>Rasad user guide</source>
        <translation>Rasad user guide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user guide is missing from this installation.</source>
        <translation>The user guide is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>HealthBanner</name>
    <message>
        <location filename="../desktop/ui/widgets/health_banner.py" line="+32"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What SQLite found is written in the program&apos;s log, {path}.</source>
        <translation>What SQLite found is written in the program&apos;s log, {path}.</translation>
    </message>
</context>
<context>
    <name>HomeAttention</name>
    <message>
        <location filename="../desktop/ui/pages/home_attention.py" line="+41"/>
        <source>Record the progress of the activities:</source>
        <translation>Record the progress of the activities:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Plans and activities</source>
        <translation>Plans and activities</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Import the branches&apos; statistics from the CMS:</source>
        <translation>Import the branches&apos; statistics from the CMS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import statistics</source>
        <translation>Import statistics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the council&apos;s meetings and resolutions:</source>
        <translation>Record the council&apos;s meetings and resolutions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Meetings and resolutions</source>
        <translation>Meetings and resolutions</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No progress of the activities has been recorded yet:</source>
        <translation>No progress of the activities has been recorded yet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The branches&apos; statistics have not been imported yet.</source>
        <translation>The branches&apos; statistics have not been imported yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No council meeting has been recorded yet:</source>
        <translation>No council meeting has been recorded yet:</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n overdue resolution(s):</source>
        <translation>
            <numerusform>%n overdue resolution(s):</numerusform>
            <numerusform>%n overdue resolution(s):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see them all</source>
        <translation>see them all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution {number} ({days} days late)</source>
        <translation>resolution {number} ({days} days late)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Activities most behind schedule:</source>
        <translation>Activities most behind schedule:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestones forecast to be missed:</source>
        <translation>Milestones forecast to be missed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{term}: {percent} by the end of {year} (forecast {forecast})</source>
        <translation>{term}: {percent} by the end of {year} (forecast {forecast})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units at risk (backlog grew, or clearance under 100 %, three months running):</source>
        <translation>Units at risk (backlog grew, or clearance under 100 %, three months running):</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n unit(s) not judged for risk, for lack of complete statistics:</source>
        <translation>
            <numerusform>%n unit(s) not judged for risk, for lack of complete statistics:</numerusform>
            <numerusform>%n unit(s) not judged for risk, for lack of complete statistics:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <location line="+27"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backlog +{count}</source>
        <translation>backlog +{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clearance down to {percent}</source>
        <translation>clearance down to {percent}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} (no progress reported yet)</source>
        <translation>{title} (no progress reported yet)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{title} (SPI {spi})</source>
        <translation>{title} (SPI {spi})</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+93"/>
        <source>Loading the overview…</source>
        <translation>Loading the overview…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual progress (EV)</source>
        <translation>Actual progress (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned progress (PV)</source>
        <translation>Planned progress (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>Schedule performance (SPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished activities</source>
        <translation>Finished activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Overdue resolutions</source>
        <translation>Overdue resolutions</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Branches with complete statistics</source>
        <translation>Branches with complete statistics</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="+63"/>
        <source>Behind schedule with no progress reported</source>
        <translation>Behind schedule with no progress reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+20"/>
        <source>Milestone compliance</source>
        <translation>Milestone compliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver projects</source>
        <translation>Driver projects</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="+7"/>
        <source>Ten activities most behind schedule</source>
        <translation>Ten activities most behind schedule</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+81"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The overview could not be computed.</source>
        <translation>The overview could not be computed.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Where {province} stands on {date}</source>
        <translation>Where {province} stands on {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the schedule expects by today</source>
        <translation>what the schedule expects by today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress has been recorded yet.</source>
        <translation>No progress has been recorded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown once progress is recorded.</source>
        <translation>Shown once progress is recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 means on schedule</source>
        <translation>1 means on schedule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open past their deadline today, from every meeting</source>
        <translation>open past their deadline today, from every meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing needs attention: no overdue resolution, no activity far behind, no unit at risk.</source>
        <translation>Nothing needs attention: no overdue resolution, no activity far behind, no unit at risk.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No statistics have been imported yet.</source>
        <translation>No statistics have been imported yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}: incomplete, not ranked: {names}</source>
        <translation>{month}: incomplete, not ranked: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month}: every branch complete</source>
        <translation>{month}: every branch complete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="-42"/>
        <source>{count} more with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</source>
        <translation>{count} more with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} more with a progress report are behind schedule, each by less, and are not listed.</source>
        <translation>{count} more with a progress report are behind schedule, each by less, and are not listed.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Their progress is unknown, not 0 %: they are not ranked with the activities above. The earliest planned finish first.</source>
        <translation>Their progress is unknown, not 0 %: they are not ranked with the activities above. The earliest planned finish first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} more are not listed.</source>
        <translation>{count} more are not listed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{program} › {activity}</source>
        <translation>{program} › {activity}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+16"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{term}: {percent} by the end of {year}</source>
        <translation>{term}: {percent} by the end of {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions meeting the target</source>
        <translation>Solutions meeting the target</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="-11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+8"/>
        <location filename="../desktop/ui/pages/home_behind.py" line="+2"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="+1"/>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="-2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/imports/parsing.py" line="+23"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value {value} is negative; it cannot be below zero.</source>
        <translation>The value {value} is negative; it cannot be below zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a Jalali date such as 1403/02/05.</source>
        <translation>&apos;{value}&apos; is not a Jalali date such as 1403/02/05.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a real Jalali date.</source>
        <translation>{value} is not a real Jalali date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a Jalali date and time such as 1403/02/05 13:45.</source>
        <translation>&apos;{value}&apos; is not a Jalali date and time such as 1403/02/05 13:45.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Jalali month such as 1405/09.</source>
        <translation>&apos;{value}&apos; is not a Jalali month such as 1405/09.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a code: use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>&apos;{value}&apos; is not a code: use letters, digits, &apos;-&apos; and &apos;_&apos; only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is longer than {max} characters.</source>
        <translation>The value is longer than {max} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; has a comma that does not separate thousands (a thousands separator stands before each group of three digits, as in 1,234): write a decimal with a decimal point, «٫» or «.», as in 12.5.</source>
        <translation>&apos;{value}&apos; has a comma that does not separate thousands (a thousands separator stands before each group of three digits, as in 1,234): write a decimal with a decimal point, «٫» or «.», as in 12.5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; has a space that does not separate thousands (a space may stand only before each group of three digits, as in 1 234): is it a mistyped number, or two values in one cell?</source>
        <translation>&apos;{value}&apos; has a space that does not separate thousands (a space may stand only before each group of three digits, as in 1 234): is it a mistyped number, or two values in one cell?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; has an underscore: write a number with digits only, thousands separated by a comma or a space, as in 1,234.</source>
        <translation>&apos;{value}&apos; has an underscore: write a number with digits only, thousands separated by a comma or a space, as in 1,234.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/table_reader.py" line="+53"/>
        <source>{file} has column headers but no data rows: there is nothing to import.</source>
        <translation>{file} has column headers but no data rows: there is nothing to import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first sheet of {file}, &apos;{sheet}&apos;, has no data rows, and only a workbook&apos;s first sheet is read. Its other sheets: {sheets}. Move the data to the first sheet, or save its sheet as a file of its own.</source>
        <translation>The first sheet of {file}, &apos;{sheet}&apos;, has no data rows, and only a workbook&apos;s first sheet is read. Its other sheets: {sheets}. Move the data to the first sheet, or save its sheet as a file of its own.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{file} is not a text (CSV) or Excel file that can be read.</source>
        <translation>{file} is not a text (CSV) or Excel file that can be read.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The first row of {file} holds data, not column headers.</source>
        <translation>The first row of {file} holds data, not column headers.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/reading.py" line="+29"/>
        <location filename="../desktop/imports/service.py" line="+293"/>
        <source>{file} could not be read: {error}</source>
        <translation>{file} could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/imports/csv_reader.py" line="+91"/>
        <location line="+45"/>
        <location filename="../desktop/imports/workbook_reader.py" line="+128"/>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{file} has bytes that are not valid {encoding} text on line {line}.</source>
        <translation>{file} has bytes that are not valid {encoding} text on line {line}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{file} could not be read as CSV: a cell starting near line {line} runs on for more than a million characters. Is a quotation mark left open there?</source>
        <translation>{file} could not be read as CSV: a cell starting near line {line} runs on for more than a million characters. Is a quotation mark left open there?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read as CSV near line {line}: {error}</source>
        <translation>{file} could not be read as CSV near line {line}: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/imports/workbook_reader.py" line="-52"/>
        <location line="+104"/>
        <location line="+29"/>
        <source>{file} is not a valid Excel workbook.</source>
        <translation>{file} is not a valid Excel workbook.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{file} cannot be imported: it would unpack to {size} MB, more than the {limit} MB a workbook may hold.</source>
        <translation>{file} cannot be imported: it would unpack to {size} MB, more than the {limit} MB a workbook may hold.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} cannot be imported: its part {part} unpacks to {ratio} times its size, which no spreadsheet does (a damaged or crafted file).</source>
        <translation>{file} cannot be imported: its part {part} unpacks to {ratio} times its size, which no spreadsheet does (a damaged or crafted file).</translation>
    </message>
    <message>
        <location filename="../desktop/imports/notes.py" line="+15"/>
        <source>The case listing replaces the monthly statistics of branch {branch} for {months}.</source>
        <translation>The case listing replaces the monthly statistics of branch {branch} for {months}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} pending cases of branch {branch} are not in this listing any more: marked withdrawn.</source>
        <translation>{count} pending cases of branch {branch} are not in this listing any more: marked withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} pending cases of branch {branch} are not in this listing, but a later one holds them: left as they are.</source>
        <translation>{count} pending cases of branch {branch} are not in this listing, but a later one holds them: left as they are.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cases moved from branch {from_branch} to branch {to_branch} on {day}.</source>
        <translation>{count} cases moved from branch {from_branch} to branch {to_branch} on {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branches {branches} were added without the month they opened: they are counted as missing from every earlier month, so their districts&apos; earlier periods are incomplete. If they are new branches, import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.</source>
        <translation>Branches {branches} were added without the month they opened: they are counted as missing from every earlier month, so their districts&apos; earlier periods are incomplete. If they are new branches, import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branches {branches} and {more} more were added without the month they opened: they are counted as missing from every earlier month, so their districts&apos; earlier periods are incomplete. If they are new branches, import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.</source>
        <translation>Branches {branches} and {more} more were added without the month they opened: they are counted as missing from every earlier month, so their districts&apos; earlier periods are incomplete. If they are new branches, import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch {branch} has statistics from {month}, before {opened}, the month it is said to have opened: they count in the figures, but its months before {opened} are not expected of it. If it opened earlier, give its month in the branches file&apos;s column «ماه آغاز به کار».</source>
        <translation>Branch {branch} has statistics from {month}, before {opened}, the month it is said to have opened: they count in the figures, but its months before {opened} are not expected of it. If it opened earlier, give its month in the branches file&apos;s column «ماه آغاز به کار».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column headers of {file} are on row {line}, below a title: the rows above them were not read.</source>
        <translation>The column headers of {file} are on row {line}, below a title: the rows above them were not read.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/service.py" line="-229"/>
        <source>The earliest plausible year must be between {first} and {last}.</source>
        <translation>The earliest plausible year must be between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/writing.py" line="+71"/>
        <source>Reading and checking the rows…</source>
        <translation>Reading and checking the rows…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the branches&apos; monthly figures…</source>
        <translation>Computing the branches&apos; monthly figures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summing the districts, the province and the periods…</source>
        <translation>Summing the districts, the province and the periods…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has column headers but no rows.</source>
        <translation>{file} has column headers but no rows.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/problems.py" line="+72"/>
        <source>None of the column headers of {file} is known. Is it the right kind of file, and was it read in the right encoding ({encoding})?</source>
        <translation>None of the column headers of {file} is known. Is it the right kind of file, and was it read in the right encoding ({encoding})?</translation>
    </message>
    <message>
        <location filename="../desktop/imports/writing.py" line="+1"/>
        <source>Set up the province before importing branches.</source>
        <translation>Set up the province before importing branches.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/service.py" line="+4"/>
        <source>File</source>
        <extracomment>The headers of a saved problem list, in the list&apos;s language (in Persian «فایل», not «پرونده»: a case).</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/imports/problems.py" line="-53"/>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column {column} is missing.</source>
        <translation>The column {column} is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no branch with the code {value}.</source>
        <translation>There is no branch with the code {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future.</source>
        <translation>The date {value} is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month {value} is in the future.</source>
        <translation>The month {value} is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is referred ({value}) before it was registered ({registered}).</source>
        <translation>The case is referred ({value}) before it was registered ({registered}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is disposed of ({value}) before it was registered ({registered}).</source>
        <translation>The case is disposed of ({value}) before it was registered ({registered}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first hearing ({value}) is before the referral ({referred}).</source>
        <translation>The first hearing ({value}) is before the referral ({referred}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first hearing ({value}) is before the registration ({registered}).</source>
        <translation>The first hearing ({value}) is before the registration ({registered}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case number {value} appears more than once in the file.</source>
        <translation>The case number {value} appears more than once in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The branch code {value} appears more than once in the file.</source>
        <translation>The branch code {value} appears more than once in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch {value} has more than one row for the month {month} in the file.</source>
        <translation>Branch {value} has more than one row for the month {month} in the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest scheduling time ({value}) is shorter than the average ({average}).</source>
        <translation>The longest scheduling time ({value}) is shorter than the average ({average}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month must be between 1 and 12, not {value}.</source>
        <translation>The month must be between 1 and 12, not {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a Jalali year such as 1403.</source>
        <translation>&apos;{value}&apos; is not a Jalali year such as 1403.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is before {earliest}, the earliest plausible year (a setting).</source>
        <translation>The date {value} is before {earliest}, the earliest plausible year (a setting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year {value} is before {earliest}, the earliest plausible year (a setting).</source>
        <translation>The year {value} is before {earliest}, the earliest plausible year (a setting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch {value}&apos;s figures for {month} come from a case listing, which takes precedence over monthly statistics; this row is refused.</source>
        <translation>Branch {value}&apos;s figures for {month} come from a case listing, which takes precedence over monthly statistics; this row is refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {value} comes from {file}, a later export than this file: there case {evidence} ended on {ended} (disposed of or withdrawn), while this file, whose data on its branch runs only to {latest}, still shows it pending. This row would turn newer data back: it is refused.</source>
        <translation>Case {value} comes from {file}, a later export than this file: there case {evidence} ended on {ended} (disposed of or withdrawn), while this file, whose data on its branch runs only to {latest}, still shows it pending. This row would turn newer data back: it is refused.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case {value} comes from {file}, a later export than this file: there case {evidence} had left branch {left} for branch {now} by {ended}, while this file, whose data on branch {left} runs only to {latest}, still shows it pending there. This row would turn newer data back: it is refused.</source>
        <translation>Case {value} comes from {file}, a later export than this file: there case {evidence} had left branch {left} for branch {now} by {ended}, while this file, whose data on branch {left} runs only to {latest}, still shows it pending there. This row would turn newer data back: it is refused.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The satisfaction average must be between 0 and 100, not {value}.</source>
        <translation>The satisfaction average must be between 0 and 100, not {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row has {count} values but the header has {columns} columns: the values after column {columns} belong to no column (a delimiter inside a value without quotes?).</source>
        <translation>This row has {count} values but the header has {columns} columns: the values after column {columns} belong to no column (a delimiter inside a value without quotes?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column {column} appears twice, as columns {first} and {second}: which one holds the values cannot be told. Remove or rename one of them.</source>
        <translation>The column {column} appears twice, as columns {first} and {second}: which one holds the values cannot be told. Remove or rename one of them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first sheet of a workbook is read: &apos;{sheet}&apos; in {file}. Its other sheets ({sheets}) are not read; move the data to the first sheet, or save its sheet as a file of its own.</source>
        <translation>Only the first sheet of a workbook is read: &apos;{sheet}&apos; in {file}. Its other sheets ({sheets}) are not read; move the data to the first sheet, or save its sheet as a file of its own.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the cells of row {line} of {file}, the first row of its first sheet, is a known column header. Is it the right kind of file? The column headers must be on the first row, with no title above them.</source>
        <translation>None of the cells of row {line} of {file}, the first row of its first sheet, is a known column header. Is it the right kind of file? The column headers must be on the first row, with no title above them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the cells of row {line} of {file}, the first row of its first sheet, is a known column header: the headers seem to be on row {headers}. Remove the rows above them.</source>
        <translation>None of the cells of row {line} of {file}, the first row of its first sheet, is a known column header: the headers seem to be on row {headers}. Remove the rows above them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the cells of row {line} of {file}, its first row, is a known column header: the headers seem to be on row {headers}. Remove the rows above them.</source>
        <translation>None of the cells of row {line} of {file}, its first row, is a known column header: the headers seem to be on row {headers}. Remove the rows above them.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/checking_process.py" line="+81"/>
        <source>The process reading {file} ended before it had read the whole file; nothing was written. Import the file again.</source>
        <translation>The process reading {file} ended before it had read the whole file; nothing was written. Import the file again.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/import_problems.py" line="+43"/>
        <source>Problems in {file}</source>
        <translation>Problems in {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in {file}: {count}; nothing was imported.</source>
        <translation>Problems found in {file}: {count}; nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {shown} are listed.</source>
        <translation>The first {shown} are listed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some rows are older than data already imported: this file looks like an earlier export than one imported before, and importing them would turn newer data back. If it is in fact the newer export (a disposal or a move entered in error and undone since makes a newer export look older), choose «It is the newer export».</source>
        <translation>Some rows are older than data already imported: this file looks like an earlier export than one imported before, and importing them would turn newer data back. If it is in fact the newer export (a disposal or a move entered in error and undone since makes a newer export look older), choose «It is the newer export».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the list…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only the valid rows</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is the newer export</source>
        <translation>It is the newer export</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {file} as newer than every case listing imported before? Its rows will replace what they hold of the known cases, and as a snapshot it will withdraw the pending cases it lacks, whatever the dates of the other listings.</source>
        <translation>Import {file} as newer than every case listing imported before? Its rows will replace what they hold of the known cases, and as a snapshot it will withdraw the pending cases it lacks, whatever the dates of the other listings.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Save the problems</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../desktop/ui/pages/imports.py" line="+74"/>
        <source>Import the monthly exports of the case-management system: the branch registry, case listings, monthly branch statistics and satisfaction surveys, as CSV or Excel files. A file with problems changes nothing until you decide; the same file imported twice changes nothing.</source>
        <translation>Import the monthly exports of the case-management system: the branch registry, case listings, monthly branch statistics and satisfaction surveys, as CSV or Excel files. A file with problems changes nothing until you decide; the same file imported twice changes nothing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>Import statistics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files imported</source>
        <translation>Files imported</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No file has been imported into this database. Its statistics ({months}) were generated for the demo, not imported from the case-management system (CMS); a file you import is listed here.</source>
        <translation>No file has been imported into this database. Its statistics ({months}) were generated for the demo, not imported from the case-management system (CMS); a file you import is listed here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besides the files listed, this database holds statistics generated for the demo ({months}); they were not imported.</source>
        <translation>Besides the files listed, this database holds statistics generated for the demo ({months}); they were not imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file has been imported yet. Press “Import a file…” and choose an export of the case-management system (CMS): start with the branch registry, then the case listing or the monthly statistics.</source>
        <translation>No file has been imported yet. Press “Import a file…” and choose an export of the case-management system (CMS): start with the branch registry, then the case listing or the monthly statistics.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a case-management export</source>
        <translation>Choose a case-management export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+33"/>
        <location line="+9"/>
        <location line="+22"/>
        <location line="+5"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Branch {branch}: {count}</source>
        <translation>Branch {branch}: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} no longer holds {count} pending cases of the branches and months it covers. They will be marked withdrawn (not deleted):
{counts}

Import the file?</source>
        <translation>{file} no longer holds {count} pending cases of the branches and months it covers. They will be marked withdrawn (not deleted):
{counts}

Import the file?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was imported before; nothing was changed.</source>
        <translation>{file} was imported before; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {rows} rows imported.</source>
        <translation>{file}: {rows} rows imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rejected} rows with problems were left out.</source>
        <translation>{rejected} rows with problems were left out.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and {count} more notes (see the details).</source>
        <translation>… and {count} more notes (see the details).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{month}: figures changed for {count} branches: {codes}</source>
        <translation>{month}: figures changed for {count} branches: {codes}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows imported</source>
        <translation>Rows imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows left out</source>
        <translation>Rows left out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>IndicatorChoices</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_choices.py" line="+39"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial districts</source>
        <translation>Judicial districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All branches of the province</source>
        <translation>All branches of the province</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All case types</source>
        <translation>All case types</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Branches of {name}</source>
        <translation>Branches of {name}</translation>
    </message>
</context>
<context>
    <name>IndicatorHeading</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_heading.py" line="+24"/>
        <source>{period}, through the end of {month}</source>
        <translation>{period}, through the end of {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither higher nor lower is better</source>
        <translation>neither higher nor lower is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{definition} Unit: {unit}; {better}.</source>
        <translation>{definition} Unit: {unit}; {better}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units of different sizes are not compared on a count: none is marked best or worst.</source>
        <translation>Units of different sizes are not compared on a count: none is marked best or worst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period&apos;s later months have no statistics yet: its figures are a part of the period&apos;s, not comparable with a whole period&apos;s.</source>
        <translation>The period&apos;s later months have no statistics yet: its figures are a part of the period&apos;s, not comparable with a whole period&apos;s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
</context>
<context>
    <name>IndicatorRankingModel</name>
    <message>
        <location filename="../desktop/ui/models/indicator_ranking.py" line="+103"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending at end</source>
        <translation>Pending at end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/domain/indicators/definitions.py" line="+44"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases pending at the end of the period&apos;s last month.</source>
        <translation>Cases pending at the end of the period&apos;s last month.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incoming cases</source>
        <translation>Incoming cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases registered during the period.</source>
        <translation>Cases registered during the period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disposed cases</source>
        <translation>Disposed cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases disposed of during the period.</source>
        <translation>Cases disposed of during the period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearance rate</source>
        <translation>Clearance rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed cases as a percentage of incoming cases. Below 100% the backlog grows.</source>
        <translation>Disposed cases as a percentage of incoming cases. Below 100% the backlog grows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incoming cases</source>
        <translation>No incoming cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposition time</source>
        <translation>Disposition time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days needed to dispose of the pending cases at the period&apos;s pace: days of the period with statistics × pending cases ÷ disposed cases.</source>
        <translation>Days needed to dispose of the pending cases at the period&apos;s pace: days of the period with statistics × pending cases ÷ disposed cases.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disposition time (rolling 12 months)</source>
        <translation>Disposition time (rolling 12 months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition time over the 12 months ending with the period: days in those months × pending cases at their end ÷ cases disposed in them.</source>
        <translation>Disposition time over the 12 months ending with the period: days in those months × pending cases at their end ÷ cases disposed in them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average time to disposition</source>
        <translation>Average time to disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days from registration to disposition of the cases disposed.</source>
        <translation>Average days from registration to disposition of the cases disposed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to disposition (90th percentile)</source>
        <translation>Time to disposition (90th percentile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90% of the cases disposed of took at most this many days from registration. Read from 5-day bands: within 5 days of the exact value (cases over 3650 days are counted as 3650 or more).</source>
        <translation>90% of the cases disposed of took at most this many days from registration. Read from 5-day bands: within 5 days of the exact value (cases over 3650 days are counted as 3650 or more).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending over 180 days</source>
        <translation>Pending over 180 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the pending cases registered more than 180 days before the period&apos;s end.</source>
        <translation>Share of the pending cases registered more than 180 days before the period&apos;s end.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending over a year</source>
        <translation>Pending over a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the pending cases registered more than 365 days before the period&apos;s end.</source>
        <translation>Share of the pending cases registered more than 365 days before the period&apos;s end.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending over two years</source>
        <translation>Pending over two years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the pending cases registered more than two years (730 days) before the period&apos;s end (CEPEJ).</source>
        <translation>Share of the pending cases registered more than two years (730 days) before the period&apos;s end (CEPEJ).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average scheduling time</source>
        <translation>Average scheduling time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days from referral to the first hearing date.</source>
        <translation>Average days from referral to the first hearing date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longest scheduling time</source>
        <translation>Longest scheduling time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest time from referral to the first hearing date, in days.</source>
        <translation>The longest time from referral to the first hearing date, in days.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hearings per disposed case</source>
        <translation>Hearings per disposed case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average number of hearings held in the cases disposed of.</source>
        <translation>Average number of hearings held in the cases disposed of.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent satisfied in the survey, weighted by the number of responses.</source>
        <translation>Percent satisfied in the survey, weighted by the number of responses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No survey responses</source>
        <translation>No survey responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few responses to rank ({count})</source>
        <translation>Too few responses to rank ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last-hour referrals</source>
        <translation>Last-hour referrals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of referrals made in the last hour of office hours, after closing or on a closed day.</source>
        <translation>Share of referrals made in the last hour of office hours, after closing or on a closed day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No referrals</source>
        <translation>No referrals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data completeness</source>
        <translation>Data completeness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the cases registered with both a referral time and a first hearing date.</source>
        <translation>Share of the cases registered with both a referral time and a first hearing date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cases registered</source>
        <translation>No cases registered</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicators/basis.py" line="+20"/>
        <source>No disposals</source>
        <extracomment>How an infinite value reads - disposition time with cases pending and none disposed of, the only indicator that has one - wherever a number would stand (never a number, never zero; JSON and spreadsheets get this text or ``null``, never ``Infinity``).</extracomment>
        <translation>No disposals</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few cases to rank ({count})</source>
        <extracomment>What a unit below the minimum is labelled with (``{count}``: its cases, or responses).</extracomment>
        <translation>Too few cases to rank ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/domain/indicators/definitions.py" line="-28"/>
        <source>No disposed cases</source>
        <translation>No disposed cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pending or disposed cases</source>
        <translation>No pending or disposed cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending cases</source>
        <translation>No pending cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases scheduled</source>
        <translation>No cases scheduled</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_drill_down.py" line="+48"/>
        <source>Judicial districts</source>
        <translation>Judicial districts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All branches of the province</source>
        <translation>All branches of the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicators.py" line="+103"/>
        <source>Click a row or a bar (or press Enter) to open the unit below it.</source>
        <translation>Click a row or a bar (or press Enter) to open the unit below it.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst</source>
        <translation>Worst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete data, not ranked</source>
        <translation>Incomplete data, not ranked</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No statistics have been imported yet.</source>
        <translation>No statistics have been imported yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicator_first_view.py" line="+53"/>
        <location filename="../desktop/ui/pages/indicators.py" line="-9"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicator_drill_down.py" line="-7"/>
        <source>Province {name}</source>
        <translation>Province {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicator_export.py" line="+31"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table was saved to {path}.</source>
        <translation>The table was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models/indicator_ranking.py" line="-70"/>
        <source>{value} days</source>
        <translation>{value} days</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{complete} of {total} branches complete</source>
        <translation>{complete} of {total} branches complete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incomplete data: {coverage}</source>
        <translation>Incomplete data: {coverage}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incomplete data: no survey answers for {months}</source>
        <translation>Incomplete data: no survey answers for {months}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete data: no statistics for {months}</source>
        <translation>Incomplete data: no statistics for {months}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/domain/jalali.py" line="+178"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop/domain/approval.py" line="-193"/>
        <location filename="../desktop/domain/meetings.py" line="+31"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawn by the secretary</source>
        <extracomment>A submission the secretary withdrew. It is stored as sent back (a state the center knows, no migration) but with no reason: a send-back always gives one. Shown apart so that nobody reads the chief justice&apos;s decision in it.</extracomment>
        <translation>Withdrawn by the secretary</translation>
    </message>
    <message>
        <location filename="../desktop/domain/meetings.py" line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../desktop/domain/action_status.py" line="+26"/>
        <location filename="../desktop/domain/meetings.py" line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On schedule</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind schedule</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../desktop/domain/meetings.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../desktop/domain/milestones.py" line="+43"/>
        <source>At least {percent}% of the operational-program volume of {term} solutions by the end of {year}</source>
        <translation>At least {percent}% of the operational-program volume of {term} solutions by the end of {year}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../desktop/domain/organisation.py" line="+109"/>
        <source>General civil court branch</source>
        <translation>General civil court branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General criminal court branch</source>
        <translation>General criminal court branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal court one branch</source>
        <translation>Criminal court one branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal court two branch</source>
        <translation>Criminal court two branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family court branch</source>
        <translation>Family court branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juvenile court branch</source>
        <translation>Juvenile court branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal court branch</source>
        <translation>Appeal court branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor&apos;s office</source>
        <translation>Prosecutor&apos;s office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation branch</source>
        <translation>Investigation branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolution council</source>
        <translation>Dispute resolution council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil judgment enforcement</source>
        <translation>Civil judgment enforcement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal sentence enforcement</source>
        <translation>Criminal sentence enforcement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other unit</source>
        <translation>Other unit</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecution</source>
        <translation>Prosecution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop/domain/planning.py" line="+57"/>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-term</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Judiciary Transformation Document</source>
        <translation>Judiciary Transformation Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizens&apos; rights protection instruction</source>
        <translation>Citizens&apos; rights protection instruction</translation>
    </message>
    <message>
        <location filename="../desktop/domain/access.py" line="-158"/>
        <source>Council secretary</source>
        <translation>Council secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief justice</source>
        <translation>Chief justice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District head</source>
        <translation>District head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the center</source>
        <translation>Send to the center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage the chief justices&apos; accounts</source>
        <translation>Manage the chief justices&apos; accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/reports/service.py" line="+42"/>
        <source>Six-monthly status report</source>
        <translation>Six-monthly status report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly citizens&apos;-rights report</source>
        <translation>Quarterly citizens&apos;-rights report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly district statistics</source>
        <translation>Monthly district statistics</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <location filename="../desktop/ui/pages/letterhead_box.py" line="+26"/>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose emblem…</source>
        <translation>Choose emblem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove emblem</source>
        <translation>Remove emblem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The emblem printed at the head of reports saved as official documents. A copy of the picture is kept in the database, so the file may be moved afterwards.</source>
        <translation>The emblem printed at the head of reports saved as official documents. A copy of the picture is kept in the database, so the file may be moved afterwards.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Emblem:</source>
        <translation>Emblem:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The province&apos;s emblem</source>
        <translation>The province&apos;s emblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved. Reports printed with a letterhead show this emblem.</source>
        <translation>Saved. Reports printed with a letterhead show this emblem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed. Reports are printed without an emblem.</source>
        <translation>Removed. Reports are printed without an emblem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No emblem: the letterhead is printed without one.</source>
        <translation>No emblem: the letterhead is printed without one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}, {width} × {height} pixels</source>
        <translation>{file}, {width} × {height} pixels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+87"/>
        <source>Rasad — follow-up of the Transformation Document</source>
        <translation>Rasad — follow-up of the Transformation Document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_status.py" line="+56"/>
        <source>Opening the database… the page follows in a moment.</source>
        <translation>Opening the database… the page follows in a moment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+140"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and activities</source>
        <translation>Plans and activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings and resolutions</source>
        <translation>Meetings and resolutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch performance</source>
        <translation>Branch performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import statistics</source>
        <translation>Import statistics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District comments</source>
        <translation>District comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to center</source>
        <translation>Send to center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_menu.py" line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Rasad</source>
        <translation>&amp;About Rasad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_status.py" line="-12"/>
        <source>Province: {province} — User: {user} — Today: {today}</source>
        <translation>Province: {province} — User: {user} — Today: {today}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+82"/>
        <source>About Rasad</source>
        <translation>About Rasad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad {version}
Follow-up of the Judiciary Transformation Document for provincial judicial councils.
Font: Vazirmatn (SIL Open Font License).</source>
        <translation>Rasad {version}
Follow-up of the Judiciary Transformation Document for provincial judicial councils.
Font: Vazirmatn (SIL Open Font License).</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../desktop/ui/pages/meeting_editors.py" line="+96"/>
        <location line="+67"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Next free number</source>
        <translation>Next free number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add attendee</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save meeting</source>
        <translation>Save meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendees:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Meeting {number}</source>
        <translation>Meeting {number}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../desktop/meetings/service.py" line="+344"/>
        <source>This meeting no longer exists (id {id}); it may have been deleted.</source>
        <translation>This meeting no longer exists (id {id}); it may have been deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no meeting with id {id}.</source>
        <translation>There is no meeting with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This resolution no longer exists (id {id}); it may have been deleted.</source>
        <translation>This resolution no longer exists (id {id}); it may have been deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no resolution with id {id}.</source>
        <translation>There is no resolution with id {id}.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/meeting_lists.py" line="+28"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="+216"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location line="-159"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Double-click a resolution to follow it up.</source>
        <translation>Double-click a resolution to follow it up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a resolution to see it and its follow-up.</source>
        <translation>Double-click a resolution to see it and its follow-up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New resolution</source>
        <translation>New resolution</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolutions of this meeting</source>
        <translation>Resolutions of this meeting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a meeting to see it and its resolutions, or press New meeting.</source>
        <translation>Select a meeting to see it and its resolutions, or press New meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a meeting to see it and its resolutions.</source>
        <translation>Select a meeting to see it and its resolutions.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete meeting {number} with its resolutions ({count})? This cannot be undone.</source>
        <translation>Delete meeting {number} with its resolutions ({count})? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OpenEvidence</name>
    <message>
        <location filename="../desktop/ui/widgets/open_evidence.py" line="+35"/>
        <source>Open evidence file</source>
        <translation>Open evidence file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy of “{name}” is missing from the evidence folder.</source>
        <translation>The stored copy of “{name}” is missing from the evidence folder.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../desktop/organisation/service.py" line="+84"/>
        <source>This database is already set up; branches are added or moved by importing the branch registry.</source>
        <translation>This database is already set up; branches are added or moved by importing the branch registry.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/passphrase.py" line="+21"/>
        <source>Signing key passphrase</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no secure keyring, so the province&apos;s signing key is kept in an encrypted file:
{location}
Choose a passphrase for it and keep it safe; without it nothing can be signed.</source>
        <translation>This computer has no secure keyring, so the province&apos;s signing key is kept in an encrypted file:
{location}
Choose a passphrase for it and keep it safe; without it nothing can be signed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The province&apos;s signing key is in an encrypted file:
{location}
Enter its passphrase. It is kept in memory only until Rasad closes.</source>
        <translation>The province&apos;s signing key is in an encrypted file:
{location}
Enter its passphrase. It is kept in memory only until Rasad closes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least {count} characters.</source>
        <translation>Use at least {count} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="-210"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../desktop/ui/pages/plan_summary.py" line="+25"/>
        <source>Planned progress (PV)</source>
        <translation>Planned progress (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual progress (EV)</source>
        <translation>Actual progress (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>Schedule performance (SPI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 means on schedule</source>
        <translation>1 means on schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solutions of this plan: {count}</source>
        <translation>Solutions of this plan: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../desktop/ui/models/plan_tree_model.py" line="+67"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned progress (PV) today</source>
        <translation>Planned progress (PV) today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual progress (EV) reported</source>
        <translation>Actual progress (EV) reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance index: actual ÷ planned; 1 means on schedule. Green from {good}, yellow from {warn}, red below.</source>
        <translation>Schedule performance index: actual ÷ planned; 1 means on schedule. Green from {good}, yellow from {warn}, red below.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Earliest planned start of its activities</source>
        <translation>Earliest planned start of its activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest planned finish of its activities</source>
        <translation>Latest planned finish of its activities</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../desktop/planning/rows.py" line="+16"/>
        <source>This solution no longer exists (id {id}); it may have been deleted.</source>
        <translation>This solution no longer exists (id {id}); it may have been deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This operational program no longer exists (id {id}); it may have been deleted.</source>
        <translation>This operational program no longer exists (id {id}); it may have been deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This activity no longer exists (id {id}); it may have been deleted.</source>
        <translation>This activity no longer exists (id {id}); it may have been deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no solution with id {id}.</source>
        <translation>There is no solution with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operational program with id {id}.</source>
        <translation>There is no operational program with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no activity with id {id}.</source>
        <translation>There is no activity with id {id}.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../desktop/ui/pages/plans.py" line="+64"/>
        <source>Select a plan, solution, operational program or activity in the tree to see its details.</source>
        <translation>Select a plan, solution, operational program or activity in the tree to see its details.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/plan_edits.py" line="+39"/>
        <source>New solution</source>
        <translation>New solution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New operational program</source>
        <translation>New operational program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/ui/pages/plans.py" line="+167"/>
        <source>New sub-activity</source>
        <translation>New sub-activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <location line="+15"/>
        <location filename="../desktop/ui/pages/plans.py" line="+28"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/plans.py" line="-92"/>
        <source>Plans and activities</source>
        <translation>Plans and activities</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/plan_edits.py" line="+20"/>
        <source>Delete the solution “{title}” with its operational programs, activities and their progress history?</source>
        <translation>Delete the solution “{title}” with its operational programs, activities and their progress history?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the operational program “{title}” with its activities and their progress history?</source>
        <translation>Delete the operational program “{title}” with its activities and their progress history?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the activity “{title}” with its sub-activities and their progress history?</source>
        <translation>Delete the activity “{title}” with its sub-activities and their progress history?</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="+140"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New operational program in “{solution}”</source>
        <translation>New operational program in “{solution}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operational program {code}</source>
        <translation>Operational program {code}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../desktop/ui/language.py" line="+25"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>QT_LAYOUT_DIRECTION</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../desktop/ui/charts/ranking_chart.py" line="+68"/>
        <source>Ranking chart</source>
        <translation>Ranking chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar to open that unit</source>
        <translation>Click a bar to open that unit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} more units between</source>
        <translation>{count} more units between</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+86"/>
        <source>{rank}. {name}: {value}</source>
        <translation>{rank}. {name}: {value}</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No unit has complete data to rank.</source>
        <translation>No unit has complete data to rank.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+61"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/reports/citizens.py" line="+37"/>
        <source>Quarterly report on the protection of citizens&apos; rights</source>
        <translation>Quarterly report on the protection of citizens&apos; rights</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/document.py" line="+109"/>
        <location filename="../desktop/center/report/follow_up_sections.py" line="+104"/>
        <location filename="../desktop/center/report/service.py" line="+86"/>
        <location filename="../desktop/reports/citizens.py" line="+9"/>
        <location filename="../desktop/reports/service.py" line="+155"/>
        <location filename="../desktop/reports/status.py" line="+74"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="-21"/>
        <source>No progress of the citizens&apos;-rights programs has been recorded for this quarter.</source>
        <translation>No progress of the citizens&apos;-rights programs has been recorded for this quarter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Evidence documents</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-2"/>
        <location filename="../desktop/reports/citizens.py" line="+5"/>
        <location line="+25"/>
        <location filename="../desktop/reports/status.py" line="+36"/>
        <location line="+54"/>
        <location line="+10"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="-24"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location filename="../desktop/reports/common.py" line="+59"/>
        <location filename="../desktop/reports/status.py" line="-70"/>
        <location filename="../desktop/reports/status_behind.py" line="+24"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <location filename="../desktop/reports/common.py" line="+1"/>
        <location filename="../desktop/reports/status.py" line="+0"/>
        <location filename="../desktop/reports/status_behind.py" line="+1"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../desktop/reports/common.py" line="+1"/>
        <location filename="../desktop/reports/status_behind.py" line="+1"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions done</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The instruction asks for a report every three months, with its supporting documents, to the central secretariat. Each program&apos;s actions, their status and the evidence recorded in the quarter follow.</source>
        <translation>The instruction asks for a report every three months, with its supporting documents, to the central secretariat. Each program&apos;s actions, their status and the evidence recorded in the quarter follow.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Program {number}: {title}</source>
        <translation>Program {number}: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible: {manager}. Actual progress {actual} against {planned} planned.</source>
        <translation>Responsible: {manager}. Actual progress {actual} against {planned} planned.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/reports/status.py" line="-13"/>
        <location line="+87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports in the quarter</source>
        <translation>Reports in the quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program {number}</source>
        <translation>Program {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This program has no actions recorded.</source>
        <translation>This program has no actions recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>No satisfaction survey results have been imported for this quarter.</source>
        <translation>No satisfaction survey results have been imported for this quarter.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>In the quarter {responses} people answered the satisfaction survey; {average} of them were satisfied.</source>
        <translation>In the quarter {responses} people answered the satisfaction survey; {average} of them were satisfied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the quarter {responses} people answered the satisfaction survey; {average} of them were satisfied (incomplete data: {coverage}).</source>
        <translation>In the quarter {responses} people answered the satisfaction survey; {average} of them were satisfied (incomplete data: {coverage}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/reports/district.py" line="+62"/>
        <location line="+97"/>
        <source>Judicial district</source>
        <translation>Judicial district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incomplete data: {units}. Their satisfaction is partial: some branch did not answer the survey in a month of the quarter in which it was run, or its case statistics are carried forward or missing. Such figures are shown, never compared.</source>
        <translation>Incomplete data: {units}. Their satisfaction is partial: some branch did not answer the survey in a month of the quarter in which it was run, or its case statistics are carried forward or missing. Such figures are shown, never compared.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Survey results come from the satisfaction survey imported from the case-management system (CMS).</source>
        <translation>Survey results come from the satisfaction survey imported from the case-management system (CMS).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/common.py" line="-45"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Prepared on {date}</source>
        <translation>Prepared on {date}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Approved by the provincial chief justice — signature and date: ………………………</source>
        <translation>Approved by the provincial chief justice — signature and date: ………………………</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no data for this period.</source>
        <translation>There is no data for this period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Situation on {date}</source>
        <translation>Situation on {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provincial judicial council</source>
        <translation>Provincial judicial council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial judicial council of {province}</source>
        <translation>Provincial judicial council of {province}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{program} › {activity}</source>
        <translation>{program} › {activity}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} with no operational program</source>
        <translation>{count} with no operational program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} with operational programs but no activity</source>
        <translation>{count} with operational programs but no activity</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-113"/>
        <source>Monthly statistical report of the judicial districts</source>
        <translation>Monthly statistical report of the judicial districts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The districts at a glance</source>
        <translation>The districts at a glance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No branch statistics have been imported for this month.</source>
        <translation>No branch statistics have been imported for this month.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-76"/>
        <location line="+27"/>
        <location line="+16"/>
        <location line="+32"/>
        <location filename="../desktop/center/report/plan_sections.py" line="+96"/>
        <location line="+116"/>
        <location line="+41"/>
        <location filename="../desktop/center/report/ranking_sections.py" line="+81"/>
        <location filename="../desktop/reports/citizens.py" line="-12"/>
        <location filename="../desktop/reports/district.py" line="+28"/>
        <location line="+31"/>
        <location line="+104"/>
        <location filename="../desktop/reports/status.py" line="+58"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-152"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of the month; rates are computed from the summed cases of all branches. Branches are ranked within their district by the clearance rate.</source>
        <translation>Values of the month; rates are computed from the summed cases of all branches. Branches are ranked within their district by the clearance rate.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="-4"/>
        <location line="+3"/>
        <location filename="../desktop/reports/district.py" line="+3"/>
        <location line="+165"/>
        <source>{unit} ({coverage})</source>
        <translation>{unit} ({coverage})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-150"/>
        <location line="+160"/>
        <source>The satisfaction of {names} is incomplete data: not every branch answered the survey in the month.</source>
        <translation>The satisfaction of {names} is incomplete data: not every branch answered the survey in the month.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="+21"/>
        <location filename="../desktop/reports/district.py" line="-147"/>
        <source>{complete} of {total} branches complete</source>
        <translation>{complete} of {total} branches complete</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-23"/>
        <source>Incomplete data: {units}. Their figures include branches whose statistics for the month are carried forward or missing; they are shown, never ranked.</source>
        <translation>Incomplete data: {units}. Their figures include branches whose statistics for the month are carried forward or missing; they are shown, never ranked.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>completeness not recorded at approval</source>
        <translation>completeness not recorded at approval</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Completeness not known: {units}. The approved figures do not record whether their statistics were complete (approved before Rasad recorded it, or registered since); they are shown, never ranked.</source>
        <translation>Completeness not known: {units}. The approved figures do not record whether their statistics were complete (approved before Rasad recorded it, or registered since); they are shown, never ranked.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+95"/>
        <source>completeness not known</source>
        <translation>completeness not known</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../desktop/reports/status.py" line="+8"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more not shown</source>
        <translation>{count} more not shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judicial districts ranked by {indicator}</source>
        <translation>Judicial districts ranked by {indicator}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backlog grew three months running</source>
        <translation>backlog grew three months running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearance under 100 % three months running</source>
        <translation>clearance under 100 % three months running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In district</source>
        <translation>In district</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Incomplete data: {units}. Figures marked &quot;incomplete data&quot; include branches whose statistics for the month are carried forward or missing; they are shown, never compared.</source>
        <translation>Incomplete data: {units}. Figures marked &quot;incomplete data&quot; include branches whose statistics for the month are carried forward or missing; they are shown, never compared.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-28"/>
        <location filename="../desktop/reports/district.py" line="-81"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="+1"/>
        <source>Backlog added in three months</source>
        <translation>Backlog added in three months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest clearance rate</source>
        <translation>Lowest clearance rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Units at risk</source>
        <translation>Units at risk</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No district or branch is at risk.</source>
        <translation>No district or branch is at risk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early warning, as on the overview: a unit whose backlog grew in each of the three months ending with this month, or whose clearance rate stayed under 100 % in each of them. A month without statistics breaks the run.</source>
        <translation>Early warning, as on the overview: a unit whose backlog grew in each of the three months ending with this month, or whose clearance rate stayed under 100 % in each of them. A month without statistics breaks the run.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} more</source>
        <translation>{count} more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not judged: {count} units whose statistics for some of these four months (the three and the month before them) are carried forward or missing - their figures are partial, so they are neither listed as at risk nor cleared: {names}.</source>
        <translation>Not judged: {count} units whose statistics for some of these four months (the three and the month before them) are carried forward or missing - their figures are partial, so they are neither listed as at risk nor cleared: {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/reports/status.py" line="-6"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-1"/>
        <location filename="../desktop/reports/district.py" line="+3"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="+1"/>
        <location line="+57"/>
        <source>Branches of {district}</source>
        <translation>Branches of {district}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Change in {indicator}</source>
        <translation>Change in {indicator}</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-46"/>
        <location line="+45"/>
        <location filename="../desktop/reports/district.py" line="+14"/>
        <location filename="../desktop/reports/status.py" line="-3"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="+1"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{district} at a glance</source>
        <translation>{district} at a glance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This district has no branches with statistics.</source>
        <translation>This district has no branches with statistics.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district_data.py" line="+106"/>
        <source>There is no district with the code {code}.</source>
        <translation>There is no district with the code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="-202"/>
        <source>Six-monthly status report of the Transformation Document</source>
        <translation>Six-monthly status report of the Transformation Document</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No activities with a schedule or a progress report have been recorded yet, so there is no progress to report for this period.</source>
        <translation>No activities with a schedule or a progress report have been recorded yet, so there is no progress to report for this period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No activity was scheduled to start by the report&apos;s date, so there is no progress to report for this period.</source>
        <extracomment>Activities are scheduled, none to have started by the report date (planned progress a real 0 %, not &quot;no data&quot;).</extracomment>
        <translation>No activity was scheduled to start by the report&apos;s date, so there is no progress to report for this period.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On {date} the schedule called for no progress yet (planned progress {planned}): the first of the {count} scheduled activities starts on {first}. There is no progress to report for this period.</source>
        <translation>On {date} the schedule called for no progress yet (planned progress {planned}): the first of the {count} scheduled activities starts on {first}. There is no progress to report for this period.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actual progress (EV)</source>
        <translation>Actual progress (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned progress (PV)</source>
        <translation>Planned progress (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>Schedule performance (SPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished activities</source>
        <translation>Finished activities</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no activities</source>
        <translation>no activities</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status_behind.py" line="+13"/>
        <source>No activity with a progress report is behind schedule.</source>
        <translation>No activity with a progress report is behind schedule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind, not reported</source>
        <translation>Behind, not reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities with a progress report, most behind first</source>
        <translation>Activities with a progress report, most behind first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities with no progress report that should be under way, earliest planned finish first</source>
        <translation>Activities with no progress report that should be under way, earliest planned finish first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} more activities with no progress report that should be under way are not listed.</source>
        <translation>{count} more activities with no progress report that should be under way are not listed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} more activities with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</source>
        <translation>{count} more activities with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} more activities with a progress report are behind schedule, each by less, and are not listed.</source>
        <translation>{count} more activities with a progress report are behind schedule, each by less, and are not listed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities with a progress report are ranked by how far their actual progress falls below the planned, then by the lower SPI, then by program and code. An activity with no progress report by the report date has no known actual progress or SPI: it is shown as &quot;not reported&quot;, never as 0%, and is not ranked with the others; it is listed apart once its schedule calls for at least {percent} by the report date, the earliest planned finish first.</source>
        <translation>Activities with a progress report are ranked by how far their actual progress falls below the planned, then by the lower SPI, then by program and code. An activity with no progress report by the report date has no known actual progress or SPI: it is shown as &quot;not reported&quot;, never as 0%, and is not ranked with the others; it is listed apart once its schedule calls for at least {percent} by the report date, the earliest planned finish first.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+62"/>
        <location line="+13"/>
        <source>Overdue resolutions</source>
        <translation>Overdue resolutions</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>On {date} the province&apos;s actual progress in the Transformation Document is {actual}, against {planned} planned by the schedule (SPI {spi}). Over the period it moved from {start} to {actual}.</source>
        <translation>On {date} the province&apos;s actual progress in the Transformation Document is {actual}, against {planned} planned by the schedule (SPI {spi}). Over the period it moved from {start} to {actual}.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Overdue resolutions of this period&apos;s meetings</source>
        <translation>Overdue resolutions of this period&apos;s meetings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress is behind schedule: an SPI below 0.9 calls for the council&apos;s attention.</source>
        <translation>Progress is behind schedule: an SPI below 0.9 calls for the council&apos;s attention.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/document.py" line="-74"/>
        <source>Six-monthly national status report</source>
        <translation>Six-monthly national status report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up center</source>
        <translation>Follow-up center</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the provinces of this account: {provinces}. Its totals are theirs, not the whole country&apos;s.</source>
        <translation>Only the provinces of this account: {provinces}. Its totals are theirs, not the whole country&apos;s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of the follow-up center — signature and date: ………………………</source>
        <translation>Head of the follow-up center — signature and date: ………………………</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of these provinces (mean of their EV)</source>
        <translation>Progress of these provinces (mean of their EV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/center/report/plan_sections.py" line="-156"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue activities</source>
        <translation>Overdue activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period approved</source>
        <translation>Period approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-12"/>
        <source>Stale provinces</source>
        <translation>Stale provinces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provinces that have sent nothing yet</source>
        <translation>Provinces that have sent nothing yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No province has sent progress or statistics for this period yet.</source>
        <translation>No province has sent progress or statistics for this period yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing has reached the center yet from {count} province(s): {provinces}. Their figures are not known and are counted nowhere as zero.</source>
        <translation>Nothing has reached the center yet from {count} province(s): {provinces}. Their figures are not known and are counted nowhere as zero.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-43"/>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Progress of the provinces</source>
        <translation>Progress of the provinces</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../desktop/reports/status.py" line="+10"/>
        <source>{term}: {percent} by the end of {year}</source>
        <translation>{term}: {percent} by the end of {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/reports/status.py" line="+6"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{term} {year}</source>
        <translation>{term} {year}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>nothing sent yet</source>
        <extracomment>A province from which nothing at all has reached the center: its figures are not known, never zero</extracomment>
        <translation>nothing sent yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <extracomment>A province that sent bundles, none of them applied (held or refused): its figures are not known either</extracomment>
        <translation>no data received</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These provinces</source>
        <translation>These provinces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incomplete data: the plan these provinces sent could not be read at the center (its log names the rows); their figures are not known - never zero, never ranked, and left out of the whole country&apos;s figures: {provinces}.</source>
        <translation>Incomplete data: the plan these provinces sent could not be read at the center (its log names the rows); their figures are not known - never zero, never ranked, and left out of the whole country&apos;s figures: {provinces}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing these provinces sent has reached the center&apos;s figures yet (they have sent nothing, or only bundles held or refused): their figures are not known - never zero, never ranked, and left out of the whole country&apos;s figures: {provinces}.</source>
        <translation>Nothing these provinces sent has reached the center&apos;s figures yet (they have sent nothing, or only bundles held or refused): their figures are not known - never zero, never ranked, and left out of the whole country&apos;s figures: {provinces}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+155"/>
        <source>Planned progress (PV) as now reported</source>
        <translation>Planned progress (PV) as now reported</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>Actual progress (EV) as now reported</source>
        <translation>Actual progress (EV) as now reported</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>Actual progress (EV) approved</source>
        <translation>Actual progress (EV) approved</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>PV and EV are the province&apos;s own plan roll-up on the report date (its activities&apos; weights and the last progress reported on or before that date, through programs, solutions and plans), computed from the plan its bundles carried as the dashboard&apos;s progress page does (as now reported); the approved EV is the one its chief justice approved for this half-year. Whole country: the mean of the provinces&apos; figures, each province counting once, provinces without plan data left out. Activities, reported and overdue count the province&apos;s lowest-level activities, as its overview does (a parent activity is made of its sub-activities and carries no report of its own); overdue: planned to finish before the report date and not reported finished by then.</source>
        <translation>PV and EV are the province&apos;s own plan roll-up on the report date (its activities&apos; weights and the last progress reported on or before that date, through programs, solutions and plans), computed from the plan its bundles carried as the dashboard&apos;s progress page does (as now reported); the approved EV is the one its chief justice approved for this half-year. Whole country: the mean of the provinces&apos; figures, each province counting once, provinces without plan data left out. Activities, reported and overdue count the province&apos;s lowest-level activities, as its overview does (a parent activity is made of its sub-activities and carries no report of its own); overdue: planned to finish before the report date and not reported finished by then.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>approved, figures not received</source>
        <translation>approved, figures not received</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>as approved</source>
        <translation>as approved</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Share of provinces met</source>
        <translation>Share of provinces met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean value</source>
        <translation>Mean value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved value</source>
        <translation>Approved value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved status</source>
        <translation>Approved status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value as now reported</source>
        <translation>Value as now reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status as now reported</source>
        <translation>Status as now reported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s targets: at least 40% of the operational-program volume of mid-term solutions and 30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. Every province&apos;s compliance is computed on the report date from the plan its bundles carried, by the province&apos;s own overview code (the same figures as the dashboard&apos;s progress page): that is &quot;as now reported&quot;, and the counts above are over these figures. Where the chief justice approved the half-year, &quot;approved&quot; gives the figures frozen at approval; &quot;as approved&quot; means the province&apos;s data still give them, otherwise both are shown and the row is marked. A province without plan data counts as no data, never as zero.</source>
        <translation>The document&apos;s targets: at least 40% of the operational-program volume of mid-term solutions and 30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. Every province&apos;s compliance is computed on the report date from the plan its bundles carried, by the province&apos;s own overview code (the same figures as the dashboard&apos;s progress page): that is &quot;as now reported&quot;, and the counts above are over these figures. Where the chief justice approved the half-year, &quot;approved&quot; gives the figures frozen at approval; &quot;as approved&quot; means the province&apos;s data still give them, otherwise both are shown and the row is marked. A province without plan data counts as no data, never as zero.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No province&apos;s bundles carried driver projects yet.</source>
        <translation>No province&apos;s bundles carried driver projects yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver projects of the provinces</source>
        <translation>Driver projects of the provinces</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="+3"/>
        <location filename="../desktop/reports/status.py" line="-87"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-42"/>
        <location filename="../desktop/reports/status.py" line="+2"/>
        <source>Forecast at the deadline</source>
        <translation>Forecast at the deadline</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/document.py" line="-38"/>
        <source>National progress (mean of the provinces&apos; EV)</source>
        <translation>National progress (mean of the provinces&apos; EV)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On {date} the mean progress of the {count} provinces with plan data is {progress}; {approved} of the {provinces} provinces have had this half-year approved by their chief justice.</source>
        <translation>On {date} the mean progress of the {count} provinces with plan data is {progress}; {approved} of the {provinces} provinces have had this half-year approved by their chief justice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A province&apos;s progress is its own: its plan rolled up from its activities through programs, solutions and plans, as its chief justice sees it and the dashboard&apos;s progress page shows it. The progress of these provinces is the mean of their own figures, each province counting once (each province weighs its activities against its own plan, so weights are not added up across provinces); a province without plan data is left out. Their indicators add up the provinces&apos; own totals (the sum of numerators over the sum of denominators); they are not averages of the provinces&apos; percentages. Provinces outside this account are in none of these figures.</source>
        <translation>A province&apos;s progress is its own: its plan rolled up from its activities through programs, solutions and plans, as its chief justice sees it and the dashboard&apos;s progress page shows it. The progress of these provinces is the mean of their own figures, each province counting once (each province weighs its activities against its own plan, so weights are not added up across provinces); a province without plan data is left out. Their indicators add up the provinces&apos; own totals (the sum of numerators over the sum of denominators); they are not averages of the provinces&apos; percentages. Provinces outside this account are in none of these figures.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A province&apos;s progress is its own: its plan rolled up from its activities through programs, solutions and plans, as its chief justice sees it and the dashboard&apos;s progress page shows it. National progress is the mean of the provinces&apos; own figures, each province counting once (each province weighs its activities against its own plan, so weights are not added up across provinces); a province without plan data is left out. National indicators add up the provinces&apos; own totals (the sum of numerators over the sum of denominators); they are not averages of the provinces&apos; percentages.</source>
        <translation>A province&apos;s progress is its own: its plan rolled up from its activities through programs, solutions and plans, as its chief justice sees it and the dashboard&apos;s progress page shows it. National progress is the mean of the provinces&apos; own figures, each province counting once (each province weighs its activities against its own plan, so weights are not added up across provinces); a province without plan data is left out. National indicators add up the provinces&apos; own totals (the sum of numerators over the sum of denominators); they are not averages of the provinces&apos; percentages.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-112"/>
        <source>no plan data</source>
        <translation>no plan data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual progress (EV) of each province</source>
        <translation>Actual progress (EV) of each province</translation>
    </message>
    <message>
        <location line="+111"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Solutions meeting the target</source>
        <translation>Solutions meeting the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones by province</source>
        <translation>Milestones by province</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approved before the half-year ended, so their approved figures describe the day of approval, not the report&apos;s date: {provinces}. Part of the difference with &quot;as now reported&quot; is the days between.</source>
        <translation>Approved before the half-year ended, so their approved figures describe the day of approval, not the report&apos;s date: {provinces}. Part of the difference with &quot;as now reported&quot; is the days between.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-46"/>
        <source>Provinces ranked</source>
        <translation>Provinces ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best provinces</source>
        <translation>Best provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst provinces</source>
        <translation>Worst provinces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicator rankings of the provinces</source>
        <translation>Indicator rankings of the provinces</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-44"/>
        <location filename="../desktop/center/report/ranking_sections.py" line="+7"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="+24"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces ranked on each indicator</source>
        <translation>Provinces ranked on each indicator</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="+0"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>sent back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not submitted</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <location line="+15"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the approved figures</source>
        <translation>Fingerprint of the approved figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved, but the approved figures have not reached the center: {provinces}. Their live figures are shown.</source>
        <translation>Approved, but the approved figures have not reached the center: {provinces}. Their live figures are shown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a half-year its chief justice approved, the report uses the figures frozen at approval, as the province&apos;s bundle carried them (the fingerprint is their SHA-256); later changes in the province do not move them.</source>
        <translation>For a half-year its chief justice approved, the report uses the figures frozen at approval, as the province&apos;s bundle carried them (the fingerprint is their SHA-256); later changes in the province do not move them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval of the half-year by province</source>
        <translation>Approval of the half-year by province</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not late yet</source>
        <translation>not late yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every province has sent a bundle recently.</source>
        <translation>Every province has sent a bundle recently.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held and refused bundles</source>
        <translation>Held and refused bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bundle is held and none was refused since the period began.</source>
        <translation>No bundle is held and none was refused since the period began.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale provinces, held and refused bundles</source>
        <translation>Stale provinces, held and refused bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces that have sent nothing recently</source>
        <translation>Provinces that have sent nothing recently</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles held now or refused since the period began</source>
        <translation>Bundles held now or refused since the period began</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has sent nothing yet (registered on {date})</source>
        <translation>has sent nothing yet (registered on {date})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directives</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No directive was issued in this period.</source>
        <translation>No directive was issued in this period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directives issued in the period</source>
        <translation>Directives issued in the period</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{programs} program(s), {targets} target(s), {deadlines} deadline(s)</source>
        <translation>{programs} program(s), {targets} target(s), {deadlines} deadline(s)</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-36"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>The document&apos;s targets: at least 40% of the operational-program volume of mid-term solutions and 30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. The forecast continues the trend of the last six months to the deadline.</source>
        <translation>The document&apos;s targets: at least 40% of the operational-program volume of mid-term solutions and 30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. The forecast continues the trend of the last six months to the deadline.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="+40"/>
        <location filename="../desktop/reports/status.py" line="+4"/>
        <source>Milestone compliance</source>
        <translation>Milestone compliance</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../desktop/reports/status.py" line="+6"/>
        <location line="+8"/>
        <source>Driver projects</source>
        <translation>Driver projects</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../desktop/reports/status.py" line="-2"/>
        <source>Driver project</source>
        <translation>Driver project</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Main executor</source>
        <translation>Main executor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ten driver projects</source>
        <translation>The ten driver projects</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../desktop/reports/status_behind.py" line="-58"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/reports/status_behind.py" line="+2"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive manager</source>
        <translation>Executive manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in the period</source>
        <translation>Change in the period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of each solution</source>
        <translation>Progress of each solution</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status_behind.py" line="-1"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Behind schedule</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activity is behind schedule.</source>
        <translation>No activity is behind schedule.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Activities most behind schedule</source>
        <translation>Activities most behind schedule</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+4"/>
        <source>Council resolutions and their fulfilment</source>
        <translation>Council resolutions and their fulfilment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The council adopted no resolution in this period.</source>
        <translation>The council adopted no resolution in this period.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolutions adopted</source>
        <translation>Resolutions adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried out</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-155"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No resolution of the period is overdue.</source>
        <translation>No resolution of the period is overdue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried out on</source>
        <translation>Carried out on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All resolutions of the period</source>
        <translation>All resolutions of the period</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch performance indicators</source>
        <translation>Branch performance indicators</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The progress of {count} solutions of the province&apos;s plans cannot be measured yet: {reasons}.</source>
        <translation>The progress of {count} solutions of the province&apos;s plans cannot be measured yet: {reasons}.</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>No branch statistics have been imported for this period.</source>
        <translation>No branch statistics have been imported for this period.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The progress of {count} of these solutions cannot be measured yet (&quot;—&quot;): {reasons}.</source>
        <translation>The progress of {count} of these solutions cannot be measured yet (&quot;—&quot;): {reasons}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best district</source>
        <translation>Best district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst district</source>
        <translation>Worst district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best branch</source>
        <translation>Best branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst branch</source>
        <translation>Worst branch</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-46"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole country&apos;s value is the sum of numerators over the sum of denominators of every province&apos;s monthly statistics. Only provinces whose every branch has statistics for every month of the period are ranked; the others are listed as incomplete data. Counts such as the backlog name no best or worst province: provinces of different sizes are not compared on absolute numbers. A province that approved the half-year is ranked on its approved value. The 90th percentile of disposition time is not computed at the center: bundles do not carry the histogram it needs.</source>
        <translation>The whole country&apos;s value is the sum of numerators over the sum of denominators of every province&apos;s monthly statistics. Only provinces whose every branch has statistics for every month of the period are ranked; the others are listed as incomplete data. Counts such as the backlog name no best or worst province: provinces of different sizes are not compared on absolute numbers. A province that approved the half-year is ranked on its approved value. The 90th percentile of disposition time is not computed at the center: bundles do not carry the histogram it needs.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-69"/>
        <location filename="../desktop/center/report/ranking_sections.py" line="+18"/>
        <location filename="../desktop/reports/citizens.py" line="+8"/>
        <location filename="../desktop/reports/district.py" line="-129"/>
        <location line="+95"/>
        <location filename="../desktop/reports/status.py" line="-26"/>
        <source>incomplete data</source>
        <extracomment>A province whose stored plan the center could not read: its figures are not known, never zero nor &quot;no data&quot;</extracomment>
        <translation>incomplete data</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+36"/>
        <source>Best and worst are judged in the indicator&apos;s own direction (for times lower is better); counts such as the backlog are not compared between units of different size. The charts show the province month by month over the last twelve months.</source>
        <translation>Best and worst are judged in the indicator&apos;s own direction (for times lower is better); counts such as the backlog are not compared between units of different size. The charts show the province month by month over the last twelve months.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-10"/>
        <location filename="../desktop/reports/citizens.py" line="-20"/>
        <location filename="../desktop/reports/status.py" line="+6"/>
        <source>The figures of {period} run through the end of {month}: its later months have no statistics yet, so they are a part of the period&apos;s, not comparable with a whole period&apos;s.</source>
        <translation>The figures of {period} run through the end of {month}: its later months have no statistics yet, so they are a part of the period&apos;s, not comparable with a whole period&apos;s.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+5"/>
        <source>A province figure marked &quot;incomplete data&quot; includes branches whose statistics for some month of the period are carried forward or missing (for satisfaction: branches that did not answer the survey); it is shown, never compared.</source>
        <translation>A province figure marked &quot;incomplete data&quot; includes branches whose statistics for some month of the period are carried forward or missing (for satisfaction: branches that did not answer the survey); it is shown, never compared.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} activities under way have had no progress report in the last 90 days before the report date.</source>
        <translation>{count} activities under way have had no progress report in the last 90 days before the report date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No branch statistics were imported for: {months}.</source>
        <translation>No branch statistics were imported for: {months}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of {total} branches have no statistics in this period.</source>
        <translation>{count} of {total} branches have no statistics in this period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} of {total} branches have incomplete statistics in this period (some months carried forward or missing): {names}. The figures include them; they are not ranked.</source>
        <translation>{count} of {total} branches have incomplete statistics in this period (some months carried forward or missing): {names}. The figures include them; they are not ranked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only {value} of the cases registered in the period have their referral and hearing dates in the case-management system (CMS).</source>
        <translation>Only {value} of the cases registered in the period have their referral and hearing dates in the case-management system (CMS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data-quality problem was found for this period.</source>
        <translation>No data-quality problem was found for this period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics come only from the case-management system (CMS); each district head answers for the correctness of his district&apos;s data.</source>
        <translation>Statistics come only from the case-management system (CMS); each district head answers for the correctness of his district&apos;s data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data-quality notes</source>
        <translation>Data-quality notes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/service.py" line="-84"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the name of the Most High</source>
        <translation>In the name of the Most High</translation>
    </message>
    <message>
        <location filename="../desktop/reports/approved.py" line="+50"/>
        <source>Figures as approved by {name} on {date} (fingerprint {hash}); later changes are not shown.</source>
        <translation>Figures as approved by {name} on {date} (fingerprint {hash}); later changes are not shown.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/language.py" line="+25"/>
        <source>{count} of {total}</source>
        <extracomment>How many of a whole: «۱۰ از ۱۹», &quot;10 of 19&quot; - the window&apos;s form (desktop.ui.formatting.format_part_of), never «۱۰ / ۱۹», which reads as a fraction or a date.</extracomment>
        <translation>{count} of {total}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="+60"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district</source>
        <translation>Judicial district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save charts…</source>
        <translation>Save charts…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a report and its period, then press Preview: its first pages appear here. Save as PDF or Excel writes the whole report.</source>
        <translation>Choose a report and its period, then press Preview: its first pages appear here. Save as PDF or Excel writes the whole report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a report and its period, then press Preview: its first pages appear here.</source>
        <translation>Choose a report and its period, then press Preview: its first pages appear here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+87"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no data for this period; the report says so.</source>
        <translation>There is no data for this period; the report says so.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This period&apos;s report has part of its data: {missing}</source>
        <translation>This period&apos;s report has part of its data: {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} charts saved.</source>
        <translation>{count} charts saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save charts into</source>
        <translation>Save charts into</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../desktop/ui/pages/resolution_editor.py" line="+276"/>
        <source>New resolution</source>
        <translation>New resolution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <location line="-229"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save resolution</source>
        <translation>Save resolution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on:</source>
        <translation>Completed on:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done or decided</source>
        <translation>What was done or decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note date:</source>
        <translation>Note date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up notes</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New resolution</source>
        <translation>New resolution</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolution {number} of meeting {meeting}</source>
        <translation>Resolution {number} of meeting {meeting}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reopen resolution</source>
        <translation>Reopen resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This resolution is finished. Make it active again?</source>
        <translation>This resolution is finished. Make it active again?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Meeting {number} of {date}</source>
        <translation>Meeting {number} of {date}</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <location filename="../desktop/ui/pages/resolutions_tab.py" line="+46"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a resolution to follow it up.</source>
        <translation>Select a resolution to follow it up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a resolution to see it and its follow-up.</source>
        <translation>Select a resolution to see it and its follow-up.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolutions shown: {count}</source>
        <translation>Resolutions shown: {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} — {date}</source>
        <translation>{number} — {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
</context>
<context>
    <name>ScheduledBackupBanner</name>
    <message>
        <location filename="../desktop/ui/widgets/backup_banner.py" line="+41"/>
        <source>Something went wrong; the details are in the program&apos;s log.</source>
        <translation>Something went wrong; the details are in the program&apos;s log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled backup of {time} was not made. {reason} It is tried again at {next}; &quot;Back up now&quot; on the Backups page tries at once.</source>
        <translation>The scheduled backup of {time} was not made. {reason} It is tried again at {next}; &quot;Back up now&quot; on the Backups page tries at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled backup of {time} was not made. {reason} It is tried again at {next}; tell the secretary.</source>
        <translation>The scheduled backup of {time} was not made. {reason} It is tried again at {next}; tell the secretary.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../desktop/ui/session_lock.py" line="+96"/>
        <source>Rasad is locked</source>
        <translation>Rasad is locked</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="+56"/>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save language</source>
        <translation>Save language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Display language</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save name</source>
        <translation>Save name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded beside every change, progress report and note you enter.</source>
        <translation>Recorded beside every change, progress report and note you enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Your account&apos;s name. The secretary changes it on the Users page (a chief justice&apos;s account: a chief justice), or with “accounts change” on the command line.</source>
        <translation>Your account&apos;s name. The secretary changes it on the Users page (a chief justice&apos;s account: a chief justice), or with “accounts change” on the command line.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>About this database</source>
        <translation>About this database</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Saved. This is the language in use.</source>
        <translation>Saved. This is the language in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. The new language applies the next time Rasad starts.</source>
        <translation>Saved. The new language applies the next time Rasad starts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. Changes from now on are recorded under {name}.</source>
        <translation>Saved. Changes from now on are recorded under {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In memory</source>
        <translation>In memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision:</source>
        <translation>Schema revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence folder:</source>
        <translation>Evidence folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad version:</source>
        <translation>Rasad version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial districts:</source>
        <translation>Judicial districts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches:</source>
        <translation>Branches:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+97"/>
        <source>Rasad — first run</source>
        <translation>Rasad — first run</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your province</source>
        <translation>Your province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rasad follows how your province carries out the Transformation Document. Enter the province and your name - or, on a new computer, restore your province&apos;s backup instead (“Restore a backup…” below).</source>
        <translation>Rasad follows how your province carries out the Transformation Document. Enter the province and your name - or, on a new computer, restore your province&apos;s backup instead (“Restore a backup…” below).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Province code</source>
        <translation>Province code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province name</source>
        <translation>Province name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are the administrator (the council&apos;s secretary). Choose a user name and a password: at least 10 characters, 5 different ones, without your user name.</source>
        <translation>You are the administrator (the council&apos;s secretary). Choose a user name and a password: at least 10 characters, 5 different ones, without your user name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User name (Latin letters)</source>
        <translation>User name (Latin letters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Judicial districts</source>
        <translation>Judicial districts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter each judicial district of the province: a code and a name.</source>
        <translation>Enter each judicial district of the province: a code and a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branches and units</source>
        <translation>Branches and units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: enter branches now, or import the branch registry later. The district column takes the district&apos;s code.</source>
        <translation>Optional: enter branches now, or import the branch registry later. The district column takes the district&apos;s code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District code</source>
        <translation>District code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit type</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new computer: bring your province from a backup of the old one (on a disk or a flash drive) instead of setting it up again.</source>
        <translation>A new computer: bring your province from a backup of the old one (on a disk or a flash drive) instead of setting it up again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rasad backups (*.sqlite3);;All files (*)</source>
        <translation>Rasad backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the province from {file}? Its accounts come with it: you sign in with your user name and password from it.</source>
        <translation>Restore the province from {file}? Its accounts come with it: you sign in with your user name and password from it.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The province was set up in another window meanwhile. Sign in with the account made there.</source>
        <translation>The province was set up in another window meanwhile. Sign in with the account made there.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../desktop/accounts/errors.py" line="-79"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account is disabled and cannot sign in. Ask a chief justice to enable it again.</source>
        <translation>This account is disabled and cannot sign in. Ask a chief justice to enable it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is disabled and cannot sign in. Ask the council&apos;s secretary to enable it again.</source>
        <translation>This account is disabled and cannot sign in. Ask the council&apos;s secretary to enable it again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many failed attempts: signing in is locked for {wait}.</source>
        <translation>Too many failed attempts: signing in is locked for {wait}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts: wait {wait}, then try again.</source>
        <translation>Too many failed attempts: wait {wait}, then try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} seconds</source>
        <translation>{count} seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} hours</source>
        <translation>{count} hours</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{change} Nothing was saved.</source>
        <translation>{change} Nothing was saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your account no longer exists.</source>
        <translation>Your account no longer exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account was disabled after you signed in; ask a chief justice to enable it again.</source>
        <translation>Your account was disabled after you signed in; ask a chief justice to enable it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account was disabled after you signed in; ask the council&apos;s secretary to enable it again.</source>
        <translation>Your account was disabled after you signed in; ask the council&apos;s secretary to enable it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role or judicial district was changed after you signed in; sign in again to go on with the rights you have now.</source>
        <translation>Your role or judicial district was changed after you signed in; sign in again to go on with the rights you have now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password was changed or reset after you signed in; sign in again with the new password.</source>
        <translation>Your password was changed or reset after you signed in; sign in again with the new password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account&apos;s name or user name was changed after you signed in; sign in again.</source>
        <translation>Your account&apos;s name or user name was changed after you signed in; sign in again.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="+24"/>
        <location line="+2"/>
        <source>Sign in to Rasad</source>
        <translation>Sign in to Rasad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judicial council of the province of {province}</source>
        <translation>Judicial council of the province of {province}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SolutionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="-100"/>
        <source>No term</source>
        <translation>No term</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive manager</source>
        <translation>Executive manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver project</source>
        <translation>Driver project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New solution in “{plan}”</source>
        <translation>New solution in “{plan}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solution {code}</source>
        <translation>Solution {code}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/errors.py" line="-140"/>
        <source>The database file “{path}” does not exist.</source>
        <translation>The database file “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file “{path}” cannot be read: {reason}</source>
        <translation>The database file “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “{path}” is not a Rasad database (it is not an SQLite file).</source>
        <translation>The file “{path}” is not a Rasad database (it is not an SQLite file).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file “{path}” is an SQLite database of another program, not of Rasad.</source>
        <translation>The file “{path}” is an SQLite database of another program, not of Rasad.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database “{path}” is damaged and was not opened: {reason}. Restore its newest backup.</source>
        <translation>The database “{path}” is damaged and was not opened: {reason}. Restore its newest backup.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database was created by a newer version of Rasad (schema {revision}; this version knows up to {head}). Please update Rasad to open it.</source>
        <translation>This database was created by a newer version of Rasad (schema {revision}; this version knows up to {head}). Please update Rasad to open it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updating the database structure failed; nothing was changed. Details: {problems}</source>
        <translation>Updating the database structure failed; nothing was changed. Details: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup.py" line="+81"/>
        <source>Copying the database…</source>
        <extracomment>A phase of a backup or a restore, shown under its progress bar&apos;s title.</extracomment>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the backup…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the copy…</source>
        <translation>Checking the copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the approved periods&apos; figures…</source>
        <translation>Comparing the approved periods&apos; figures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrying the approvals in…</source>
        <translation>Carrying the approvals in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the restored database…</source>
        <translation>Checking the restored database…</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup_refusals.py" line="+42"/>
        <source>No backup was made: the database “{path}” failed its check: {reason}. No change is saved into it from now on; restore its newest backup.</source>
        <translation>No backup was made: the database “{path}” failed its check: {reason}. No change is saved into it from now on; restore its newest backup.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backup was made: SQLite could not copy the database “{path}” (the details are in the program&apos;s log).</source>
        <translation>No backup was made: SQLite could not copy the database “{path}” (the details are in the program&apos;s log).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backup was made: the database “{path}” could not be read from its own disk, which may be failing (the backup folder is not at fault). Have that disk checked, and keep the newest backups safe.</source>
        <translation>No backup was made: the database “{path}” could not be read from its own disk, which may be failing (the backup folder is not at fault). Have that disk checked, and keep the newest backups safe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup could not be made: {problem}.</source>
        <translation>The backup could not be made: {problem}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup “{path}” cannot be restored: {reason}</source>
        <translation>The backup “{path}” cannot be restored: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “{path}” cannot be restored: {detail}. Nothing was restored; choose another backup.</source>
        <translation>The backup “{path}” cannot be restored: {detail}. Nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “{path}” is not a Rasad backup: it is not a database file. Nothing was restored.</source>
        <translation>The file “{path}” is not a Rasad backup: it is not a database file. Nothing was restored.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{path}” is a folder, not a backup file: choose one of the backup files in it.</source>
        <translation>“{path}” is a folder, not a backup file: choose one of the backup files in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “{path}” cannot be restored: there is no such file (was its disk removed?).</source>
        <translation>The backup “{path}” cannot be restored: there is no such file (was its disk removed?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “{path}” is empty (0 bytes): it is not a Rasad backup. Nothing was restored.</source>
        <translation>The file “{path}” is empty (0 bytes): it is not a Rasad backup. Nothing was restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “{path}” is not a Rasad backup: it is a database of another program. Nothing was restored.</source>
        <translation>The file “{path}” is not a Rasad backup: it is a database of another program. Nothing was restored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup “{path}” cannot be restored: it was made by a newer version of Rasad (schema {revision}). Update Rasad, then restore it.</source>
        <translation>The backup “{path}” cannot be restored: it was made by a newer version of Rasad (schema {revision}). Update Rasad, then restore it.</translation>
    </message>
    <message>
        <location filename="../desktop/store/busy.py" line="+67"/>
        <source>The database is busy with another program&apos;s change; waited {seconds} s. Try again when it is done.</source>
        <translation>The database is busy with another program&apos;s change; waited {seconds} s. Try again when it is done.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with {activity} (process {pid}, since {since}); waited {seconds} s. Try again when it is done.</source>
        <translation>The database is busy with {activity} (process {pid}, since {since}); waited {seconds} s. Try again when it is done.</translation>
    </message>
    <message>
        <location filename="../desktop/store/open_lock.py" line="+38"/>
        <source>{file} is open in another Rasad window or command; waited {seconds} s. Close it there, then restore the backup again.</source>
        <translation>{file} is open in another Rasad window or command; waited {seconds} s. Close it there, then restore the backup again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is being restored into {file}; waited {seconds} s. Open it again when the restore is done.</source>
        <translation>A backup is being restored into {file}; waited {seconds} s. Open it again when the restore is done.</translation>
    </message>
    <message>
        <location filename="../desktop/backups/service.py" line="+69"/>
        <source>The backup “{path}” was written and checked, but its evidence files could not be copied beside it: {reason}</source>
        <translation>The backup “{path}” was written and checked, but its evidence files could not be copied beside it: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/backups/database_contents.py" line="+12"/>
        <source>There is a province in {path} already: its secretary signs in and restores the backup on the Backups page, where the database it replaces is kept.</source>
        <translation>There is a province in {path} already: its secretary signs in and restores the backup on the Backups page, where the database it replaces is kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no province (it is the database of a Rasad nobody set up): there is nothing in it to restore.</source>
        <translation>{path} holds no province (it is the database of a Rasad nobody set up): there is nothing in it to restore.</translation>
    </message>
    <message>
        <location filename="../desktop/backups/restore_consent.py" line="+35"/>
        <source>The backup “{path}” is of the province {backup_province}, and this database is {province}&apos;s: restored, it would put {backup_province}&apos;s data, province and name in place of {province}&apos;s.</source>
        <translation>The backup “{path}” is of the province {backup_province}, and this database is {province}&apos;s: restored, it would put {backup_province}&apos;s data, province and name in place of {province}&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “{path}” is of {province}, but of another installation&apos;s database (“{backup_database}”), not of this one (“{database}”): restored, that database&apos;s data would replace this one&apos;s.</source>
        <translation>The backup “{path}” is of {province}, but of another installation&apos;s database (“{backup_database}”), not of this one (“{database}”): restored, that database&apos;s data would replace this one&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “{path}” holds no user account, and the accounts of this database cannot be carried into it: restored, anyone who opens Rasad would act as the secretary, without signing in.</source>
        <translation>The backup “{path}” holds no user account, and the accounts of this database cannot be carried into it: restored, anyone who opens Rasad would act as the secretary, without signing in.</translation>
    </message>
    <message>
        <location filename="../desktop/store/restore_reasons.py" line="+27"/>
        <source>it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk taken out too early)</source>
        <translation>it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk taken out too early)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some of its pages are damaged (on its disk, or while it was copied)</source>
        <translation>some of its pages are damaged (on its disk, or while it was copied)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its disk could not be read (taken out, or failing)</source>
        <translation>its disk could not be read (taken out, or failing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no permission to read it</source>
        <translation>there is no permission to read it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy written beside the database failed its check (that disk may be failing; the details are in the program&apos;s log)</source>
        <translation>the copy written beside the database failed its check (that disk may be failing; the details are in the program&apos;s log)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite could not read it (the details are in the program&apos;s log)</source>
        <translation>SQLite could not read it (the details are in the program&apos;s log)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some of its pages are damaged (its disk may be failing)</source>
        <extracomment>The database&apos;s own damage, found by the check of the copy a backup makes of it (nothing was copied wrongly: the backup API copies its pages as they are), by its own check, or by a read that reached it.</extracomment>
        <translation>some of its pages are damaged (its disk may be failing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some of its indexes no longer match its rows (a write cut short, or its disk failing)</source>
        <extracomment>The check&apos;s &quot;row 12 missing from index ix_…&quot;, &quot;wrong # of entries in index …&quot;: the tables&apos; rows read, but the indexes the program finds them by say otherwise.</extracomment>
        <translation>some of its indexes no longer match its rows (a write cut short, or its disk failing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk failing)</source>
        <extracomment>A database whose header says it is longer than the file (opening reads that much only).</extracomment>
        <translation>it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk failing)</translation>
    </message>
    <message>
        <location filename="../desktop/store/busy_words.py" line="+19"/>
        <source>the Rasad window</source>
        <translation>the Rasad window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of {file}</source>
        <translation>an import of {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an import</source>
        <translation>an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup</source>
        <translation>a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restore of the backup {file}</source>
        <translation>the restore of the backup {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restore of a backup</source>
        <translation>the restore of a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the making of the demo database</source>
        <translation>the making of the demo database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the setup of a province</source>
        <translation>the setup of a province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending to the center</source>
        <translation>sending to the center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a report being written to {file}</source>
        <translation>a report being written to {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a report being written</source>
        <translation>a report being written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Rasad command “{command}”</source>
        <translation>the Rasad command “{command}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Rasad program</source>
        <translation>another Rasad program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} and {count} more files</source>
        <translation>{file} and {count} more files</translation>
    </message>
    <message>
        <location filename="../desktop/store/health.py" line="+84"/>
        <source>The database “{path}” is damaged: {reason}. No change is saved into it; restore its newest backup.</source>
        <translation>The database “{path}” is damaged: {reason}. No change is saved into it; restore its newest backup.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/sync/errors.py" line="+18"/>
        <source>Synchronisation failed.</source>
        <translation>Synchronisation failed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bundle was refused.</source>
        <translation>The bundle was refused.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is {size} bytes, more than the limit of {limit} bytes.</source>
        <translation>The bundle is {size} bytes, more than the limit of {limit} bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle file is damaged or not a bundle ({reason}).</source>
        <translation>The bundle file is damaged or not a bundle ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is signed by an unknown key {key_id}.</source>
        <translation>The bundle is signed by an unknown key {key_id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s signature does not match key {key_id}.</source>
        <translation>The bundle&apos;s signature does not match key {key_id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s header is invalid ({reason}).</source>
        <translation>The bundle&apos;s header is invalid ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is from province {actual}, expected {expected}.</source>
        <translation>The bundle is from province {actual}, expected {expected}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a {actual} bundle, expected a {expected} bundle.</source>
        <translation>The file is a {actual} bundle, expected a {expected} bundle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {name} of the bundle is damaged ({reason}).</source>
        <translation>Part {name} of the bundle is damaged ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {name} of the bundle expands past its limit of {limit} bytes.</source>
        <translation>Part {name} of the bundle expands past its limit of {limit} bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle has an unsafe part name {name}.</source>
        <translation>The bundle has an unsafe part name {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signing key could not be used ({reason}).</source>
        <translation>The signing key could not be used ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No signing key was found in {location}; it is never replaced silently. If this province&apos;s key was made in a key file, name that file (on the command line: --key-file FILE).</source>
        <translation>No signing key was found in {location}; it is never replaced silently. If this province&apos;s key was made in a key file, name that file (on the command line: --key-file FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A signing key already exists in {location}; it will not be overwritten.</source>
        <translation>A signing key already exists in {location}; it will not be overwritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is wrong, or the key file {path} is damaged.</source>
        <translation>The passphrase is wrong, or the key file {path} is damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring {backend} is not a secure store; it is refused.</source>
        <translation>The keyring {backend} is not a secure store; it is refused.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key rotation record is invalid ({reason}).</source>
        <translation>The key rotation record is invalid ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The center does not know this province&apos;s current signing key yet: it has not taken {count} key rotation record(s) (not delivered, or refused). Sync again when the center can be reached, or take the record file that bundle export writes (.rasad-keyrot) to the center.</source>
        <translation>The center does not know this province&apos;s current signing key yet: it has not taken {count} key rotation record(s) (not delivered, or refused). Sync again when the center can be reached, or take the record file that bundle export writes (.rasad-keyrot) to the center.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/media.py" line="+37"/>
        <source>The bundle could not be written to {path} ({reason}).</source>
        <translation>The bundle could not be written to {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundles could not be written: {problem}.</source>
        <translation>The bundles could not be written: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt file {path} could not be read ({reason}).</source>
        <translation>The receipt file {path} could not be read ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is {size}, more than a receipt can be ({limit}): is it a bundle rather than its receipt?</source>
        <translation>{path} is {size}, more than a receipt can be ({limit}): is it a bundle rather than its receipt?</translation>
    </message>
    <message>
        <location filename="../desktop/sync/outbox.py" line="+39"/>
        <source>The receipt is for bundle {bundle_id}, which this province never sent.</source>
        <translation>The receipt is for bundle {bundle_id}, which this province never sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt for bundle {bundle_id} does not match it ({reason}).</source>
        <translation>The receipt for bundle {bundle_id} does not match it ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center&apos;s answer to bundle {sequence} is the receipt of another bundle (sequence {other}); nothing was settled.</source>
        <translation>The center&apos;s answer to bundle {sequence} is the receipt of another bundle (sequence {other}); nothing was settled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was restored from a backup: its bundle chain must first be brought up to date from the center; nothing is sent until then.</source>
        <translation>This database was restored from a backup: its bundle chain must first be brought up to date from the center; nothing is sent until then.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No bundle was refused by the center; there is nothing to cut again.</source>
        <translation>No bundle was refused by the center; there is nothing to cut again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle {entry_id} is not in the outbox.</source>
        <translation>Bundle {entry_id} is not in the outbox.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/sender.py" line="+32"/>
        <source>The center could not be reached ({reason}).</source>
        <translation>The center could not be reached ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center answered bundle {sequence} with HTTP status {status} instead of a receipt; nothing was settled.</source>
        <translation>The center answered bundle {sequence} with HTTP status {status} instead of a receipt; nothing was settled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center&apos;s answer to bundle {sequence} is not a receipt of it signed by the center&apos;s key; nothing was settled.</source>
        <translation>The center&apos;s answer to bundle {sequence} is not a receipt of it signed by the center&apos;s key; nothing was settled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center address {url} is refused: only https is allowed (or http to this computer).</source>
        <translation>The center address {url} is refused: only https is allowed (or http to this computer).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/center_link.py" line="+39"/>
        <source>The center&apos;s public key is not pinned yet; import the key file the center gave you first.</source>
        <translation>The center&apos;s public key is not pinned yet; import the key file the center gave you first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another center key ({key_id}) is already pinned; replacing it must be asked for explicitly.</source>
        <translation>Another center key ({key_id}) is already pinned; replacing it must be asked for explicitly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database has no province code yet; finish the setup first.</source>
        <translation>The database has no province code yet; finish the setup first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is larger than a public key file can be ({limit} bytes at most): it is not the center&apos;s key file.</source>
        <translation>The file {path} is larger than a public key file can be ({limit} bytes at most): it is not the center&apos;s key file.</translation>
    </message>
    <message>
        <location filename="../desktop/center/directives.py" line="+28"/>
        <source>Province {province} is not registered at the center.</source>
        <translation>Province {province} is not registered at the center.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/refusals.py" line="+33"/>
        <source>The center is busy; the bundle will be sent again.</source>
        <translation>The center is busy; the bundle will be sent again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key {key_id} may not sign bundle {sequence}: it was rotated out.</source>
        <translation>Key {key_id} may not sign bundle {sequence}: it was rotated out.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle cannot be applied ({reason}).</source>
        <translation>The bundle cannot be applied ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for sequence {sequence}</source>
        <translation>waiting for sequence {sequence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bundle with this id but other content was received before</source>
        <translation>a bundle with this id but other content was received before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence {sequence} was already applied (last applied {last}) with other content ({kind})</source>
        <translation>sequence {sequence} was already applied (last applied {last}) with other content ({kind})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous hash does not match the applied bundle {sequence}</source>
        <translation>previous hash does not match the applied bundle {sequence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another bundle with sequence {sequence} is already held</source>
        <translation>another bundle with sequence {sequence} is already held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequence {sequence} is too far ahead of the last applied {last} to be held; the bundles before it must arrive first</source>
        <translation>sequence {sequence} is too far ahead of the last applied {last} to be held; the bundles before it must arrive first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center already holds {count} bundles of this province; the bundles from sequence {sequence} must arrive first</source>
        <translation>the center already holds {count} bundles of this province; the bundles from sequence {sequence} must arrive first</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle is {size}, more than the limit of {limit}.</source>
        <translation>The bundle is {size}, more than the limit of {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {name} of the bundle expands past its limit of {limit}.</source>
        <translation>Part {name} of the bundle expands past its limit of {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/directives.py" line="+62"/>
        <source>Directive {sequence} from the center conflicts with the one already received ({reason}); it was refused.</source>
        <translation>Directive {sequence} from the center conflicts with the one already received ({reason}); it was refused.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Program {program}: solution {solution} is not in this province&apos;s plan.</source>
        <translation>Program {program}: solution {solution} is not in this province&apos;s plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program {program} already belongs to another solution here.</source>
        <translation>Program {program} already belongs to another solution here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program {program}, activity {activity}: {period} is approved; the change waits until it is reopened.</source>
        <translation>Program {program}, activity {activity}: {period} is approved; the change waits until it is reopened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program {program}, activity {activity}: {period} is awaiting approval; the change waits until the submission is withdrawn or sent back.</source>
        <translation>Program {program}, activity {activity}: {period} is awaiting approval; the change waits until the submission is withdrawn or sent back.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/on_media.py" line="+32"/>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>The file {path} could not be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/center_link.py" line="-4"/>
        <source>The key file {path} could not be read ({reason}).</source>
        <translation>The key file {path} could not be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/service.py" line="+62"/>
        <source>The center&apos;s address and public key must be set before sending.</source>
        <translation>The center&apos;s address and public key must be set before sending.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/resync.py" line="+74"/>
        <source>Bundle {sequence} held by the center differs from this database&apos;s; the chain cannot be brought up to date automatically.</source>
        <translation>Bundle {sequence} held by the center differs from this database&apos;s; the chain cannot be brought up to date automatically.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center&apos;s chain for this province is incomplete at bundle {sequence}.</source>
        <translation>The center&apos;s chain for this province is incomplete at bundle {sequence}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain given back ends at bundle {got}, but the center has already acknowledged bundle {known} to this province: it was not taken back (an empty or old folder, or an answer cut short). Nothing is sent until it is; export the chain at the center again (export-chain), or sync when the center can be reached.</source>
        <translation>The chain given back ends at bundle {got}, but the center has already acknowledged bundle {known} to this province: it was not taken back (an empty or old folder, or an answer cut short). Nothing is sent until it is; export the chain at the center again (export-chain), or sync when the center can be reached.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The center&apos;s answer to the request for this province&apos;s chain is not a page of the chain ({reason}).</source>
        <translation>The center&apos;s answer to the request for this province&apos;s chain is not a page of the chain ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/center/provinces.py" line="+27"/>
        <source>Key {key_id} is already used by province {province}; a key belongs to one province only.</source>
        <translation>Key {key_id} is already used by province {province}; a key belongs to one province only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Province {province} is already registered with key {key_id}; re-keying it needs --replace.</source>
        <translation>Province {province} is already registered with key {key_id}; re-keying it needs --replace.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location filename="../desktop/sync/reasons.py" line="+80"/>
        <source>the new key is already known</source>
        <extracomment>The reason of a rotation record the center already has; the province matches this English text in the answer (desktop/sync/rotation.py), so it never changes. The center&apos;s own command line shows it translated.</extracomment>
        <translation>the new key is already known</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../desktop/sync/reasons.py" line="-1"/>
        <source>the province is not registered</source>
        <translation>the province is not registered</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../desktop/sync/reasons.py" line="+2"/>
        <source>the record is signed by a retired key</source>
        <translation>the record is signed by a retired key</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/sync/reasons.py" line="+1"/>
        <source>the rotation starts before the current key&apos;s first bundle</source>
        <translation>the rotation starts before the current key&apos;s first bundle</translation>
    </message>
    <message>
        <location filename="../desktop/sync/center_rotation.py" line="+41"/>
        <source>The center&apos;s key rotation record was refused ({reason}); the pinned center key stays.</source>
        <translation>The center&apos;s key rotation record was refused ({reason}); the pinned center key stays.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/key_store.py" line="+187"/>
        <source>The system keyring ({backend}) could not be used ({reason}); the encrypted key file is used instead.</source>
        <translation>The system keyring ({backend}) could not be used ({reason}); the encrypted key file is used instead.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/listing.py" line="+40"/>
        <source>The center&apos;s directive listing was refused ({reason}).</source>
        <translation>The center&apos;s directive listing was refused ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/request_auth.py" line="+38"/>
        <source>The center refused this province&apos;s signed request. Check that this computer&apos;s date and time are right (within five minutes of the center&apos;s) and that the center has this province&apos;s current key.</source>
        <translation>The center refused this province&apos;s signed request. Check that this computer&apos;s date and time are right (within five minutes of the center&apos;s) and that the center has this province&apos;s current key.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/reasons.py" line="-55"/>
        <source>not a Rasad bundle</source>
        <translation>not a Rasad bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated</source>
        <translation>truncated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid key id</source>
        <translation>invalid key id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid header length</source>
        <translation>invalid header length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid signature length</source>
        <translation>invalid signature length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the attested file</source>
        <translation>not the attested file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parts do not fill the file exactly</source>
        <translation>parts do not fill the file exactly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 mismatch</source>
        <translation>SHA-256 mismatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate part</source>
        <translation>duplicate part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid length</source>
        <translation>invalid length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid uncompressed length</source>
        <translation>invalid uncompressed length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid sha256</source>
        <translation>invalid sha256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown compression</source>
        <translation>unknown compression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length mismatch</source>
        <translation>length mismatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrupt compressed data</source>
        <translation>corrupt compressed data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete or trailing compressed data</source>
        <translation>incomplete or trailing compressed data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncompressed length mismatch</source>
        <translation>uncompressed length mismatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header too large</source>
        <translation>header too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid created_at</source>
        <translation>invalid created_at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid part entry</source>
        <translation>invalid part entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid parts</source>
        <translation>invalid parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid sequence</source>
        <translation>invalid sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key id differs from the frame</source>
        <translation>key id differs from the frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown payload_type</source>
        <translation>unknown payload_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported format_version</source>
        <translation>unsupported format_version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid {field}</source>
        <translation>invalid {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fields missing {missing}, unexpected {extra}</source>
        <translation>fields missing {missing}, unexpected {extra}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is filled in by encode</source>
        <translation>{field} is filled in by encode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not UTF-8</source>
        <translation>not UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in canonical form</source>
        <translation>not in canonical form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leading or trailing data</source>
        <translation>leading or trailing data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top level is not an object</source>
        <translation>top level is not an object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not JSON: {kind}</source>
        <translation>not JSON: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate key {key}</source>
        <translation>duplicate key {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid province</source>
        <translation>invalid province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a receipt has exactly one part, receipt.json</source>
        <translation>a receipt has exactly one part, receipt.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt body fields or province do not match</source>
        <translation>receipt body fields or province do not match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt body: {detail}</source>
        <translation>receipt body: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-back SHA-256 mismatch</source>
        <translation>read-back SHA-256 mismatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundle {sequence} in the outbox is damaged</source>
        <translation>bundle {sequence} in the outbox is damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a rotation record</source>
        <translation>not a rotation record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable record</source>
        <translation>unreadable record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad length</source>
        <translation>bad length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the old key&apos;s signature is wrong</source>
        <translation>the old key&apos;s signature is wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new key&apos;s signature is wrong</source>
        <translation>the new key&apos;s signature is wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected fields</source>
        <translation>unexpected fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another province&apos;s record</source>
        <translation>another province&apos;s record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key ids do not match the keys</source>
        <translation>key ids do not match the keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid from_sequence</source>
        <translation>invalid from_sequence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from_sequence must be at least 1</source>
        <translation>from_sequence must be at least 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by the pinned center key</source>
        <translation>not signed by the pinned center key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable list</source>
        <translation>unreadable list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not encodable: {kind}</source>
        <translation>not encodable: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not allowed</source>
        <translation>{name} is not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer too long</source>
        <translation>integer too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer outside int64</source>
        <translation>integer outside int64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number too long</source>
        <translation>number too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number is not finite</source>
        <translation>number is not finite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested deeper than {depth}</source>
        <translation>nested deeper than {depth}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bytes</source>
        <translation>not bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{unlisted}</source>
        <extracomment>A code not listed above: its English is the code itself, its Persian says where the code was written.</extracomment>
        <translation>{unlisted}</translation>
    </message>
    <message>
        <location filename="../desktop/sync/reason_codes.py" line="+15"/>
        <source>unexpected part</source>
        <translation>unexpected part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing part</source>
        <translation>missing part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than {limit} bytes (a province cuts at most {cut} bytes of changes into one bundle)</source>
        <translation>larger than {limit} bytes (a province cuts at most {cut} bytes of changes into one bundle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than {limit} bytes (a province cuts at most {cut} bytes of indicators into one bundle)</source>
        <translation>larger than {limit} bytes (a province cuts at most {cut} bytes of indicators into one bundle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than {limit} bytes</source>
        <translation>larger than {limit} bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {changes: [...]}</source>
        <translation>not {changes: [...]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {limit} changes (a province cuts at most {cut} changes into one bundle)</source>
        <translation>more than {limit} changes (a province cuts at most {cut} changes into one bundle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid change entry</source>
        <translation>invalid change entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid or repeated change id</source>
        <translation>invalid or repeated change id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change {change}: a value that is not an object</source>
        <translation>change {change}: a value that is not an object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change {change}: {table} row {row}, field {field}: {problem}</source>
        <translation>change {change}: {table} row {row}, field {field}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {months: [...], rows: [...]}</source>
        <translation>not {months: [...], rows: [...]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month that is not an integer month index</source>
        <translation>a month that is not an integer month index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row outside the listed months</source>
        <translation>a row outside the listed months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {snapshots: [...]}</source>
        <translation>not {snapshots: [...]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid snapshot entry</source>
        <translation>invalid snapshot entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the figures of {period} do not match their hash</source>
        <translation>the figures of {period} do not match their hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {periods: [...]}</source>
        <translation>not {periods: [...]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid period entry</source>
        <translation>invalid period entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an integer</source>
        <translation>not an integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not above 0</source>
        <translation>not above 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not between 0 and 100</source>
        <translation>not between 0 and 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not text</source>
        <translation>not text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a timestamp</source>
        <translation>not a timestamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer than {count} characters</source>
        <translation>longer than {count} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not one of {choices}</source>
        <translation>not one of {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change id {change} was applied in an earlier bundle</source>
        <translation>change id {change} was applied in an earlier bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the center&apos;s tables do not take the content: {kind}</source>
        <translation>the center&apos;s tables do not take the content: {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} must have exactly the fields {fields}</source>
        <translation>{what} must have exactly the fields {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be non-empty text</source>
        <translation>{what} must be non-empty text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be text</source>
        <translation>{what} must be text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a number</source>
        <translation>{what} must be a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a date YYYY-MM-DD</source>
        <translation>{what} must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a list</source>
        <translation>{what} must be a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated activity code</source>
        <translation>repeated activity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated program code</source>
        <translation>repeated program code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated deadline code</source>
        <translation>repeated deadline code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an activity finishes before it starts</source>
        <translation>an activity finishes before it starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight must be positive and at most {limit}</source>
        <translation>weight must be positive and at most {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown indicator {indicator}</source>
        <translation>unknown indicator {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated indicator target</source>
        <translation>repeated indicator target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a directive must carry at least one program, target or deadline</source>
        <translation>a directive must carry at least one program, target or deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an activity</source>
        <translation>an activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>a program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an indicator target</source>
        <translation>an indicator target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deadline</source>
        <translation>a deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the directives</source>
        <translation>the directives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other content</source>
        <translation>other content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an older sequence</source>
        <translation>an older sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its previous hash is not the last directive&apos;s</source>
        <translation>its previous hash is not the last directive&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected parts</source>
        <translation>unexpected parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directive {sequence} is not the file the listing names</source>
        <translation>directive {sequence} is not the file the listing names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a signed listing</source>
        <translation>not a signed listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not verify with the pinned center key</source>
        <translation>the signature does not verify with the pinned center key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable body</source>
        <translation>unreadable body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a listing for another request</source>
        <translation>a listing for another request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable time</source>
        <translation>unreadable time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dated in the future</source>
        <translation>dated in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invalid entry</source>
        <translation>an invalid entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many entries</source>
        <translation>too many entries</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty passphrase is not allowed</source>
        <translation>an empty passphrase is not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path}: {detail}</source>
        <translation>cannot read {path}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a supported key file</source>
        <translation>{path} is not a supported key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keyring did not keep the key</source>
        <translation>the keyring did not keep the key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key in the keyring is damaged</source>
        <translation>the key in the keyring is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring: {kind}</source>
        <translation>keyring: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file needs a passphrase</source>
        <translation>the key file needs a passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no public key found</source>
        <translation>no public key found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable public key</source>
        <translation>unreadable public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an Ed25519 public key</source>
        <translation>not an Ed25519 public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key id does not match the key</source>
        <translation>the key id does not match the key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a later bundle is acknowledged</source>
        <translation>a later bundle is acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence</source>
        <translation>sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file hash</source>
        <translation>file hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a list</source>
        <translation>not a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bundles in one page</source>
        <translation>{count} bundles in one page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry after bundle {sequence}</source>
        <translation>entry after bundle {sequence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {count} MiB of bundles</source>
        <translation>more than {count} MiB of bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not connect: {detail}</source>
        <translation>could not connect: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time: {detail}</source>
        <translation>no answer in time: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network error: {detail}</source>
        <translation>network error: {detail}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="+66"/>
        <location filename="../desktop/ui/pages/sync_ways_out.py" line="+52"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to folder…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import receipts…</source>
        <translation>Import receipts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the chain up to date from a folder…</source>
        <translation>Bring the chain up to date from a folder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cut the refused changes again…</source>
        <translation>Cut the refused changes again…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../desktop/ui/pages/sync_ways_out.py" line="+167"/>
        <source>Send to center</source>
        <translation>Send to center</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directives from the center</source>
        <translation>Directives from the center</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your role does not send to the center; a secretary does.</source>
        <translation>Your role does not send to the center; a secretary does.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the province&apos;s signing key first (above).</source>
        <translation>Create the province&apos;s signing key first (above).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin the center&apos;s key first (above).</source>
        <translation>Pin the center&apos;s key first (above).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the center&apos;s address first (above).</source>
        <translation>Enter the center&apos;s address first (above).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_banner.py" line="+39"/>
        <source>The center refused bundle {sequence} for good: {reason} Nothing after it is sent until it is cut again: press «Cut the refused changes again», then Send now. No change is lost and the chain stays whole.</source>
        <translation>The center refused bundle {sequence} for good: {reason} Nothing after it is sent until it is cut again: press «Cut the refused changes again», then Send now. No change is lost and the chain stays whole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database was restored from a backup. Before anything is sent, its bundle chain is taken back from the center: press Send now (online), or bring it up to date from the folder the center exported.</source>
        <translation>This database was restored from a backup. Before anything is sent, its bundle chain is taken back from the center: press Send now (online), or bring it up to date from the folder the center exported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every bundle has been acknowledged; the last receipt came on {when}.</source>
        <translation>Every bundle has been acknowledged; the last receipt came on {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been sent to the center yet.</source>
        <translation>Nothing has been sent to the center yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} bundle(s) waiting for the center.</source>
        <translation>{count} bundle(s) waiting for the center.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next automatic attempt: {when}.</source>
        <translation>Next automatic attempt: {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are changes not yet in a bundle; sending or exporting puts them in one.</source>
        <translation>There are changes not yet in a bundle; sending or exporting puts them in one.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No directive listing signed by the center has been received yet; Send now asks for it.</source>
        <translation>No directive listing signed by the center has been received yet; Send now asks for it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest directive listing signed by the center is {days} day(s) old (more than {limit}): directives may be held back from this province. Send now asks again.</source>
        <translation>The newest directive listing signed by the center is {days} day(s) old (more than {limit}): directives may be held back from this province. Send now asks again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="+15"/>
        <source>Sending to the center…</source>
        <translation>Sending to the center…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending to the center (automatic retry)…</source>
        <translation>Sending to the center (automatic retry)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the bundles…</source>
        <translation>Writing the bundles…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_ways_out.py" line="-166"/>
        <source>Sending was cancelled.</source>
        <translation>Sending was cancelled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent {sent}: acknowledged {acknowledged}, rejected {rejected}.</source>
        <translation>Sent {sent}: acknowledged {acknowledged}, rejected {rejected}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center refused bundle {sequence} for good; see the notice above.</source>
        <translation>The center refused bundle {sequence} for good; see the notice above.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center did not take the bundle now ({reason}); it is sent again at {when}.</source>
        <translation>The center did not take the bundle now ({reason}); it is sent again at {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} The next attempt is at {when}.</source>
        <translation>{reason} The next attempt is at {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center could not be reached or its answer could not be verified; the next attempt is at {when}.</source>
        <translation>The center could not be reached or its answer could not be verified; the next attempt is at {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent before that: {sent}.</source>
        <translation>Sent before that: {sent}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was due to send.</source>
        <translation>Nothing was due to send.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the bundles to a folder</source>
        <translation>Export the bundles to a folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled; the files already written are complete and verified.</source>
        <translation>The export was cancelled; the files already written are complete and verified.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bundle is waiting; nothing was written.</source>
        <translation>No bundle is waiting; nothing was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} bundle(s) written to {path} and read back to check them.</source>
        <translation>{count} bundle(s) written to {path} and read back to check them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder the center exported</source>
        <translation>The folder the center exported</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring the chain up to date</source>
        <translation>Bring the chain up to date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} confirmed.</source>
        <translation>The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} confirmed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row(s) the center holds differ from this database (changes the restore lost): the next bundle corrects them at the center.</source>
        <translation>{count} row(s) the center holds differ from this database (changes the restore lost): the next bundle corrects them at the center.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center holds the rows of the bundles taken back as this database has them: nothing to correct.</source>
        <translation>The center holds the rows of the bundles taken back as this database has them: nothing to correct.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cut the refused changes again</source>
        <translation>Cut the refused changes again</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The refused bundle and the later ones the center has not acknowledged are removed, and their changes go into a new bundle the next time you send. Go on?</source>
        <translation>The refused bundle and the later ones the center has not acknowledged are removed, and their changes go into a new bundle the next time you send. Go on?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{removed} bundle(s) removed; their changes go into the next bundle, after bundle {head}.</source>
        <translation>{removed} bundle(s) removed; their changes go into the next bundle, after bundle {head}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center holds another bundle at that place: the next send first takes the center&apos;s chain back.</source>
        <translation>The center holds another bundle at that place: the next send first takes the center&apos;s chain back.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The center&apos;s receipts</source>
        <translation>The center&apos;s receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts (*.rasad-receipt *.receipt);;All files (*)</source>
        <translation>Receipts (*.rasad-receipt *.receipt);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import receipts</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: refused — {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: bundle {sequence} — {state}</source>
        <translation>{file}: bundle {sequence} — {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="+42"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut on</source>
        <translation>Cut on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged on</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../desktop/ui/sync_text.py" line="+24"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by the center</source>
        <translation>Held by the center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken yet; sent again</source>
        <translation>Not taken yet; sent again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The center is waiting for bundle {sequence} first.</source>
        <translation>The center is waiting for bundle {sequence} first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center already has a different bundle with this identifier.</source>
        <translation>The center already has a different bundle with this identifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center has already applied another bundle {sequence} (its last is {last}); this database may have been restored from an old copy.</source>
        <translation>The center has already applied another bundle {sequence} (its last is {last}); this database may have been restored from an old copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle does not follow bundle {sequence} that the center applied.</source>
        <translation>The bundle does not follow bundle {sequence} that the center applied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center already holds another bundle {sequence}.</source>
        <translation>The center already holds another bundle {sequence}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{count} day(s) without a receipt from the center</source>
        <translation>{count} day(s) without a receipt from the center</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} hour(s) without a receipt from the center</source>
        <translation>{count} hour(s) without a receipt from the center</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less than an hour without a receipt from the center</source>
        <translation>Less than an hour without a receipt from the center</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../desktop/domain/table_labels.py" line="-108"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline from the center</source>
        <translation>Deadline from the center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district</source>
        <translation>Judicial district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District comment</source>
        <translation>District comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver project</source>
        <translation>Driver project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics import</source>
        <translation>Statistics import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator target</source>
        <translation>Indicator target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council meeting</source>
        <translation>Council meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting attendee</source>
        <translation>Meeting attendee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program</source>
        <translation>Operational program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational unit</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period approval</source>
        <translation>Period approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence of progress</source>
        <translation>Evidence of progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence of a resolution</source>
        <translation>Evidence of a resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution follow-up</source>
        <translation>Resolution follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_trend.py" line="+86"/>
        <source>Loading the trend…</source>
        <translation>Loading the trend…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incomplete, or only through {month}</source>
        <translation>incomplete, or only through {month}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trend of {unit}</source>
        <translation>Trend of {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>incomplete data</source>
        <translation>incomplete data</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../desktop/ui/pages/users.py" line="+69"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district</source>
        <translation>Judicial district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a user…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the password…</source>
        <translation>Reset the password…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reset the password of {user}</source>
        <translation>Reset the password of {user}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password was reset.</source>
        <translation>The password was reset.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/jalali.py" line="-152"/>
        <source>Enter a Jalali date such as 1403/02/05.</source>
        <translation>Enter a Jalali date such as 1403/02/05.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} is not a real Jalali date.</source>
        <translation>{date} is not a real Jalali date.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&apos;{code}&apos; is not a period code such as 1403-07, 1403-Q2, 1403-H1 or 1403.</source>
        <translation>&apos;{code}&apos; is not a period code such as 1403-07, 1403-Q2, 1403-H1 or 1403.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/meetings.py" line="+27"/>
        <location filename="../desktop/domain/planning.py" line="+78"/>
        <source>A date is required.</source>
        <translation>A date is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting cannot be recorded for a future date.</source>
        <translation>A meeting cannot be recorded for a future date.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The deadline must not be before the meeting date.</source>
        <translation>The deadline must not be before the meeting date.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A completed resolution needs its completion date.</source>
        <translation>A completed resolution needs its completion date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The completion date must not be before the meeting date.</source>
        <translation>The completion date must not be before the meeting date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The completion date must not be in the future.</source>
        <translation>The completion date must not be in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/organisation.py" line="-144"/>
        <source>A code is required.</source>
        <translation>A code is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/imports/validation.py" line="+39"/>
        <source>A code may have at most {max} characters.</source>
        <translation>A code may have at most {max} characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A code may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>A code may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name may have at most {max} characters.</source>
        <translation>A name may have at most {max} characters.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;{value}&apos; is not a known unit type.</source>
        <translation>&apos;{value}&apos; is not a known unit type.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&apos;{value}&apos; is not a known unit kind.</source>
        <translation>&apos;{value}&apos; is not a known unit kind.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/planning.py" line="-109"/>
        <source>&apos;{value}&apos; is not a solution term.</source>
        <translation>&apos;{value}&apos; is not a solution term.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This field must not be empty.</source>
        <translation>This field must not be empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text may have at most {max} characters.</source>
        <translation>This text may have at most {max} characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>«{value}» has a comma that does not separate thousands: write a decimal with a decimal point, «٫» or «.», as in 12.5.</source>
        <translation>«{value}» has a comma that does not separate thousands: write a decimal with a decimal point, «٫» or «.», as in 12.5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«{value}» has a space that does not separate thousands (a space may stand only before each group of three digits, as in 1 234): enter one number.</source>
        <translation>«{value}» has a space that does not separate thousands (a space may stand only before each group of three digits, as in 1 234): enter one number.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Weight must be greater than zero.</source>
        <translation>Weight must be greater than zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight must be at most {limit}: weights count relative to their siblings&apos;, so 3 and 1 weigh as 300 and 100 do.</source>
        <translation>Weight must be at most {limit}: weights count relative to their siblings&apos;, so 3 and 1 weigh as 300 and 100 do.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent must be between 0 and 100.</source>
        <translation>Percent must be between 0 and 100.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The planned finish must not be before the start.</source>
        <translation>The planned finish must not be before the start.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Progress cannot be reported for a future date.</source>
        <translation>Progress cannot be reported for a future date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress cannot be reported for a day before the year 1370.</source>
        <translation>Progress cannot be reported for a day before the year 1370.</translation>
    </message>
    <message>
        <location filename="../desktop/meetings/service.py" line="-211"/>
        <source>The meeting number must be positive.</source>
        <translation>The meeting number must be positive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another meeting already has the number {number}.</source>
        <translation>Another meeting already has the number {number}.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>A deadline is required.</source>
        <translation>A deadline is required.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A follow-up note cannot be dated in the future.</source>
        <translation>A follow-up note cannot be dated in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/organisation/service.py" line="-62"/>
        <source>This database has user accounts: changes are recorded under the name of the account that makes them, changed on the Users page or with “accounts change” (by the secretary; a chief justice&apos;s account by a chief justice).</source>
        <extracomment>Why the profile&apos;s user name is not changed once accounts exist.</extracomment>
        <translation>This database has user accounts: changes are recorded under the name of the account that makes them, changed on the Users page or with “accounts change” (by the secretary; a chief justice&apos;s account by a chief justice).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>There is no judicial district with the code {code}.</source>
        <translation>There is no judicial district with the code {code}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location filename="../desktop/ui/setup_wizard.py" line="-30"/>
        <source>Enter at least one judicial district.</source>
        <translation>Enter at least one judicial district.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <location filename="../desktop/planning/codes.py" line="+35"/>
        <location filename="../desktop/ui/setup_wizard.py" line="+8"/>
        <source>The code {code} is already in use.</source>
        <translation>The code {code} is already in use.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/activity_edits.py" line="+108"/>
        <source>An activity cannot be its own parent.</source>
        <translation>An activity cannot be its own parent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent activity must belong to the same operational program.</source>
        <translation>The parent activity must belong to the same operational program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An activity cannot be placed under one of its own sub-activities.</source>
        <translation>An activity cannot be placed under one of its own sub-activities.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/progress.py" line="+81"/>
        <source>Progress is reported on the lowest-level activities; this activity&apos;s progress is computed from its sub-activities.</source>
        <translation>Progress is reported on the lowest-level activities; this activity&apos;s progress is computed from its sub-activities.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicators/office_hours.py" line="+22"/>
        <source>Office hours of {day} must be two times such as 07:30 and 14:30.</source>
        <translation>Office hours of {day} must be two times such as 07:30 and 14:30.</translation>
    </message>
    <message>
        <location filename="../desktop/accounts/rules.py" line="+61"/>
        <source>Another account already has the user name {login}.</source>
        <translation>Another account already has the user name {login}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account already has this name; the change log tells users apart by it.</source>
        <translation>Another account already has this name; the change log tells users apart by it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the judicial district this district head is responsible for.</source>
        <translation>Choose the judicial district this district head is responsible for.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/signin.py" line="+42"/>
        <source>A user name has {min} to {max} characters and no spaces.</source>
        <translation>A user name has {min} to {max} characters and no spaces.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A password needs at least {min} characters.</source>
        <translation>A password needs at least {min} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most {max} characters.</source>
        <translation>A password may have at most {max} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password repeats too few characters; use at least {min} different ones.</source>
        <translation>The password repeats too few characters; use at least {min} different ones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This password is one of the first ones people try; choose another.</source>
        <translation>This password is one of the first ones people try; choose another.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/service.py" line="-55"/>
        <source>None of the provinces this account may see is registered: there is nothing to report.</source>
        <translation>None of the provinces this account may see is registered: there is nothing to report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center has no registered province yet: there is nothing to report.</source>
        <translation>The center has no registered province yet: there is nothing to report.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/reports/service.py" line="-49"/>
        <source>This report covers a half-year, such as 1404-H1.</source>
        <translation>This report covers a half-year, such as 1404-H1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose PDF or Excel.</source>
        <translation>Choose PDF or Excel.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/service.py" line="+1"/>
        <source>This report covers a quarter, such as 1404-Q2.</source>
        <translation>This report covers a quarter, such as 1404-Q2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report covers a month, such as 1404-07.</source>
        <translation>This report covers a month, such as 1404-07.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/service.py" line="-79"/>
        <location filename="../desktop/reports/service.py" line="+3"/>
        <source>{period} has not begun yet (it begins on {start}): there is nothing to report.</source>
        <translation>{period} has not begun yet (it begins on {start}): there is nothing to report.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/reports/formats.py" line="+16"/>
        <source>Save the report as a .pdf or .xlsx file, not {name}.</source>
        <translation>Save the report as a .pdf or .xlsx file, not {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/approval.py" line="+55"/>
        <source>Give a reason (up to {max} characters).</source>
        <translation>Give a reason (up to {max} characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a month or a half-year is submitted for approval.</source>
        <translation>Only a month or a half-year is submitted for approval.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/users.py" line="-123"/>
        <location filename="../desktop/ui/setup_wizard.py" line="+40"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../desktop/comments/service.py" line="+19"/>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment may have at most {limit} characters.</source>
        <translation>A comment may have at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments are on a month; {period} is not a month.</source>
        <translation>Comments are on a month; {period} is not a month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no judicial district with code {code}.</source>
        <translation>There is no judicial district with code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/emblem.py" line="+72"/>
        <source>{file} is not a file.</source>
        <translation>{file} is not a file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>The emblem {file} is {size} KB; an emblem may be at most {limit} KB.</source>
        <translation>The emblem {file} is {size} KB; an emblem may be at most {limit} KB.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The emblem file {file} does not exist.</source>
        <translation>The emblem file {file} does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The emblem file {file} could not be read ({reason}).</source>
        <translation>The emblem file {file} could not be read ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emblem {file} is not a PNG or JPEG picture, or the picture is damaged.</source>
        <translation>The emblem {file} is not a PNG or JPEG picture, or the picture is damaged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The emblem {file} is {width}×{height} pixels; each side must be between {least} and {most} pixels.</source>
        <translation>The emblem {file} is {width}×{height} pixels; each side must be between {least} and {most} pixels.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/sub_activities.py" line="+27"/>
        <source>Activity «{code} {title}» has its own progress reports ({count}, the latest {percent}% on {day}). A sub-activity under it would hide them: an activity with sub-activities is measured by them alone. To divide it, add a new activity beside it with its weight and dates, move «{code}» under the new one (its reports go with it), and add the other sub-activities there.</source>
        <translation>Activity «{code} {title}» has its own progress reports ({count}, the latest {percent}% on {day}). A sub-activity under it would hide them: an activity with sub-activities is measured by them alone. To divide it, add a new activity beside it with its weight and dates, move «{code}» under the new one (its reports go with it), and add the other sub-activities there.</translation>
    </message>
</context>
<context>
    <name>_TablePage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="-241"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
</TS>
