<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../desktop/domain/access.py" line="+175"/>
        <source>This belongs to another judicial district, or to all of them; a district head sees only his own.</source>
        <translation>این اطلاعات به حوزهٔ قضایی دیگری یا به همهٔ حوزه‌ها مربوط است؛ رئیس حوزه فقط حوزهٔ خود را می‌بیند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow viewing this.</source>
        <translation>نقش شما اجازهٔ دیدن این بخش را نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow commenting here.</source>
        <translation>نقش شما اجازهٔ ثبت نظر در اینجا را نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow changing the data; only the secretary edits.</source>
        <translation>نقش شما اجازهٔ تغییر داده‌ها را نمی‌دهد؛ ویرایش فقط با دبیر است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary submits a period for approval.</source>
        <translation>فقط دبیر می‌تواند دوره را برای تأیید بفرستد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chief justice approves a period.</source>
        <translation>فقط رئیس کل می‌تواند دوره را تأیید کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chief justice reopens an approved period.</source>
        <translation>فقط رئیس کل می‌تواند دورهٔ تأییدشده را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow exporting this.</source>
        <translation>نقش شما اجازهٔ خروجی گرفتن از این بخش را نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary sends to the follow-up center.</source>
        <translation>فقط دبیر می‌تواند به مرکز پیگیری ارسال کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary manages user accounts.</source>
        <translation>فقط دبیر می‌تواند حساب‌های کاربری را مدیریت کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a chief justice may add a chief justice&apos;s account, give that role, or change, enable, disable or reset the password of a chief justice&apos;s account.</source>
        <translation>فقط رئیس کل دادگستری می‌تواند حساب رئیس کل دادگستری بسازد، این نقش را به حسابی بدهد، یا حساب رئیس کل دادگستری را تغییر دهد، فعال یا غیرفعال کند یا گذرواژه‌اش را از نو تعیین کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow taking a backup.</source>
        <translation>نقش شما اجازهٔ تهیهٔ نسخهٔ پشتیبان را نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the secretary restores a backup.</source>
        <translation>فقط دبیر می‌تواند نسخهٔ پشتیبان را بازگردانی کند.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../desktop/ui/pages/users.py" line="+75"/>
        <source>Add a user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change a user</source>
        <translation>تغییر کاربر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can sign in</source>
        <translation>می‌تواند وارد شود</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name (Latin letters)</source>
        <translation>نام کاربری (حروف لاتین)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district (district head only)</source>
        <translation>حوزه قضایی (فقط برای رئیس حوزه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../desktop/accounts/errors.py" line="+79"/>
        <source>The administrator account already exists; ask the secretary to add yours.</source>
        <translation>حساب مدیر پیش‌تر ساخته شده است؛ از دبیر بخواهید برای شما حساب بسازد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last active secretary account; add another secretary first.</source>
        <translation>این آخرین حساب فعال دبیر است؛ نخست حساب دبیر دیگری بسازید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last active chief justice account; add another chief justice first.</source>
        <translation>این آخرین حساب فعال رئیس کل دادگستری است؛ نخست حساب رئیس کل دادگستری دیگری بسازید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account no longer exists (id {id}).</source>
        <translation>این حساب دیگر وجود ندارد (شناسه {id}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no account with the user name {login}.</source>
        <translation>هیچ حسابی با نام کاربری {login} وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="+261"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>شروع برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned finish</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource estimate</source>
        <translation>برآورد منابع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New sub-activity of “{parent}”</source>
        <translation>زیرفعالیت جدید برای «{parent}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity in “{parent}”</source>
        <translation>فعالیت جدید در «{parent}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity {code}</source>
        <translation>فعالیت {code}</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../desktop/ui/pages/activity_panel.py" line="+63"/>
        <source>Planned progress (PV)</source>
        <translation>پیشرفت برنامه‌ای (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual progress (EV)</source>
        <translation>پیشرفت واقعی (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>شاخص عملکرد زمان‌بندی (SPI)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned and actual progress over time</source>
        <translation>روند پیشرفت برنامه‌ای و واقعی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress history</source>
        <translation>سابقه پیشرفت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence attached to this activity</source>
        <translation>مستندات پیوست‌شده به این فعالیت</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+131"/>
        <source>Record progress</source>
        <translation>ثبت پیشرفت</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>This activity has sub-activities: its progress is computed from theirs. Record progress on the sub-activities.</source>
        <translation>این فعالیت زیرفعالیت دارد و پیشرفت آن از پیشرفت زیرفعالیت‌هایش محاسبه می‌شود. پیشرفت را برای زیرفعالیت‌ها ثبت کنید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+143"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Percent complete</source>
        <translation>درصد پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Evidence files</source>
        <translation>فایل‌های مستند</translation>
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
        <translation>گزارش نشده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no progress report yet</source>
        <translation>هنوز گزارش پیشرفتی ثبت نشده است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 means on schedule</source>
        <translation>۱ یعنی مطابق برنامه</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The new figure, {new}, is lower than the last one reported, {old}. Record it as a correction?</source>
        <translation>رقم جدید ({new}) از آخرین رقم گزارش‌شده ({old}) کمتر است. به‌عنوان اصلاحیه ثبت شود؟</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>مستندات</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../desktop/approvals/states.py" line="+41"/>
        <source>{period} has never been approved.</source>
        <translation>{period} هنوز هیچ‌گاه تأیید نشده است.</translation>
    </message>
    <message>
        <location filename="../desktop/approvals/approved_figures.py" line="+21"/>
        <source>{period} was approved before Rasad kept the approved figures; they are frozen at its next approval.</source>
        <translation>{period} پیش از آن تأیید شده است که رصد ارقام تأییدشده را نگه دارد؛ ارقام آن در تأیید بعدی ثبت و ثابت می‌شوند.</translation>
    </message>
    <message>
        <location filename="../desktop/approvals/steps.py" line="+25"/>
        <source>The data kept changing while {period} was being approved; try again in a moment.</source>
        <translation>داده‌ها هنگام تأیید {period} پیوسته تغییر می‌کردند؛ لحظه‌ای بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/approval.py" line="+103"/>
        <source>{period} is already awaiting approval or approved; it cannot be submitted again.</source>
        <translation>{period} هم‌اکنون در انتظار تأیید است یا تأیید شده است؛ نمی‌توان دوباره آن را برای تأیید فرستاد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>{period} has not been submitted for approval.</source>
        <translation>{period} برای تأیید فرستاده نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} is not approved; there is nothing to reopen.</source>
        <translation>{period} تأیید نشده است؛ چیزی برای بازگشایی نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} is not awaiting approval; there is no submission to withdraw.</source>
        <translation>{period} در انتظار تأیید نیست؛ ارسالی برای پس گرفتن وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} is approved and its data is locked; the chief justice must reopen it before it is changed.</source>
        <translation>{period} تأیید شده و داده‌های آن قفل است؛ پیش از هر تغییری باید رئیس کل آن را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period} is approved and its figures are locked, but this change would alter the figures of {month}: through the backlog carried forward into it or the cases counted in it. The chief justice must reopen {period} before it is changed.</source>
        <translation>{period} تأیید شده و ارقام آن قفل است، اما این تغییر ارقام {month} را عوض می‌کند: از راه ماندهٔ پرونده‌ها که به آن منتقل می‌شود یا پرونده‌هایی که در آن شمرده می‌شوند. پیش از این تغییر باید رئیس کل {period} را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is approved and its figures are locked, but this change would alter them: through the backlog carried forward into it or the cases counted in it. The chief justice must reopen it before it is changed.</source>
        <translation>{period} تأیید شده و ارقام آن قفل است، اما این تغییر آن‌ها را عوض می‌کند: از راه ماندهٔ پرونده‌ها که به آن منتقل می‌شود یا پرونده‌هایی که در آن شمرده می‌شوند. پیش از این تغییر باید رئیس کل آن را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is approved and its figures are locked, but this progress report would change its plan figures (progress, SPI or milestones): an activity&apos;s progress in a period is its latest report up to the period&apos;s end. The chief justice must reopen {period} before it is recorded.</source>
        <translation>{period} تأیید شده و ارقام آن قفل است، اما این گزارش پیشرفت ارقام برنامه‌ها در این دوره (پیشرفت، SPI یا اهداف مرحله‌ای) را تغییر می‌دهد: پیشرفت هر فعالیت در یک دوره، آخرین گزارش آن تا پایان آن دوره است. پیش از ثبت این گزارش باید رئیس کل {period} را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{period} is awaiting approval and its data is locked; withdraw the submission, or the chief justice sends it back, before it is changed.</source>
        <extracomment>The same refusals while the period is submitted: its data is locked until the submission is withdrawn or sent back, so that the chief justice approves what was submitted.</extracomment>
        <translation>{period} در انتظار تأیید است و داده‌های آن قفل است؛ پیش از هر تغییری باید ارسال آن را پس بگیرید یا رئیس کل آن را برگرداند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period} is awaiting approval and its figures are locked, but this change would alter the figures of {month}: through the backlog carried forward into it or the cases counted in it. Withdraw the submission of {period}, or the chief justice sends it back, before it is changed.</source>
        <translation>{period} در انتظار تأیید است و ارقام آن قفل است، اما این تغییر ارقام {month} را عوض می‌کند: از راه ماندهٔ پرونده‌ها که به آن منتقل می‌شود یا پرونده‌هایی که در آن شمرده می‌شوند. پیش از این تغییر باید ارسال {period} را پس بگیرید یا رئیس کل آن را برگرداند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is awaiting approval and its figures are locked, but this change would alter them: through the backlog carried forward into it or the cases counted in it. Withdraw the submission, or the chief justice sends it back, before it is changed.</source>
        <translation>{period} در انتظار تأیید است و ارقام آن قفل است، اما این تغییر آن‌ها را عوض می‌کند: از راه ماندهٔ پرونده‌ها که به آن منتقل می‌شود یا پرونده‌هایی که در آن شمرده می‌شوند. پیش از این تغییر باید ارسال آن را پس بگیرید یا رئیس کل آن را برگرداند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period} is awaiting approval and its figures are locked, but this progress report would change its plan figures (progress, SPI or milestones): an activity&apos;s progress in a period is its latest report up to the period&apos;s end. Withdraw the submission of {period}, or the chief justice sends it back, before it is recorded.</source>
        <translation>{period} در انتظار تأیید است و ارقام آن قفل است، اما این گزارش پیشرفت ارقام برنامه‌ها در این دوره (پیشرفت، SPI یا اهداف مرحله‌ای) را تغییر می‌دهد: پیشرفت هر فعالیت در یک دوره، آخرین گزارش آن تا پایان آن دوره است. پیش از ثبت این گزارش باید ارسال {period} را پس بگیرید یا رئیس کل آن را برگرداند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} is not over yet; it can be submitted for approval from {day}.</source>
        <translation>{period} هنوز به پایان نرسیده است؛ از {day} می‌توان آن را برای تأیید فرستاد.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>This backup would change the approved figures of {periods}; the chief justice must reopen them before it is restored.</source>
        <translation>این نسخه پشتیبان ارقام تأییدشده {periods} را تغییر می‌دهد؛ پیش از بازگردانی آن، رئیس کل باید آن‌ها را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup would change the figures of {periods}, which await approval and are locked; withdraw the submission, or the chief justice sends it back, before it is restored.</source>
        <translation>این نسخه پشتیبان ارقام {periods} را که در انتظار تأیید و قفل است تغییر می‌دهد؛ پیش از بازگردانی آن باید ارسال را پس بگیرید یا رئیس کل آن را برگرداند.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/approved_figures.py" line="+31"/>
        <source>{period} is approved and its figures are locked, but this change would change its plan figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, is measured by its sub-activities instead of its own dates and reports, or the other way round. The chief justice must reopen {period} before it is made.</source>
        <translation>{period} تأیید شده و ارقام آن قفل است، اما این تغییر ارقام برنامه‌ها در این دوره (پیشرفت، SPI یا اهداف مرحله‌ای) را تغییر می‌دهد: فعالیتی که نخستین زیرفعالیت خود را می‌گیرد یا آخرین آن را از دست می‌دهد، به‌جای تاریخ‌ها و گزارش‌های خودش با زیرفعالیت‌هایش سنجیده می‌شود، یا به عکس. پیش از این تغییر باید رئیس کل {period} را بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} is awaiting approval and its figures are locked, but this change would change its plan figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, is measured by its sub-activities instead of its own dates and reports, or the other way round. Withdraw the submission of {period}, or the chief justice sends it back, before it is made.</source>
        <translation>{period} در انتظار تأیید است و ارقام آن قفل است، اما این تغییر ارقام برنامه‌ها در این دوره (پیشرفت، SPI یا اهداف مرحله‌ای) را تغییر می‌دهد: فعالیتی که نخستین زیرفعالیت خود را می‌گیرد یا آخرین آن را از دست می‌دهد، به‌جای تاریخ‌ها و گزارش‌های خودش با زیرفعالیت‌هایش سنجیده می‌شود، یا به عکس. پیش از این تغییر باید ارسال {period} را پس بگیرید یا رئیس کل آن را برگرداند.</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../desktop/ui/pages/approval.py" line="+55"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>تاریخ تصمیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since approval</source>
        <translation>تغییرات پس از تأیید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of change</source>
        <translation>نوع تغییر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>Select an approved period to see what changed since its approval.</source>
        <translation>یک دوره تأییدشده را برگزینید تا تغییرات پس از تأیید آن را ببینید.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Figures changed since approval</source>
        <translation>ارقام تغییرکرده پس از تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change log since approval</source>
        <translation>سابقه تغییرات پس از تأیید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for approval</source>
        <translation>فرستادن برای تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw submission</source>
        <translation>پس گرفتن ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back…</source>
        <translation>برگرداندن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>بازگشایی…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secretary submits a month or a half-year once it is over; its data is locked while it awaits approval, until the secretary withdraws the submission or the chief justice sends it back. The chief justice approves it, which keeps its data locked. Only the chief justice reopens an approved period, giving a reason.</source>
        <translation>دبیر هر ماه یا نیم‌سال را پس از پایان آن برای تأیید می‌فرستد؛ تا زمانی که در انتظار تأیید است داده‌های آن قفل است، مگر آنکه دبیر ارسال را پس بگیرد یا رئیس کل آن را برگرداند. رئیس کل آن را تأیید می‌کند و داده‌های آن قفل می‌ماند. تنها رئیس کل می‌تواند دوره تأییدشده را با ذکر دلیل بازگشایی کند.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+46"/>
        <location line="+7"/>
        <location line="+58"/>
        <source>Approval</source>
        <translation>تأیید دوره‌ها</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Comparing today&apos;s figures with the approved ones…</source>
        <translation>در حال مقایسه ارقام امروز با ارقام تأییدشده…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} change(s) to {period} since it was approved on {date}.</source>
        <translation>{count} تغییر در {period} پس از تأیید آن در {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} change(s) to {period} since it was last approved on {date} (it was reopened since).</source>
        <translation>{count} تغییر در {period} پس از آخرین تأیید آن در {date} (دوره از آن پس بازگشایی شده است).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send back</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (it is kept in the audit trail):</source>
        <translation>دلیل (در سابقه تغییرات نگه داشته می‌شود):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not begun yet</source>
        <translation>هنوز آغاز نشده</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../desktop/translated_argparse.py" line="+44"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: خطا: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>گزینه %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>این گزینه‌ها لازم است و داده نشده است: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>یکی از گزینه‌های %s لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r پذیرفتنی نیست (یکی از این‌ها را بدهید: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>مقدار %(value)r پذیرفتنی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>این گزینه‌ها شناخته نشد: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>یک مقدار لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>حداکثر یک مقدار پذیرفته می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>دست‌کم یک مقدار لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s مقدار لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s مقدار لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>همراه با گزینه %s پذیرفته نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>این گزینه مقداری نمی‌گیرد: %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>گزینه %(option)s مبهم است؛ ممکن است هر یک از این‌ها باشد: %(matches)s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: </source>
        <translation>استفاده: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>ورودی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>نمایش همین راهنما و پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>نمایش شمارهٔ نسخهٔ برنامه و پایان</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/ui/pages/page_support.py" line="+60"/>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
</context>
<context>
    <name>AuditEventsView</name>
    <message>
        <location filename="../desktop/ui/pages/audit_events.py" line="+26"/>
        <location line="+6"/>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report exported</source>
        <translation>خروجی گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail exported</source>
        <translation>خروجی سابقه تغییرات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle exported</source>
        <translation>خروجی بسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>تهیه پشتیبان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup restored</source>
        <translation>بازگردانی پشتیبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key made</source>
        <translation>ساخت کلید امضا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key replaced</source>
        <translation>جایگزینی کلید امضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>تغییر تنظیمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backup of another province</source>
        <translation>پشتیبان استانی دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another installation&apos;s database</source>
        <translation>پایگاه داده‌ای از نصبی دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no user account left</source>
        <translation>بی هیچ حساب کاربری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login or name</source>
        <translation>نام کاربری یا نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every kind</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1405-08 or 1405-H1</source>
        <translation>مثلاً ۱۴۰۵-۰۸ یا ۱۴۰۵-H۱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given</source>
        <translation>موافقت داده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not recorded (an earlier version)</source>
        <translation>ثبت نشده (نسخهٔ پیشین)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none needed</source>
        <translation>نیازی نبود</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audit trail</source>
        <translation>سابقه تغییرات</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s) shown, newest first.</source>
        <translation>
            <numerusform>%n رویداد نمایش داده شد، تازه‌ترین در بالا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../desktop/ui/pages/audit.py" line="+91"/>
        <location line="+14"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every kind</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 1405-08 or 1405-H1</source>
        <translation>مثلاً ۱۴۰۵-۰۸ یا ۱۴۰۵-H۱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+93"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+12"/>
        <location line="+80"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+11"/>
        <location line="+80"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+90"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Kind of change</source>
        <translation>نوع تغییر</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Before</source>
        <translation>پیش از تغییر</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+88"/>
        <source>After</source>
        <translation>پس از تغییر</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: refusals, exports, backups, keys, settings</source>
        <translation>رویدادها: ردها، خروجی‌ها، پشتیبان‌ها، کلیدها، تنظیمات</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <location line="+21"/>
        <source>Audit trail</source>
        <translation>سابقه تغییرات</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Every user</source>
        <translation>همه کاربران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table</source>
        <translation>همه جدول‌ها</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n تغییر نمایش داده شد، تازه‌ترین در بالا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the audit trail</source>
        <translation>خروجی سابقه تغییرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the audit trail…</source>
        <translation>در حال ساختن خروجی سابقه تغییرات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="+160"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../desktop/ui/pages/backups.py" line="+109"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری اکنون</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the selected backup…</source>
        <translation>بازگردانی نسخه پشتیبان برگزیده…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a file…</source>
        <translation>بازگردانی از یک فایل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup that is not in the list: one brought on a flash drive or a disk, or kept in another folder.</source>
        <translation>نسخهٔ پشتیبانی که در فهرست نیست: نسخه‌ای که روی حافظهٔ فلش یا دیسک آورده شده، یا در پوشه‌ای دیگر نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 6 hours</source>
        <translation>هر ۶ ساعت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>هر هفته</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken on</source>
        <translation>زمان تهیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From an earlier version of Rasad: of this province, never removed by the rotation</source>
        <translation>از نسخهٔ پیشین رصد: از همین استان؛ حذف خودکار نسخه‌های قدیمی هرگز آن را پاک نمی‌کند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups are kept in {folder}; the newest {keep} are kept, each checked with SQLite&apos;s integrity check. The evidence files go beside them, into {evidence}, each file once.</source>
        <translation>نسخه‌های پشتیبان در {folder} نگه داشته می‌شوند؛ {keep} نسخهٔ تازه‌تر می‌مانند و هر کدام با بررسی یکپارچگی SQLite وارسی می‌شود. فایل‌های مستند در کنار آن‌ها، در {evidence}، هر فایل یک بار نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scheduled backup</source>
        <translation>پشتیبان‌گیری زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The backup was written and checked, but {count} evidence files the database refers to are missing or damaged in the evidence folder and could not be backed up.</source>
        <translation>نسخهٔ پشتیبان نوشته و وارسی شد، اما {count} فایل مستندی که پایگاه داده به آن‌ها ارجاع می‌دهد در پوشهٔ مستندات نیست یا آسیب دیده است و پشتیبان‌گیری نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taking a backup…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Select the backup to restore first.</source>
        <translation>نخست نسخه پشتیبانی را که باید بازگردانده شود برگزینید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database with the backup of {date}? Every change since then is lost (the current database is kept beside it). Rasad closes afterwards; start it again.</source>
        <translation>پایگاه داده با نسخه پشتیبان {date} جایگزین شود؟ همه تغییرات پس از آن از دست می‌رود (پایگاه دادهٔ کنونی کنار آن نگه داشته می‌شود). پس از آن رصد بسته می‌شود؛ دوباره آن را باز کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a file</source>
        <translation>بازگردانی از یک فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad backups (*.sqlite3);;All files (*)</source>
        <translation>نسخه‌های پشتیبان رصد (*.sqlite3);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database with the backup {file}? Every change made since it was taken is lost (the current database is kept beside it). Rasad closes afterwards; start it again.</source>
        <translation>پایگاه داده با نسخهٔ پشتیبان {file} جایگزین شود؟ همهٔ تغییراتی که پس از گرفتن آن انجام شده است از دست می‌رود (پایگاه دادهٔ کنونی کنار آن نگه داشته می‌شود). پس از آن رصد بسته می‌شود؛ دوباره آن را باز کنید.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore it all the same?</source>
        <translation>با این حال بازگردانده شود؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was restored and checked. Rasad closes now; start it again.</source>
        <translation>نسخه پشتیبان بازگردانده و بررسی شد. رصد اکنون بسته می‌شود؛ دوباره آن را باز کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup: their reports and resolutions list them as missing.</source>
        <translation>{count} فایل مستندی که پایگاه دادهٔ بازگردانده به آن‌ها ارجاع می‌دهد نه در پوشهٔ مستندات است و نه در کنار نسخهٔ پشتیبان: گزارش‌ها و مصوبه‌هایشان آن‌ها را ناموجود نشان می‌دهند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring…</source>
        <translation>در حال بازگردانی…</translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <location filename="../desktop/center/cli_key.py" line="+25"/>
        <source>Set {variable} to the center key&apos;s passphrase.</source>
        <translation>گذرواژهٔ کلید مرکز را در {variable} بگذارید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give --key FILE or set {variable}.</source>
        <translation>‏--key FILE را بدهید یا {variable} را تنظیم کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli.py" line="+103"/>
        <location filename="../desktop/center/web/template_messages.py" line="+163"/>
        <source>has sent nothing yet</source>
        <translation>هنوز چیزی نفرستاده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/template_messages.py" line="+16"/>
        <source>has sent nothing yet (registered on {date})</source>
        <translation>هنوز چیزی نفرستاده است (ثبت‌شده در {date})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Center key id {key_id} written to {path}.</source>
        <translation>کلید مرکز با شناسهٔ {key_id} در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This key was rotated out: serve with the new key (rotate-center-key).</source>
        <translation>این کلید جایگزین شده است: سرویس را با کلید تازه اجرا کنید (rotate-center-key).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the center listens on {address} with no reverse proxy in front. On its own it closes a connection whose request headers take more than {seconds} s and lets one address hold at most half the connections, but slow connections from many addresses can still stop it answering anyone. Put it behind the proxy described in docs/deployment.md (&quot;nginx in front&quot;) and listen on 127.0.0.1, or give --forwarded-allow-ips with the proxy&apos;s address.</source>
        <translation>هشدار: مرکز روی {address} گوش می‌دهد و هیچ پراکسی معکوسی جلوی آن نیست. مرکز به‌تنهایی اتصالی را که سرآیندهای درخواستش بیش از {seconds} ثانیه طول بکشد می‌بندد و به هر نشانی بیش از نیمی از اتصال‌ها را نمی‌دهد، اما اتصال‌های کُند از نشانی‌های بسیار هنوز می‌توانند آن را از پاسخ‌دادن به همه باز دارند. آن را پشت پراکسی‌ای که در docs/deployment.md («nginx in front») شرح داده شده است بگذارید و روی 127.0.0.1 گوش دهید، یا نشانی پراکسی را با --forwarded-allow-ips بدهید.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo province {province} ({name}) registered; its bundle {verdict}.</source>
        <translation>استان نمایشی {province} ({name}) ثبت شد؛ بستهٔ آن: {verdict}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo province {province} ({name}) registered; it has sent nothing.</source>
        <translation>استان نمایشی {province} ({name}) ثبت شد؛ هنوز چیزی نفرستاده است.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new key is the current key.</source>
        <translation>کلید تازه همان کلید کنونی است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center key {old} rotated to {new}; serve with --key {path} from now on.</source>
        <translation>کلید مرکز از {old} به {new} تغییر کرد؛ از این پس سرویس را با ‎--key {path}‎ اجرا کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is too large to be a public key.</source>
        <translation>فایل {path} بزرگ‌تر از آن است که کلید عمومی باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province {province} registered with key id {key_id}.</source>
        <translation>استان {province} با شناسهٔ کلید {key_id} ثبت شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Province {province} now signs with key id {key_id}.</source>
        <translation>استان {province} از این پس با شناسهٔ کلید {key_id} امضا می‌کند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} is not valid JSON ({reason}).</source>
        <translation>فایل {path} یک JSON معتبر نیست ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directive {sequence} for {province}: {programs} program(s), {targets} target(s), {deadlines} deadline(s).</source>
        <translation>ابلاغیهٔ {sequence} برای {province}: {programs} برنامه، {targets} هدف شاخص، {deadlines} مهلت.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} bundle(s) of {province} with their receipts written to {path}.</source>
        <translation>{count} بسته از {province} همراه با رسیدهایشان در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path}: province {province} now signs with key id {key_id}.</source>
        <translation>{path}: استان {province} از این پس با شناسهٔ کلید {key_id} امضا می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: refused ({reason})</source>
        <translation>{path}: پذیرفته نشد ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: could not be read ({reason})</source>
        <translation>{path}: خوانده نشد ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: {verdict} sequence {sequence} ({reason})</source>
        <translation>{path}: {verdict}، شمارهٔ {sequence} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {verdict} sequence {sequence}</source>
        <translation>{path}: {verdict}، شمارهٔ {sequence}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file {path} could not be used ({reason}).</source>
        <translation>فایل {path} قابل استفاده نبود ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command could not be done ({reason}).</source>
        <translation>فرمان انجام نشد ({reason}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The --db value is not a database address (sqlite:///center.db or postgresql+psycopg://...).</source>
        <translation>مقدار ‎--db‎ نشانی پایگاه داده نیست (‎sqlite:///center.db‎ یا ‎postgresql+psycopg://...‎).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The center database {url} could not be used ({reason}).</source>
        <translation>پایگاه دادهٔ مرکز {url} قابل استفاده نبود ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_report.py" line="+39"/>
        <source>The national report of {period} was written to {path}.</source>
        <translation>گزارش ملی {period} در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no center database at {path}.</source>
        <translation>پایگاه داده‌ای از مرکز در {path} نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{url} is not a center database (no center tables).</source>
        <translation>{url} پایگاه دادهٔ مرکز نیست (جدول‌های مرکز را ندارد).</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_output.py" line="+58"/>
        <source>accepted</source>
        <translation>پذیرفته شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate</source>
        <translation>تکراری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>نگه داشته شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retry</source>
        <translation>بعداً دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_staff.py" line="+22"/>
        <source>Give --name.</source>
        <translation>‏--name را بدهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token {id} for {name} (shown once; only its hash is kept):</source>
        <translation>توکن {id} برای {name} (فقط یک بار نشان داده می‌شود؛ تنها چکیدهٔ آن نگه داشته می‌شود):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such token (give --id).</source>
        <translation>چنین توکنی نیست (‎--id‎ را بدهید).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token {id} revoked.</source>
        <translation>توکن {id} باطل شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked {time}</source>
        <translation>باطل‌شده در {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{id}  {name}  created {time}  {state}</source>
        <translation>{id}  {name}  ساخته‌شده در {time}  {state}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the password on standard input with --password-stdin, or run the command in a terminal to be asked for it.</source>
        <translation>گذرواژه را با --password-stdin از ورودی استاندارد بدهید، یا فرمان را در پایانه اجرا کنید تا پرسیده شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: </source>
        <translation>گذرواژه: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>همان گذرواژه دوباره: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>دو گذرواژه یکسان نیستند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked until {time}</source>
        <translation>قفل تا {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user}  {name}  {role}{provinces}  {state}</source>
        <translation>{user}  {name}  {role}{provinces}  {state}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give --user NAME.</source>
        <translation>--user NAME را بدهید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Give --role (admin, analyst, viewer or liaison).</source>
        <translation>--role را بدهید (admin، analyst، viewer یا liaison).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Account {user} added as {role}.</source>
        <translation>حساب {user} با نقش {role} افزوده شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {user} disabled; its sessions are ended.</source>
        <translation>حساب {user} غیرفعال شد؛ نشست‌های آن پایان یافت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {user} enabled.</source>
        <translation>حساب {user} فعال شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account {user} is now {role}.</source>
        <translation>نقش حساب {user} اکنون {role} است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of {user} is changed; its sessions are ended.</source>
        <translation>گذرواژهٔ {user} تغییر کرد؛ نشست‌های آن پایان یافت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {user} unlocked.</source>
        <translation>قفل حساب {user} باز شد.</translation>
    </message>
    <message>
        <location filename="../desktop/center/migrate.py" line="+31"/>
        <source>The center database is at revision {revision}, unknown to this version of Rasad.</source>
        <translation>پایگاه دادهٔ مرکز در نسخهٔ {revision} است که این نسخهٔ رصد آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <location filename="../desktop/center/staff/accounts.py" line="+116"/>
        <source>A user name is 2 to 64 of the letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; ({user} is not).</source>
        <translation>نام کاربری ۲ تا ۶۴ نویسه از حروف a-z، رقم، «.»، «_» یا «-» است ({user} چنین نیست).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language must be fa or en.</source>
        <translation>زبان باید fa یا en باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account {user} already exists.</source>
        <translation>حسابی با نام {user} از پیش هست.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>There is no account {user}.</source>
        <translation>حسابی با نام {user} نیست.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A password needs at least {count} characters.</source>
        <translation>گذرواژه دست‌کم {count} نویسه لازم دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most {count} characters.</source>
        <translation>گذرواژه حداکثر {count} نویسه می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role {role} (admin, analyst, viewer or liaison).</source>
        <translation>نقش {role} شناخته نیست (admin، analyst، viewer یا liaison).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a liaison&apos;s account lists provinces (the other roles see every province).</source>
        <translation>فقط حساب رابط استانی استان‌ها را فهرست می‌کند (نقش‌های دیگر همهٔ استان‌ها را می‌بینند).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A liaison needs at least one province (--provinces THR,QOM).</source>
        <translation>رابط استانی دست‌کم یک استان لازم دارد (--provinces THR,QOM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Province {codes} is not registered at the center.</source>
        <translation>استان {codes} در مرکز ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../desktop/center/staff/context.py" line="+28"/>
        <source>Your account may not see province {province}.</source>
        <translation>حساب شما اجازهٔ دیدن استان {province} را ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account&apos;s role does not allow this page or action.</source>
        <translation>نقش حساب شما اجازهٔ این صفحه یا کار را نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../desktop/center/staff/roles.py" line="+43"/>
        <source>administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analyst</source>
        <translation>کارشناس تحلیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer</source>
        <translation>بیننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provincial liaison</source>
        <translation>رابط استانی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view the provinces</source>
        <translation>دیدن استان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the progress</source>
        <translation>دیدن پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the indicators</source>
        <translation>دیدن شاخص‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the directives</source>
        <translation>دیدن ابلاغیه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue a directive</source>
        <translation>صدور ابلاغیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the province keys</source>
        <translation>دیدن کلیدهای استان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the province keys</source>
        <translation>مدیریت کلیدهای استان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>download the national report</source>
        <translation>دریافت گزارش ملی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the accounts</source>
        <translation>مدیریت حساب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit</source>
        <translation>دیدن ممیزی</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/app.py" line="+52"/>
        <source>Not allowed</source>
        <translation>مجاز نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>پیدا نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such page.</source>
        <translation>چنین صفحه‌ای نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not opened this way</source>
        <translation>این‌گونه باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address takes a form sent from the dashboard; it cannot be opened directly. Nothing was done.</source>
        <translation>این نشانی فرمی را می‌گیرد که از داشبورد فرستاده شود؛ نمی‌توان آن را مستقیم باز کرد. کاری انجام نشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>مرکز مشغول است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The center&apos;s database is busy (or out of reach) just now; nothing was done. Try again in a moment.</source>
        <translation>پایگاه دادهٔ مرکز هم‌اکنون مشغول است (یا در دسترس نیست)؛ کاری انجام نشد. چند لحظه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has expired or did not come from this dashboard; open the page again and repeat.</source>
        <translation>فرم منقضی شده یا از این داشبورد نیامده است؛ صفحه را دوباره باز کنید و کار را تکرار کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/audit_page.py" line="+18"/>
        <location filename="../desktop/center/web/template_messages.py" line="-171"/>
        <source>Audit</source>
        <translation>ممیزی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allowed</source>
        <translation>مجاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong password</source>
        <translation>گذرواژهٔ نادرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account locked</source>
        <translation>حساب قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user</source>
        <translation>کاربر ناشناس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account disabled</source>
        <translation>حساب غیرفعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed out</source>
        <translation>خارج شد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/provinces.py" line="+20"/>
        <location filename="../desktop/center/web/template_messages.py" line="+151"/>
        <source>Provinces</source>
        <translation>استان‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submitted</source>
        <translation>ارسال‌شده برای تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened</source>
        <translation>بازگشوده</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/signin.py" line="+42"/>
        <source>The user name or the password is wrong.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: this account is locked for {minutes} minute(s). Try again later or ask an administrator to unlock it.</source>
        <translation>تلاش‌های ناموفق بسیار: این حساب تا {minutes} دقیقه قفل است. بعداً دوباره تلاش کنید یا از مدیر سامانه بخواهید قفل آن را باز کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center is checking too many sign-ins just now; your password was not checked. Try again in a few seconds.</source>
        <translation>مرکز هم‌اکنون ورودهای بسیاری را بررسی می‌کند و گذرواژهٔ شما بررسی نشد. چند ثانیهٔ دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/template_messages.py" line="-150"/>
        <source>Every sign-in attempt and every action, newest first.</source>
        <translation>هر تلاش ورود و هر کار، تازه‌ترین نخست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>هنوز چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>تازه‌تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <translation>قدیمی‌تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad follow-up center</source>
        <translation>مرکز پیگیری رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued and signed: {list}.</source>
        <translation>صادر و امضا شد: {list}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province acknowledges a directive by applying it: its next bundle reports the deadline, target or program the directive asked for. Until then it shows as not yet reported.</source>
        <translation>استان با اعمال ابلاغیه آن را تأیید می‌کند: بستهٔ بعدی آن مهلت، هدف یا برنامه‌ای را که ابلاغیه خواسته گزارش می‌کند. تا آن زمان «هنوز گزارش نشده» نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No directive has been issued to these provinces yet.</source>
        <translation>هنوز ابلاغیه‌ای به این استان‌ها صادر نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>صدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>تأیید استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province&apos;s last bundle</source>
        <translation>آخرین بستهٔ استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{programs} program(s), {targets} target(s), {deadlines} deadline(s)</source>
        <translation>{programs} برنامه، {targets} هدف، {deadlines} مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seen} of {items} items</source>
        <translation>{seen} از {items} مورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a directive</source>
        <translation>صدور ابلاغیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province is registered yet: an administrator registers one on the Province keys page.</source>
        <translation>هنوز هیچ استانی ثبت نشده است: مدیر سامانه آن را در صفحهٔ کلیدهای استان‌ها ثبت می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the provinces</source>
        <translation>به استان‌های</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>مهلت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on (e.g. 1405/09/30)</source>
        <translation>سررسید (مثلاً ۱۴۰۵/۰۹/۳۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator targets</source>
        <translation>هدف‌های شاخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period (e.g. 1405-H2; empty: every period)</source>
        <translation>دوره (مثلاً 1405-H2؛ خالی: همهٔ دوره‌ها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational programs</source>
        <translation>برنامه‌های عملیاتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution code</source>
        <translation>کد راهکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, one a line: code | title | start | finish | weight | owner</source>
        <translation>فعالیت‌ها، هر کدام در یک سطر: کد | عنوان | آغاز | پایان | وزن | مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and issue</source>
        <translation>امضا و صدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dashboard</source>
        <translation>بازگشت به داشبورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you are</source>
        <translation>جای شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures of {period} run through the end of {month}: its later months have no statistics yet, so they are a part of the period&apos;s, not comparable with a whole period&apos;s.</source>
        <translation>ارقام {period} تا پایان {month} است: ماه‌های بعدیِ آن هنوز آماری ندارند، پس این ارقام بخشی از دوره است و با ارقام یک دورهٔ کامل قیاس‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provinces&apos; bundles do not carry what this indicator is computed from (the distribution of disposition times): it cannot be shown at the center.</source>
        <translation>بسته‌های استان‌ها دادهٔ محاسبهٔ این شاخص (توزیع زمان رسیدگی) را ندارند: در مرکز نمایش‌دادنی نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best</source>
        <translation>بهترین‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst</source>
        <translation>ضعیف‌ترین‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces ranked</source>
        <translation>رتبه‌بندی استان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial districts ranked</source>
        <translation>رتبه‌بندی حوزه‌های قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches ranked</source>
        <translation>رتبه‌بندی شعبه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to show: no unit has arrived in the bundles.</source>
        <translation>چیزی برای نمایش نیست: هیچ واحدی در بسته‌ها نرسیده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete branches</source>
        <translation>شعبه‌های کامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>بدون مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {total}</source>
        <translation>{count} از {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no branch known</source>
        <translation>شعبه‌ای شناخته نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best</source>
        <translation>بهترین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worst</source>
        <translation>ضعیف‌ترین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly trend</source>
        <translation>روند ماهانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hollow point on a dashed line is a month whose statistics are incomplete; a month without statistics is left out, never drawn as zero.</source>
        <translation>نقطهٔ توخالی روی خط‌چین ماهی است که آمارش ناقص است؛ ماهِ بی‌آمار کنار گذاشته می‌شود و هرگز صفر کشیده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No month has a value yet.</source>
        <translation>هنوز هیچ ماهی مقدار ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completeness of each province&apos;s statistics</source>
        <translation>کامل بودن آمار هر استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months sent</source>
        <translation>ماه‌های ارسال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest month</source>
        <translation>آخرین ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches complete in it</source>
        <translation>شعبه‌های کامل در آن ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no statistics yet</source>
        <translation>هنوز آماری نرسیده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {what}.</source>
        <translation>انجام شد: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bundle verifies only with the key that was its province&apos;s key for its number: bundles cut before a rotation stay valid, a retired key signs nothing new.</source>
        <translation>هر بسته فقط با کلیدی تأیید می‌شود که برای شمارهٔ آن کلید استان بوده است: بسته‌های ساخته‌شده پیش از چرخش معتبر می‌مانند و کلید بازنشسته چیز تازه‌ای امضا نمی‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id</source>
        <translation>شناسهٔ کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>بسته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current</source>
        <translation>کنونی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from No. {first} on</source>
        <translation>از شمارهٔ {first} به بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {first} to {last}</source>
        <translation>شمارهٔ {first} تا {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a province</source>
        <translation>ثبت استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province code</source>
        <translation>کد استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key file (exported by the province&apos;s keys command)</source>
        <translation>فایل کلید عمومی (خروجی فرمان keys استان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or paste it</source>
        <translation>یا متن آن را اینجا بگذارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-key a registered province by hand</source>
        <translation>تعویض دستی کلید استانِ ثبت‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key</source>
        <translation>بررسی کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a province&apos;s key rotation</source>
        <translation>اعمال چرخش کلید یک استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation record file (from removable media)</source>
        <translation>فایل سابقهٔ چرخش (از رسانهٔ جداشدنی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the record</source>
        <translation>بررسی سابقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the key</source>
        <translation>تأیید کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from bundle No. {sequence} on</source>
        <translation>از بستهٔ شمارهٔ {sequence} به بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It takes over from key</source>
        <translation>جانشین کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id (fingerprint) to be trusted:</source>
        <translation>شناسهٔ کلید (اثر انگشت) که پذیرفته می‌شود:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare it with the key id the province&apos;s secretary reads from the province&apos;s keys page (by telephone or in person) before you confirm.</source>
        <translation>پیش از تأیید، آن را با شناسهٔ کلیدی که دبیر استان از صفحهٔ کلیدهای استان می‌خواند (تلفنی یا حضوری) مقایسه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm: trust this key</source>
        <translation>تأیید: این کلید پذیرفته شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up center&apos;s dashboard, for the center&apos;s staff.</source>
        <translation>داشبورد مرکز پیگیری، ویژهٔ کارکنان مرکز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress of {province}</source>
        <translation>پیشرفت {province}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} stored row(s) could not be read and are left out</source>
        <translation>{count} ردیف ذخیره‌شده خوانا نبود و کنار گذاشته شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This province&apos;s plan data could not be read; the center&apos;s log names the rows.</source>
        <translation>داده‌های برنامه این استان خوانا نیست؛ ردیف‌های آن در گزارش رویدادهای مرکز نام برده شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This province has sent nothing yet (registered on {date}): its figures are not known.</source>
        <translation>این استان هنوز چیزی نفرستاده است (ثبت‌شده در {date})؛ ارقام آن معلوم نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan has arrived in this province&apos;s bundles yet.</source>
        <translation>هنوز برنامه‌ای در بسته‌های این استان نرسیده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities finished</source>
        <translation>فعالیت‌های پایان‌یافته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>اهداف مرحله‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions meeting it</source>
        <translation>راهکارهای دست‌یافته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver projects</source>
        <translation>طرح‌های پیشران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver project</source>
        <translation>طرح پیشران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executor</source>
        <translation>مجری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most behind schedule</source>
        <translation>عقب‌ترین فعالیت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>راهکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</source>
        <translation>{count} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند و در فهرست نیامده‌اند؛ {tied} فعالیت از آن‌ها به همان اندازهٔ آخرین فعالیت فهرست عقب‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more with a progress report are behind schedule, each by less, and are not listed.</source>
        <translation>{count} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند، هر یک با عقب‌ماندگی کمتر، و در فهرست نیامده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind schedule with no progress reported</source>
        <translation>عقب از برنامه، بدون گزارش پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their progress is unknown, not 0 %: they are not ranked with the activities above. The earliest planned finish first.</source>
        <translation>پیشرفت این فعالیت‌ها معلوم نیست، نه صفر درصد: با فعالیت‌های بالا رتبه‌بندی نمی‌شوند. به ترتیب زودترین پایان برنامه‌ای.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more are not listed.</source>
        <translation>{count} فعالیت دیگر در این فهرست نیامده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reported</source>
        <translation>گزارش نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of your provinces</source>
        <translation>پیشرفت استان‌های حوزهٔ شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account sees {count} province: the figures here are that province&apos;s own overview, from the plan its bundles carried, not national figures.</source>
        <translation>حساب شما {count} استان را می‌بیند: ارقام این صفحه همان ارقام نمای کلی خود آن استان است، از برنامه‌ای که بسته‌هایش آورده‌اند، و ارقام ملی نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each province&apos;s figures are those its own overview shows, from the plan its bundles carried. The figures here are the mean of your {count} provinces with a value, each counting once, not national figures.</source>
        <translation>ارقام هر استان همان است که نمای کلی خود آن استان نشان می‌دهد، از برنامه‌ای که بسته‌هایش آورده‌اند. ارقام این صفحه میانگین {count} استانِ حوزهٔ شماست که مقدار دارند، هر استان یک بار، و ارقام ملی نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National progress</source>
        <translation>پیشرفت ملی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each province&apos;s figures are those its own overview shows, from the plan its bundles carried. National figures are the mean of the provinces with a value, each counting once.</source>
        <translation>ارقام هر استان همان است که نمای کلی خود استان از برنامهٔ رسیده در بسته‌هایش نشان می‌دهد. ارقام ملی میانگین استان‌های دارای مقدار است و هر استان یک بار شمرده می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces with plan data</source>
        <translation>استان‌های دارای دادهٔ برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones of the Transformation Document</source>
        <translation>اهداف مرحله‌ای سند تحول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean value</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solutions</source>
        <translation>راهکارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>برنامه‌های عملیاتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mean over your provinces that report each project.</source>
        <translation>میانگین استان‌های حوزهٔ شما که هر طرح را گزارش می‌کنند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mean over the provinces that report each project.</source>
        <translation>میانگین استان‌هایی که هر طرح را گزارش می‌کنند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province is stale when no bundle has arrived for more than {days} days.</source>
        <translation>استانی که بیش از {days} روز بسته‌ای از آن نرسیده، عقب‌افتاده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A province that has sent nothing is counted from the day it was registered, and is marked as having sent nothing.</source>
        <translation>برای استانی که هنوز چیزی نفرستاده است، این مدت از روز ثبت آن شمرده می‌شود و با نشان «هنوز چیزی نفرستاده است» مشخص می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} province(s) shown.</source>
        <translation>{count} استان نشان داده شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province to show.</source>
        <translation>استانی برای نشان دادن نیست.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Last bundle</source>
        <translation>آخرین بسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>روز گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>stale</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{count} flag(s)</source>
        <translation>{count} هشدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {sequence}</source>
        <translation>شمارهٔ {sequence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none applied yet</source>
        <translation>هنوز هیچ بسته‌ای اعمال نشده</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>incomplete data — not ranked</source>
        <translation>دادهٔ ناقص — بدون رتبه</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Solutions not measurable</source>
        <translation>راهکارهای سنجش‌ناپذیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{without_program} without an operational program, {without_activity} with programs but no activity</source>
        <translation>{without_program} بدون برنامهٔ عملیاتی، {without_activity} با برنامه اما بدون فعالیت</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no period reported</source>
        <translation>دوره‌ای گزارش نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The six-monthly national status report</source>
        <translation>گزارش ملی وضعیت شش‌ماهه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report the command line writes, limited to the {count} province(s) your account sees: their progress, milestone compliance, their ranking on every indicator, stale provinces, held and refused bundles, approvals and directives of one half-year. Its totals are theirs, not the whole country&apos;s.</source>
        <translation>همان گزارشی که خط فرمان می‌نویسد، محدود به {count} استانی که حساب شما می‌بیند: پیشرفت آن‌ها، تحقق اهداف مرحله‌ای، رتبهٔ آن‌ها در هر شاخص، استان‌های بی‌خبر، بسته‌های نگه‌داشته و ردشده، تأییدها و ابلاغیه‌های یک نیم‌سال. جمع‌های آن مال همین استان‌هاست، نه کل کشور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of every province, milestone compliance, the provinces ranked on every indicator, stale provinces, held and refused bundles, approvals and directives of one half-year — the report the command line writes.</source>
        <translation>پیشرفت هر استان، تحقق اهداف مرحله‌ای، رتبهٔ استان‌ها در هر شاخص، استان‌های بی‌خبر، بسته‌های نگه‌داشته و ردشده، تأییدها و ابلاغیه‌های یک نیم‌سال — همان گزارشی که خط فرمان می‌نویسد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>نیم‌سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the report</source>
        <translation>دریافت گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report takes a few seconds.</source>
        <translation>ساختن گزارش چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/report_page.py" line="+22"/>
        <location filename="../desktop/center/web/template_messages.py" line="-7"/>
        <source>National report</source>
        <translation>گزارش ملی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (to print)</source>
        <translation>PDF (برای چاپ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>کارپوشهٔ اکسل</translation>
    </message>
    <message>
        <location filename="../desktop/center/dashboard/directives.py" line="+45"/>
        <location filename="../desktop/center/web/template_messages.py" line="-144"/>
        <source>The center&apos;s key is not unlocked: start serve with its key file and passphrase (RASAD_CENTER_PASSPHRASE) to issue directives.</source>
        <translation>کلید مرکز باز نشده است: برای صدور ابلاغیه، serve را با فایل کلید و گذرواژهٔ آن (RASAD_CENTER_PASSPHRASE) اجرا کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{row}: {reason}</source>
        <translation>{row}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one province.</source>
        <translation>دست‌کم یک استان را برگزینید.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a date</source>
        <translation>تاریخ نیست</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>an activity line needs code | title | start | finish | weight | owner</source>
        <translation>هر سطر فعالیت باید این‌ها را داشته باشد: کد | عنوان | آغاز | پایان | وزن | مسئول</translation>
    </message>
    <message>
        <location filename="../desktop/center/dashboard/indicators.py" line="+41"/>
        <source>There is no indicator {value}.</source>
        <translation>شاخصی با کد {value} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no province {value} among those you see.</source>
        <translation>استان {value} در میان استان‌هایی که می‌بینید نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no judicial district {value} in this province.</source>
        <translation>حوزهٔ قضایی {value} در این استان نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province has sent statistics yet.</source>
        <translation>هنوز هیچ استانی آمار نفرستاده است.</translation>
    </message>
    <message>
        <location line="+157"/>
        <location filename="../desktop/center/web/template_messages.py" line="+82"/>
        <source>Your provinces</source>
        <translation>استان‌های حوزهٔ شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/indicators_page.py" line="+30"/>
        <location filename="../desktop/center/web/template_messages.py" line="+1"/>
        <source>All provinces</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/center/dashboard/keys.py" line="+36"/>
        <source>The file is larger than {limit} bytes: it is not a key or a rotation record.</source>
        <translation>فایل بزرگ‌تر از {limit} بایت است: کلید یا سابقهٔ چرخش کلید نیست.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the province&apos;s code (letters, digits, . _ -; at most 32) and its name.</source>
        <translation>کد استان (حروف لاتین، رقم، . _ -؛ حداکثر ۳۲) و نام آن را وارد کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key is {actual}, not the {confirmed} you confirmed: nothing was changed.</source>
        <translation>کلید {actual} است، نه {confirmed} که تأیید کردید: هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/dashboard_text.py" line="+18"/>
        <source>{days} days</source>
        <translation>{days} روز</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/directives_page.py" line="+25"/>
        <location filename="../desktop/center/web/template_messages.py" line="-98"/>
        <source>Directives</source>
        <translation>ابلاغیه‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>اعمال شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly applied</source>
        <translation>بخشی اعمال شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet reported</source>
        <translation>هنوز گزارش نشده</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/indicators_page.py" line="-4"/>
        <location filename="../desktop/center/web/template_messages.py" line="+33"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>آستانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete data</source>
        <translation>دادهٔ ناقص</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/keys_page.py" line="+25"/>
        <location filename="../desktop/center/web/template_messages.py" line="+30"/>
        <source>Province keys</source>
        <translation>کلیدهای استان‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new province is registered with this key.</source>
        <extracomment>what a confirmation will do (the preview&apos;s kind)</extracomment>
        <translation>استانی تازه با این کلید ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province is re-keyed by hand: this key replaces its current key from its next bundle on.</source>
        <translation>کلید استان به‌دست تعویض می‌شود: این کلید از بستهٔ بعدی آن جای کلید کنونی را می‌گیرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the province&apos;s current key: only its name is updated.</source>
        <translation>این همان کلید کنونی استان است: فقط نام آن به‌روز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province&apos;s own rotation record, signed by its current key and this one.</source>
        <translation>سابقهٔ چرخش خود استان، امضاشده با کلید کنونی آن و همین کلید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registration</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation</source>
        <translation>چرخش کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-keyed by hand</source>
        <translation>تعویض دستی کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current key again (only the name changes)</source>
        <translation>همان کلید کنونی (فقط نام تغییر می‌کند)</translation>
    </message>
    <message>
        <location filename="../desktop/center/web/progress_page.py" line="+24"/>
        <location filename="../desktop/center/web/template_messages.py" line="+33"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/template_messages.py" line="+10"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/web/template_messages.py" line="-1"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no province&apos;s figures</source>
        <translation>بدون رقم از استان‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{term}: {percent} by the end of {year}</source>
        <translation>{term}: {percent} تا پایان {year}</translation>
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
        <translation>پایگاه دادهٔ مرکز در دست فرایند دیگری است؛ لحظه‌ای دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/center/demo.py" line="+36"/>
        <source>The center already has {count} province(s): the demo goes only into a new center database.</source>
        <translation>مرکز از پیش {count} استان دارد: دادهٔ نمایشی فقط در پایگاه دادهٔ تازهٔ مرکز ریخته می‌شود.</translation>
    </message>
</context>
<context>
    <name>CenterLinkBox</name>
    <message>
        <location filename="../desktop/ui/pages/sync_link.py" line="+37"/>
        <source>Link to the center</source>
        <translation>پیوند با مرکز</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save address</source>
        <translation>ذخیره نشانی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the center&apos;s key…</source>
        <translation>وارد کردن کلید مرکز…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create the signing key</source>
        <translation>ساخت کلید امضا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the public key…</source>
        <translation>خروجی کلید عمومی…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Center address</source>
        <translation>نشانی مرکز</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Center&apos;s key</source>
        <translation>کلید مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province&apos;s signing key</source>
        <translation>کلید امضای استان</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not set; finish the setup first)</source>
        <translation>(تنظیم نشده؛ نخست راه‌اندازی را کامل کنید)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not pinned yet</source>
        <translation>هنوز ثبت نشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No key yet</source>
        <translation>هنوز کلیدی ساخته نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key_id} — kept in the system keyring</source>
        <translation>{key_id} — نگهداری‌شده در جاکلیدی سیستم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key_id} — kept in the encrypted file {path}</source>
        <translation>{key_id} — نگهداری‌شده در فایل رمزگذاری‌شده {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring could not be used; the encrypted key file is used instead.</source>
        <translation>جاکلیدی سیستم قابل استفاده نبود؛ به جای آن از فایل رمزشدهٔ کلید استفاده می‌شود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The center&apos;s address was saved.</source>
        <translation>نشانی مرکز ذخیره شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center&apos;s public key</source>
        <translation>کلید عمومی مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pub *.pem *.txt);;All files (*)</source>
        <translation>کلیدهای عمومی (*.pub *.pem *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The center&apos;s key</source>
        <translation>کلید مرکز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center&apos;s key {key_id} is pinned: only receipts it signed are accepted.</source>
        <translation>کلید مرکز {key_id} ثبت شد: تنها رسیدهایی که با آن امضا شده‌اند پذیرفته می‌شوند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing key</source>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing key {key_id} created. Export its public key and register it at the center.</source>
        <translation>کلید امضای {key_id} ساخته شد. از کلید عمومی آن خروجی بگیرید و آن را در مرکز ثبت کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Export the public key</source>
        <translation>خروجی کلید عمومی</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Public keys (*.pub)</source>
        <translation>کلیدهای عمومی (*.pub)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Public key {key_id} written to {path}.</source>
        <translation>کلید عمومی {key_id} در {path} نوشته شد.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/change_password.py" line="+28"/>
        <source>Change my password</source>
        <translation>تغییر گذرواژهٔ من</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current password</source>
        <translation>گذرواژهٔ کنونی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>گذرواژهٔ تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>تکرار گذرواژهٔ تازه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords are not the same.</source>
        <translation>دو گذرواژهٔ تازه یکسان نیستند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your password was changed. Use the new one from your next sign-in.</source>
        <translation>گذرواژهٔ شما تغییر کرد. از ورود بعدی، گذرواژهٔ تازه را به کار ببرید.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../desktop/ui/charts/canvas.py" line="+109"/>
        <source>Save chart as PNG or SVG…</source>
        <translation>ذخیره نمودار به‌صورت PNG یا SVG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save chart</source>
        <translation>ذخیره نمودار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.svg)</source>
        <translation>تصویرها (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli/commands_data.py" line="+56"/>
        <location line="+31"/>
        <source>The file {path} already exists; the demo is only written into a new database.</source>
        <translation>فایل {path} از قبل وجود دارد؛ داده‌های نمایشی فقط در پایگاه دادهٔ جدید نوشته می‌شود.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Writing the demo province into {path}…</source>
        <translation>در حال نوشتن استان نمایشی در {path}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo database written to {path} in {seconds} s. Districts: {districts}; branches: {branches}; solutions: {solutions}; operational programs: {programs}; activities: {activities}; progress reports: {updates}; meetings: {meetings}; resolutions: {resolutions}.</source>
        <translation>پایگاه دادهٔ نمایشی در {seconds} ثانیه در {path} نوشته شد. حوزه‌های قضایی: {districts}؛ شعب: {branches}؛ راهکارها: {solutions}؛ برنامه‌های عملیاتی: {programs}؛ فعالیت‌ها: {activities}؛ گزارش‌های پیشرفت: {updates}؛ جلسات: {meetings}؛ مصوبات: {resolutions}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To see what SQLite found, run the same command with --details.</source>
        <translation>برای دیدن آنچه SQLite یافت، همین فرمان را با --details اجرا کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What SQLite found:</source>
        <translation>آنچه SQLite یافت:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the database: {percent}% {table}</source>
        <translation>بررسی سلامت پایگاه داده: {percent}٪ {table}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the whole file)</source>
        <translation>(کل فایل)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: the integrity check found no problem ({seconds} s).</source>
        <translation>{path}: بررسی سلامت هیچ مشکلی نیافت ({seconds} ثانیه).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/output.py" line="+173"/>
        <source>There is no database at {path}.</source>
        <translation>در {path} پایگاه داده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Checking the database before its first change…</source>
        <translation>بررسی پایگاه داده پیش از نخستین تغییر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the database before its first change: {percent}%</source>
        <translation>بررسی پایگاه داده پیش از نخستین تغییر: {percent}٪</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the database: it is open in another Rasad window or command, or a backup is being restored into it (at most {seconds} s)…</source>
        <translation>در انتظار پایگاه داده: در پنجره یا فرمان دیگری از رصد باز است، یا نسخهٔ پشتیبانی در آن بازگردانده می‌شود (حداکثر {seconds} ثانیه)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the database: another program is changing it (at most {seconds} s)…</source>
        <translation>در انتظار پایگاه داده: برنامهٔ دیگری در حال تغییر آن است (حداکثر {seconds} ثانیه)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the database: it is busy with {activity} (process {pid}); at most {seconds} s…</source>
        <translation>در انتظار پایگاه داده: مشغول {activity} است (فرایند {pid})؛ حداکثر {seconds} ثانیه…</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_data.py" line="-55"/>
        <source>{path}: integrity ok, schema revision {revision}.</source>
        <translation>{path}: یکپارچگی تأیید شد؛ نسخه ساختار پایگاه داده: {revision}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_import.py" line="+75"/>
        <source>{month}: figures changed for {count} branches: {codes}</source>
        <translation>{month}: ارقام {count} شعبه تغییر کرد: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month}: figures changed for {count} branches: {codes} and {more} more</source>
        <translation>{month}: ارقام {count} شعبه تغییر کرد: {codes} و {more} شعبه دیگر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path}: the kind of file could not be told from its headers; use --kind.</source>
        <translation>{path}: نوع فایل از روی عنوان ستون‌ها تشخیص داده نشد؛ از گزینه --kind استفاده کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the kind of file could not be told from the headers of its first sheet.</source>
        <translation>{path}: نوع فایل از روی عنوان ستون‌های برگهٔ نخست آن تشخیص داده نشد.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{path}: the import was interrupted; nothing was written.</source>
        <translation>{path}: ورود داده‌ها قطع شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the file and mark them withdrawn? [y/N] </source>
        <translation>فایل وارد شود و این پرونده‌ها «خارج‌شده» علامت بخورند؟ [y/N] </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <translation>ب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>branch {branch}: {count}</source>
        <translation>شعبهٔ {branch}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{codes} and {more} more branches</source>
        <translation>{codes} و {more} شعبهٔ دیگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: this case listing no longer holds {count} pending cases that earlier files brought; importing it marks them withdrawn (not deleted) - {codes}.</source>
        <translation>{path}: {count} پروندهٔ جاری که فایل‌های پیشین آورده بودند در این فهرست پرونده‌ها نیست؛ با وارد کردن آن، این پرونده‌ها «خارج‌شده» علامت می‌خورند (حذف نمی‌شوند) - {codes}.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{path} was not imported; nothing was written. Give --confirm-withdrawals to import it, or --not-snapshot if the listing holds only some of the cases.</source>
        <translation>{path} وارد نشد؛ چیزی نوشته نشد. برای وارد کردن آن ‎--confirm-withdrawals‎ را بدهید، یا اگر فهرست تنها بخشی از پرونده‌ها را دارد ‎--not-snapshot‎ را.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was already imported; nothing changed.</source>
        <translation>{path} پیش‌تر وارد شده است؛ هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: {written} of {read} rows imported ({kind}).</source>
        <translation>{path}: {written} ردیف از {read} ردیف وارد شد ({kind}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows with problems left out: {count}.</source>
        <translation>ردیف‌های دارای مشکل که کنار گذاشته شد: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was not imported (problems found: {count}); nothing was written.</source>
        <translation>{path} وارد نشد (مشکل‌های یافته‌شده: {count})؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… problems not shown: {count}.</source>
        <translation>… مشکل‌های نشان‌داده‌نشده: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If {path} is in fact the newer export (a disposal or a move entered in error and undone since makes a newer export look older), import it with --newer-export.</source>
        <translation>اگر {path} در واقع خروجی جدیدتر است (مختومه یا جابه‌جایی‌ای که به اشتباه ثبت و سپس برگردانده شده، خروجی جدیدتر را قدیمی‌تر نشان می‌دهد)، آن را با --newer-export وارد کنید.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Problems saved to {path}.</source>
        <translation>فهرست ایرادها در {path} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_indicators.py" line="+73"/>
        <source>Unknown indicator {code}. Known indicators: {codes}.</source>
        <translation>شاخص {code} شناخته‌شده نیست. شاخص‌های موجود: {codes}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--district needs --level branch.</source>
        <translation>گزینه --district فقط همراه با --level branch به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no district with the code {code}.</source>
        <translation>هیچ حوزه قضایی با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: the figures of {period} run through the end of {month}; the later months of the period have no statistics yet, so they are not comparable with a whole period&apos;s.</source>
        <translation>توجه: ارقام {period} تا پایان {month} است؛ ماه‌های بعدیِ این دوره هنوز آماری ندارند، پس این ارقام با ارقام یک دورهٔ کامل قیاس‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown case type {value}: this database has no case types yet (they come from imported case listings).</source>
        <translation>نوع پرونده «{value}» شناخته‌شده نیست: این پایگاه داده هنوز هیچ نوع پرونده‌ای ندارد (انواع پرونده از فهرست‌های پرونده‌ای می‌آیند که وارد می‌شوند).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown case type {value}. Known case types: {types}.</source>
        <translation>نوع پرونده «{value}» شناخته‌شده نیست. انواع پرونده موجود: {types}.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>--rows must be 0 or more.</source>
        <translation>مقدار --rows باید ۰ یا بیشتر باشد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{rows} rows written to {path} in {seconds} s.</source>
        <translation>{rows} ردیف در {seconds} ثانیه در {path} نوشته شد.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="+22"/>
        <source>waiting</source>
        <translation>در انتظار ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent, held by the center</source>
        <translation>ارسال‌شده، نزد مرکز در انتظار بسته‌های پیشین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>اعمال شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held until the earlier ones arrive</source>
        <translation>تا رسیدن بسته‌های پیشین نگه داشته شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already applied; nothing changed</source>
        <translation>پیش‌تر اعمال شده بود؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directive {sequence} {outcome} ({programs} program(s), {targets} target(s), {deadlines} deadline(s))</source>
        <translation>ابلاغیه {sequence} {outcome} ({programs} برنامه، {targets} هدف شاخص، {deadlines} مهلت)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database has no province code (setting {key}); set it first.</source>
        <translation>پایگاه داده کد استان ندارد (تنظیم {key})؛ ابتدا آن را تعیین کنید.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{count} row(s) the center holds differ from this database (changes the restore lost): the next bundle corrects them at the center.</source>
        <translation>{count} ردیفی که مرکز نگه داشته با این پایگاه داده یکسان نیست (تغییرهایی که با بازگردانی نسخه پشتیبان از دست رفت): بسته بعدی آن‌ها را در مرکز اصلاح می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center holds the rows of the bundles taken back as this database has them: nothing to correct.</source>
        <translation>ردیف‌های بسته‌های بازگرفته در مرکز همان است که در این پایگاه داده هست: چیزی برای اصلاح نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/output.py" line="-110"/>
        <location filename="../desktop/cli/sync_support.py" line="-49"/>
        <source>The file {path} could not be used ({reason}).</source>
        <translation>فایل {path} قابل استفاده نبود ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="+83"/>
        <source>ALARM: the center refused bundle {sequence} for good: {reason}
Nothing after it is sent. To recover, cut its changes again into a new bundle (the chain stays whole):
  python -m desktop bundle recut --db {db}
then sync again.</source>
        <translation>هشدار: مرکز بسته {sequence} را برای همیشه رد کرد: {reason}
هیچ بسته‌ای پس از آن فرستاده نمی‌شود. برای بازیابی، تغییرات آن را دوباره در بسته‌ای تازه ببرید (زنجیره کامل می‌ماند):
  python -m desktop bundle recut --db {db}
سپس دوباره همگام‌سازی کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_keys.py" line="+60"/>
        <source>Signing key {key_id} created for province {province} in {location}.</source>
        <translation>کلید امضای {key_id} برای استان {province} در {location} ساخته شد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Province {province}: signing key {key_id} in {location}.</source>
        <translation>استان {province}: کلید امضای {key_id} در {location}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public key {key_id} written to {path}.</source>
        <translation>کلید عمومی {key_id} در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing key {old} replaced by {new}; bundles from sequence {sequence} on are signed with the new key. The center learns of it at the next sync or from the record file.</source>
        <translation>کلید امضای {old} با {new} جایگزین شد؛ بسته‌ها از شماره {sequence} به بعد با کلید تازه امضا می‌شوند. مرکز در همگام‌سازی بعدی یا از فایل سابقه از آن آگاه می‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rotation record written to {path}.</source>
        <translation>سابقه جایگزینی کلید در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The center&apos;s key {key_id} is pinned.</source>
        <translation>کلید مرکز {key_id} ثبت شد.</translation>
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
        <translation>زنجیره بسته‌ها با مرکز هماهنگ شد: {taken} بسته بازگرفته شد، {confirmed} بسته تأیید شد و آخرین بسته شماره {head} است.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_sync.py" line="+122"/>
        <source>From the center: {what}</source>
        <translation>از مرکز: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="-135"/>
        <source>{count} bundle(s) written to {path}.</source>
        <translation>{count} بسته در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{path}: bundle {sequence} is {state}.</source>
        <translation>{path}: بسته {sequence} {state} است.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bundle {sequence} and the later ones not acknowledged ({removed} in all) were removed; their changes go into the next bundle, after bundle {head}.</source>
        <translation>بسته {sequence} و بسته‌های پس از آن که رسید نگرفته بودند (روی هم {removed} بسته) برداشته شدند؛ تغییرات آن‌ها در بسته بعدی، پس از بسته {head}، می‌رود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center holds another bundle at that place for this province: the next sync first takes the center&apos;s chain back (or use bundle resync --from FOLDER).</source>
        <translation>مرکز بسته دیگری از این استان را در همین جای زنجیره دارد: همگام‌سازی بعدی نخست زنجیره مرکز را بازپس می‌گیرد (یا از bundle resync --from FOLDER استفاده کنید).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Valid bundle: province {province}, sequence {sequence}, key {key_id}, {size} bytes; parts: {parts}.</source>
        <translation>بسته معتبر است: استان {province}، شماره ترتیب {sequence}، کلید {key_id}، {size} بایت؛ بخش‌ها: {parts}.</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../desktop/cli/commands_sync.py" line="-10"/>
        <source>The center could not be reached ({reason}).</source>
        <translation>دسترسی به مرکز ممکن نشد ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_sync.py" line="+6"/>
        <source>Sent {sent}, acknowledged {acknowledged}, rejected {rejected}, failed {failed}.</source>
        <translation>ارسال‌شده {sent}، تأییدشده {acknowledged}، ردشده {rejected}، ناموفق {failed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The center&apos;s directives were not fetched ({reason}).</source>
        <translation>ابلاغیه‌های مرکز دریافت نشد ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The center did not take the bundle now ({reason}); it is sent again at {when}.</source>
        <translation>مرکز اکنون بسته را نپذیرفت ({reason})؛ در {when} دوباره فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next attempt at {when} ({reason}).</source>
        <translation>تلاش بعدی در {when} ({reason}).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Warning: no directive listing signed by the center has been received yet.</source>
        <translation>هشدار: هنوز هیچ فهرست ابلاغیهٔ امضاشده‌ای از مرکز دریافت نشده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the newest directive listing signed by the center is {days} day(s) old (more than {limit}); directives may be withheld.</source>
        <translation>هشدار: تازه‌ترین فهرست ابلاغیهٔ امضاشدهٔ مرکز {days} روز پیش است (بیش از {limit} روز)؛ ممکن است ابلاغیه‌ها به این استان نرسند.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="+18"/>
        <source>No center address is stored yet; give it once with --center https://...</source>
        <translation>نشانی مرکز هنوز ثبت نشده است؛ یک بار آن را با ‎--center https://...‎ بدهید.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_backup.py" line="+67"/>
        <source>--keep must be at least 1.</source>
        <translation>مقدار --keep باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking a backup: {phase} {percent}%</source>
        <translation>پشتیبان‌گیری: {phase} {percent}٪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written and verified: {path}</source>
        <translation>نسخهٔ پشتیبان نوشته و وارسی شد: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files beside the backups: {copied} copied now, {there} there already.</source>
        <translation>فایل‌های مستند در کنار نسخه‌های پشتیبان: {copied} فایل اکنون رونوشت شد، {there} فایل از پیش بود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} evidence files the database refers to are missing or damaged in the evidence folder and could not be backed up.</source>
        <translation>{count} فایل مستندی که پایگاه داده به آن‌ها ارجاع می‌دهد در پوشهٔ مستندات نیست یا آسیب دیده است و پشتیبان‌گیری نشد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There are no backups in {folder}.</source>
        <translation>در {folder} هیچ نسخهٔ پشتیبانی نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from an earlier version of Rasad: of this province, never removed by the rotation</source>
        <translation>از نسخهٔ پیشین رصد: از همین استان؛ حذف خودکار نسخه‌های قدیمی هرگز آن را پاک نمی‌کند</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+36"/>
        <source>Restoring the backup: {phase} {percent}%</source>
        <translation>بازگردانی نسخه پشتیبان: {phase} {percent}٪</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Restored {backup} into {path}. The replaced database was kept as {kept}.</source>
        <translation>{backup} در {path} بازگردانی شد. پایگاه دادهٔ جایگزین‌شده با نام {kept} نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was restored. To restore it all the same, add {option}.</source>
        <translation>چیزی بازگردانده نشد. برای بازگرداندن آن با این حال، ‎{option}‎ را بیفزایید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restored {backup} into {path}, where no province was set up yet.</source>
        <translation>{backup} در {path} بازگردانده شد؛ آنجا هنوز استانی راه‌اندازی نشده بود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {backup} into {path}, where there was no database before.</source>
        <translation>{backup} در {path} بازگردانده شد؛ پیش از این آنجا پایگاه داده‌ای نبود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence files brought back from beside the backup: {copied} ({there} were in place).</source>
        <translation>فایل‌های مستندی که از کنار نسخهٔ پشتیبان بازگردانده شد: {copied} ({there} فایل سر جای خود بود).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup (or are damaged there): their reports and resolutions list them as missing.</source>
        <translation>{count} فایل مستندی که پایگاه دادهٔ بازگردانده به آن‌ها ارجاع می‌دهد نه در پوشهٔ مستندات است و نه در کنار نسخهٔ پشتیبان (یا آنجا آسیب دیده است): گزارش‌ها و مصوبه‌هایشان آن‌ها را ناموجود نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_report.py" line="+71"/>
        <location filename="../desktop/cli/commands_screenshots.py" line="+76"/>
        <source>--as-of must be a date such as 1405-09-02 (Jalali) or 2026-11-23.</source>
        <translation>‏--as-of باید تاریخی مانند ۱۴۰۵-۰۹-۰۲ (خورشیدی) یا 2026-11-23 (میلادی) باشد.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gathering the report&apos;s figures… {percent}%</source>
        <translation>در حال گردآوری ارقام گزارش… {percent}٪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {file}… {percent}%</source>
        <translation>در حال نوشتن {file}… {percent}٪</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no data for {period}; the report says so.</source>
        <translation>برای {period} داده‌ای نیست؛ گزارش همین را می‌گوید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for {period} has part of its data: {missing}</source>
        <translation>گزارش {period} تنها بخشی از داده‌ها را دارد: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written to {path} in {seconds} s.</source>
        <translation>گزارش در {seconds} ثانیه در {path} نوشته شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} charts saved in {folder}.</source>
        <translation>{count} نمودار در {folder} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/acting_user.py" line="+46"/>
        <source>This database has user accounts: name yours with --user (the password is read from RASAD_PASSWORD or asked for).</source>
        <translation>این پایگاه داده حساب کاربری دارد: نام کاربری خود را با ‎--user‎ بدهید (گذرواژه از RASAD_PASSWORD خوانده یا پرسیده می‌شود).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password for {user}: set {variable}, or run the command in a terminal to be asked.</source>
        <translation>گذرواژه‌ای برای {user} داده نشده است: {variable} را تنظیم کنید، یا فرمان را در پایانه اجرا کنید تا گذرواژه پرسیده شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {user}: </source>
        <translation>گذرواژه {user}: </translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_comment.py" line="+56"/>
        <source>Comment recorded: {district}, {month}.</source>
        <translation>نظر ثبت شد: {district}، {month}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no comments for district {district}.</source>
        <translation>برای حوزه {district} هیچ نظری ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no comments for district {district} in {period}.</source>
        <translation>برای حوزه {district} در {period} هیچ نظری ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_screenshots.py" line="-5"/>
        <source>--size must be WIDTHxHEIGHT, such as 1366x768.</source>
        <translation>--size باید به شکل پهنا×بلندی باشد، مانند 1366x768.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The pictures could not be written to {path}: {reason}</source>
        <translation>تصویرها در {path} نوشته نشد: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} pictures written to {path}.</source>
        <translation>{count} تصویر در {path} نوشته شد.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_accounts.py" line="+100"/>
        <source>Account {login} added.</source>
        <translation>حساب {login} افزوده شد.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Account {login} changed.</source>
        <translation>حساب {login} تغییر کرد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the account whose password changes with --user.</source>
        <translation>حسابی را که گذرواژه‌اش تغییر می‌کند با --user نام ببرید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password of {login} is changed; sign in with the new one from now on.</source>
        <translation>گذرواژهٔ {login} تغییر کرد؛ از این پس با گذرواژهٔ تازه وارد شوید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no accounts: anyone who opens the database acts as the secretary. &apos;accounts add&apos; creates the first.</source>
        <translation>هیچ حساب کاربری تعریف نشده است: هر کس پایگاه داده را باز کند در نقش دبیر کار می‌کند. نخستین حساب را با «accounts add» بسازید.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Account {login} can sign in again.</source>
        <translation>حساب {login} دوباره می‌تواند وارد شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {login} is disabled; it can no longer sign in.</source>
        <translation>حساب {login} غیرفعال شد؛ دیگر نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password of {login} is reset.</source>
        <translation>گذرواژهٔ {login} از نو تعیین شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write this recovery code down and keep it away from the computer: it is shown only this once. With it, `accounts recover LOGIN` sets a secretary&apos;s password anew; it works once, and any earlier code no longer works.</source>
        <translation>این رمز بازیابی را یادداشت کنید و دور از رایانه نگه دارید: فقط همین یک بار نشان داده می‌شود. با آن، فرمان `accounts recover LOGIN` گذرواژه دبیر را از نو تعیین می‌کند؛ فقط یک بار کار می‌کند و هر رمز پیشین دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recovery code for {user}: set {variable}, or run the command in a terminal to be asked.</source>
        <translation>رمز بازیابی برای {user} داده نشده است: {variable} را تعیین کنید یا فرمان را در پایانه اجرا کنید تا پرسیده شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code for {user}: </source>
        <translation>رمز بازیابی برای {user}: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password of {login} is set anew and its lock lifted; the recovery code is used up (issue a new one once signed in).</source>
        <translation>گذرواژه {login} از نو تعیین و قفل آن برداشته شد؛ رمز بازیابی مصرف شد (پس از ورود، رمز تازه‌ای بگیرید).</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_audit.py" line="+57"/>
        <source>--limit must be at least 1.</source>
        <translation>مقدار ‎--limit‎ باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--table and --operation filter changes; audit events are filtered with --kind.</source>
        <translation>‏--table و --operation تغییرات را صافی می‌کنند؛ رویدادهای ممیزی با --kind صافی می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind filters audit events; add --events.</source>
        <translation>‏--kind رویدادهای ممیزی را صافی می‌کند؛ --events را هم بیاورید.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_settings.py" line="+65"/>
        <source>Changes are now recorded under the name {name}.</source>
        <translation>از این پس تغییرات به نام {name} ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The letterhead has no emblem now.</source>
        <translation>سربرگ اکنون نشان ندارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emblem {file} is kept in the database; reports printed with a letterhead show it.</source>
        <translation>نشان {file} در پایگاه داده نگه داشته شد؛ گزارش‌هایی که با سربرگ چاپ شوند آن را نشان می‌دهند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letterhead has no emblem.</source>
        <translation>سربرگ نشان ندارد.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_setup.py" line="+55"/>
        <source>There is no file {path}.</source>
        <translation>فایل {path} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is already set up (it has user accounts).</source>
        <translation>{path} پیش‌تر راه‌اندازی شده است (حساب کاربری دارد).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is set up: province {province}, {districts} district(s), secretary {login}.</source>
        <translation>{path} راه‌اندازی شد: استان {province}، {districts} حوزهٔ قضایی، دبیر {login}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--district takes CODE=NAME, e.g. 01=حوزه قضایی قم; not {value}.</source>
        <translation>‎--district‎ به شکل «کد=نام» است، مانند 01=حوزه قضایی قم؛ نه {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a CSV file of districts (code,name) in UTF-8.</source>
        <translation>{path} فایل CSV حوزه‌ها (کد،نام) با رمزگذاری UTF-8 نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plans.py" line="+125"/>
        <source>Progress of activity {id} recorded: {percent}% on {day}.</source>
        <translation>پیشرفت فعالیت {id} در تاریخ {day} ثبت شد: {percent}٪.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/dates.py" line="+50"/>
        <source>&apos;{value}&apos; is not a date: give a Jalali date such as 1405-08-15 or a Gregorian one such as 2026-11-06</source>
        <translation>«{value}» تاریخ نیست: تاریخی شمسی مانند ۱۴۰۵-۰۸-۱۵ یا میلادی مانند 2026-11-06 بدهید</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_meeting_edits.py" line="+128"/>
        <source>Meeting {id} deleted, with its resolutions.</source>
        <translation>جلسهٔ {id} با مصوبه‌هایش حذف شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting {id} added.</source>
        <translation>جلسهٔ {id} افزوده شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting {id} changed.</source>
        <translation>جلسهٔ {id} تغییر کرد.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Resolution {id} deleted.</source>
        <translation>مصوبهٔ {id} حذف شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Resolution {id} changed.</source>
        <translation>مصوبهٔ {id} تغییر کرد.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Follow-up note added to resolution {id}.</source>
        <translation>یادداشت پیگیری به مصوبهٔ {id} افزوده شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files attached to resolution {id}: {count}.</source>
        <translation>فایل‌های مستند پیوست‌شده به مصوبهٔ {id}: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution {id} added.</source>
        <translation>مصوبهٔ {id} افزوده شد.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plan_edits.py" line="+140"/>
        <source>Solution {id} added.</source>
        <translation>راهکار {id} افزوده شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program {id} added.</source>
        <translation>برنامهٔ عملیاتی {id} افزوده شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {id} added.</source>
        <translation>فعالیت {id} افزوده شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution {id} changed.</source>
        <translation>راهکار {id} تغییر کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program {id} changed.</source>
        <translation>برنامهٔ عملیاتی {id} تغییر کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {id} changed.</source>
        <translation>فعالیت {id} تغییر کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution {id} deleted, with its programs and activities.</source>
        <translation>راهکار {id} با برنامه‌ها و فعالیت‌هایش حذف شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program {id} deleted, with its activities.</source>
        <translation>برنامهٔ عملیاتی {id} با فعالیت‌هایش حذف شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity {id} deleted, with its sub-activities.</source>
        <translation>فعالیت {id} با زیرفعالیت‌هایش حذف شد.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{option} takes a number or none, not &apos;{value}&apos;.</source>
        <translation>{option} یک عدد یا none می‌گیرد، نه «{value}».</translation>
    </message>
    <message>
        <location filename="../desktop/cli/field_words.py" line="+12"/>
        <source>Check {field}.</source>
        <translation>{field} را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file</source>
        <translation>فایل خروجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file format</source>
        <translation>قالب فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meeting&apos;s date</source>
        <translation>تاریخ جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the completion date</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note&apos;s date</source>
        <translation>تاریخ یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the progress report&apos;s date</source>
        <translation>تاریخ گزارش پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned finish</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s name</source>
        <translation>نام کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new password</source>
        <translation>گذرواژهٔ جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repeated password</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the district&apos;s code</source>
        <translation>کد حوزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the province&apos;s code</source>
        <translation>کد استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branch&apos;s code</source>
        <translation>کد شعبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branch&apos;s name</source>
        <translation>نام شعبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the judicial district</source>
        <translation>حوزهٔ قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the judicial districts</source>
        <translation>حوزه‌های قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branches</source>
        <translation>شعبه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parent activity</source>
        <translation>فعالیت والد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the percentage</source>
        <translation>درصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the solution&apos;s term</source>
        <translation>افق زمانی راهکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit type</source>
        <translation>نوع واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind of unit</source>
        <translation>نوع واحد سازمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office hours</source>
        <translation>ساعات اداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the earliest registration year</source>
        <translation>نخستین سال ثبت پذیرفتنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emblem&apos;s picture</source>
        <translation>تصویر نشان</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../desktop/center/cli_parser.py" line="+49"/>
        <source>language of messages (default: RASAD_CENTER_LANG, else English)</source>
        <translation>زبان پیام‌ها (پیش‌فرض: RASAD_CENTER_LANG، وگرنه انگلیسی)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run the HTTP service</source>
        <translation>اجرای سرویس HTTP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ingest bundle files (e.g. from removable media)</source>
        <translation>دریافت فایل‌های بسته (برای نمونه از رسانهٔ جداشدنی)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder to write each receipt to</source>
        <translation>پوشه‌ای که رسید هر بسته در آن نوشته می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register a province&apos;s public key</source>
        <translation>ثبت کلید عمومی یک استان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>re-key a registered province by hand (recorded; the new key signs from its next bundle on)</source>
        <translation>تعویض دستی کلید استانی که ثبت شده است (در سوابق می‌ماند؛ کلید تازه از بستهٔ بعدی آن استان امضا می‌کند)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apply a province&apos;s key rotation record (from removable media)</source>
        <translation>اعمال سابقهٔ چرخش کلید یک استان (از رسانهٔ جداشدنی)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>issue a signed directive bundle to a province</source>
        <translation>صدور بستهٔ ابلاغیهٔ امضاشده برای یک استان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the directives as JSON (docs/bundles.md)</source>
        <translation>ابلاغیه‌ها به صورت JSON (docs/bundles.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the bundle into this folder (removable media)</source>
        <translation>بسته در این پوشه هم نوشته شود (رسانهٔ جداشدنی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a province&apos;s applied bundles and receipts to a folder (for its restore, on removable media)</source>
        <translation>نوشتن بسته‌های اعمال‌شده و رسیدهای یک استان در یک پوشه (برای بازگردانی آن استان، روی رسانهٔ جداشدنی)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>which provinces are stale, held bundles and flags</source>
        <translation>استان‌های بی‌خبر، بسته‌های نگه‌داشته و هشدارها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all provinces&apos; progress and latest indicators</source>
        <translation>پیشرفت همهٔ استان‌ها و آخرین شاخص‌های آن‌ها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one line per request and per ingest outcome on stderr: text for a console, json for a log collector (docs/deployment.md)</source>
        <translation>یک سطر برای هر درخواست و هر نتیجهٔ دریافت بسته در stderr: text برای کنسول، json برای سامانهٔ گردآوری گزارش‌ها (docs/deployment.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma-separated addresses of the reverse proxies whose X-Forwarded-For/-Proto are trusted (default: none, the connecting address is the client&apos;s)</source>
        <translation>نشانی پراکسی‌های معکوسی که به X-Forwarded-For/-Proto آن‌ها اعتماد می‌شود، جداشده با ویرگول (پیش‌فرض: هیچ؛ نشانی اتصال، نشانی کاربر است)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location filename="../desktop/cli/help_texts.py" line="+13"/>
        <source>the command to run; %(prog)s COMMAND --help shows its options</source>
        <translation>فرمانی که اجرا می‌شود؛ %(prog)s COMMAND --help گزینه‌های آن را نشان می‌دهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the center&apos;s database address, e.g. sqlite:///center.db or postgresql+psycopg://...</source>
        <translation>نشانی پایگاه دادهٔ مرکز، برای نمونه sqlite:///center.db یا postgresql+psycopg://...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center&apos;s encrypted key file (default: RASAD_CENTER_KEY_FILE)</source>
        <translation>فایل رمزشدهٔ کلید مرکز (پیش‌فرض: RASAD_CENTER_KEY_FILE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the province&apos;s code, e.g. QOM</source>
        <translation>کد استان، برای نمونه QOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a province is stale after this many days without a bundle (default %(default)s)</source>
        <translation>استانی که بیش از این شمار روز بسته‌ای نفرستاده باشد، بی‌خبر شمرده می‌شود (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the address to listen on (default %(default)s)</source>
        <translation>نشانی‌ای که سرویس درخواست‌ها را روی آن می‌پذیرد (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port to listen on (default %(default)s)</source>
        <translation>درگاهی که سرویس درخواست‌ها را روی آن می‌پذیرد (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provinces&apos; bundle files and key rotation records</source>
        <translation>فایل‌های بستهٔ استان‌ها و سوابق چرخش کلید</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../desktop/cli/commands_setup.py" line="-90"/>
        <source>the province&apos;s name</source>
        <translation>نام استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the public key file the province wrote (keys export-public)</source>
        <translation>فایل کلید عمومی که استان نوشته است (keys export-public)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the province&apos;s key rotation record file</source>
        <translation>فایل سابقهٔ چرخش کلید استان</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>table: a line of key=value per province; json: a list (default %(default)s)</source>
        <translation>table: برای هر استان یک سطر key=value؛ json: یک فهرست (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seconds a connection has to send a request&apos;s line and headers before it is closed (default %(default)s)</source>
        <translation>چند ثانیه یک اتصال فرصت دارد تا سطر و سرآیندهای یک درخواست را بفرستد، پیش از آن‌که بسته شود (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seconds an ingest waits for its province&apos;s lock before answering 503 + Retry-After (default %(default)s)</source>
        <translation>چند ثانیه دریافت یک بسته برای قفل استانش صبر کند، پیش از آنکه با 503 و Retry-After پاسخ دهد (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>posted bodies and credential checks handled at once (more get 503 + Retry-After; default %(default)s)</source>
        <translation>شمار درخواست‌های ارسالی و بررسی‌های اعتبارنامه که هم‌زمان رسیدگی می‌شوند (بیش از آن پاسخ 503 و Retry-After می‌گیرد؛ پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dashboard cookies without the Secure flag: only to try the dashboard over plain http on one&apos;s own machine (docs/access.md)</source>
        <translation>کوکی‌های داشبورد بدون نشانهٔ Secure: فقط برای آزمودن داشبورد با http ساده روی رایانهٔ خود (docs/access.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of those, how many one remote address may hold (default: half; behind a reverse proxy, where every client has the proxy&apos;s address, give --max-unauthenticated)</source>
        <translation>از این شمار، چندتا از آنِ یک نشانی راه دور باشد (پیش‌فرض: نیمی از آن؛ پشت پراکسی معکوس، که همهٔ کاربران نشانی پراکسی را دارند، همان --max-unauthenticated را بدهید)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>staff sign-ins checked at once, each an Argon2id hash of 64 MiB (more get a busy page, 503; one remote address at most half; default %(default)s)</source>
        <translation>شمار ورودهای کارکنان که هم‌زمان بررسی می‌شوند، هر یک با درهم‌سازی Argon2id در ۶۴ مگابایت حافظه (بیش از آن صفحهٔ «مشغول» و پاسخ 503 می‌گیرد؛ یک نشانی راه دور حداکثر نیمی از آن؛ پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the six-monthly national status report (PDF or Excel)</source>
        <translation>نوشتن گزارش ملی وضعیت شش‌ماهه (PDF یا Excel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the half-year, such as 1405-H1</source>
        <translation>نیم‌سال، مانند 1405-H1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to write (.pdf or .xlsx)</source>
        <translation>فایلی که نوشته می‌شود (‎.pdf یا ‎.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pdf or xlsx (default: from the file&apos;s extension)</source>
        <translation>pdf یا xlsx (پیش‌فرض: از پسوند فایل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credentials of the center&apos;s staff for /status and /national</source>
        <translation>اعتبارنامهٔ کارکنان مرکز برای ‎/status و ‎/national</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a token (--name), list the tokens or revoke one (--id)</source>
        <translation>افزودن توکن (--name)، فهرست توکن‌ها یا باطل کردن یکی از آن‌ها (--id)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whose token it is (add)</source>
        <translation>توکن از آنِ کیست (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token to revoke</source>
        <translation>توکنی که باطل می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the staff&apos;s accounts for the dashboard (docs/access.md)</source>
        <translation>حساب‌های کارکنان برای داشبورد (docs/access.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list: every account; audit: the latest sign-ins and actions; the others change the account of --user</source>
        <translation>list: همهٔ حساب‌ها؛ audit: تازه‌ترین ورودها و اقدام‌ها؛ بقیه حساب --user را تغییر می‌دهند</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli/help_texts.py" line="+8"/>
        <source>the account&apos;s user name</source>
        <extracomment>an account named by its login (``accounts disable LOGIN``); the center&apos;s ``accounts --user`` says the same</extracomment>
        <translation>نام کاربری حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name shown for the account (add)</source>
        <translation>نامی که برای حساب نشان داده می‌شود (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, set-role</source>
        <translation>add و set-role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a liaison&apos;s provinces, comma-separated (THR,QOM)</source>
        <translation>استان‌های رابط استانی، جداشده با ویرگول (THR,QOM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account&apos;s language (add)</source>
        <translation>زبان حساب (add)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the password from the first line of standard input (never from the command line); otherwise it is asked for twice</source>
        <translation>گذرواژه از نخستین سطر ورودی استاندارد خوانده شود (هرگز از خط فرمان)؛ وگرنه دو بار پرسیده می‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit rows to show (newest first)</source>
        <translation>شمار ردیف‌های ممیزی برای نمایش (تازه‌ترین‌ها نخست)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move the center to a new key (created with init-key); provinces follow on their next sync</source>
        <translation>بردن مرکز به کلید تازه (ساخته‌شده با init-key)؛ استان‌ها در همگام‌سازی بعدی خود همراه می‌شوند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current key file</source>
        <translation>فایل کلید کنونی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new key file (its passphrase in RASAD_CENTER_NEW_PASSPHRASE, or the same one)</source>
        <translation>فایل کلید تازه (عبارت عبور آن در RASAD_CENTER_NEW_PASSPHRASE، یا همان عبارت عبور کنونی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill a new center database with demo provinces&apos; real signed bundles, to try the dashboard</source>
        <translation>پر کردن یک پایگاه دادهٔ تازهٔ مرکز با بسته‌های امضاشدهٔ واقعی استان‌های نمایشی، برای آزمودن داشبورد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the demo provinces are the same for the same seed</source>
        <translation>با بذر یکسان، استان‌های نمایشی یکسان‌اند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the center&apos;s key in an encrypted file</source>
        <translation>ساخت کلید مرکز در یک فایل رمزشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key file to create (its passphrase in RASAD_CENTER_PASSPHRASE)</source>
        <translation>فایل کلیدی که ساخته می‌شود (عبارت عبور آن در RASAD_CENTER_PASSPHRASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the public key (to pin in provinces)</source>
        <translation>کلید عمومی هم نوشته شود (برای ثبت در استان‌ها)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli/main.py" line="+67"/>
        <source>language of messages (fa or en)</source>
        <translation>زبان پیام‌ها (fa یا en)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/acting_user.py" line="-48"/>
        <source>act as this account (password from RASAD_PASSWORD or asked for); required once the database has accounts</source>
        <translation>کار به نام این حساب انجام شود (گذرواژه از RASAD_PASSWORD خوانده یا پرسیده می‌شود)؛ وقتی پایگاه داده حساب کاربری دارد لازم است</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_accounts.py" line="-217"/>
        <source>user accounts: add, change, list, disable, reset a password</source>
        <translation>حساب‌های کاربری: افزودن، تغییر، فهرست، غیرفعال کردن، بازنشانی گذرواژه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add an account (its password from RASAD_NEW_PASSWORD or asked)</source>
        <translation>افزودن حساب (گذرواژهٔ آن از RASAD_NEW_PASSWORD خوانده یا پرسیده می‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name (Latin letters)</source>
        <translation>نام کاربری (حروف لاتین)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the name the change log shows</source>
        <translation>نامی که سابقهٔ تغییرات نشان می‌دهد</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>the account&apos;s role</source>
        <translation>نقش حساب</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>the district&apos;s code (a district head only)</source>
        <translation>کد حوزهٔ قضایی (فقط برای رئیس حوزه)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>change an account&apos;s user name, name shown, role or district (the options given)</source>
        <translation>تغییر نام کاربری، نام نمایشی، نقش یا حوزهٔ یک حساب (گزینه‌های داده‌شده)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its new user name (Latin letters)</source>
        <translation>نام کاربری تازهٔ آن (با حروف لاتین)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change your own password (--user; the current one as for signing in, the new one from RASAD_NEW_PASSWORD or asked)</source>
        <translation>تغییر گذرواژهٔ خودتان (--user؛ گذرواژهٔ کنونی مانند ورود، گذرواژهٔ تازه از RASAD_NEW_PASSWORD یا پرسیده می‌شود)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every account, its role, district and state</source>
        <translation>همهٔ حساب‌ها با نقش، حوزه و وضعیت هر یک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop an account from signing in (its history stays)</source>
        <translation>جلوگیری از ورود یک حساب (سوابق آن می‌ماند)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let a disabled account sign in again</source>
        <translation>اجازهٔ ورود دوباره به حساب غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a new password (RASAD_NEW_PASSWORD or asked); also lifts a lock</source>
        <translation>تعیین گذرواژهٔ تازه (از RASAD_NEW_PASSWORD یا با پرسش)؛ قفل حساب را هم برمی‌دارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue a one-time code that recovers a locked-out or forgotten secretary (secretary; shown once, any earlier code stops working)</source>
        <translation>صدور رمز یک‌بارمصرف برای بازیابی حساب دبیری که قفل شده یا گذرواژه‌اش فراموش شده است (ویژهٔ دبیر؛ فقط یک بار نشان داده می‌شود و هر رمز پیشین از کار می‌افتد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a secretary&apos;s password anew with the recovery code (RASAD_RECOVERY_CODE or asked) and lift the lock; no sign-in needed</source>
        <translation>تعیین دوبارهٔ گذرواژهٔ دبیر با رمز بازیابی (از RASAD_RECOVERY_CODE یا با پرسش) و برداشتن قفل؛ ورود لازم نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secretary&apos;s user name</source>
        <translation>نام کاربری دبیر</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_app.py" line="+13"/>
        <source>start the window (the default command)</source>
        <translation>باز کردن پنجرهٔ برنامه (فرمان پیش‌فرض)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database file (default: the user&apos;s data folder)</source>
        <translation>فایل پایگاه داده (پیش‌فرض: پوشهٔ داده‌های کاربر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the demo database (created on first use, apart from any real one)</source>
        <translation>باز کردن پایگاه دادهٔ نمایشی (در نخستین استفاده، جدا از پایگاه دادهٔ واقعی ساخته می‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of the window (default: saved setting, Persian)</source>
        <translation>زبان پنجره (پیش‌فرض: تنظیم ذخیره‌شده، فارسی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the database, render the home page offscreen and exit 0</source>
        <translation>باز کردن پایگاه داده، ساختن صفحهٔ نخست بدون نمایش و پایان با کد ۰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save a picture of the first painted window and exit</source>
        <translation>ذخیرهٔ تصویر نخستین نمای پنجره و پایان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open on this page (one the signed-in user is given; else the overview)</source>
        <translation>با این صفحه باز شود (صفحه‌ای که به کاربرِ واردشده داده شده است؛ وگرنه نمای کلی)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_approval.py" line="+19"/>
        <source>submit, withdraw, approve, send back or reopen a period; its status</source>
        <translation>فرستادن دوره برای تأیید، پس گرفتن، تأیید، برگرداندن یا بازگشایی آن؛ وضعیت دوره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ask the chief justice to approve a period once it is over; its data is locked while it awaits approval (secretary)</source>
        <translation>درخواست تأیید دوره از رئیس کل دادگستری پس از پایان آن؛ داده‌های دوره تا زمان تأیید قفل می‌شود (ویژهٔ دبیر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take back a submission not yet decided: the period&apos;s data can be changed again (secretary)</source>
        <translation>پس گرفتن ارسالی که هنوز دربارهٔ آن تصمیم گرفته نشده است: داده‌های دوره دوباره تغییرپذیر می‌شود (ویژهٔ دبیر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approve a submitted period: its data is locked (chief justice)</source>
        <translation>تأیید دورهٔ فرستاده‌شده: داده‌های آن قفل می‌شود (ویژهٔ رئیس کل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return a submitted period with a reason (chief justice)</source>
        <translation>برگرداندن دورهٔ فرستاده‌شده همراه با دلیل (ویژهٔ رئیس کل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlock an approved period with a reason (chief justice)</source>
        <translation>بازگشایی دورهٔ تأییدشده همراه با دلیل (ویژهٔ رئیس کل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the state of a period, or of every period of a year</source>
        <translation>وضعیت یک دوره یا همهٔ دوره‌های یک سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the approved figures that differ today, with their causes</source>
        <translation>ارقام تأییدشده‌ای که امروز تفاوت کرده‌اند، همراه با علت آن‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>a month (1405-07) or a half-year (1405-H1)</source>
        <translation>یک ماه (1405-07) یا یک نیم‌سال (1405-H1)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>why, kept with the period&apos;s status</source>
        <translation>دلیل، که همراه وضعیت دوره نگه داشته می‌شود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Jalali year: its halves and months</source>
        <translation>یک سال خورشیدی: نیم‌سال‌ها و ماه‌های آن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: a row per differing figure (kind figure) and per cause (kind cause); json: one object with the approval, its differences and their causes by section</source>
        <translation>csv: یک ردیف برای هر رقم متفاوت (kind figure) و هر علت (kind cause)؛ json: یک شیء شامل تأیید، تفاوت‌ها و علت‌های آن‌ها به تفکیک بخش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the change-log entries after the approval that touch the period instead</source>
        <translation>به جای آن، فهرست ثبت‌های سابقهٔ تغییرات پس از تأیید که به این دوره مربوط‌اند</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/commands_audit.py" line="-21"/>
        <location filename="../desktop/cli/commands_indicators.py" line="-210"/>
        <location filename="../desktop/cli/commands_meetings.py" line="+32"/>
        <location filename="../desktop/cli/commands_plans.py" line="-98"/>
        <source>write to this file instead of the screen</source>
        <translation>نوشتن در این فایل به جای صفحهٔ نمایش</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_audit.py" line="-26"/>
        <source>the audit trail: who changed what, when</source>
        <translation>سابقهٔ تغییرات: چه کسی، چه چیزی را، چه زمانی تغییر داد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes, or with --events the audit events, newest first (a district head may not read them)</source>
        <translation>تغییرات، یا با --events رویدادهای ممیزی، تازه‌ترین‌ها نخست (رئیس حوزه اجازهٔ خواندن آن‌ها را ندارد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the audit events (refusals, exports, backups, restores, keys, settings) instead of the changes</source>
        <translation>به جای تغییرات، فهرست رویدادهای ممیزی (ردها، خروجی‌ها، پشتیبان‌گیری‌ها، بازگردانی‌ها، کلیدها، تنظیمات)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only changes by this user (with --events: this login or display name)</source>
        <translation>فقط تغییرات این کاربر (با --events: این نام کاربری یا نام نمایشی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --events: only events of this kind</source>
        <translation>با --events: فقط رویدادهای این نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes of this table, e.g. activity</source>
        <translation>فقط تغییرات این جدول، برای نمونه activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only rows added (insert), changed (update) or removed (delete)</source>
        <translation>فقط ردیف‌های افزوده‌شده (insert)، تغییریافته (update) یا حذف‌شده (delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only changes made in this Jalali period, e.g. 1405-07</source>
        <translation>فقط تغییراتی که در این دورهٔ خورشیدی انجام شده است، برای نمونه 1405-07</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many (default %(default)s)</source>
        <translation>حداکثر همین تعداد (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_backup.py" line="-168"/>
        <source>back the database up or restore a backup</source>
        <translation>پشتیبان‌گیری از پایگاه داده یا بازگردانی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take a verified backup now (the oldest beyond --keep go)</source>
        <translation>تهیهٔ نسخهٔ پشتیبان وارسی‌شده هم‌اکنون (قدیمی‌ترین‌ها بیش از --keep حذف می‌شوند)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many backups to keep (default %(default)s)</source>
        <translation>شمار نسخه‌های پشتیبانی که نگه داشته می‌شود (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the backups, newest first</source>
        <translation>فهرست نسخه‌های پشتیبان، تازه‌ترین‌ها نخست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the database with a backup (verified first)</source>
        <translation>جایگزینی پایگاه داده با یک نسخهٔ پشتیبان (پس از وارسی آن)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to restore</source>
        <translation>فایل پشتیبانی که بازگردانی می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore it even though it is a backup of another province (its data, province and name replace this database&apos;s)</source>
        <translation>بازگردانی، حتی اگر نسخهٔ پشتیبان از استانی دیگر باشد (داده‌ها، استان و نام آن جایگزین داده‌ها، استان و نام این پایگاه داده می‌شود)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore it even though it is a backup of another installation&apos;s database of this province (its data replaces this database&apos;s)</source>
        <translation>بازگردانی، حتی اگر نسخهٔ پشتیبان از پایگاه داده‌ای در نصبی دیگر از همین استان باشد (داده‌های آن جایگزین داده‌های این پایگاه داده می‌شود)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore it even though it would leave the database with no account (anyone who opens it acts as the secretary)</source>
        <translation>بازگردانی، حتی اگر پایگاه داده بی هیچ حساب کاربری بماند (هر کس آن را باز کند در نقش دبیر کار می‌کند)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup folder</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="-110"/>
        <source>progress bundles on removable media</source>
        <translation>بسته‌های پیشرفت روی رسانهٔ جداشدنی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cut the changes and write every pending bundle to a folder</source>
        <translation>بستن تغییرات در بسته و نوشتن همهٔ بسته‌های در انتظار ارسال در یک پوشه</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_parser.py" line="-108"/>
        <location filename="../desktop/cli/commands_bundle.py" line="+3"/>
        <source>the folder to write into</source>
        <translation>پوشه‌ای که در آن نوشته می‌شود</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_bundle.py" line="+3"/>
        <source>settle bundles with the center&apos;s receipt files</source>
        <translation>تسویهٔ بسته‌ها با فایل‌های رسید مرکز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the receipt files the center wrote</source>
        <translation>فایل‌های رسیدی که مرکز نوشته است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file, to erase a retired key once the center evidently has its rotation</source>
        <translation>فایل کلید، برای پاک کردن کلید کنارگذاشته‌شده وقتی روشن است که چرخش آن به مرکز رسیده است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>after restoring a backup: take the province&apos;s bundle chain back from the center before anything is sent</source>
        <translation>پس از بازگردانی نسخهٔ پشتیبان: بازپس گرفتن زنجیرهٔ بسته‌های استان از مرکز پیش از ارسال هر چیز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a folder the center exported (export-chain) instead of asking the center online</source>
        <translation>پوشه‌ای که مرکز خروجی داده است (export-chain)، به جای پرسیدن برخط از مرکز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the center&apos;s address (else the one stored)</source>
        <translation>نشانی مرکز (وگرنه نشانی ثبت‌شده)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after the center refused a bundle for good: remove it and the later unacknowledged ones; their changes go into the next bundle</source>
        <translation>پس از آنکه مرکز بسته‌ای را برای همیشه رد کرد: حذف آن و بسته‌های بعدی که رسیدی برایشان نیامده است؛ تغییرات آن‌ها در بستهٔ بعدی می‌آید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check a bundle file against a public key</source>
        <translation>وارسی فایل بسته با یک کلید عمومی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle file to check</source>
        <translation>فایل بسته‌ای که وارسی می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signing province&apos;s public key file (keys export-public)</source>
        <translation>فایل کلید عمومی استانِ امضاکننده (keys export-public)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province the bundle must come from</source>
        <translation>استانی که بسته باید از آن باشد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directive bundles from the center</source>
        <translation>بسته‌های ابلاغیه از مرکز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify and apply directive files (removable media)</source>
        <translation>وارسی و اعمال فایل‌های ابلاغیه (رسانهٔ جداشدنی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the directive bundle files the center issued</source>
        <translation>فایل‌های بستهٔ ابلاغیه که مرکز صادر کرده است</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_comment.py" line="-58"/>
        <source>comments on a judicial district&apos;s month</source>
        <translation>نظرها دربارهٔ یک ماهِ حوزهٔ قضایی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment on a district&apos;s month</source>
        <translation>ثبت نظر دربارهٔ یک ماهِ حوزهٔ قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the comment&apos;s text</source>
        <translation>متن نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month, e.g. 1405-08</source>
        <translation>یک ماه، برای نمونه 1405-08</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the comments on a district (of one month, or all)</source>
        <translation>نظرهای ثبت‌شده دربارهٔ یک حوزه (یک ماه یا همه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a month, e.g. 1405-08 (default: every month)</source>
        <translation>یک ماه، برای نمونه 1405-08 (پیش‌فرض: همهٔ ماه‌ها)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the district&apos;s code</source>
        <translation>کد حوزهٔ قضایی</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_data.py" line="-137"/>
        <source>create a demo database of a realistic province (deterministic)</source>
        <translation>ساخت پایگاه دادهٔ نمایشی از یک استان واقع‌نما (با نتیجهٔ تکرارپذیر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file to create</source>
        <translation>فایل پایگاه داده‌ای که ساخته می‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>normal: Qom-sized (about 100 branches); large: Tehran-sized (3,000 branches)</source>
        <translation>normal: به اندازهٔ قم (حدود ۱۰۰ شعبه)؛ large: به اندازهٔ تهران (۳٬۰۰۰ شعبه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/commands_indicators.py" line="+19"/>
        <source>random seed (default %(default)s)</source>
        <translation>بذر تصادفی (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the demo&apos;s &apos;today&apos;, as YYYY-MM-DD (default: today)</source>
        <translation>«امروزِ» دادهٔ نمایشی، به شکل YYYY-MM-DD (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a database file (integrity, schema version) and count its rows</source>
        <translation>بررسی فایل پایگاه داده (سلامت، نسخهٔ ساختار) و شمردن ردیف‌های آن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check: only the full integrity check, with progress (exit 7 when damaged); describe (default): the check, then the schema revision and each table&apos;s rows</source>
        <translation>check: فقط بررسی کامل سلامت، همراه با نمایش پیشرفت (اگر آسیب دیده باشد کد خروج ۷)؛ describe (پیش‌فرض): همان بررسی، سپس نسخهٔ ساختار پایگاه داده و شمار ردیف‌های هر جدول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when the database is damaged, also print what SQLite&apos;s check found, in its own English words (for whoever is asked to look into it)</source>
        <translation>اگر پایگاه داده آسیب دیده باشد، آنچه بررسی SQLite یافته است نیز با همان واژه‌های انگلیسی خودش چاپ شود (برای کسی که بررسی آن را بر عهده می‌گیرد)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_import.py" line="-150"/>
        <source>import CSV or Excel exports of the case-management system</source>
        <translation>وارد کردن خروجی‌های CSV یا Excel سامانهٔ مدیریت پرونده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or .xlsx files</source>
        <translation>فایل‌های CSV یا ‎.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kind of every file (default: guessed from its headers)</source>
        <translation>نوع همهٔ فایل‌ها (پیش‌فرض: از روی عنوان ستون‌های هر فایل تشخیص داده می‌شود)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the valid rows of a file that has problems (default: write nothing)</source>
        <translation>ردیف‌های درستِ فایلی که ایراد دارد نوشته شود (پیش‌فرض: هیچ چیز نوشته نمی‌شود)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save every file&apos;s problems to this CSV file</source>
        <translation>ذخیرهٔ ایرادهای همهٔ فایل‌ها در این فایل CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a case listing is partial: do not mark the cases it lacks as withdrawn (default: a listing is a full snapshot of the branches and months it covers)</source>
        <translation>فهرست پرونده‌ها ناقص است: پرونده‌هایی که در آن نیستند «خارج‌شده» علامت نخورند (پیش‌فرض: هر فهرست تصویر کامل شعب و ماه‌هایی است که در بر می‌گیرد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accept that a snapshot case listing marks the pending cases it no longer holds withdrawn (default: asked on a terminal; elsewhere the file is not imported and the counts are printed)</source>
        <translation>پذیرفتن اینکه فهرست کامل پرونده‌ها، پرونده‌های جاری‌ای را که دیگر در آن نیستند «خارج‌شده» علامت بزند (پیش‌فرض: در پایانه پرسیده می‌شود؛ در غیر آن فایل وارد نمی‌شود و شمار آن‌ها چاپ می‌شود)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the case listing is newer than every one imported before, though it shows pending a case one of them saw disposed of or moved away (a disposal or a move entered in error and undone): its rows are not refused as older</source>
        <translation>فهرست پرونده‌ها از همهٔ فهرست‌های واردشدهٔ پیشین جدیدتر است، هرچند پرونده‌ای را که یکی از آن‌ها مختومه یا منتقل‌شده به شعبهٔ دیگر دیده جاری نشان می‌دهد (مختومه یا جابه‌جایی‌ای که به اشتباه ثبت و سپس برگردانده شده): ردیف‌هایش به‌عنوان قدیمی‌تر رد نمی‌شوند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>store the earliest plausible registration year (the database setting, default 1370) before importing</source>
        <translation>ذخیرهٔ نخستین سال ثبت پذیرفتنی پیش از وارد کردن (تنظیم پایگاه داده، پیش‌فرض ۱۳۷۰)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_indicators.py" line="-34"/>
        <source>print an indicator table (province, districts or branches)</source>
        <translation>چاپ جدول یک شاخص (استان، حوزه‌ها یا شعب)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indicator code, e.g. clearance_rate</source>
        <translation>کد شاخص، برای نمونه clearance_rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a row for the province, for each district or for each branch</source>
        <translation>یک ردیف برای استان، برای هر حوزهٔ قضایی یا برای هر شعبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district code: only its branches (with --level branch)</source>
        <translation>کد حوزهٔ قضایی: فقط شعب آن (همراه با --level branch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1403-07, 1403-Q2, 1403-H1 or 1403</source>
        <translation>1403-07، 1403-Q2، 1403-H1 یا 1403</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one case type (default: all)</source>
        <translation>یک نوع پرونده (پیش‌فرض: همه)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write a generated CMS export file (benchmarks, tests)</source>
        <translation>نوشتن فایل ساختگی خروجی سامانهٔ مدیریت پرونده (CMS) برای سنجش کارایی و آزمون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>which export: case listing, monthly statistics, satisfaction or branch registry</source>
        <translation>کدام خروجی: فهرست پرونده‌ها، آمار ماهانه، رضایت‌سنجی یا فهرست شعب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many rows to write</source>
        <translation>شمار ردیف‌هایی که نوشته می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>فایلی که نوشته می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s format (default %(default)s)</source>
        <translation>قالب فایل (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text encoding of a CSV file (default %(default)s)</source>
        <translation>کدگذاری نویسه‌های فایل CSV (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take the branch codes from this database</source>
        <translation>کدهای شعب از این پایگاه داده گرفته شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without --db: how many generated branch codes</source>
        <translation>بدون --db: شمار کدهای شعبهٔ ساختگی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the files&apos; &apos;today&apos;, as YYYY-MM-DD (default: today)</source>
        <translation>«امروزِ» فایل‌ها، به شکل YYYY-MM-DD (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_keys.py" line="-109"/>
        <source>the province&apos;s signing key</source>
        <translation>کلید امضای استان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate the province&apos;s signing key (never replaces one)</source>
        <translation>ساخت کلید امضای استان (هرگز جایگزین کلید موجود نمی‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the key id and where the key is kept</source>
        <translation>نمایش شناسهٔ کلید و جای نگهداری آن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the public key, for registration at the center</source>
        <translation>نوشتن کلید عمومی، برای ثبت در مرکز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to write the public key to</source>
        <translation>فایلی که کلید عمومی در آن نوشته می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the signing key with a new one, announced by a record signed by both keys</source>
        <translation>جایگزینی کلید امضا با کلیدی تازه، همراه با سابقه‌ای که با هر دو کلید امضا شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the rotation record to this file</source>
        <translation>سابقهٔ چرخش کلید در این فایل هم نوشته شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pin the center&apos;s public key (from the file the center gave)</source>
        <translation>ثبت کلید عمومی مرکز (از فایلی که مرکز داده است)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center&apos;s public key file</source>
        <translation>فایل کلید عمومی مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace a different key pinned before</source>
        <translation>جایگزینی کلید دیگری که پیش‌تر ثبت شده است</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_meetings.py" line="-17"/>
        <source>council meetings and their resolutions: list, add, edit, delete; status, notes, evidence</source>
        <translation>جلسات شورا و مصوبه‌های آن‌ها: فهرست، افزودن، ویرایش، حذف؛ وضعیت، یادداشت‌ها، مستندات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meetings, newest first, with their resolution counts</source>
        <translation>جلسات، تازه‌ترین‌ها نخست، با شمار مصوبات هر یک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolutions, with deadline, status and days overdue</source>
        <translation>مصوبات، با مهلت، وضعیت و روزهای تأخیر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only those not done or cancelled</source>
        <translation>فقط آن‌هایی که انجام یا لغو نشده‌اند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only overdue ones</source>
        <translation>فقط مصوبات معوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this owner&apos;s</source>
        <translation>فقط مصوبات این مسئول</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plans.py" line="-9"/>
        <source>the overview: overall progress, plans, milestones, driver projects, what is most behind, the units at risk and those not judged for incomplete statistics (JSON)</source>
        <translation>نمای کلی: پیشرفت کلی، برنامه‌ها، اهداف مرحله‌ای، طرح‌های پیشران، عقب‌مانده‌ترین موارد، واحدهای در معرض خطر و واحدهایی که به سبب آمار ناقص ارزیابی نشده‌اند (JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plans, solutions, programs and activities: list, add, edit, delete; report progress</source>
        <translation>برنامه‌ها، راهکارها، برنامه‌های عملیاتی و فعالیت‌ها: فهرست، افزودن، ویرایش، حذف؛ گزارش پیشرفت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan tree, one row per node, with PV, EV and SPI</source>
        <translation>درخت برنامه، یک ردیف برای هر گره، با PV، EV و SPI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report an activity&apos;s percent complete on a date</source>
        <translation>ثبت درصد پیشرفت یک فعالیت در یک تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activity&apos;s id (from `plans list`)</source>
        <translation>شناسهٔ فعالیت (از `plans list`)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the percent complete, 0 to 100</source>
        <translation>درصد پیشرفت، از ۰ تا ۱۰۰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date reported, YYYY-MM-DD (default: today)</source>
        <translation>تاریخ گزارش، به شکل YYYY-MM-DD (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note kept with the report</source>
        <translation>یادداشتی که همراه گزارش نگه داشته می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence files, copied and kept with the report</source>
        <translation>فایل‌های مستندات، که رونوشتی از آن‌ها همراه گزارش نگه داشته می‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;today&apos;, YYYY-MM-DD</source>
        <translation>«امروز»، به شکل YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_report.py" line="-105"/>
        <source>write a report as PDF or Excel</source>
        <translation>نوشتن گزارش به صورت PDF یا Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status: six-monthly status (--period 1404-H1); citizens: quarterly citizens&apos; rights (1404-Q2); district: monthly district statistics (1404-07)</source>
        <translation>status: گزارش وضعیت شش‌ماهه (--period 1404-H1)؛ citizens: گزارش سه‌ماههٔ حقوق شهروندی (1404-Q2)؛ district: آمار ماهانهٔ حوزه‌های قضایی (1404-07)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1404-H1, 1404-Q2 or 1404-07 (by the kind)</source>
        <translation>1404-H1، 1404-Q2 یا 1404-07 (بسته به نوع گزارش)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .pdf or .xlsx file to write</source>
        <translation>فایل ‎.pdf یا ‎.xlsx که نوشته می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district code (district report; default: every district)</source>
        <translation>کد حوزهٔ قضایی (گزارش حوزه؛ پیش‌فرض: همهٔ حوزه‌ها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also save every chart alone into this folder</source>
        <translation>هر نمودار جداگانه در این پوشه هم ذخیره شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format of the --charts pictures (default %(default)s)</source>
        <translation>قالب تصویرهای --charts (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;today&apos; as YYYY-MM-DD (default: today)</source>
        <translation>«امروز» به شکل YYYY-MM-DD (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print as an official document (letterhead with the emblem set in the database)</source>
        <translation>چاپ به صورت سند رسمی (سربرگ با نشانِ تعیین‌شده در پایگاه داده)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the letter&apos;s number on the letterhead</source>
        <translation>شمارهٔ نامه روی سربرگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the classification on the letterhead</source>
        <translation>طبقه‌بندی روی سربرگ</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_screenshots.py" line="-79"/>
        <source>save a PNG of every page and main dialog of a database</source>
        <translation>ذخیرهٔ تصویر PNG از همهٔ صفحه‌ها و پنجره‌های گفت‌وگوی اصلی برنامه روی یک پایگاه داده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder for the pictures (created if missing)</source>
        <translation>پوشهٔ تصویرها (اگر نباشد ساخته می‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of the window (default %(default)s)</source>
        <translation>زبان پنجره (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window size WIDTHxHEIGHT (default %(default)s)</source>
        <translation>اندازهٔ پنجره به شکل WIDTHxHEIGHT (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day taken as today, e.g. 2026-11-23 (default: today)</source>
        <translation>روزی که امروز شمرده می‌شود، برای نمونه 2026-11-23 (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_settings.py" line="-74"/>
        <source>the database&apos;s profile; the user name of the change log</source>
        <translation>مشخصات پایگاه داده؛ نام کاربر در سابقهٔ تغییرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>province, user name, schema revision, database and evidence folders</source>
        <translation>استان، نام کاربر، نسخهٔ ساختار پایگاه داده، پوشه‌های پایگاه داده و مستندات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the name written beside changes (before accounts exist)</source>
        <translation>تعیین نامی که کنار تغییرات نوشته می‌شود (پیش از ساخت حساب‌های کاربری)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name to record changes under</source>
        <translation>نامی که تغییرات به نام آن ثبت می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letterhead&apos;s emblem: set it from a PNG or JPEG file (a copy is kept in the database), --clear it, or --show it</source>
        <translation>نشان سربرگ: تعیین آن از یک فایل PNG یا JPEG (رونوشتی از آن در پایگاه داده نگه داشته می‌شود)، حذف آن با --clear یا نمایش آن با --show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a PNG or JPEG picture, 32 to 4000 pixels a side, at most 2 MB</source>
        <translation>تصویر PNG یا JPEG، هر ضلع ۳۲ تا ۴۰۰۰ پیکسل، حداکثر ۲ مگابایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the letterhead without an emblem</source>
        <translation>چاپ سربرگ بدون نشان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the emblem kept in the database</source>
        <translation>نشانِ نگه‌داشته‌شده در پایگاه داده</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_setup.py" line="-7"/>
        <source>set a new database up: province, districts, first secretary, branches (what the window&apos;s first-run wizard asks)</source>
        <translation>راه‌اندازی پایگاه دادهٔ تازه: استان، حوزه‌های قضایی، نخستین دبیر، شعب (همان پرسش‌های راهنمای نخستین اجرای برنامه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file (created when missing)</source>
        <translation>فایل پایگاه داده (اگر نباشد ساخته می‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province&apos;s code, the one the center knows it by (e.g. QOM)</source>
        <translation>کد استان، همان کدی که مرکز استان را با آن می‌شناسد (برای نمونه QOM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a judicial district (repeat for each); or give --districts-file</source>
        <translation>یک حوزهٔ قضایی (برای هر حوزه تکرار شود)؛ یا --districts-file را بدهید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a CSV file of districts: code,name per line</source>
        <translation>فایل CSV حوزه‌های قضایی: در هر سطر code,name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the branch registry (CSV or Excel, as the import takes it), imported after setup</source>
        <translation>فهرست شعب (CSV یا Excel، به همان شکلی که ورود اطلاعات می‌پذیرد)، که پس از راه‌اندازی وارد می‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first secretary&apos;s user name</source>
        <translation>نام کاربری نخستین دبیر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secretary&apos;s name as the change log shows it</source>
        <translation>نام دبیر، آن‌گونه که سابقهٔ تغییرات نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_sync.py" line="-133"/>
        <source>cut the changes and send pending bundles to the center</source>
        <translation>بستن تغییرات در بسته و ارسال بسته‌های در انتظار به مرکز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the center&apos;s address (https://...); remembered, defaults to the one stored</source>
        <translation>نشانی مرکز (https://...)؛ به خاطر سپرده می‌شود و پیش‌فرض آن نشانی ثبت‌شده است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pin this center public key file first (only if no other key is pinned)</source>
        <translation>نخست این فایل کلید عمومی مرکز ثبت شود (فقط اگر کلید دیگری ثبت نشده باشد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warn when the newest directive listing signed by the center is older than this many days (remembered; default %(default)s)</source>
        <translation>هشدار وقتی تازه‌ترین فهرست ابلاغیه‌های امضاشده به دست مرکز از این شمار روز کهنه‌تر باشد (به خاطر سپرده می‌شود؛ پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/main.py" line="-17"/>
        <source>Rasad (رصد): provincial follow-up of the Judiciary Transformation Document.</source>
        <translation>رصد: پیگیری اجرای سند تحول و تعالی قوه قضاییه در استان‌ها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 done, 1 not done, 2 usage or sign-in, 3 refused to your role, 4 period approved (locked), 5 database busy, 6 center unreachable, 7 database damaged, 8 a bundle refused for good by the center, 130 interrupted (README.md).</source>
        <translation>کدهای خروج: ۰&#xa0;انجام شد، ۱&#xa0;انجام نشد، ۲&#xa0;کاربرد نادرست یا ورود ناموفق، ۳&#xa0;برای نقش شما مجاز نیست، ۴&#xa0;دوره تأیید شده است (قفل)، ۵&#xa0;پایگاه داده مشغول است، ۶&#xa0;دسترسی به مرکز نبود، ۷&#xa0;پایگاه داده آسیب دیده است، ۸&#xa0;مرکز بسته‌ای را برای همیشه رد کرد، ۱۳۰&#xa0;کار قطع شد (README.md).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of messages (default: RASAD_LANG, else Persian)</source>
        <translation>زبان پیام‌ها (پیش‌فرض: RASAD_LANG، وگرنه فارسی)</translation>
    </message>
    <message>
        <location filename="../desktop/center/cli_parser.py" line="-50"/>
        <location filename="../desktop/cli/main.py" line="+3"/>
        <source>commands</source>
        <translation>فرمان‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_support.py" line="-121"/>
        <source>the encrypted key file used when the OS keyring is not a secure store</source>
        <translation>فایل رمزشدهٔ کلید، وقتی جاکلیدی سیستم‌عامل محل نگهداری امنی نیست</translation>
    </message>
    <message>
        <location filename="../desktop/cli/help_texts.py" line="-6"/>
        <source>what to do; %(prog)s ACTION --help shows its options</source>
        <extracomment>the word after a command that has several (``accounts add``, ``backup restore``, ...)</extracomment>
        <translation>کاری که انجام می‌شود؛ %(prog)s ACTION --help گزینه‌های آن را نشان می‌دهد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province&apos;s database file</source>
        <extracomment>``--db`` of every command that reads or writes the province&apos;s own database, which must exist</extracomment>
        <translation>فایل پایگاه دادهٔ استان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output format (default %(default)s)</source>
        <extracomment>``--format csv|json`` of a listing printed, or written to ``--out``</extracomment>
        <translation>قالب خروجی (پیش‌فرض %(default)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_meeting_edits.py" line="-170"/>
        <source>open, in_progress, done or cancelled</source>
        <translation>open (باز)، in_progress (در جریان)، done (انجام‌شده) یا cancelled (لغوشده)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a meeting; prints its id</source>
        <translation>افزودن جلسه؛ شناسهٔ آن را چاپ می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a meeting&apos;s fields given; the others stay as stored</source>
        <translation>تغییر فیلدهای داده‌شدهٔ جلسه؛ بقیه همان‌گونه که ذخیره شده‌اند می‌مانند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete a meeting with its resolutions</source>
        <translation>حذف جلسه با مصوبه‌هایش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a meeting&apos;s fields and resolutions as JSON</source>
        <translation>فیلدها و مصوبه‌های جلسه به‌صورت JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>the meeting&apos;s id (from `meetings list`)</source>
        <translation>شناسهٔ جلسه (از `meetings list`)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the day it was held, YYYY-MM-DD</source>
        <translation>روز برگزاری، YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/commands_plan_edits.py" line="-99"/>
        <source>its title</source>
        <translation>عنوان آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its number (default: the next one)</source>
        <translation>شمارهٔ آن (پیش‌فرض: شمارهٔ بعدی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where it was held</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an attendee and his role; repeat for each</source>
        <translation>یک حاضر و سمت او؛ برای هر نفر تکرار کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agenda item; repeat for each</source>
        <translation>یک بند دستور جلسه؛ برای هر بند تکرار کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty the list of attendees</source>
        <translation>خالی کردن فهرست حاضران</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty the agenda</source>
        <translation>خالی کردن دستور جلسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, edit, delete or show a resolution; its status, follow-up notes and evidence</source>
        <translation>افزودن، ویرایش، حذف یا نمایش مصوبه؛ وضعیت، یادداشت‌های پیگیری و مستندات آن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a resolution; prints its id</source>
        <translation>افزودن مصوبه؛ شناسهٔ آن را چاپ می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a resolution&apos;s fields given; the others stay as stored</source>
        <translation>تغییر فیلدهای داده‌شدهٔ مصوبه؛ بقیه همان‌گونه که ذخیره شده‌اند می‌مانند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete a resolution</source>
        <translation>حذف مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a resolution, its follow-up notes and evidence as JSON</source>
        <translation>مصوبه، یادداشت‌های پیگیری و مستندات آن به‌صورت JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change a resolution&apos;s status</source>
        <translation>تغییر وضعیت مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a follow-up note (and evidence files) to a resolution</source>
        <translation>افزودن یادداشت پیگیری (و فایل‌های مستند) به مصوبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attach evidence files to a resolution</source>
        <translation>پیوست کردن فایل‌های مستند به مصوبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the resolution&apos;s id (from `meetings resolutions`)</source>
        <translation>شناسهٔ مصوبه (از `meetings resolutions`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what was resolved</source>
        <translation>آنچه مصوب شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/commands_plan_edits.py" line="-22"/>
        <location line="+17"/>
        <source>who carries it out</source>
        <translation>مسئول اجرای آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its deadline, YYYY-MM-DD</source>
        <translation>مهلت آن، YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its number in the meeting (default: the next one)</source>
        <translation>شمارهٔ آن در جلسه (پیش‌فرض: شمارهٔ بعدی)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day it was done, YYYY-MM-DD (a done resolution)</source>
        <translation>روز انجام آن، YYYY-MM-DD (برای مصوبهٔ انجام‌شده)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the note</source>
        <translation>متن یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day of the note, YYYY-MM-DD (default: today)</source>
        <translation>تاریخ یادداشت، YYYY-MM-DD (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>evidence files, copied and kept with the resolution</source>
        <translation>فایل‌های مستند، که رونوشت آن‌ها با مصوبه نگه داشته می‌شود</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands_plan_edits.py" line="-62"/>
        <source>add, edit, delete or show a solution (راهکار)</source>
        <translation>افزودن، ویرایش، حذف یا نمایش راهکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit, delete or show an operational program</source>
        <translation>افزودن، ویرایش، حذف یا نمایش برنامهٔ عملیاتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit, delete or show an activity or sub-activity</source>
        <translation>افزودن، ویرایش، حذف یا نمایش فعالیت یا زیرفعالیت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add one; prints its id</source>
        <translation>افزودن؛ شناسهٔ آن را چاپ می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the fields given; the others stay as stored</source>
        <translation>تغییر فیلدهای داده‌شده؛ بقیه همان‌گونه که ذخیره شده‌اند می‌مانند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete it, with everything under it</source>
        <translation>حذف آن با هر آنچه زیر آن است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its fields as JSON (what edit changes)</source>
        <translation>فیلدهای آن به‌صورت JSON (آنچه edit تغییر می‌دهد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its id (from `plans list`)</source>
        <translation>شناسهٔ آن (از `plans list`)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan&apos;s id (from `plans list`)</source>
        <translation>شناسهٔ برنامه (از `plans list`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>short, mid or long term</source>
        <translation>short (کوتاه‌مدت)، mid (میان‌مدت) یا long (بلندمدت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the responsible unit</source>
        <translation>واحد مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the executive manager</source>
        <translation>مدیر اجرایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver project&apos;s number (none: no driver project)</source>
        <translation>شمارهٔ طرح پیشران (none: بدون طرح پیشران)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a description</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the solution&apos;s id (from `plans list`)</source>
        <translation>شناسهٔ راهکار (از `plans list`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the results expected of it</source>
        <translation>نتایج مورد انتظار آن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the operational program&apos;s id (from `plans list`)</source>
        <translation>شناسهٔ برنامهٔ عملیاتی (از `plans list`)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the planned start, YYYY-MM-DD</source>
        <translation>آغاز برنامه‌ریزی‌شده، YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the planned finish, YYYY-MM-DD</source>
        <translation>پایان برنامه‌ریزی‌شده، YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id of the activity it is a sub-activity of (none: directly under the program)</source>
        <translation>شناسهٔ فعالیتی که این زیرفعالیت آن است (none: مستقیم زیر برنامهٔ عملیاتی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resources it needs</source>
        <translation>منابعی که نیاز دارد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its code</source>
        <translation>کد آن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its weight among its siblings</source>
        <translation>وزن آن در میان هم‌ردیفانش</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/column_mapping.py" line="+30"/>
        <source>Match the file&apos;s columns</source>
        <translation>تطبیق ستون‌های فایل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some columns of {file} were not recognised. Choose the kind of file and, for each field, the column that holds it. Your choice is remembered.</source>
        <translation>برخی از ستون‌های {file} شناسایی نشد. نوع فایل را انتخاب کنید و برای هر فیلد، ستونی را که حاوی آن است مشخص کنید. انتخاب شما برای دفعات بعد به خاطر سپرده می‌شود.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kind of file</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not in the file)</source>
        <translation>(در فایل نیست)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(optional)</source>
        <translation>(اختیاری)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Still to match: {fields}</source>
        <translation>فیلدهای تطبیق‌نیافته: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column can hold only one field.</source>
        <translation>هر ستون فقط به یک فیلد می‌تواند اختصاص یابد.</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../desktop/ui/pages/comments.py" line="+54"/>
        <source>Written on</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your analysis of this district&apos;s figures for the month…</source>
        <translation>تحلیل شما از آمار این حوزه در این ماه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add comment</source>
        <translation>ثبت نظر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Judicial district</source>
        <translation>حوزه قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District comments</source>
        <translation>نظرهای حوزه‌ها</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no judicial district to comment on yet.</source>
        <translation>هنوز حوزه قضایی‌ای برای نظر دادن تعریف نشده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No comment on this month yet.</source>
        <translation>برای این ماه هنوز نظری ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The comment was recorded.</source>
        <translation>نظر ثبت شد.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="+47"/>
        <source>Rasad</source>
        <translation>رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong and the last action was not completed. Nothing was half-saved. Details were written to {path}.</source>
        <translation>خطایی رخ داد و آخرین عملیات انجام نشد. هیچ داده‌ای به‌صورت ناقص ذخیره نشده است. جزئیات در {path} ثبت شد.</translation>
    </message>
</context>
<context>
    <name>DatabaseHealthCheck</name>
    <message>
        <location filename="../desktop/ui/health_check.py" line="+75"/>
        <location line="+36"/>
        <source>Checking the database…</source>
        <translation>در حال بررسی سلامت پایگاه داده…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Checking the database… {percent}%</source>
        <translation>در حال بررسی سلامت پایگاه داده… {percent}٪</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Check database</source>
        <translation>بررسی پایگاه داده</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The integrity check found no problem in the database.</source>
        <translation>بررسی سلامت هیچ مشکلی در پایگاه داده نیافت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the database: {table}</source>
        <translation>بررسی سلامت پایگاه داده: {table}</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../desktop/ui/startup.py" line="+43"/>
        <location line="+50"/>
        <source>Rasad cannot open the database</source>
        <translation>رصد نمی‌تواند پایگاه داده را باز کند</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>The database {path} was not opened.

{reason}</source>
        <translation>پایگاه داده {path} باز نشد.

{reason}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This database has user accounts; it is opened only after someone signs in.</source>
        <translation>این پایگاه داده حساب کاربری دارد؛ فقط پس از ورود یک کاربر باز می‌شود.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+9"/>
        <source>Restoring the backup…</source>
        <translation>در حال بازگردانی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The backup {file} was not restored.

{reason}</source>
        <translation>نسخهٔ پشتیبان {file} بازگردانده نشد.

{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was restored and checked. Sign in with your user name and password from it.</source>
        <translation>نسخهٔ پشتیبان بازگردانده و بررسی شد. با نام کاربری و گذرواژهٔ خود در آن وارد شوید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} evidence files the restored database refers to are neither in the evidence folder nor beside the backup: their reports and resolutions list them as missing.</source>
        <translation>{count} فایل مستندی که پایگاه دادهٔ بازگردانده به آن‌ها ارجاع می‌دهد نه در پوشهٔ مستندات است و نه در کنار نسخهٔ پشتیبان: گزارش‌ها و مصوبه‌هایشان آن‌ها را ناموجود نشان می‌دهند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the database before upgrading it to this version of Rasad…</source>
        <translation>پیش از ارتقا به این نسخهٔ رصد، پایگاه داده بررسی می‌شود…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading the database to this version of Rasad…</source>
        <translation>پایگاه داده به این نسخهٔ رصد ارتقا می‌یابد…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the demo province…</source>
        <translation>در حال ایجاد استان نمایشی…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+49"/>
        <location line="+37"/>
        <location line="+38"/>
        <location line="+9"/>
        <source>Rasad</source>
        <translation>رصد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo database could not be created.

{reason}</source>
        <translation>ایجاد پایگاه دادهٔ نمایشی ممکن نشد.

{reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/demo/case_drawer.py" line="+36"/>
        <source>The process drawing the demo&apos;s cases ended before it had drawn them all; nothing was written.</source>
        <translation>فرایندی که پرونده‌های استان نمایشی را می‌ساخت پیش از ساختن همهٔ آن‌ها پایان یافت؛ چیزی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>DirectivesBox</name>
    <message>
        <location filename="../desktop/ui/pages/sync_directives.py" line="+31"/>
        <source>Import directive files…</source>
        <translation>وارد کردن فایل‌های ابلاغیه…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Directive files from the center</source>
        <translation>فایل‌های ابلاغیه مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directives (*.rasad-directive);;All files (*)</source>
        <translation>ابلاغیه‌ها (*.rasad-directive);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import directives</source>
        <translation>وارد کردن ابلاغیه‌ها</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: پذیرفته نشد — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applied</source>
        <translation>اعمال شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept until the earlier ones arrive</source>
        <translation>تا رسیدن ابلاغیه‌های پیشین نگه داشته شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already applied</source>
        <translation>پیش‌تر اعمال شده بود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: directive {sequence} — {outcome}</source>
        <translation>{file}: ابلاغیه {sequence} — {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied</source>
        <translation>اعمال‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for an earlier directive</source>
        <translation>در انتظار ابلاغیه پیشین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directive</source>
        <translation>ابلاغیه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>اهداف شاخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>مهلت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied here</source>
        <translation>آنچه اینجا اعمال نشد</translation>
    </message>
</context>
<context>
    <name>DriverChart</name>
    <message>
        <location filename="../desktop/ui/pages/home_driver_chart.py" line="+61"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No driver project has activities yet. Link solutions to driver projects in Plans and activities to follow them here.</source>
        <translation>هنوز هیچ طرح پیشرانی فعالیت ندارد. در «برنامه‌ها و فعالیت‌ها» راهکارها را به طرح‌های پیشران پیوند دهید تا اینجا پیگیری شوند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grey bars: progress planned by today. Blue bars appear as progress is recorded.</source>
        <translation>میله‌های خاکستری: پیشرفت برنامه‌ای تا امروز. میله‌های آبی با ثبت پیشرفت پدیدار می‌شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no activities</source>
        <translation>بدون فعالیت</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/ui/widgets/errors.py" line="+27"/>
        <location line="+29"/>
        <source>Something went wrong and nothing was saved. Details were written to the log.</source>
        <translation>خطایی رخ داد و هیچ تغییری ذخیره نشد. جزئیات در فایل گزارش خطا ثبت شد.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file {name} could not be read or written: {reason}</source>
        <translation>خواندن یا نوشتن فایل {name} ممکن نشد: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/system_errors.py" line="+54"/>
        <source>the folder {path} is on a read-only disk</source>
        <translation>پوشهٔ {path} روی دیسکی فقط‌خواندنی است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {path} does not exist and cannot be made</source>
        <translation>پوشهٔ {path} نیست و ساختن آن ممکن نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{path} is not a folder</source>
        <translation>{path} پوشه نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>there is no permission to write in the folder {path}</source>
        <translation>اجازهٔ نوشتن در پوشهٔ {path} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the disk of the folder {path} is full</source>
        <translation>دیسک پوشهٔ {path} پر است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder {path} could not be written in ({reason})</source>
        <translation>در پوشهٔ {path} نمی‌توان نوشت ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {path} could not be written in</source>
        <translation>در پوشهٔ {path} نمی‌توان نوشت</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../desktop/store/errors.py" line="+132"/>
        <source>The file “{name}” is {size_mb} MB; evidence files may be at most {limit_mb} MB.</source>
        <translation>حجم فایل «{name}» {size_mb} مگابایت است؛ حجم هر فایل مستند حداکثر {limit_mb} مگابایت است.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file “{name}” is empty (0 bytes): there is nothing in it to keep as evidence. Choose the document itself; if it was saved or downloaded, do so again.</source>
        <translation>فایل «{name}» خالی است (۰ بایت): چیزی در آن نیست که به‌عنوان مستند نگه داشته شود. خود سند را برگزینید؛ اگر ذخیره یا بارگیری شده است، دوباره این کار را بکنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “{name}” cannot be read: {reason}</source>
        <translation>فایل «{name}» خوانده نمی‌شود: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../desktop/ui/widgets/evidence_list.py" line="+43"/>
        <source>Add files…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose evidence files</source>
        <translation>انتخاب فایل‌های مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/exports/files.py" line="+20"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>فایل {path} نوشته نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/domain/table_labels.py" line="+46"/>
        <source>row number</source>
        <translation>شماره ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity (row number)</source>
        <translation>فعالیت (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added at</source>
        <translation>زمان افزودن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved change (row number)</source>
        <translation>تغییر تأییدشده (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directive (row number)</source>
        <translation>ابلاغیه (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judicial district (row number)</source>
        <translation>حوزه قضایی (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver project (row number)</source>
        <translation>طرح پیشران (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file (row number)</source>
        <translation>فایل مستند (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executing unit (row number)</source>
        <translation>واحد مجری (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first month</source>
        <translation>نخستین ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last month</source>
        <translation>آخرین ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file type</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting (row number)</source>
        <translation>جلسه (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened in</source>
        <translation>ماه آغاز به کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent (row number)</source>
        <translation>بالادست (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan (row number)</source>
        <translation>برنامه (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operational program (row number)</source>
        <translation>برنامه عملیاتی (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress report (row number)</source>
        <translation>گزارش پیشرفت (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province (row number)</source>
        <translation>استان (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution (row number)</source>
        <translation>مصوبه (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible unit (row number)</source>
        <translation>واحد مسئول (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>اثر انگشت SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size (bytes)</source>
        <translation>اندازه (بایت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution (row number)</source>
        <translation>راهکار (شماره ردیف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit type</source>
        <translation>نوع واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved at</source>
        <translation>زمان تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created at</source>
        <translation>زمان ساخت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided at</source>
        <translation>زمان تصمیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executive manager</source>
        <translation>مدیر اجرایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected results</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held on</source>
        <translation>تاریخ برگزاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported at</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported by</source>
        <translation>واردکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted on</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>نام فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned finish</source>
        <translation>پایان برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned start</source>
        <translation>شروع برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded at</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported on</source>
        <translation>تاریخ گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows read</source>
        <translation>ردیف‌های خوانده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows rejected</source>
        <translation>ردیف‌های ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows written</source>
        <translation>ردیف‌های نوشته‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted at</source>
        <translation>زمان ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted by</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>وزن</translation>
    </message>
</context>
<context>
    <name>FigureChangesView</name>
    <message>
        <location filename="../desktop/ui/pages/approval_changes.py" line="+39"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan roll-up</source>
        <translation>پیشرفت برنامه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>حوزه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole province</source>
        <translation>کل استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>driver project</source>
        <translation>طرح پیشران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestone</source>
        <translation>نقطه عطف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>planned value</source>
        <translation>پیشرفت برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earned value</source>
        <translation>پیشرفت واقعی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schedule performance index</source>
        <translation>شاخص عملکرد زمان‌بندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solutions meeting it</source>
        <translation>راهکارهای محقق‌کننده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>solutions</source>
        <translation>راهکارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done by then</source>
        <translation>انجام‌شده تا آن روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outstanding</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outstanding past the deadline</source>
        <translation>باقی‌مانده با مهلت گذشته</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>چه تغییری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can move</source>
        <translation>بخش اثرپذیر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} figure(s) of {period} differ from those approved by {name} on {date}; below them, what changed since (who changed what, when).</source>
        <translation>{count} رقم {period} با ارقامی که {name} در {date} تأیید کرد فرق دارد؛ در زیر، آنچه از آن پس تغییر کرده است (چه کسی، چه چیزی را، کی).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} figure(s) of {period} differ from those last approved by {name} on {date} (the period was reopened since); below them, what changed since (who changed what, when).</source>
        <translation>{count} رقم {period} با ارقامی که {name} آخرین بار در {date} تأیید کرد فرق دارد (دوره از آن پس بازگشایی شده است)؛ در زیر، آنچه از آن پس تغییر کرده است (چه کسی، چه چیزی را، کی).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure of {period} is as approved by {name} on {date}.</source>
        <translation>همه ارقام {period} همان است که {name} در {date} تأیید کرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every figure of {period} is as last approved by {name} on {date} (the period was reopened since).</source>
        <translation>همهٔ ارقام {period} همان است که {name} آخرین بار در {date} تأیید کرد (دوره از آن پس بازگشایی شده است).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing</source>
        <translation>موجود نیست</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>restore</source>
        <translation>بازگردانی پشتیبان</translation>
    </message>
</context>
<context>
    <name>FileAttachments</name>
    <message>
        <location filename="../desktop/ui/widgets/file_attachments.py" line="+39"/>
        <source>Attach files…</source>
        <translation>پیوست فایل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files attached yet.</source>
        <translation>هنوز فایلی پیوست نشده است.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach evidence files</source>
        <translation>پیوست فایل‌های مستند</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+31"/>
        <source>Branch registry</source>
        <translation>فهرست شعب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case listing</source>
        <translation>فهرست پرونده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly branch statistics</source>
        <translation>آمار ماهانه شعب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey</source>
        <translation>نظرسنجی رضایتمندی</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../desktop/ui/formatting.py" line="+189"/>
        <source>{count} of {total}</source>
        <translation>{count} از {total}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/byte_sizes.py" line="+9"/>
        <source>{count} GB</source>
        <translation>{count} گیگابایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} MB</source>
        <translation>{count} مگابایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} KB</source>
        <translation>{count} کیلوبایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 byte</source>
        <translation>۱ بایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bytes</source>
        <translation>{count} بایت</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/guide.py" line="+21"/>
        <source>Rasad user guide</source>
        <translation>راهنمای رصد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user guide is missing from this installation.</source>
        <translation>راهنمای کاربر در این نصب پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>HealthBanner</name>
    <message>
        <location filename="../desktop/ui/widgets/health_banner.py" line="+32"/>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What SQLite found is written in the program&apos;s log, {path}.</source>
        <translation>آنچه SQLite یافته است در فایل گزارش برنامه، {path}، نوشته شده است.</translation>
    </message>
</context>
<context>
    <name>HomeAttention</name>
    <message>
        <location filename="../desktop/ui/pages/home_attention.py" line="+41"/>
        <source>Record the progress of the activities:</source>
        <translation>پیشرفت فعالیت‌ها را ثبت کنید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Plans and activities</source>
        <translation>برنامه‌ها و فعالیت‌ها</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Import the branches&apos; statistics from the CMS:</source>
        <translation>آمار شعب را از سامانه مدیریت پرونده (CMS) وارد کنید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import statistics</source>
        <translation>ورود اطلاعات آماری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the council&apos;s meetings and resolutions:</source>
        <translation>جلسه‌ها و مصوبات شورا را ثبت کنید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Meetings and resolutions</source>
        <translation>جلسات و مصوبات</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No progress of the activities has been recorded yet:</source>
        <translation>هنوز پیشرفتی برای فعالیت‌ها ثبت نشده است:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The branches&apos; statistics have not been imported yet.</source>
        <translation>آمار شعب هنوز وارد نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No council meeting has been recorded yet:</source>
        <translation>هنوز هیچ جلسهٔ شورا ثبت نشده است:</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n overdue resolution(s):</source>
        <translation>
            <numerusform>%n مصوبه معوق:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see them all</source>
        <translation>دیدن همه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution {number} ({days} days late)</source>
        <translation>مصوبه {number} ({days} روز تأخیر)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Activities most behind schedule:</source>
        <translation>فعالیت‌های با بیشترین عقب‌ماندگی:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestones forecast to be missed:</source>
        <translation>اهداف مرحله‌ای که پیش‌بینی می‌شود محقق نشوند:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{term}: {percent} by the end of {year} (forecast {forecast})</source>
        <translation>{term}: {percent} تا پایان سال {year} (پیش‌بینی {forecast})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units at risk (backlog grew, or clearance under 100 %, three months running):</source>
        <translation>واحدهای در معرض خطر (سه ماه پیاپی افزایش مانده یا نرخ رسیدگی زیر صد درصد):</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n unit(s) not judged for risk, for lack of complete statistics:</source>
        <translation>
            <numerusform>%n واحد به سبب دادهٔ ناقص از نظر خطر سنجیده نشد:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <location line="+27"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backlog +{count}</source>
        <translation>مانده +{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clearance down to {percent}</source>
        <translation>نرخ رسیدگی تا {percent}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} (no progress reported yet)</source>
        <translation>{title} (هنوز پیشرفتی گزارش نشده)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{title} (SPI {spi})</source>
        <translation>{title} (شاخص زمان‌بندی {spi})</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+93"/>
        <source>Loading the overview…</source>
        <translation>در حال بارگذاری نمای کلی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual progress (EV)</source>
        <translation>پیشرفت واقعی (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned progress (PV)</source>
        <translation>پیشرفت برنامه‌ای (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>شاخص عملکرد زمان‌بندی (SPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished activities</source>
        <translation>فعالیت‌های پایان‌یافته</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Overdue resolutions</source>
        <translation>مصوبات معوق</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Branches with complete statistics</source>
        <translation>شعبه‌های دارای آمار کامل</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <source>Getting started</source>
        <translation>گام‌های نخست</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Needs attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="+63"/>
        <source>Behind schedule with no progress reported</source>
        <translation>عقب از برنامه، بدون گزارش پیشرفت</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+20"/>
        <source>Milestone compliance</source>
        <translation>تحقق اهداف مرحله‌ای</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver projects</source>
        <translation>طرح‌های پیشران</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="+7"/>
        <source>Ten activities most behind schedule</source>
        <translation>ده فعالیت با بیشترین عقب‌ماندگی از برنامه</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+81"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The overview could not be computed.</source>
        <translation>نمای کلی محاسبه نشد.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Where {province} stands on {date}</source>
        <translation>وضعیت {province} در تاریخ {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the schedule expects by today</source>
        <translation>آنچه برنامه تا امروز انتظار دارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress has been recorded yet.</source>
        <translation>هنوز پیشرفتی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown once progress is recorded.</source>
        <translation>پس از ثبت نخستین پیشرفت نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 means on schedule</source>
        <translation>۱ یعنی مطابق برنامه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open past their deadline today, from every meeting</source>
        <translation>باز و گذشته از مهلت تا امروز، از همه جلسه‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recorded yet</source>
        <translation>هنوز ثبت نشده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing needs attention: no overdue resolution, no activity far behind, no unit at risk.</source>
        <translation>موردی نیازمند توجه نیست: نه مصوبه معوقی، نه فعالیتی با عقب‌ماندگی زیاد و نه واحدی در معرض خطر.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No statistics have been imported yet.</source>
        <translation>هنوز آماری وارد نشده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and {count} more</source>
        <translation>و {count} شعبهٔ دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}: incomplete, not ranked: {names}</source>
        <translation>{month}: ناقص و بیرون از رتبه‌بندی: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month}: every branch complete</source>
        <translation>{month}: آمار همهٔ شعبه‌ها کامل است</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="-42"/>
        <source>{count} more with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</source>
        <translation>{count} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند و در فهرست نیامده‌اند؛ {tied} فعالیت از آن‌ها به همان اندازهٔ آخرین فعالیت فهرست عقب‌اند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} more with a progress report are behind schedule, each by less, and are not listed.</source>
        <translation>{count} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند، هر یک با عقب‌ماندگی کمتر، و در فهرست نیامده‌اند.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Their progress is unknown, not 0 %: they are not ranked with the activities above. The earliest planned finish first.</source>
        <translation>پیشرفت این فعالیت‌ها معلوم نیست، نه صفر درصد: با فعالیت‌های بالا رتبه‌بندی نمی‌شوند. به ترتیب زودترین پایان برنامه‌ای.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} more are not listed.</source>
        <translation>{count} فعالیت دیگر در این فهرست نیامده است.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{program} › {activity}</source>
        <translation>{program} › {activity}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reported</source>
        <translation>گزارش نشده</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+16"/>
        <source>Target</source>
        <translation>هدف‌گذاری</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{term}: {percent} by the end of {year}</source>
        <translation>{term}: {percent} تا پایان سال {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions meeting the target</source>
        <translation>راهکارهای محقق‌کننده هدف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="-11"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>راهکار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="+8"/>
        <location filename="../desktop/ui/pages/home_behind.py" line="+2"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home_behind.py" line="+1"/>
        <source>Planned finish</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/home.py" line="-2"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>تأخیر (روز)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/imports/parsing.py" line="+23"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>«{value}» عدد صحیح نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>«{value}» عدد نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value {value} is negative; it cannot be below zero.</source>
        <translation>مقدار {value} منفی است؛ نمی‌تواند کمتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a Jalali date such as 1403/02/05.</source>
        <translation>«{value}» تاریخ شمسی به شکل ۱۴۰۳/۰۲/۰۵ نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a real Jalali date.</source>
        <translation>تاریخ {value} در تقویم شمسی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a Jalali date and time such as 1403/02/05 13:45.</source>
        <translation>«{value}» تاریخ و ساعت شمسی به شکل ۱۴۰۳/۰۲/۰۵ ۱۳:۴۵ نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Jalali month such as 1405/09.</source>
        <translation>«{value}» ماه شمسی نیست؛ مانند ۱۴۰۵/۰۹ بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a code: use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>«{value}» کد معتبری نیست؛ کد فقط می‌تواند شامل حروف، ارقام، «-» و «_» باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is longer than {max} characters.</source>
        <translation>طول مقدار بیش از {max} نویسه است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; has a comma that does not separate thousands (a thousands separator stands before each group of three digits, as in 1,234): write a decimal with a decimal point, «٫» or «.», as in 12.5.</source>
        <translation>«{value}» ویرگولی دارد که جداکنندهٔ هزارگان نیست (جداکنندهٔ هزارگان پیش از هر گروه سه‌رقمی می‌آید، مانند ۱٬۲۳۴): عدد اعشاری را با ممیز «٫» یا «.» بنویسید، مانند ۱۲٫۵.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; has a space that does not separate thousands (a space may stand only before each group of three digits, as in 1 234): is it a mistyped number, or two values in one cell?</source>
        <translation>«{value}» فاصله‌ای دارد که جداکنندهٔ هزارگان نیست (فاصله تنها پیش از هر گروه سه‌رقمی می‌آید، مانند ‪۱ ۲۳۴‬): آیا عدد نادرست نوشته شده است، یا دو مقدار در یک خانه آمده است؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; has an underscore: write a number with digits only, thousands separated by a comma or a space, as in 1,234.</source>
        <translation>«{value}» خط زیر (_) دارد: عدد را تنها با رقم بنویسید و هزارگان را با ویرگول یا فاصله جدا کنید، مانند ۱٬۲۳۴.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/table_reader.py" line="+53"/>
        <source>{file} has column headers but no data rows: there is nothing to import.</source>
        <translation>{file} عنوان ستون‌ها را دارد، اما هیچ ردیف داده‌ای ندارد؛ چیزی برای وارد کردن نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first sheet of {file}, &apos;{sheet}&apos;, has no data rows, and only a workbook&apos;s first sheet is read. Its other sheets: {sheets}. Move the data to the first sheet, or save its sheet as a file of its own.</source>
        <translation>برگهٔ نخست {file}، «{sheet}»، هیچ ردیف داده‌ای ندارد و از فایل اکسل تنها برگهٔ نخست خوانده می‌شود. برگه‌های دیگر آن: {sheets}. داده‌ها را به برگهٔ نخست ببرید، یا برگهٔ داده‌ها را جداگانه در فایلی دیگر ذخیره کنید.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{file} is not a text (CSV) or Excel file that can be read.</source>
        <translation>{file} فایل متنی (CSV) یا Excel قابل خواندن نیست.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The first row of {file} holds data, not column headers.</source>
        <translation>ردیف نخست {file} به‌جای عنوان ستون‌ها، داده دارد.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/reading.py" line="+29"/>
        <location filename="../desktop/imports/service.py" line="+293"/>
        <source>{file} could not be read: {error}</source>
        <translation>{file} خوانده نشد: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/imports/csv_reader.py" line="+91"/>
        <location line="+45"/>
        <location filename="../desktop/imports/workbook_reader.py" line="+128"/>
        <source>{file} is empty.</source>
        <translation>{file} خالی است.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{file} has bytes that are not valid {encoding} text on line {line}.</source>
        <translation>{file} در سطر {line} بایت‌هایی دارد که متن معتبری با کدگذاری {encoding} نیستند.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{file} could not be read as CSV: a cell starting near line {line} runs on for more than a million characters. Is a quotation mark left open there?</source>
        <translation>{file} به‌صورت CSV خوانده نشد: خانه‌ای که در نزدیکی سطر {line} آغاز می‌شود بیش از یک میلیون نویسه ادامه دارد. آیا علامت نقل‌قولی در آنجا باز مانده است؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read as CSV near line {line}: {error}</source>
        <translation>{file} در نزدیکی سطر {line} به‌صورت CSV خوانده نشد: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/imports/workbook_reader.py" line="-52"/>
        <location line="+104"/>
        <location line="+29"/>
        <source>{file} is not a valid Excel workbook.</source>
        <translation>{file} فایل Excel معتبری نیست.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{file} cannot be imported: it would unpack to {size} MB, more than the {limit} MB a workbook may hold.</source>
        <translation>{file} وارد نمی‌شود: باز شدنش {size} مگابایت جا می‌گیرد، بیش از {limit} مگابایتی که یک فایل اکسل می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} cannot be imported: its part {part} unpacks to {ratio} times its size, which no spreadsheet does (a damaged or crafted file).</source>
        <translation>{file} وارد نمی‌شود: بخش {part} آن هنگام باز شدن {ratio} برابر حجم خود می‌شود، که در هیچ فایل اکسلی پیش نمی‌آید (فایل آسیب‌دیده یا دست‌ساز است).</translation>
    </message>
    <message>
        <location filename="../desktop/imports/notes.py" line="+15"/>
        <source>The case listing replaces the monthly statistics of branch {branch} for {months}.</source>
        <translation>فهرست پرونده‌ها جای آمار ماهانهٔ شعبهٔ {branch} را در {months} می‌گیرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} pending cases of branch {branch} are not in this listing any more: marked withdrawn.</source>
        <translation>{count} پروندهٔ جاری شعبهٔ {branch} دیگر در این فهرست نیست و «خارج‌شده» علامت خورد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} pending cases of branch {branch} are not in this listing, but a later one holds them: left as they are.</source>
        <translation>{count} پروندهٔ جاری شعبهٔ {branch} در این فهرست نیست، اما فهرستی جدیدتر آن‌ها را دارد؛ دست‌نخورده ماندند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cases moved from branch {from_branch} to branch {to_branch} on {day}.</source>
        <translation>{count} پرونده در {day} از شعبهٔ {from_branch} به شعبهٔ {to_branch} منتقل شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branches {branches} were added without the month they opened: they are counted as missing from every earlier month, so their districts&apos; earlier periods are incomplete. If they are new branches, import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.</source>
        <translation>شعبه‌های {branches} بدون ماه آغاز به کارشان افزوده شدند: در همهٔ ماه‌های گذشته بی‌آمار شمرده می‌شوند و دوره‌های گذشتهٔ حوزه‌هایشان ناقص می‌شود. اگر شعبهٔ تازه‌اند، فایل را با ستون «ماه آغاز به کار» (مثلاً ۱۴۰۵/۰۹) دوباره وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branches {branches} and {more} more were added without the month they opened: they are counted as missing from every earlier month, so their districts&apos; earlier periods are incomplete. If they are new branches, import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.</source>
        <translation>شعبه‌های {branches} و {more} شعبهٔ دیگر بدون ماه آغاز به کارشان افزوده شدند: در همهٔ ماه‌های گذشته بی‌آمار شمرده می‌شوند و دوره‌های گذشتهٔ حوزه‌هایشان ناقص می‌شود. اگر شعبهٔ تازه‌اند، فایل را با ستون «ماه آغاز به کار» (مثلاً ۱۴۰۵/۰۹) دوباره وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch {branch} has statistics from {month}, before {opened}, the month it is said to have opened: they count in the figures, but its months before {opened} are not expected of it. If it opened earlier, give its month in the branches file&apos;s column «ماه آغاز به کار».</source>
        <translation>شعبهٔ {branch} از {month} آمار دارد، پیش از {opened} که ماه آغاز به کارش گفته شده: این آمار در ارقام شمرده می‌شود، ولی ماه‌های پیش از {opened} از آن انتظار نمی‌رود. اگر زودتر به کار آغاز کرده، ماهش را در ستون «ماه آغاز به کار» فایل شعبه‌ها بدهید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column headers of {file} are on row {line}, below a title: the rows above them were not read.</source>
        <translation>عنوان ستون‌های {file} در ردیف {line}، زیر عنوان جدول، است: ردیف‌های بالای آن خوانده نشد.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/service.py" line="-229"/>
        <source>The earliest plausible year must be between {first} and {last}.</source>
        <translation>نخستین سال پذیرفتنی باید بین {first} و {last} باشد.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/writing.py" line="+71"/>
        <source>Reading and checking the rows…</source>
        <translation>در حال خواندن و بررسی ردیف‌ها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the branches&apos; monthly figures…</source>
        <translation>در حال محاسبهٔ ارقام ماهانهٔ شعب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summing the districts, the province and the periods…</source>
        <translation>در حال جمع‌بندی حوزه‌ها، استان و دوره‌ها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has column headers but no rows.</source>
        <translation>{file} عنوان ستون‌ها را دارد، اما هیچ ردیف داده‌ای ندارد.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/problems.py" line="+72"/>
        <source>None of the column headers of {file} is known. Is it the right kind of file, and was it read in the right encoding ({encoding})?</source>
        <translation>هیچ‌یک از عنوان‌های ستون {file} شناخته‌شده نیست. آیا نوع فایل درست است و با کدگذاری درست ({encoding}) خوانده شده است؟</translation>
    </message>
    <message>
        <location filename="../desktop/imports/writing.py" line="+1"/>
        <source>Set up the province before importing branches.</source>
        <translation>پیش از وارد کردن شعب، راه‌اندازی اولیه استان را انجام دهید.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/service.py" line="+4"/>
        <source>File</source>
        <extracomment>The headers of a saved problem list, in the list&apos;s language (in Persian «فایل», not «پرونده»: a case).</extracomment>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../desktop/imports/problems.py" line="-53"/>
        <source>A value is required.</source>
        <translation>این مقدار الزامی است و نباید خالی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column {column} is missing.</source>
        <translation>ستون {column} در فایل وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no branch with the code {value}.</source>
        <translation>هیچ شعبه‌ای با کد {value} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future.</source>
        <translation>تاریخ {value} در آینده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month {value} is in the future.</source>
        <translation>ماه {value} در آینده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is referred ({value}) before it was registered ({registered}).</source>
        <translation>تاریخ ارجاع پرونده ({value}) پیش از تاریخ ثبت آن ({registered}) است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is disposed of ({value}) before it was registered ({registered}).</source>
        <translation>تاریخ مختومه شدن پرونده ({value}) پیش از تاریخ ثبت آن ({registered}) است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first hearing ({value}) is before the referral ({referred}).</source>
        <translation>تاریخ نخستین جلسه رسیدگی ({value}) پیش از تاریخ ارجاع ({referred}) است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first hearing ({value}) is before the registration ({registered}).</source>
        <translation>تاریخ نخستین جلسه رسیدگی ({value}) پیش از تاریخ ثبت ({registered}) است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case number {value} appears more than once in the file.</source>
        <translation>شماره پرونده {value} بیش از یک بار در فایل آمده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The branch code {value} appears more than once in the file.</source>
        <translation>کد شعبه {value} بیش از یک بار در فایل آمده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch {value} has more than one row for the month {month} in the file.</source>
        <translation>برای شعبه {value} در ماه {month} بیش از یک ردیف در فایل آمده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest scheduling time ({value}) is shorter than the average ({average}).</source>
        <translation>بیشترین زمان وقت‌دهی ({value}) از میانگین زمان وقت‌دهی ({average}) کمتر است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month must be between 1 and 12, not {value}.</source>
        <translation>ماه باید بین ۱ و ۱۲ باشد، نه {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a Jalali year such as 1403.</source>
        <translation>«{value}» سال شمسی به شکل ۱۴۰۳ نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is before {earliest}, the earliest plausible year (a setting).</source>
        <translation>تاریخ {value} پیش از {earliest}، نخستین سال پذیرفتنی (یک تنظیم)، است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year {value} is before {earliest}, the earliest plausible year (a setting).</source>
        <translation>سال {value} پیش از {earliest}، نخستین سال پذیرفتنی (یک تنظیم)، است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch {value}&apos;s figures for {month} come from a case listing, which takes precedence over monthly statistics; this row is refused.</source>
        <translation>ارقام شعبهٔ {value} در {month} از فهرست پرونده‌ها می‌آید که بر آمار ماهانه مقدم است؛ این ردیف پذیرفته نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {value} comes from {file}, a later export than this file: there case {evidence} ended on {ended} (disposed of or withdrawn), while this file, whose data on its branch runs only to {latest}, still shows it pending. This row would turn newer data back: it is refused.</source>
        <translation>پروندهٔ {value} از {file} آمده است که خروجی جدیدتری از این فایل است: در آن، پروندهٔ {evidence} در {ended} پایان یافته (مختومه یا خارج‌شده)، اما این فایل، که داده‌هایش دربارهٔ شعبهٔ آن پرونده فقط تا {latest} است، آن را هنوز جاری نشان می‌دهد. این ردیف داده‌های جدیدتر را به گذشته برمی‌گرداند؛ پذیرفته نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case {value} comes from {file}, a later export than this file: there case {evidence} had left branch {left} for branch {now} by {ended}, while this file, whose data on branch {left} runs only to {latest}, still shows it pending there. This row would turn newer data back: it is refused.</source>
        <translation>پروندهٔ {value} از {file} آمده است که خروجی جدیدتری از این فایل است: در آن، پروندهٔ {evidence} تا {ended} از شعبهٔ {left} به شعبهٔ {now} رفته بود، اما این فایل، که داده‌هایش دربارهٔ شعبهٔ {left} فقط تا {latest} است، آن را هنوز جاری و در همان شعبه نشان می‌دهد. این ردیف داده‌های جدیدتر را به گذشته برمی‌گرداند؛ پذیرفته نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The satisfaction average must be between 0 and 100, not {value}.</source>
        <translation>میانگین رضایتمندی باید بین ۰ و ۱۰۰ باشد، نه {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row has {count} values but the header has {columns} columns: the values after column {columns} belong to no column (a delimiter inside a value without quotes?).</source>
        <translation>این ردیف {count} مقدار دارد، اما ردیف عنوان {columns} ستون دارد: مقدارهای پس از ستون {columns} به هیچ ستونی تعلق ندارند (شاید در مقداری، ویرگول یا جداکنندهٔ دیگری بی‌گیومه آمده است؟).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column {column} appears twice, as columns {first} and {second}: which one holds the values cannot be told. Remove or rename one of them.</source>
        <translation>ستون {column} دو بار آمده است، در ستون‌های {first} و {second}: نمی‌توان دانست مقدارها در کدام است. یکی از آن دو را حذف کنید یا نامش را تغییر دهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first sheet of a workbook is read: &apos;{sheet}&apos; in {file}. Its other sheets ({sheets}) are not read; move the data to the first sheet, or save its sheet as a file of its own.</source>
        <translation>از فایل اکسل تنها برگهٔ نخست خوانده می‌شود: در {file}، برگهٔ «{sheet}». برگه‌های دیگر آن ({sheets}) خوانده نمی‌شوند؛ داده‌ها را به برگهٔ نخست ببرید، یا برگهٔ داده‌ها را جداگانه در فایلی دیگر ذخیره کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the cells of row {line} of {file}, the first row of its first sheet, is a known column header. Is it the right kind of file? The column headers must be on the first row, with no title above them.</source>
        <translation>هیچ‌یک از خانه‌های ردیف {line} از {file}، نخستین ردیف برگهٔ نخست آن، عنوان ستونی شناخته‌شده نیست. آیا نوع فایل درست است؟ عنوان ستون‌ها باید در نخستین ردیف باشد و عنوانی بالای آن‌ها نیاید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the cells of row {line} of {file}, the first row of its first sheet, is a known column header: the headers seem to be on row {headers}. Remove the rows above them.</source>
        <translation>هیچ‌یک از خانه‌های ردیف {line} از {file}، نخستین ردیف برگهٔ نخست آن، عنوان ستونی شناخته‌شده نیست: عنوان ستون‌ها گویا در ردیف {headers} است. ردیف‌های بالای آن را حذف کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the cells of row {line} of {file}, its first row, is a known column header: the headers seem to be on row {headers}. Remove the rows above them.</source>
        <translation>هیچ‌یک از خانه‌های ردیف {line} از {file}، نخستین ردیف آن، عنوان ستونی شناخته‌شده نیست: عنوان ستون‌ها گویا در ردیف {headers} است. ردیف‌های بالای آن را حذف کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/imports/checking_process.py" line="+81"/>
        <source>The process reading {file} ended before it had read the whole file; nothing was written. Import the file again.</source>
        <translation>فرایندی که {file} را می‌خواند پیش از خواندن همهٔ آن پایان یافت؛ چیزی نوشته نشد. فایل را دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/import_problems.py" line="+43"/>
        <source>Problems in {file}</source>
        <translation>ایرادهای {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in {file}: {count}; nothing was imported.</source>
        <translation>مشکل‌های یافته‌شده در {file}: {count}؛ چیزی وارد نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {shown} are listed.</source>
        <translation>{shown} مورد نخست در فهرست زیر آمده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some rows are older than data already imported: this file looks like an earlier export than one imported before, and importing them would turn newer data back. If it is in fact the newer export (a disposal or a move entered in error and undone since makes a newer export look older), choose «It is the newer export».</source>
        <translation>برخی ردیف‌ها از داده‌های واردشده قدیمی‌ترند: این فایل خروجی‌ای پیش از یکی از فایل‌های واردشدهٔ قبلی به نظر می‌رسد و وارد کردن آن‌ها داده‌های جدیدتر را به گذشته برمی‌گرداند. اگر در واقع خروجی جدیدتر است (مختومه یا جابه‌جایی‌ای که به اشتباه ثبت و سپس برگردانده شده، خروجی جدیدتر را قدیمی‌تر نشان می‌دهد)، «این خروجی جدیدتر است» را بزنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the list…</source>
        <translation>ذخیره فهرست…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only the valid rows</source>
        <translation>وارد کردن فقط ردیف‌های معتبر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is the newer export</source>
        <translation>این خروجی جدیدتر است</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import {file} as newer than every case listing imported before? Its rows will replace what they hold of the known cases, and as a snapshot it will withdraw the pending cases it lacks, whatever the dates of the other listings.</source>
        <translation>{file} را جدیدتر از همهٔ فهرست‌های پروندهٔ واردشدهٔ پیشین وارد می‌کنید؟ ردیف‌هایش جایگزین آنچه از پرونده‌های موجود دارند می‌شوند و، به‌عنوان فهرست کامل، پرونده‌های جاری‌ای را که ندارد «خارج‌شده» علامت می‌زند، تاریخ فهرست‌های دیگر هرچه باشد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Save the problems</source>
        <translation>ذخیره فهرست ایرادها</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../desktop/ui/pages/imports.py" line="+74"/>
        <source>Import the monthly exports of the case-management system: the branch registry, case listings, monthly branch statistics and satisfaction surveys, as CSV or Excel files. A file with problems changes nothing until you decide; the same file imported twice changes nothing.</source>
        <translation>خروجی‌های ماهانه سامانه مدیریت پرونده را وارد کنید: فهرست شعب، فهرست پرونده‌ها، آمار ماهانه شعب و نظرسنجی‌های رضایتمندی، در قالب فایل CSV یا Excel. فایلی که ایراد داشته باشد تا زمانی که شما تصمیم نگرفته‌اید هیچ تغییری ایجاد نمی‌کند؛ وارد کردن دوباره یک فایل نیز هیچ تغییری ایجاد نمی‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a file…</source>
        <translation>وارد کردن فایل…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import statistics</source>
        <translation>ورود اطلاعات آماری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files imported</source>
        <translation>فایل‌های واردشده</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No file has been imported into this database. Its statistics ({months}) were generated for the demo, not imported from the case-management system (CMS); a file you import is listed here.</source>
        <translation>هیچ فایلی در این پایگاه داده وارد نشده است. آمار آن ({months}) ساختگی است و برای نمایش ساخته شده، نه از سامانهٔ مدیریت پرونده (CMS) وارد شده است؛ فایلی که وارد کنید اینجا فهرست می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besides the files listed, this database holds statistics generated for the demo ({months}); they were not imported.</source>
        <translation>جز فایل‌های این فهرست، این پایگاه داده آماری ساختگی دارد که برای نمایش ساخته شده است ({months})؛ این آمار وارد نشده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file has been imported yet. Press “Import a file…” and choose an export of the case-management system (CMS): start with the branch registry, then the case listing or the monthly statistics.</source>
        <translation>هنوز فایلی وارد نشده است. «وارد کردن فایل…» را بزنید و یک خروجی سامانه مدیریت پرونده (CMS) را برگزینید: نخست فهرست شعب، سپس فهرست پرونده‌ها یا آمار ماهانه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a case-management export</source>
        <translation>انتخاب فایل خروجی سامانه مدیریت پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>فایل‌های CSV یا Excel (*.csv *.txt *.xlsx);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading {file}…</source>
        <translation>در حال خواندن {file}…</translation>
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
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Importing {file}…</source>
        <translation>در حال وارد کردن {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ورود اطلاعات لغو شد؛ هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Branch {branch}: {count}</source>
        <translation>شعبهٔ {branch}: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} no longer holds {count} pending cases of the branches and months it covers. They will be marked withdrawn (not deleted):
{counts}

Import the file?</source>
        <translation>{file} دیگر {count} پروندهٔ جاری از شعبه‌ها و ماه‌هایی را که در بر می‌گیرد ندارد. این پرونده‌ها «خارج‌شده» علامت می‌خورند (حذف نمی‌شوند):
{counts}

فایل وارد شود؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was imported before; nothing was changed.</source>
        <translation>{file} پیش‌تر وارد شده است؛ هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {rows} rows imported.</source>
        <translation>{file}: {rows} ردیف وارد شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rejected} rows with problems were left out.</source>
        <translation>{rejected} ردیف دارای ایراد کنار گذاشته شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and {count} more notes (see the details).</source>
        <translation>… و {count} یادداشت دیگر (در «جزئیات» ببینید).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{month}: figures changed for {count} branches: {codes}</source>
        <translation>{month}: ارقام {count} شعبه تغییر کرد: {codes}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported on</source>
        <translation>تاریخ ورود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows imported</source>
        <translation>ردیف‌های واردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows left out</source>
        <translation>ردیف‌های کنارگذاشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>ماه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>واردکننده</translation>
    </message>
</context>
<context>
    <name>IndicatorChoices</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_choices.py" line="+39"/>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial districts</source>
        <translation>حوزه‌های قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All branches of the province</source>
        <translation>همه شعب استان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>نیم‌سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to Excel…</source>
        <translation>خروجی Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case type</source>
        <translation>نوع پرونده</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All case types</source>
        <translation>همه انواع پرونده</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Branches of {name}</source>
        <translation>شعب {name}</translation>
    </message>
</context>
<context>
    <name>IndicatorHeading</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_heading.py" line="+24"/>
        <source>{period}, through the end of {month}</source>
        <translation>{period}، تا پایان {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower is better</source>
        <translation>کمتر بهتر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither higher nor lower is better</source>
        <translation>بیشتر یا کمتر بودن آن به‌خودی‌خود بهتر نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{definition} Unit: {unit}; {better}.</source>
        <translation>{definition} واحد سنجش: {unit}؛ {better}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units of different sizes are not compared on a count: none is marked best or worst.</source>
        <translation>شمارش‌ها میان واحدهایی با اندازهٔ متفاوت مقایسه نمی‌شوند: هیچ واحدی بهترین یا ضعیف‌ترین نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period&apos;s later months have no statistics yet: its figures are a part of the period&apos;s, not comparable with a whole period&apos;s.</source>
        <translation>ماه‌های بعدیِ این دوره هنوز آماری ندارند: ارقام آن بخشی از دوره است و با ارقام یک دورهٔ کامل قیاس‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cases</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>نسبت</translation>
    </message>
</context>
<context>
    <name>IndicatorRankingModel</name>
    <message>
        <location filename="../desktop/ui/models/indicator_ranking.py" line="+103"/>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <translation>واحد بالاتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposed</source>
        <translation>مختومه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending at end</source>
        <translation>مانده پایان دوره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>داده</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/domain/indicators/definitions.py" line="+44"/>
        <source>Days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Backlog</source>
        <translation>مانده پرونده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases pending at the end of the period&apos;s last month.</source>
        <translation>تعداد پرونده‌های مانده در پایان آخرین ماه دوره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incoming cases</source>
        <translation>پرونده‌های ورودی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases registered during the period.</source>
        <translation>تعداد پرونده‌های ثبت‌شده در طول دوره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disposed cases</source>
        <translation>پرونده‌های مختومه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases disposed of during the period.</source>
        <translation>تعداد پرونده‌هایی که در طول دوره مختومه شده‌اند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearance rate</source>
        <translation>نرخ رسیدگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed cases as a percentage of incoming cases. Below 100% the backlog grows.</source>
        <translation>نسبت پرونده‌های مختومه به پرونده‌های ورودی، به درصد. اگر این نرخ کمتر از ۱۰۰٪ باشد، مانده پرونده‌ها افزایش می‌یابد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incoming cases</source>
        <translation>ورودی ندارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposition time</source>
        <translation>زمان تعیین تکلیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days needed to dispose of the pending cases at the period&apos;s pace: days of the period with statistics × pending cases ÷ disposed cases.</source>
        <translation>تعداد روزهای لازم برای تعیین تکلیف پرونده‌های مانده با آهنگ رسیدگی همین دوره: تعداد روزهای دارای آمار در دوره × پرونده‌های مانده ÷ پرونده‌های مختومه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disposition time (rolling 12 months)</source>
        <translation>زمان رسیدگی (۱۲ ماه گذشته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition time over the 12 months ending with the period: days in those months × pending cases at their end ÷ cases disposed in them.</source>
        <translation>زمان رسیدگی در ۱۲ ماهی که به این دوره ختم می‌شود: روزهای آن ماه‌ها × پرونده‌های جاری در پایانشان ÷ پرونده‌های مختومه در آن‌ها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average time to disposition</source>
        <translation>میانگین زمان رسیدگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days from registration to disposition of the cases disposed.</source>
        <translation>میانگین فاصله ثبت تا مختومه شدن پرونده‌های مختومه، به روز.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to disposition (90th percentile)</source>
        <translation>زمان رسیدگی (صدک نودم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90% of the cases disposed of took at most this many days from registration. Read from 5-day bands: within 5 days of the exact value (cases over 3650 days are counted as 3650 or more).</source>
        <translation>رسیدگی ۹۰٪ پرونده‌های مختومه از ثبت تا مختومه شدن حداکثر این تعداد روز طول کشیده است. از بازه‌های ۵ روزه خوانده می‌شود: حداکثر ۵ روز با مقدار دقیق فاصله دارد (پرونده‌های بیش از ۳۶۵۰ روز، ۳۶۵۰ روز یا بیشتر شمرده می‌شوند).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending over 180 days</source>
        <translation>پرونده‌های مانده بیش از ۱۸۰ روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the pending cases registered more than 180 days before the period&apos;s end.</source>
        <translation>درصد پرونده‌های مانده‌ای که بیش از ۱۸۰ روز پیش از پایان دوره ثبت شده‌اند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending over a year</source>
        <translation>پرونده‌های مانده بیش از یک سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the pending cases registered more than 365 days before the period&apos;s end.</source>
        <translation>درصد پرونده‌های مانده‌ای که بیش از ۳۶۵ روز پیش از پایان دوره ثبت شده‌اند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending over two years</source>
        <translation>جاری بیش از دو سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the pending cases registered more than two years (730 days) before the period&apos;s end (CEPEJ).</source>
        <translation>سهم پرونده‌های جاری که بیش از دو سال (۷۳۰ روز) پیش از پایان دوره ثبت شده‌اند (CEPEJ).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average scheduling time</source>
        <translation>میانگین زمان وقت‌دهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days from referral to the first hearing date.</source>
        <translation>میانگین فاصله ارجاع تا تاریخ نخستین جلسه رسیدگی، به روز.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longest scheduling time</source>
        <translation>بیشترین زمان وقت‌دهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest time from referral to the first hearing date, in days.</source>
        <translation>بیشترین فاصله ارجاع تا تاریخ نخستین جلسه رسیدگی، به روز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hearings per disposed case</source>
        <translation>تعداد جلسات به ازای هر پرونده مختومه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average number of hearings held in the cases disposed of.</source>
        <translation>میانگین تعداد جلسات رسیدگی برگزارشده در پرونده‌های مختومه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction</source>
        <translation>رضایتمندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent satisfied in the survey, weighted by the number of responses.</source>
        <translation>درصد رضایت در نظرسنجی، به‌صورت میانگین وزنی بر اساس تعداد پاسخ‌ها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No survey responses</source>
        <translation>پاسخی به نظرسنجی ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few responses to rank ({count})</source>
        <translation>پاسخ‌ها برای رتبه‌بندی کم است ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last-hour referrals</source>
        <translation>ارجاع در ساعت پایانی وقت اداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of referrals made in the last hour of office hours, after closing or on a closed day.</source>
        <translation>درصد ارجاع‌هایی که در ساعت پایانی وقت اداری، پس از پایان وقت اداری یا در روز تعطیل انجام شده‌اند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No referrals</source>
        <translation>ارجاعی ندارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data completeness</source>
        <translation>کامل بودن داده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the cases registered with both a referral time and a first hearing date.</source>
        <translation>درصد پرونده‌هایی که هم زمان ارجاع و هم تاریخ نخستین جلسه رسیدگی آن‌ها ثبت شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cases registered</source>
        <translation>پرونده‌ای ثبت نشده است</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicators/basis.py" line="+20"/>
        <source>No disposals</source>
        <extracomment>How an infinite value reads - disposition time with cases pending and none disposed of, the only indicator that has one - wherever a number would stand (never a number, never zero; JSON and spreadsheets get this text or ``null``, never ``Infinity``).</extracomment>
        <translation>بدون مختومه</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too few cases to rank ({count})</source>
        <extracomment>What a unit below the minimum is labelled with (``{count}``: its cases, or responses).</extracomment>
        <translation>پرونده‌ها برای رتبه‌بندی کم است ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/domain/indicators/definitions.py" line="-28"/>
        <source>No disposed cases</source>
        <translation>مختومه‌ای ندارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pending or disposed cases</source>
        <translation>مانده و مختومه‌ای ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending cases</source>
        <translation>مانده‌ای ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases scheduled</source>
        <translation>پرونده‌ای وقت‌دهی نشده است</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_drill_down.py" line="+48"/>
        <source>Judicial districts</source>
        <translation>حوزه‌های قضایی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All branches of the province</source>
        <translation>همه شعب استان</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicators.py" line="+103"/>
        <source>Click a row or a bar (or press Enter) to open the unit below it.</source>
        <translation>برای باز کردن واحدهای زیرمجموعه، روی یک ردیف یا میله کلیک کنید (یا کلید ورود را بزنید).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Best</source>
        <translation>بهترین‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst</source>
        <translation>ضعیف‌ترین‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete data, not ranked</source>
        <translation>دادهٔ ناقص (بدون رتبه)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No statistics have been imported yet.</source>
        <translation>هنوز هیچ آماری وارد نشده است.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicator_first_view.py" line="+53"/>
        <location filename="../desktop/ui/pages/indicators.py" line="-9"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicator_drill_down.py" line="-7"/>
        <source>Province {name}</source>
        <translation>استان {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/indicator_export.py" line="+31"/>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>واحد بالادست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>داده</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>Export to Excel</source>
        <translation>خروجی Excel</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table was saved to {path}.</source>
        <translation>جدول در {path} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models/indicator_ranking.py" line="-70"/>
        <source>{value} days</source>
        <translation>{value} روز</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{complete} of {total} branches complete</source>
        <translation>{complete} از {total} شعبه کامل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incomplete data: {coverage}</source>
        <translation>دادهٔ ناقص: {coverage}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incomplete data: no survey answers for {months}</source>
        <translation>دادهٔ ناقص: بدون پاسخ نظرسنجی در {months}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete data: no statistics for {months}</source>
        <translation>دادهٔ ناقص: بدون آمار در {months}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Complete</source>
        <translation>کامل</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/domain/jalali.py" line="+178"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-year</source>
        <translation>نیم‌سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../desktop/domain/approval.py" line="-193"/>
        <location filename="../desktop/domain/meetings.py" line="+31"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>برگشت‌داده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>بازگشایی‌شده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawn by the secretary</source>
        <extracomment>A submission the secretary withdrew. It is stored as sent back (a state the center knows, no migration) but with no reason: a send-back always gives one. Shown apart so that nobody reads the chief justice&apos;s decision in it.</extracomment>
        <translation>پس‌گرفته‌شده از سوی دبیر</translation>
    </message>
    <message>
        <location filename="../desktop/domain/meetings.py" line="+1"/>
        <source>In progress</source>
        <translation>در دست اقدام</translation>
    </message>
    <message>
        <location filename="../desktop/domain/action_status.py" line="+26"/>
        <location filename="../desktop/domain/meetings.py" line="+1"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On schedule</source>
        <translation>طبق برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind schedule</source>
        <translation>عقب از برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>آغاز نشده</translation>
    </message>
    <message>
        <location filename="../desktop/domain/meetings.py" line="+1"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../desktop/domain/milestones.py" line="+43"/>
        <source>At least {percent}% of the operational-program volume of {term} solutions by the end of {year}</source>
        <translation>دست‌کم {percent}٪ حجم برنامه عملیاتی راهکارهای {term} تا پایان سال {year}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Met</source>
        <translation>محقق شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>محقق نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <translation>در مسیر تحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>در معرض عدم تحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>بدون داده</translation>
    </message>
    <message>
        <location filename="../desktop/domain/organisation.py" line="+109"/>
        <source>General civil court branch</source>
        <translation>شعبه دادگاه عمومی حقوقی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General criminal court branch</source>
        <translation>شعبه دادگاه عمومی جزایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal court one branch</source>
        <translation>شعبه دادگاه کیفری یک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal court two branch</source>
        <translation>شعبه دادگاه کیفری دو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family court branch</source>
        <translation>شعبه دادگاه خانواده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juvenile court branch</source>
        <translation>شعبه دادگاه اطفال و نوجوانان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal court branch</source>
        <translation>شعبه دادگاه تجدیدنظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor&apos;s office</source>
        <translation>دادسرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation branch</source>
        <translation>شعبه بازپرسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolution council</source>
        <translation>شورای حل اختلاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil judgment enforcement</source>
        <translation>اجرای احکام مدنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal sentence enforcement</source>
        <translation>اجرای احکام کیفری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other unit</source>
        <translation>سایر واحدها</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deputy</source>
        <translation>معاونت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecution</source>
        <translation>دادستانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>دیوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../desktop/domain/planning.py" line="+57"/>
        <source>Short-term</source>
        <translation>کوتاه‌مدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-term</source>
        <translation>میان‌مدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term</source>
        <translation>بلندمدت</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Judiciary Transformation Document</source>
        <translation>سند تحول و تعالی قوه قضاییه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizens&apos; rights protection instruction</source>
        <translation>دستورالعمل صیانت از حقوق شهروندی</translation>
    </message>
    <message>
        <location filename="../desktop/domain/access.py" line="-158"/>
        <source>Council secretary</source>
        <translation>دبیر شورا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief justice</source>
        <translation>رئیس کل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District head</source>
        <translation>رئیس حوزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>بیننده</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View</source>
        <translation>دیدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>ثبت نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>فرستادن برای تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the center</source>
        <translation>ارسال به مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage users</source>
        <translation>مدیریت کاربران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage the chief justices&apos; accounts</source>
        <translation>مدیریت حساب‌های رئیس کل دادگستری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../desktop/reports/service.py" line="+42"/>
        <source>Six-monthly status report</source>
        <translation>گزارش وضعیت شش‌ماهه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly citizens&apos;-rights report</source>
        <translation>گزارش سه‌ماهه حقوق شهروندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly district statistics</source>
        <translation>آمار ماهانه حوزه‌های قضایی</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <location filename="../desktop/ui/pages/letterhead_box.py" line="+26"/>
        <source>Letterhead</source>
        <translation>سربرگ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose emblem…</source>
        <translation>انتخاب نشان…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove emblem</source>
        <translation>حذف نشان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The emblem printed at the head of reports saved as official documents. A copy of the picture is kept in the database, so the file may be moved afterwards.</source>
        <translation>نشانی که در سربرگ گزارش‌هایی که به‌صورت سند رسمی ذخیره می‌شوند چاپ می‌شود. رونوشتی از تصویر در پایگاه داده نگه داشته می‌شود؛ پس از آن می‌توان فایل را جابه‌جا کرد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Emblem:</source>
        <translation>نشان:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The province&apos;s emblem</source>
        <translation>نشان استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصویرهای PNG یا JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved. Reports printed with a letterhead show this emblem.</source>
        <translation>ذخیره شد. گزارش‌هایی که با سربرگ چاپ شوند این نشان را دارند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed. Reports are printed without an emblem.</source>
        <translation>حذف شد. گزارش‌ها بدون نشان چاپ می‌شوند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No emblem: the letterhead is printed without one.</source>
        <translation>بدون نشان: سربرگ بی‌نشان چاپ می‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}, {width} × {height} pixels</source>
        <translation>{file}، {width} × {height} پیکسل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+87"/>
        <source>Rasad — follow-up of the Transformation Document</source>
        <translation>رصد — پیگیری اجرای سند تحول</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_status.py" line="+56"/>
        <source>Opening the database… the page follows in a moment.</source>
        <translation>پایگاه داده در حال باز شدن است… صفحه تا لحظه‌ای دیگر نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+140"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans and activities</source>
        <translation>برنامه‌ها و فعالیت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings and resolutions</source>
        <translation>جلسات و مصوبات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch performance</source>
        <translation>عملکرد شعب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import statistics</source>
        <translation>ورود اطلاعات آماری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District comments</source>
        <translation>نظرهای حوزه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>تأیید دوره‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to center</source>
        <translation>ارسال به مرکز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>سابقه تغییرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_menu.py" line="+16"/>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out</source>
        <translation>&amp;خروج از حساب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>تغییر &amp;گذرواژهٔ من…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check database…</source>
        <translation>&amp;بررسی پایگاه داده…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;راهنمای کاربر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Rasad</source>
        <translation>درباره رصد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_status.py" line="-12"/>
        <source>Province: {province} — User: {user} — Today: {today}</source>
        <translation>استان: {province} — کاربر: {user} — امروز: {today}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>(not set)</source>
        <translation>(تعیین‌نشده)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Demo database</source>
        <translation>پایگاه دادهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+82"/>
        <source>About Rasad</source>
        <translation>درباره رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad {version}
Follow-up of the Judiciary Transformation Document for provincial judicial councils.
Font: Vazirmatn (SIL Open Font License).</source>
        <translation>رصد {version}
پیگیری اجرای سند تحول و تعالی قوه قضاییه در شوراهای قضایی استان‌ها.
قلم: وزیرمتن (مجوز SIL Open Font License).</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../desktop/ui/pages/meeting_editors.py" line="+96"/>
        <location line="+67"/>
        <source>New meeting</source>
        <translation>جلسه جدید</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Next free number</source>
        <translation>شماره آزاد بعدی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add attendee</source>
        <translation>افزودن حاضر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add agenda item</source>
        <translation>افزودن دستور جلسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save meeting</source>
        <translation>ذخیره جلسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>محل برگزاری:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendees:</source>
        <translation>حاضران:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda:</source>
        <translation>دستور جلسه:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Meeting {number}</source>
        <translation>جلسه شماره {number}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../desktop/meetings/service.py" line="+344"/>
        <source>This meeting no longer exists (id {id}); it may have been deleted.</source>
        <translation>این جلسه (شناسه {id}) دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no meeting with id {id}.</source>
        <translation>هیچ جلسه‌ای با شناسه {id} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This resolution no longer exists (id {id}); it may have been deleted.</source>
        <translation>این مصوبه (شناسه {id}) دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no resolution with id {id}.</source>
        <translation>هیچ مصوبه‌ای با شناسه {id} وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/meeting_lists.py" line="+28"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="+216"/>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location line="-159"/>
        <source>New meeting</source>
        <translation>جلسه جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Delete meeting</source>
        <translation>حذف جلسه</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Double-click a resolution to follow it up.</source>
        <translation>برای پیگیری هر مصوبه، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a resolution to see it and its follow-up.</source>
        <translation>برای دیدن هر مصوبه و پیگیری‌های آن، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New resolution</source>
        <translation>مصوبه جدید</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolutions of this meeting</source>
        <translation>مصوبات این جلسه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a meeting to see it and its resolutions, or press New meeting.</source>
        <translation>برای دیدن یک جلسه و مصوبات آن، جلسه را انتخاب کنید یا «جلسه جدید» را بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a meeting to see it and its resolutions.</source>
        <translation>برای دیدن یک جلسه و مصوبات آن، جلسه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete meeting {number} with its resolutions ({count})? This cannot be undone.</source>
        <translation>جلسه {number} همراه با مصوبات آن ({count}) حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>OpenEvidence</name>
    <message>
        <location filename="../desktop/ui/widgets/open_evidence.py" line="+35"/>
        <source>Open evidence file</source>
        <translation>باز کردن فایل مستند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy of “{name}” is missing from the evidence folder.</source>
        <translation>نسخه ذخیره‌شده «{name}» در پوشه مستندات یافت نشد.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../desktop/organisation/service.py" line="+84"/>
        <source>This database is already set up; branches are added or moved by importing the branch registry.</source>
        <translation>این پایگاه داده پیش‌تر راه‌اندازی شده است؛ شعبه‌ها با ورود فهرست شعبه‌ها افزوده یا جابه‌جا می‌شوند.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/passphrase.py" line="+21"/>
        <source>Signing key passphrase</source>
        <translation>عبارت عبور کلید امضا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no secure keyring, so the province&apos;s signing key is kept in an encrypted file:
{location}
Choose a passphrase for it and keep it safe; without it nothing can be signed.</source>
        <translation>این رایانه جاکلیدی امن ندارد؛ بنابراین کلید امضای استان در یک فایل رمزگذاری‌شده نگهداری می‌شود:
{location}
برای آن عبارت عبور‌ای برگزینید و آن را در جای امنی نگه دارید؛ بدون آن هیچ بسته‌ای امضا نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The province&apos;s signing key is in an encrypted file:
{location}
Enter its passphrase. It is kept in memory only until Rasad closes.</source>
        <translation>کلید امضای استان در یک فایل رمزگذاری‌شده است:
{location}
عبارت عبور آن را وارد کنید. عبارت عبور تنها تا بسته شدن رصد در حافظه می‌ماند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the passphrase.</source>
        <translation>عبارت عبور را وارد کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least {count} characters.</source>
        <translation>دست‌کم {count} نویسه به کار ببرید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="-210"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../desktop/ui/pages/plan_summary.py" line="+25"/>
        <source>Planned progress (PV)</source>
        <translation>پیشرفت برنامه‌ای (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual progress (EV)</source>
        <translation>پیشرفت واقعی (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>شاخص عملکرد زمان‌بندی (SPI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>راهکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 means on schedule</source>
        <translation>۱ یعنی مطابق برنامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solutions of this plan: {count}</source>
        <translation>راهکارهای این برنامه: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reported</source>
        <translation>گزارش نشده</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../desktop/ui/models/plan_tree_model.py" line="+67"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned progress (PV) today</source>
        <translation>پیشرفت برنامه‌ای (PV) تا امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual progress (EV) reported</source>
        <translation>پیشرفت واقعی (EV) گزارش‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance index: actual ÷ planned; 1 means on schedule. Green from {good}, yellow from {warn}, red below.</source>
        <translation>شاخص عملکرد زمان‌بندی: واقعی ÷ برنامه‌ای؛ ۱ یعنی مطابق برنامه. سبز از {good}، زرد از {warn}، قرمز کمتر از آن.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Earliest planned start of its activities</source>
        <translation>زودترین شروع برنامه‌ریزی‌شدهٔ فعالیت‌های آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest planned finish of its activities</source>
        <translation>دیرترین پایان برنامه‌ریزی‌شدهٔ فعالیت‌های آن</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not reported</source>
        <translation>گزارش نشده</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Planned start</source>
        <translation>شروع برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned finish</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../desktop/planning/rows.py" line="+16"/>
        <source>This solution no longer exists (id {id}); it may have been deleted.</source>
        <translation>این راهکار (شناسه {id}) دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This operational program no longer exists (id {id}); it may have been deleted.</source>
        <translation>این برنامه عملیاتی (شناسه {id}) دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This activity no longer exists (id {id}); it may have been deleted.</source>
        <translation>این فعالیت (شناسه {id}) دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no solution with id {id}.</source>
        <translation>هیچ راهکاری با شناسه {id} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operational program with id {id}.</source>
        <translation>هیچ برنامه عملیاتی‌ای با شناسه {id} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no activity with id {id}.</source>
        <translation>هیچ فعالیتی با شناسه {id} وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../desktop/ui/pages/plans.py" line="+64"/>
        <source>Select a plan, solution, operational program or activity in the tree to see its details.</source>
        <translation>برای دیدن جزئیات، یک برنامه، راهکار، برنامه عملیاتی یا فعالیت را در درخت انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/plan_edits.py" line="+39"/>
        <source>New solution</source>
        <translation>راهکار جدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New operational program</source>
        <translation>برنامه عملیاتی جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New activity</source>
        <translation>فعالیت جدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/ui/pages/plans.py" line="+167"/>
        <source>New sub-activity</source>
        <translation>زیرفعالیت جدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <location line="+15"/>
        <location filename="../desktop/ui/pages/plans.py" line="+28"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Expand all</source>
        <translation>باز کردن همه</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/plans.py" line="-92"/>
        <source>Plans and activities</source>
        <translation>برنامه‌ها و فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/plan_edits.py" line="+20"/>
        <source>Delete the solution “{title}” with its operational programs, activities and their progress history?</source>
        <translation>راهکار «{title}» همراه با برنامه‌های عملیاتی، فعالیت‌ها و سابقه پیشرفت آن‌ها حذف شود؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the operational program “{title}” with its activities and their progress history?</source>
        <translation>برنامه عملیاتی «{title}» همراه با فعالیت‌ها و سابقه پیشرفت آن‌ها حذف شود؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the activity “{title}” with its sub-activities and their progress history?</source>
        <translation>فعالیت «{title}» همراه با زیرفعالیت‌ها و سابقه پیشرفت آن‌ها حذف شود؟</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="+140"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New operational program in “{solution}”</source>
        <translation>برنامه عملیاتی جدید در «{solution}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operational program {code}</source>
        <translation>برنامه عملیاتی {code}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../desktop/ui/language.py" line="+25"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../desktop/ui/charts/ranking_chart.py" line="+68"/>
        <source>Ranking chart</source>
        <translation>نمودار رتبه‌بندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a bar to open that unit</source>
        <translation>برای باز کردن این واحد روی میله‌اش کلیک کنید</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} more units between</source>
        <translation>{count} واحد دیگر در میانه</translation>
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
        <translation>هیچ واحدی آمار کامل برای رتبه‌بندی ندارد.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+61"/>
        <source>Threshold</source>
        <translation>آستانه</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/reports/citizens.py" line="+37"/>
        <source>Quarterly report on the protection of citizens&apos; rights</source>
        <translation>گزارش سه‌ماهه صیانت از حقوق شهروندی</translation>
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
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="-21"/>
        <source>No progress of the citizens&apos;-rights programs has been recorded for this quarter.</source>
        <translation>برای این سه‌ماهه پیشرفتی از برنامه‌های حقوق شهروندی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Evidence documents</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-2"/>
        <location filename="../desktop/reports/citizens.py" line="+5"/>
        <location line="+25"/>
        <location filename="../desktop/reports/status.py" line="+36"/>
        <location line="+54"/>
        <location line="+10"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="-24"/>
        <source>Program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location filename="../desktop/reports/common.py" line="+59"/>
        <location filename="../desktop/reports/status.py" line="-70"/>
        <location filename="../desktop/reports/status_behind.py" line="+24"/>
        <source>Planned</source>
        <translation>برنامه‌ای</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <location filename="../desktop/reports/common.py" line="+1"/>
        <location filename="../desktop/reports/status.py" line="+0"/>
        <location filename="../desktop/reports/status_behind.py" line="+1"/>
        <source>Actual</source>
        <translation>واقعی</translation>
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
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programs</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The instruction asks for a report every three months, with its supporting documents, to the central secretariat. Each program&apos;s actions, their status and the evidence recorded in the quarter follow.</source>
        <translation>طبق دستورالعمل، گزارش اجرای برنامه‌ها هر سه ماه یک بار همراه با مستندات به دبیرخانه ستاد مرکزی ارسال می‌شود. در ادامه اقدامات هر برنامه، وضعیت آن‌ها و مستندات ثبت‌شده در این سه‌ماهه آمده است.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Program {number}: {title}</source>
        <translation>برنامه {number}: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible: {manager}. Actual progress {actual} against {planned} planned.</source>
        <translation>مسئول: {manager}. پیشرفت واقعی {actual} در برابر {planned} برنامه‌ای.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/reports/status.py" line="-13"/>
        <location line="+87"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports in the quarter</source>
        <translation>گزارش‌های سه‌ماهه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program {number}</source>
        <translation>برنامه {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This program has no actions recorded.</source>
        <translation>برای این برنامه اقدامی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction survey</source>
        <translation>نظرسنجی رضایتمندی</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>No satisfaction survey results have been imported for this quarter.</source>
        <translation>برای این سه‌ماهه نتیجه‌ای از نظرسنجی رضایتمندی وارد نشده است.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>In the quarter {responses} people answered the satisfaction survey; {average} of them were satisfied.</source>
        <translation>در این سه‌ماهه {responses} نفر به نظرسنجی رضایتمندی پاسخ دادند و {average} از آنان راضی بودند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the quarter {responses} people answered the satisfaction survey; {average} of them were satisfied (incomplete data: {coverage}).</source>
        <translation>در این سه‌ماهه {responses} نفر به نظرسنجی رضایتمندی پاسخ دادند و {average} از آنان راضی بودند (دادهٔ ناقص: {coverage}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/reports/district.py" line="+62"/>
        <location line="+97"/>
        <source>Judicial district</source>
        <translation>حوزه قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>تعداد پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>راضی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incomplete data: {units}. Their satisfaction is partial: some branch did not answer the survey in a month of the quarter in which it was run, or its case statistics are carried forward or missing. Such figures are shown, never compared.</source>
        <translation>دادهٔ ناقص: {units}. رضایتمندی آن‌ها ناقص است: شعبه‌ای در ماهی از این سه‌ماهه که نظرسنجی برگزار شده پاسخ نداده، یا آمار پرونده‌هایش از ماه پیش منتقل شده یا نرسیده است. این ارقام نشان داده می‌شوند، اما هرگز مقایسه نمی‌شوند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Survey results come from the satisfaction survey imported from the case-management system (CMS).</source>
        <translation>نتایج از نظرسنجی رضایتمندی وارد‌شده از سامانه مدیریت پرونده (CMS) است.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/common.py" line="-45"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Prepared on {date}</source>
        <translation>تاریخ تهیه: {date}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Approved by the provincial chief justice — signature and date: ………………………</source>
        <translation>تأیید رئیس کل دادگستری استان — امضا و تاریخ: ………………………</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no data for this period.</source>
        <translation>برای این دوره داده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Situation on {date}</source>
        <translation>وضعیت در تاریخ {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provincial judicial council</source>
        <translation>شورای قضایی استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial judicial council of {province}</source>
        <translation>شورای قضایی استان {province}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not reported</source>
        <translation>گزارش نشده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{program} › {activity}</source>
        <translation>{program} › {activity}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} with no operational program</source>
        <translation>{count} راهکار بدون برنامهٔ عملیاتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} with operational programs but no activity</source>
        <translation>{count} راهکار با برنامهٔ عملیاتی اما بدون فعالیت</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-113"/>
        <source>Monthly statistical report of the judicial districts</source>
        <translation>گزارش آماری تحلیلی ماهانه حوزه‌های قضایی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The districts at a glance</source>
        <translation>نمای کلی حوزه‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No branch statistics have been imported for this month.</source>
        <translation>برای این ماه آمار شعب وارد نشده است.</translation>
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
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-152"/>
        <source>Districts</source>
        <translation>حوزه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of the month; rates are computed from the summed cases of all branches. Branches are ranked within their district by the clearance rate.</source>
        <translation>مقادیر مربوط به همین ماه است؛ نسبت‌ها از جمع پرونده‌های همه شعب محاسبه شده‌اند. شعب هر حوزه بر پایه نرخ رسیدگی رتبه‌بندی شده‌اند.</translation>
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
        <translation>رضایتمندی {names} دادهٔ ناقص است: همهٔ شعبه‌ها در نظرسنجی این ماه پاسخ نداده‌اند.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/citizens.py" line="+21"/>
        <location filename="../desktop/reports/district.py" line="-147"/>
        <source>{complete} of {total} branches complete</source>
        <translation>{complete} از {total} شعبه کامل</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="-23"/>
        <source>Incomplete data: {units}. Their figures include branches whose statistics for the month are carried forward or missing; they are shown, never ranked.</source>
        <translation>دادهٔ ناقص: {units}. ارقام آن‌ها شعبه‌هایی را هم در بر دارد که آمار این ماهشان از ماه پیش منتقل شده یا نرسیده است؛ نشان داده می‌شوند، اما هرگز رتبه نمی‌گیرند.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>completeness not recorded at approval</source>
        <translation>کامل بودن در هنگام تأیید ثبت نشده است</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Completeness not known: {units}. The approved figures do not record whether their statistics were complete (approved before Rasad recorded it, or registered since); they are shown, never ranked.</source>
        <translation>کامل بودن نامعلوم: {units}. در ارقام تأییدشده ثبت نشده است که آمار آن‌ها کامل بوده یا نه (پیش از آنکه رصد آن را ثبت کند تأیید شده یا پس از تأیید ثبت شده‌اند)؛ نشان داده می‌شوند، اما هرگز رتبه نمی‌گیرند.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+95"/>
        <source>completeness not known</source>
        <translation>کامل بودن نامعلوم</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../desktop/reports/status.py" line="+8"/>
        <source>Threshold</source>
        <translation>آستانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} more not shown</source>
        <translation>{count} مورد دیگر نمایش داده نشده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judicial districts ranked by {indicator}</source>
        <translation>رتبه‌بندی حوزه‌های قضایی بر پایه {indicator}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backlog grew three months running</source>
        <translation>افزایش مانده پرونده‌ها در سه ماه پیاپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearance under 100 % three months running</source>
        <translation>نرخ رسیدگی زیر ۱۰۰٪ در سه ماه پیاپی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In district</source>
        <translation>در حوزه</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Incomplete data: {units}. Figures marked &quot;incomplete data&quot; include branches whose statistics for the month are carried forward or missing; they are shown, never compared.</source>
        <translation>دادهٔ ناقص: {units}. ارقامی که با «دادهٔ ناقص» نشان خورده‌اند شعبه‌هایی را هم در بر دارند که آمار این ماهشان از ماه پیش منتقل شده یا نرسیده است؛ نشان داده می‌شوند، اما هرگز مقایسه نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-28"/>
        <location filename="../desktop/reports/district.py" line="-81"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="+1"/>
        <source>Backlog added in three months</source>
        <translation>افزایش مانده در سه ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest clearance rate</source>
        <translation>کمترین نرخ رسیدگی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Units at risk</source>
        <translation>واحدهای در معرض خطر</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No district or branch is at risk.</source>
        <translation>هیچ حوزه یا شعبه‌ای در معرض خطر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early warning, as on the overview: a unit whose backlog grew in each of the three months ending with this month, or whose clearance rate stayed under 100 % in each of them. A month without statistics breaks the run.</source>
        <translation>هشدار زودهنگام، همان که در نمای کلی آمده است: واحدی که مانده پرونده‌هایش در هر یک از سه ماه منتهی به این ماه افزایش یافته یا نرخ رسیدگی‌اش در هر سه ماه زیر ۱۰۰٪ مانده است. ماهی که آمار ندارد این توالی را قطع می‌کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} more</source>
        <translation>{count} واحد دیگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not judged: {count} units whose statistics for some of these four months (the three and the month before them) are carried forward or missing - their figures are partial, so they are neither listed as at risk nor cleared: {names}.</source>
        <translation>داوری‌نشده: {count} واحد که آمار برخی از این چهار ماه (سه ماه و ماه پیش از آن‌ها) برایشان از ماه پیش منتقل شده یا نرسیده است؛ ارقامشان ناقص است، پس نه در معرض خطر فهرست می‌شوند و نه بی‌خطر شمرده می‌شوند: {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/reports/status.py" line="-6"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-1"/>
        <location filename="../desktop/reports/district.py" line="+3"/>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="+1"/>
        <location line="+57"/>
        <source>Branches of {district}</source>
        <translation>شعب {district}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Change in {indicator}</source>
        <translation>تغییر {indicator}</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-46"/>
        <location line="+45"/>
        <location filename="../desktop/reports/district.py" line="+14"/>
        <location filename="../desktop/reports/status.py" line="-3"/>
        <source>Indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district.py" line="+1"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{district} at a glance</source>
        <translation>{district} در یک نگاه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This district has no branches with statistics.</source>
        <translation>این حوزه شعبه‌ای با آمار ثبت‌شده ندارد.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/district_data.py" line="+106"/>
        <source>There is no district with the code {code}.</source>
        <translation>حوزه‌ای با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="-202"/>
        <source>Six-monthly status report of the Transformation Document</source>
        <translation>گزارش وضعیت شش‌ماهه اجرای سند تحول قضایی</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No activities with a schedule or a progress report have been recorded yet, so there is no progress to report for this period.</source>
        <translation>هنوز فعالیتی با زمان‌بندی یا گزارش پیشرفت ثبت نشده است؛ بنابراین برای این دوره پیشرفتی برای گزارش وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No activity was scheduled to start by the report&apos;s date, so there is no progress to report for this period.</source>
        <extracomment>Activities are scheduled, none to have started by the report date (planned progress a real 0 %, not &quot;no data&quot;).</extracomment>
        <translation>تا تاریخ گزارش، آغاز هیچ فعالیتی در برنامهٔ زمان‌بندی نیامده بود؛ بنابراین برای این دوره پیشرفتی برای گزارش وجود ندارد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On {date} the schedule called for no progress yet (planned progress {planned}): the first of the {count} scheduled activities starts on {first}. There is no progress to report for this period.</source>
        <translation>در {date} برنامهٔ زمان‌بندی هنوز پیشرفتی را انتظار نداشت (پیشرفت برنامه‌ای {planned})؛ نخستین فعالیت از {count} فعالیت زمان‌بندی‌شده در {first} آغاز می‌شود. برای این دوره پیشرفتی برای گزارش وجود ندارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actual progress (EV)</source>
        <translation>پیشرفت واقعی (EV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned progress (PV)</source>
        <translation>پیشرفت برنامه‌ای (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule performance (SPI)</source>
        <translation>شاخص عملکرد زمان‌بندی (SPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished activities</source>
        <translation>فعالیت‌های پایان‌یافته</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no activities</source>
        <translation>بدون فعالیت</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status_behind.py" line="+13"/>
        <source>No activity with a progress report is behind schedule.</source>
        <translation>هیچ فعالیتی که گزارش پیشرفت دارد از برنامه عقب نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind, not reported</source>
        <translation>عقب، بدون گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities with a progress report, most behind first</source>
        <translation>فعالیت‌های دارای گزارش پیشرفت، به ترتیب بیشترین تأخیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities with no progress report that should be under way, earliest planned finish first</source>
        <translation>فعالیت‌هایی که طبق برنامه باید در جریان باشند و گزارش پیشرفتی ندارند، به ترتیب زودترین پایان برنامه‌ای</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} more activities with no progress report that should be under way are not listed.</source>
        <translation>{count} فعالیت دیگر که طبق برنامه باید در جریان باشند و گزارش پیشرفتی ندارند، در این فهرست نیامده‌اند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} more activities with a progress report are behind schedule and are not listed, {tied} of them by the same amount as the last listed.</source>
        <translation>{count} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند و در فهرست نیامده‌اند؛ {tied} فعالیت از آن‌ها به همان اندازهٔ آخرین فعالیت فهرست عقب‌اند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} more activities with a progress report are behind schedule, each by less, and are not listed.</source>
        <translation>{count} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند، هر یک با عقب‌ماندگی کمتر، و در فهرست نیامده‌اند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities with a progress report are ranked by how far their actual progress falls below the planned, then by the lower SPI, then by program and code. An activity with no progress report by the report date has no known actual progress or SPI: it is shown as &quot;not reported&quot;, never as 0%, and is not ranked with the others; it is listed apart once its schedule calls for at least {percent} by the report date, the earliest planned finish first.</source>
        <translation>فعالیت‌های دارای گزارش پیشرفت به ترتیب فاصلهٔ پیشرفت واقعی از پیشرفت برنامه‌ای، سپس SPI کمتر و سپس برنامه و کد رتبه‌بندی شده‌اند. فعالیتی که تا تاریخ گزارش هیچ گزارش پیشرفتی ندارد، پیشرفت واقعی و SPI معلومی ندارد: «گزارش نشده» نشان داده می‌شود، هرگز صفر درصد، و با دیگر فعالیت‌ها رتبه‌بندی نمی‌شود؛ اگر طبق برنامه تا تاریخ گزارش دست‌کم {percent} پیشرفت باید می‌داشت، جداگانه فهرست می‌شود، به ترتیب زودترین پایان برنامه‌ای.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+62"/>
        <location line="+13"/>
        <source>Overdue resolutions</source>
        <translation>مصوبات معوق</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>On {date} the province&apos;s actual progress in the Transformation Document is {actual}, against {planned} planned by the schedule (SPI {spi}). Over the period it moved from {start} to {actual}.</source>
        <translation>در تاریخ {date} پیشرفت واقعی استان در اجرای سند تحول {actual} است، در برابر {planned} پیشرفت برنامه‌ای (SPI برابر {spi}). این رقم در طول دوره از {start} به {actual} رسیده است.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Overdue resolutions of this period&apos;s meetings</source>
        <translation>مصوبات معوق جلسه‌های این دوره</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress is behind schedule: an SPI below 0.9 calls for the council&apos;s attention.</source>
        <translation>پیشرفت از برنامه عقب است: SPI کمتر از ۰٫۹ نیازمند توجه شورا است.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/document.py" line="-74"/>
        <source>Six-monthly national status report</source>
        <translation>گزارش ملی وضعیت شش‌ماهه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up center</source>
        <translation>مرکز پیگیری</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the provinces of this account: {provinces}. Its totals are theirs, not the whole country&apos;s.</source>
        <translation>فقط استان‌های این حساب: {provinces}. جمع‌های این گزارش مال همین استان‌هاست، نه کل کشور.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of the follow-up center — signature and date: ………………………</source>
        <translation>رئیس مرکز پیگیری — امضا و تاریخ: ………………………</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provinces</source>
        <translation>استان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of these provinces (mean of their EV)</source>
        <translation>پیشرفت این استان‌ها (میانگین EV آن‌ها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/center/report/plan_sections.py" line="-156"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue activities</source>
        <translation>فعالیت‌های با تأخیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period approved</source>
        <translation>دوره تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-12"/>
        <source>Stale provinces</source>
        <translation>استان‌های بی‌خبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provinces that have sent nothing yet</source>
        <translation>استان‌هایی که هنوز چیزی نفرستاده‌اند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No province has sent progress or statistics for this period yet.</source>
        <translation>هنوز هیچ استانی پیشرفت یا آماری برای این دوره نفرستاده است.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing has reached the center yet from {count} province(s): {provinces}. Their figures are not known and are counted nowhere as zero.</source>
        <translation>از {count} استان هنوز چیزی به مرکز نرسیده است: {provinces}. ارقام آن‌ها معلوم نیست و در هیچ‌جا صفر شمرده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-43"/>
        <source>Whole country</source>
        <translation>کل کشور</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Progress of the provinces</source>
        <translation>پیشرفت استان‌ها</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../desktop/reports/status.py" line="+10"/>
        <source>{term}: {percent} by the end of {year}</source>
        <translation>{term}: {percent} تا پایان {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/reports/status.py" line="+6"/>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{term} {year}</source>
        <translation>{term} {year}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>not approved</source>
        <translation>تأیید نشده</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>nothing sent yet</source>
        <extracomment>A province from which nothing at all has reached the center: its figures are not known, never zero</extracomment>
        <translation>هنوز چیزی نفرستاده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <extracomment>A province that sent bundles, none of them applied (held or refused): its figures are not known either</extracomment>
        <translation>داده‌ای نرسیده</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These provinces</source>
        <translation>این استان‌ها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incomplete data: the plan these provinces sent could not be read at the center (its log names the rows); their figures are not known - never zero, never ranked, and left out of the whole country&apos;s figures: {provinces}.</source>
        <translation>دادهٔ ناقص: برنامه‌ای که این استان‌ها فرستاده‌اند در مرکز خوانده نشد (گزارش کار مرکز ردیف‌ها را نام می‌برد)؛ ارقام آن‌ها دانسته نیست - نه صفر شمرده می‌شوند، نه رتبه می‌گیرند و نه در ارقام کل کشور می‌آیند: {provinces}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing these provinces sent has reached the center&apos;s figures yet (they have sent nothing, or only bundles held or refused): their figures are not known - never zero, never ranked, and left out of the whole country&apos;s figures: {provinces}.</source>
        <translation>از این استان‌ها هنوز چیزی به ارقام مرکز نرسیده است (چیزی نفرستاده‌اند، یا فقط بسته‌هایی که نگه‌داشته یا رد شده‌اند): ارقام آن‌ها معلوم نیست؛ هرگز صفر شمرده نمی‌شوند، رتبه‌بندی نمی‌شوند و در ارقام کل کشور به حساب نمی‌آیند: {provinces}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+155"/>
        <source>Planned progress (PV) as now reported</source>
        <translation>پیشرفت برنامه‌ای (PV) طبق گزارش کنونی</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>Actual progress (EV) as now reported</source>
        <translation>پیشرفت واقعی (EV) طبق گزارش کنونی</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>Actual progress (EV) approved</source>
        <translation>پیشرفت واقعی (EV) تأییدشده</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>PV and EV are the province&apos;s own plan roll-up on the report date (its activities&apos; weights and the last progress reported on or before that date, through programs, solutions and plans), computed from the plan its bundles carried as the dashboard&apos;s progress page does (as now reported); the approved EV is the one its chief justice approved for this half-year. Whole country: the mean of the provinces&apos; figures, each province counting once, provinces without plan data left out. Activities, reported and overdue count the province&apos;s lowest-level activities, as its overview does (a parent activity is made of its sub-activities and carries no report of its own); overdue: planned to finish before the report date and not reported finished by then.</source>
        <translation>PV و EV جمع‌بندی برنامهٔ خود استان در تاریخ گزارش است (وزن فعالیت‌ها و آخرین پیشرفت گزارش‌شده تا آن تاریخ، از راه برنامه‌های عملیاتی، راهکارها و برنامه‌ها)، که مانند صفحهٔ پیشرفت داشبورد از برنامهٔ رسیده در بسته‌های استان حساب می‌شود (طبق گزارش کنونی)؛ EV تأییدشده همان است که رئیس کل دادگستری استان برای این نیم‌سال تأیید کرده است. کل کشور: میانگین ارقام استان‌ها، هر استان یک بار، بی استان‌های فاقد دادهٔ برنامه. شمار فعالیت‌ها، گزارش‌شده‌ها و معوق‌ها فعالیت‌های پایین‌ترین سطح استان را می‌شمارد، همان‌گونه که صفحهٔ نخست استان می‌شمارد (فعالیت مادر از زیرفعالیت‌هایش ساخته می‌شود و خود گزارشی ندارد)؛ معوق: فعالیتی که باید پیش از تاریخ گزارش تمام می‌شد و تا آن زمان تمام‌شده گزارش نشده است.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>approved, figures not received</source>
        <translation>تأییدشده، ارقام نرسیده</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>as approved</source>
        <translation>همان تأییدشده</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Share of provinces met</source>
        <translation>سهم استان‌های محقق‌کرده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean value</source>
        <translation>میانگین مقدار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Milestone</source>
        <translation>هدف مرحله‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved value</source>
        <translation>مقدار تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved status</source>
        <translation>وضعیت تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value as now reported</source>
        <translation>مقدار طبق گزارش کنونی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status as now reported</source>
        <translation>وضعیت طبق گزارش کنونی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s targets: at least 40% of the operational-program volume of mid-term solutions and 30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. Every province&apos;s compliance is computed on the report date from the plan its bundles carried, by the province&apos;s own overview code (the same figures as the dashboard&apos;s progress page): that is &quot;as now reported&quot;, and the counts above are over these figures. Where the chief justice approved the half-year, &quot;approved&quot; gives the figures frozen at approval; &quot;as approved&quot; means the province&apos;s data still give them, otherwise both are shown and the row is marked. A province without plan data counts as no data, never as zero.</source>
        <translation>اهداف سند: دست‌کم ۴۰٪ حجم برنامه‌های عملیاتی راهکارهای میان‌مدت و ۳۰٪ راهکارهای بلندمدت تا پایان ۱۴۰۳، و ۶۰٪ راهکارهای بلندمدت تا پایان ۱۴۰۴. میزان تحقق هر استان در تاریخ گزارش از برنامه‌ای که بسته‌هایش آورده‌اند و با همان کد نمای کلی خود استان محاسبه می‌شود (همان ارقام صفحهٔ پیشرفت داشبورد): این «طبق گزارش کنونی» است و شمارش‌های بالا بر همین ارقام است. جایی که رئیس کل دادگستری نیم‌سال را تأیید کرده، «تأییدشده» ارقام ثبت‌شده هنگام تأیید است؛ «همان تأییدشده» یعنی داده‌های استان هنوز همان ارقام را می‌دهند، وگرنه هر دو آورده و سطر نشانه‌گذاری می‌شود. استانی که دادهٔ برنامه ندارد «بدون داده» شمرده می‌شود، هرگز صفر.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No province&apos;s bundles carried driver projects yet.</source>
        <translation>بسته‌های هیچ استانی هنوز طرح پیشرانی نیاورده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver projects of the provinces</source>
        <translation>طرح‌های پیشران استان‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="+3"/>
        <location filename="../desktop/reports/status.py" line="-87"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-42"/>
        <location filename="../desktop/reports/status.py" line="+2"/>
        <source>Forecast at the deadline</source>
        <translation>پیش‌بینی در مهلت</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/document.py" line="-38"/>
        <source>National progress (mean of the provinces&apos; EV)</source>
        <translation>پیشرفت ملی (میانگین EV استان‌ها)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On {date} the mean progress of the {count} provinces with plan data is {progress}; {approved} of the {provinces} provinces have had this half-year approved by their chief justice.</source>
        <translation>در {date} میانگین پیشرفت {count} استانِ دارای دادهٔ برنامه {progress} است؛ این نیم‌سال در {approved} استان از {provinces} استان به تأیید رئیس کل دادگستری رسیده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A province&apos;s progress is its own: its plan rolled up from its activities through programs, solutions and plans, as its chief justice sees it and the dashboard&apos;s progress page shows it. The progress of these provinces is the mean of their own figures, each province counting once (each province weighs its activities against its own plan, so weights are not added up across provinces); a province without plan data is left out. Their indicators add up the provinces&apos; own totals (the sum of numerators over the sum of denominators); they are not averages of the provinces&apos; percentages. Provinces outside this account are in none of these figures.</source>
        <translation>پیشرفت هر استان همان پیشرفت خود اوست: برنامهٔ استان که از فعالیت‌ها از راه برنامه‌های عملیاتی، راهکارها و برنامه‌ها جمع‌بندی می‌شود، چنان‌که رئیس کل دادگستری استان می‌بیند و صفحهٔ پیشرفت داشبورد نشان می‌دهد. پیشرفت این استان‌ها میانگین ارقام خود آن‌هاست و هر استان یک بار شمرده می‌شود (هر استان فعالیت‌هایش را نسبت به برنامهٔ خود وزن می‌دهد، پس وزن‌ها میان استان‌ها جمع زده نمی‌شوند)؛ استانی که دادهٔ برنامه ندارد کنار گذاشته می‌شود. شاخص‌های آن‌ها جمع ارقام خود این استان‌هاست (جمع صورت‌ها بر جمع مخرج‌ها)؛ میانگین درصدهای استان‌ها نیست. استان‌های بیرون از حوزهٔ این حساب در هیچ‌یک از این ارقام نیستند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A province&apos;s progress is its own: its plan rolled up from its activities through programs, solutions and plans, as its chief justice sees it and the dashboard&apos;s progress page shows it. National progress is the mean of the provinces&apos; own figures, each province counting once (each province weighs its activities against its own plan, so weights are not added up across provinces); a province without plan data is left out. National indicators add up the provinces&apos; own totals (the sum of numerators over the sum of denominators); they are not averages of the provinces&apos; percentages.</source>
        <translation>پیشرفت هر استان همان پیشرفت خود اوست: برنامهٔ استان که از فعالیت‌ها از راه برنامه‌های عملیاتی، راهکارها و برنامه‌ها جمع‌بندی می‌شود، چنان‌که رئیس کل دادگستری استان می‌بیند و صفحهٔ پیشرفت داشبورد نشان می‌دهد. پیشرفت ملی میانگین ارقام خود استان‌هاست و هر استان یک بار شمرده می‌شود (هر استان فعالیت‌هایش را نسبت به برنامهٔ خود وزن می‌دهد، پس وزن‌ها میان استان‌ها جمع زده نمی‌شوند)؛ استانی که دادهٔ برنامه ندارد کنار گذاشته می‌شود. شاخص‌های ملی جمع ارقام خود استان‌هاست (جمع صورت‌ها بر جمع مخرج‌ها)؛ میانگین درصدهای استان‌ها نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-112"/>
        <source>no plan data</source>
        <translation>بدون دادهٔ برنامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual progress (EV) of each province</source>
        <translation>پیشرفت واقعی (EV) هر استان</translation>
    </message>
    <message>
        <location line="+111"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Solutions meeting the target</source>
        <translation>راهکارهای محقق‌کننده هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones by province</source>
        <translation>اهداف مرحله‌ای استان‌ها</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approved before the half-year ended, so their approved figures describe the day of approval, not the report&apos;s date: {provinces}. Part of the difference with &quot;as now reported&quot; is the days between.</source>
        <translation>پیش از پایان نیم‌سال تأیید شده‌اند، پس ارقام تأییدشدهٔ آن‌ها وضعیت روز تأیید است، نه تاریخ گزارش: {provinces}. بخشی از تفاوت با «طبق گزارش کنونی» از روزهای میان این دو است.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-46"/>
        <source>Provinces ranked</source>
        <translation>استان‌های رتبه‌بندی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best provinces</source>
        <translation>بهترین استان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst provinces</source>
        <translation>ضعیف‌ترین استان‌ها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicator rankings of the provinces</source>
        <translation>رتبه‌بندی استان‌ها در شاخص‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="-44"/>
        <location filename="../desktop/center/report/ranking_sections.py" line="+7"/>
        <source>approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="+24"/>
        <source>Note</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rankings</source>
        <translation>رتبه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces ranked on each indicator</source>
        <translation>رتبهٔ استان‌ها در هر شاخص</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/follow_up_sections.py" line="+0"/>
        <source>submitted</source>
        <translation>ارسال‌شده برای تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reopened</source>
        <translation>بازگشوده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not submitted</source>
        <translation>ارسال نشده</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <location line="+15"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Decided by</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>تاریخ تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the approved figures</source>
        <translation>اثر انگشت ارقام تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>تأییدها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved, but the approved figures have not reached the center: {provinces}. Their live figures are shown.</source>
        <translation>تأیید شده ولی ارقام تأییدشده به مرکز نرسیده است: {provinces}. ارقام جاری آن‌ها نشان داده شده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a half-year its chief justice approved, the report uses the figures frozen at approval, as the province&apos;s bundle carried them (the fingerprint is their SHA-256); later changes in the province do not move them.</source>
        <translation>برای نیم‌سالی که رئیس کل دادگستری تأیید کرده، گزارش ارقام ثبت‌شده هنگام تأیید را، چنان‌که بستهٔ استان آورده، به کار می‌برد (اثر انگشت، SHA-256 آن‌هاست)؛ تغییرهای بعدی استان آن‌ها را جابه‌جا نمی‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval of the half-year by province</source>
        <translation>تأیید نیم‌سال در هر استان</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last bundle received</source>
        <translation>آخرین بستهٔ دریافتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>روز گذشته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale</source>
        <translation>بی‌خبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not late yet</source>
        <translation>هنوز دیر نشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every province has sent a bundle recently.</source>
        <translation>همهٔ استان‌ها به‌تازگی بسته فرستاده‌اند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held and refused bundles</source>
        <translation>بسته‌های نگه‌داشته و ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bundle is held and none was refused since the period began.</source>
        <translation>از آغاز دوره هیچ بسته‌ای نگه داشته یا رد نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale provinces, held and refused bundles</source>
        <translation>استان‌های بی‌خبر، بسته‌های نگه‌داشته و ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces that have sent nothing recently</source>
        <translation>استان‌هایی که به‌تازگی چیزی نفرستاده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles held now or refused since the period began</source>
        <translation>بسته‌های اکنون نگه‌داشته یا ردشده از آغاز دوره</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has sent nothing yet (registered on {date})</source>
        <translation>هنوز چیزی نفرستاده است (ثبت‌شده در {date})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issued on</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directives</source>
        <translation>ابلاغیه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No directive was issued in this period.</source>
        <translation>در این دوره ابلاغیه‌ای صادر نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directives issued in the period</source>
        <translation>ابلاغیه‌های صادرشده در دوره</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{programs} program(s), {targets} target(s), {deadlines} deadline(s)</source>
        <translation>{programs} برنامه، {targets} هدف شاخص، {deadlines} مهلت</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-36"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Milestones</source>
        <translation>اهداف مرحله‌ای</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>The document&apos;s targets: at least 40% of the operational-program volume of mid-term solutions and 30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. The forecast continues the trend of the last six months to the deadline.</source>
        <translation>اهداف سند: تا پایان ۱۴۰۳ دست‌کم ۴۰٪ حجم برنامه عملیاتی راهکارهای میان‌مدت و ۳۰٪ راهکارهای بلندمدت، و تا پایان ۱۴۰۴ دست‌کم ۶۰٪ راهکارهای بلندمدت. پیش‌بینی، روند شش ماه اخیر را تا مهلت ادامه می‌دهد.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="+40"/>
        <location filename="../desktop/reports/status.py" line="+4"/>
        <source>Milestone compliance</source>
        <translation>تحقق اهداف مرحله‌ای</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../desktop/reports/status.py" line="+6"/>
        <location line="+8"/>
        <source>Driver projects</source>
        <translation>طرح‌های پیشران</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../desktop/reports/status.py" line="-2"/>
        <source>Driver project</source>
        <translation>طرح پیشران</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Main executor</source>
        <translation>مجری اصلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ten driver projects</source>
        <translation>طرح‌های پیشران دهگانه</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../desktop/reports/status_behind.py" line="-58"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/reports/status_behind.py" line="+2"/>
        <source>Solution</source>
        <translation>راهکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive manager</source>
        <translation>مدیر اجرایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in the period</source>
        <translation>تغییر در دوره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solutions</source>
        <translation>راهکارها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of each solution</source>
        <translation>پیشرفت هر راهکار</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status_behind.py" line="-1"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned finish</source>
        <translation>پایان برنامه‌ای</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Behind schedule</source>
        <translation>عقب از برنامه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activity is behind schedule.</source>
        <translation>هیچ فعالیتی از برنامه عقب نیست.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Activities most behind schedule</source>
        <translation>فعالیت‌های دارای بیشترین تأخیر</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+4"/>
        <source>Council resolutions and their fulfilment</source>
        <translation>مصوبات شورا و میزان تحقق آن‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The council adopted no resolution in this period.</source>
        <translation>شورا در این دوره مصوبه‌ای نداشته است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolutions adopted</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried out</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/plan_sections.py" line="-155"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Fulfilment</source>
        <translation>میزان تحقق</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Responsible</source>
        <translation>مسئول اجرا</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Days overdue</source>
        <translation>روز تأخیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No resolution of the period is overdue.</source>
        <translation>هیچ مصوبه‌ای از این دوره معوق نیست.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried out on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All resolutions of the period</source>
        <translation>همه مصوبات دوره</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{names} and {count} more</source>
        <translation>{names} و {count} واحد دیگر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch performance indicators</source>
        <translation>شاخص‌های عملکرد شعب</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The progress of {count} solutions of the province&apos;s plans cannot be measured yet: {reasons}.</source>
        <translation>پیشرفت {count} راهکار از راهکارهای برنامه‌های استان هنوز سنجش‌پذیر نیست: {reasons}.</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>No branch statistics have been imported for this period.</source>
        <translation>برای این دوره آمار شعب وارد نشده است.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The progress of {count} of these solutions cannot be measured yet (&quot;—&quot;): {reasons}.</source>
        <translation>پیشرفت {count} راهکار از این راهکارها هنوز سنجش‌پذیر نیست («—»): {reasons}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Previous period</source>
        <translation>دوره قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best district</source>
        <translation>بهترین حوزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst district</source>
        <translation>ضعیف‌ترین حوزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best branch</source>
        <translation>بهترین شعبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst branch</source>
        <translation>ضعیف‌ترین شعبه</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-46"/>
        <location filename="../desktop/reports/status.py" line="+1"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole country&apos;s value is the sum of numerators over the sum of denominators of every province&apos;s monthly statistics. Only provinces whose every branch has statistics for every month of the period are ranked; the others are listed as incomplete data. Counts such as the backlog name no best or worst province: provinces of different sizes are not compared on absolute numbers. A province that approved the half-year is ranked on its approved value. The 90th percentile of disposition time is not computed at the center: bundles do not carry the histogram it needs.</source>
        <translation>مقدار کل کشور، جمع صورت‌ها بر جمع مخرج‌های آمار ماهانهٔ همهٔ استان‌هاست. فقط استان‌هایی رتبه می‌گیرند که همهٔ شعبه‌هایشان برای همهٔ ماه‌های دوره آمار دارند؛ بقیه با عنوان «دادهٔ ناقص» فهرست می‌شوند. برای شمارش‌هایی مانند ماندهٔ پرونده‌ها بهترین و ضعیف‌ترین استان نام برده نمی‌شود: استان‌های با اندازه‌های متفاوت بر پایهٔ عدد مطلق مقایسه نمی‌شوند. استانی که نیم‌سال را تأیید کرده با مقدار تأییدشده‌اش رتبه می‌گیرد. صدک نودم زمان رسیدگی در مرکز محاسبه نمی‌شود، زیرا بسته‌ها نمودار توزیعی را که لازم دارد نمی‌آورند.</translation>
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
        <translation>دادهٔ ناقص</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+36"/>
        <source>Best and worst are judged in the indicator&apos;s own direction (for times lower is better); counts such as the backlog are not compared between units of different size. The charts show the province month by month over the last twelve months.</source>
        <translation>بهترین و ضعیف‌ترین در جهت مطلوب هر شاخص تعیین شده‌اند (در زمان‌ها، مقدار کمتر بهتر است)؛ شمارش‌هایی مانند مانده پرونده‌ها میان واحدهایی با اندازهٔ متفاوت مقایسه نمی‌شوند. نمودارها وضعیت استان را ماه به ماه در دوازده ماه اخیر نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/ranking_sections.py" line="-10"/>
        <location filename="../desktop/reports/citizens.py" line="-20"/>
        <location filename="../desktop/reports/status.py" line="+6"/>
        <source>The figures of {period} run through the end of {month}: its later months have no statistics yet, so they are a part of the period&apos;s, not comparable with a whole period&apos;s.</source>
        <translation>ارقام {period} تا پایان {month} است: ماه‌های بعدیِ آن هنوز آماری ندارند، پس این ارقام بخشی از دوره است و با ارقام یک دورهٔ کامل قیاس‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/status.py" line="+5"/>
        <source>A province figure marked &quot;incomplete data&quot; includes branches whose statistics for some month of the period are carried forward or missing (for satisfaction: branches that did not answer the survey); it is shown, never compared.</source>
        <translation>رقم استانی که با «دادهٔ ناقص» نشان خورده، شعبه‌هایی را هم در بر دارد که آمار ماهی از دوره‌شان از ماه پیش منتقل شده یا نرسیده است (در رضایتمندی: شعبه‌هایی که در نظرسنجی پاسخ نداده‌اند)؛ نشان داده می‌شود، اما هرگز مقایسه نمی‌شود.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} activities under way have had no progress report in the last 90 days before the report date.</source>
        <translation>برای {count} فعالیت در حال اجرا در ۹۰ روز پیش از تاریخ گزارش، گزارش پیشرفتی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No branch statistics were imported for: {months}.</source>
        <translation>آمار شعب برای این ماه‌ها وارد نشده است: {months}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of {total} branches have no statistics in this period.</source>
        <translation>{count} شعبه از {total} شعبه در این دوره آماری ندارند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} of {total} branches have incomplete statistics in this period (some months carried forward or missing): {names}. The figures include them; they are not ranked.</source>
        <translation>آمار {count} از {total} شعبه در این دوره ناقص است (آمار برخی ماه‌ها از ماه پیش منتقل شده یا نرسیده است): {names}. ارقام گزارش آن‌ها را هم در بر دارد؛ رتبه نمی‌گیرند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only {value} of the cases registered in the period have their referral and hearing dates in the case-management system (CMS).</source>
        <translation>تنها {value} از پرونده‌های ثبت‌شده در این دوره، تاریخ ارجاع و وقت رسیدگی را در سامانه مدیریت پرونده (CMS) دارند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data-quality problem was found for this period.</source>
        <translation>برای این دوره مشکلی در کیفیت داده‌ها یافت نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics come only from the case-management system (CMS); each district head answers for the correctness of his district&apos;s data.</source>
        <translation>آمار فقط از سامانه مدیریت پرونده (CMS) گرفته می‌شود و رئیس هر حوزه قضایی پاسخگوی صحت داده‌های حوزه خود است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data-quality notes</source>
        <translation>ملاحظات کیفیت داده‌ها</translation>
    </message>
    <message>
        <location filename="../desktop/reports/service.py" line="-84"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>طبقه‌بندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the name of the Most High</source>
        <translation>بسمه تعالی</translation>
    </message>
    <message>
        <location filename="../desktop/reports/approved.py" line="+50"/>
        <source>Figures as approved by {name} on {date} (fingerprint {hash}); later changes are not shown.</source>
        <translation>ارقام همان‌گونه که {name} در {date} تأیید کرده است (اثر انگشت {hash})؛ تغییرات بعدی نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/language.py" line="+25"/>
        <source>{count} of {total}</source>
        <extracomment>How many of a whole: «۱۰ از ۱۹», &quot;10 of 19&quot; - the window&apos;s form (desktop.ui.formatting.format_part_of), never «۱۰ / ۱۹», which reads as a fraction or a date.</extracomment>
        <translation>{count} از {total}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="+60"/>
        <source>All districts</source>
        <translation>همه حوزه‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district</source>
        <translation>حوزه قضایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>ذخیره به صورت Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save charts…</source>
        <translation>ذخیره نمودارها…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a report and its period, then press Preview: its first pages appear here. Save as PDF or Excel writes the whole report.</source>
        <translation>گزارش و دوره آن را برگزینید و «پیش‌نمایش» را بزنید تا صفحه‌های نخست آن اینجا دیده شوند. ذخیره به صورت PDF یا Excel کل گزارش را می‌نویسد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a report and its period, then press Preview: its first pages appear here.</source>
        <translation>گزارش و دوره آن را برگزینید و «پیش‌نمایش» را بزنید تا صفحه‌های نخست آن اینجا دیده شوند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+87"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>لغو شد؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no data for this period; the report says so.</source>
        <translation>برای این دوره داده‌ای نیست؛ گزارش همین را می‌گوید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This period&apos;s report has part of its data: {missing}</source>
        <translation>گزارش این دوره تنها بخشی از داده‌ها را دارد: {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} charts saved.</source>
        <translation>{count} نمودار ذخیره شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>ذخیره گزارش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save charts into</source>
        <translation>ذخیره نمودارها در</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../desktop/ui/pages/resolution_editor.py" line="+276"/>
        <source>New resolution</source>
        <translation>مصوبه جدید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <location line="-229"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save resolution</source>
        <translation>ذخیره مصوبه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting:</source>
        <translation>جلسه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>مهلت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on:</source>
        <translation>تاریخ انجام:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done or decided</source>
        <translation>اقدام انجام‌شده یا تصمیم اتخاذشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note date:</source>
        <translation>تاریخ یادداشت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up notes</source>
        <translation>یادداشت‌های پیگیری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files</source>
        <translation>فایل‌های مستند</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New resolution</source>
        <translation>مصوبه جدید</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolution {number} of meeting {meeting}</source>
        <translation>مصوبه شماره {number} جلسه {meeting}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reopen resolution</source>
        <translation>بازگشایی مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This resolution is finished. Make it active again?</source>
        <translation>این مصوبه خاتمه یافته است. دوباره به جریان بیفتد؟</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attach evidence files</source>
        <translation>پیوست فایل‌های مستند</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Meeting {number} of {date}</source>
        <translation>جلسه شماره {number} مورخ {date}</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <location filename="../desktop/ui/pages/resolutions_tab.py" line="+46"/>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a resolution to follow it up.</source>
        <translation>برای پیگیری، یک مصوبه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a resolution to see it and its follow-up.</source>
        <translation>برای دیدن یک مصوبه و پیگیری‌های آن، مصوبه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolutions shown: {count}</source>
        <translation>تعداد مصوبات نمایش‌داده‌شده: {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} — {date}</source>
        <translation>{number} — {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>تأخیر (روز)</translation>
    </message>
</context>
<context>
    <name>ScheduledBackupBanner</name>
    <message>
        <location filename="../desktop/ui/widgets/backup_banner.py" line="+41"/>
        <source>Something went wrong; the details are in the program&apos;s log.</source>
        <translation>خطایی رخ داد؛ جزئیات در فایل گزارش برنامه است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled backup of {time} was not made. {reason} It is tried again at {next}; &quot;Back up now&quot; on the Backups page tries at once.</source>
        <translation>پشتیبان‌گیری زمان‌بندی‌شدهٔ {time} انجام نشد. {reason} در {next} دوباره امتحان می‌شود؛ «پشتیبان‌گیری اکنون» در صفحهٔ «نسخه‌های پشتیبان» همین حالا امتحان می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled backup of {time} was not made. {reason} It is tried again at {next}; tell the secretary.</source>
        <translation>پشتیبان‌گیری زمان‌بندی‌شدهٔ {time} انجام نشد. {reason} در {next} دوباره امتحان می‌شود؛ به دبیر خبر دهید.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../desktop/ui/session_lock.py" line="+96"/>
        <source>Rasad is locked</source>
        <translation>رصد قفل است</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings_page.py" line="+56"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save language</source>
        <translation>ذخیره زبان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Display language</source>
        <translation>زبان نمایش</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save name</source>
        <translation>ذخیره نام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded beside every change, progress report and note you enter.</source>
        <translation>همراه هر تغییر، گزارش پیشرفت و یادداشتی که وارد می‌کنید ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Your account&apos;s name. The secretary changes it on the Users page (a chief justice&apos;s account: a chief justice), or with “accounts change” on the command line.</source>
        <translation>نام حساب کاربری شما. دبیر شورا آن را در صفحهٔ «کاربران» تغییر می‌دهد (نام حساب رئیس کل دادگستری را رئیس کل دادگستری)، یا در خط فرمان با «accounts change».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>About this database</source>
        <translation>درباره این پایگاه داده</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Saved. This is the language in use.</source>
        <translation>ذخیره شد. برنامه هم‌اکنون به همین زبان است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. The new language applies the next time Rasad starts.</source>
        <translation>ذخیره شد. زبان جدید از اجرای بعدی رصد اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. Changes from now on are recorded under {name}.</source>
        <translation>ذخیره شد. از این پس تغییرات به نام {name} ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database file:</source>
        <translation>فایل پایگاه داده:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In memory</source>
        <translation>در حافظه (موقت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision:</source>
        <translation>نسخه ساختار پایگاه داده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence folder:</source>
        <translation>پوشه مستندات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasad version:</source>
        <translation>نسخه رصد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not set)</source>
        <translation>(تعیین‌نشده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial districts:</source>
        <translation>حوزه‌های قضایی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches:</source>
        <translation>شعب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo database</source>
        <translation>پایگاه دادهٔ نمایشی</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+97"/>
        <source>Rasad — first run</source>
        <translation>رصد — راه‌اندازی اولیه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;قبلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your province</source>
        <translation>استان شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rasad follows how your province carries out the Transformation Document. Enter the province and your name - or, on a new computer, restore your province&apos;s backup instead (“Restore a backup…” below).</source>
        <translation>رصد، اجرای سند تحول را در استان شما پیگیری می‌کند. نام استان و نام خود را وارد کنید - یا در رایانهٔ تازه، به‌جای آن نسخهٔ پشتیبان استان خود را بازگردانید («بازگردانی نسخهٔ پشتیبان…» در پایین).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Province code</source>
        <translation>کد استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province name</source>
        <translation>نام استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account</source>
        <translation>حساب کاربری شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are the administrator (the council&apos;s secretary). Choose a user name and a password: at least 10 characters, 5 different ones, without your user name.</source>
        <translation>شما مدیر سامانه (دبیر شورا) هستید. یک نام کاربری و گذرواژه برگزینید: دست‌کم ۱۰ نویسه، ۵ نویسه متفاوت، بدون نام کاربری.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User name (Latin letters)</source>
        <translation>نام کاربری (حروف لاتین)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Judicial districts</source>
        <translation>حوزه‌های قضایی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter each judicial district of the province: a code and a name.</source>
        <translation>کد و نام هر یک از حوزه‌های قضایی استان را وارد کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branches and units</source>
        <translation>شعب و واحدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: enter branches now, or import the branch registry later. The district column takes the district&apos;s code.</source>
        <translation>اختیاری: شعب را هم‌اکنون وارد کنید یا فهرست شعب را بعداً بارگذاری کنید. در ستون «کد حوزه»، کد حوزه قضایی را بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District code</source>
        <translation>کد حوزه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit type</source>
        <translation>نوع واحد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore a backup…</source>
        <translation>بازگردانی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new computer: bring your province from a backup of the old one (on a disk or a flash drive) instead of setting it up again.</source>
        <translation>رایانهٔ تازه: استان خود را به‌جای راه‌اندازی دوباره، از نسخهٔ پشتیبان رایانهٔ پیشین (روی دیسک یا حافظهٔ فلش) بیاورید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>بازگردانی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rasad backups (*.sqlite3);;All files (*)</source>
        <translation>نسخه‌های پشتیبان رصد (*.sqlite3);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the province from {file}? Its accounts come with it: you sign in with your user name and password from it.</source>
        <translation>استان از {file} بازگردانده شود؟ حساب‌های کاربری آن هم همراهش می‌آیند: با نام کاربری و گذرواژهٔ خود در آن وارد می‌شوید.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The province was set up in another window meanwhile. Sign in with the account made there.</source>
        <translation>استان در این میان در پنجرهٔ دیگری راه‌اندازی شد. با حسابی که آنجا ساخته شد وارد شوید.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../desktop/accounts/errors.py" line="-79"/>
        <source>The user name or the password is wrong.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account is disabled and cannot sign in. Ask a chief justice to enable it again.</source>
        <translation>این حساب غیرفعال است و نمی‌تواند وارد شود. از رئیس کل دادگستری بخواهید آن را دوباره فعال کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is disabled and cannot sign in. Ask the council&apos;s secretary to enable it again.</source>
        <translation>این حساب غیرفعال است و نمی‌تواند وارد شود. از دبیر شورا بخواهید آن را دوباره فعال کند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many failed attempts: signing in is locked for {wait}.</source>
        <translation>تلاش‌های ناموفق بیش از اندازه بود: ورود تا {wait} قفل است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts: wait {wait}, then try again.</source>
        <translation>تلاش‌های ناموفق بیش از اندازه بود: {wait} صبر کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 second</source>
        <translation>۱ ثانیه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} seconds</source>
        <translation>{count} ثانیه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute</source>
        <translation>۱ دقیقه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} minutes</source>
        <translation>{count} دقیقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} hours</source>
        <translation>{count} ساعت</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{change} Nothing was saved.</source>
        <translation>{change} هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your account no longer exists.</source>
        <translation>حساب کاربری شما دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account was disabled after you signed in; ask a chief justice to enable it again.</source>
        <translation>حساب کاربری شما پس از ورودتان غیرفعال شده است؛ از رئیس کل دادگستری بخواهید آن را دوباره فعال کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account was disabled after you signed in; ask the council&apos;s secretary to enable it again.</source>
        <translation>حساب کاربری شما پس از ورودتان غیرفعال شده است؛ از دبیر شورا بخواهید آن را دوباره فعال کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role or judicial district was changed after you signed in; sign in again to go on with the rights you have now.</source>
        <translation>نقش یا حوزهٔ قضایی شما پس از ورودتان تغییر کرده است؛ برای ادامه با دسترسی‌های کنونی خود دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password was changed or reset after you signed in; sign in again with the new password.</source>
        <translation>گذرواژهٔ شما پس از ورودتان تغییر کرده یا از نو تعیین شده است؛ با گذرواژهٔ جدید دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account&apos;s name or user name was changed after you signed in; sign in again.</source>
        <translation>نام یا نام کاربری حساب شما پس از ورودتان تغییر کرده است؛ دوباره وارد شوید.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sign_in.py" line="+24"/>
        <location line="+2"/>
        <source>Sign in to Rasad</source>
        <translation>ورود به رصد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judicial council of the province of {province}</source>
        <translation>شورای قضایی استان {province}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
</context>
<context>
    <name>SolutionEditor</name>
    <message>
        <location filename="../desktop/ui/pages/plan_editors.py" line="-100"/>
        <source>No term</source>
        <translation>تعیین‌نشده</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible unit</source>
        <translation>واحد سازمانی مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive manager</source>
        <translation>مدیر اجرایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver project</source>
        <translation>طرح پیشران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New solution in “{plan}”</source>
        <translation>راهکار جدید در «{plan}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solution {code}</source>
        <translation>راهکار {code}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../desktop/store/errors.py" line="-140"/>
        <source>The database file “{path}” does not exist.</source>
        <translation>فایل پایگاه داده «{path}» وجود ندارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file “{path}” cannot be read: {reason}</source>
        <translation>فایل پایگاه داده «{path}» خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “{path}” is not a Rasad database (it is not an SQLite file).</source>
        <translation>فایل «{path}» پایگاه دادهٔ رصد نیست (فایل SQLite نیست).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file “{path}” is an SQLite database of another program, not of Rasad.</source>
        <translation>فایل «{path}» پایگاه دادهٔ SQLite برنامهٔ دیگری است، نه رصد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database “{path}” is damaged and was not opened: {reason}. Restore its newest backup.</source>
        <translation>پایگاه داده «{path}» آسیب دیده است و باز نشد: {reason}. تازه‌ترین نسخهٔ پشتیبان آن را بازگردانید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database was created by a newer version of Rasad (schema {revision}; this version knows up to {head}). Please update Rasad to open it.</source>
        <translation>این پایگاه داده با نسخه جدیدتری از رصد ساخته شده است (نسخه ساختار {revision}؛ این نسخه از رصد حداکثر نسخه ساختار {head} را می‌شناسد). برای باز کردن آن، رصد را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updating the database structure failed; nothing was changed. Details: {problems}</source>
        <translation>به‌روزرسانی ساختار پایگاه داده ناموفق بود؛ هیچ تغییری اعمال نشد. جزئیات: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup.py" line="+81"/>
        <source>Copying the database…</source>
        <extracomment>A phase of a backup or a restore, shown under its progress bar&apos;s title.</extracomment>
        <translation>رونوشت‌برداری از پایگاه داده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the backup…</source>
        <translation>رونوشت‌برداری از نسخه پشتیبان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the copy…</source>
        <translation>بررسی رونوشت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the approved periods&apos; figures…</source>
        <translation>مقایسه ارقام دوره‌های تأییدشده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrying the approvals in…</source>
        <translation>انتقال تأییدها به نسخه بازگردانده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the restored database…</source>
        <translation>بررسی پایگاه دادهٔ بازگردانده…</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup_refusals.py" line="+42"/>
        <source>No backup was made: the database “{path}” failed its check: {reason}. No change is saved into it from now on; restore its newest backup.</source>
        <translation>نسخهٔ پشتیبان ساخته نشد: پایگاه داده «{path}» در بررسی سالم نبود: {reason}. از این پس هیچ تغییری در آن ذخیره نمی‌شود؛ تازه‌ترین نسخهٔ پشتیبان آن را بازگردانید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backup was made: SQLite could not copy the database “{path}” (the details are in the program&apos;s log).</source>
        <translation>نسخهٔ پشتیبان ساخته نشد: SQLite نتوانست از پایگاه داده «{path}» رونوشت بگیرد (جزئیات در فایل گزارش برنامه است).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backup was made: the database “{path}” could not be read from its own disk, which may be failing (the backup folder is not at fault). Have that disk checked, and keep the newest backups safe.</source>
        <translation>نسخهٔ پشتیبان ساخته نشد: پایگاه داده «{path}» از دیسک خودش خوانده نشد و شاید آن دیسک رو به خرابی باشد (ایراد از پوشهٔ پشتیبان نیست). آن دیسک را بررسی کنید و تازه‌ترین نسخه‌های پشتیبان را جای امن نگه دارید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup could not be made: {problem}.</source>
        <translation>نسخهٔ پشتیبان ساخته نشد: {problem}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup “{path}” cannot be restored: {reason}</source>
        <translation>نسخهٔ پشتیبان «{path}» را نمی‌توان بازگرداند: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “{path}” cannot be restored: {detail}. Nothing was restored; choose another backup.</source>
        <translation>نسخهٔ پشتیبان «{path}» بازگرداندنی نیست: {detail}. چیزی بازگردانده نشد؛ نسخهٔ پشتیبان دیگری را برگزینید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “{path}” is not a Rasad backup: it is not a database file. Nothing was restored.</source>
        <translation>فایل «{path}» نسخهٔ پشتیبان رصد نیست: اصلاً فایل پایگاه داده نیست. چیزی بازگردانده نشد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{path}” is a folder, not a backup file: choose one of the backup files in it.</source>
        <translation>«{path}» یک پوشه است، نه فایل نسخهٔ پشتیبان: یکی از فایل‌های پشتیبان درون آن را برگزینید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “{path}” cannot be restored: there is no such file (was its disk removed?).</source>
        <translation>نسخهٔ پشتیبان «{path}» را نمی‌توان بازگرداند: چنین فایلی نیست (آیا دیسک آن جدا شده است؟).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “{path}” is empty (0 bytes): it is not a Rasad backup. Nothing was restored.</source>
        <translation>فایل «{path}» خالی است (۰ بایت): نسخهٔ پشتیبان رصد نیست. چیزی بازگردانده نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “{path}” is not a Rasad backup: it is a database of another program. Nothing was restored.</source>
        <translation>فایل «{path}» نسخهٔ پشتیبان رصد نیست: پایگاه دادهٔ برنامهٔ دیگری است. چیزی بازگردانده نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup “{path}” cannot be restored: it was made by a newer version of Rasad (schema {revision}). Update Rasad, then restore it.</source>
        <translation>نسخهٔ پشتیبان «{path}» را نمی‌توان بازگرداند: با نسخهٔ جدیدتری از رصد ساخته شده است (طرح‌وارهٔ {revision}). رصد را به‌روز کنید و سپس آن را بازگردانید.</translation>
    </message>
    <message>
        <location filename="../desktop/store/busy.py" line="+67"/>
        <source>The database is busy with another program&apos;s change; waited {seconds} s. Try again when it is done.</source>
        <translation>پایگاه داده مشغول تغییری از برنامهٔ دیگری است؛ {seconds} ثانیه صبر شد. پس از پایان آن دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with {activity} (process {pid}, since {since}); waited {seconds} s. Try again when it is done.</source>
        <translation>پایگاه داده مشغول {activity} است (فرایند {pid}، از {since})؛ {seconds} ثانیه صبر شد. پس از پایان آن دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/store/open_lock.py" line="+38"/>
        <source>{file} is open in another Rasad window or command; waited {seconds} s. Close it there, then restore the backup again.</source>
        <translation>{file} در پنجره یا فرمان دیگری از رصد باز است؛ {seconds} ثانیه صبر شد. آن را آنجا ببندید و سپس دوباره نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is being restored into {file}; waited {seconds} s. Open it again when the restore is done.</source>
        <translation>یک نسخهٔ پشتیبان در حال بازگردانی در {file} است؛ {seconds} ثانیه صبر شد. پس از پایان بازگردانی دوباره آن را باز کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/backups/service.py" line="+69"/>
        <source>The backup “{path}” was written and checked, but its evidence files could not be copied beside it: {reason}</source>
        <translation>نسخهٔ پشتیبان «{path}» نوشته و وارسی شد، اما فایل‌های مستند آن را نتوانستیم در کنارش رونوشت کنیم: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/backups/database_contents.py" line="+12"/>
        <source>There is a province in {path} already: its secretary signs in and restores the backup on the Backups page, where the database it replaces is kept.</source>
        <translation>در {path} از پیش استانی هست: دبیر آن وارد می‌شود و نسخهٔ پشتیبان را در صفحهٔ «نسخه‌های پشتیبان» بازمی‌گرداند، که پایگاه داده‌ای را که جایگزین می‌کند نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no province (it is the database of a Rasad nobody set up): there is nothing in it to restore.</source>
        <translation>{path} هیچ استانی ندارد (پایگاه دادهٔ رصدی است که کسی آن را راه‌اندازی نکرده): چیزی در آن برای بازگردانی نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/backups/restore_consent.py" line="+35"/>
        <source>The backup “{path}” is of the province {backup_province}, and this database is {province}&apos;s: restored, it would put {backup_province}&apos;s data, province and name in place of {province}&apos;s.</source>
        <translation>نسخهٔ پشتیبان «{path}» از استان {backup_province} است و این پایگاه داده از آنِ استان {province} است: با بازگردانی آن، داده‌ها، استان و نام {backup_province} جای داده‌ها، استان و نام {province} را می‌گیرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “{path}” is of {province}, but of another installation&apos;s database (“{backup_database}”), not of this one (“{database}”): restored, that database&apos;s data would replace this one&apos;s.</source>
        <translation>نسخهٔ پشتیبان «{path}» از استان {province} است، اما از پایگاه داده‌ای در نصبی دیگر («{backup_database}»)، نه از این پایگاه داده («{database}»): با بازگردانی آن، داده‌های آن پایگاه داده جای داده‌های این پایگاه داده را می‌گیرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “{path}” holds no user account, and the accounts of this database cannot be carried into it: restored, anyone who opens Rasad would act as the secretary, without signing in.</source>
        <translation>نسخهٔ پشتیبان «{path}» هیچ حساب کاربری ندارد و حساب‌های این پایگاه داده را نمی‌توان به آن منتقل کرد: با بازگردانی آن، هر کس رصد را باز کند بی ورود به سامانه در نقش دبیر کار خواهد کرد.</translation>
    </message>
    <message>
        <location filename="../desktop/store/restore_reasons.py" line="+27"/>
        <source>it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk taken out too early)</source>
        <translation>نیمه‌کاره مانده است و تنها {size} از {expected} آن موجود است (رونوشت‌برداری نیمه‌کاره ماند، یا دیسک آن زودتر از موقع جدا شد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some of its pages are damaged (on its disk, or while it was copied)</source>
        <translation>برخی از صفحه‌های آن آسیب دیده است (روی دیسک آن، یا هنگام رونوشت‌برداری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its disk could not be read (taken out, or failing)</source>
        <translation>دیسک آن خوانده نشد (جدا شده است یا خراب است)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no permission to read it</source>
        <translation>اجازهٔ خواندن آن وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy written beside the database failed its check (that disk may be failing; the details are in the program&apos;s log)</source>
        <translation>رونوشتی که کنار پایگاه داده نوشته شد در بررسی آسیب‌دیده یافت شد (شاید آن دیسک خراب باشد؛ جزئیات در فایل گزارش برنامه است)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite could not read it (the details are in the program&apos;s log)</source>
        <translation>SQLite نتوانست آن را بخواند (جزئیات در فایل گزارش برنامه است)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some of its pages are damaged (its disk may be failing)</source>
        <extracomment>The database&apos;s own damage, found by the check of the copy a backup makes of it (nothing was copied wrongly: the backup API copies its pages as they are), by its own check, or by a read that reached it.</extracomment>
        <translation>برخی از صفحه‌های آن آسیب دیده است (شاید دیسک آن در حال خراب شدن باشد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some of its indexes no longer match its rows (a write cut short, or its disk failing)</source>
        <extracomment>The check&apos;s &quot;row 12 missing from index ix_…&quot;, &quot;wrong # of entries in index …&quot;: the tables&apos; rows read, but the indexes the program finds them by say otherwise.</extracomment>
        <translation>برخی از نمایه‌های آن دیگر با ردیف‌هایش نمی‌خواند (نوشتنی نیمه‌کاره ماند، یا دیسک آن رو به خرابی است)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk failing)</source>
        <extracomment>A database whose header says it is longer than the file (opening reads that much only).</extracomment>
        <translation>نیمه‌کاره مانده است و تنها {size} از {expected} آن موجود است (رونوشت‌برداری نیمه‌کاره ماند، یا دیسک آن رو به خرابی است)</translation>
    </message>
    <message>
        <location filename="../desktop/store/busy_words.py" line="+19"/>
        <source>the Rasad window</source>
        <translation>کار در پنجرهٔ رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import of {file}</source>
        <translation>وارد کردن فایل {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an import</source>
        <translation>وارد کردن داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restore of the backup {file}</source>
        <translation>بازگردانی نسخهٔ پشتیبان {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restore of a backup</source>
        <translation>بازگردانی یک نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the making of the demo database</source>
        <translation>ساختن پایگاه دادهٔ نمایشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the setup of a province</source>
        <translation>راه‌اندازی یک استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending to the center</source>
        <translation>ارسال به مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a report being written to {file}</source>
        <translation>نوشتن گزارش در {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a report being written</source>
        <translation>نوشتن یک گزارش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Rasad command “{command}”</source>
        <translation>فرمان «{command}» رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Rasad program</source>
        <translation>برنامهٔ دیگری از رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} and {count} more files</source>
        <translation>{file} و {count} فایل دیگر</translation>
    </message>
    <message>
        <location filename="../desktop/store/health.py" line="+84"/>
        <source>The database “{path}” is damaged: {reason}. No change is saved into it; restore its newest backup.</source>
        <translation>پایگاه داده «{path}» آسیب دیده است: {reason}. هیچ تغییری در آن ذخیره نمی‌شود؛ تازه‌ترین نسخهٔ پشتیبان آن را بازگردانید.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/sync/errors.py" line="+18"/>
        <source>Synchronisation failed.</source>
        <translation>همگام‌سازی انجام نشد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bundle was refused.</source>
        <translation>بسته پذیرفته نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is {size} bytes, more than the limit of {limit} bytes.</source>
        <translation>حجم بسته {size} بایت است و از سقف {limit} بایت بیشتر است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle file is damaged or not a bundle ({reason}).</source>
        <translation>فایل بسته آسیب دیده است یا بسته نیست ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is signed by an unknown key {key_id}.</source>
        <translation>بسته با کلید ناشناخته {key_id} امضا شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s signature does not match key {key_id}.</source>
        <translation>امضای بسته با کلید {key_id} مطابقت ندارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s header is invalid ({reason}).</source>
        <translation>سرآیند بسته نامعتبر است ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is from province {actual}, expected {expected}.</source>
        <translation>بسته متعلق به استان {actual} است، در حالی که بسته استان {expected} انتظار می‌رفت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a {actual} bundle, expected a {expected} bundle.</source>
        <translation>این فایل بسته از نوع {actual} است، در حالی که بسته‌ای از نوع {expected} انتظار می‌رفت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {name} of the bundle is damaged ({reason}).</source>
        <translation>بخش {name} بسته آسیب دیده است ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {name} of the bundle expands past its limit of {limit} bytes.</source>
        <translation>بخش {name} بسته پس از بازگشایی از سقف {limit} بایت بزرگ‌تر می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle has an unsafe part name {name}.</source>
        <translation>نام بخش {name} در بسته ناامن است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signing key could not be used ({reason}).</source>
        <translation>کلید امضا قابل استفاده نبود ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No signing key was found in {location}; it is never replaced silently. If this province&apos;s key was made in a key file, name that file (on the command line: --key-file FILE).</source>
        <translation>هیچ کلید امضایی در {location} یافت نشد؛ کلید هرگز بی‌صدا جایگزین نمی‌شود. اگر کلید این استان در یک فایل کلید ساخته شده است، آن فایل را نام ببرید (در خط فرمان: --key-file FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A signing key already exists in {location}; it will not be overwritten.</source>
        <translation>یک کلید امضا از پیش در {location} وجود دارد؛ روی آن نوشته نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is wrong, or the key file {path} is damaged.</source>
        <translation>عبارت عبور نادرست است یا فایل کلید {path} آسیب دیده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring {backend} is not a secure store; it is refused.</source>
        <translation>جاکلیدی {backend} محل نگهداری امنی نیست و پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key rotation record is invalid ({reason}).</source>
        <translation>سند جایگزینی کلید نامعتبر است ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The center does not know this province&apos;s current signing key yet: it has not taken {count} key rotation record(s) (not delivered, or refused). Sync again when the center can be reached, or take the record file that bundle export writes (.rasad-keyrot) to the center.</source>
        <translation>مرکز هنوز کلید امضای کنونی این استان را نمی‌شناسد: {count} سند جایگزینی کلید را نپذیرفته است (نرسیده یا ردشده). وقتی مرکز در دسترس است دوباره همگام‌سازی کنید، یا فایل سابقه‌ای را که bundle export می‌نویسد (.rasad-keyrot) به مرکز ببرید.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/media.py" line="+37"/>
        <source>The bundle could not be written to {path} ({reason}).</source>
        <translation>بسته در {path} نوشته نشد ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundles could not be written: {problem}.</source>
        <translation>بسته‌ها نوشته نشد: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt file {path} could not be read ({reason}).</source>
        <translation>فایل رسید {path} خوانده نشد ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is {size}, more than a receipt can be ({limit}): is it a bundle rather than its receipt?</source>
        <translation>{path} {size} است، بیش از آنچه یک رسید می‌تواند باشد ({limit}): آیا به جای رسید، خود بسته است؟</translation>
    </message>
    <message>
        <location filename="../desktop/sync/outbox.py" line="+39"/>
        <source>The receipt is for bundle {bundle_id}, which this province never sent.</source>
        <translation>این رسید مربوط به بسته {bundle_id} است که این استان هرگز آن را نفرستاده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt for bundle {bundle_id} does not match it ({reason}).</source>
        <translation>رسید بسته {bundle_id} با آن بسته مطابقت ندارد ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center&apos;s answer to bundle {sequence} is the receipt of another bundle (sequence {other}); nothing was settled.</source>
        <translation>پاسخ مرکز به بسته {sequence} رسید بستهٔ دیگری است (بسته {other})؛ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was restored from a backup: its bundle chain must first be brought up to date from the center; nothing is sent until then.</source>
        <translation>این پایگاه داده از نسخه پشتیبان بازگردانی شده است: نخست باید زنجیره بسته‌های آن از مرکز به‌روز شود؛ تا آن زمان چیزی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No bundle was refused by the center; there is nothing to cut again.</source>
        <translation>مرکز هیچ بسته‌ای را رد نکرده است؛ چیزی برای بریدن دوباره نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle {entry_id} is not in the outbox.</source>
        <translation>بسته {entry_id} در صندوق ارسال نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/sender.py" line="+32"/>
        <source>The center could not be reached ({reason}).</source>
        <translation>دسترسی به مرکز ممکن نشد ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center answered bundle {sequence} with HTTP status {status} instead of a receipt; nothing was settled.</source>
        <translation>مرکز به بسته {sequence} به جای رسید، وضعیت HTTP {status} را پاسخ داد؛ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center&apos;s answer to bundle {sequence} is not a receipt of it signed by the center&apos;s key; nothing was settled.</source>
        <translation>پاسخ مرکز به بسته {sequence} رسیدی از همین بسته با امضای کلید مرکز نیست؛ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center address {url} is refused: only https is allowed (or http to this computer).</source>
        <translation>نشانی مرکز {url} پذیرفته نیست: فقط https مجاز است (یا http به همین رایانه).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/center_link.py" line="+39"/>
        <source>The center&apos;s public key is not pinned yet; import the key file the center gave you first.</source>
        <translation>کلید عمومی مرکز هنوز ثبت نشده است؛ نخست فایل کلیدی را که مرکز به شما داده است وارد کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another center key ({key_id}) is already pinned; replacing it must be asked for explicitly.</source>
        <translation>کلید دیگری از مرکز ({key_id}) پیش‌تر ثبت شده است؛ جایگزینی آن باید صریحاً درخواست شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database has no province code yet; finish the setup first.</source>
        <translation>کد استان هنوز در پایگاه داده ثبت نشده است؛ نخست راه‌اندازی را کامل کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is larger than a public key file can be ({limit} bytes at most): it is not the center&apos;s key file.</source>
        <translation>فایل {path} بزرگ‌تر از آن است که فایل کلید عمومی باشد (حداکثر {limit} بایت): این فایل کلید مرکز نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/center/directives.py" line="+28"/>
        <source>Province {province} is not registered at the center.</source>
        <translation>استان {province} در مرکز ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/refusals.py" line="+33"/>
        <source>The center is busy; the bundle will be sent again.</source>
        <translation>مرکز اکنون مشغول است؛ بسته دوباره فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key {key_id} may not sign bundle {sequence}: it was rotated out.</source>
        <translation>کلید {key_id} اجازه امضای بسته {sequence} را ندارد: این کلید جایگزین شده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle cannot be applied ({reason}).</source>
        <translation>بسته را نمی‌توان اعمال کرد ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for sequence {sequence}</source>
        <translation>در انتظار بسته {sequence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bundle with this id but other content was received before</source>
        <translation>پیش‌تر بسته‌ای با همین شناسه ولی با محتوای دیگر رسیده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence {sequence} was already applied (last applied {last}) with other content ({kind})</source>
        <translation>بسته {sequence} پیش‌تر با محتوای دیگری اعمال شده است (آخرین بسته اعمال‌شده: {last}) ({kind})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous hash does not match the applied bundle {sequence}</source>
        <translation>چکیده بسته پیشین با بسته اعمال‌شده {sequence} نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another bundle with sequence {sequence} is already held</source>
        <translation>بسته دیگری با شماره {sequence} از پیش نگه‌داشته شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequence {sequence} is too far ahead of the last applied {last} to be held; the bundles before it must arrive first</source>
        <translation>بسته {sequence} از آخرین بسته اعمال‌شده ({last}) بیش از اندازه جلوتر است و نگه‌داشته نمی‌شود؛ نخست باید بسته‌های پیش از آن برسند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center already holds {count} bundles of this province; the bundles from sequence {sequence} must arrive first</source>
        <translation>مرکز هم‌اکنون {count} بسته از این استان را نگه داشته است؛ نخست باید بسته‌ها از شماره {sequence} به بعد برسند</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The bundle is {size}, more than the limit of {limit}.</source>
        <translation>حجم بسته {size} است و از سقف {limit} بیشتر است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part {name} of the bundle expands past its limit of {limit}.</source>
        <translation>بخش {name} بسته پس از بازگشایی از سقف {limit} بزرگ‌تر می‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/directives.py" line="+62"/>
        <source>Directive {sequence} from the center conflicts with the one already received ({reason}); it was refused.</source>
        <translation>ابلاغیه {sequence} مرکز با ابلاغیه‌ای که پیش‌تر رسیده ناسازگار است ({reason})؛ پذیرفته نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Program {program}: solution {solution} is not in this province&apos;s plan.</source>
        <translation>برنامه {program}: راهکار {solution} در برنامه این استان نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program {program} already belongs to another solution here.</source>
        <translation>برنامه {program} در اینجا به راهکار دیگری تعلق دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program {program}, activity {activity}: {period} is approved; the change waits until it is reopened.</source>
        <translation>برنامه {program}، فعالیت {activity}: {period} تأیید شده است؛ این تغییر تا بازگشایی آن در انتظار می‌ماند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program {program}, activity {activity}: {period} is awaiting approval; the change waits until the submission is withdrawn or sent back.</source>
        <translation>برنامه {program}، فعالیت {activity}: {period} در انتظار تأیید است؛ این تغییر تا پس گرفتن ارسال یا برگرداندن آن در انتظار می‌ماند.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/on_media.py" line="+32"/>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>فایل {path} خوانده نشد ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/center_link.py" line="-4"/>
        <source>The key file {path} could not be read ({reason}).</source>
        <translation>فایل کلید {path} خوانده نشد ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/service.py" line="+62"/>
        <source>The center&apos;s address and public key must be set before sending.</source>
        <translation>پیش از ارسال باید نشانی مرکز و کلید عمومی آن تنظیم شود.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/resync.py" line="+74"/>
        <source>Bundle {sequence} held by the center differs from this database&apos;s; the chain cannot be brought up to date automatically.</source>
        <translation>بسته {sequence} نزد مرکز با بسته این پایگاه داده یکسان نیست؛ زنجیره را نمی‌توان خودکار به‌روز کرد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center&apos;s chain for this province is incomplete at bundle {sequence}.</source>
        <translation>زنجیره مرکز برای این استان در بسته {sequence} ناقص است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain given back ends at bundle {got}, but the center has already acknowledged bundle {known} to this province: it was not taken back (an empty or old folder, or an answer cut short). Nothing is sent until it is; export the chain at the center again (export-chain), or sync when the center can be reached.</source>
        <translation>زنجیرهٔ بازگرفته در بسته {got} تمام می‌شود، اما مرکز پیش‌تر بسته {known} این استان را با رسید تأیید کرده است: زنجیره بازپس گرفته نشد (پوشه‌ای خالی یا قدیمی، یا پاسخی ناتمام). تا آن بازپس گرفته نشود چیزی فرستاده نمی‌شود؛ زنجیره را در مرکز دوباره بیرون بگیرید (export-chain)، یا وقتی مرکز در دسترس است همگام‌سازی کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The center&apos;s answer to the request for this province&apos;s chain is not a page of the chain ({reason}).</source>
        <translation>پاسخ مرکز به درخواست زنجیرهٔ این استان صفحه‌ای از زنجیره نیست ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/center/provinces.py" line="+27"/>
        <source>Key {key_id} is already used by province {province}; a key belongs to one province only.</source>
        <translation>کلید {key_id} را استان {province} به کار می‌برد؛ هر کلید از آنِ یک استان است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Province {province} is already registered with key {key_id}; re-keying it needs --replace.</source>
        <translation>استان {province} پیش‌تر با کلید {key_id} ثبت شده است؛ تعویض کلید آن به --replace نیاز دارد.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location filename="../desktop/sync/reasons.py" line="+80"/>
        <source>the new key is already known</source>
        <extracomment>The reason of a rotation record the center already has; the province matches this English text in the answer (desktop/sync/rotation.py), so it never changes. The center&apos;s own command line shows it translated.</extracomment>
        <translation>کلید تازه از پیش شناخته است</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../desktop/sync/reasons.py" line="-1"/>
        <source>the province is not registered</source>
        <translation>استان ثبت نشده است</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../desktop/sync/reasons.py" line="+2"/>
        <source>the record is signed by a retired key</source>
        <translation>سند با کلیدی بازنشسته امضا شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/sync/reasons.py" line="+1"/>
        <source>the rotation starts before the current key&apos;s first bundle</source>
        <translation>جایگزینی پیش از نخستین بستهٔ کلید کنونی آغاز می‌شود</translation>
    </message>
    <message>
        <location filename="../desktop/sync/center_rotation.py" line="+41"/>
        <source>The center&apos;s key rotation record was refused ({reason}); the pinned center key stays.</source>
        <translation>سند تعویض کلید مرکز پذیرفته نشد ({reason})؛ کلید ثبت‌شدهٔ مرکز همان می‌ماند.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/key_store.py" line="+187"/>
        <source>The system keyring ({backend}) could not be used ({reason}); the encrypted key file is used instead.</source>
        <translation>جاکلیدی سیستم ({backend}) قابل استفاده نبود ({reason})؛ به جای آن از فایل رمزشدهٔ کلید استفاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/listing.py" line="+40"/>
        <source>The center&apos;s directive listing was refused ({reason}).</source>
        <translation>فهرست ابلاغیه‌های مرکز پذیرفته نشد ({reason}).</translation>
    </message>
    <message>
        <location filename="../desktop/sync/request_auth.py" line="+38"/>
        <source>The center refused this province&apos;s signed request. Check that this computer&apos;s date and time are right (within five minutes of the center&apos;s) and that the center has this province&apos;s current key.</source>
        <translation>مرکز درخواست امضاشدهٔ این استان را نپذیرفت. بررسی کنید که تاریخ و ساعت این رایانه درست باشد (حداکثر پنج دقیقه اختلاف با ساعت مرکز) و کلید فعلی این استان نزد مرکز ثبت شده باشد.</translation>
    </message>
    <message>
        <location filename="../desktop/sync/reasons.py" line="-55"/>
        <source>not a Rasad bundle</source>
        <translation>فایل رصد نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated</source>
        <translation>فایل ناتمام است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid key id</source>
        <translation>شناسهٔ کلید نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid header length</source>
        <translation>طول سرآیند نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid signature length</source>
        <translation>طول امضا نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the attested file</source>
        <translation>فایلی که رسید مرکز گواهی کرده است نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parts do not fill the file exactly</source>
        <translation>بخش‌ها درست به اندازهٔ فایل نیستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 mismatch</source>
        <translation>چکیدهٔ محتوا با آنچه ثبت شده است نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate part</source>
        <translation>بخش تکراری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid length</source>
        <translation>طول بخش نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid uncompressed length</source>
        <translation>طول بخش پس از گشودن نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid sha256</source>
        <translation>چکیدهٔ بخش نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown compression</source>
        <translation>روش فشرده‌سازی ناشناخته است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length mismatch</source>
        <translation>طول بخش با آنچه ثبت شده است نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrupt compressed data</source>
        <translation>دادهٔ فشرده آسیب دیده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete or trailing compressed data</source>
        <translation>دادهٔ فشرده ناتمام است یا چیزی اضافه دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncompressed length mismatch</source>
        <translation>طول بخش پس از گشودن با آنچه ثبت شده است نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header too large</source>
        <translation>سرآیند بیش از اندازه بزرگ است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid created_at</source>
        <translation>زمان ساخت نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid part entry</source>
        <translation>فهرست بخش‌ها نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid parts</source>
        <translation>فهرست بخش‌ها نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid sequence</source>
        <translation>شمارهٔ بسته نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key id differs from the frame</source>
        <translation>شناسهٔ کلید در سرآیند با قاب فایل یکی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown payload_type</source>
        <translation>نوع محتوا ناشناخته است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported format_version</source>
        <translation>نسخهٔ قالب پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid {field}</source>
        <translation>فیلد {field} سرآیند نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fields missing {missing}, unexpected {extra}</source>
        <translation>فیلدهای کم سرآیند: {missing}؛ فیلدهای ناخواسته: {extra}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is filled in by encode</source>
        <translation>فیلد {field} را خود برنامه هنگام ساختن بسته پر می‌کند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not UTF-8</source>
        <translation>متن با UTF-8 نوشته نشده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in canonical form</source>
        <translation>متن در قالب استاندارد نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leading or trailing data</source>
        <translation>پیش یا پس از متن چیزی اضافه است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top level is not an object</source>
        <translation>ساختار متن نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not JSON: {kind}</source>
        <translation>متن JSON نیست{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate key {key}</source>
        <translation>کلید {key} در متن تکراری است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid province</source>
        <translation>کد استان نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a receipt has exactly one part, receipt.json</source>
        <translation>رسید باید تنها یک بخش داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt body fields or province do not match</source>
        <translation>محتوای رسید یا استان آن نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt body: {detail}</source>
        <translation>محتوای رسید نامعتبر است{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-back SHA-256 mismatch</source>
        <translation>فایل نوشته‌شده با آنچه باید باشد نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundle {sequence} in the outbox is damaged</source>
        <translation>بستهٔ {sequence} در صندوق ارسال آسیب دیده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a rotation record</source>
        <translation>سند جایگزینی کلید نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable record</source>
        <translation>سند خوانا نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad length</source>
        <translation>طول سند نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the old key&apos;s signature is wrong</source>
        <translation>امضای کلید پیشین نادرست است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new key&apos;s signature is wrong</source>
        <translation>امضای کلید تازه نادرست است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected fields</source>
        <translation>سند فیلدهای ناخواسته دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another province&apos;s record</source>
        <translation>سند استانی دیگر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key ids do not match the keys</source>
        <translation>شناسه‌های کلید با کلیدها نمی‌خوانند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid from_sequence</source>
        <translation>شمارهٔ نخستین بسته نامعتبر است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from_sequence must be at least 1</source>
        <translation>شمارهٔ آغاز (from_sequence) باید دست‌کم ۱ باشد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by the pinned center key</source>
        <translation>با کلید ثبت‌شدهٔ مرکز امضا نشده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable list</source>
        <translation>فهرست خوانا نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not encodable: {kind}</source>
        <translation>به متن JSON درنمی‌آید{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not allowed</source>
        <translation>مقدار {name} مجاز نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer too long</source>
        <translation>عدد صحیح بیش از اندازه بلند است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integer outside int64</source>
        <translation>عدد صحیح از بازهٔ مجاز بیرون است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number too long</source>
        <translation>عدد بیش از اندازه بلند است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number is not finite</source>
        <translation>عدد متناهی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested deeper than {depth}</source>
        <translation>تودرتویی متن از {depth} لایه بیشتر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bytes</source>
        <translation>داده از نوع بایت نیست</translation>
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
        <translation>این بخش در بستهٔ پیشرفت جایی ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing part</source>
        <translation>این بخش در بسته نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than {limit} bytes (a province cuts at most {cut} bytes of changes into one bundle)</source>
        <translation>از {limit} بایت بزرگ‌تر است (هر استان دست‌بالا {cut} بایت از تغییرات را در یک بسته می‌گذارد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than {limit} bytes (a province cuts at most {cut} bytes of indicators into one bundle)</source>
        <translation>از {limit} بایت بزرگ‌تر است (هر استان دست‌بالا {cut} بایت از شاخص‌ها را در یک بسته می‌گذارد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than {limit} bytes</source>
        <translation>از {limit} بایت بزرگ‌تر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {changes: [...]}</source>
        <translation>به شکل {changes: [...]} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {limit} changes (a province cuts at most {cut} changes into one bundle)</source>
        <translation>بیش از {limit} تغییر دارد (هر استان دست‌بالا {cut} تغییر را در یک بسته می‌گذارد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid change entry</source>
        <translation>یکی از تغییرها نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid or repeated change id</source>
        <translation>شناسهٔ یکی از تغییرها نامعتبر یا تکراری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change {change}: a value that is not an object</source>
        <translation>تغییر {change}: مقداری که شیء نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change {change}: {table} row {row}, field {field}: {problem}</source>
        <translation>تغییر {change}: جدول {table}، ردیف {row}، فیلد {field}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {months: [...], rows: [...]}</source>
        <translation>به شکل {months: [...], rows: [...]} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a month that is not an integer month index</source>
        <translation>ماهی که شمارهٔ ماه درستی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row outside the listed months</source>
        <translation>ردیفی بیرون از ماه‌های فهرست‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>شیء نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {snapshots: [...]}</source>
        <translation>به شکل {snapshots: [...]} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid snapshot entry</source>
        <translation>یکی از ارقام ثبت‌شدهٔ دوره‌ها نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the figures of {period} do not match their hash</source>
        <translation>ارقام دورهٔ {period} با چکیدهٔ آن نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not {periods: [...]}</source>
        <translation>به شکل {periods: [...]} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid period entry</source>
        <translation>یکی از دوره‌ها نامعتبر است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an integer</source>
        <translation>عدد صحیح نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of range</source>
        <translation>از بازهٔ مجاز بیرون است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not above 0</source>
        <translation>بیشتر از ۰ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not between 0 and 100</source>
        <translation>میان ۰ و ۱۰۰ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not text</source>
        <translation>متن نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date</source>
        <translation>تاریخ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a timestamp</source>
        <translation>زمان معتبری نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer than {count} characters</source>
        <translation>از {count} نویسه بلندتر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not one of {choices}</source>
        <translation>یکی از {choices} نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change id {change} was applied in an earlier bundle</source>
        <translation>تغییر با شناسهٔ {change} در بسته‌ای پیشین اعمال شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the center&apos;s tables do not take the content: {kind}</source>
        <translation>جدول‌های مرکز محتوای بسته را نمی‌پذیرند{kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} must have exactly the fields {fields}</source>
        <translation>{what} باید درست فیلدهای {fields} را داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be non-empty text</source>
        <translation>{what} باید متنی ناتهی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be text</source>
        <translation>{what} باید متن باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a number</source>
        <translation>{what} باید عدد باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a date YYYY-MM-DD</source>
        <translation>{what} باید تاریخی به شکل YYYY-MM-DD باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a list</source>
        <translation>{what} باید فهرست باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated activity code</source>
        <translation>کد یک فعالیت تکراری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated program code</source>
        <translation>کد یک برنامهٔ عملیاتی تکراری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated deadline code</source>
        <translation>کد یک مهلت تکراری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an activity finishes before it starts</source>
        <translation>پایان یک فعالیت پیش از آغاز آن است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight must be positive and at most {limit}</source>
        <translation>وزن باید بیشتر از صفر و حداکثر {limit} باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown indicator {indicator}</source>
        <translation>شاخص {indicator} شناخته نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated indicator target</source>
        <translation>هدف یک شاخص تکراری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a directive must carry at least one program, target or deadline</source>
        <translation>ابلاغیه باید دست‌کم یک برنامه، هدف یا مهلت داشته باشد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>برنامهٔ عملیاتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an indicator target</source>
        <translation>هدف شاخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the directives</source>
        <translation>ابلاغیه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other content</source>
        <translation>محتوای دیگری دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an older sequence</source>
        <translation>شمارهٔ آن از آخرین ابلاغیه کمتر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its previous hash is not the last directive&apos;s</source>
        <translation>چکیدهٔ پیشین آن با آخرین ابلاغیه نمی‌خواند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected parts</source>
        <translation>بخش‌های ناخواسته دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directive {sequence} is not the file the listing names</source>
        <translation>ابلاغیهٔ {sequence} همان فایلی نیست که فهرست نام برده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a signed listing</source>
        <translation>فهرست امضاشده نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not verify with the pinned center key</source>
        <translation>امضا با کلید ثبت‌شدهٔ مرکز تأیید نمی‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable body</source>
        <translation>متن فهرست خوانا نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a listing for another request</source>
        <translation>فهرست پاسخ درخواست دیگری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable time</source>
        <translation>زمان فهرست خوانا نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dated in the future</source>
        <translation>تاریخ آن در آینده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invalid entry</source>
        <translation>یکی از سطرهای فهرست نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many entries</source>
        <translation>سطرهای فهرست بیش از اندازه است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an empty passphrase is not allowed</source>
        <translation>عبارت عبور خالی پذیرفته نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path}: {detail}</source>
        <translation>فایل {path} خوانده نشد{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a supported key file</source>
        <translation>{path} فایل کلیدی از نوع پشتیبانی‌شده نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keyring did not keep the key</source>
        <translation>جاکلیدی سیستم کلید را نگه نداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key in the keyring is damaged</source>
        <translation>کلید درون جاکلیدی سیستم آسیب دیده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring: {kind}</source>
        <translation>جاکلیدی سیستم خطا داد{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file needs a passphrase</source>
        <translation>فایل کلید عبارت عبور می‌خواهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no public key found</source>
        <translation>کلید عمومی یافت نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable public key</source>
        <translation>کلید عمومی خوانا نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an Ed25519 public key</source>
        <translation>کلید عمومی از نوع Ed25519 نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key id does not match the key</source>
        <translation>شناسهٔ کلید با خود کلید نمی‌خواند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a later bundle is acknowledged</source>
        <translation>رسید بسته‌ای پسین‌تر پیش‌تر رسیده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence</source>
        <translation>شمارهٔ بسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file hash</source>
        <translation>چکیدهٔ فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not JSON</source>
        <translation>متن JSON نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a list</source>
        <translation>فهرست نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bundles in one page</source>
        <translation>{count} بسته در یک صفحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry after bundle {sequence}</source>
        <translation>سطر پس از بستهٔ {sequence} نامعتبر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {count} MiB of bundles</source>
        <translation>بسته‌ها روی هم از {count} مگابایت بیشتر است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not connect: {detail}</source>
        <translation>اتصال برقرار نشد{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time: {detail}</source>
        <translation>پاسخی در مهلت نرسید{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network error: {detail}</source>
        <translation>خطای شبکه{detail}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="+66"/>
        <location filename="../desktop/ui/pages/sync_ways_out.py" line="+52"/>
        <source>Send now</source>
        <translation>ارسال اکنون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to folder…</source>
        <translation>خروجی در پوشه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import receipts…</source>
        <translation>وارد کردن رسیدها…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the chain up to date from a folder…</source>
        <translation>به‌روز کردن زنجیره از پوشه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cut the refused changes again…</source>
        <translation>بریدن دوباره تغییرات ردشده…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../desktop/ui/pages/sync_ways_out.py" line="+167"/>
        <source>Send to center</source>
        <translation>ارسال به مرکز</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundles</source>
        <translation>بسته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directives from the center</source>
        <translation>ابلاغیه‌های مرکز</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your role does not send to the center; a secretary does.</source>
        <translation>نقش شما ارسال به مرکز نیست؛ دبیر ارسال می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the province&apos;s signing key first (above).</source>
        <translation>نخست کلید امضای استان را بسازید (بالاتر).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin the center&apos;s key first (above).</source>
        <translation>نخست کلید مرکز را وارد کنید (بالاتر).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the center&apos;s address first (above).</source>
        <translation>نخست نشانی مرکز را ذخیره کنید (بالاتر).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_banner.py" line="+39"/>
        <source>The center refused bundle {sequence} for good: {reason} Nothing after it is sent until it is cut again: press «Cut the refused changes again», then Send now. No change is lost and the chain stays whole.</source>
        <translation>مرکز بسته {sequence} را برای همیشه رد کرد: {reason} تا آن دوباره بریده نشود، هیچ بسته‌ای پس از آن فرستاده نمی‌شود: «بریدن دوباره تغییرات ردشده» و سپس «ارسال اکنون» را بزنید. هیچ تغییری از دست نمی‌رود و زنجیره کامل می‌ماند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database was restored from a backup. Before anything is sent, its bundle chain is taken back from the center: press Send now (online), or bring it up to date from the folder the center exported.</source>
        <translation>این پایگاه داده از نسخه پشتیبان بازگردانی شده است. پیش از هر ارسال، زنجیره بسته‌های آن از مرکز بازگرفته می‌شود: «ارسال اکنون» را بزنید (برخط)، یا آن را از پوشه‌ای که مرکز فرستاده به‌روز کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every bundle has been acknowledged; the last receipt came on {when}.</source>
        <translation>همه بسته‌ها تأیید شده‌اند؛ آخرین رسید در {when} رسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been sent to the center yet.</source>
        <translation>هنوز چیزی به مرکز فرستاده نشده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} bundle(s) waiting for the center.</source>
        <translation>{count} بسته در انتظار مرکز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next automatic attempt: {when}.</source>
        <translation>تلاش خودکار بعدی: {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are changes not yet in a bundle; sending or exporting puts them in one.</source>
        <translation>تغییراتی هست که هنوز در بسته‌ای نیامده‌اند؛ ارسال یا گرفتن خروجی آن‌ها را در یک بسته می‌گذارد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No directive listing signed by the center has been received yet; Send now asks for it.</source>
        <translation>هنوز هیچ فهرست ابلاغیهٔ امضاشده‌ای از مرکز دریافت نشده است؛ «ارسال اکنون» آن را درخواست می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest directive listing signed by the center is {days} day(s) old (more than {limit}): directives may be held back from this province. Send now asks again.</source>
        <translation>تازه‌ترین فهرست ابلاغیهٔ امضاشدهٔ مرکز {days} روز پیش است (بیش از {limit} روز): ممکن است ابلاغیه‌ها به این استان نرسند. «ارسال اکنون» دوباره درخواست می‌کند.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="+15"/>
        <source>Sending to the center…</source>
        <translation>در حال ارسال به مرکز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending to the center (automatic retry)…</source>
        <translation>در حال ارسال به مرکز (تلاش دوباره خودکار)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the bundles…</source>
        <translation>در حال نوشتن بسته‌ها…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_ways_out.py" line="-166"/>
        <source>Sending was cancelled.</source>
        <translation>ارسال لغو شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent {sent}: acknowledged {acknowledged}, rejected {rejected}.</source>
        <translation>{sent} بسته فرستاده شد: {acknowledged} تأیید شده، {rejected} رد شده.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center refused bundle {sequence} for good; see the notice above.</source>
        <translation>مرکز بسته {sequence} را برای همیشه رد کرد؛ هشدار بالای صفحه را ببینید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center did not take the bundle now ({reason}); it is sent again at {when}.</source>
        <translation>مرکز اکنون بسته را نپذیرفت ({reason})؛ در {when} دوباره فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} The next attempt is at {when}.</source>
        <translation>{reason} تلاش بعدی در {when} است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center could not be reached or its answer could not be verified; the next attempt is at {when}.</source>
        <translation>به مرکز دسترسی نبود یا پاسخ آن وارسی‌پذیر نبود؛ تلاش بعدی در {when} است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent before that: {sent}.</source>
        <translation>فرستاده‌شده پیش از آن: {sent}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was due to send.</source>
        <translation>بسته‌ای برای ارسال نبود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the bundles to a folder</source>
        <translation>خروجی بسته‌ها در یک پوشه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to folder</source>
        <translation>خروجی در پوشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled; the files already written are complete and verified.</source>
        <translation>گرفتن خروجی لغو شد؛ فایل‌هایی که تاکنون نوشته شده‌اند کامل و وارسی‌شده‌اند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bundle is waiting; nothing was written.</source>
        <translation>بسته‌ای در انتظار نیست؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} bundle(s) written to {path} and read back to check them.</source>
        <translation>{count} بسته در {path} نوشته و برای بررسی دوباره خوانده شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder the center exported</source>
        <translation>پوشه‌ای که مرکز فرستاده است</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring the chain up to date</source>
        <translation>به‌روز کردن زنجیره</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} confirmed.</source>
        <translation>زنجیره بسته‌ها با مرکز هماهنگ شد: {taken} بسته بازگرفته شد و {confirmed} بسته تأیید شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row(s) the center holds differ from this database (changes the restore lost): the next bundle corrects them at the center.</source>
        <translation>{count} ردیفی که مرکز نگه داشته با این پایگاه داده یکسان نیست (تغییرهایی که با بازگردانی نسخه پشتیبان از دست رفت): بسته بعدی آن‌ها را در مرکز اصلاح می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center holds the rows of the bundles taken back as this database has them: nothing to correct.</source>
        <translation>ردیف‌های بسته‌های بازگرفته در مرکز همان است که در این پایگاه داده هست: چیزی برای اصلاح نیست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cut the refused changes again</source>
        <translation>بریدن دوباره تغییرات ردشده</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The refused bundle and the later ones the center has not acknowledged are removed, and their changes go into a new bundle the next time you send. Go on?</source>
        <translation>بسته ردشده و بسته‌های پس از آن که مرکز رسیدشان را نداده است برداشته می‌شوند و تغییرات آن‌ها در بار بعدی ارسال در بسته‌ای تازه می‌رود. ادامه می‌دهید؟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{removed} bundle(s) removed; their changes go into the next bundle, after bundle {head}.</source>
        <translation>{removed} بسته برداشته شد؛ تغییرات آن‌ها در بسته بعدی، پس از بسته {head}، می‌رود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The center holds another bundle at that place: the next send first takes the center&apos;s chain back.</source>
        <translation>مرکز در همین جای زنجیره بسته دیگری دارد: ارسال بعدی نخست زنجیره مرکز را بازپس می‌گیرد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The center&apos;s receipts</source>
        <translation>رسیدهای مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts (*.rasad-receipt *.receipt);;All files (*)</source>
        <translation>رسیدها (*.rasad-receipt *.receipt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import receipts</source>
        <translation>وارد کردن رسیدها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: پذیرفته نشد — {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: bundle {sequence} — {state}</source>
        <translation>{file}: بسته {sequence} — {state}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="+42"/>
        <source>Bundle</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut on</source>
        <translation>زمان ساخت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>تلاش بعدی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged on</source>
        <translation>زمان تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../desktop/ui/sync_text.py" line="+24"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>فرستاده شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>تأیید شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by the center</source>
        <translation>نگه‌داشته در مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken yet; sent again</source>
        <translation>هنوز پذیرفته نشده؛ دوباره فرستاده می‌شود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The center is waiting for bundle {sequence} first.</source>
        <translation>مرکز نخست منتظر بسته {sequence} است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center already has a different bundle with this identifier.</source>
        <translation>مرکز پیش‌تر بسته دیگری با همین شناسه دریافت کرده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center has already applied another bundle {sequence} (its last is {last}); this database may have been restored from an old copy.</source>
        <translation>مرکز پیش‌تر بسته دیگری با شماره {sequence} را اعمال کرده است (آخرین بسته: {last})؛ شاید این پایگاه داده از یک نسخه قدیمی بازگردانی شده باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle does not follow bundle {sequence} that the center applied.</source>
        <translation>این بسته در پی بسته {sequence} که مرکز اعمال کرده نمی‌آید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The center already holds another bundle {sequence}.</source>
        <translation>مرکز بسته دیگری با شماره {sequence} را نگه داشته است.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{count} day(s) without a receipt from the center</source>
        <translation>{count} روز بدون رسید از مرکز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} hour(s) without a receipt from the center</source>
        <translation>{count} ساعت بدون رسید از مرکز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less than an hour without a receipt from the center</source>
        <translation>کمتر از یک ساعت بدون رسید از مرکز</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../desktop/domain/table_labels.py" line="-108"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline from the center</source>
        <translation>مهلت ابلاغی مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district</source>
        <translation>حوزه قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District comment</source>
        <translation>نظر حوزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver project</source>
        <translation>پروژه پیشران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>فایل مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics import</source>
        <translation>ورود اطلاعات آماری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator target</source>
        <translation>هدف شاخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council meeting</source>
        <translation>جلسه شورا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting attendee</source>
        <translation>حاضر جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational program</source>
        <translation>برنامه عملیاتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational unit</source>
        <translation>واحد سازمانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period approval</source>
        <translation>تأیید دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence of progress</source>
        <translation>مستند پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress report</source>
        <translation>گزارش پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence of a resolution</source>
        <translation>مستند مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution follow-up</source>
        <translation>پیگیری مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution</source>
        <translation>راهکار</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../desktop/ui/pages/indicator_trend.py" line="+86"/>
        <source>Loading the trend…</source>
        <translation>در حال بارگذاری روند…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incomplete, or only through {month}</source>
        <translation>ناقص، یا فقط تا پایان {month}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trend of {unit}</source>
        <translation>روند {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold</source>
        <translation>حد مطلوب</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>incomplete data</source>
        <translation>دادهٔ ناقص</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../desktop/ui/pages/users.py" line="+69"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial district</source>
        <translation>حوزه قضایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>قفل تا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a user…</source>
        <translation>افزودن کاربر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the password…</source>
        <translation>بازنشانی گذرواژه…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reset the password of {user}</source>
        <translation>بازنشانی گذرواژه {user}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password</source>
        <translation>گذرواژه تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password was reset.</source>
        <translation>گذرواژه بازنشانی شد.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/domain/jalali.py" line="-152"/>
        <source>Enter a Jalali date such as 1403/02/05.</source>
        <translation>تاریخ شمسی را به شکل ۱۴۰۳/۰۲/۰۵ وارد کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} is not a real Jalali date.</source>
        <translation>{date} تاریخ شمسی معتبری نیست.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&apos;{code}&apos; is not a period code such as 1403-07, 1403-Q2, 1403-H1 or 1403.</source>
        <translation>«{code}» کد دوره معتبری نیست؛ نمونه‌های معتبر: 1403-07، 1403-Q2، 1403-H1 یا 1403.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/meetings.py" line="+27"/>
        <location filename="../desktop/domain/planning.py" line="+78"/>
        <source>A date is required.</source>
        <translation>وارد کردن تاریخ الزامی است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting cannot be recorded for a future date.</source>
        <translation>جلسه را نمی‌توان با تاریخ آینده ثبت کرد.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The deadline must not be before the meeting date.</source>
        <translation>مهلت نباید پیش از تاریخ جلسه باشد.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A completed resolution needs its completion date.</source>
        <translation>برای مصوبه انجام‌شده، تاریخ انجام را وارد کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The completion date must not be before the meeting date.</source>
        <translation>تاریخ انجام نباید پیش از تاریخ جلسه باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The completion date must not be in the future.</source>
        <translation>تاریخ انجام نباید در آینده باشد.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/organisation.py" line="-144"/>
        <source>A code is required.</source>
        <translation>وارد کردن کد الزامی است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/imports/validation.py" line="+39"/>
        <source>A code may have at most {max} characters.</source>
        <translation>کد حداکثر می‌تواند {max} نویسه داشته باشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A code may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>کد فقط می‌تواند شامل حروف، ارقام، «-» و «_» باشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name is required.</source>
        <translation>وارد کردن نام الزامی است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name may have at most {max} characters.</source>
        <translation>نام حداکثر می‌تواند {max} نویسه داشته باشد.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;{value}&apos; is not a known unit type.</source>
        <translation>«{value}» نوع واحد شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&apos;{value}&apos; is not a known unit kind.</source>
        <translation>«{value}» نوع واحد سازمانی شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/planning.py" line="-109"/>
        <source>&apos;{value}&apos; is not a solution term.</source>
        <translation>«{value}» افق زمانی معتبری برای راهکار نیست.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This field must not be empty.</source>
        <translation>این فیلد نباید خالی باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text may have at most {max} characters.</source>
        <translation>این متن حداکثر می‌تواند {max} نویسه داشته باشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>«{value}» has a comma that does not separate thousands: write a decimal with a decimal point, «٫» or «.», as in 12.5.</source>
        <translation>«{value}» ویرگولی دارد که جداکنندهٔ هزارگان نیست: عدد اعشاری را با ممیز «٫» یا «.» بنویسید، مانند ۱۲٫۵.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«{value}» has a space that does not separate thousands (a space may stand only before each group of three digits, as in 1 234): enter one number.</source>
        <translation>«{value}» فاصله‌ای دارد که جداکنندهٔ هزارگان نیست (فاصله تنها پیش از هر گروه سه‌رقمی می‌آید، مانند ‪۱ ۲۳۴‬): یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Weight must be greater than zero.</source>
        <translation>وزن باید بزرگ‌تر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight must be at most {limit}: weights count relative to their siblings&apos;, so 3 and 1 weigh as 300 and 100 do.</source>
        <translation>وزن باید حداکثر {limit} باشد: وزن‌ها نسبت به وزن هم‌ردیف‌ها سنجیده می‌شوند، پس ۳ و ۱ همان وزنی را دارند که ۳۰۰ و ۱۰۰.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent must be between 0 and 100.</source>
        <translation>درصد باید بین ۰ و ۱۰۰ باشد.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The planned finish must not be before the start.</source>
        <translation>پایان برنامه‌ریزی‌شده نباید پیش از شروع باشد.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Progress cannot be reported for a future date.</source>
        <translation>پیشرفت را نمی‌توان برای تاریخ آینده گزارش کرد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress cannot be reported for a day before the year 1370.</source>
        <translation>پیشرفت را نمی‌توان برای روزی پیش از سال ۱۳۷۰ ثبت کرد.</translation>
    </message>
    <message>
        <location filename="../desktop/meetings/service.py" line="-211"/>
        <source>The meeting number must be positive.</source>
        <translation>شماره جلسه باید عددی مثبت باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another meeting already has the number {number}.</source>
        <translation>شماره {number} پیش‌تر به جلسه دیگری داده شده است.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>A deadline is required.</source>
        <translation>تعیین مهلت الزامی است.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A follow-up note cannot be dated in the future.</source>
        <translation>تاریخ یادداشت پیگیری نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <location filename="../desktop/organisation/service.py" line="-62"/>
        <source>This database has user accounts: changes are recorded under the name of the account that makes them, changed on the Users page or with “accounts change” (by the secretary; a chief justice&apos;s account by a chief justice).</source>
        <extracomment>Why the profile&apos;s user name is not changed once accounts exist.</extracomment>
        <translation>این پایگاه داده حساب کاربری دارد: هر تغییر به نام حسابی که آن را انجام می‌دهد ثبت می‌شود. این نام در صفحهٔ «کاربران» یا با «accounts change» تغییر می‌کند (به دست دبیر شورا؛ نام حساب رئیس کل دادگستری به دست رئیس کل دادگستری).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>There is no judicial district with the code {code}.</source>
        <translation>هیچ حوزهٔ قضایی با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location filename="../desktop/ui/setup_wizard.py" line="-30"/>
        <source>Enter at least one judicial district.</source>
        <translation>دست‌کم یک حوزه قضایی وارد کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <location filename="../desktop/planning/codes.py" line="+35"/>
        <location filename="../desktop/ui/setup_wizard.py" line="+8"/>
        <source>The code {code} is already in use.</source>
        <translation>کد {code} پیش‌تر استفاده شده است.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/activity_edits.py" line="+108"/>
        <source>An activity cannot be its own parent.</source>
        <translation>یک فعالیت نمی‌تواند زیرفعالیت خودش باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent activity must belong to the same operational program.</source>
        <translation>فعالیت والد باید به همان برنامه عملیاتی تعلق داشته باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An activity cannot be placed under one of its own sub-activities.</source>
        <translation>یک فعالیت را نمی‌توان زیر یکی از زیرفعالیت‌های خودش قرار داد.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/progress.py" line="+81"/>
        <source>Progress is reported on the lowest-level activities; this activity&apos;s progress is computed from its sub-activities.</source>
        <translation>پیشرفت برای فعالیت‌های پایین‌ترین سطح گزارش می‌شود؛ پیشرفت این فعالیت از زیرفعالیت‌هایش محاسبه می‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicators/office_hours.py" line="+22"/>
        <source>Office hours of {day} must be two times such as 07:30 and 14:30.</source>
        <translation>ساعات اداری {day} باید دو زمان مانند ۰۷:۳۰ و ۱۴:۳۰ باشد.</translation>
    </message>
    <message>
        <location filename="../desktop/accounts/rules.py" line="+61"/>
        <source>Another account already has the user name {login}.</source>
        <translation>نام کاربری {login} از آنِ حساب دیگری است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account already has this name; the change log tells users apart by it.</source>
        <translation>حساب دیگری همین نام را دارد؛ سابقهٔ تغییرات کاربران را با نامشان از هم جدا می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the judicial district this district head is responsible for.</source>
        <translation>حوزهٔ قضایی‌ای را که این رئیس حوزه مسئول آن است برگزینید.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/signin.py" line="+42"/>
        <source>A user name has {min} to {max} characters and no spaces.</source>
        <translation>نام کاربری باید {min} تا {max} نویسه و بدون فاصله باشد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A password needs at least {min} characters.</source>
        <translation>گذرواژه دست‌کم {min} نویسه لازم دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most {max} characters.</source>
        <translation>گذرواژه حداکثر {max} نویسه می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not contain the user name.</source>
        <translation>گذرواژه نباید نام کاربری را در خود داشته باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password repeats too few characters; use at least {min} different ones.</source>
        <translation>گذرواژه نویسه‌های گوناگون کمی دارد؛ دست‌کم {min} نویسهٔ متفاوت به کار ببرید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This password is one of the first ones people try; choose another.</source>
        <translation>این گذرواژه از نخستین گذرواژه‌هایی است که امتحان می‌شوند؛ گذرواژهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/service.py" line="-55"/>
        <source>None of the provinces this account may see is registered: there is nothing to report.</source>
        <translation>هیچ‌یک از استان‌هایی که این حساب می‌تواند ببیند در مرکز ثبت نشده است: چیزی برای گزارش نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center has no registered province yet: there is nothing to report.</source>
        <translation>هنوز هیچ استانی در مرکز ثبت نشده است: چیزی برای گزارش نیست.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/reports/service.py" line="-49"/>
        <source>This report covers a half-year, such as 1404-H1.</source>
        <translation>این گزارش برای یک نیم‌سال است، مانند 1404-H1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose PDF or Excel.</source>
        <translation>PDF یا اکسل را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/service.py" line="+1"/>
        <source>This report covers a quarter, such as 1404-Q2.</source>
        <translation>این گزارش برای یک سه‌ماهه است، مانند 1404-Q2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report covers a month, such as 1404-07.</source>
        <translation>این گزارش برای یک ماه است، مانند 1404-07.</translation>
    </message>
    <message>
        <location filename="../desktop/center/report/service.py" line="-79"/>
        <location filename="../desktop/reports/service.py" line="+3"/>
        <source>{period} has not begun yet (it begins on {start}): there is nothing to report.</source>
        <translation>{period} هنوز آغاز نشده است (از {start} آغاز می‌شود): چیزی برای گزارش نیست.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/reports/formats.py" line="+16"/>
        <source>Save the report as a .pdf or .xlsx file, not {name}.</source>
        <translation>گزارش را به صورت فایل .pdf یا .xlsx ذخیره کنید، نه {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/approval.py" line="+55"/>
        <source>Give a reason (up to {max} characters).</source>
        <translation>دلیل را بنویسید (حداکثر {max} نویسه).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a month or a half-year is submitted for approval.</source>
        <translation>فقط یک ماه یا یک نیم‌سال برای تأیید فرستاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/users.py" line="-123"/>
        <location filename="../desktop/ui/setup_wizard.py" line="+40"/>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <location filename="../desktop/comments/service.py" line="+19"/>
        <source>Write the comment first.</source>
        <translation>نخست متن نظر را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment may have at most {limit} characters.</source>
        <translation>نظر حداکثر می‌تواند {limit} نویسه داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments are on a month; {period} is not a month.</source>
        <translation>نظر برای یک ماه ثبت می‌شود؛ {period} ماه نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no judicial district with code {code}.</source>
        <translation>حوزه قضایی با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/emblem.py" line="+72"/>
        <source>{file} is not a file.</source>
        <translation>{file} یک فایل نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>The emblem {file} is {size} KB; an emblem may be at most {limit} KB.</source>
        <translation>حجم نشان {file} برابر {size} کیلوبایت است؛ نشان حداکثر می‌تواند {limit} کیلوبایت باشد.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The emblem file {file} does not exist.</source>
        <translation>فایل نشان {file} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The emblem file {file} could not be read ({reason}).</source>
        <translation>فایل نشان {file} خوانده نشد ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emblem {file} is not a PNG or JPEG picture, or the picture is damaged.</source>
        <translation>نشان {file} تصویر PNG یا JPEG نیست، یا تصویر آسیب دیده است.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The emblem {file} is {width}×{height} pixels; each side must be between {least} and {most} pixels.</source>
        <translation>اندازه نشان {file} برابر {width}×{height} پیکسل است؛ هر ضلع باید بین {least} و {most} پیکسل باشد.</translation>
    </message>
    <message>
        <location filename="../desktop/planning/sub_activities.py" line="+27"/>
        <source>Activity «{code} {title}» has its own progress reports ({count}, the latest {percent}% on {day}). A sub-activity under it would hide them: an activity with sub-activities is measured by them alone. To divide it, add a new activity beside it with its weight and dates, move «{code}» under the new one (its reports go with it), and add the other sub-activities there.</source>
        <translation>فعالیت «{code} {title}» گزارش‌های پیشرفت خودش را دارد ({count} گزارش، آخرین آن {percent}٪ در تاریخ {day}). زیرفعالیتی زیر آن این گزارش‌ها را پنهان می‌کند: فعالیتی که زیرفعالیت دارد تنها با زیرفعالیت‌هایش سنجیده می‌شود. برای تقسیم آن، فعالیت تازه‌ای با همان وزن و تاریخ‌ها در کنار آن بیفزایید، «{code}» را (با گزارش‌هایش) زیر فعالیت تازه ببرید و زیرفعالیت‌های دیگر را همان‌جا بیفزایید.</translation>
    </message>
</context>
<context>
    <name>_TablePage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="-241"/>
        <source>Add row</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>حذف ردیف</translation>
    </message>
</context>
</TS>
