<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ActionOps</name>
    <message>
        <source>Change an action&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an action&apos;s due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished">किन बातों पर सहमति हुई</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{own} · ledger: {ledger}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commitment in someone&apos;s name; give it a status or a due date to follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due {0} and not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions and commitments</source>
        <translation>कार्य और प्रतिबद्धताएं</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished">प्रतिबद्धताएँ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (a:) and commitments (m:) are taken down in the Live section. Double-click or press F2 to edit a cell; Ctrl+Enter marks the chosen row done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow in the &amp;ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the chosen action in the commitments ledger (Visits), across meetings, until it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In the ledger: see Visits ▸ Commitments ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>An agenda item has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item title can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of agenda item: {0}. Known kinds: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown interpretation mode: {0}. Use one of: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track name can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting can have days 1 to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time is a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time must be between 0 and {0} minutes, not {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a time of day as HH:MM, such as 12:30, not &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is in a breakout track and cannot have a fixed time; fix the block&apos;s first item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move changes only an item&apos;s day and place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakout or caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-visit debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda template {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another meeting to copy the agenda from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting has no agenda to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agenda is empty; add items before saving it as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &apos;{0}&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be saved in {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day}: &apos;{title}&apos; runs {minutes} min into &apos;{fixed}&apos;, fixed at its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} is after the meeting&apos;s last day; move its items or extend the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} runs {minutes} min past its end, from &apos;{title}&apos; on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaCalendar</name>
    <message>
        <source>Led by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel group: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaChecks</name>
    <message>
        <source>Agenda warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.0%} discussion and worker voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}: {1}–{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0} has {1:.0%} discussion and worker-voice time, under {2:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items, apply a template or copy the agenda of an earlier meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* counts as discussion and worker voice (breaks and meals are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overruns, clashes with fixed times or imbalance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaClock</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} starts the first agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no agenda yet: add items in the Agenda section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0} ({1} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused; {0} resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Day: %n min behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day: %n min ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day: on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, empty for none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>तय</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs into a fixed-time item that follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends after the day&apos;s end time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaOps</name>
    <message>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change day hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPdf</name>
    <message>
        <source>Languages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House Rule: what is said may be used, but not who said it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local to the meeting: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>(fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel group: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times include the extra time that consecutive interpretation takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <source>Consecutive &amp;interpretation stretches items by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;discussion and worker-voice time per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items, {0} min planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s items are added at the end of the agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen meeting&apos;s agenda is added at the end of this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &apos;{0}&apos; exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the printable agenda to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the calendar to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anonymity</name>
    <message>
        <source>Participant (group withheld)</source>
        <translation>प्रतिभागी (समूह गुप्त)</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>अनाम प्रतिभागी</translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Restore the backup {1} now? The damaged file is kept in the backups folder as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator is already open on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>Facilitator cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator ran into an unexpected problem: {0}

Everything you entered before this was saved as you made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {0}. That log records only where in the program the problem happened: no names, notes or other text you entered, so you can send it to whoever helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator found damage in its database ({0}). Stop entering data, close the window and restore the newest backup (File ▸ Restore from backup…, or &apos;facilitator restore&apos;). Earlier backups are kept; no backup is made of the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the delegation (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded at {0}, with what was heard as the consent given allows. Keep it within the delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and commitments, and what was heard counted per risk, without words, languages, places or small groups, and only photos with nobody in them: no worker can be identified. Of the checklist&apos;s notes, only those ticked for the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Unknown balance setting: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert window must be between 1 and 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dominance alert must be between 20% and 100% of talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The under-representation alert must be between 0 and 1 times the expected share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected shares follow headcount, equal groups or custom targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target share cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance index: 1 when each group&apos;s talk matches its expected share, falling towards 0 as one group takes the talk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>This item is meant for {groups}, who hold only {share:.0%} of the talk in the last {minutes} minutes: give them the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {share:.0%} of the talk in the last {minutes} minutes (alert above {limit:.0%}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: only {share} of the talk, under its alert level of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk per stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp.: expected share of talk · Gap: share minus expected, in points · Interp.: interpretation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance {0} overall · {1} this item (1 = as expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested next voice: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>और {0} अन्य</translation>
    </message>
    <message>
        <source>Not yet heard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk {0} · interpretation {1} · procedural {2} · silence {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceSettingsDialog</name>
    <message>
        <source>Balance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By headcount present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when one group holds more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the talk in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when a group&apos;s share is below (times expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected share per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom target: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished">विषय</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>To supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Ticked, the supplier&apos;s report carries this note too; unticked, only the internal report does (S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach ph&amp;oto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1 observed · 2 partly · 3 not observed · 4 not seen · 0 clear · F2 note · S note to the supplier or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make fin&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding from the chosen item, answered not observed or partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an item answered “not observed” or “partly” points to a finding: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>A checklist template needs a title and a list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist can have at most {0} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each checklist item must be an object with a name and a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0}: a name (lower-case letters, digits, _) and a label are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two items are named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {name}: unknown answer type {kind}; use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist template {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist named {0} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural stone site (quarry, processing unit, cobble yard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers wear dust masks (FFP2 or better) while cutting, drilling or breaking stone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count who wears one at the moment you pass; a mask hanging around the neck does not count. Field studies found 72% of workers without PPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye protection is worn where chips fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiselling cobbles and dressing blocks throw splinters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helmets are worn in the pit and under loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling stone and swinging loads kill quarry workers every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety boots are worn, not sandals or bare feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crushed feet and toes are common where blocks are moved by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drilling and cutting are wet, or dust is extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a water line at the drill bit or the saw, and for dust settled on skin and hair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, sanitation and rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean drinking water is within reach of every work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask where the water comes from and who pays for it. 60% of sampled quarries lacked clean water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate, usable toilets for women and for men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the door: a locked or broken toilet is not a toilet. The lack of toilets is a particular problem for women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shed or shade for lunch and rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midday heat passes 45 °C in summer: the shade must hold every worker at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocked first-aid kit and someone who can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to see it; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers hold ID cards and are paid into their own bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TruStone checkpoint: without them wages are not registered. Ask whether the employer keeps the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wage register with piece rates, signed or thumb-printed by the workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare one line with what a worker says they were paid. Cash pay leaves no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advances and loans are written down, with their interest and repayments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwritten advances at 24-36% a year tie workers to a site. Ask off-site, never in front of the contractor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children are working or present at the work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &apos;not observed&apos; when you saw children at work. Children are told to hide on announced visits: look behind sheds and in nearby homes, and note whether the visit was announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours and rest days are kept to the legal limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask when the shift starts and whether Sunday is free; look at the attendance register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of workers seen at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rough count is enough; it puts the other answers in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>निवारण</translation>
    </message>
    <message>
        <source>Workers know a way to raise a complaint safely, outside the line of supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask two workers, apart from each other, whom they would go to; a phone number on a wall in a language they cannot read does not count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&apos;{0} --help&apos; shows how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, run and document multi-stakeholder roundtables, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding the database (default: the user data folder, or $FACILITATOR_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the interface, e.g. en or nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no language {0}: use {1} ({2} for documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a meeting&apos;s timed agenda, or export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a meeting&apos;s actions and commitments: owner, due date, status, item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting id or its first characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEETING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions or commitments in this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON with every item&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the agenda as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: day {0} has {1} discussion and worker-voice time, under {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the database to a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the copy (default: the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups that exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key file is beside it, {0}: keep the two together. The copy opens on another laptop with the passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the two versions of a text and decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict id or the first characters of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the shown text or the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the text in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be read as text: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shown text stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version replaces the shown text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged text replaces the shown text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision reaches the other laptops at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version, from {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are of someone not shown by name, and this command&apos;s output may leave the laptop: open File ▸ Conflicts to decide… in the window to compare them, and decide there, or here with --keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word by word ([-only in the shown text-] {+only in the other+}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this meeting&apos;s conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include conflicts decided already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what was edited on two laptops at once, to decide which version stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and decide with: facilitator conflict ID [--keep shown|other]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (or recovery key): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed here: set {0} or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data here yet: {0} has no Facilitator database. Run &apos;facilitator demo&apos; or open the window to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting while a backup is put back in {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {0} cannot be written, so its data is shown without any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the demo roundtable and print its meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a meeting&apos;s minutes (PDF, JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal (complete) or public (Chatham House Rule); default internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the labels: en, nl or hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, json or csv; default: as the file&apos;s name says, else pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up sheet of one stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issued version (its number or fingerprint), printed exactly as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House Rule: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public outputs show a group on its own from {0} people; smaller ones are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include archived meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only meetings whose title or place matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting matches &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet. Run &apos;facilitator demo&apos; to add the demo roundtable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue, amend and approve a meeting&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the minutes as they stand as the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue the next version with an amendment taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the amendment changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an approval or an amendment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who answered (a name or a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint on the signed printout (8+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the returned PDF or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment asked for, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list issued versions and their approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the reviewed minutes of an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda item&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new text (an empty text clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose which minutes a note appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note&apos;s id or its first characters, as &apos;notes&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default, internal or omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has agenda items 1 to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one of --summary, --information, --responses, --satisfied, --dissent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued version {0}, fingerprint {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for version {0}: {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of these minutes has been issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a meeting&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting id or the first characters of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import an invitation list from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE=GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a group value of the file as this stakeholder group (its id or label); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook sheet that holds the list; by default the first with a column for names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the importable rows; without it, only show the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the inclusion checks of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning counts everyone invited who has not declined; day counts those who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit with 1 when a blocker fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on this meeting&apos;s list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map-group needs VALUE=GROUP with a known group, e.g. &quot;SHG=RH_WOMEN_WORKER&quot;; got: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is read. The workbook has more sheets with rows: {others}; import each with --sheet NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} names the columns; what is above it is not imported (rows: {rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: column &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: column {0}, which has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: skipped: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: already in the register; merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group value &apos;{value}&apos; is not known (rows: {count}); map it with --map-group &quot;{value}=GROUP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ready} of {total} rows can be imported ({merged} merged with the register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list will be better protected, as the file asks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list will have the answer the file gives.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Better protected, as the file asks: %n already on the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {added} new, {merged} merged, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With the answer the file gives: %n already on the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {warnings} warnings, {advice} advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup back in place of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup file (see &apos;facilitator backup --list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore it; without this, only check the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the data {0} was made of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} passed its check. Run again with --yes to put it in place of {database}; the current database will be kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted and the data here is not: the data here will be encrypted first, with the key file that came with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data here is encrypted now: it opens with the passphrase and recovery key of the data the backup was made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was in place before is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open every screen offscreen on a throw-away copy of the demo and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>selftest: %n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>selftest: every screen opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking balance and timing of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance index {0} over the groups shown below (1 = talk follows the expected shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk {0} min, interpretation {1} min, procedural {2} min, silence {3} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group                          min  share  expected    gap  turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person                         min  share  turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item                    planned  actual  balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min behind plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min ahead of plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The day runs on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: {0} holds {1} of the talk in the last minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: {0} has only {1} of the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet heard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge with a sync folder or the central database, losing nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync folder (USB stick, share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the team passphrase from this environment variable (else it is asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the passphrase in this computer&apos;s keyring for this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it from the keyring again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team in the central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send this meeting (repeat for more); remembered for this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send every meeting not marked confidential (the default) from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a merge that deletes much of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how other laptops see this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable {0} is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable {0} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team passphrase with --passphrase-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt the database and its backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the recovery key to this file (a stick, not this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the database and its backups unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new recovery key (the old one stops working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm that the current recovery key was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key written to {0}: keep that file away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it away from this laptop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key back to confirm you kept it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside a terminal, give --recovery-key-file FILE to keep the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted: %n files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decrypted: %n files. The data is no longer encrypted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} opens the data; give the new passphrase in {1}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To apply it all the same, run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} segment(s) were refused; the rest was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and decide with: facilitator conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what has synced where, and what waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet. Start with: facilitator sync --folder DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every meeting not marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices, with the newest change held from each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential, sent only where chosen by name: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to decide: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting for what they refer to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a meeting&apos;s live session and mark the meeting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of “{0}” ended at {1}; the meeting is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk register of the site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation&apos;s name or first characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation here is called {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} names more than one organisation; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings heard where workers could be put at risk are shown only in the window and the internal visit reports.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the commitments ledger across meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this organisation&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the ledger as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the ledger as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow a meeting&apos;s action or commitment in the ledger until it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;facilitator actions&apos; shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation that keeps it, when no person owns the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a ledger entry to another status, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;facilitator ledger&apos; shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what shows it (Done needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it changed (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the later meeting that verified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the later visit that verified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a date such as 2024-02-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: for listing the ledger only; &apos;ledger {1}&apos; takes none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person owns this action; say which organisation keeps it: --owner ORG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person owns this action, and the ledger follows them; --owner is for an action no person owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ledger: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a meeting&apos;s notes: kind, item, attribution, tags, confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note as the Live line would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note, e.g. &quot;c: no masks at the cutting yard @Kamla Devi&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda&apos;s N-th item (default: the item being run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes in this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has items 1 to {0}; there is no item {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {kind}, about {about}, {level}{item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, during “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a date and time such as 2024-02-01T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, in the site&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end, in the site&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roundtable this visit prepares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarry, processing_unit, cobble_yard, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced, semi_announced or unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a checklist item of a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s name, such as toilets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNOUNCEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VILLAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed, partly, not_observed or not_seen; &apos;&apos; clears the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the supplier&apos;s report carries the note too; a note stays internal until chosen for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a conversation with workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stakeholder group, such as RH_WORKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held away from the work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group agreed to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group agreed to quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point in the note grammar, such as &apos;c: no toilet #WASH&apos; (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a finding of a checklist gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist item not or partly observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium, high or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn the findings of a meeting&apos;s visits into agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded conversation {0} with %n points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finding {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{groups} risks: {created} new agenda items, {edited} items given the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a visit report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit id or the first characters of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal (the delegation&apos;s record) or supplier (no worker can be identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list site visits, of one meeting or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this meeting&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the visits as a calendar for the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one visit: checklist, conversations, findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the one-page visit plan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist {answered}/{items}, conversations {talks}, findings {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: {conversations}, {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{risk}: {points}, from {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points heard</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window needs a screen, and none was found (no DISPLAY); the commands work without one: facilitator --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionChart</name>
    <message>
        <source>Composition per stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>उपस्थित रहे</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्टि की</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>* required; red when nobody is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through a representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicts to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to decide. Both laptops&apos; versions of every text agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text as it should read, from both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the shown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;shown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of &lt;b&gt;{1}&lt;/b&gt; was changed on two laptops at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now (the newer edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version, from {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Also written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literacy needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>बैठक के नियम</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">नाम</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">भूमिका</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished">गोपनीयता</translation>
    </message>
    <message>
        <source>Notes&apos; confidentiality by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes the note appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished">दुभाषिया</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished">हितधारक समूह</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected shares of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices it is meant for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation type="unfinished">कामकाज की भाषाएँ</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks as a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum discussion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance window (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of talk that dominates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert level of a group&apos;s talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest group shown on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum share of women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum share of rights-holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum share of the business side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum language coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished">महिलाएँ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished">पुरुष</translation>
    </message>
    <message>
        <source>Consent to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of retaliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why groups were absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation type="unfinished">साझा की गई जानकारी</translation>
    </message>
    <message>
        <source>Responses given</source>
        <translation type="unfinished">दिए गए जवाब</translation>
    </message>
    <message>
        <source>Satisfied with the response</source>
        <translation type="unfinished">जवाब से संतुष्ट</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished">असहमति</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation type="unfinished">नतीजे वापस बताना</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished">वितरण</translation>
    </message>
    <message>
        <source>Caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>यात्रा सहायता</translation>
    </message>
    <message>
        <source>Lost wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>बच्चों की देखभाल</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Facilitator does not know the records of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a conflict by its id or the first characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict starts with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one conflict starts with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merged text is needed to merge the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not merged by hand: keep the shown value or take the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was given, e.g. signed form, said aloud to the interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <source>Choose the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">दर्ज नहीं</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers may not have spoken freely with management there, and what they said may expose them. Hear them again off-site, without management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group consents to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group consents to quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of retaliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its points stay out of supplier-facing reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished">महिलाएँ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished">पुरुष</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPanel</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c: no toilet for women #WASH — Enter adds the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p: point · c: concern · q: question · &quot; quote (with consent) · #TAG a risk · no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make fin&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished">चिंता</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">सवाल</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished">उद्धरण</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>Choose the point the finding is made from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data folder {path} is read-only (a write-protected USB stick?). Copy the folder to this computer to work in it; the commands that only read, such as &apos;facilitator meetings&apos; and &apos;facilitator export&apos;, show its data as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened as a Facilitator database: {reason}. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Facilitator; update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is being set up by another Facilitator; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded before it can be read; open it once in a folder that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is in use (a sync or an export is running); try again once it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is being converted; try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}), so no backup was made of it; earlier backups are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in {path} did not pass its check ({problem}); it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full: even to be read, the data needs a little room beside it. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing of this change was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only here, so nothing can be changed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged. Nothing was saved; restore a backup with &apos;facilitator restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} could not be read or written (was a USB stick pulled out?). Nothing of this change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Facilitator database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short ({0} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short or its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup that passed its check is {backup}; put it back with: facilitator restore &quot;{backup}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup that passes its check was found; keep the file for whoever helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Facilitator did not write anything to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdits</name>
    <message>
        <source>Type the year first, with four digits: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year has no month {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1} has no day {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day has no hour {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour has no minute {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not fit here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayHoursDialog</name>
    <message>
        <source>Hours of each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}, after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0} lies after the meeting&apos;s last date: its items count once the meeting ends on that day (its end date is set in Overview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields use the meeting&apos;s start and end time ({0}–{1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Internal: shows individuals as entered; not for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other {0}</source>
        <translation>अन्य {0}</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>अन्य प्रतिभागी</translation>
    </message>
    <message>
        <source>contact withheld</source>
        <translation>संपर्क विवरण रोका गया</translation>
    </message>
    <message>
        <source>role withheld</source>
        <translation>भूमिका गुप्त</translation>
    </message>
    <message>
        <source>organisation withheld</source>
        <translation>संगठन का नाम रोका गया</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The key file {0} cannot be read; nothing was opened. Keep it for whoever helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase (or recovery key) does not open this data. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is encrypted: give its passphrase or recovery key to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down or export the recovery key first (File ▸ Encryption, or &apos;facilitator recovery-key&apos;): without it, a forgotten passphrase would lose these conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this data&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator recovery key

{code}

It opens the encrypted data of Facilitator when the passphrase is forgotten. Keep it away from the laptop.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot look like a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the passphrase already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be converted ({reason}); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted copy of {0} did not match it; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator is open on {0}. Close its window first, or use the window&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is encrypted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning encryption off was interrupted; finish it with &apos;facilitator decrypt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption &amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is not encrypted: anyone who has this laptop, or a copy of its backups, can read it.

Encrypted, the database and its backups open only with a passphrase, given when Facilitator starts, or with a recovery key that you keep away from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is encrypted: the database and its backups open only with the passphrase or the recovery key. The recovery key has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is encrypted, but its recovery key has not been kept yet. Make a new one and keep it: worker conversations wait until it is, and a forgotten passphrase would lose the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this data. Facilitator asks for it each time it starts. Then you get a recovery key to write down or export: it opens the data if the passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and its backups will be stored unencrypted again: anyone who has this laptop can read them. Give the passphrase or the recovery key to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} files: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the data back as it was…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was not kept. Make a new one here before worker conversations are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is encrypted. This is its recovery key: it opens the data when the passphrase is forgotten. Write it down, or export it to a stick, and keep it away from this laptop. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption was cancelled. The data is as it was, not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current passphrase (or the recovery key), then the new passphrase twice. The data itself is not rewritten; the recovery key stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. Give the new one when Facilitator starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working at once, so keep the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{0} is a folder; give a file name to write.</source>
        <translation>{0} एक फ़ोल्डर है; लिखने के लिए फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>फ़ोल्डर {0} मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>{0} is inside the data folder {1}; write exports to another folder.</source>
        <translation>{0} डेटा फ़ोल्डर {1} के अंदर है; निर्यात किसी दूसरे फ़ोल्डर में लिखें।</translation>
    </message>
    <message>
        <source>{0} is a database; an export never replaces one.</source>
        <translation>{0} एक डेटाबेस है; निर्यात कभी किसी डेटाबेस की जगह नहीं लेता।</translation>
    </message>
    <message>
        <source>{0} is in a sync folder; write exports to another folder.</source>
        <translation>{0} एक सिंक फ़ोल्डर में है; निर्यात किसी दूसरे फ़ोल्डर में लिखें।</translation>
    </message>
    <message>
        <source>{0} exists and is not a {1} file; choose another name.</source>
        <translation>{0} पहले से मौजूद है और {1} फ़ाइल नहीं है; कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>{0} cannot be written here: permission denied.</source>
        <translation>{0} यहाँ नहीं लिखी जा सकती: अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} नहीं लिखी जा सकी: {1}</translation>
    </message>
    <message>
        <source>The font {0} is missing; reinstall Facilitator to print.</source>
        <translation>फ़ॉन्ट {0} नहीं मिला; छापने के लिए Facilitator दोबारा इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>There are no labels in the language {0}. Use one of: {1}</source>
        <translation>भाषा {0} में लेबल उपलब्ध नहीं हैं। इनमें से एक चुनें: {1}</translation>
    </message>
    <message>
        <source>{0} is named as a .{1} file, but the format asked for is {2}. Name it .{2}, or give --format {1}.</source>
        <translation>{0} का नाम .{1} फ़ाइल का है, पर माँगा गया प्रारूप {2} है। इसका नाम .{2} रखें, या --format {1} दें।</translation>
    </message>
    <message>
        <source>Unknown format: {0}. Use pdf, json or csv.</source>
        <translation>अज्ञात प्रारूप: {0}। pdf, json या csv चुनें।</translation>
    </message>
    <message>
        <source>A follow-up sheet is printed as a PDF.</source>
        <translation>अनुवर्ती पत्रक PDF के रूप में छपता है।</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger entry asking the supplier to remedy the chosen finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for re&amp;mediation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose agenda &amp;items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the findings of a meeting&apos;s visits by risk into its debrief and discussion items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{findings}, {serious} high or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the finding that needs remediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings of the meeting&apos;s visits are grouped by risk into its site-visit debrief, and each risk with a high or critical finding gets a discussion item. The summaries in the facilitator&apos;s notes name sites, never people. One undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{groups} risks proposed: {made} new agenda items, {edited} items given the findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorBanner</name>
    <message>
        <source>The session has ended: nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet: add them in the Participants section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowDialog</name>
    <message>
        <source>Follow in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation that keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the ledger&apos;s history shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the meeting: {0}. The ledger follows an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>What happens next</source>
        <translation>आगे क्या होगा</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>किन बातों पर सहमति हुई</translation>
    </message>
    <message>
        <source>Nothing was agreed yet.</source>
        <translation>अभी तक किसी बात पर सहमति नहीं हुई है।</translation>
    </message>
    <message>
        <source>What your group raised</source>
        <translation>आपके समूह ने क्या मुद्दे उठाए</translation>
    </message>
    <message>
        <source>Shown together with: {0}</source>
        <translation>इनके साथ मिलाकर दिखाया गया: {0}</translation>
    </message>
    <message>
        <source>No point of your group was noted for the public record.</source>
        <translation>सार्वजनिक रिकॉर्ड के लिए आपके समूह की कोई बात दर्ज नहीं हुई।</translation>
    </message>
    <message>
        <source>The answers you were given</source>
        <translation>आपको जो जवाब दिए गए</translation>
    </message>
    <message>
        <source>What happens next, and by when</source>
        <translation>आगे क्या होगा, और कब तक</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <source>No next steps were agreed yet.</source>
        <translation>अगले कदमों पर अभी सहमति नहीं हुई है।</translation>
    </message>
    <message>
        <source>How we will report back to you</source>
        <translation>हम आपको नतीजे कैसे बताएँगे</translation>
    </message>
    <message>
        <source>The facilitator will tell you how and when.</source>
        <translation>सूत्रधार आपको बताएँगे कि कैसे और कब।</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>अनुवर्ती कार्रवाई</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>अनुवर्ती कार्रवाई: {0}</translation>
    </message>
</context>
<context>
    <name>GapBar</name>
    <message>
        <source>Keep silence ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody timed the floor for {0} (the laptop slept, or Facilitator was closed or showed another meeting). The floor was stopped at {1}; that time counts for nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} goes on ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBalanceModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name} is not a spreadsheet or a CSV text file. Save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} columns; an invitation list needs far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a cell longer than {limit} KB (row {row}); that is not an invitation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; at most {limit} people can be imported at once. Split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a damaged zip or spreadsheet file. Save it again as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB; that is not an invitation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a spreadsheet. Unpack it, or save the list as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds too many cells for an invitation list in .xlsx. Save it as .csv, or split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet that can be read. Save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;. Its sheets with rows are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has formulas whose results were never saved, such as the one in cell {cell}: a program wrote it, and no spreadsheet has opened it since. Open it in Excel or LibreOffice, save it, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not readable text. Save it again as &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a cell longer than {limit} KB; that is not an invitation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file ({reason}). Save it again from your spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the quote opened on line {line} is not closed where its cell ends, so the lines after it would be read as one cell. Close that quote, or remove it, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; that is not an invitation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old or password-protected Excel file. Save it as .xlsx without a password, or as .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a PDF. Export the list from its spreadsheet as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a text file, not a workbook: it has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: the first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name infix (van, de)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>हितधारक समूह</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literacy needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;{0}&apos; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is an e-mail address: it is kept as their e-mail too; type the person&apos;s name in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter is needed, but the list does not say for which language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email cell is not an email address; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;{0}&apos; is not known; imported without a group, and anonymous until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {0} other spellings; keep those that notes use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown anonymity &apos;{value}&apos;; imported as &apos;{level}&apos;, the most protective level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {field} &apos;{value}&apos;; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds like {0} in the register, who is of another organisation there. If it is the same person, leave this row out and add them from the register; otherwise a new person is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone not named, of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person of the register has this name; give their organisations in a column to say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has not begun: imported as &apos;Confirmed&apos;, not &apos;Attended&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholder group; set one before the checks can count this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters; only the first {limit} are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds like {0} in the register. If it is the same person, add this spelling to their &apos;Also written as&apos; and import again; otherwise a new person is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds like the name on line {0}. If it is the same person, keep one of the two rows and put the other spelling in its &apos;Also written as&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as &apos;{level}&apos;, as someone of the register who is not named has this name or one that sounds like it; change it once you know who this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has this person as &apos;{current}&apos;; merged, they become &apos;{level}&apos;, as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no answer this app knows; the answer stays &apos;{current}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list, as &apos;{current}&apos;; the answer becomes &apos;{answer}&apos;, as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list; also written as {0} from now on, as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list, as &apos;{current}&apos;; they become &apos;{level}&apos;, as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no column for names. Name the column &apos;Name&apos; (or &apos;First name&apos; and &apos;Last name&apos;), or choose it in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is hidden in the workbook; it is imported like the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is how this app lists someone who is not named, not a name: nobody is imported. To invite the same people again, duplicate their meeting or invite them from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as on line {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group values this app does not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge people already in the register (by name and organisation, or name alone if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0} names the columns; the rows above it (a title) are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group; anonymous until you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &apos;{0}&apos; as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n rows can be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on this meeting&apos;s list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of those, %n to be better protected, as the file asks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of those, %n with the answer the file gives</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of those, %n also written as the file gives</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped for what their rows say</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group for each value above, or import those people without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show only the rows skipped, merged or with a warning (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has several sheets with rows. Which one holds the list? Import the others after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Blocker</source>
        <translation>रुकावट</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>सलाह</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>असफल</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Planning (everyone invited, not declined)</source>
        <translation>योजना (सभी आमंत्रित, जिन्होंने मना नहीं किया)</translation>
    </message>
    <message>
        <source>On the day (attended)</source>
        <translation>बैठक के दिन (उपस्थित)</translation>
    </message>
    <message>
        <source>Not yet: nobody has checked in.</source>
        <translation>अभी नहीं: किसी की उपस्थिति दर्ज नहीं हुई है।</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>और {0} अन्य</translation>
    </message>
    <message>
        <source>No one is on the list at this stage yet.</source>
        <translation>इस चरण में अभी सूची में कोई नहीं है।</translation>
    </message>
    <message>
        <source>No required groups are set for this meeting.</source>
        <translation>इस बैठक के लिए कोई ज़रूरी समूह तय नहीं है।</translation>
    </message>
    <message>
        <source>Missing: {0}.</source>
        <translation>मौजूद नहीं: {0}।</translation>
    </message>
    <message>
        <source>{group}: heard only through a proxy ({names}).</source>
        <translation>{group}: केवल प्रॉक्सी के ज़रिए सुने गए ({names})।</translation>
    </message>
    <message>
        <source>{group}: heard only through people employed by a company at this table ({names}): no independent voice of theirs.</source>
        <translation>{group}: केवल इस बैठक में बैठी किसी कंपनी के कर्मचारियों के ज़रिए सुने गए ({names}): उनकी अपनी कोई स्वतंत्र आवाज़ नहीं।</translation>
    </message>
    <message>
        <source>Through a representative: {0}.</source>
        <translation>प्रतिनिधि के ज़रिए: {0}।</translation>
    </message>
    <message>
        <source>All {0} required groups are there.</source>
        <translation>सभी {0} ज़रूरी समूह मौजूद हैं।</translation>
    </message>
    <message>
        <source>No conversations on this meeting&apos;s visits yet.</source>
        <translation>इस बैठक के स्थल दौरों पर अभी कोई बातचीत दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Every group heard on the site visits is invited: {0}.</source>
        <translation>स्थल दौरों पर जिन समूहों से बात हुई, वे सभी आमंत्रित हैं: {0}।</translation>
    </message>
    <message>
        <source>Heard on the site visits but not at the roundtable: {0}.</source>
        <translation>स्थल दौरों पर सुने गए, पर गोलमेज़ बैठक में नहीं: {0}।</translation>
    </message>
    <message>
        <source>Speaks for another group but is not flagged as a proxy: {0}.</source>
        <translation>किसी दूसरे समूह की ओर से बोलते हैं, पर प्रॉक्सी के रूप में चिह्नित नहीं: {0}।</translation>
    </message>
    <message>
        <source>Proxy without the group they speak for: {0}.</source>
        <translation>प्रॉक्सी, पर जिस समूह की ओर से बोलते हैं वह दर्ज नहीं: {0}।</translation>
    </message>
    <message>
        <source>Proxies, each with the group they speak for: {0}.</source>
        <translation>प्रॉक्सी, हर एक के साथ वह समूह जिसकी ओर से वे बोलते हैं: {0}।</translation>
    </message>
    <message>
        <source>No one speaks for a group other than their own.</source>
        <translation>कोई भी अपने समूह के अलावा किसी और समूह की ओर से नहीं बोलता।</translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) are rights-holders or their representatives; the minimum is {bound}.</source>
        <translation>{total} में से {count} प्रतिभागी ({share}) अधिकार-धारक या उनके प्रतिनिधि हैं; न्यूनतम {bound} है।</translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) come from the business side; the maximum is {bound}.</source>
        <translation>{total} में से {count} प्रतिभागी ({share}) व्यवसाय पक्ष से हैं; अधिकतम {bound} है।</translation>
    </message>
    <message>
        <source>Women workers are heard through a representative: {0}.</source>
        <translation>महिला मज़दूरों की बात प्रतिनिधि के ज़रिए सुनी जाती है: {0}।</translation>
    </message>
    <message>
        <source>Women workers are heard only through a proxy: {0}.</source>
        <translation>महिला मज़दूरों की बात केवल प्रॉक्सी के ज़रिए सुनी जाती है: {0}।</translation>
    </message>
    <message>
        <source>No woman worker is on the list, and no one speaks for them.</source>
        <translation>सूची में कोई महिला मज़दूर नहीं है, और कोई उनकी ओर से नहीं बोलता।</translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) are women; the minimum is {bound}.</source>
        <translation>{total} में से {count} प्रतिभागी ({share}) महिलाएँ हैं; न्यूनतम {bound} है।</translation>
    </message>
    <message>
        <source>The meeting has no working languages set.</source>
        <translation>इस बैठक की कामकाज की भाषाएँ तय नहीं हैं।</translation>
    </message>
    <message numerus="yes">
        <source>{covered} of %n participants ({share}) can follow in {languages}.</source>
        <translation>
            <numerusform>%n में से {covered} प्रतिभागी ({share}) {languages} में समझ सकता है।</numerusform>
            <numerusform>%n में से {covered} प्रतिभागी ({share}) {languages} में समझ सकते हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost wages are arranged for all %n workers.</source>
        <translation>
            <numerusform>%n मज़दूर की छूटी मज़दूरी की भरपाई तय है।</numerusform>
            <numerusform>सभी %n मज़दूरों की छूटी मज़दूरी की भरपाई तय है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not arranged for {count} of %n workers: {names}.</source>
        <translation>
            <numerusform>%n में से {count} मज़दूर के लिए तय नहीं: {names}।</numerusform>
            <numerusform>%n में से {count} मज़दूरों के लिए तय नहीं: {names}।</numerusform>
        </translation>
    </message>
    <message>
        <source>No interpreter for {0}.</source>
        <translation>{0} के लिए कोई दुभाषिया नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n women workers take part in person.</source>
        <translation>
            <numerusform>%n महिला श्रमिक स्वयं भाग ले रही है।</numerusform>
            <numerusform>%n महिला श्रमिक स्वयं भाग ले रही हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered: {0}.</source>
        <translation>पूरी नहीं होती: {0}।</translation>
    </message>
    <message>
        <source>Languages not recorded: {0}.</source>
        <translation>भाषाएँ दर्ज नहीं: {0}।</translation>
    </message>
    <message numerus="yes">
        <source>%n people need {0}</source>
        <translation>
            <numerusform>%n व्यक्ति को {0} चाहिए</numerusform>
            <numerusform>%n लोगों को {0} चाहिए</numerusform>
        </translation>
    </message>
    <message>
        <source>No interpreter entered: {0}.</source>
        <translation>कोई दुभाषिया दर्ज नहीं: {0}।</translation>
    </message>
    <message>
        <source>Everyone reads at least one meeting language.</source>
        <translation>हर कोई बैठक की कम से कम एक भाषा पढ़ सकता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n participants read no meeting language, or what they read is not recorded.</source>
        <translation>
            <numerusform>%n प्रतिभागी बैठक की कोई भाषा नहीं पढ़ता, या वह क्या पढ़ता है यह दर्ज नहीं है।</numerusform>
            <numerusform>%n प्रतिभागी बैठक की कोई भाषा नहीं पढ़ते, या वे क्या पढ़ते हैं यह दर्ज नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>No briefing noted for: {0}.</source>
        <translation>इनके लिए कोई मौखिक जानकारी दर्ज नहीं: {0}।</translation>
    </message>
    <message>
        <source>A briefing is noted for each of them.</source>
        <translation>उनमें से हर एक के लिए मौखिक जानकारी दर्ज है।</translation>
    </message>
    <message>
        <source>No session puts workers together with supplier management.</source>
        <translation>किसी भी सत्र में मज़दूर आपूर्तिकर्ता के प्रबंधन के साथ नहीं बैठते।</translation>
    </message>
    <message>
        <source>Workers sit with supplier management in: {sessions}. Workers there: {names}.</source>
        <translation>इन सत्रों में मज़दूर आपूर्तिकर्ता के प्रबंधन के साथ बैठते हैं: {sessions}। वहाँ मौजूद मज़दूर: {names}।</translation>
    </message>
    <message>
        <source>Shown by name in outputs: {0}.</source>
        <translation>दस्तावेज़ों में नाम से दिखाए गए: {0}।</translation>
    </message>
    <message>
        <source>Chatham House Rule applies.</source>
        <translation>चैथम हाउस नियम लागू है।</translation>
    </message>
    <message>
        <source>Chatham House Rule does not apply.</source>
        <translation>चैथम हाउस नियम लागू नहीं है।</translation>
    </message>
    <message>
        <source>Ground rules are written down.</source>
        <translation>बैठक के नियम लिखे गए हैं।</translation>
    </message>
    <message>
        <source>No ground rules are written down yet.</source>
        <translation>बैठक के नियम अभी लिखे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>No recording or photos are planned.</source>
        <translation>कोई रिकॉर्डिंग या फ़ोटो तय नहीं है।</translation>
    </message>
    <message>
        <source>{kinds} planned; everyone answered before the meeting.</source>
        <translation>{kinds} तय; सभी ने बैठक से पहले जवाब दिया।</translation>
    </message>
    <message>
        <source>{kinds} planned, but no consent dated before the meeting from: {names}.</source>
        <translation>{kinds} तय, पर इनकी बैठक से पहले की तारीख़ वाली सहमति नहीं है: {names}।</translation>
    </message>
    <message>
        <source>Said no, keep out of recordings and photos: {0}.</source>
        <translation>मना किया, रिकॉर्डिंग और फ़ोटो से बाहर रखें: {0}।</translation>
    </message>
    <message>
        <source>No rights-holder is named without consent.</source>
        <translation>किसी अधिकार-धारक का नाम बिना सहमति के नहीं दिखाया गया।</translation>
    </message>
    <message>
        <source>Named in outputs without a consent to naming: {0}.</source>
        <translation>नाम दिखाने की सहमति के बिना दस्तावेज़ों में नाम दिखाया गया: {0}।</translation>
    </message>
    <message>
        <source>No workers on the list at this stage.</source>
        <translation>इस चरण में सूची में कोई मज़दूर नहीं है।</translation>
    </message>
    <message>
        <source>No travel support or childcare is waiting to be arranged.</source>
        <translation>यात्रा सहायता या बच्चों की देखभाल का कोई इंतज़ाम बाकी नहीं है।</translation>
    </message>
    <message>
        <source>Still to arrange for: {0}.</source>
        <translation>इनके लिए इंतज़ाम अभी बाकी है: {0}।</translation>
    </message>
    <message>
        <source>The facilitator belongs to the business side: {0}.</source>
        <translation>सूत्रधार व्यवसाय पक्ष से है: {0}।</translation>
    </message>
    <message>
        <source>Whether the facilitator is independent is not recorded.</source>
        <translation>सूत्रधार स्वतंत्र है या नहीं, यह दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>The facilitator is recorded as not independent.</source>
        <translation>सूत्रधार को स्वतंत्र नहीं के रूप में दर्ज किया गया है।</translation>
    </message>
    <message>
        <source>not on the list yet</source>
        <translation>अभी सूची में नहीं</translation>
    </message>
    <message>
        <source>Recorded as independent. Facilitator: {0}.</source>
        <translation>स्वतंत्र के रूप में दर्ज। सूत्रधार: {0}।</translation>
    </message>
    <message>
        <source>Unknown inclusion setting: {0}</source>
        <translation>समावेशन की अज्ञात सेटिंग: {0}</translation>
    </message>
    <message>
        <source>A share must be between 0% and 100%.</source>
        <translation>हिस्सा 0% और 100% के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>derived from facilitation practice; no published source</source>
        <translation>सूत्रधार के अनुभव से लिया गया; कोई प्रकाशित स्रोत नहीं</translation>
    </message>
</context>
<context>
    <name>InclusionModel</name>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InclusionOps</name>
    <message>
        <source>Change inclusion settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InclusionSection</name>
    <message>
        <source>Women at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights-holders at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business side at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language coverage at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the place where this is fixed ({0}, or double-click the check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; blockers fail</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one has checked in yet: check people in on the Participants tab ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt; – {status}&lt;br&gt;{detail}&lt;br&gt;&lt;br&gt;&lt;b&gt;Why it matters:&lt;/b&gt; {why}&lt;br&gt;&lt;i&gt;Sources: {sources}&lt;/i&gt;&lt;br&gt;&lt;b&gt;Suggested fix:&lt;/b&gt; {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InclusionSettingsBox</name>
    <message>
        <source>What this meeting needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chatham House Rule; no recording; workers&apos; statements attributed to their group; no press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos will be taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Voices it is meant for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups this item is meant for: during it, the live balance expects them to lead the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the facilitator; never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oices it is meant for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose or expected outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: in the speaker search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the section: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person in the register to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to where the check is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy from meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print agenda (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator (procedural)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation of the last speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the turn&apos;s start earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the turn&apos;s start later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker goes on after a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep silence after a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the latest note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the real names of people not named, while held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold: names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room view: only what the room may see, on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned speaker {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned speaker {0} interrupts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the current speaker to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kind: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor as an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the note line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the checklist item: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item&apos;s note in the supplier&apos;s report, or keep it internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the minutes as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to this &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} every key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Action</source>
        <translation type="unfinished">कार्रवाई</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished">प्रतिबद्धता</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger entry needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger entry has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger entry needs an owner: a person or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished">सहमति</translation>
    </message>
    <message>
        <source>Say who makes this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a ledger entry by its id or the first characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ledger entry {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} names more than one ledger entry; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change cannot be dated after today ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry that is {current} cannot become {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change cannot be dated before the last one ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done needs its evidence: what shows it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified needs the later visit or meeting where it was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification must come from a later visit or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action was taken in a confidential note; the ledger is shared, so it is not put there. Make the note internal first if it may be followed in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is in the ledger already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action names {0}, who asked not to be named, and the ledger is shared: write the action without the name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {mark}{description} — {owner}, due {due}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open commitments concern the organisations of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open commitments from earlier meetings and visits, {overdue} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">जारी</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">पूरा</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Commitment</source>
        <translation type="unfinished">प्रतिबद्धता</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">संस्था</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries shown, with their history, as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger of the organisation chosen above (or of all), to print or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “Follow-up on commitments” to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item listing the open entries that concern this meeting&apos;s organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries: {kept} kept, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on}: {status} — {who}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Does not follow from the step before: both were recorded on different laptops at once. The later stands; record what is right from here (reopen the entry if need be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitments-ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the ledger to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “Follow-up on commitments” item was added at the end of the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPdf</name>
    <message>
        <source>Commitments ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments ledger: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (verified or closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">तारीख़</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">किसके द्वारा</translation>
    </message>
    <message>
        <source>Why, and the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments and their follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>This meeting has no agenda items to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda item there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last agenda item; end the session instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session before extending an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 1 to 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Start it again (F5) to time speakers or items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting&apos;s session has not started, so it cannot end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting&apos;s session has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a participant of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose words are being interpreted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has spoken yet whose words could be interpreted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no speaker switch to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no turn to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turn cannot start before the previous one or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a participant of this meeting to a key from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveOps</name>
    <message>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the turn&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Take back the last switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a note&apos;s confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSection</name>
    <message>
        <source>Room view: only what the room may see. {0} returns to the full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a speaker ({0}), Enter gives the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Start it again at the current item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session? The agenda clock and the floor stop, and the meeting is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the facilitator to the participants to time procedural talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (earlier versions are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Localised</name>
    <message>
        <source>{0} could be {1}: type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>(its message is not recorded: it may hold entered text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facilitator</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}, with its key file {1} beside it: keep the two together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is encrypted. The passphrase or recovery key of the data it was made of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all data with the backup {0}?

What is in place now is kept in the backups folder as a pre-restore copy, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted and the data here is not: the data here is encrypted first, with the key file that came with the backup. From then on it opens with that data&apos;s passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}; the data here is encrypted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Facilitator {0}&lt;/h3&gt;&lt;p&gt;Plan, run and document multi-stakeholder roundtables in production countries, offline.&lt;/p&gt;&lt;p&gt;Your data: {1}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {step}</source>
        <comment>Undo or Redo, then the step it takes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step belongs to another meeting. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was done in “{1}”, not in the meeting shown. Undo it there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was undone in “{1}”, not in the meeting shown. Do it again there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingOps</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too far from today to be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist in {1}: the clocks skip that hour. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting title can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meeting status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown confidentiality level: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpretation factor must be between 1 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest group shown on its own must have between {0} and {1} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share must be between 0% and 100%.</source>
        <translation>हिस्सा 0% और 100% के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a meeting by its id or the first characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting has an id starting with &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one meeting has an id starting with &apos;{0}&apos;; type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Search meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionCompleter</name>
    <message>
        <source>Names and groups to mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Unknown audience: {0}. Use internal or public.</source>
        <translation>अज्ञात पाठक वर्ग: {0}। internal या public चुनें।</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>पूरी बैठक</translation>
    </message>
    <message>
        <source>{0} (removed from the agenda)</source>
        <translation>{0} (एजेंडा से हटाया गया)</translation>
    </message>
    <message>
        <source>Not under an agenda item</source>
        <translation>किसी एजेंडा बिंदु के अंतर्गत नहीं</translation>
    </message>
    <message>
        <source>(name withheld)</source>
        <translation>(नाम गुप्त)</translation>
    </message>
    <message>
        <source>No stakeholder group {0} in this meeting. Use one of: {1}</source>
        <translation>इस बैठक में हितधारक समूह {0} नहीं है। इनमें से एक चुनें: {1}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Satisfied with the response</source>
        <translation>जवाब से संतुष्ट</translation>
    </message>
    <message>
        <source>Partly satisfied with the response</source>
        <translation>जवाब से आंशिक रूप से संतुष्ट</translation>
    </message>
    <message>
        <source>Not satisfied with the response</source>
        <translation>जवाब से संतुष्ट नहीं</translation>
    </message>
    <message>
        <source>As its confidentiality says</source>
        <translation>गोपनीयता स्तर के अनुसार</translation>
    </message>
    <message>
        <source>Internal minutes only</source>
        <translation>केवल आंतरिक कार्यवृत्त में</translation>
    </message>
    <message>
        <source>Left out of the minutes</source>
        <translation>कार्यवृत्त से बाहर</translation>
    </message>
    <message>
        <source>{0} must be text.</source>
        <translation>{0} पाठ होना चाहिए।</translation>
    </message>
    <message>
        <source>This text is too long: at most {0} characters.</source>
        <translation>यह पाठ बहुत लंबा है: अधिकतम {0} अक्षर।</translation>
    </message>
    <message>
        <source>The minutes of an item have no field {0}.</source>
        <translation>किसी विषय के कार्यवृत्त में {0} नाम का कोई क्षेत्र नहीं है।</translation>
    </message>
    <message>
        <source>answer to &apos;satisfied&apos;</source>
        <translation>&apos;संतुष्ट&apos; का उत्तर</translation>
    </message>
    <message>
        <source>The minutes have no field {0}.</source>
        <translation>कार्यवृत्त में {0} नाम का कोई क्षेत्र नहीं है।</translation>
    </message>
    <message>
        <source>choice for a note</source>
        <translation>टिप्पणी के लिए चुनाव</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Amendment requested</source>
        <translation>संशोधन का अनुरोध</translation>
    </message>
    <message>
        <source>Signed printout</source>
        <translation>हस्ताक्षरित प्रति</translation>
    </message>
    <message>
        <source>Returned file</source>
        <translation>लौटाई गई फ़ाइल</translation>
    </message>
    <message>
        <source>Version {0} of these minutes was issued on two laptops with different words. Issue a new version that takes both in, and say so in its reason.</source>
        <translation>इस कार्यवृत्त का संस्करण {0} दो लैपटॉप पर अलग-अलग शब्दों के साथ जारी किया गया। एक नया संस्करण जारी करें जिसमें दोनों शामिल हों, और कारण में यह बताएं।</translation>
    </message>
    <message>
        <source>These minutes have no version {0}.</source>
        <translation>इस कार्यवृत्त का संस्करण {0} नहीं है।</translation>
    </message>
    <message>
        <source>Two versions {0} were issued on different laptops ({1}); name the one you mean by the first characters of its fingerprint.</source>
        <translation>अलग-अलग लैपटॉप पर संस्करण {0} दो बार जारी किया गया ({1}); आप जिसे चाहते हैं, उसे उसके फ़िंगरप्रिंट के पहले अक्षरों से बताइए।</translation>
    </message>
    <message>
        <source>Nothing has changed since version {0}; it stays the current one.</source>
        <translation>संस्करण {0} के बाद कुछ नहीं बदला; वही वर्तमान संस्करण रहेगा।</translation>
    </message>
    <message>
        <source>There is no issued version to amend yet; issue the minutes first.</source>
        <translation>संशोधन के लिए अभी कोई जारी संस्करण नहीं है; पहले कार्यवृत्त जारी करें।</translation>
    </message>
    <message>
        <source>Say what the amendment changes.</source>
        <translation>बताएँ कि संशोधन क्या बदलता है।</translation>
    </message>
    <message>
        <source>Type at least the first 8 characters of the fingerprint.</source>
        <translation>फ़िंगरप्रिंट के कम से कम पहले 8 अक्षर लिखें।</translation>
    </message>
    <message>
        <source>No issued version of these minutes has the fingerprint {0}.</source>
        <translation>इस कार्यवृत्त के किसी जारी संस्करण का फ़िंगरप्रिंट {0} नहीं है।</translation>
    </message>
    <message>
        <source>{0} is too large to be returned minutes.</source>
        <translation>{0} लौटाए गए कार्यवृत्त के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} पढ़ी नहीं जा सकी: {1}</translation>
    </message>
    <message>
        <source>{0} carries no fingerprint of an issued version of these minutes.</source>
        <translation>{0} में इस कार्यवृत्त के किसी जारी संस्करण का फ़िंगरप्रिंट नहीं है।</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Say who approved or asked for the amendment.</source>
        <translation>बताएँ कि किसने स्वीकृति दी या संशोधन माँगा।</translation>
    </message>
    <message>
        <source>Say what the amendment asks to change.</source>
        <translation>बताएँ कि संशोधन में क्या बदलने को कहा गया है।</translation>
    </message>
    <message>
        <source>INTERNAL – not for distribution</source>
        <translation>आंतरिक – बाँटने के लिए नहीं</translation>
    </message>
    <message>
        <source>PUBLIC – Chatham House Rule</source>
        <translation>सार्वजनिक – चैथम हाउस नियम</translation>
    </message>
    <message>
        <source>Draft, not issued · fingerprint {0}</source>
        <translation>मसौदा, जारी नहीं · फ़िंगरप्रिंट {0}</translation>
    </message>
    <message>
        <source>Version {0} · fingerprint {1}</source>
        <translation>संस्करण {0} · फ़िंगरप्रिंट {1}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>नोट लेने वाले</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>कामकाज की भाषाएँ</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>गोपनीयता</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>फ़िंगरप्रिंट (SHA-256)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
    <message>
        <source>Internal: complete, with notes marked internal or confidential; people who asked not to be named appear as their group. For the organising team only.</source>
        <translation>आंतरिक: पूरा, आंतरिक या गोपनीय चिह्नित टिप्पणियों के साथ; जिन्होंने नाम न बताने को कहा, वे अपने समूह के रूप में दिखते हैं। केवल आयोजक दल के लिए।</translation>
    </message>
    <message>
        <source>Public: statements are attributed to stakeholder groups only, never to a person or an organisation; groups smaller than {0} people are merged.</source>
        <translation>सार्वजनिक: बातें केवल हितधारक समूहों के नाम से लिखी गई हैं, किसी व्यक्ति या संस्था के नाम से कभी नहीं; {0} से कम लोगों वाले समूह मिला दिए गए हैं।</translation>
    </message>
    <message>
        <source>Draft, not yet issued</source>
        <translation>मसौदा, अभी जारी नहीं</translation>
    </message>
    <message>
        <source>Version {0}, issued {1}</source>
        <translation>संस्करण {0}, जारी {1}</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>बैठक के नियम</translation>
    </message>
    <message>
        <source>The meeting was held under the Chatham House Rule: what is said may be used, but not who said it.</source>
        <translation>बैठक चैथम हाउस नियम के तहत हुई: कही गई बात का उपयोग हो सकता है, पर किसने कही यह नहीं बताया जाएगा।</translation>
    </message>
    <message>
        <source>No audio or video recording was allowed.</source>
        <translation>ऑडियो या वीडियो रिकॉर्डिंग की अनुमति नहीं थी।</translation>
    </message>
    <message>
        <source>Attendance by stakeholder group</source>
        <translation>हितधारक समूह के अनुसार उपस्थिति</translation>
    </message>
    <message>
        <source>No attendance was recorded: nobody is marked as having attended. The figures are of the people invited who did not decline.</source>
        <translation>उपस्थिति दर्ज नहीं की गई: किसी को भी उपस्थित के रूप में चिह्नित नहीं किया गया है। आंकड़े उन आमंत्रित लोगों के हैं जिन्होंने मना नहीं किया।</translation>
    </message>
    <message>
        <source>Too few people took part to show any figure without pointing to a person.</source>
        <translation>इतने कम लोग शामिल हुए कि कोई भी आँकड़ा किसी व्यक्ति की ओर इशारा किए बिना नहीं दिखाया जा सकता।</translation>
    </message>
    <message>
        <source>{0} people invited, meeting staff not counted.</source>
        <translation>{0} लोग आमंत्रित, बैठक के कर्मचारी नहीं गिने गए।</translation>
    </message>
    <message>
        <source>{0} participants took part, meeting staff not counted.</source>
        <translation>{0} प्रतिभागी शामिल हुए, बैठक के कर्मचारी नहीं गिने गए।</translation>
    </message>
    <message>
        <source>Women: {0} · men: {1} · other or not stated: {2}</source>
        <translation>महिलाएँ: {0} · पुरुष: {1} · अन्य या नहीं बताया: {2}</translation>
    </message>
    <message>
        <source>Gender counts are withheld: one of them is smaller than {0}.</source>
        <translation>लिंग के अनुसार संख्या नहीं दी गई: उनमें से एक {0} से कम है।</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>हितधारक समूह</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>महिलाएँ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Invited groups that were absent</source>
        <translation>आमंत्रित समूह जो उपस्थित नहीं थे</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>कोई कारण दर्ज नहीं</translation>
    </message>
    <message>
        <source>Every group expected has someone invited who did not decline.</source>
        <translation>हर अपेक्षित समूह से कोई आमंत्रित है जिसने मना नहीं किया।</translation>
    </message>
    <message>
        <source>Every invited group was present.</source>
        <translation>हर आमंत्रित समूह उपस्थित था।</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>प्रतिनिधि के माध्यम से</translation>
    </message>
    <message>
        <source>{0} spoke as a proxy for {1}, who were not present in person.</source>
        <translation>{0} ने {1} की ओर से बात रखी, जो स्वयं उपस्थित नहीं थे।</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>एक प्रतिभागी</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Agenda: planned and actual times</source>
        <translation>कार्यसूची: तय और वास्तविक समय</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>तय</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>नहीं हुआ</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>दिन {0}</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>चर्चा</translation>
    </message>
    <message>
        <source>Nothing for this record was noted under: {0}.</source>
        <translation>इन विषयों के तहत इस रिकॉर्ड के लिए कुछ दर्ज नहीं हुआ: {0}।</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>जोखिम</translation>
    </message>
    <message>
        <source>Points raised</source>
        <translation>उठाए गए मुद्दे</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>साझा की गई जानकारी</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Responses given</source>
        <translation>दिए गए जवाब</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>असहमति</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>उनके अपने शब्दों में</translation>
    </message>
    <message>
        <source>Actions and commitments</source>
        <translation>कार्य और प्रतिबद्धताएं</translation>
    </message>
    <message numerus="yes">
        <source>%n of these notes are confidential: they appear in no public document.</source>
        <translation>
            <numerusform>इनमें से %n नोट गोपनीय है: यह किसी सार्वजनिक दस्तावेज़ में नहीं है।</numerusform>
            <numerusform>इनमें से %n नोट गोपनीय हैं: ये किसी सार्वजनिक दस्तावेज़ में नहीं हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>कार्य योजना</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>किसी कार्रवाई पर सहमति नहीं हुई।</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>तय होना बाकी</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>प्रतिबद्धताएँ</translation>
    </message>
    <message>
        <source>No commitments were recorded.</source>
        <translation>कोई प्रतिबद्धता दर्ज नहीं हुई।</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>प्रतिबद्धता</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसके द्वारा</translation>
    </message>
    <message>
        <source>Speaking-time balance</source>
        <translation>बोलने के समय का संतुलन</translation>
    </message>
    <message>
        <source>Too few people took part to show speaking time without pointing to a person.</source>
        <translation>इतने कम लोग शामिल हुए कि बोलने का समय किसी व्यक्ति की ओर इशारा किए बिना नहीं दिखाया जा सकता।</translation>
    </message>
    <message numerus="yes">
        <source>Counted talk: %n minute(s).</source>
        <translation>
            <numerusform>गिनी गई बातचीत: %n मिनट।</numerusform>
            <numerusform>गिनी गई बातचीत: %n मिनट।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interpretation, counted apart: %n minute(s).</source>
        <translation>
            <numerusform>अनुवाद, अलग से गिना गया: %n मिनट।</numerusform>
            <numerusform>अनुवाद, अलग से गिना गया: %n मिनट।</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance index for the meeting: {0} (1 means talk followed each group&apos;s expected share; it falls towards 0 as one group dominates).</source>
        <translation>बैठक का संतुलन सूचकांक: {0} (1 का अर्थ है कि बातचीत हर समूह के अपेक्षित हिस्से के अनुसार हुई; किसी एक समूह के हावी होने पर यह 0 की ओर गिरता है)।</translation>
    </message>
    <message>
        <source>It is worked out over the groups as shown here: a group too small to be shown apart counts within a merged one, so the internal minutes, over every group, may show a lower index.</source>
        <translation>यह सूचकांक यहाँ दिखाए गए समूहों पर निकाला गया है: जो समूह अलग दिखाने के लिए बहुत छोटा है, वह किसी मिले हुए समूह में गिना जाता है, इसलिए हर समूह पर निकाले गए आंतरिक कार्यवृत्त में सूचकांक कम हो सकता है।</translation>
    </message>
    <message>
        <source>share of talk</source>
        <translation>बातचीत में हिस्सा</translation>
    </message>
    <message>
        <source>expected share</source>
        <translation>अपेक्षित हिस्सा</translation>
    </message>
    <message>
        <source>Share of talk against expected share, by group</source>
        <translation>समूह के अनुसार बातचीत में हिस्सा, अपेक्षित हिस्से की तुलना में</translation>
    </message>
    <message>
        <source>Balance index per agenda item</source>
        <translation>हर विषय का संतुलन सूचकांक</translation>
    </message>
    <message>
        <source>Groups smaller than {0} people are merged into a wider group, so no figure points to a person.</source>
        <translation>{0} से कम लोगों वाले समूह एक बड़े समूह में मिला दिए गए हैं, ताकि कोई आँकड़ा किसी व्यक्ति की ओर इशारा न करे।</translation>
    </message>
    <message>
        <source>Inclusion check</source>
        <translation>समावेशन की जाँच</translation>
    </message>
    <message>
        <source>{0} checks passed, {1} failed, {2} warnings.</source>
        <translation>{0} जाँचें सफल, {1} असफल, {2} चेतावनियाँ।</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Follow-up and distribution</source>
        <translation>अनुवर्ती कार्रवाई और वितरण</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>नतीजे वापस बताना</translation>
    </message>
    <message>
        <source>How results are reported back to each group is still to be agreed.</source>
        <translation>हर समूह को नतीजे कैसे बताए जाएँगे, यह अभी तय होना है।</translation>
    </message>
    <message>
        <source>Issues and responses</source>
        <translation>मुद्दे और जवाब</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>मुद्दा</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>संतुष्ट</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>वितरण</translation>
    </message>
    <message>
        <source>Approval by participants</source>
        <translation>प्रतिभागियों की स्वीकृति</translation>
    </message>
    <message>
        <source>Please return this page signed, or tell the facilitator what should change. Quote the fingerprint printed at the foot of each page.</source>
        <translation>कृपया यह पन्ना हस्ताक्षर करके लौटाएँ, या सूत्रधार को बताएँ कि क्या बदलना चाहिए। हर पन्ने के नीचे छपा फ़िंगरप्रिंट लिखें।</translation>
    </message>
    <message>
        <source>Name or group</source>
        <translation>नाम या समूह</translation>
    </message>
    <message>
        <source>Approved / amendment requested</source>
        <translation>स्वीकृत / संशोधन का अनुरोध</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>Minutes: {0}</source>
        <translation>कार्यवृत्त: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesIssuing</name>
    <message>
        <source>The meeting is still marked {0}: what is noted after this is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items are not reviewed yet: they go in as drafted from the notes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An issued version is final: it can be printed again exactly as it is, and what changes later goes into the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since version {0}? (kept with the version; may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesOps</name>
    <message>
        <source>Edit the minutes of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the minutes a note appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the follow-up of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesSection</name>
    <message>
        <source>Internal: complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: Chatham House Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes are not under an item of the agenda, so there is nothing to review here; choose below which minutes each appears in. A deleted item comes back with Undo on the Agenda tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the summary with the points, concerns and questions noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished">गोपनीयता</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s notes and the minutes they appear in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation type="unfinished">साझा की गई जानकारी</translation>
    </message>
    <message>
        <source>Responses given</source>
        <translation type="unfinished">दिए गए जवाब</translation>
    </message>
    <message>
        <source>Was the group satisfied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished">असहमति</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when results are reported back to each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives the internal minutes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons given by invited groups that were absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation type="unfinished">नतीजे वापस बताना</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished">वितरण</translation>
    </message>
    <message>
        <source>Every invited group was present.</source>
        <translation type="unfinished">हर आमंत्रित समूह उपस्थित था।</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, changed since version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished">कार्यवृत्त</translation>
    </message>
    <message>
        <source>Follow-up sheet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public note appears in the public minutes too, attributed to a group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default in the internal and public minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default in the internal minutes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF into your Documents folder and open it ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes of this item are not in the draft: the summary is printed in the public minutes too, and they are confidential or kept to the internal minutes. Make a note public in the item&apos;s list of notes to draft from it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version {0} issued: it can be printed again exactly as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Documents folder cannot be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names: record the setting of the conversation, not who spoke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Roundtable on silica dust in Bundi quarries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>Add someone new to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language codes, e.g. hi, raj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in outputs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEntry</name>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>Type a note; c: concern, d: decision, a: action, m: commitment, q: question, &quot; quote, p: point · @name or @group (@&quot;name&quot; quotes one) · #tag · %confidential · due:YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Room view: %n notes not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the due date as YYYY-MM-DD: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due date of {0} looks like a typing slip: give one from {1} to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an action by its id or the first characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no action or commitment {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} names more than one action; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a commitment can be followed up this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Point raised</source>
        <translation>उठाया गया मुद्दा</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>चिंता</translation>
    </message>
    <message>
        <source>Agreement or decision</source>
        <translation>सहमति या निर्णय</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>प्रतिबद्धता</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <source>A quoted name needs its closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody and no group is called {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name someone after @, or write @- for nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{0} could be {1}: type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk tag: {0}. The tags are {1} (their first letters are enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{0} could be {1}: type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown confidentiality: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an action (a:) or a commitment (m:) keeps a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most {0} characters; this one has {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown confidentiality level: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a note by its id or the first characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no note with an id starting with &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one note has an id starting with &apos;{0}&apos;; type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(confidential: not shown outside the laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept to the internal minutes: not shown outside the laptop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>“{0}” cannot be done again: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” cannot be undone: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it changed was changed on another laptop since. It was taken off the undo list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was taken off the undo list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Type the country&apos;s name or ISO code, e.g. India or IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by commas, e.g. Hindi, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House Rule: what is said may be used, not who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio or video recording allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator is independent of the convening companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public minutes and reports show a stakeholder group&apos;s statements and figures on its own only when it has at least this many people; smaller groups are merged, so no one in them can be singled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: what was recorded keeps its moment, shown at this zone&apos;s clock; planned times move with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest &amp;group shown alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantOps</name>
    <message>
        <source>Invite {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session, such as the plenary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state of a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already on this meeting&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in is an arrival or a departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage: {0}. Use planning or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person can have at most {0} other spellings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्टि की</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>मना किया</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>उपस्थित रहे</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>नोट लेने वाले</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>पूर्ण सत्र</translation>
    </message>
    <message>
        <source>Worker caucus</source>
        <translation>मज़दूरों की अलग बैठक</translation>
    </message>
    <message>
        <source>Women-only session</source>
        <translation>केवल महिलाओं का सत्र</translation>
    </message>
    <message>
        <source>Business caucus</source>
        <translation>व्यवसाय पक्ष की अलग बैठक</translation>
    </message>
    <message>
        <source>Civil-society caucus</source>
        <translation>नागरिक समाज की अलग बैठक</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>पूछा नहीं गया</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>ज़रूरत है</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>इंतज़ाम हो गया</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>यात्रा सहायता</translation>
    </message>
    <message>
        <source>Lost-wage compensation</source>
        <translation>छूटी मज़दूरी की भरपाई</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>बच्चों की देखभाल</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>नॉन-बाइनरी</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>नहीं बताना चाहते</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>रिकॉर्डिंग</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Naming in minutes</source>
        <translation>कार्यवृत्त में नाम</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>उद्धरण</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: speaks for {0}, who are not there in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, left {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <source>Filter by name, group, organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person from the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No one is on the list yet.&lt;/b&gt;&lt;br&gt;Import an invitation list (Ctrl+Shift+I), add someone new (Ctrl+Shift+N) or invite someone from the register (Ctrl+Shift+R). The groups this meeting needs are marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-described</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n people on the list&lt;/b&gt; ({statuses})&lt;br&gt;Expected, without staff: &lt;b&gt;{counted}&lt;/b&gt;&lt;br&gt;Per gender: {genders}&lt;br&gt;Per group: {groups}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the register is on this meeting&apos;s list already; add someone new instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the register in the box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {answer} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an invitation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>प्रतिभागी</translation>
    </message>
</context>
<context>
    <name>ParticipationEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for an absent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks for a group that is not there in person, e.g. an NGO for children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for their own group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. step-free access, sign language, seated near the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {0} is encrypted. Give its passphrase, or its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning encryption on was interrupted; it is being finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption not finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>पृष्ठ {0} / {1}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Names or ISO codes, separated by commas, e.g. Hindi, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the person does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oral briefing in Hindi the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. कमला देवी; Kamala (separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How notes may write the name too, in another script or misspelt: outputs that leave the laptop withhold these as they withhold the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-described and optional: type the person&apos;s own words if none fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literacy needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in outputs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Attach photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in the photo (places and things only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in a photo needs a recorded consent to photos. The copy kept has no camera data and no location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dabi sandstone quarry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the chosen checklist in the data folder&apos;s checklists folder, to edit and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone of the site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of your copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Facilitator</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This record no longer exists: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an id: an id has 36 characters, this has {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field {0} to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Keep the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data is encrypted. Before worker conversations are saved, keep its recovery key: it opens the data when the passphrase is forgotten. Write it down, or export it to a stick, and keep it away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key, typed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key back to confirm you wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wrote it &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops working. Give the passphrase, or the current recovery key, to make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, organisation or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediationDialog</name>
    <message>
        <source>Ask for remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supplier is to remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s report leaves this finding out: it was heard where workers could be put at risk. The ledger is shared with the supplier, so say what is to be remedied without repeating what was heard or who said it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">क्या</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{0} is a folder: name the backup file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a Facilitator backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was made by a newer version of Facilitator; update the app first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the database itself, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator is open on {0}. Close its window first, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Facilitator command is using {0} (a sync or an import, perhaps waiting for an answer). Let it finish, then restore. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being put back in {0}; try again once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {0} is not the key of {1}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is encrypted, or is not a Facilitator database: no key here opens it, and its key file ({1}, written beside each backup made to another place) is not beside it. Copy that file from where the backup was made, next to it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is encrypted, and the data here is not: it is restored here with its key file and that data&apos;s passphrase or recovery key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>Current passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a key or what it does…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerTile</name>
    <message>
        <source>Meeting staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · turns: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerTiles</name>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speaking</name>
    <message>
        <source>Unknown kind of turn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown correction: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This speaking turn no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the visit or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: {0}, {1:%Y-%m-%d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">कौन</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Choose a team passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file {0} is damaged or was not made by Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync folder was made by a newer version of Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made by a newer version of Facilitator ({0}). Update this laptop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in ({0}); it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be reached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync of this laptop is running; try again once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merging %n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from {0} are stamped up to {1} hours ahead of this laptop&apos;s clock: this laptop&apos;s clock is behind, or a clock ran ahead on {0} or on a laptop whose changes reached it. Check the date and time on each; until then, edits stamped ahead count as newer than later ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment {0} is damaged, incomplete or not from this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment {0} was made by a newer version of Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment {0} was made by a newer version of Facilitator. Update this laptop to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync would delete {0} of the {1} records of the meeting &quot;{2}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking time corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps of the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued versions of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summaries in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes chosen for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inclusion settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers of visit checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations with workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points of conversations with workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos of site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier versions of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings of site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps of ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes received: {0}, sent: {1}, with {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices seen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflicts to decide: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decide before sharing anything: %n of them are about whether someone is named or a note is confidential, and the newer choice is shown until you do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted records are back: another laptop edited them without having seen the deletion, or restored them. Delete them again if they should go.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} records wait for a record they refer to, which has not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deleted} of the {records} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among them: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a database URL: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store must be PostgreSQL (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver (psycopg) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database cannot be reached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database was set up by a newer version of Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database stopped answering: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database holds changes from a newer version of Facilitator. Update this laptop to receive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} of {1} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {0} of {1} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder {0} does not exist (is the stick plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds synced changes but its team file {1} is missing. Put the team file back (from another laptop&apos;s copy of this folder, or a backup of it); nothing was written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a Facilitator sync folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading segment {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment {0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the {0} segments in {1} opens with this team&apos;s key: its team file {2} may be another team&apos;s, copied over this one. Nothing was written; put this team&apos;s file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of this laptop&apos;s segments are missing from the folder; everything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0} of {1} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, last sync {1}: {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync &amp;folder: USB stick, shared or cloud folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;central database of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder on the stick or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the database asks for one; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every meeting not marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the meetings ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations go with the meetings they take part in. A confidential meeting (notes confidential by default) goes only where you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s name, as the others see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the central database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the deletions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptops deleted much of a meeting:

{0}

Apply these deletions here too? If you answer No, nothing is changed and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncOps</name>
    <message>
        <source>Keep the shown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Worker</source>
        <translation>मज़दूर</translation>
    </message>
    <message>
        <source>Woman worker</source>
        <translation>महिला मज़दूर</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>प्रवासी मज़दूर</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>परिवार का सदस्य</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>समुदाय का सदस्य</translation>
    </message>
    <message>
        <source>Participant from a marginalised group</source>
        <translation>हाशिए के समूह से प्रतिभागी</translation>
    </message>
    <message>
        <source>Union representative</source>
        <translation>यूनियन प्रतिनिधि</translation>
    </message>
    <message>
        <source>Worker committee member</source>
        <translation>मज़दूर समिति के सदस्य</translation>
    </message>
    <message>
        <source>Government official</source>
        <translation>सरकारी अधिकारी</translation>
    </message>
    <message>
        <source>Supplier manager</source>
        <translation>आपूर्तिकर्ता के प्रबंधक</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ख़रीदार</translation>
    </message>
    <message>
        <source>Local NGO member</source>
        <translation>स्थानीय स्वयंसेवी संस्था के सदस्य</translation>
    </message>
    <message>
        <source>International NGO member</source>
        <translation>अंतरराष्ट्रीय स्वयंसेवी संस्था के सदस्य</translation>
    </message>
    <message>
        <source>Industry association member</source>
        <translation>उद्योग संघ के सदस्य</translation>
    </message>
    <message>
        <source>Initiative secretariat member</source>
        <translation>पहल के सचिवालय के सदस्य</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>ऑडिटर</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Every required stakeholder group is present in person or through a credible representative</source>
        <translation>हर ज़रूरी हितधारक समूह ख़ुद या किसी भरोसेमंद प्रतिनिधि के ज़रिए मौजूद है</translation>
    </message>
    <message>
        <source>Consult the potentially affected groups directly; where that is impossible, through credible representatives or independent experts, flagged as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone from the missing group, or record who credibly represents it (union, worker committee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who speaks for another group is flagged as a proxy or is a credible representative</source>
        <translation>किसी दूसरे समूह की ओर से बोलने वाला हर व्यक्ति प्रॉक्सी के रूप में चिह्नित है या भरोसेमंद प्रतिनिधि है</translation>
    </message>
    <message>
        <source>Affected people come first, then their credible representatives, then proxies and experts; a proxy must never pass for the group itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark NGO staff or experts who speak for a group as proxies, and name the group each proxy speaks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group heard on the site visits is invited to the roundtable</source>
        <translation>स्थल दौरों पर जिन समूहों से बात हुई, वे सभी गोलमेज़ बैठक में आमंत्रित हैं</translation>
    </message>
    <message>
        <source>A group whose situation the delegation saw and heard on a visit is affected: consult it directly, not only through what visitors report of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone from each group heard on the visits, or someone who credibly speaks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights-holders and their representatives make up at least the minimum share</source>
        <translation>अधिकार-धारक और उनके प्रतिनिधि कम से कम न्यूनतम हिस्सा हैं</translation>
    </message>
    <message>
        <source>Prioritise the most severely affected over the most influential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite more workers or their representatives, or fewer people from the same companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business side stays below the maximum share</source>
        <translation>व्यवसाय पक्ष अधिकतम हिस्से से नीचे रहता है</translation>
    </message>
    <message>
        <source>When buyers and suppliers fill the room, the most influential crowd out the most affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask companies to send one person each, or hold a separate business caucus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women workers are represented</source>
        <translation>महिला मज़दूरों का प्रतिनिधित्व है</translation>
    </message>
    <message>
        <source>Women and men face different risks; women are paid below the minimum wage more often and lack toilets at quarries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite women workers, consider a women-only session, a meeting time that fits care duties, and childcare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women make up at least the minimum share of participants</source>
        <translation>प्रतिभागियों में महिलाएँ कम से कम न्यूनतम हिस्सा हैं</translation>
    </message>
    <message>
        <source>Equal headcount does not guarantee equal voice, and a room with few women hears even less from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite more women, ask organisations to send a woman, or plan a women-only session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant&apos;s working language is covered by a shared language or an interpreter</source>
        <translation>हर प्रतिभागी की कामकाजी भाषा किसी साझा भाषा या दुभाषिए से पूरी होती है</translation>
    </message>
    <message>
        <source>Consultation must take language barriers into account; use local languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each person&apos;s languages and arrange an interpreter for every language pair that has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who cannot read the meeting languages get oral or audiovisual briefings</source>
        <translation>जो लोग बैठक की भाषाएँ पढ़ नहीं सकते, उन्हें मौखिक या दृश्य-श्रव्य जानकारी मिलती है</translation>
    </message>
    <message>
        <source>Information must be understandable given the audience&apos;s language and literacy, and shared in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for each such person how they are briefed (oral briefing, audio in their language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers do not sit in the same session as their suppliers&apos; management</source>
        <translation>मज़दूर अपने आपूर्तिकर्ता के प्रबंधन के साथ एक ही सत्र में नहीं बैठते</translation>
    </message>
    <message>
        <source>Speaking up in front of one&apos;s employer invites retaliation; engagement must not create retaliation risks. Worker-only sessions are our own inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give workers a separate caucus without supplier management, and keep them anonymous in every output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules are set</source>
        <translation>बुनियादी नियम तय हैं</translation>
    </message>
    <message>
        <source>Participants speak freely only when they know how what they say is used: Chatham House Rule, confidentiality, press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the ground rules the meeting will agree on at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is recorded before any recording or photos</source>
        <translation>किसी भी रिकॉर्डिंग या फ़ोटो से पहले सहमति दर्ज है</translation>
    </message>
    <message>
        <source>Recordings and photos can identify workers; without consent they create privacy and retaliation risks. Derived from I6 and I7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each person&apos;s dated consent, or switch recording and photos off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights-holders shown by name have consented to being named</source>
        <translation>नाम से दिखाए गए अधिकार-धारकों ने नाम दिखाने की सहमति दी है</translation>
    </message>
    <message>
        <source>Worker statements are anonymised by default; naming someone needs their consent. Derived from I6 and I7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dated consent to naming, or set the person to group only or anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; lost wages are compensated</source>
        <translation>मज़दूरों की छूटी मज़दूरी की भरपाई होती है</translation>
    </message>
    <message>
        <source>A day at a roundtable is a day without pay for a daily-wage or piece-rate worker. General participatory practice; no sector source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange lost-wage compensation for every worker, or record that it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel support and childcare that people need are arranged</source>
        <translation>लोगों को ज़रूरी यात्रा सहायता और बच्चों की देखभाल का इंतज़ाम है</translation>
    </message>
    <message>
        <source>Costs keep the poorest and those with care duties away. General participatory practice; no sector source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange what is marked as needed, or talk to the person about what would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator is independent</source>
        <translation>सूत्रधार स्वतंत्र है</translation>
    </message>
    <message>
        <source>An independent or neutral facilitator lets the convening company take part as an equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage a facilitator who works for none of the parties, and record it in the meeting&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child labour</source>
        <translation>बाल श्रम</translation>
    </message>
    <message>
        <source>Child labour and children&apos;s rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>जबरन श्रम</translation>
    </message>
    <message>
        <source>Forced or bonded labour and debt bondage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silica dust</source>
        <translation>सिलिका धूल</translation>
    </message>
    <message>
        <source>Silica dust and silicosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>दुर्घटनाएँ</translation>
    </message>
    <message>
        <source>Accidents from blasting, falling stone and machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>पानी और स्वच्छता</translation>
    </message>
    <message>
        <source>Drinking water, toilets and rest sheds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>मज़दूरी</translation>
    </message>
    <message>
        <source>Minimum and living wage, piece rates, cash pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>अनुबंध</translation>
    </message>
    <message>
        <source>Informality, registration, contracts and social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>काम के घंटे</translation>
    </message>
    <message>
        <source>Working hours and overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>संगठन बनाने की आज़ादी</translation>
    </message>
    <message>
        <source>Freedom of association and collective bargaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>भेदभाव</translation>
    </message>
    <message>
        <source>Caste, gender and ethnic discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>प्रवासी मज़दूर</translation>
    </message>
    <message>
        <source>Migrant and refugee workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young workers</source>
        <translation>युवा मज़दूर</translation>
    </message>
    <message>
        <source>Young workers and decent work for youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>पर्यावरण</translation>
    </message>
    <message>
        <source>Dust, water table, wastewater, tailings and quarry restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land and communities</source>
        <translation>ज़मीन और समुदाय</translation>
    </message>
    <message>
        <source>Land and community impacts, including indigenous peoples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>निवारण</translation>
    </message>
    <message>
        <source>Grievance mechanisms and access to remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>शासन</translation>
    </message>
    <message>
        <source>Corruption, illegal mining and intermediaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights-holders</source>
        <translation>अधिकार-धारक</translation>
    </message>
    <message>
        <source>People whose rights may be harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>प्रतिनिधि</translation>
    </message>
    <message>
        <source>Credible representatives of rights-holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty-bearers</source>
        <translation>दायित्व-धारक</translation>
    </message>
    <message>
        <source>Public authorities with duties to protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Companies in the supply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>नागरिक समाज</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relevant parties</source>
        <translation>अन्य संबंधित पक्ष</translation>
    </message>
    <message>
        <source>Experts, initiatives, auditors and meeting staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>मज़दूर</translation>
    </message>
    <message>
        <source>Quarry, processing, cobble-yard and home-based workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women workers</source>
        <translation>महिला मज़दूर</translation>
    </message>
    <message>
        <source>Women working in quarries, yards and at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>बच्चे और परिवार</translation>
    </message>
    <message>
        <source>Children and the families of workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected communities</source>
        <translation>प्रभावित समुदाय</translation>
    </message>
    <message>
        <source>Communities living near quarries and factories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalised groups</source>
        <translation>वंचित समूह</translation>
    </message>
    <message>
        <source>Groups marginalised by caste or tribe (Dalit, Adivasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade unions</source>
        <translation>मज़दूर संघ</translation>
    </message>
    <message>
        <source>Trade unions representing workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker committees</source>
        <translation>मज़दूर समितियाँ</translation>
    </message>
    <message>
        <source>Self-established worker representation where unions are banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation>सरकार</translation>
    </message>
    <message>
        <source>Labour and mining departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier management</source>
        <translation>आपूर्तिकर्ता प्रबंधन</translation>
    </message>
    <message>
        <source>Quarry owners, processors, exporters and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>ख़रीदार</translation>
    </message>
    <message>
        <source>Importing companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local NGOs</source>
        <translation>स्थानीय स्वयंसेवी संस्थाएँ</translation>
    </message>
    <message>
        <source>Local civil society organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International NGOs</source>
        <translation>अंतरराष्ट्रीय स्वयंसेवी संस्थाएँ</translation>
    </message>
    <message>
        <source>International civil society organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry associations</source>
        <translation>उद्योग संघ</translation>
    </message>
    <message>
        <source>Industry and trade associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-stakeholder initiative</source>
        <translation>बहु-हितधारक पहल</translation>
    </message>
    <message>
        <source>Secretariat of the initiative (e.g. TruStone, SER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifiers and auditors</source>
        <translation>प्रमाणक और लेखा परीक्षक</translation>
    </message>
    <message>
        <source>Certification bodies and auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <source>Occupational health, medical and legal experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>सूत्रधार</translation>
    </message>
    <message>
        <source>The people running the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>दुभाषिए</translation>
    </message>
    <message>
        <source>Interpreters and translators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stakeholder group: {0}. The groups are: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk tag: {0}. Known tags: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>One-day multi-stakeholder roundtable in a production country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full day with buyers, suppliers, workers&apos; representatives, NGOs and government; workers speak first and lunch is at a fixed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome and ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on Chatham House Rule, photos, recording and how statements are noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone says who they are and what they hope for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we saw on the site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared observations from quarries and processing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; voices: health and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers and their representatives speak first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages, contracts and working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where pay and contracts fall short and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions with an owner and a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How results are reported back to each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day supplier dialogue after site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An afternoon with supplier management and buyers to go through what the site visits showed and agree on improvements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we meet and what a good outcome looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What buyers and NGOs saw, presented without naming workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers&apos; response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers explain constraints and what they already do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: what can change and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh interests and agree on common goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions with an owner, a deadline and a way to check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting and reporting back to workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker-only caucus session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers and their representatives meet without supplier management, in their own language, before the joint dialogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome and safety of what is said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names leave the room; no photos; anyone may stop at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or roles only, as each person prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women workers&apos; group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women speak with a woman facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarry workers&apos; group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dust, accidents, pay and advances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we bring to the joint dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on the points and on who speaks for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing and how we stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to raise a concern after today without risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Agenda timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message>
        <source>Site visit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <source>optional, in degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who from management accompanied, by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village, district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts, ends, site&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Management accompanying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting (a visit on its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates are numbers in degrees, such as 25.19 and 75.44.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitOps</name>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a checklist note to the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a checklist note internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checklist note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitOutputs</name>
    <message>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits to the &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit of this meeting, for the delegation&apos;s calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the visit plan to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the supplier&apos;s visit report to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the delegation&apos;s visit report to {0}. It is for the delegation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visits calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the visits calendar to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPdf</name>
    <message>
        <source>Facilitator {version} · fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <source>Management present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: delegation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings were recorded on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished">प्रतिबद्धता</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished">प्रतिबद्धताएँ</translation>
    </message>
    <message>
        <source>No commitments concern this site yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations were held on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">अन्य</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">विषय</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">टिप्पणी</translation>
    </message>
    <message>
        <source>(in the supplier&apos;s report too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[photo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of the checklist was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>For the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit report for the supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPlan</name>
    <message>
        <source>Ask for consent to notes, and separately to quotes, before the first question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk without managers, supervisors or agents in sight or hearing; off-site if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A woman interviewer for women workers; the interpreter is not from the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write no names: only the group, and how many women and men took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a risk of retaliation: those points stay out of every report the supplier sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not share this plan with the site or the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children may be told to hide on an announced visit: ask about home-based work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[  ] seen   [  ] partly   [  ] not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Findings from the site visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {title} — {site} ({evidence}, {severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{risk} (findings: {count}), at {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits of this meeting have no findings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we saw on the site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which group the conversation was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of women and of men who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no recorded consent to being named; leave the conversation anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has points; delete them before taking the consent to notes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has quotes; delete them before taking the consent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management was present: workers may not have spoken freely, and what they said may expose them. Hear them again off-site, without management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaliation risk: these points stay out of supplier-facing reports, which only count the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to notes: only the setting of the conversation is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group did not consent to notes, so no points can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group did not consent to quotes: write it as a point, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This point names {0}, who asked not to be named. Write it without the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{women}, {men}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n men</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A finding needs a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a risk tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist answer already has a finding: {0}. Change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This point already has a finding: {0}. Change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s checklist has no item {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an item answered &apos;not observed&apos; or &apos;partly&apos; points to a finding: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding names {0}, who asked not to be named. Write it without the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture that can be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to photos is recorded for {0}. Record it first, or keep the photo to places and things without people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; keep a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(withheld: it names someone who asked not to be named, or gives a phone or an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other groups, together</source>
        <translation>अन्य समूह, एक साथ</translation>
    </message>
    <message>
        <source>To protect the workers who spoke with the delegation, this report gives no names, no time, place or language of any conversation, only the number of people per group of {0} or more (smaller groups are counted together, and not at all while fewer than {0} in all), and what was heard only as the number of points per risk. Conversations with a risk of retaliation, with management present or without consent to notes are not counted there, nor are those with a group of which fewer than {0} people were spoken with in all; nor are the findings heard in them, and this report does not say how many there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">अन्य</translation>
    </message>
    <message>
        <source>Unknown audience {0}: use internal or supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs the name of its site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site name can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site name names {0}, who asked not to be named. Name the site without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village or district can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates must be a latitude and a longitude in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit can last at most {0} days; check its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is on or after the meeting it prepares ({0}): its findings come too late for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is more than a year before the meeting it prepares: what was seen may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a visit by its id or the first characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} names more than one visit; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: give a whole number from 0 to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer has no field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s checklist has no item {0}; its items are: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the supplier reads a note is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note names {0}, who asked not to be named. Write it without the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer names {0}, who asked not to be named. Write it without the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note to show the supplier yet: write one first ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cobble yard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home-based work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">खुला</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्टि की</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {place}; {announcement}; {when} ({zone}); conversations: {talks}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet. Plan one with “Plan visit…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the visit to {0}, with its checklist, conversations and findings? Undo brings it back. Agenda items already made of its findings stay: Propose agenda items again takes its findings out of their notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unknown {what}: {value}. Use one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>तय</translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>गोपनीय</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Facilitator helps you plan a roundtable with the people affected in a supply chain, check that every group is included and safe, take notes and track speaking time, and print the agenda.&lt;/p&gt;&lt;p&gt;Everything stays on this computer and works without internet.&lt;/p&gt;&lt;p&gt;Explore a realistic example first, or start your own meeting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo roundtable (Rajasthan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an &amp;empty meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenClosed</name>
    <message>
        <source>The session is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is running. What should happen while Facilitator is closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause: the agenda clock stops until you resume with F5.
Keep running: the agenda clock goes on while the room carries on; nobody is credited with speaking time until Facilitator runs again.
End: the session is over and the meeting is marked closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a meeting on the left, or create one with File ▸ New meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is encrypted. Its meetings are shown once the passphrase is given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
