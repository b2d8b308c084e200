<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionOps</name>
    <message>
        <source>Change an action&apos;s status</source>
        <translation>Status van een actie wijzigen</translation>
    </message>
    <message>
        <source>Change an action&apos;s due date</source>
        <translation>Uiterste datum van een actie wijzigen</translation>
    </message>
    <message>
        <source>Edit what was agreed</source>
        <translation>Afspraak bewerken</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als klaar markeren</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Follow up commitment</source>
        <translation>Toezegging opvolgen</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>{own} · ledger: {ledger}</source>
        <translation>{own} · logboek: {ledger}</translation>
    </message>
    <message>
        <source>A commitment in someone&apos;s name; give it a status or a due date to follow it up.</source>
        <translation>Een toezegging op iemands naam; geef haar een status of een deadline om haar op te volgen.</translation>
    </message>
    <message>
        <source>Overdue: due {0} and not done.</source>
        <translation>Te laat: uiterlijk {0}, en niet gedaan.</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions and commitments</source>
        <translation>Acties en toezeggingen</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Actions (a:) and commitments (m:) are taken down in the Live section. Double-click or press F2 to edit a cell; Ctrl+Enter marks the chosen row done.</source>
        <translation>Acties (a:) en toezeggingen (m:) worden in het onderdeel Live genoteerd. Dubbelklik of druk op F2 om een cel te bewerken; Ctrl+Enter markeert de gekozen regel als klaar.</translation>
    </message>
    <message>
        <source>Follow in the &amp;ledger…</source>
        <translation>Volgen in het &amp;logboek…</translation>
    </message>
    <message>
        <source>Follow the chosen action in the commitments ledger (Visits), across meetings, until it is kept</source>
        <translation>De gekozen actie volgen in het logboek van toezeggingen (Bezoeken), over bijeenkomsten heen, tot ze is nagekomen</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>1 actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>1 nog open</numerusform>
            <numerusform>%n nog open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>1 toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>In the ledger: see Visits ▸ Commitments ledger.</source>
        <translation>In het logboek: zie Bezoeken ▸ Logboek van toezeggingen.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Plenary discussion</source>
        <translation>Plenaire discussie</translation>
    </message>
    <message>
        <source>Breakout or caucus</source>
        <translation>Deelsessie of caucus</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Maaltijd</translation>
    </message>
    <message>
        <source>Site-visit debrief</source>
        <translation>Nabespreking bezoek</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Actieplanning</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Consecutive</source>
        <translation>Consecutief</translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <translation>Simultaan</translation>
    </message>
    <message>
        <source>Whispered</source>
        <translation>Fluistertolken</translation>
    </message>
    <message>
        <source>An agenda item has no field {0}.</source>
        <translation>Een agendapunt heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Een agendapunt heeft een titel nodig.</translation>
    </message>
    <message>
        <source>An item title can have at most {0} characters.</source>
        <translation>De titel van een agendapunt mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>Unknown kind of agenda item: {0}. Known kinds: {1}</source>
        <translation>Onbekende soort agendapunt: {0}. Bekende soorten: {1}</translation>
    </message>
    <message>
        <source>Unknown interpretation mode: {0}. Use one of: {1}</source>
        <translation>Onbekende vorm van tolken: {0}. Gebruik een van: {1}</translation>
    </message>
    <message>
        <source>A track name can have at most {0} characters.</source>
        <translation>De naam van een spoor mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>A meeting can have days 1 to {0}.</source>
        <translation>Een bijeenkomst kan dag 1 tot en met {0} hebben.</translation>
    </message>
    <message>
        <source>Planned time is a whole number of minutes.</source>
        <translation>De geplande tijd is een geheel aantal minuten.</translation>
    </message>
    <message>
        <source>Planned time must be between 0 and {0} minutes, not {1}.</source>
        <translation>De geplande tijd moet tussen 0 en {0} minuten liggen, niet {1}.</translation>
    </message>
    <message>
        <source>Write a time of day as HH:MM, such as 12:30, not &apos;{0}&apos;.</source>
        <translation>Schrijf een tijdstip als UU:MM, zoals 12:30, niet &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is in a breakout track and cannot have a fixed time; fix the block&apos;s first item.</source>
        <translation>&apos;{0}&apos; zit in een deelsessie-spoor en kan geen vaste tijd hebben; geef het eerste punt van het blok een vaste tijd.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <source>A move changes only an item&apos;s day and place.</source>
        <translation>Een verplaatsing wijzigt alleen de dag en de plaats van een onderdeel.</translation>
    </message>
    <message>
        <source>A day must end after it starts.</source>
        <translation>Een dag moet eindigen nadat hij begint.</translation>
    </message>
    <message>
        <source>The template {0} cannot be read: {1}</source>
        <translation>Het sjabloon {0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <source>There is no agenda template {0}.</source>
        <translation>Er is geen agendasjabloon {0}.</translation>
    </message>
    <message>
        <source>Choose another meeting to copy the agenda from.</source>
        <translation>Kies een andere bijeenkomst om de agenda van te kopiëren.</translation>
    </message>
    <message>
        <source>That meeting has no agenda to copy.</source>
        <translation>Die bijeenkomst heeft geen agenda om te kopiëren.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geef het sjabloon een naam.</translation>
    </message>
    <message>
        <source>This agenda is empty; add items before saving it as a template.</source>
        <translation>Deze agenda is leeg; voeg punten toe voordat u hem als sjabloon opslaat.</translation>
    </message>
    <message>
        <source>A template named &apos;{0}&apos; exists already.</source>
        <translation>Er bestaat al een sjabloon met de naam &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>The template cannot be saved in {0}: {1}</source>
        <translation>Het sjabloon kan niet worden opgeslagen in {0}: {1}</translation>
    </message>
    <message>
        <source>Day {day}: &apos;{title}&apos; runs {minutes} min into &apos;{fixed}&apos;, fixed at its time.</source>
        <translation>Dag {day}: &apos;{title}&apos; loopt {minutes} min door in &apos;{fixed}&apos;, dat een vaste tijd heeft.</translation>
    </message>
    <message>
        <source>Day {day} is after the meeting&apos;s last day; move its items or extend the meeting.</source>
        <translation>Dag {day} valt na de laatste dag van de bijeenkomst; verplaats de punten van die dag of verleng de bijeenkomst.</translation>
    </message>
    <message>
        <source>Day {day} runs {minutes} min past its end, from &apos;{title}&apos; on.</source>
        <translation>Dag {day} loopt {minutes} min uit, vanaf &apos;{title}&apos;.</translation>
    </message>
</context>
<context>
    <name>AgendaCalendar</name>
    <message>
        <source>Led by: {0}</source>
        <translation>Geleid door: {0}</translation>
    </message>
    <message>
        <source>Interpretation: {0}</source>
        <translation>Tolken: {0}</translation>
    </message>
    <message>
        <source>Parallel group: {0}</source>
        <translation>Parallelle groep: {0}</translation>
    </message>
</context>
<context>
    <name>AgendaChecks</name>
    <message>
        <source>Agenda warnings</source>
        <translation>Waarschuwingen bij de agenda</translation>
    </message>
    <message>
        <source>{0:.0%} discussion and worker voice</source>
        <translation>{0:.0%} discussie en stem van werknemers</translation>
    </message>
    <message>
        <source>Day {0}: {1}–{2}</source>
        <translation>Dag {0}: {1}–{2}</translation>
    </message>
    <message>
        <source>Day {0} has {1:.0%} discussion and worker-voice time, under {2:.0%}.</source>
        <translation>Dag {0} heeft {1:.0%} tijd voor discussie en de stem van werknemers, minder dan {2:.0%}.</translation>
    </message>
    <message>
        <source>Add items, apply a template or copy the agenda of an earlier meeting.</source>
        <translation>Voeg punten toe, pas een sjabloon toe of kopieer de agenda van een eerdere bijeenkomst.</translation>
    </message>
    <message>
        <source>* counts as discussion and worker voice (breaks and meals are left out)</source>
        <translation>* telt als discussie en stem van werknemers (pauzes en maaltijden tellen niet mee)</translation>
    </message>
    <message>
        <source>No overruns, clashes with fixed times or imbalance.</source>
        <translation>Geen uitloop, botsingen met vaste tijden of onbalans.</translation>
    </message>
</context>
<context>
    <name>AgendaClock</name>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>{0} starts the first agenda item.</source>
        <translation>{0} start het eerste agendapunt.</translation>
    </message>
    <message>
        <source>This meeting has no agenda yet: add items in the Agenda section.</source>
        <translation>Deze bijeenkomst heeft nog geen agenda: voeg agendapunten toe in het onderdeel Agenda.</translation>
    </message>
    <message>
        <source>The session ended at {0}.</source>
        <translation>De sessie is om {0} beëindigd.</translation>
    </message>
    <message>
        <source>Next: {0} ({1} min)</source>
        <translation>Volgende: {0} ({1} min)</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Laatste agendapunt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused; {0} resumes.</source>
        <translation>Gepauzeerd; {0} hervat.</translation>
    </message>
    <message numerus="yes">
        <source>Day: %n min behind</source>
        <translation>
            <numerusform>Dag: %n min achter op schema</numerusform>
            <numerusform>Dag: %n min achter op schema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day: %n min ahead</source>
        <translation>
            <numerusform>Dag: %n min voor op schema</numerusform>
            <numerusform>Dag: %n min voor op schema</numerusform>
        </translation>
    </message>
    <message>
        <source>Day: on time</source>
        <translation>Dag: op schema</translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>HH:MM, empty for none</source>
        <translation>UU:MM, leeg voor geen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effectief</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>Vast om</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spoor</translation>
    </message>
    <message>
        <source>Risk tags</source>
        <translation>Risicolabels</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Runs into a fixed-time item that follows.</source>
        <translation>Loopt door in een volgend punt met een vaste tijd.</translation>
    </message>
    <message>
        <source>Ends after the day&apos;s end time.</source>
        <translation>Eindigt na de eindtijd van de dag.</translation>
    </message>
</context>
<context>
    <name>AgendaOps</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Agendapunt bewerken</translation>
    </message>
    <message>
        <source>Insert agenda item</source>
        <translation>Agendapunt invoegen</translation>
    </message>
    <message>
        <source>Duplicate agenda item</source>
        <translation>Agendapunt dupliceren</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Sjabloon toepassen</translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Agenda kopiëren</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <source>Change day hours</source>
        <translation>Dagtijden wijzigen</translation>
    </message>
    <message>
        <source>Edit agenda settings</source>
        <translation>Agenda-instellingen bewerken</translation>
    </message>
</context>
<context>
    <name>AgendaPdf</name>
    <message>
        <source>Languages: {0}</source>
        <translation>Talen: {0}</translation>
    </message>
    <message>
        <source>Chatham House Rule: what is said may be used, but not who said it.</source>
        <translation>Chatham House Rule: wat gezegd wordt mag worden gebruikt, maar niet wie het zei.</translation>
    </message>
    <message>
        <source>Times are local to the meeting: {0} ({1})</source>
        <translation>Tijden in plaatselijke tijd van de bijeenkomst: {0} ({1})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Geleid door</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>(fixed)</source>
        <translation>(vast)</translation>
    </message>
    <message>
        <source>parallel group: {0}</source>
        <translation>parallelle groep: {0}</translation>
    </message>
    <message>
        <source>Day {0} · {1}</source>
        <translation>Dag {0} · {1}</translation>
    </message>
    <message>
        <source>The agenda is still empty.</source>
        <translation>De agenda is nog leeg.</translation>
    </message>
    <message>
        <source>Times include the extra time that consecutive interpretation takes.</source>
        <translation>De tijden zijn inclusief de extra tijd die consecutief tolken kost.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Consecutive &amp;interpretation stretches items by</source>
        <translation>&amp;Consecutief tolken verlengt agendapunten met</translation>
    </message>
    <message>
        <source>Minimum &amp;discussion and worker-voice time per day</source>
        <translation>Minimale tijd per dag voor &amp;discussie en stem van werknemers</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>Een sjabloon toepassen</translation>
    </message>
    <message>
        <source>The template&apos;s items are added at the end of the agenda:</source>
        <translation>De punten van het sjabloon worden achteraan de agenda toegevoegd:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Een agenda kopiëren</translation>
    </message>
    <message>
        <source>The chosen meeting&apos;s agenda is added at the end of this one:</source>
        <translation>De agenda van de gekozen bijeenkomst wordt achteraan deze agenda toegevoegd:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>A template named &apos;{0}&apos; exists already. Replace it?</source>
        <translation>Er bestaat al een sjabloon met de naam &apos;{0}&apos;. Wilt u het vervangen?</translation>
    </message>
    <message>
        <source>Saved the template &apos;{0}&apos;.</source>
        <translation>Sjabloon &apos;{0}&apos; opgeslagen.</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Agenda opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the printable agenda to {0}</source>
        <translation>Afdrukbare agenda opgeslagen in {0}</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Sjablonen</translation>
    </message>
    <message numerus="yes">
        <source>%n items, {0} min planned</source>
        <translation>
            <numerusform>%n agendapunt, {0} min gepland</numerusform>
            <numerusform>%n agendapunten, {0} min gepland</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar to {0}</source>
        <translation>Kalender opgeslagen in {0}</translation>
    </message>
</context>
<context>
    <name>Anonymity</name>
    <message>
        <source>Named</source>
        <translation>Met naam</translation>
    </message>
    <message>
        <source>Group only</source>
        <translation>Alleen groep</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Participant (group withheld)</source>
        <translation>Deelnemer (groep niet vermeld)</translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation>Anonieme deelnemer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The data is damaged</source>
        <translation>De gegevens zijn beschadigd</translation>
    </message>
    <message>
        <source>{0}

Restore the backup {1} now? The damaged file is kept in the backups folder as it is.</source>
        <translation>{0}

De reservekopie {1} nu terugzetten? Het beschadigde bestand wordt ongewijzigd bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <source>Facilitator is already open on {0}.</source>
        <translation>Facilitator is al geopend op {0}.</translation>
    </message>
    <message>
        <source>That window was brought to the front.</source>
        <translation>Dat venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>Facilitator cannot open its data</source>
        <translation>Facilitator kan zijn gegevens niet openen</translation>
    </message>
    <message>
        <source>No automatic backup</source>
        <translation>Geen automatische reservekopie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Facilitator ran into an unexpected problem: {0}

Everything you entered before this was saved as you made it.</source>
        <translation>Facilitator stuitte op een onverwacht probleem: {0}

Alles wat u eerder invoerde, is opgeslagen zodra u het invoerde.</translation>
    </message>
    <message>
        <source>The details are in {0}. That log records only where in the program the problem happened: no names, notes or other text you entered, so you can send it to whoever helps you.</source>
        <translation>De details staan in {0}. Dat logboek legt alleen vast waar in het programma het probleem optrad: geen namen, notities of andere tekst die u invoerde. U kunt het dus gerust sturen naar wie u helpt.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>The data could not be checked</source>
        <translation>De gegevens konden niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>Facilitator found damage in its database ({0}). Stop entering data, close the window and restore the newest backup (File ▸ Restore from backup…, or &apos;facilitator restore&apos;). Earlier backups are kept; no backup is made of the damaged file.</source>
        <translation>Facilitator heeft schade in zijn database gevonden ({0}). Voer niets meer in, sluit het venster en zet de nieuwste reservekopie terug (Bestand ▸ Reservekopie terugzetten…, of &apos;facilitator restore&apos;). Eerdere reservekopieën blijven bewaard; van het beschadigde bestand wordt geen reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn nodig: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is nodig</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet samen met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument %r genegeerd</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (standaard: %(default)s)</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>opdrachten</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument</source>
        <translation>
            <numerusform>verwacht %s argument</numerusform>
            <numerusform>verwacht %s argumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Visit report</source>
        <translation>Bezoekverslag</translation>
    </message>
    <message>
        <source>For the delegation (internal)</source>
        <translation>Voor de delegatie (intern)</translation>
    </message>
    <message>
        <source>Everything recorded at {0}, with what was heard as the consent given allows. Keep it within the delegation.</source>
        <translation>Alles wat bij {0} is vastgelegd, met wat er is gehoord voor zover de gegeven toestemming dat toelaat. Houd het binnen de delegatie.</translation>
    </message>
    <message>
        <source>For the supplier</source>
        <translation>Voor de leverancier</translation>
    </message>
    <message>
        <source>Findings and commitments, and what was heard counted per risk, without words, languages, places or small groups, and only photos with nobody in them: no worker can be identified. Of the checklist&apos;s notes, only those ticked for the supplier.</source>
        <translation>Bevindingen en toezeggingen, en wat er is gehoord geteld per risico, zonder woorden, talen, plaatsen of kleine groepen, en alleen foto&apos;s waar niemand op staat: geen enkele werker is te herkennen. Van de notities bij de checklist alleen die voor de leverancier zijn aangevinkt.</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Unknown balance setting: {0}</source>
        <translation>Onbekende balansinstelling: {0}</translation>
    </message>
    <message>
        <source>The alert window must be between 1 and 120 minutes.</source>
        <translation>Het tijdvenster voor meldingen moet tussen 1 en 120 minuten liggen.</translation>
    </message>
    <message>
        <source>The dominance alert must be between 20% and 100% of talk.</source>
        <translation>De melding bij dominantie moet tussen 20% en 100% van de spreektijd liggen.</translation>
    </message>
    <message>
        <source>The under-representation alert must be between 0 and 1 times the expected share.</source>
        <translation>De melding bij ondervertegenwoordiging moet tussen 0 en 1 keer het verwachte aandeel liggen.</translation>
    </message>
    <message>
        <source>Expected shares follow headcount, equal groups or custom targets.</source>
        <translation>Verwachte aandelen volgen het aantal aanwezigen, gelijke groepen of eigen streefwaarden.</translation>
    </message>
    <message>
        <source>A target share cannot be negative.</source>
        <translation>Een streefaandeel kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Balance index: 1 when each group&apos;s talk matches its expected share, falling towards 0 as one group takes the talk.</source>
        <translation>Balansindex: 1 als elke groep zoveel spreekt als haar verwachte aandeel, dalend naar 0 naarmate één groep het woord neemt.</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>This item is meant for {groups}, who hold only {share:.0%} of the talk in the last {minutes} minutes: give them the floor.</source>
        <translation>Dit punt is bedoeld voor {groups}, maar zij hebben de afgelopen {minutes} minuten maar {share:.0%} van de spreektijd: geef hun het woord.</translation>
    </message>
    <message>
        <source>{group}: {share:.0%} of the talk in the last {minutes} minutes (alert above {limit:.0%}).</source>
        <translation>{group}: {share:.0%} van de spreektijd in de laatste {minutes} minuten (melding boven {limit:.0%}).</translation>
    </message>
    <message>
        <source>{group}: only {share} of the talk, under its alert level of {limit}.</source>
        <translation>{group}: slechts {share} van de spreektijd, onder de meldingsgrens van {limit}.</translation>
    </message>
    <message>
        <source>Talk per stakeholder group</source>
        <translation>Spreektijd per stakeholdergroep</translation>
    </message>
    <message>
        <source>Exp.: expected share of talk · Gap: share minus expected, in points · Interp.: interpretation time</source>
        <translation>Verw.: verwacht aandeel in de spreektijd · Verschil: aandeel min verwacht, in procentpunten · Tolken: tijd voor tolkwerk</translation>
    </message>
    <message>
        <source>Balance {0} overall · {1} this item (1 = as expected)</source>
        <translation>Balans {0} in totaal · {1} bij dit agendapunt (1 = zoals verwacht)</translation>
    </message>
    <message>
        <source>Suggested next voice: {0}</source>
        <translation>Voorgestelde volgende stem: {0}</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <source>Not yet heard: {0}</source>
        <translation>Nog niet gehoord: {0}</translation>
    </message>
    <message>
        <source>Talk {0} · interpretation {1} · procedural {2} · silence {3}</source>
        <translation>Spreektijd {0} · tolken {1} · procedureel {2} · stilte {3}</translation>
    </message>
</context>
<context>
    <name>BalanceSettingsDialog</name>
    <message>
        <source>Balance settings</source>
        <translation>Balansinstellingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>By headcount present</source>
        <translation>Naar aantal aanwezigen</translation>
    </message>
    <message>
        <source>Equal per group</source>
        <translation>Gelijk per groep</translation>
    </message>
    <message>
        <source>Custom targets</source>
        <translation>Eigen streefwaarden</translation>
    </message>
    <message>
        <source>Alert when one group holds more than</source>
        <translation>Melding wanneer één groep meer heeft dan</translation>
    </message>
    <message>
        <source>of the talk in the last</source>
        <translation>van de spreektijd in de laatste</translation>
    </message>
    <message>
        <source>Alert when a group&apos;s share is below (times expected)</source>
        <translation>Melding wanneer het aandeel van een groep lager is dan (maal verwacht)</translation>
    </message>
    <message>
        <source>Expected share per group</source>
        <translation>Verwacht aandeel per groep</translation>
    </message>
    <message>
        <source> weight</source>
        <translation> gewicht</translation>
    </message>
    <message>
        <source>Custom target: {0}</source>
        <translation>Eigen streefwaarde: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>To supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Ticked, the supplier&apos;s report carries this note too; unticked, only the internal report does (S)</source>
        <translation>Aangevinkt staat deze notitie ook in het verslag voor de leverancier; niet aangevinkt alleen in het interne verslag (S)</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Severity of the finding</source>
        <translation>Ernst van de bevinding</translation>
    </message>
    <message>
        <source>Attach ph&amp;oto…</source>
        <translation>&amp;Foto toevoegen…</translation>
    </message>
    <message>
        <source>Keys: 1 observed · 2 partly · 3 not observed · 4 not seen · 0 clear · F2 note · S note to the supplier or not</source>
        <translation>Toetsen: 1 waargenomen · 2 deels · 3 niet waargenomen · 4 niet gezien · 0 wissen · F2 notitie · S notitie wel of niet naar de leverancier</translation>
    </message>
    <message>
        <source>Make fin&amp;ding</source>
        <translation>Be&amp;vinding maken</translation>
    </message>
    <message>
        <source>A finding from the chosen item, answered not observed or partly</source>
        <translation>Een bevinding uit het gekozen onderdeel, beantwoord met niet waargenomen of deels</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Ernst:</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>Foto toevoegen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Only an item answered “not observed” or “partly” points to a finding: {0}</source>
        <translation>Alleen een onderdeel met het antwoord “niet waargenomen” of “deels” wijst op een bevinding: {0}</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>A checklist template needs a title and a list of items.</source>
        <translation>Een checklistsjabloon heeft een titel en een lijst met punten nodig.</translation>
    </message>
    <message>
        <source>A checklist can have at most {0} items.</source>
        <translation>Een checklist kan hoogstens {0} punten hebben.</translation>
    </message>
    <message>
        <source>Each checklist item must be an object with a name and a label.</source>
        <translation>Elk checklistpunt moet een object met een naam en een label zijn.</translation>
    </message>
    <message>
        <source>Item {0}: a name (lower-case letters, digits, _) and a label are needed.</source>
        <translation>Punt {0}: een naam (kleine letters, cijfers, _) en een label zijn nodig.</translation>
    </message>
    <message>
        <source>Two items are named {0}.</source>
        <translation>Twee punten heten {0}.</translation>
    </message>
    <message>
        <source>Item {name}: unknown answer type {kind}; use one of: {known}.</source>
        <translation>Punt {name}: onbekend antwoordtype {kind}; gebruik een van: {known}.</translation>
    </message>
    <message>
        <source>The checklist {0} cannot be read: {1}</source>
        <translation>De checklist {0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <source>There is no checklist template {0}.</source>
        <translation>Er is geen checklistsjabloon {0}.</translation>
    </message>
    <message>
        <source>A checklist named {0} exists already.</source>
        <translation>Er bestaat al een checklist met de naam {0}.</translation>
    </message>
    <message>
        <source>Natural stone site (quarry, processing unit, cobble yard)</source>
        <translation>Natuursteenlocatie (groeve, verwerkingsbedrijf, kasseienwerf)</translation>
    </message>
    <message>
        <source>Protective equipment</source>
        <translation>Beschermingsmiddelen</translation>
    </message>
    <message>
        <source>Workers wear dust masks (FFP2 or better) while cutting, drilling or breaking stone</source>
        <translation>Werkers dragen stofmaskers (FFP2 of beter) bij het zagen, boren of breken van steen</translation>
    </message>
    <message>
        <source>Count who wears one at the moment you pass; a mask hanging around the neck does not count. Field studies found 72% of workers without PPE.</source>
        <translation>Tel wie er een draagt op het moment dat u langsloopt; een masker dat om de nek hangt telt niet. Veldonderzoek vond 72% van de werkers zonder beschermingsmiddelen.</translation>
    </message>
    <message>
        <source>Eye protection is worn where chips fly</source>
        <translation>Er wordt oogbescherming gedragen waar splinters vliegen</translation>
    </message>
    <message>
        <source>Chiselling cobbles and dressing blocks throw splinters.</source>
        <translation>Het hakken van kasseien en het bewerken van blokken doet splinters vliegen.</translation>
    </message>
    <message>
        <source>Helmets are worn in the pit and under loads</source>
        <translation>In de groeve en onder lasten worden helmen gedragen</translation>
    </message>
    <message>
        <source>Falling stone and swinging loads kill quarry workers every year.</source>
        <translation>Vallende stenen en zwaaiende lasten doden elk jaar groevewerkers.</translation>
    </message>
    <message>
        <source>Safety boots are worn, not sandals or bare feet</source>
        <translation>Er worden veiligheidsschoenen gedragen, geen sandalen of blote voeten</translation>
    </message>
    <message>
        <source>Crushed feet and toes are common where blocks are moved by hand.</source>
        <translation>Verbrijzelde voeten en tenen komen vaak voor waar blokken met de hand worden verplaatst.</translation>
    </message>
    <message>
        <source>Dust</source>
        <translation>Stof</translation>
    </message>
    <message>
        <source>Drilling and cutting are wet, or dust is extracted</source>
        <translation>Er wordt nat geboord en gezaagd, of het stof wordt afgezogen</translation>
    </message>
    <message>
        <source>Look for a water line at the drill bit or the saw, and for dust settled on skin and hair.</source>
        <translation>Kijk of er een waterleiding bij de boorkop of de zaag is, en naar stof op huid en haar.</translation>
    </message>
    <message>
        <source>Water, sanitation and rest</source>
        <translation>Water, sanitair en rust</translation>
    </message>
    <message>
        <source>Clean drinking water is within reach of every work place</source>
        <translation>Schoon drinkwater is binnen bereik van elke werkplek</translation>
    </message>
    <message>
        <source>Ask where the water comes from and who pays for it. 60% of sampled quarries lacked clean water.</source>
        <translation>Vraag waar het water vandaan komt en wie ervoor betaalt. 60% van de onderzochte groeven had geen schoon water.</translation>
    </message>
    <message>
        <source>Separate, usable toilets for women and for men</source>
        <translation>Aparte, bruikbare toiletten voor vrouwen en voor mannen</translation>
    </message>
    <message>
        <source>Open the door: a locked or broken toilet is not a toilet. The lack of toilets is a particular problem for women.</source>
        <translation>Open de deur: een afgesloten of kapot toilet is geen toilet. Het gebrek aan toiletten is vooral voor vrouwen een probleem.</translation>
    </message>
    <message>
        <source>A shed or shade for lunch and rest</source>
        <translation>Een afdak of schaduw voor lunch en rust</translation>
    </message>
    <message>
        <source>Midday heat passes 45 °C in summer: the shade must hold every worker at once.</source>
        <translation>&apos;s Middags wordt het in de zomer meer dan 45 °C: de schaduw moet plaats bieden aan alle werkers tegelijk.</translation>
    </message>
    <message>
        <source>A stocked first-aid kit and someone who can use it</source>
        <translation>Een gevulde verbandtrommel en iemand die ermee om kan gaan</translation>
    </message>
    <message>
        <source>Ask to see it; check the dates.</source>
        <translation>Vraag om hem te zien; controleer de houdbaarheidsdata.</translation>
    </message>
    <message>
        <source>Papers and pay</source>
        <translation>Papieren en loon</translation>
    </message>
    <message>
        <source>Workers hold ID cards and are paid into their own bank accounts</source>
        <translation>Werkers hebben een identiteitskaart en worden op hun eigen bankrekening betaald</translation>
    </message>
    <message>
        <source>A TruStone checkpoint: without them wages are not registered. Ask whether the employer keeps the cards.</source>
        <translation>Een TruStone-controlepunt: zonder deze worden lonen niet geregistreerd. Vraag of de werkgever de kaarten bewaart.</translation>
    </message>
    <message>
        <source>A wage register with piece rates, signed or thumb-printed by the workers</source>
        <translation>Een loonregister met stukloontarieven, ondertekend of met duimafdruk van de werkers</translation>
    </message>
    <message>
        <source>Compare one line with what a worker says they were paid. Cash pay leaves no record.</source>
        <translation>Vergelijk een regel met wat een werker zegt te hebben ontvangen. Contante betaling laat geen spoor na.</translation>
    </message>
    <message>
        <source>Advances and loans are written down, with their interest and repayments</source>
        <translation>Voorschotten en leningen worden opgeschreven, met hun rente en aflossingen</translation>
    </message>
    <message>
        <source>Unwritten advances at 24-36% a year tie workers to a site. Ask off-site, never in front of the contractor.</source>
        <translation>Ongeschreven voorschotten tegen 24-36% per jaar binden werkers aan een locatie. Vraag ernaar buiten de locatie, nooit in het bijzijn van de aannemer.</translation>
    </message>
    <message>
        <source>Children and hours</source>
        <translation>Kinderen en werktijden</translation>
    </message>
    <message>
        <source>No children are working or present at the work place</source>
        <translation>Er werken of verblijven geen kinderen op de werkplek</translation>
    </message>
    <message>
        <source>Answer &apos;not observed&apos; when you saw children at work. Children are told to hide on announced visits: look behind sheds and in nearby homes, and note whether the visit was announced.</source>
        <translation>Antwoord &apos;niet waargenomen&apos; als u kinderen aan het werk zag. Bij aangekondigde bezoeken wordt kinderen gezegd zich te verstoppen: kijk achter afdaken en in huizen in de buurt, en noteer of het bezoek was aangekondigd.</translation>
    </message>
    <message>
        <source>Working hours and rest days are kept to the legal limits</source>
        <translation>Werktijden en rustdagen blijven binnen de wettelijke grenzen</translation>
    </message>
    <message>
        <source>Ask when the shift starts and whether Sunday is free; look at the attendance register.</source>
        <translation>Vraag wanneer de dienst begint en of de zondag vrij is; kijk in het aanwezigheidsregister.</translation>
    </message>
    <message>
        <source>Number of workers seen at work</source>
        <translation>Aantal werkers aan het werk gezien</translation>
    </message>
    <message>
        <source>A rough count is enough; it puts the other answers in proportion.</source>
        <translation>Een ruwe telling is genoeg; die plaatst de andere antwoorden in verhouding.</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Workers know a way to raise a complaint safely, outside the line of supervisors</source>
        <translation>Werkers weten hoe ze veilig een klacht kunnen indienen, buiten hun leidinggevenden om</translation>
    </message>
    <message>
        <source>Ask two workers, apart from each other, whom they would go to; a phone number on a wall in a language they cannot read does not count.</source>
        <translation>Vraag twee werkers, apart van elkaar, bij wie ze terecht zouden kunnen; een telefoonnummer op een muur in een taal die ze niet kunnen lezen telt niet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>copy the database to a backup file</source>
        <translation>kopieer de database naar een reservekopie</translation>
    </message>
    <message>
        <source>where to write the copy (default: the backups folder)</source>
        <translation>waar de kopie moet komen (standaard: de map met reservekopieën)</translation>
    </message>
    <message>
        <source>list the backups that exist</source>
        <translation>toon de bestaande reservekopieën</translation>
    </message>
    <message>
        <source>{0} exists already; choose a new file name.</source>
        <translation>{0} bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>Its key file is beside it, {0}: keep the two together. The copy opens on another laptop with the passphrase or the recovery key.</source>
        <translation>Het sleutelbestand staat ernaast, {0}: houd de twee bij elkaar. De kopie opent op een andere laptop met de wachtwoordzin of de herstelsleutel.</translation>
    </message>
    <message>
        <source>add the demo roundtable and print its meeting id</source>
        <translation>voeg de demo-rondetafel toe en toon het id van de bijeenkomst</translation>
    </message>
    <message>
        <source>show one meeting</source>
        <translation>toon één bijeenkomst</translation>
    </message>
    <message>
        <source>show a meeting&apos;s timed agenda, or export it</source>
        <translation>toon de agenda met tijden van een bijeenkomst, of exporteer die</translation>
    </message>
    <message>
        <source>list a meeting&apos;s actions and commitments: owner, due date, status, item</source>
        <translation>de acties en toezeggingen van een bijeenkomst tonen: eigenaar, deadline, status, agendapunt</translation>
    </message>
    <message>
        <source>meeting id or its first characters</source>
        <translation>id van de bijeenkomst of de eerste tekens ervan</translation>
    </message>
    <message>
        <source>MEETING</source>
        <translation>BIJEENKOMST</translation>
    </message>
    <message>
        <source>No actions or commitments in this meeting yet.</source>
        <translation>Nog geen acties of toezeggingen in deze bijeenkomst.</translation>
    </message>
    <message>
        <source>during: {0}</source>
        <translation>tijdens: {0}</translation>
    </message>
    <message>
        <source>print JSON with every item&apos;s times</source>
        <translation>geef JSON met de tijden van elk onderdeel</translation>
    </message>
    <message>
        <source>write an iCalendar file</source>
        <translation>schrijf een iCalendar-bestand</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>write the agenda as a PDF</source>
        <translation>schrijf de agenda als PDF</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} geschreven</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dag {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Waarschuwing: {0}</translation>
    </message>
    <message>
        <source>Warning: day {0} has {1} discussion and worker-voice time, under {2}.</source>
        <translation>Waarschuwing: dag {0} heeft {1} tijd voor discussie en de stem van werknemers, minder dan {2}.</translation>
    </message>
    <message>
        <source>compare the two versions of a text and decide</source>
        <translation>de twee versies van een tekst vergelijken en kiezen</translation>
    </message>
    <message>
        <source>conflict id or the first characters of it</source>
        <translation>id van het conflict of de eerste tekens ervan</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>keep the shown text or the other version</source>
        <translation>de getoonde tekst houden of de andere versie nemen</translation>
    </message>
    <message>
        <source>use the text in this file</source>
        <translation>de tekst uit dit bestand gebruiken</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>geef JSON in plaats van tekst</translation>
    </message>
    <message>
        <source>{0} cannot be read as text: {1}</source>
        <translation>{0} is niet als tekst te lezen: {1}</translation>
    </message>
    <message>
        <source>The shown text stays.</source>
        <translation>De getoonde tekst blijft staan.</translation>
    </message>
    <message>
        <source>The other version replaces the shown text.</source>
        <translation>De andere versie vervangt de getoonde tekst.</translation>
    </message>
    <message>
        <source>The merged text replaces the shown text.</source>
        <translation>De samengevoegde tekst vervangt de getoonde tekst.</translation>
    </message>
    <message>
        <source>The decision reaches the other laptops at their next sync.</source>
        <translation>De keuze komt bij de volgende synchronisatie op de andere laptops aan.</translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation>Nu getoond:</translation>
    </message>
    <message>
        <source>Other version, from {0}:</source>
        <translation>Andere versie, van {0}:</translation>
    </message>
    <message>
        <source>Both versions are of someone not shown by name, and this command&apos;s output may leave the laptop: open File ▸ Conflicts to decide… in the window to compare them, and decide there, or here with --keep.</source>
        <translation>Beide versies gaan over iemand die niet bij naam getoond wordt, en wat dit commando toont kan de laptop verlaten: open Bestand ▸ Conflicten om over te beslissen… in het venster om ze te vergelijken, en beslis daar, of hier met --keep.</translation>
    </message>
    <message>
        <source>Word by word ([-only in the shown text-] {+only in the other+}):</source>
        <translation>Woord voor woord ([-alleen in de getoonde tekst-] {+alleen in de andere+}):</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation>Talen: {0}</translation>
    </message>
    <message>
        <source>Chatham House Rule: {0}</source>
        <translation>Chatham House Rule: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Public outputs show a group on its own from {0} people; smaller ones are merged.</source>
        <translation>Openbare stukken tonen een groep apart vanaf {0} personen; kleinere worden samengevoegd.</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>toon bijeenkomsten</translation>
    </message>
    <message>
        <source>only this meeting&apos;s conflicts</source>
        <translation>alleen de conflicten van deze bijeenkomst</translation>
    </message>
    <message>
        <source>include conflicts decided already</source>
        <translation>ook conflicten waarover al is beslist</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>geef JSON in plaats van een tabel</translation>
    </message>
    <message>
        <source>list what was edited on two laptops at once, to decide which version stays</source>
        <translation>toon wat op twee laptops tegelijk is bewerkt, om te kiezen welke versie blijft</translation>
    </message>
    <message>
        <source>No conflicts to decide.</source>
        <translation>Geen conflicten om over te beslissen.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Compare and decide with: facilitator conflict ID [--keep shown|other]</source>
        <translation>Vergelijk en kies met: facilitator conflict ID [--keep shown|other]</translation>
    </message>
    <message>
        <source>include archived meetings</source>
        <translation>neem gearchiveerde bijeenkomsten mee</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>ZOEKTERM</translation>
    </message>
    <message>
        <source>only meetings whose title or place matches</source>
        <translation>alleen bijeenkomsten waarvan titel of plaats overeenkomt</translation>
    </message>
    <message>
        <source>No meeting matches &apos;{0}&apos;.</source>
        <translation>Geen bijeenkomst komt overeen met &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>No meetings yet. Run &apos;facilitator demo&apos; to add the demo roundtable.</source>
        <translation>Nog geen bijeenkomsten. Voer &apos;facilitator demo&apos; uit om de demo-rondetafel toe te voegen.</translation>
    </message>
    <message>
        <source>open every screen offscreen on a throw-away copy of the demo and exit</source>
        <translation>open elk scherm onzichtbaar op een wegwerpkopie van de demo en stop</translation>
    </message>
    <message numerus="yes">
        <source>selftest: %n problems</source>
        <translation>
            <numerusform>selftest: %n probleem</numerusform>
            <numerusform>selftest: %n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>selftest: every screen opened</source>
        <translation>zelftest: elk scherm is geopend</translation>
    </message>
    <message>
        <source>&apos;{0} --help&apos; shows how.</source>
        <translation>&apos;{0} --help&apos; laat zien hoe.</translation>
    </message>
    <message>
        <source>Plan, run and document multi-stakeholder roundtables, offline.</source>
        <translation>Plan, leid en documenteer multi-stakeholderrondetafels, offline.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>folder holding the database (default: the user data folder, or $FACILITATOR_DATA_DIR)</source>
        <translation>map met de database (standaard: de gegevensmap van de gebruiker, of $FACILITATOR_DATA_DIR)</translation>
    </message>
    <message>
        <source>language of the interface, e.g. en or nl</source>
        <translation>taal van de interface, bijvoorbeeld en of nl</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>There is no language {0}: use {1} ({2} for documents).</source>
        <translation>Er is geen taal {0}: gebruik {1} ({2} voor documenten).</translation>
    </message>
    <message>
        <source>facilitator: {0}</source>
        <translation>facilitator: {0}</translation>
    </message>
    <message>
        <source>meeting id or the first characters of it</source>
        <translation>id van de bijeenkomst of de eerste tekens ervan</translation>
    </message>
    <message>
        <source>list a meeting&apos;s participants</source>
        <translation>toon de deelnemers van een bijeenkomst</translation>
    </message>
    <message>
        <source>print the list as CSV</source>
        <translation>geef de lijst als CSV</translation>
    </message>
    <message>
        <source>import an invitation list from a CSV or XLSX file</source>
        <translation>importeer een uitnodigingslijst uit een CSV- of XLSX-bestand</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>een .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>VALUE=GROUP</source>
        <translation>WAARDE=GROEP</translation>
    </message>
    <message>
        <source>read a group value of the file as this stakeholder group (its id or label); may be repeated</source>
        <translation>een groepswaarde uit het bestand lezen als deze stakeholdergroep (id of naam); mag vaker worden gegeven</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>the workbook sheet that holds the list; by default the first with a column for names</source>
        <translation>het werkblad met de lijst; standaard het eerste met een kolom voor namen</translation>
    </message>
    <message>
        <source>write the importable rows; without it, only show the preview</source>
        <translation>schrijf de importeerbare rijen; zonder deze optie alleen een voorbeeld tonen</translation>
    </message>
    <message>
        <source>run the inclusion checks of a meeting</source>
        <translation>voer de inclusiecontroles van een bijeenkomst uit</translation>
    </message>
    <message>
        <source>planning counts everyone invited who has not declined; day counts those who attended</source>
        <translation>planning telt iedereen die is uitgenodigd en zich niet heeft afgemeld; dag telt wie aanwezig was</translation>
    </message>
    <message>
        <source>exit with 1 when a blocker fails</source>
        <translation>stop met code 1 wanneer een blokkerende controle faalt</translation>
    </message>
    <message>
        <source>No one is on this meeting&apos;s list yet.</source>
        <translation>Er staat nog niemand op de lijst van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>--map-group needs VALUE=GROUP with a known group, e.g. &quot;SHG=RH_WOMEN_WORKER&quot;; got: {0}</source>
        <translation>--map-group verwacht WAARDE=GROEP met een bekende groep, bijvoorbeeld &quot;SHG=RH_WOMEN_WORKER&quot;; gekregen: {0}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is read. The workbook has more sheets with rows: {others}; import each with --sheet NAME.</source>
        <translation>Werkblad &apos;{sheet}&apos; is gelezen. De werkmap heeft nog meer werkbladen met rijen: {others}; importeer elk met --sheet NAAM.</translation>
    </message>
    <message>
        <source>Row {row} names the columns; what is above it is not imported (rows: {rows}).</source>
        <translation>Rij {row} noemt de kolommen; wat erboven staat wordt niet geïmporteerd (rijen: {rows}).</translation>
    </message>
    <message>
        <source>Columns: {0}</source>
        <translation>Kolommen: {0}</translation>
    </message>
    <message>
        <source>Not imported: column &apos;{0}&apos;.</source>
        <translation>Niet geïmporteerd: kolom &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Not imported: column {0}, which has no name.</source>
        <translation>Niet geïmporteerd: kolom {0}, die geen naam heeft.</translation>
    </message>
    <message>
        <source>No column for {0}.</source>
        <translation>Geen kolom voor {0}.</translation>
    </message>
    <message>
        <source>Line {0}: skipped: {1}</source>
        <translation>Regel {0}: overgeslagen: {1}</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Regel {0}: {1}</translation>
    </message>
    <message>
        <source>Line {0}: already in the register; merged.</source>
        <translation>Regel {0}: staat al in het register; samengevoegd.</translation>
    </message>
    <message>
        <source>Group value &apos;{value}&apos; is not known (rows: {count}); map it with --map-group &quot;{value}=GROUP&quot;.</source>
        <translation>Groepswaarde &apos;{value}&apos; is onbekend (rijen: {count}); koppel die met --map-group &quot;{value}=GROEP&quot;.</translation>
    </message>
    <message>
        <source>{ready} of {total} rows can be imported ({merged} merged with the register).</source>
        <translation>{ready} van {total} rijen kunnen worden geïmporteerd ({merged} samengevoegd met het register).</translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list will be better protected, as the file asks.</source>
        <translation>
            <numerusform>%n die al op de lijst staat, wordt beter beschermd, zoals het bestand vraagt.</numerusform>
            <numerusform>%n die al op de lijst staan, worden beter beschermd, zoals het bestand vraagt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list will have the answer the file gives.</source>
        <translation>
            <numerusform>Eén persoon die al op de lijst staat, krijgt het antwoord uit het bestand.</numerusform>
            <numerusform>%n mensen die al op de lijst staan, krijgen het antwoord uit het bestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Better protected, as the file asks: %n already on the list.</source>
        <translation>
            <numerusform>Beter beschermd, zoals het bestand vraagt: %n die al op de lijst stond.</numerusform>
            <numerusform>Beter beschermd, zoals het bestand vraagt: %n die al op de lijst stonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to import.</source>
        <translation>Er is niets geschreven. Voer de opdracht opnieuw uit met --yes om te importeren.</translation>
    </message>
    <message>
        <source>Imported: {added} new, {merged} merged, {skipped} skipped.</source>
        <translation>Geïmporteerd: {added} nieuw, {merged} samengevoegd, {skipped} overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>With the answer the file gives: %n already on the list.</source>
        <translation>
            <numerusform>Met het antwoord uit het bestand: één persoon die al op de lijst stond.</numerusform>
            <numerusform>Met het antwoord uit het bestand: %n mensen die al op de lijst stonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Oplossing: {0}</translation>
    </message>
    <message>
        <source>{passed} passed, {failed} failed, {warnings} warnings, {advice} advice.</source>
        <translation>{passed} geslaagd, {failed} mislukt, {warnings} waarschuwingen, {advice} adviezen.</translation>
    </message>
    <message>
        <source>speaking balance and timing of a meeting</source>
        <translation>spreekbalans en timing van een bijeenkomst</translation>
    </message>
    <message>
        <source>Balance index {0} over the groups shown below (1 = talk follows the expected shares)</source>
        <translation>Balansindex {0} over de groepen hieronder (1 = de spreektijd volgt de verwachte aandelen)</translation>
    </message>
    <message>
        <source>Talk {0} min, interpretation {1} min, procedural {2} min, silence {3} min</source>
        <translation>Spreken {0} min, tolken {1} min, procedureel {2} min, stilte {3} min</translation>
    </message>
    <message>
        <source>Group                          min  share  expected    gap  turns</source>
        <translation>Groep                         min aandeel verwacht verschil beurten</translation>
    </message>
    <message>
        <source>Person                         min  share  turns</source>
        <translation>Persoon                       min aandeel beurten</translation>
    </message>
    <message>
        <source>Agenda item                    planned  actual  balance</source>
        <translation>Agendapunt                   gepland werkelijk balans</translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min behind plan.</source>
        <translation>
            <numerusform>De dag loopt %n min achter op schema.</numerusform>
            <numerusform>De dag loopt %n min achter op schema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n min ahead of plan.</source>
        <translation>
            <numerusform>De dag loopt %n min voor op schema.</numerusform>
            <numerusform>De dag loopt %n min voor op schema.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day runs on time.</source>
        <translation>De dag loopt op schema.</translation>
    </message>
    <message>
        <source>Alert: {0} holds {1} of the talk in the last minutes.</source>
        <translation>Let op: {0} heeft de laatste minuten {1} van de spreektijd.</translation>
    </message>
    <message>
        <source>Alert: {0} has only {1} of the talk.</source>
        <translation>Let op: {0} heeft maar {1} van de spreektijd.</translation>
    </message>
    <message>
        <source>Not yet heard: {0}</source>
        <translation>Nog niet gehoord: {0}</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key): </source>
        <translation>Wachtwoordzin (of herstelsleutel): </translation>
    </message>
    <message>
        <source>A passphrase is needed here: set {0} or run the command in a terminal.</source>
        <translation>Hier is een wachtwoordzin nodig: stel {0} in of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>No data here yet: {0} has no Facilitator database. Run &apos;facilitator demo&apos; or open the window to begin.</source>
        <translation>Hier staan nog geen gegevens: {0} heeft geen Facilitator-database. Voer &apos;facilitator demo&apos; uit of open het venster om te beginnen.</translation>
    </message>
    <message>
        <source>Waiting while a backup is put back in {0}…</source>
        <translation>Wachten tot een reservekopie is teruggezet in {0}…</translation>
    </message>
    <message>
        <source>Read-only: {0} cannot be written, so its data is shown without any change.</source>
        <translation>Alleen-lezen: in {0} kan niet worden geschreven, dus de gegevens worden getoond zonder iets te wijzigen.</translation>
    </message>
    <message>
        <source>put a backup back in place of the database</source>
        <translation>een reservekopie terugzetten in plaats van de database</translation>
    </message>
    <message>
        <source>a backup file (see &apos;facilitator backup --list&apos;)</source>
        <translation>een reservekopie (zie &apos;facilitator backup --list&apos;)</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>RESERVEKOPIE</translation>
    </message>
    <message>
        <source>restore it; without this, only check the backup</source>
        <translation>zet hem terug; zonder deze optie wordt de reservekopie alleen gecontroleerd</translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the data {0} was made of: </source>
        <translation>Wachtwoordzin of herstelsleutel van de gegevens waarvan {0} is gemaakt: </translation>
    </message>
    <message>
        <source>{backup} passed its check. Run again with --yes to put it in place of {database}; the current database will be kept in the backups folder.</source>
        <translation>{backup} heeft de controle doorstaan. Voer de opdracht opnieuw uit met --yes om hem in plaats van {database} te zetten; de huidige database wordt bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <source>The backup is encrypted and the data here is not: the data here will be encrypted first, with the key file that came with the backup.</source>
        <translation>De back-up is versleuteld en de gegevens hier niet: de gegevens hier worden eerst versleuteld, met het sleutelbestand dat bij de back-up hoort.</translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation>{0} is teruggezet.</translation>
    </message>
    <message>
        <source>The data here is encrypted now: it opens with the passphrase and recovery key of the data the backup was made of.</source>
        <translation>De gegevens hier zijn nu versleuteld: ze openen met de wachtwoordzin en herstelsleutel van de gegevens waarvan de back-up is gemaakt.</translation>
    </message>
    <message>
        <source>What was in place before is kept as {0}.</source>
        <translation>Wat er eerst stond, is bewaard als {0}.</translation>
    </message>
    <message>
        <source>merge with a sync folder or the central database, losing nothing</source>
        <translation>samenvoegen met een synchronisatiemap of de centrale database, zonder iets te verliezen</translation>
    </message>
    <message>
        <source>a sync folder (USB stick, share)</source>
        <translation>een synchronisatiemap (USB-stick, gedeelde map)</translation>
    </message>
    <message>
        <source>the central PostgreSQL database</source>
        <translation>de centrale PostgreSQL-database</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>take the team passphrase from this environment variable (else it is asked)</source>
        <translation>de wachtwoordzin van het team uit deze omgevingsvariabele halen (anders wordt erom gevraagd)</translation>
    </message>
    <message>
        <source>keep the passphrase in this computer&apos;s keyring for this folder</source>
        <translation>de wachtwoordzin voor deze map bewaren in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>remove it from the keyring again</source>
        <translation>haal hem weer uit de sleutelbos</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>the team in the central database</source>
        <translation>het team in de centrale database</translation>
    </message>
    <message>
        <source>send this meeting (repeat for more); remembered for this target</source>
        <translation>deze bijeenkomst versturen (herhaal voor meer); wordt voor dit doel onthouden</translation>
    </message>
    <message>
        <source>send every meeting not marked confidential (the default) from now on</source>
        <translation>voortaan elke bijeenkomst versturen die niet als vertrouwelijk is gemarkeerd (de standaard)</translation>
    </message>
    <message>
        <source>apply a merge that deletes much of a meeting</source>
        <translation>een samenvoeging doorvoeren die veel van een bijeenkomst verwijdert</translation>
    </message>
    <message>
        <source>how other laptops see this one</source>
        <translation>hoe andere laptops deze zien</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>het verslag als JSON tonen</translation>
    </message>
    <message>
        <source>The environment variable {0} is not set.</source>
        <translation>De omgevingsvariabele {0} is niet ingesteld.</translation>
    </message>
    <message>
        <source>The environment variable {0} is empty.</source>
        <translation>De omgevingsvariabele {0} is leeg.</translation>
    </message>
    <message>
        <source>Give the team passphrase with --passphrase-env VAR.</source>
        <translation>Geef de wachtwoordzin van het team met --passphrase-env VAR.</translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation>Wachtzin van het team: </translation>
    </message>
    <message>
        <source>encrypt the database and its backups with a passphrase</source>
        <translation>de database en haar back-ups versleutelen met een wachtwoordzin</translation>
    </message>
    <message>
        <source>write the recovery key to this file (a stick, not this laptop)</source>
        <translation>de herstelsleutel naar dit bestand schrijven (een usb-stick, niet deze laptop)</translation>
    </message>
    <message>
        <source>store the database and its backups unencrypted</source>
        <translation>de database en haar back-ups onversleuteld opslaan</translation>
    </message>
    <message>
        <source>choose a new passphrase</source>
        <translation>een nieuwe wachtwoordzin kiezen</translation>
    </message>
    <message>
        <source>make a new recovery key (the old one stops working)</source>
        <translation>een nieuwe herstelsleutel maken (de oude werkt dan niet meer)</translation>
    </message>
    <message>
        <source>write it to this file</source>
        <translation>schrijf hem naar dit bestand</translation>
    </message>
    <message>
        <source>confirm that the current recovery key was kept</source>
        <translation>bevestigen dat de huidige herstelsleutel bewaard is</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nog eens: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Recovery key written to {0}: keep that file away from this laptop.</source>
        <translation>Herstelsleutel geschreven naar {0}: bewaar dat bestand niet bij deze laptop.</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it away from this laptop):</source>
        <translation>Herstelsleutel (schrijf hem op en bewaar hem niet bij deze laptop):</translation>
    </message>
    <message>
        <source>Type the recovery key back to confirm you kept it: </source>
        <translation>Typ de herstelsleutel over om te bevestigen dat u hem bewaard hebt: </translation>
    </message>
    <message>
        <source>Recovery key kept.</source>
        <translation>Herstelsleutel bewaard.</translation>
    </message>
    <message>
        <source>{done}/{total} {name}</source>
        <translation>{done}/{total} {name}</translation>
    </message>
    <message>
        <source>Outside a terminal, give --recovery-key-file FILE to keep the recovery key.</source>
        <translation>Buiten een terminal geeft u --recovery-key-file BESTAND op om de herstelsleutel te bewaren.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted: %n files.</source>
        <translation>
            <numerusform>Versleuteld: %n bestand.</numerusform>
            <numerusform>Versleuteld: %n bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decrypted: %n files. The data is no longer encrypted.</source>
        <translation>
            <numerusform>Ontsleuteld: %n bestand. De gegevens zijn niet meer versleuteld.</numerusform>
            <numerusform>Ontsleuteld: %n bestanden. De gegevens zijn niet meer versleuteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} opens the data; give the new passphrase in {1}. Nothing was changed.</source>
        <translation>{0} opent de gegevens; geef de nieuwe wachtwoordzin in {1}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>To apply it all the same, run the command again with --yes.</source>
        <translation>Wilt u het toch doorvoeren, geef de opdracht dan nog eens met --yes.</translation>
    </message>
    <message>
        <source>{0} segment(s) were refused; the rest was merged.</source>
        <translation>{0} segment(en) geweigerd; de rest is samengevoegd.</translation>
    </message>
    <message>
        <source>Compare and decide with: facilitator conflicts</source>
        <translation>Vergelijk en kies met: facilitator conflicts</translation>
    </message>
    <message>
        <source>what has synced where, and what waits</source>
        <translation>wat waarheen is gesynchroniseerd, en wat nog wacht</translation>
    </message>
    <message>
        <source>This laptop: {0} ({1})</source>
        <translation>Deze laptop: {0} ({1})</translation>
    </message>
    <message>
        <source>Not synced yet. Start with: facilitator sync --folder DIR</source>
        <translation>Nog niet gesynchroniseerd. Begin met: facilitator sync --folder MAP</translation>
    </message>
    <message>
        <source>every meeting not marked confidential</source>
        <translation>elke bijeenkomst die niet als vertrouwelijk is gemarkeerd</translation>
    </message>
    <message>
        <source>Meetings sent: {0}</source>
        <translation>Verstuurde bijeenkomsten: {0}</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Laatste synchronisatie: {0}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {0}</source>
        <translation>Wijzigingen die nog verstuurd moeten worden: {0}</translation>
    </message>
    <message>
        <source>Devices, with the newest change held from each:</source>
        <translation>Apparaten, met de nieuwste wijziging die van elk hier is:</translation>
    </message>
    <message>
        <source>Confidential, sent only where chosen by name: {0}</source>
        <translation>Vertrouwelijk, alleen verstuurd waar bij naam gekozen: {0}</translation>
    </message>
    <message>
        <source>Conflicts to decide: {0}</source>
        <translation>Conflicten om over te beslissen: {0}</translation>
    </message>
    <message>
        <source>Records waiting for what they refer to: {0}</source>
        <translation>Gegevens die wachten op waar ze naar verwijzen: {0}</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Vingerafdruk: {0}</translation>
    </message>
    <message>
        <source>the risk register of the site visits</source>
        <translation>het risicoregister van de locatiebezoeken</translation>
    </message>
    <message>
        <source>an organisation&apos;s name or first characters</source>
        <translation>de naam van een organisatie of de eerste tekens ervan</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>No organisation here is called {0}.</source>
        <translation>Hier heet geen organisatie {0}.</translation>
    </message>
    <message>
        <source>{0} names more than one organisation; give more of it.</source>
        <translation>{0} past bij meer dan één organisatie; geef meer van de naam.</translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation>Nog geen bevindingen.</translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation>(geen leverancier)</translation>
    </message>
    <message numerus="yes">
        <source>%n findings heard where workers could be put at risk are shown only in the window and the internal visit reports.</source>
        <translation>
            <numerusform>Eén bevinding, gehoord waar werknemers gevaar kunnen lopen, staat alleen in het venster en in de interne bezoekrapporten.</numerusform>
            <numerusform>%n bevindingen, gehoord waar werknemers gevaar kunnen lopen, staan alleen in het venster en in de interne bezoekrapporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>the commitments ledger across meetings</source>
        <translation>het logboek van toezeggingen over alle bijeenkomsten</translation>
    </message>
    <message>
        <source>only this organisation&apos;s entries</source>
        <translation>alleen de regels van deze organisatie</translation>
    </message>
    <message>
        <source>only entries with this status</source>
        <translation>alleen regels met deze status</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>print the ledger as CSV</source>
        <translation>het logboek als CSV afdrukken</translation>
    </message>
    <message>
        <source>write the ledger as a PDF</source>
        <translation>het logboek als PDF schrijven</translation>
    </message>
    <message>
        <source>follow a meeting&apos;s action or commitment in the ledger until it is kept</source>
        <translation>een actie of toezegging van een bijeenkomst in het logboek volgen tot ze is nagekomen</translation>
    </message>
    <message>
        <source>the id &apos;facilitator actions&apos; shows</source>
        <translation>het id dat &apos;facilitator actions&apos; toont</translation>
    </message>
    <message>
        <source>the organisation that keeps it, when no person owns the action</source>
        <translation>de organisatie die het nakomt, als geen persoon eigenaar van de actie is</translation>
    </message>
    <message>
        <source>move a ledger entry to another status, saying why</source>
        <translation>een regel in het logboek naar een andere status zetten, met de reden</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>the id &apos;facilitator ledger&apos; shows</source>
        <translation>het id dat &apos;facilitator ledger&apos; toont</translation>
    </message>
    <message>
        <source>one of: {0}</source>
        <translation>een van: {0}</translation>
    </message>
    <message>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <source>what shows it (Done needs it)</source>
        <translation>waaruit het blijkt (nodig voor Gedaan)</translation>
    </message>
    <message>
        <source>the day it changed (default: today)</source>
        <translation>de dag waarop het veranderde (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the later meeting that verified it</source>
        <translation>de latere bijeenkomst waar het werd bevestigd</translation>
    </message>
    <message>
        <source>the later visit that verified it</source>
        <translation>het latere bezoek waarbij het werd bevestigd</translation>
    </message>
    <message>
        <source>{0} is not a date such as 2024-02-01.</source>
        <translation>{0} is geen datum zoals 2024-02-01.</translation>
    </message>
    <message>
        <source>who records it</source>
        <translation>wie het vastlegt</translation>
    </message>
    <message>
        <source>No ledger entries.</source>
        <translation>Geen regels in het logboek.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>{0}: for listing the ledger only; &apos;ledger {1}&apos; takes none of them.</source>
        <translation>{0}: alleen voor het tonen van het logboek; &apos;ledger {1}&apos; neemt er geen van.</translation>
    </message>
    <message>
        <source>No person owns this action; say which organisation keeps it: --owner ORG.</source>
        <translation>Geen persoon is eigenaar van deze actie; zeg welke organisatie haar nakomt: --owner ORG.</translation>
    </message>
    <message>
        <source>A person owns this action, and the ledger follows them; --owner is for an action no person owns.</source>
        <translation>Een persoon is eigenaar van deze actie, en het logboek volgt die persoon; --owner is voor een actie waarvan geen persoon eigenaar is.</translation>
    </message>
    <message>
        <source>In the ledger: {0}</source>
        <translation>In het logboek: {0}</translation>
    </message>
    <message>
        <source>{0}: now {1}.</source>
        <translation>{0}: nu {1}.</translation>
    </message>
    <message>
        <source>{0} is not a date and time such as 2024-02-01T09:30.</source>
        <translation>{0} is geen datum en tijd zoals 2024-02-01T09:30.</translation>
    </message>
    <message>
        <source>plan a site visit</source>
        <translation>een locatiebezoek plannen</translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation>de naam van de locatie</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>LOCATIE</translation>
    </message>
    <message>
        <source>start, in the site&apos;s zone</source>
        <translation>begin, in de tijdzone van de locatie</translation>
    </message>
    <message>
        <source>end, in the site&apos;s zone</source>
        <translation>einde, in de tijdzone van de locatie</translation>
    </message>
    <message>
        <source>the site&apos;s time zone</source>
        <translation>de tijdzone van de locatie</translation>
    </message>
    <message>
        <source>the roundtable this visit prepares</source>
        <translation>de rondetafel die dit bezoek voorbereidt</translation>
    </message>
    <message>
        <source>the supplier organisation</source>
        <translation>de leverancier</translation>
    </message>
    <message>
        <source>quarry, processing_unit, cobble_yard, ...</source>
        <translation>quarry, processing_unit, cobble_yard, ...</translation>
    </message>
    <message>
        <source>announced, semi_announced or unannounced</source>
        <translation>announced, semi_announced of unannounced</translation>
    </message>
    <message>
        <source>the checklist template</source>
        <translation>het checklistsjabloon</translation>
    </message>
    <message>
        <source>answer a checklist item of a visit</source>
        <translation>een checklistpunt van een bezoek beantwoorden</translation>
    </message>
    <message>
        <source>VISIT</source>
        <translation>BEZOEK</translation>
    </message>
    <message>
        <source>the item&apos;s name, such as toilets</source>
        <translation>de naam van het punt, bijvoorbeeld toilets</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANTWOORD</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGIN</translation>
    </message>
    <message>
        <source>END</source>
        <translation>EINDE</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>TIJDZONE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>ANNOUNCEMENT</source>
        <translation>AANKONDIGING</translation>
    </message>
    <message>
        <source>VILLAGE</source>
        <translation>DORP</translation>
    </message>
    <message>
        <source>the site&apos;s village</source>
        <translation>het dorp van de locatie</translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation>DISTRICT</translation>
    </message>
    <message>
        <source>the site&apos;s district</source>
        <translation>het district van de locatie</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>SJABLOON</translation>
    </message>
    <message>
        <source>observed, partly, not_observed or not_seen; &apos;&apos; clears the answer</source>
        <translation>observed, partly, not_observed of not_seen; &apos;&apos; wist het antwoord</translation>
    </message>
    <message>
        <source>what was seen</source>
        <translation>wat er gezien is</translation>
    </message>
    <message>
        <source>whether the supplier&apos;s report carries the note too; a note stays internal until chosen for it</source>
        <translation>of het verslag voor de leverancier de notitie ook bevat; een notitie blijft intern tot ze daarvoor gekozen is</translation>
    </message>
    <message>
        <source>record a conversation with workers</source>
        <translation>een gesprek met arbeiders vastleggen</translation>
    </message>
    <message>
        <source>the stakeholder group, such as RH_WORKER</source>
        <translation>de stakeholdergroep, bijvoorbeeld RH_WORKER</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>GESLACHT</translation>
    </message>
    <message>
        <source>held away from the work place</source>
        <translation>gehouden buiten de werkplek</translation>
    </message>
    <message>
        <source>the group agreed to notes</source>
        <translation>de groep stemde in met aantekeningen</translation>
    </message>
    <message>
        <source>the group agreed to quotes</source>
        <translation>de groep stemde in met citaten</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>a point in the note grammar, such as &apos;c: no toilet #WASH&apos; (repeatable)</source>
        <translation>een punt in de notitiegrammatica, zoals &apos;c: geen toilet #WASH&apos; (herhaalbaar)</translation>
    </message>
    <message>
        <source>make a finding of a checklist gap</source>
        <translation>een bevinding maken van een tekortkoming in de checklist</translation>
    </message>
    <message>
        <source>a checklist item not or partly observed</source>
        <translation>een checklistpunt dat niet of gedeeltelijk is waargenomen</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>ERNST</translation>
    </message>
    <message>
        <source>low, medium, high or critical</source>
        <translation>low, medium, high of critical</translation>
    </message>
    <message>
        <source>turn the findings of a meeting&apos;s visits into agenda items</source>
        <translation>de bevindingen van de bezoeken van een bijeenkomst omzetten in agendapunten</translation>
    </message>
    <message>
        <source>Planned visit {0}</source>
        <translation>Bezoek {0} gepland</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Let op: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Recorded conversation {0} with %n points</source>
        <translation>
            <numerusform>Gesprek {0} vastgelegd met één punt</numerusform>
            <numerusform>Gesprek {0} vastgelegd met %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding {0}: {1}</source>
        <translation>Bevinding {0}: {1}</translation>
    </message>
    <message>
        <source>{groups} risks: {created} new agenda items, {edited} items given the findings</source>
        <translation>{groups} risico&apos;s: {created} nieuwe agendapunten, {edited} punten hebben de bevindingen gekregen</translation>
    </message>
    <message>
        <source>write a visit report as a PDF</source>
        <translation>een bezoekverslag als PDF schrijven</translation>
    </message>
    <message>
        <source>visit id or the first characters of it</source>
        <translation>id van het bezoek of de eerste tekens ervan</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het PDF-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation>PUBLIEK</translation>
    </message>
    <message>
        <source>internal (the delegation&apos;s record) or supplier (no worker can be identified)</source>
        <translation>internal (het verslag van de delegatie) of supplier (geen arbeider is te herkennen)</translation>
    </message>
    <message>
        <source>list site visits, of one meeting or all</source>
        <translation>locatiebezoeken opsommen, van één bijeenkomst of alle</translation>
    </message>
    <message>
        <source>only this meeting&apos;s visits</source>
        <translation>alleen de bezoeken van deze bijeenkomst</translation>
    </message>
    <message>
        <source>write the visits as a calendar for the delegation</source>
        <translation>de bezoeken als agenda voor de delegatie schrijven</translation>
    </message>
    <message>
        <source>show one visit: checklist, conversations, findings</source>
        <translation>één bezoek tonen: checklist, gesprekken, bevindingen</translation>
    </message>
    <message>
        <source>write the one-page visit plan PDF</source>
        <translation>het bezoekplan van één pagina als PDF schrijven</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Nog geen bezoeken.</translation>
    </message>
    <message>
        <source>checklist {answered}/{items}, conversations {talks}, findings {findings}</source>
        <translation>checklist {answered}/{items}, gesprekken {talks}, bevindingen {findings}</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation>Gesprekken:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: {conversations}, {people} people</source>
        <translation>{group}: {conversations}, {people} personen</translation>
    </message>
    <message>
        <source>{risk}: {points}, from {groups}</source>
        <translation>{risk}: {points}, van {groups}</translation>
    </message>
    <message numerus="yes">
        <source>%n points heard</source>
        <translation>
            <numerusform>één punt gehoord</numerusform>
            <numerusform>%n punten gehoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>één groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Bevindingen:</translation>
    </message>
    <message>
        <source>end a meeting&apos;s live session and mark the meeting closed</source>
        <translation>de live sessie van een bijeenkomst beëindigen en de bijeenkomst als afgesloten markeren</translation>
    </message>
    <message>
        <source>The session of “{0}” ended at {1}; the meeting is closed.</source>
        <translation>De sessie van “{0}” is om {1} beëindigd; de bijeenkomst is afgesloten.</translation>
    </message>
    <message>
        <source>list a meeting&apos;s notes: kind, item, attribution, tags, confidentiality</source>
        <translation>de notities van een bijeenkomst tonen: soort, agendapunt, toeschrijving, labels, vertrouwelijkheid</translation>
    </message>
    <message>
        <source>add a note as the Live line would</source>
        <translation>een notitie toevoegen zoals de Live-regel dat doet</translation>
    </message>
    <message>
        <source>the note, e.g. &quot;c: no masks at the cutting yard @Kamla Devi&quot;</source>
        <translation>de notitie, bijvoorbeeld &quot;c: geen mondkapjes op het zaagterrein @Kamla Devi&quot;</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>the agenda&apos;s N-th item (default: the item being run)</source>
        <translation>het N-de agendapunt (standaard: het punt dat nu loopt)</translation>
    </message>
    <message>
        <source>No notes in this meeting yet.</source>
        <translation>Nog geen notities in deze bijeenkomst.</translation>
    </message>
    <message>
        <source>The agenda has items 1 to {0}; there is no item {1}.</source>
        <translation>De agenda heeft de punten 1 tot en met {0}; er is geen punt {1}.</translation>
    </message>
    <message>
        <source>This meeting has no agenda items yet.</source>
        <translation>Deze bijeenkomst heeft nog geen agendapunten.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Added: {kind}, about {about}, {level}{item}.</source>
        <translation>Toegevoegd: {kind}, over {about}, {level}{item}.</translation>
    </message>
    <message>
        <source>, during “{0}”</source>
        <translation>, tijdens “{0}”</translation>
    </message>
    <message>
        <source>export a meeting&apos;s minutes (PDF, JSON or CSV)</source>
        <translation>het verslag van een bijeenkomst exporteren (PDF, JSON of CSV)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>bestand om te schrijven</translation>
    </message>
    <message>
        <source>internal (complete) or public (Chatham House Rule); default internal</source>
        <translation>internal (volledig) of public (Chatham House Rule); standaard internal</translation>
    </message>
    <message>
        <source>language of the labels: en, nl or hi</source>
        <translation>taal van de opschriften: en, nl of hi</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>pdf, json or csv; default: as the file&apos;s name says, else pdf</source>
        <translation>pdf, json of csv; standaard: zoals de bestandsnaam zegt, anders pdf</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROEP</translation>
    </message>
    <message>
        <source>the follow-up sheet of one stakeholder group</source>
        <translation>het vervolgblad van één stakeholdergroep</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>an issued version (its number or fingerprint), printed exactly as issued</source>
        <translation>een uitgegeven versie (het nummer of de vingerafdruk), precies zoals uitgegeven afgedrukt</translation>
    </message>
    <message>
        <source>issue, amend and approve a meeting&apos;s minutes</source>
        <translation>het verslag van een bijeenkomst uitgeven, wijzigen en goedkeuren</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDELING</translation>
    </message>
    <message>
        <source>freeze the minutes as they stand as the next version</source>
        <translation>het verslag zoals het nu is vastleggen als volgende versie</translation>
    </message>
    <message>
        <source>issue the next version with an amendment taken in</source>
        <translation>de volgende versie uitgeven met een verwerkte wijziging</translation>
    </message>
    <message>
        <source>what the amendment changes</source>
        <translation>wat de wijziging verandert</translation>
    </message>
    <message>
        <source>record an approval or an amendment request</source>
        <translation>een goedkeuring of wijzigingsverzoek vastleggen</translation>
    </message>
    <message>
        <source>who answered (a name or a group)</source>
        <translation>wie antwoordde (een naam of een groep)</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>VINGERAFDRUK</translation>
    </message>
    <message>
        <source>the fingerprint on the signed printout (8+ characters)</source>
        <translation>de vingerafdruk op de ondertekende afdruk (8 of meer tekens)</translation>
    </message>
    <message>
        <source>the returned PDF or JSON file</source>
        <translation>het teruggestuurde PDF- of JSON-bestand</translation>
    </message>
    <message>
        <source>the amendment asked for, if any</source>
        <translation>de gevraagde wijziging, als die er is</translation>
    </message>
    <message>
        <source>list issued versions and their approvals</source>
        <translation>uitgegeven versies en hun goedkeuringen tonen</translation>
    </message>
    <message>
        <source>set the reviewed minutes of an agenda item</source>
        <translation>het nagekeken verslag van een agendapunt vastleggen</translation>
    </message>
    <message>
        <source>the agenda item&apos;s number</source>
        <translation>het nummer van het agendapunt</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ONDERDEEL</translation>
    </message>
    <message>
        <source>new text (an empty text clears it)</source>
        <translation>nieuwe tekst (een lege tekst wist hem)</translation>
    </message>
    <message>
        <source>choose which minutes a note appears in</source>
        <translation>kiezen in welk verslag een notitie staat</translation>
    </message>
    <message>
        <source>the note&apos;s id or its first characters, as &apos;notes&apos; lists them</source>
        <translation>het id van de notitie of de eerste tekens ervan, zoals &apos;notes&apos; ze toont</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTITIE</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>KEUZE</translation>
    </message>
    <message>
        <source>default, internal or omit</source>
        <translation>default, internal of omit</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>This meeting has agenda items 1 to {0}.</source>
        <translation>Deze bijeenkomst heeft agendapunten 1 tot en met {0}.</translation>
    </message>
    <message>
        <source>Give at least one of --summary, --information, --responses, --satisfied, --dissent.</source>
        <translation>Geef minstens een van --summary, --information, --responses, --satisfied, --dissent.</translation>
    </message>
    <message>
        <source>Issued version {0}, fingerprint {1}</source>
        <translation>Versie {0} uitgegeven, vingerafdruk {1}</translation>
    </message>
    <message>
        <source>Recorded for version {0}: {1} ({2})</source>
        <translation>Vastgelegd voor versie {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>No version of these minutes has been issued yet.</source>
        <translation>Van dit verslag is nog geen versie uitgegeven.</translation>
    </message>
    <message>
        <source>The window needs a screen, and none was found (no DISPLAY); the commands work without one: facilitator --help</source>
        <translation>Het venster heeft een scherm nodig en er is er geen gevonden (geen DISPLAY); de opdrachten werken zonder: facilitator --help</translation>
    </message>
</context>
<context>
    <name>CompositionChart</name>
    <message>
        <source>Composition per stakeholder group</source>
        <translation>Samenstelling per stakeholdergroep</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>* required; red when nobody is there</source>
        <translation>* vereist; rood als er niemand is</translation>
    </message>
    <message>
        <source>proxy only</source>
        <translation>alleen plaatsvervanger</translation>
    </message>
    <message>
        <source>through a representative</source>
        <translation>via een vertegenwoordiger</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicts to decide</source>
        <translation>Conflicten om over te beslissen</translation>
    </message>
    <message>
        <source>No conflicts to decide. Both laptops&apos; versions of every text agree.</source>
        <translation>Geen conflicten om over te beslissen. De versies van elke tekst komen overeen.</translation>
    </message>
    <message>
        <source>only in the other version</source>
        <translation>alleen in de andere versie</translation>
    </message>
    <message>
        <source>Write the text as it should read, from both versions.</source>
        <translation>Schrijf de tekst zoals hij moet luiden, uit beide versies.</translation>
    </message>
    <message>
        <source>only in the shown version</source>
        <translation>alleen in de getoonde versie</translation>
    </message>
    <message>
        <source>Keep the &amp;shown version</source>
        <translation>Getoonde versie &amp;houden</translation>
    </message>
    <message>
        <source>Take the &amp;other version</source>
        <translation>&amp;Andere versie nemen</translation>
    </message>
    <message>
        <source>Use the &amp;merged text</source>
        <translation>&amp;Samengevoegde tekst gebruiken</translation>
    </message>
    <message>
        <source>Start from &amp;both</source>
        <translation>Beginnen met &amp;beide</translation>
    </message>
    <message>
        <source>Merged text:</source>
        <translation>Samengevoegde tekst:</translation>
    </message>
    <message>
        <source>Found {0}</source>
        <translation>Gevonden op {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; of &lt;b&gt;{1}&lt;/b&gt; was changed on two laptops at once.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; van &lt;b&gt;{1}&lt;/b&gt; is op twee laptops tegelijk gewijzigd.</translation>
    </message>
    <message>
        <source>Shown now (the newer edit)</source>
        <translation>Nu getoond (de nieuwere bewerking)</translation>
    </message>
    <message>
        <source>Other version, from {0}</source>
        <translation>Andere versie, van {0}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Also written as</source>
        <translation>Ook geschreven als</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Aantekeningen van de facilitator</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Literacy needs</source>
        <translation>Behoeften rond geletterdheid</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Spelregels</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimiteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Notes&apos; confidentiality by default</source>
        <translation>Standaardvertrouwelijkheid van notities</translation>
    </message>
    <message>
        <source>Minutes the note appears in</source>
        <translation>Verslag waarin de notitie staat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Vast begintijdstip</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spoor</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholdergroep</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Interviewer&apos;s gender</source>
        <translation>Gender van de interviewer</translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation>Waar het plaatsvond</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Expected shares of talk</source>
        <translation>Verwachte aandelen in de spreektijd</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>When it was held</source>
        <translation>Wanneer het plaatsvond</translation>
    </message>
    <message>
        <source>When it was taken</source>
        <translation>Wanneer het is genoteerd</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Risk tags</source>
        <translation>Risicolabels</translation>
    </message>
    <message>
        <source>Voices it is meant for</source>
        <translation>Stemmen waarvoor het bedoeld is</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Werktalen</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation>Gelezen talen</translation>
    </message>
    <message>
        <source>Speaks as a proxy</source>
        <translation>Spreekt als plaatsvervanger</translation>
    </message>
    <message>
        <source>Chatham House Rule</source>
        <translation>Chatham House-regel</translation>
    </message>
    <message>
        <source>Recording allowed</source>
        <translation>Opname toegestaan</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Foto&apos;s toegestaan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Facilitator independent</source>
        <translation>Facilitator onafhankelijk</translation>
    </message>
    <message>
        <source>Interpretation factor</source>
        <translation>Tolkfactor</translation>
    </message>
    <message>
        <source>Minimum discussion time</source>
        <translation>Minimale discussietijd</translation>
    </message>
    <message>
        <source>Balance window (minutes)</source>
        <translation>Balansvenster (minuten)</translation>
    </message>
    <message>
        <source>Share of talk that dominates</source>
        <translation>Aandeel spreektijd dat overheerst</translation>
    </message>
    <message>
        <source>Alert level of a group&apos;s talk</source>
        <translation>Waarschuwingsniveau voor de spreektijd van een groep</translation>
    </message>
    <message>
        <source>Smallest group shown on its own</source>
        <translation>Kleinste groep die apart wordt getoond</translation>
    </message>
    <message>
        <source>Required groups</source>
        <translation>Vereiste groepen</translation>
    </message>
    <message>
        <source>Minimum share of women</source>
        <translation>Minimaal aandeel vrouwen</translation>
    </message>
    <message>
        <source>Minimum share of rights-holders</source>
        <translation>Minimaal aandeel rechthebbenden</translation>
    </message>
    <message>
        <source>Maximum share of the business side</source>
        <translation>Maximaal aandeel van de bedrijfskant</translation>
    </message>
    <message>
        <source>Minimum language coverage</source>
        <translation>Minimale taaldekking</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Consent to notes</source>
        <translation>Toestemming voor aantekeningen</translation>
    </message>
    <message>
        <source>Consent to quotes</source>
        <translation>Toestemming voor citaten</translation>
    </message>
    <message>
        <source>Risk of retaliation</source>
        <translation>Risico op represailles</translation>
    </message>
    <message>
        <source>Why groups were absent</source>
        <translation>Waarom groepen afwezig waren</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Gedeelde informatie</translation>
    </message>
    <message>
        <source>Responses given</source>
        <translation>Gegeven antwoorden</translation>
    </message>
    <message>
        <source>Satisfied with the response</source>
        <translation>Tevreden met het antwoord</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Afwijkende meningen</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verspreiding</translation>
    </message>
    <message>
        <source>Caucus</source>
        <translation>Caucus</translation>
    </message>
    <message>
        <source>Interpretation language</source>
        <translation>Tolktaal</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spreekt namens</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Reiskostenvergoeding</translation>
    </message>
    <message>
        <source>Lost wages</source>
        <translation>Gederfd loon</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie van het bezoek</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>Soort locatie</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dorp</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Aangekondigd</translation>
    </message>
    <message>
        <source>Management present</source>
        <translation>Aanwezig management</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Regel in het logboek van toezeggingen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>This version of Facilitator does not know the records of {0}.</source>
        <translation>Deze versie van Facilitator kent de gegevens van {0} niet.</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name a conflict by its id or the first characters of it.</source>
        <translation>Noem een conflict bij zijn id of de eerste tekens ervan.</translation>
    </message>
    <message>
        <source>No conflict starts with {0}.</source>
        <translation>Geen conflict begint met {0}.</translation>
    </message>
    <message>
        <source>More than one conflict starts with {0}.</source>
        <translation>Meer dan één conflict begint met {0}.</translation>
    </message>
    <message>
        <source>Unknown decision: {0}</source>
        <translation>Onbekende keuze: {0}</translation>
    </message>
    <message>
        <source>A merged text is needed to merge the two versions.</source>
        <translation>Om de twee versies samen te voegen is een samengevoegde tekst nodig.</translation>
    </message>
    <message>
        <source>{0} is not merged by hand: keep the shown value or take the other one.</source>
        <translation>{0} wordt niet met de hand samengevoegd: houd de getoonde waarde of neem de andere.</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>Over dit conflict is al beslist.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent of {0}</source>
        <translation>Toestemming van {0} vastleggen</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Stemt in</translation>
    </message>
    <message>
        <source>How it was given, e.g. signed form, said aloud to the interpreter</source>
        <translation>Hoe die is gegeven, bijv. getekend formulier, hardop gezegd tegen de tolk</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <source>Choose the group</source>
        <translation>Kies de groep</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Geen tolk</translation>
    </message>
    <message>
        <source>Management was present</source>
        <translation>De leiding was aanwezig</translation>
    </message>
    <message>
        <source>Workers may not have spoken freely with management there, and what they said may expose them. Hear them again off-site, without management.</source>
        <translation>Met de leiding erbij hebben arbeiders misschien niet vrijuit gesproken, en wat ze zeiden kan hen in gevaar brengen. Spreek hen opnieuw, buiten de locatie en zonder de leiding.</translation>
    </message>
    <message>
        <source>The group consents to notes</source>
        <translation>De groep stemt in met aantekeningen</translation>
    </message>
    <message>
        <source>The group consents to quotes</source>
        <translation>De groep stemt in met citaten</translation>
    </message>
    <message>
        <source>Risk of retaliation</source>
        <translation>Risico op represailles</translation>
    </message>
    <message>
        <source>Its points stay out of supplier-facing reports.</source>
        <translation>De punten blijven buiten rapporten voor de leverancier.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Interviewer&apos;s gender</source>
        <translation>Gender van de interviewer</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>ConversationsPanel</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <source>Points heard</source>
        <translation>Gehoorde punten</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>c: no toilet for women #WASH — Enter adds the point</source>
        <translation>c: geen wc voor vrouwen #WASH — Enter: toevoegen</translation>
    </message>
    <message>
        <source>p: point · c: concern · q: question · &quot; quote (with consent) · #TAG a risk · no names</source>
        <translation>p: punt · c: zorg · q: vraag · &quot; citaat (met instemming) · #TAG een risico · geen namen</translation>
    </message>
    <message>
        <source>Severity of the finding</source>
        <translation>Ernst van de bevinding</translation>
    </message>
    <message>
        <source>Make fin&amp;ding</source>
        <translation>Be&amp;vinding maken</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>Gesprek:</translation>
    </message>
    <message>
        <source>management present</source>
        <translation>leiding aanwezig</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Choose the point the finding is made from.</source>
        <translation>Kies het punt waaruit de bevinding voortkomt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data folder {path} is read-only (a write-protected USB stick?). Copy the folder to this computer to work in it; the commands that only read, such as &apos;facilitator meetings&apos; and &apos;facilitator export&apos;, show its data as it is.</source>
        <translation>De gegevensmap {path} is alleen-lezen (een beveiligde USB-stick?). Kopieer de map naar deze computer om erin te werken; de opdrachten die alleen lezen, zoals &apos;facilitator meetings&apos; en &apos;facilitator export&apos;, tonen de gegevens zoals ze zijn.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>Er kan niet worden geschreven in de gegevensmap {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a Facilitator database: {reason}. It was left untouched.</source>
        <translation>{path} kan niet als Facilitator-database worden geopend: {reason}. Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Facilitator; update the app to open it.</source>
        <translation>{path} is geschreven door een nieuwere versie van Facilitator; werk de app bij om het te openen.</translation>
    </message>
    <message>
        <source>{path} is being set up by another Facilitator; try again in a minute.</source>
        <translation>{path} wordt door een andere Facilitator ingericht; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded before it can be read; open it once in a folder that can be written.</source>
        <translation>{path} is gemaakt door een oudere versie en moet worden bijgewerkt voordat het gelezen kan worden; open het eenmaal in een map waarin geschreven kan worden.</translation>
    </message>
    <message>
        <source>The data is in use (a sync or an export is running); try again once it ends.</source>
        <translation>De gegevens zijn in gebruik (er loopt een synchronisatie of een export); probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>The data is being converted; try again when that is done.</source>
        <translation>De gegevens worden omgezet; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}), so no backup was made of it; earlier backups are kept.</source>
        <translation>{path} is beschadigd ({problem}), dus er is geen reservekopie van gemaakt; eerdere reservekopieën blijven bewaard.</translation>
    </message>
    <message>
        <source>The copy in {path} did not pass its check ({problem}); it was removed.</source>
        <translation>De kopie in {path} heeft de controle niet doorstaan ({problem}); ze is verwijderd.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>De reservekopie kon niet worden geschreven naar {path}: {reason}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: even to be read, the data needs a little room beside it. Free some space and try again; nothing was changed.</source>
        <translation>De schijf met {path} is vol: ook om gelezen te worden hebben de gegevens wat ruimte ernaast nodig. Maak wat ruimte vrij en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing of this change was saved; free some space and try again.</source>
        <translation>De schijf met {path} is vol. Niets van deze wijziging is opgeslagen; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} is read-only here, so nothing can be changed. Nothing was saved.</source>
        <translation>{path} is hier alleen-lezen, dus er kan niets worden gewijzigd. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{path} is damaged. Nothing was saved; restore a backup with &apos;facilitator restore&apos;.</source>
        <translation>{path} is beschadigd. Er is niets opgeslagen; zet een reservekopie terug met &apos;facilitator restore&apos;.</translation>
    </message>
    <message>
        <source>The disk holding {path} could not be read or written (was a USB stick pulled out?). Nothing of this change was saved.</source>
        <translation>De schijf met {path} kon niet worden gelezen of beschreven (is er een USB-stick uitgetrokken?). Niets van deze wijziging is opgeslagen.</translation>
    </message>
    <message>
        <source>it cannot be read: {0}</source>
        <translation>het kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>het bestand is leeg (0 bytes)</translation>
    </message>
    <message>
        <source>the file is cut short or damaged</source>
        <translation>het bestand is afgebroken of beschadigd</translation>
    </message>
    <message>
        <source>it is not a Facilitator database</source>
        <translation>het is geen Facilitator-database</translation>
    </message>
    <message>
        <source>the file is cut short ({0} bytes)</source>
        <translation>het bestand is afgebroken ({0} bytes)</translation>
    </message>
    <message>
        <source>the file is cut short or its header is damaged</source>
        <translation>het bestand is afgebroken of de kop ervan is beschadigd</translation>
    </message>
    <message>
        <source>The newest backup that passed its check is {backup}; put it back with: facilitator restore &quot;{backup}&quot;</source>
        <translation>De nieuwste reservekopie die de controle doorstond, is {backup}; zet hem terug met: facilitator restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No backup that passes its check was found; keep the file for whoever helps.</source>
        <translation>Er is geen reservekopie gevonden die de controle doorstaat; bewaar het bestand voor wie u helpt.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Facilitator did not write anything to it.</source>
        <translation>{path} is beschadigd ({problem}). Facilitator heeft er niets naar geschreven.</translation>
    </message>
</context>
<context>
    <name>DateEdits</name>
    <message>
        <source>Type the year first, with four digits: {0}.</source>
        <translation>Typ eerst het jaar, met vier cijfers: {0}.</translation>
    </message>
    <message>
        <source>A year has no month {0}.</source>
        <translation>Een jaar heeft geen maand {0}.</translation>
    </message>
    <message>
        <source>{1} has no day {0}.</source>
        <translation>{1} heeft geen dag {0}.</translation>
    </message>
    <message>
        <source>A day has no hour {0}.</source>
        <translation>Een dag heeft geen uur {0}.</translation>
    </message>
    <message>
        <source>An hour has no minute {0}.</source>
        <translation>Een uur heeft geen minuut {0}.</translation>
    </message>
    <message>
        <source>{0} does not fit here.</source>
        <translation>{0} past hier niet.</translation>
    </message>
</context>
<context>
    <name>DayHoursDialog</name>
    <message>
        <source>Hours of each day</source>
        <translation>Tijden per dag</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dag {0}</translation>
    </message>
    <message>
        <source>Day {0}, after the meeting</source>
        <translation>Dag {0}, na de bijeenkomst</translation>
    </message>
    <message>
        <source>Day {0} lies after the meeting&apos;s last date: its items count once the meeting ends on that day (its end date is set in Overview).</source>
        <translation>Dag {0} valt na de laatste datum van de bijeenkomst: de punten ervan tellen mee zodra de bijeenkomst op die dag eindigt (de einddatum staat in Overzicht).</translation>
    </message>
    <message>
        <source>Empty fields use the meeting&apos;s start and end time ({0}–{1}).</source>
        <translation>Lege velden krijgen de begin- en eindtijd van de bijeenkomst ({0}–{1}).</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Internal: shows individuals as entered; not for sharing</source>
        <translation>Intern: toont personen zoals ingevoerd; niet om te delen</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Geen groep</translation>
    </message>
    <message>
        <source>Other {0}</source>
        <translation>Overige {0}</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Overige deelnemers</translation>
    </message>
    <message>
        <source>contact withheld</source>
        <translation>contactgegevens weggelaten</translation>
    </message>
    <message>
        <source>role withheld</source>
        <translation>functie achtergehouden</translation>
    </message>
    <message>
        <source>organisation withheld</source>
        <translation>organisatie weggelaten</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The key file {0} cannot be read; nothing was opened. Keep it for whoever helps.</source>
        <translation>Het sleutelbestand {0} kan niet worden gelezen; er is niets geopend. Bewaar het voor wie u helpt.</translation>
    </message>
    <message>
        <source>That passphrase (or recovery key) does not open this data. Nothing was opened.</source>
        <translation>Die wachtwoordzin (of herstelsleutel) opent deze gegevens niet. Er is niets geopend.</translation>
    </message>
    <message>
        <source>The data in {0} is encrypted: give its passphrase or recovery key to open it.</source>
        <translation>De gegevens in {0} zijn versleuteld: geef de wachtwoordzin of herstelsleutel om ze te openen.</translation>
    </message>
    <message>
        <source>Write down or export the recovery key first (File ▸ Encryption, or &apos;facilitator recovery-key&apos;): without it, a forgotten passphrase would lose these conversations.</source>
        <translation>Schrijf eerst de herstelsleutel op of exporteer hem (Bestand ▸ Versleuteling, of &apos;facilitator recovery-key&apos;): zonder hem gaan deze gesprekken verloren als de wachtwoordzin vergeten wordt.</translation>
    </message>
    <message>
        <source>That is not this data&apos;s recovery key.</source>
        <translation>Dat is niet de herstelsleutel van deze gegevens.</translation>
    </message>
    <message>
        <source>Facilitator recovery key

{code}

It opens the encrypted data of Facilitator when the passphrase is forgotten. Keep it away from the laptop.
</source>
        <translation>Herstelsleutel van Facilitator

{code}

Hiermee opent u de versleutelde gegevens van Facilitator als de wachtwoordzin vergeten is. Bewaar hem niet bij de laptop.
</translation>
    </message>
    <message>
        <source>The recovery key could not be written to {0}: {1}</source>
        <translation>De herstelsleutel kon niet naar {0} worden geschreven: {1}</translation>
    </message>
    <message>
        <source>The data in {0} is not encrypted.</source>
        <translation>De gegevens in {0} zijn niet versleuteld.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation>Kies een wachtwoordzin van minstens {0} tekens.</translation>
    </message>
    <message>
        <source>A passphrase cannot look like a recovery key.</source>
        <translation>Een wachtwoordzin mag niet op een herstelsleutel lijken.</translation>
    </message>
    <message>
        <source>That is the passphrase already; nothing was changed.</source>
        <translation>Dat is de wachtwoordzin al; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was left as it is.</source>
        <translation>{path} is beschadigd ({problem}); het is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>{path} could not be converted ({reason}); it was left as it is.</source>
        <translation>{path} kon niet worden omgezet ({reason}); het is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>The converted copy of {0} did not match it; the file was left as it is.</source>
        <translation>De omgezette kopie van {0} kwam er niet mee overeen; het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Facilitator is open on {0}. Close its window first, or use the window&apos;s menu.</source>
        <translation>Facilitator is geopend op {0}. Sluit eerst dat venster, of gebruik het menu van het venster.</translation>
    </message>
    <message>
        <source>The data in {0} is encrypted already.</source>
        <translation>De gegevens in {0} zijn al versleuteld.</translation>
    </message>
    <message>
        <source>Turning encryption off was interrupted; finish it with &apos;facilitator decrypt&apos;.</source>
        <translation>Het uitzetten van de versleuteling is onderbroken; maak het af met &apos;facilitator decrypt&apos;.</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Turn encryption &amp;on…</source>
        <translation>Versleuteling &amp;aanzetten…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Nieuwe &amp;herstelsleutel…</translation>
    </message>
    <message>
        <source>Turn encryption o&amp;ff…</source>
        <translation>Versleuteling &amp;uitzetten…</translation>
    </message>
    <message>
        <source>The data in {0} is not encrypted: anyone who has this laptop, or a copy of its backups, can read it.

Encrypted, the database and its backups open only with a passphrase, given when Facilitator starts, or with a recovery key that you keep away from the laptop.</source>
        <translation>De gegevens in {0} zijn niet versleuteld: wie deze laptop heeft, of een kopie van de back-ups, kan ze lezen.

Versleuteld gaan de database en de back-ups alleen open met een wachtwoordzin, die u opgeeft als Facilitator start, of met een herstelsleutel die u buiten de laptop bewaart.</translation>
    </message>
    <message>
        <source>The data in {0} is encrypted: the database and its backups open only with the passphrase or the recovery key. The recovery key has been kept.</source>
        <translation>De gegevens in {0} zijn versleuteld: de database en de back-ups gaan alleen open met de wachtwoordzin of de herstelsleutel. De herstelsleutel is bewaard.</translation>
    </message>
    <message>
        <source>The data in {0} is encrypted, but its recovery key has not been kept yet. Make a new one and keep it: worker conversations wait until it is, and a forgotten passphrase would lose the data.</source>
        <translation>De gegevens in {0} zijn versleuteld, maar de herstelsleutel is nog niet bewaard. Maak een nieuwe en bewaar die: gesprekken met werkers wachten daarop, en met een vergeten wachtwoordzin zouden de gegevens verloren gaan.</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Versleuteling aanzetten</translation>
    </message>
    <message>
        <source>Choose a passphrase for this data. Facilitator asks for it each time it starts. Then you get a recovery key to write down or export: it opens the data if the passphrase is forgotten.</source>
        <translation>Kies een wachtwoordzin voor deze gegevens. Facilitator vraagt erom bij elke start. Daarna krijgt u een herstelsleutel om op te schrijven of te exporteren: die opent de gegevens als de wachtwoordzin vergeten is.</translation>
    </message>
    <message>
        <source>Encrypting the data…</source>
        <translation>De gegevens worden versleuteld…</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Versleuteling uitzetten</translation>
    </message>
    <message>
        <source>The database and its backups will be stored unencrypted again: anyone who has this laptop can read them. Give the passphrase or the recovery key to go on.</source>
        <translation>De database en de back-ups worden weer onversleuteld opgeslagen: wie deze laptop heeft, kan ze lezen. Geef de wachtwoordzin of de herstelsleutel om door te gaan.</translation>
    </message>
    <message>
        <source>Decrypting the data…</source>
        <translation>De versleuteling wordt verwijderd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{0} of {1} files: {2}</source>
        <translation>{0} van {1} bestanden: {2}</translation>
    </message>
    <message>
        <source>Putting the data back as it was…</source>
        <translation>De gegevens worden teruggezet zoals ze waren…</translation>
    </message>
    <message>
        <source>The recovery key was not kept. Make a new one here before worker conversations are recorded.</source>
        <translation>De herstelsleutel is niet bewaard. Maak hier een nieuwe voordat er gesprekken met werkers worden vastgelegd.</translation>
    </message>
    <message>
        <source>The data is no longer encrypted.</source>
        <translation>De gegevens zijn niet meer versleuteld.</translation>
    </message>
    <message>
        <source>The data is encrypted. This is its recovery key: it opens the data when the passphrase is forgotten. Write it down, or export it to a stick, and keep it away from this laptop. It is shown only now.</source>
        <translation>De gegevens zijn versleuteld. Dit is de herstelsleutel: die opent de gegevens als de wachtwoordzin vergeten is. Schrijf hem op of exporteer hem naar een stick, en bewaar hem buiten deze laptop. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>Encryption was cancelled. The data is as it was, not encrypted.</source>
        <translation>Het versleutelen is geannuleerd. De gegevens zijn zoals ze waren, niet versleuteld.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Give the current passphrase (or the recovery key), then the new passphrase twice. The data itself is not rewritten; the recovery key stays as it is.</source>
        <translation>Geef de huidige wachtwoordzin (of de herstelsleutel) en daarna twee keer de nieuwe wachtwoordzin. De gegevens zelf worden niet herschreven; de herstelsleutel blijft zoals hij is.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Give the new one when Facilitator starts.</source>
        <translation>De wachtwoordzin is gewijzigd. Geef de nieuwe als Facilitator start.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working at once, so keep the new one.</source>
        <translation>Een nieuwe herstelsleutel maken? De oude werkt dan meteen niet meer, dus bewaar de nieuwe.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>&amp;Vastgelegd door</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The font {0} is missing; reinstall Facilitator to print.</source>
        <translation>Het lettertype {0} ontbreekt; installeer Facilitator opnieuw om te kunnen afdrukken.</translation>
    </message>
    <message>
        <source>{0} is a folder; give a file name to write.</source>
        <translation>{0} is een map; geef een bestandsnaam om te schrijven.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>De map {0} bestaat niet.</translation>
    </message>
    <message>
        <source>{0} is inside the data folder {1}; write exports to another folder.</source>
        <translation>{0} staat in de gegevensmap {1}; schrijf exports naar een andere map.</translation>
    </message>
    <message>
        <source>{0} is a database; an export never replaces one.</source>
        <translation>{0} is een database; een export vervangt nooit een database.</translation>
    </message>
    <message>
        <source>{0} is in a sync folder; write exports to another folder.</source>
        <translation>{0} staat in een synchronisatiemap; schrijf exports naar een andere map.</translation>
    </message>
    <message>
        <source>{0} exists and is not a {1} file; choose another name.</source>
        <translation>{0} bestaat al en is geen {1}-bestand; kies een andere naam.</translation>
    </message>
    <message>
        <source>{0} cannot be written here: permission denied.</source>
        <translation>{0} kan hier niet worden geschreven: geen toestemming.</translation>
    </message>
    <message>
        <source>{0} cannot be written: {1}</source>
        <translation>{0} kan niet worden geschreven: {1}</translation>
    </message>
    <message>
        <source>There are no labels in the language {0}. Use one of: {1}</source>
        <translation>Er zijn geen opschriften in de taal {0}. Kies uit: {1}</translation>
    </message>
    <message>
        <source>{0} is named as a .{1} file, but the format asked for is {2}. Name it .{2}, or give --format {1}.</source>
        <translation>{0} heeft de naam van een .{1}-bestand, maar gevraagd is de vorm {2}. Noem het .{2}, of geef --format {1}.</translation>
    </message>
    <message>
        <source>Unknown format: {0}. Use pdf, json or csv.</source>
        <translation>Onbekend formaat: {0}. Kies pdf, json of csv.</translation>
    </message>
    <message>
        <source>A follow-up sheet is printed as a PDF.</source>
        <translation>Een vervolgblad wordt als PDF gemaakt.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Bezocht</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Findings of the visit</source>
        <translation>Bevindingen van het bezoek</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>A ledger entry asking the supplier to remedy the chosen finding</source>
        <translation>Een regel in het logboek die de leverancier vraagt de gekozen bevinding te herstellen</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for re&amp;mediation…</source>
        <translation>Om her&amp;stel vragen…</translation>
    </message>
    <message>
        <source>Propose agenda &amp;items…</source>
        <translation>Agendapunten voorste&amp;llen…</translation>
    </message>
    <message>
        <source>Group the findings of a meeting&apos;s visits by risk into its debrief and discussion items</source>
        <translation>Groepeer de bevindingen van de bezoeken per risico in de nabespreking en de discussiepunten van de bijeenkomst</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Leverancier:</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle leveranciers</translation>
    </message>
    <message>
        <source>{findings}, {serious} high or critical</source>
        <translation>{findings}, {serious} hoog of kritiek</translation>
    </message>
    <message>
        <source>Choose the finding that needs remediation.</source>
        <translation>Kies de bevinding die herstel nodig heeft.</translation>
    </message>
    <message>
        <source>Propose agenda items</source>
        <translation>Agendapunten voorstellen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>The findings of the meeting&apos;s visits are grouped by risk into its site-visit debrief, and each risk with a high or critical finding gets a discussion item. The summaries in the facilitator&apos;s notes name sites, never people. One undo takes it all back.</source>
        <translation>De bevindingen van de bezoeken worden per risico gegroepeerd in de nabespreking van de bezoeken, en elk risico met een hoge of kritieke bevinding krijgt een eigen discussiepunt. De samenvattingen in de notities van de facilitator noemen locaties, nooit mensen. Eén keer ongedaan maken draait alles terug.</translation>
    </message>
    <message>
        <source>{groups} risks proposed: {made} new agenda items, {edited} items given the findings.</source>
        <translation>{groups} risico&apos;s voorgesteld: {made} nieuwe agendapunten, {edited} punten kregen de bevindingen.</translation>
    </message>
</context>
<context>
    <name>FloorBanner</name>
    <message>
        <source>The session has ended: nobody has the floor</source>
        <translation>De sessie is afgelopen: niemand heeft het woord</translation>
    </message>
    <message>
        <source>No participants yet: add them in the Participants section.</source>
        <translation>Nog geen deelnemers: voeg ze toe in het onderdeel Deelnemers.</translation>
    </message>
    <message>
        <source>Nobody has the floor yet</source>
        <translation>Nog niemand heeft het woord</translation>
    </message>
    <message>
        <source>Paused: nobody has the floor</source>
        <translation>Gepauzeerd: niemand heeft het woord</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stilte</translation>
    </message>
    <message>
        <source>via interpreter</source>
        <translation>via tolk</translation>
    </message>
    <message>
        <source>procedural</source>
        <translation>procedureel</translation>
    </message>
    <message>
        <source>interruption</source>
        <translation>onderbreking</translation>
    </message>
    <message>
        <source>Interpretation of {0}</source>
        <translation>Tolkwerk voor {0}</translation>
    </message>
</context>
<context>
    <name>FollowDialog</name>
    <message>
        <source>Follow in the ledger</source>
        <translation>Volgen in het logboek</translation>
    </message>
    <message>
        <source>Choose the organisation that keeps it</source>
        <translation>Kies de organisatie die het nakomt</translation>
    </message>
    <message>
        <source>Your name, as the ledger&apos;s history shows it</source>
        <translation>Uw naam, zoals de geschiedenis van het logboek die toont</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Actie:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <source>In the meeting: {0}. The ledger follows an organisation.</source>
        <translation>In de vergadering: {0}. Het register volgt een organisatie.</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>&amp;Vastgelegd door</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>What happens next</source>
        <translation>Wat er nu gebeurt</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Nothing was agreed yet.</source>
        <translation>Er is nog niets afgesproken.</translation>
    </message>
    <message>
        <source>What your group raised</source>
        <translation>Wat uw groep naar voren bracht</translation>
    </message>
    <message>
        <source>Shown together with: {0}</source>
        <translation>Samen getoond met: {0}</translation>
    </message>
    <message>
        <source>No point of your group was noted for the public record.</source>
        <translation>Voor het openbare verslag is geen punt van uw groep genoteerd.</translation>
    </message>
    <message>
        <source>The answers you were given</source>
        <translation>De antwoorden die u kreeg</translation>
    </message>
    <message>
        <source>What happens next, and by when</source>
        <translation>Wat er nu gebeurt, en wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet vastgesteld</translation>
    </message>
    <message>
        <source>No next steps were agreed yet.</source>
        <translation>Er zijn nog geen vervolgstappen afgesproken.</translation>
    </message>
    <message>
        <source>How we will report back to you</source>
        <translation>Hoe wij u op de hoogte houden</translation>
    </message>
    <message>
        <source>The facilitator will tell you how and when.</source>
        <translation>De facilitator laat u weten hoe en wanneer.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>Vervolg: {0}</translation>
    </message>
</context>
<context>
    <name>GapBar</name>
    <message>
        <source>Keep silence ({0})</source>
        <translation>Stilte houden ({0})</translation>
    </message>
    <message>
        <source>Nobody timed the floor for {0} (the laptop slept, or Facilitator was closed or showed another meeting). The floor was stopped at {1}; that time counts for nobody.</source>
        <translation>Gedurende {0} hield niemand de spreektijd bij (de laptop sliep, of Facilitator was gesloten of toonde een andere bijeenkomst). Het woord is om {1} stilgezet; die tijd telt voor niemand.</translation>
    </message>
    <message>
        <source>{0} goes on ({1})</source>
        <translation>{0} gaat verder ({1})</translation>
    </message>
    <message>
        <source>Go on ({0})</source>
        <translation>Verdergaan ({0})</translation>
    </message>
</context>
<context>
    <name>GroupBalanceModel</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Verw.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <source>Interp.</source>
        <translation>Tolken</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Name infix (van, de)</source>
        <translation>Tussenvoegsel (van, de)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>Ook geschreven als</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholdergroep</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation>Gelezen talen</translation>
    </message>
    <message>
        <source>Literacy needs</source>
        <translation>Behoeften rond geletterdheid</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimiteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caucus</source>
        <translation>Caucus</translation>
    </message>
    <message>
        <source>Interpretation language</source>
        <translation>Tolktaal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Unknown language &apos;{0}&apos; kept as written.</source>
        <translation>Onbekende taal &apos;{0}&apos; overgenomen zoals geschreven.</translation>
    </message>
    <message>
        <source>The name is an e-mail address: it is kept as their e-mail too; type the person&apos;s name in the register.</source>
        <translation>De naam is een e-mailadres: het wordt ook als hun e-mailadres bewaard; typ de naam van de persoon in het register.</translation>
    </message>
    <message>
        <source>An interpreter is needed, but the list does not say for which language.</source>
        <translation>Er is een tolk nodig, maar de lijst zegt niet voor welke taal.</translation>
    </message>
    <message>
        <source>The email cell is not an email address; it is left out.</source>
        <translation>De cel voor e-mail bevat geen e-mailadres; die wordt weggelaten.</translation>
    </message>
    <message>
        <source>Group &apos;{0}&apos; is not known; imported without a group, and anonymous until you choose.</source>
        <translation>Groep &apos;{0}&apos; is onbekend; geïmporteerd zonder groep, en anoniem tot u kiest.</translation>
    </message>
    <message>
        <source>More than {0} other spellings; keep those that notes use.</source>
        <translation>Meer dan {0} andere spellingen; houd die welke notities gebruiken.</translation>
    </message>
    <message>
        <source>Unknown anonymity &apos;{value}&apos;; imported as &apos;{level}&apos;, the most protective level.</source>
        <translation>Onbekende anonimiteit &apos;{value}&apos;; geïmporteerd als &apos;{level}&apos;, het best beschermende niveau.</translation>
    </message>
    <message>
        <source>Unknown {field} &apos;{value}&apos;; the default is used.</source>
        <translation>Onbekende {field} &apos;{value}&apos;; de standaardwaarde wordt gebruikt.</translation>
    </message>
    <message>
        <source>Sounds like {0} in the register, who is of another organisation there. If it is the same person, leave this row out and add them from the register; otherwise a new person is added.</source>
        <translation>Klinkt als {0} in het register, die daar bij een andere organisatie hoort. Is het dezelfde persoon, laat deze regel dan weg en voeg die persoon toe uit het register; anders wordt een nieuwe persoon toegevoegd.</translation>
    </message>
    <message>
        <source>someone not named, of {0}</source>
        <translation>iemand van {0} die niet bij naam genoemd wordt</translation>
    </message>
    <message>
        <source>someone not named</source>
        <translation>iemand die niet bij naam genoemd wordt</translation>
    </message>
    <message>
        <source>More than one person of the register has this name; give their organisations in a column to say which.</source>
        <translation>Meer dan één persoon in het register heeft deze naam; geef hun organisaties in een kolom om te zeggen wie.</translation>
    </message>
    <message>
        <source>The meeting has not begun: imported as &apos;Confirmed&apos;, not &apos;Attended&apos;.</source>
        <translation>De bijeenkomst is nog niet begonnen: geïmporteerd als &apos;Bevestigd&apos;, niet als &apos;Aanwezig&apos;.</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>Geen naam.</translation>
    </message>
    <message>
        <source>No stakeholder group; set one before the checks can count this person.</source>
        <translation>Geen stakeholdergroep; stel er een in, anders kunnen de controles deze persoon niet meetellen.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters; only the first {limit} are imported.</source>
        <translation>{field} is langer dan {limit} tekens; alleen de eerste {limit} worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Sounds like {0} in the register. If it is the same person, add this spelling to their &apos;Also written as&apos; and import again; otherwise a new person is added.</source>
        <translation>Klinkt als {0} in het register. Is het dezelfde persoon, zet deze spelling dan bij &apos;Ook geschreven als&apos; en importeer opnieuw; anders komt er een nieuwe persoon bij.</translation>
    </message>
    <message>
        <source>Sounds like the name on line {0}. If it is the same person, keep one of the two rows and put the other spelling in its &apos;Also written as&apos;.</source>
        <translation>Klinkt als de naam op regel {0}. Is het dezelfde persoon, houd dan één van de twee regels en zet de andere spelling bij &apos;Ook geschreven als&apos;.</translation>
    </message>
    <message>
        <source>Imported as &apos;{level}&apos;, as someone of the register who is not named has this name or one that sounds like it; change it once you know who this is.</source>
        <translation>Geïmporteerd als &apos;{level}&apos;, omdat iemand in het register die niet bij naam genoemd wordt deze naam heeft, of een die erop lijkt; pas het aan zodra u weet wie dit is.</translation>
    </message>
    <message>
        <source>The register has this person as &apos;{current}&apos;; merged, they become &apos;{level}&apos;, as the file says.</source>
        <translation>Het register heeft deze persoon als &apos;{current}&apos;; samengevoegd wordt dat &apos;{level}&apos;, zoals het bestand zegt.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no answer this app knows; the answer stays &apos;{current}&apos;.</source>
        <translation>&apos;{value}&apos; is geen antwoord dat deze app kent; het antwoord blijft &apos;{current}&apos;.</translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list, as &apos;{current}&apos;; the answer becomes &apos;{answer}&apos;, as the file says.</source>
        <translation>Staat al op de lijst van deze bijeenkomst, als &apos;{current}&apos;; het antwoord wordt &apos;{answer}&apos;, zoals het bestand zegt.</translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list; also written as {0} from now on, as the file says.</source>
        <translation>Staat al op de lijst van deze bijeenkomst; voortaan ook geschreven als {0}, zoals het bestand zegt.</translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list, as &apos;{current}&apos;; they become &apos;{level}&apos;, as the file says.</source>
        <translation>Staat al op de lijst van deze bijeenkomst, als &apos;{current}&apos;; wordt &apos;{level}&apos;, zoals het bestand zegt.</translation>
    </message>
    <message>
        <source>{0} has no column for names. Name the column &apos;Name&apos; (or &apos;First name&apos; and &apos;Last name&apos;), or choose it in the mapping.</source>
        <translation>{0} heeft geen kolom met namen. Noem de kolom &apos;Naam&apos; (of &apos;Voornaam&apos; en &apos;Achternaam&apos;), of kies hem bij het koppelen.</translation>
    </message>
    <message>
        <source>This row is hidden in the workbook; it is imported like the others.</source>
        <translation>Deze rij is verborgen in de werkmap; ze wordt geïmporteerd zoals de andere.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is how this app lists someone who is not named, not a name: nobody is imported. To invite the same people again, duplicate their meeting or invite them from the register.</source>
        <translation>&apos;{0}&apos; is hoe deze app iemand vermeldt die niet bij naam genoemd wordt, geen naam: er wordt niemand geïmporteerd. Wilt u dezelfde mensen opnieuw uitnodigen, dupliceer dan hun bijeenkomst of nodig ze uit vanuit het register.</translation>
    </message>
    <message>
        <source>Same person as on line {0}.</source>
        <translation>Dezelfde persoon als op regel {0}.</translation>
    </message>
    <message>
        <source>Already on this meeting&apos;s list.</source>
        <translation>Staat al op de lijst van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet or a CSV text file. Save it as .xlsx or .csv.</source>
        <translation>{name} is geen spreadsheet of CSV-tekstbestand. Sla het op als .xlsx of .csv.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} columns; an invitation list needs far fewer.</source>
        <translation>{name} heeft meer dan {limit} kolommen; een uitnodigingslijst heeft er veel minder nodig.</translation>
    </message>
    <message>
        <source>{name} has a cell longer than {limit} KB (row {row}); that is not an invitation list.</source>
        <translation>{name} heeft een cel langer dan {limit} KB (rij {row}); dat is geen uitnodigingslijst.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; at most {limit} people can be imported at once. Split the list.</source>
        <translation>{name} heeft meer dan {limit} rijen; er kunnen hoogstens {limit} mensen tegelijk worden geïmporteerd. Splits de lijst.</translation>
    </message>
    <message>
        <source>{name} is a damaged zip or spreadsheet file. Save it again as .xlsx or .csv.</source>
        <translation>{name} is een beschadigd zip- of spreadsheetbestand. Sla het opnieuw op als .xlsx of .csv.</translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB; that is not an invitation list.</source>
        <translation>{name} zou uitgepakt groter worden dan {limit} MB; dat is geen uitnodigingslijst.</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a spreadsheet. Unpack it, or save the list as .xlsx.</source>
        <translation>{name} is een zip-archief, geen spreadsheet. Pak het uit, of sla de lijst op als .xlsx.</translation>
    </message>
    <message>
        <source>{name} holds too many cells for an invitation list in .xlsx. Save it as .csv, or split the list.</source>
        <translation>{name} bevat te veel cellen voor een uitnodigingslijst in .xlsx. Sla het op als .csv, of splits de lijst.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet that can be read. Save it as .xlsx or .csv.</source>
        <translation>{name} is geen spreadsheet die gelezen kan worden. Sla het op als .xlsx of .csv.</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;. Its sheets with rows are: {sheets}.</source>
        <translation>{name} heeft geen werkblad &apos;{sheet}&apos;. De werkbladen met rijen zijn: {sheets}.</translation>
    </message>
    <message>
        <source>{name} has formulas whose results were never saved, such as the one in cell {cell}: a program wrote it, and no spreadsheet has opened it since. Open it in Excel or LibreOffice, save it, and import it again.</source>
        <translation>{name} bevat formules waarvan de uitkomst nooit is opgeslagen, zoals die in cel {cell}: een programma heeft het bestand gemaakt en sindsdien heeft geen spreadsheet het geopend. Open het in Excel of LibreOffice, sla het op en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>{name} is not readable text. Save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} is geen leesbare tekst. Sla het opnieuw op als &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>{name} has a cell longer than {limit} KB; that is not an invitation list.</source>
        <translation>{name} heeft een cel langer dan {limit} KB; dat is geen uitnodigingslijst.</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file ({reason}). Save it again from your spreadsheet program.</source>
        <translation>{name} is geen geldig CSV-bestand ({reason}). Sla het opnieuw op vanuit uw spreadsheetprogramma.</translation>
    </message>
    <message>
        <source>{name}: the quote opened on line {line} is not closed where its cell ends, so the lines after it would be read as one cell. Close that quote, or remove it, and import again.</source>
        <translation>{name}: het aanhalingsteken op regel {line} wordt niet gesloten waar de cel eindigt, zodat de regels erna als één cel gelezen zouden worden. Sluit dat aanhalingsteken, of haal het weg, en importeer opnieuw.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; that is not an invitation list.</source>
        <translation>{name} is groter dan {limit} MB; dat is geen uitnodigingslijst.</translation>
    </message>
    <message>
        <source>{name} is an old or password-protected Excel file. Save it as .xlsx without a password, or as .csv.</source>
        <translation>{name} is een oud of met een wachtwoord beveiligd Excel-bestand. Sla het op als .xlsx zonder wachtwoord, of als .csv.</translation>
    </message>
    <message>
        <source>{name} is a PDF. Export the list from its spreadsheet as .xlsx or .csv.</source>
        <translation>{name} is een pdf. Exporteer de lijst vanuit de spreadsheet als .xlsx of .csv.</translation>
    </message>
    <message>
        <source>{name} is a text file, not a workbook: it has no sheets.</source>
        <translation>{name} is een tekstbestand, geen werkmap: het heeft geen werkbladen.</translation>
    </message>
    <message>
        <source>{name} is empty: the first row must name the columns.</source>
        <translation>{name} is leeg: de eerste rij moet de kolommen benoemen.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Kan {name} niet lezen: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>{0} importeren</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welke kolom bevat wat</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>Group values this app does not know yet</source>
        <translation>Groepswaarden die deze app nog niet kent</translation>
    </message>
    <message>
        <source>Merge people already in the register (by name and organisation, or name alone if none)</source>
        <translation>Samenvoegen met mensen die al in het register staan (op naam en organisatie, of alleen op naam als die ontbreekt)</translation>
    </message>
    <message>
        <source>Row {0} names the columns; the rows above it (a title) are not imported.</source>
        <translation>Rij {0} noemt de kolommen; de rijen erboven (een titel) worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>(no group; anonymous until you choose)</source>
        <translation>(geen groep; anoniem tot u kiest)</translation>
    </message>
    <message>
        <source>Import &apos;{0}&apos; as</source>
        <translation>&apos;{0}&apos; importeren als</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n rows can be imported</source>
        <translation>
            <numerusform>{0} van 1 rij kan worden geïmporteerd</numerusform>
            <numerusform>{0} van %n rijen kunnen worden geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation>
            <numerusform>1 staat al in het register</numerusform>
            <numerusform>%n staan al in het register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on this meeting&apos;s list</source>
        <translation>
            <numerusform>%n staat al op de lijst van deze bijeenkomst</numerusform>
            <numerusform>%n staan al op de lijst van deze bijeenkomst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of those, %n to be better protected, as the file asks</source>
        <translation>
            <numerusform>van wie %n beter beschermd wordt, zoals het bestand vraagt</numerusform>
            <numerusform>van wie %n beter beschermd worden, zoals het bestand vraagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of those, %n with the answer the file gives</source>
        <translation>
            <numerusform>van hen één met het antwoord uit het bestand</numerusform>
            <numerusform>van hen %n met het antwoord uit het bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of those, %n also written as the file gives</source>
        <translation>
            <numerusform>van hen één voortaan ook geschreven zoals het bestand zegt</numerusform>
            <numerusform>van hen %n voortaan ook geschreven zoals het bestand zegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped for what their rows say</source>
        <translation>
            <numerusform>%n overgeslagen om wat de rij zegt</numerusform>
            <numerusform>%n overgeslagen om wat hun rijen zeggen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>Niet gelezen: {0}.</translation>
    </message>
    <message>
        <source>No column for: {0}.</source>
        <translation>Geen kolom voor: {0}.</translation>
    </message>
    <message>
        <source>Choose a group for each value above, or import those people without one.</source>
        <translation>Kies voor elke waarde hierboven een groep, of importeer die mensen zonder groep.</translation>
    </message>
    <message numerus="yes">
        <source>Show only the rows skipped, merged or with a warning (%n)</source>
        <translation>
            <numerusform>Alleen de rij tonen die wordt overgeslagen, samengevoegd of een waarschuwing heeft (%n)</numerusform>
            <numerusform>Alleen de rijen tonen die worden overgeslagen, samengevoegd of een waarschuwing hebben (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Kies een werkblad</translation>
    </message>
    <message>
        <source>{0} has several sheets with rows. Which one holds the list? Import the others after it.</source>
        <translation>{0} heeft meerdere werkbladen met rijen. Op welk staat de lijst? Importeer de andere daarna.</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Blocker</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Niet in orde</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Planning (everyone invited, not declined)</source>
        <translation>Planning (iedereen uitgenodigd, niet afgemeld)</translation>
    </message>
    <message>
        <source>On the day (attended)</source>
        <translation>Op de dag (aanwezig)</translation>
    </message>
    <message>
        <source>Not yet: nobody has checked in.</source>
        <translation>Nog niet: er heeft zich nog niemand aangemeld.</translation>
    </message>
    <message>
        <source>Unknown inclusion setting: {0}</source>
        <translation>Onbekende inclusie-instelling: {0}</translation>
    </message>
    <message>
        <source>A share must be between 0% and 100%.</source>
        <translation>Een aandeel moet tussen 0% en 100% liggen.</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <source>No one is on the list at this stage yet.</source>
        <translation>In deze fase staat nog niemand op de lijst.</translation>
    </message>
    <message>
        <source>No required groups are set for this meeting.</source>
        <translation>Voor deze bijeenkomst zijn geen vereiste groepen ingesteld.</translation>
    </message>
    <message>
        <source>Missing: {0}.</source>
        <translation>Ontbreekt: {0}.</translation>
    </message>
    <message>
        <source>Through a representative: {0}.</source>
        <translation>Via een vertegenwoordiger: {0}.</translation>
    </message>
    <message>
        <source>All {0} required groups are there.</source>
        <translation>Alle {0} vereiste groepen zijn er.</translation>
    </message>
    <message>
        <source>Speaks for another group but is not flagged as a proxy: {0}.</source>
        <translation>Spreekt namens een andere groep maar is niet als plaatsvervanger gemarkeerd: {0}.</translation>
    </message>
    <message>
        <source>Proxy without the group they speak for: {0}.</source>
        <translation>Plaatsvervanger zonder de groep namens wie hij of zij spreekt: {0}.</translation>
    </message>
    <message>
        <source>No one speaks for a group other than their own.</source>
        <translation>Niemand spreekt namens een andere groep dan de eigen groep.</translation>
    </message>
    <message>
        <source>Women workers are heard through a representative: {0}.</source>
        <translation>Vrouwelijke werknemers worden gehoord via een vertegenwoordiger: {0}.</translation>
    </message>
    <message>
        <source>Women workers are heard only through a proxy: {0}.</source>
        <translation>Vrouwelijke werknemers worden alleen via een plaatsvervanger gehoord: {0}.</translation>
    </message>
    <message>
        <source>No woman worker is on the list, and no one speaks for them.</source>
        <translation>Er staat geen vrouwelijke werknemer op de lijst, en niemand spreekt namens hen.</translation>
    </message>
    <message>
        <source>{group}: heard only through a proxy ({names}).</source>
        <translation>{group}: alleen gehoord via een plaatsvervanger ({names}).</translation>
    </message>
    <message>
        <source>{group}: heard only through people employed by a company at this table ({names}): no independent voice of theirs.</source>
        <translation>{group}: alleen gehoord via mensen in dienst van een bedrijf aan deze tafel ({names}): geen onafhankelijke stem van hen.</translation>
    </message>
    <message>
        <source>No conversations on this meeting&apos;s visits yet.</source>
        <translation>Nog geen gesprekken tijdens de bezoeken van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Every group heard on the site visits is invited: {0}.</source>
        <translation>Elke groep die tijdens de locatiebezoeken gehoord is, is uitgenodigd: {0}.</translation>
    </message>
    <message>
        <source>Heard on the site visits but not at the roundtable: {0}.</source>
        <translation>Gehoord tijdens de locatiebezoeken, maar niet aan de rondetafel: {0}.</translation>
    </message>
    <message>
        <source>Proxies, each with the group they speak for: {0}.</source>
        <translation>Plaatsvervangers, elk met de groep namens wie ze spreken: {0}.</translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) are rights-holders or their representatives; the minimum is {bound}.</source>
        <translation>{count} van {total} deelnemers ({share}) zijn rechthebbenden of hun vertegenwoordigers; het minimum is {bound}.</translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) come from the business side; the maximum is {bound}.</source>
        <translation>{count} van {total} deelnemers ({share}) komen uit het bedrijfsleven; het maximum is {bound}.</translation>
    </message>
    <message numerus="yes">
        <source>%n women workers take part in person.</source>
        <translation>
            <numerusform>1 vrouwelijke werknemer neemt zelf deel.</numerusform>
            <numerusform>%n vrouwelijke werknemers nemen zelf deel.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) are women; the minimum is {bound}.</source>
        <translation>{count} van {total} deelnemers ({share}) zijn vrouw; het minimum is {bound}.</translation>
    </message>
    <message>
        <source>The meeting has no working languages set.</source>
        <translation>Voor de bijeenkomst zijn geen werktalen ingesteld.</translation>
    </message>
    <message>
        <source>No interpreter for {0}.</source>
        <translation>Geen tolk voor {0}.</translation>
    </message>
    <message>
        <source>Not covered: {0}.</source>
        <translation>Niet gedekt: {0}.</translation>
    </message>
    <message>
        <source>Languages not recorded: {0}.</source>
        <translation>Talen niet vastgelegd: {0}.</translation>
    </message>
    <message>
        <source>Everyone reads at least one meeting language.</source>
        <translation>Iedereen leest ten minste één taal van de bijeenkomst.</translation>
    </message>
    <message numerus="yes">
        <source>{covered} of %n participants ({share}) can follow in {languages}.</source>
        <translation>
            <numerusform>{covered} van %n deelnemer ({share}) kan volgen in {languages}.</numerusform>
            <numerusform>{covered} van %n deelnemers ({share}) kunnen volgen in {languages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people need {0}</source>
        <translation>
            <numerusform>%n persoon heeft {0} nodig</numerusform>
            <numerusform>%n personen hebben {0} nodig</numerusform>
        </translation>
    </message>
    <message>
        <source>No interpreter entered: {0}.</source>
        <translation>Geen tolk ingevoerd: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participants read no meeting language, or what they read is not recorded.</source>
        <translation>
            <numerusform>1 deelnemer leest geen taal van de bijeenkomst, of wat die leest is niet vastgelegd.</numerusform>
            <numerusform>%n deelnemers lezen geen taal van de bijeenkomst, of wat ze lezen is niet vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No briefing noted for: {0}.</source>
        <translation>Geen toelichting vastgelegd voor: {0}.</translation>
    </message>
    <message>
        <source>A briefing is noted for each of them.</source>
        <translation>Voor ieder van hen is een toelichting vastgelegd.</translation>
    </message>
    <message>
        <source>No session puts workers together with supplier management.</source>
        <translation>Geen enkele sessie zet werknemers samen met het leveranciersmanagement.</translation>
    </message>
    <message>
        <source>Workers sit with supplier management in: {sessions}. Workers there: {names}.</source>
        <translation>Werknemers zitten samen met het leveranciersmanagement in: {sessions}. Werknemers daar: {names}.</translation>
    </message>
    <message>
        <source>Shown by name in outputs: {0}.</source>
        <translation>Met naam getoond in uitvoer: {0}.</translation>
    </message>
    <message>
        <source>Chatham House Rule applies.</source>
        <translation>De Chatham House Rule geldt.</translation>
    </message>
    <message>
        <source>Chatham House Rule does not apply.</source>
        <translation>De Chatham House Rule geldt niet.</translation>
    </message>
    <message>
        <source>Ground rules are written down.</source>
        <translation>De spelregels zijn vastgelegd.</translation>
    </message>
    <message>
        <source>No ground rules are written down yet.</source>
        <translation>Er zijn nog geen spelregels vastgelegd.</translation>
    </message>
    <message>
        <source>No recording or photos are planned.</source>
        <translation>Er zijn geen opnames of foto&apos;s gepland.</translation>
    </message>
    <message>
        <source>{kinds} planned; everyone answered before the meeting.</source>
        <translation>{kinds} gepland; iedereen heeft vóór de bijeenkomst geantwoord.</translation>
    </message>
    <message>
        <source>{kinds} planned, but no consent dated before the meeting from: {names}.</source>
        <translation>{kinds} gepland, maar geen toestemming van vóór de bijeenkomst van: {names}.</translation>
    </message>
    <message>
        <source>Said no, keep out of recordings and photos: {0}.</source>
        <translation>Zeiden nee, houd hen buiten opnames en foto&apos;s: {0}.</translation>
    </message>
    <message>
        <source>No rights-holder is named without consent.</source>
        <translation>Geen enkele rechthebbende wordt zonder toestemming bij naam genoemd.</translation>
    </message>
    <message>
        <source>Named in outputs without a consent to naming: {0}.</source>
        <translation>Met naam in de uitvoer zonder toestemming daarvoor: {0}.</translation>
    </message>
    <message>
        <source>No workers on the list at this stage.</source>
        <translation>In deze fase staan er geen werknemers op de lijst.</translation>
    </message>
    <message numerus="yes">
        <source>Lost wages are arranged for all %n workers.</source>
        <translation>
            <numerusform>Gederfd loon is geregeld voor de %n werknemer.</numerusform>
            <numerusform>Gederfd loon is geregeld voor alle %n werknemers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not arranged for {count} of %n workers: {names}.</source>
        <translation>
            <numerusform>Niet geregeld voor {count} van %n werknemer: {names}.</numerusform>
            <numerusform>Niet geregeld voor {count} van %n werknemers: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No travel support or childcare is waiting to be arranged.</source>
        <translation>Er hoeft geen reiskostenvergoeding of kinderopvang meer te worden geregeld.</translation>
    </message>
    <message>
        <source>Still to arrange for: {0}.</source>
        <translation>Nog te regelen voor: {0}.</translation>
    </message>
    <message>
        <source>The facilitator belongs to the business side: {0}.</source>
        <translation>De facilitator hoort bij het bedrijfsleven: {0}.</translation>
    </message>
    <message>
        <source>Whether the facilitator is independent is not recorded.</source>
        <translation>Of de facilitator onafhankelijk is, is niet vastgelegd.</translation>
    </message>
    <message>
        <source>The facilitator is recorded as not independent.</source>
        <translation>De facilitator is vastgelegd als niet onafhankelijk.</translation>
    </message>
    <message>
        <source>not on the list yet</source>
        <translation>nog niet op de lijst</translation>
    </message>
    <message>
        <source>Recorded as independent. Facilitator: {0}.</source>
        <translation>Vastgelegd als onafhankelijk. Facilitator: {0}.</translation>
    </message>
    <message>
        <source>derived from facilitation practice; no published source</source>
        <translation>afgeleid uit de praktijk van gespreksleiding; geen gepubliceerde bron</translation>
    </message>
</context>
<context>
    <name>InclusionModel</name>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation>Bronnen: {0}</translation>
    </message>
</context>
<context>
    <name>InclusionOps</name>
    <message>
        <source>Change inclusion settings</source>
        <translation>Inclusie-instellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>InclusionSection</name>
    <message>
        <source>Women at least</source>
        <translation>Vrouwen minstens</translation>
    </message>
    <message>
        <source>Rights-holders at least</source>
        <translation>Rechthebbenden minstens</translation>
    </message>
    <message>
        <source>Business side at most</source>
        <translation>Bedrijfsleven hoogstens</translation>
    </message>
    <message>
        <source>Language coverage at least</source>
        <translation>Taaldekking minstens</translation>
    </message>
    <message>
        <source>Inclusion checks</source>
        <translation>Inclusiecontroles</translation>
    </message>
    <message>
        <source>Go to the place where this is fixed ({0}, or double-click the check)</source>
        <translation>Ga naar de plek waar dit wordt opgelost ({0}, of dubbelklik op de controle)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; blockers fail</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; blokkerende controle niet in orde</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; blokkerende controles niet in orde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; warnings</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; waarschuwing</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n advies</numerusform>
            <numerusform>%n adviezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass</source>
        <translation>
            <numerusform>%n in orde</numerusform>
            <numerusform>%n in orde</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has checked in yet: check people in on the Participants tab ({0}).</source>
        <translation>Nog niemand heeft zich aangemeld: meld mensen aan op het tabblad Deelnemers ({0}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt; – {status}&lt;br&gt;{detail}&lt;br&gt;&lt;br&gt;&lt;b&gt;Why it matters:&lt;/b&gt; {why}&lt;br&gt;&lt;i&gt;Sources: {sources}&lt;/i&gt;&lt;br&gt;&lt;b&gt;Suggested fix:&lt;/b&gt; {fix}</source>
        <translation>&lt;b&gt;{message}&lt;/b&gt; – {status}&lt;br&gt;{detail}&lt;br&gt;&lt;br&gt;&lt;b&gt;Waarom dit ertoe doet:&lt;/b&gt; {why}&lt;br&gt;&lt;i&gt;Bronnen: {sources}&lt;/i&gt;&lt;br&gt;&lt;b&gt;Voorgestelde oplossing:&lt;/b&gt; {fix}</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusie</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Jump to fix</source>
        <translation>&amp;Naar de oplossing</translation>
    </message>
</context>
<context>
    <name>InclusionSettingsBox</name>
    <message>
        <source>What this meeting needs</source>
        <translation>Wat deze bijeenkomst nodig heeft</translation>
    </message>
    <message>
        <source>Required &amp;groups</source>
        <translation>Vereiste &amp;groepen</translation>
    </message>
    <message>
        <source>e.g. Chatham House Rule; no recording; workers&apos; statements attributed to their group; no press</source>
        <translation>bijv. Chatham House Rule; geen opnames; uitspraken van werknemers toegeschreven aan hun groep; geen pers</translation>
    </message>
    <message>
        <source>Ground &amp;rules</source>
        <translation>&amp;Spelregels</translation>
    </message>
    <message>
        <source>Photos will be taken</source>
        <translation>Er worden foto&apos;s gemaakt</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Voices it is meant for</source>
        <translation>Stemmen waarvoor het bedoeld is</translation>
    </message>
    <message>
        <source>The groups this item is meant for: during it, the live balance expects them to lead the talk.</source>
        <translation>De groepen voor wie dit agendapunt bedoeld is: tijdens het punt verwacht de live balans dat zij het meest aan het woord zijn.</translation>
    </message>
    <message>
        <source>Only for the facilitator; never printed</source>
        <translation>Alleen voor de facilitator; wordt nooit afgedrukt</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Geleid door:</translation>
    </message>
    <message>
        <source>V&amp;oices it is meant for:</source>
        <translation>Stemmen waar&amp;voor het bedoeld is:</translation>
    </message>
    <message>
        <source>&amp;Purpose or expected outcome:</source>
        <translation>Doel of verwacht &amp;resultaat:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;notes:</source>
        <translation>&amp;Notities van de facilitator:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materialen:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Live: in the speaker search</source>
        <translation>Live: in het zoekveld voor sprekers</translation>
    </message>
    <message>
        <source>Visits: in the checklist</source>
        <translation>Bezoeken: in de checklist</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting</source>
        <translation>Bijeenkomst &amp;dupliceren</translation>
    </message>
    <message>
        <source>&amp;Archive meeting</source>
        <translation>Bijeenkomst &amp;archiveren</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchroniseren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation>Bijeenkomst &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Meetings list</source>
        <translation>Lijst met &amp;bijeenkomsten</translation>
    </message>
    <message>
        <source>Show the section: {0}</source>
        <translation>Het onderdeel tonen: {0}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Uitnodigen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>I&amp;mport list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>&amp;Leaves</source>
        <translation>&amp;Vertrek</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Toestemming…</translation>
    </message>
    <message>
        <source>Edit in &amp;register</source>
        <translation>Bewerken in &amp;register</translation>
    </message>
    <message>
        <source>Find a person in the register to invite</source>
        <translation>Zoek iemand in het register om uit te nodigen</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>De lijst filteren</translation>
    </message>
    <message>
        <source>Go to where the check is fixed</source>
        <translation>Ga naar waar dit punt wordt opgelost</translation>
    </message>
    <message>
        <source>&amp;Insert item</source>
        <translation>Punt &amp;invoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Apply &amp;template…</source>
        <translation>&amp;Sjabloon toepassen…</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>Als sjabloon &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Copy from meeting…</source>
        <translation>&amp;Kopiëren uit bijeenkomst…</translation>
    </message>
    <message>
        <source>Day &amp;hours…</source>
        <translation>Dag&amp;tijden…</translation>
    </message>
    <message>
        <source>&amp;Print agenda (PDF)…</source>
        <translation>Agenda &amp;afdrukken (PDF)…</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Kalender (.ics)…</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Starten of hervatten</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <source>next item</source>
        <translation>volgend punt</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stilte</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>stilte</translation>
    </message>
    <message>
        <source>Facilitator (procedural)</source>
        <translation>Facilitator (procedureel)</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>Interpretation of the last speaker</source>
        <translation>Vertaling van de laatste spreker</translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation>tolk</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Spreker zoeken</translation>
    </message>
    <message>
        <source>find a speaker</source>
        <translation>spreker zoeken</translation>
    </message>
    <message>
        <source>Take back the last switch</source>
        <translation>Laatste wissel terugdraaien</translation>
    </message>
    <message>
        <source>take back</source>
        <translation>terugnemen</translation>
    </message>
    <message>
        <source>Move the turn&apos;s start earlier</source>
        <translation>Begin van de beurt eerder zetten</translation>
    </message>
    <message>
        <source>Move the turn&apos;s start later</source>
        <translation>Begin van de beurt later zetten</translation>
    </message>
    <message>
        <source>The speaker goes on after a break</source>
        <translation>De spreker gaat door na een onderbreking</translation>
    </message>
    <message>
        <source>Keep silence after a break</source>
        <translation>Stilte houden na een onderbreking</translation>
    </message>
    <message>
        <source>Balance settings</source>
        <translation>Balansinstellingen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Edit the latest note</source>
        <translation>Laatste notitie bewerken</translation>
    </message>
    <message>
        <source>Show the real names of people not named, while held</source>
        <translation>Echte namen tonen van wie niet bij naam genoemd wil worden, zolang ingedrukt</translation>
    </message>
    <message>
        <source>hold: names</source>
        <translation>vasthouden: namen</translation>
    </message>
    <message>
        <source>Room view: only what the room may see, on or off</source>
        <translation>Zaalweergave: alleen wat de zaal mag zien, aan of uit</translation>
    </message>
    <message>
        <source>room view</source>
        <translation>zaalweergave</translation>
    </message>
    <message>
        <source>Pinned speaker {0}</source>
        <translation>Vastgezette spreker {0}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>Pinned speaker {0} interrupts</source>
        <translation>Vastgezette spreker {0} onderbreekt</translation>
    </message>
    <message>
        <source>Pin the current speaker to {0}</source>
        <translation>Huidige spreker vastzetten op {0}</translation>
    </message>
    <message>
        <source>Note kind: {0}</source>
        <translation>Soort notitie: {0}</translation>
    </message>
    <message>
        <source>Give the floor as an interruption</source>
        <translation>Het woord geven als onderbreking</translation>
    </message>
    <message>
        <source>Back to the note line</source>
        <translation>Terug naar de notitieregel</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation>Bezoek &amp;plannen…</translation>
    </message>
    <message>
        <source>Answer the checklist item: {0}</source>
        <translation>Het punt van de checklist beantwoorden: {0}</translation>
    </message>
    <message>
        <source>Write a note on the checklist item</source>
        <translation>Een notitie bij het punt van de checklist schrijven</translation>
    </message>
    <message>
        <source>Show the item&apos;s note in the supplier&apos;s report, or keep it internal</source>
        <translation>De notitie bij het punt in het verslag voor de leverancier zetten, of intern houden</translation>
    </message>
    <message>
        <source>&amp;Export the minutes as PDF</source>
        <translation>Verslag als pdf &amp;exporteren</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe persoon</translation>
    </message>
    <message>
        <source>Invite to this &amp;meeting</source>
        <translation>Uitnodigen voor deze &amp;bijeenkomst</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Het register doorzoeken</translation>
    </message>
    <message>
        <source>{0} every key</source>
        <translation>{0} alle toetsen</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>kind of entry</source>
        <translation>soort regel</translation>
    </message>
    <message>
        <source>A ledger entry needs a description.</source>
        <translation>Een regel in het logboek heeft een omschrijving nodig.</translation>
    </message>
    <message>
        <source>A text can have at most {0} characters.</source>
        <translation>Een tekst kan hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>A ledger entry has no field {0}.</source>
        <translation>Een regel in het logboek heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>A ledger entry needs an owner: a person or an organisation.</source>
        <translation>Een regel in het logboek heeft een eigenaar nodig: een persoon of een organisatie.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Say who makes this change.</source>
        <translation>Zeg wie deze wijziging maakt.</translation>
    </message>
    <message>
        <source>Name a ledger entry by its id or the first characters of it.</source>
        <translation>Noem een regel in het logboek bij zijn id of de eerste tekens ervan.</translation>
    </message>
    <message>
        <source>There is no ledger entry {0}.</source>
        <translation>Er is geen regel {0} in het logboek.</translation>
    </message>
    <message>
        <source>{0} names more than one ledger entry; give more of its id.</source>
        <translation>{0} past bij meer dan één regel in het logboek; geef meer van het id.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>A change cannot be dated after today ({0}).</source>
        <translation>Een wijziging kan niet na vandaag ({0}) gedateerd worden.</translation>
    </message>
    <message>
        <source>Say why the status changes.</source>
        <translation>Zeg waarom de status verandert.</translation>
    </message>
    <message>
        <source>An entry that is {current} cannot become {new}.</source>
        <translation>Een regel die {current} is, kan niet {new} worden.</translation>
    </message>
    <message>
        <source>A change cannot be dated before the last one ({0}).</source>
        <translation>Een wijziging kan niet eerder gedateerd zijn dan de vorige ({0}).</translation>
    </message>
    <message>
        <source>Done needs its evidence: what shows it was done.</source>
        <translation>Gedaan vraagt om bewijs: wat laat zien dat het gedaan is.</translation>
    </message>
    <message>
        <source>Verified needs the later visit or meeting where it was seen.</source>
        <translation>Geverifieerd vraagt om het latere bezoek of de latere bijeenkomst waar het gezien is.</translation>
    </message>
    <message>
        <source>Verification must come from a later visit or meeting.</source>
        <translation>De verificatie moet van een later bezoek of een latere bijeenkomst komen.</translation>
    </message>
    <message>
        <source>This action was taken in a confidential note; the ledger is shared, so it is not put there. Make the note internal first if it may be followed in the ledger.</source>
        <translation>Deze actie staat in een vertrouwelijke notitie; het logboek van toezeggingen wordt gedeeld, dus komt ze daar niet in. Maak de notitie eerst intern als ze in het logboek gevolgd mag worden.</translation>
    </message>
    <message>
        <source>This action is in the ledger already.</source>
        <translation>Deze actie staat al in het logboek.</translation>
    </message>
    <message>
        <source>This action names {0}, who asked not to be named, and the ledger is shared: write the action without the name first.</source>
        <translation>Deze actie noemt {0}, die niet genoemd wil worden, en het logboek wordt gedeeld: schrijf de actie eerst zonder de naam.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>geen deadline</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>• {mark}{description} — {owner}, due {due}, {status}</source>
        <translation>• {mark}{description} — {owner}, uiterlijk {due}, {status}</translation>
    </message>
    <message>
        <source>No open commitments concern the organisations of this meeting.</source>
        <translation>Er zijn geen openstaande toezeggingen van de organisaties van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>{count} open commitments from earlier meetings and visits, {overdue} overdue.</source>
        <translation>{count} openstaande toezeggingen uit eerdere bijeenkomsten en bezoeken, {overdue} te laat.</translation>
    </message>
    <message>
        <source>Follow-up on commitments</source>
        <translation>Opvolging van toezeggingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Afgesproken bij</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation>{0} — te laat</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Commitments ledger</source>
        <translation>Logboek van toezeggingen</translation>
    </message>
    <message>
        <source>History of the chosen entry</source>
        <translation>Geschiedenis van de gekozen regel</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>&amp;New commitment…</source>
        <translation>&amp;Nieuwe toezegging…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>The entries shown, with their history, as a spreadsheet</source>
        <translation>De getoonde regels, met hun geschiedenis, als spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>&amp;PDF afdrukken…</translation>
    </message>
    <message>
        <source>The ledger of the organisation chosen above (or of all), to print or share</source>
        <translation>Het register van de hierboven gekozen organisatie (of van alle), om af te drukken of te delen</translation>
    </message>
    <message>
        <source>Add “Follow-up on commitments” to this meeting</source>
        <translation>“Opvolging van toezeggingen” aan deze bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>An agenda item listing the open entries that concern this meeting&apos;s organisations</source>
        <translation>Een agendapunt met de openstaande regels die de organisaties van deze bijeenkomst aangaan</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Every organisation</source>
        <translation>Elke organisatie</translation>
    </message>
    <message>
        <source>{count} entries: {kept} kept, {overdue} overdue</source>
        <translation>{count} regels: {kept} nagekomen, {overdue} te laat</translation>
    </message>
    <message>
        <source>{on}: {status} — {who}: {why}</source>
        <translation>{on}: {status} — {who}: {why}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Bewijs: {0}</translation>
    </message>
    <message>
        <source>⚠ Does not follow from the step before: both were recorded on different laptops at once. The later stands; record what is right from here (reopen the entry if need be).</source>
        <translation>⚠ Volgt niet op de vorige stap: beide zijn tegelijk op verschillende laptops vastgelegd. De latere geldt; leg vanaf hier vast wat klopt (heropen de regel zo nodig).</translation>
    </message>
    <message>
        <source>commitments-ledger</source>
        <translation>toezeggingenlogboek</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the ledger to {0}.</source>
        <translation>Het register is opgeslagen in {0}.</translation>
    </message>
    <message>
        <source>Print the ledger</source>
        <translation>Het register afdrukken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A “Follow-up on commitments” item was added at the end of the agenda.</source>
        <translation>Aan het eind van de agenda is een punt “Opvolging van toezeggingen” toegevoegd.</translation>
    </message>
</context>
<context>
    <name>LedgerPdf</name>
    <message>
        <source>Commitments ledger</source>
        <translation>Logboek van toezeggingen</translation>
    </message>
    <message>
        <source>Commitments ledger: {0}</source>
        <translation>Logboek van toezeggingen: {0}</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand op</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Kept (verified or closed)</source>
        <translation>Nagekomen (geverifieerd of afgesloten)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>eigenaar: {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>uiterlijk {0}</translation>
    </message>
    <message>
        <source>agreed at {0}</source>
        <translation>afgesproken tijdens {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Why, and the evidence</source>
        <translation>Waarom, en het bewijs</translation>
    </message>
    <message>
        <source>No ledger entries.</source>
        <translation>Geen regels in het logboek.</translation>
    </message>
    <message>
        <source>Commitments and their follow-up</source>
        <translation>Toezeggingen en hun opvolging</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>This meeting has no agenda items to run.</source>
        <translation>Deze bijeenkomst heeft geen agendapunten om af te werken.</translation>
    </message>
    <message>
        <source>There is no agenda item there.</source>
        <translation>Daar staat geen agendapunt.</translation>
    </message>
    <message>
        <source>This is the last agenda item; end the session instead.</source>
        <translation>Dit is het laatste agendapunt; beëindig in plaats daarvan de sessie.</translation>
    </message>
    <message>
        <source>This is the first agenda item.</source>
        <translation>Dit is het eerste agendapunt.</translation>
    </message>
    <message>
        <source>Start the session before extending an item.</source>
        <translation>Start de sessie voordat u een agendapunt verlengt.</translation>
    </message>
    <message>
        <source>Extend by 1 to 240 minutes.</source>
        <translation>Verleng met 1 tot 240 minuten.</translation>
    </message>
    <message>
        <source>The session has ended. Start it again (F5) to time speakers or items.</source>
        <translation>De sessie is afgelopen. Start haar opnieuw (F5) om sprekers of punten te timen.</translation>
    </message>
    <message>
        <source>This meeting&apos;s session has not started, so it cannot end.</source>
        <translation>De sessie van deze bijeenkomst is nog niet begonnen en kan dus niet eindigen.</translation>
    </message>
    <message>
        <source>This meeting&apos;s session has already ended.</source>
        <translation>De sessie van deze bijeenkomst is al beëindigd.</translation>
    </message>
    <message>
        <source>This person is not a participant of the meeting.</source>
        <translation>Deze persoon is geen deelnemer van de bijeenkomst.</translation>
    </message>
    <message>
        <source>Choose whose words are being interpreted.</source>
        <translation>Kies wiens woorden worden getolkt.</translation>
    </message>
    <message>
        <source>Nobody has spoken yet whose words could be interpreted.</source>
        <translation>Er heeft nog niemand gesproken wiens woorden getolkt kunnen worden.</translation>
    </message>
    <message>
        <source>There is no speaker switch to take back.</source>
        <translation>Er is geen sprekerswissel om terug te draaien.</translation>
    </message>
    <message>
        <source>There is no turn to adjust.</source>
        <translation>Er is geen beurt om aan te passen.</translation>
    </message>
    <message>
        <source>A turn cannot start before the previous one or in the future.</source>
        <translation>Een beurt kan niet vóór de vorige of in de toekomst beginnen.</translation>
    </message>
    <message>
        <source>Pin a participant of this meeting to a key from 1 to 9.</source>
        <translation>Zet een deelnemer van deze bijeenkomst vast op een toets van 1 tot 9.</translation>
    </message>
</context>
<context>
    <name>LiveOps</name>
    <message>
        <source>Start the session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Sessie pauzeren</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <source>Extend the item</source>
        <translation>Agendapunt verlengen</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>Move the turn&apos;s start</source>
        <translation>Begin van de beurt verschuiven</translation>
    </message>
    <message>
        <source>After the break</source>
        <translation>Na de pauze</translation>
    </message>
    <message>
        <source>Floor to {0}</source>
        <translation>Het woord aan {0}</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Take back the last switch</source>
        <translation>Laatste wissel terugdraaien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Change a note&apos;s confidentiality</source>
        <translation>Vertrouwelijkheid van een notitie wijzigen</translation>
    </message>
    <message>
        <source>Balance settings</source>
        <translation>Balansinstellingen</translation>
    </message>
</context>
<context>
    <name>LiveSection</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Room view: only what the room may see. {0} returns to the full screen.</source>
        <translation>Zaalweergave: alleen wat de zaal mag zien. {0} keert terug naar het volledige scherm.</translation>
    </message>
    <message>
        <source>Find a speaker ({0}), Enter gives the floor</source>
        <translation>Zoek een spreker ({0}), Enter geeft het woord</translation>
    </message>
    <message>
        <source>The session has ended. Start it again at the current item?</source>
        <translation>De sessie is beëindigd. Opnieuw beginnen bij het huidige punt?</translation>
    </message>
    <message>
        <source>End the session? The agenda clock and the floor stop, and the meeting is closed.</source>
        <translation>De sessie beëindigen? De agendaklok en het woord stoppen, en de bijeenkomst wordt afgesloten.</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>stilte</translation>
    </message>
    <message>
        <source>Add the facilitator to the participants to time procedural talk.</source>
        <translation>Voeg de facilitator toe aan de deelnemers om procedurele spreektijd bij te houden.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Note (earlier versions are kept):</source>
        <translation>Notitie (eerdere versies blijven bewaard):</translation>
    </message>
</context>
<context>
    <name>Localised</name>
    <message>
        <source>{0} could be {1}: type more of it.</source>
        <translation>{0} kan {1} zijn: typ er meer van.</translation>
    </message>
    <message>
        <source>Unknown language: {0}</source>
        <translation>Onbekende taal: {0}</translation>
    </message>
    <message>
        <source>Unknown country: {0}</source>
        <translation>Onbekend land: {0}</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>(its message is not recorded: it may hold entered text)</source>
        <translation>(de melding wordt niet vastgelegd: die kan ingevoerde tekst bevatten)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open the &amp;demo roundtable</source>
        <translation>&amp;Demo-rondetafel openen</translation>
    </message>
    <message>
        <source>&amp;Archive meeting</source>
        <translation>Bijeenkomst &amp;archiveren</translation>
    </message>
    <message>
        <source>&amp;Back up data…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation>&amp;Conflicten om over te beslissen…</translation>
    </message>
    <message>
        <source>&amp;Encryption…</source>
        <translation>&amp;Versleuteling…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Over Facilitator</translation>
    </message>
    <message>
        <source>Un&amp;archive meeting</source>
        <translation>Bijeenkomst uit &amp;archief halen</translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Facilitator database (*.sqlite3)</source>
        <translation>Facilitator-database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up to {0}, with its key file {1} beside it: keep the two together</source>
        <translation>Back-up gemaakt in {0}, met het sleutelbestand {1} ernaast: houd de twee bij elkaar</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Reservekopie gemaakt in {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>{0} is encrypted. The passphrase or recovery key of the data it was made of:</source>
        <translation>{0} is versleuteld. De wachtwoordzin of herstelsleutel van de gegevens waarvan het is gemaakt:</translation>
    </message>
    <message>
        <source>Replace all data with the backup {0}?

What is in place now is kept in the backups folder as a pre-restore copy, so this can be undone by restoring that copy.</source>
        <translation>Alle gegevens vervangen door de reservekopie {0}?

Wat er nu staat, wordt in de map met reservekopieën bewaard als kopie van vóór het terugzetten; door die kopie terug te zetten, maakt u dit ongedaan.</translation>
    </message>
    <message>
        <source>The backup is encrypted and the data here is not: the data here is encrypted first, with the key file that came with the backup. From then on it opens with that data&apos;s passphrase and recovery key.</source>
        <translation>De back-up is versleuteld en de gegevens hier niet: de gegevens hier worden eerst versleuteld, met het sleutelbestand dat bij de back-up hoort. Daarna openen ze met de wachtwoordzin en herstelsleutel van die gegevens.</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>{0} is teruggezet</translation>
    </message>
    <message>
        <source>Restored {0}; the data here is encrypted now</source>
        <translation>{0} teruggezet; de gegevens hier zijn nu versleuteld</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Facilitator {0}&lt;/h3&gt;&lt;p&gt;Plan, run and document multi-stakeholder roundtables in production countries, offline.&lt;/p&gt;&lt;p&gt;Your data: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facilitator {0}&lt;/h3&gt;&lt;p&gt;Plan, leid en documenteer multi-stakeholderrondetafels in productielanden, offline.&lt;/p&gt;&lt;p&gt;Uw gegevens: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} – Facilitator</source>
        <translation>{0} – Facilitator</translation>
    </message>
    <message>
        <source>{action} {step}</source>
        <comment>Undo or Redo, then the step it takes</comment>
        <translation>{action}: {step}</translation>
    </message>
    <message>
        <source>That step belongs to another meeting. Go on?</source>
        <translation>Die stap hoort bij een andere bijeenkomst. Doorgaan?</translation>
    </message>
    <message>
        <source>“{0}” was done in “{1}”, not in the meeting shown. Undo it there?</source>
        <translation>“{0}” is gedaan in “{1}”, niet in de getoonde bijeenkomst. Daar ongedaan maken?</translation>
    </message>
    <message>
        <source>“{0}” was undone in “{1}”, not in the meeting shown. Do it again there?</source>
        <translation>“{0}” is ongedaan gemaakt in “{1}”, niet in de getoonde bijeenkomst. Daar opnieuw doen?</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Ongedaan gemaakt: {0}</translation>
    </message>
    <message>
        <source>Done again: {0}</source>
        <translation>Opnieuw uitgevoerd: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingOps</name>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Bijeenkomst dupliceren</translation>
    </message>
    <message>
        <source>Archive meeting</source>
        <translation>Bijeenkomst archiveren</translation>
    </message>
    <message>
        <source>Unarchive meeting</source>
        <translation>Bijeenkomst uit archief halen</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Demo openen</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Onbekende tijdzone: {0}</translation>
    </message>
    <message>
        <source>{0} is too far from today to be kept.</source>
        <translation>{0} ligt te ver van vandaag om te bewaren.</translation>
    </message>
    <message>
        <source>{0} does not exist in {1}: the clocks skip that hour. Choose another time.</source>
        <translation>{0} bestaat niet in {1}: de klok slaat dat uur over. Kies een andere tijd.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Een bijeenkomst heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A meeting title can have at most {0} characters.</source>
        <translation>De titel van een bijeenkomst mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>Unknown meeting status: {0}</source>
        <translation>Onbekende status van bijeenkomst: {0}</translation>
    </message>
    <message>
        <source>Unknown confidentiality level: {0}</source>
        <translation>Onbekend vertrouwelijkheidsniveau: {0}</translation>
    </message>
    <message>
        <source>The interpretation factor must be between 1 and 4.</source>
        <translation>De tolkfactor moet tussen 1 en 4 liggen.</translation>
    </message>
    <message>
        <source>The smallest group shown on its own must have between {0} and {1} people.</source>
        <translation>De kleinste groep die apart getoond wordt, moet tussen {0} en {1} personen tellen.</translation>
    </message>
    <message>
        <source>A share must be between 0% and 100%.</source>
        <translation>Een aandeel moet tussen 0% en 100% liggen.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation>Een bijeenkomst moet eindigen nadat ze begint.</translation>
    </message>
    <message>
        <source>Name a meeting by its id or the first characters of it.</source>
        <translation>Noem een bijeenkomst bij haar id of de eerste tekens ervan.</translation>
    </message>
    <message>
        <source>No meeting has an id starting with &apos;{0}&apos;.</source>
        <translation>Er is geen bijeenkomst met een id dat begint met &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>More than one meeting has an id starting with &apos;{0}&apos;; type more of it.</source>
        <translation>Meer dan één bijeenkomst heeft een id dat begint met &apos;{0}&apos;; typ er meer van.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Search meetings</source>
        <translation>Bijeenkomsten zoeken</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
</context>
<context>
    <name>MentionCompleter</name>
    <message>
        <source>Names and groups to mention</source>
        <translation>Namen en groepen om te noemen</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Unknown audience: {0}. Use internal or public.</source>
        <translation>Onbekend publiek: {0}. Kies internal of public.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>De hele zaal</translation>
    </message>
    <message>
        <source>{0} (removed from the agenda)</source>
        <translation>{0} (van de agenda gehaald)</translation>
    </message>
    <message>
        <source>Not under an agenda item</source>
        <translation>Niet bij een agendapunt</translation>
    </message>
    <message>
        <source>No stakeholder group {0} in this meeting. Use one of: {1}</source>
        <translation>Geen stakeholdergroep {0} in deze bijeenkomst. Kies uit: {1}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Satisfied with the response</source>
        <translation>Tevreden met het antwoord</translation>
    </message>
    <message>
        <source>Partly satisfied with the response</source>
        <translation>Deels tevreden met het antwoord</translation>
    </message>
    <message>
        <source>Not satisfied with the response</source>
        <translation>Niet tevreden met het antwoord</translation>
    </message>
    <message>
        <source>As its confidentiality says</source>
        <translation>Volgens de vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Internal minutes only</source>
        <translation>Alleen in het interne verslag</translation>
    </message>
    <message>
        <source>Left out of the minutes</source>
        <translation>Niet in het verslag</translation>
    </message>
    <message>
        <source>{0} must be text.</source>
        <translation>{0} moet tekst zijn.</translation>
    </message>
    <message>
        <source>This text is too long: at most {0} characters.</source>
        <translation>Deze tekst is te lang: hoogstens {0} tekens.</translation>
    </message>
    <message>
        <source>The minutes of an item have no field {0}.</source>
        <translation>Het verslag van een agendapunt heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>answer to &apos;satisfied&apos;</source>
        <translation>antwoord op &apos;tevreden&apos;</translation>
    </message>
    <message>
        <source>The minutes have no field {0}.</source>
        <translation>Het verslag heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>choice for a note</source>
        <translation>keuze voor een notitie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Amendment requested</source>
        <translation>Wijziging gevraagd</translation>
    </message>
    <message>
        <source>Signed printout</source>
        <translation>Ondertekende afdruk</translation>
    </message>
    <message>
        <source>Returned file</source>
        <translation>Teruggestuurd bestand</translation>
    </message>
    <message>
        <source>Version {0} of these minutes was issued on two laptops with different words. Issue a new version that takes both in, and say so in its reason.</source>
        <translation>Versie {0} van dit verslag is op twee laptops uitgegeven, met verschillende tekst. Geef een nieuwe versie uit die beide verwerkt, en zeg dat in de reden.</translation>
    </message>
    <message>
        <source>These minutes have no version {0}.</source>
        <translation>Dit verslag heeft geen versie {0}.</translation>
    </message>
    <message>
        <source>Two versions {0} were issued on different laptops ({1}); name the one you mean by the first characters of its fingerprint.</source>
        <translation>Er zijn op verschillende laptops twee versies {0} uitgegeven ({1}); geef de versie die u bedoelt aan met de eerste tekens van de vingerafdruk.</translation>
    </message>
    <message>
        <source>Nothing has changed since version {0}; it stays the current one.</source>
        <translation>Er is niets veranderd sinds versie {0}; die blijft de huidige.</translation>
    </message>
    <message>
        <source>There is no issued version to amend yet; issue the minutes first.</source>
        <translation>Er is nog geen uitgegeven versie om te wijzigen; geef het verslag eerst uit.</translation>
    </message>
    <message>
        <source>Say what the amendment changes.</source>
        <translation>Zeg wat de wijziging verandert.</translation>
    </message>
    <message>
        <source>Type at least the first 8 characters of the fingerprint.</source>
        <translation>Typ minstens de eerste 8 tekens van de vingerafdruk.</translation>
    </message>
    <message>
        <source>No issued version of these minutes has the fingerprint {0}.</source>
        <translation>Geen uitgegeven versie van dit verslag heeft de vingerafdruk {0}.</translation>
    </message>
    <message>
        <source>{0} is too large to be returned minutes.</source>
        <translation>{0} is te groot voor een teruggestuurd verslag.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Kan {0} niet lezen: {1}</translation>
    </message>
    <message>
        <source>{0} carries no fingerprint of an issued version of these minutes.</source>
        <translation>{0} bevat geen vingerafdruk van een uitgegeven versie van dit verslag.</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>Say who approved or asked for the amendment.</source>
        <translation>Zeg wie goedkeurde of om de wijziging vroeg.</translation>
    </message>
    <message>
        <source>Say what the amendment asks to change.</source>
        <translation>Zeg wat er volgens het wijzigingsverzoek moet veranderen.</translation>
    </message>
    <message>
        <source>INTERNAL – not for distribution</source>
        <translation>INTERN – niet verspreiden</translation>
    </message>
    <message>
        <source>PUBLIC – Chatham House Rule</source>
        <translation>OPENBAAR – Chatham House Rule</translation>
    </message>
    <message>
        <source>Draft, not issued · fingerprint {0}</source>
        <translation>Concept, niet uitgegeven · vingerafdruk {0}</translation>
    </message>
    <message>
        <source>Version {0} · fingerprint {1}</source>
        <translation>Versie {0} · vingerafdruk {1}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Werktalen</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Vingerafdruk (SHA-256)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Internal: complete, with notes marked internal or confidential; people who asked not to be named appear as their group. For the organising team only.</source>
        <translation>Intern: volledig, met notities die intern of vertrouwelijk zijn; wie niet bij naam genoemd wil worden, staat er als zijn of haar groep. Alleen voor het organiserende team.</translation>
    </message>
    <message>
        <source>Public: statements are attributed to stakeholder groups only, never to a person or an organisation; groups smaller than {0} people are merged.</source>
        <translation>Openbaar: uitspraken staan alleen op naam van stakeholdergroepen, nooit van een persoon of organisatie; groepen kleiner dan {0} mensen zijn samengevoegd.</translation>
    </message>
    <message>
        <source>Draft, not yet issued</source>
        <translation>Concept, nog niet uitgegeven</translation>
    </message>
    <message>
        <source>Version {0}, issued {1}</source>
        <translation>Versie {0}, uitgegeven {1}</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Spelregels</translation>
    </message>
    <message>
        <source>The meeting was held under the Chatham House Rule: what is said may be used, but not who said it.</source>
        <translation>De bijeenkomst viel onder de Chatham House Rule: wat gezegd is mag worden gebruikt, maar niet wie het zei.</translation>
    </message>
    <message>
        <source>No audio or video recording was allowed.</source>
        <translation>Geluids- en video-opnamen waren niet toegestaan.</translation>
    </message>
    <message>
        <source>Attendance by stakeholder group</source>
        <translation>Aanwezigheid per stakeholdergroep</translation>
    </message>
    <message>
        <source>No attendance was recorded: nobody is marked as having attended. The figures are of the people invited who did not decline.</source>
        <translation>Er is geen aanwezigheid vastgelegd: niemand staat als aanwezig genoteerd. De cijfers gaan over de genodigden die niet hebben afgezegd.</translation>
    </message>
    <message>
        <source>Too few people took part to show any figure without pointing to a person.</source>
        <translation>Er deden te weinig mensen mee om cijfers te tonen zonder naar een persoon te wijzen.</translation>
    </message>
    <message>
        <source>{0} people invited, meeting staff not counted.</source>
        <translation>{0} mensen uitgenodigd, staf van de bijeenkomst niet meegeteld.</translation>
    </message>
    <message>
        <source>{0} participants took part, meeting staff not counted.</source>
        <translation>{0} deelnemers deden mee, medewerkers van de bijeenkomst niet meegeteld.</translation>
    </message>
    <message>
        <source>Women: {0} · men: {1} · other or not stated: {2}</source>
        <translation>Vrouwen: {0} · mannen: {1} · anders of niet opgegeven: {2}</translation>
    </message>
    <message>
        <source>Gender counts are withheld: one of them is smaller than {0}.</source>
        <translation>Aantallen naar gender zijn weggelaten: een ervan is kleiner dan {0}.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Stakeholdergroep</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Invited groups that were absent</source>
        <translation>Uitgenodigde groepen die afwezig waren</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>geen reden vastgelegd</translation>
    </message>
    <message>
        <source>Every group expected has someone invited who did not decline.</source>
        <translation>Elke verwachte groep heeft iemand uitgenodigd die niet heeft afgezegd.</translation>
    </message>
    <message>
        <source>Every invited group was present.</source>
        <translation>Elke uitgenodigde groep was aanwezig.</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Vertegenwoordigers</translation>
    </message>
    <message>
        <source>{0} spoke as a proxy for {1}, who were not present in person.</source>
        <translation>Namens {1}, die niet zelf aanwezig waren: {0}.</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Een deelnemer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>vertegenwoordiger</translation>
    </message>
    <message>
        <source>Agenda: planned and actual times</source>
        <translation>Agenda: geplande en werkelijke tijden</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>niet gehouden</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>dag {0}</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Bespreking</translation>
    </message>
    <message>
        <source>Nothing for this record was noted under: {0}.</source>
        <translation>Voor dit verslag is niets genoteerd bij: {0}.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Points raised</source>
        <translation>Ingebrachte punten</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Gedeelde informatie</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Responses given</source>
        <translation>Gegeven antwoorden</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Afwijkende meningen</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In hun eigen woorden</translation>
    </message>
    <message>
        <source>Actions and commitments</source>
        <translation>Acties en toezeggingen</translation>
    </message>
    <message numerus="yes">
        <source>%n of these notes are confidential: they appear in no public document.</source>
        <translation>
            <numerusform>1 van deze notities is vertrouwelijk: ze staat in geen enkel openbaar document.</numerusform>
            <numerusform>%n van deze notities zijn vertrouwelijk: ze staan in geen enkel openbaar document.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Er zijn geen acties afgesproken.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>nog af te spreken</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>niet vastgesteld</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>No commitments were recorded.</source>
        <translation>Er zijn geen toezeggingen vastgelegd.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Speaking-time balance</source>
        <translation>Verdeling van de spreektijd</translation>
    </message>
    <message>
        <source>Too few people took part to show speaking time without pointing to a person.</source>
        <translation>Er deden te weinig mensen mee om spreektijd te tonen zonder naar een persoon te wijzen.</translation>
    </message>
    <message numerus="yes">
        <source>Counted talk: %n minute(s).</source>
        <translation>
            <numerusform>Getelde spreektijd: %n minuut.</numerusform>
            <numerusform>Getelde spreektijd: %n minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interpretation, counted apart: %n minute(s).</source>
        <translation>
            <numerusform>Tolken, apart geteld: %n minuut.</numerusform>
            <numerusform>Tolken, apart geteld: %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance index for the meeting: {0} (1 means talk followed each group&apos;s expected share; it falls towards 0 as one group dominates).</source>
        <translation>Balansindex van de bijeenkomst: {0} (1 betekent dat de spreektijd het verwachte aandeel van elke groep volgde; hij daalt richting 0 naarmate één groep overheerst).</translation>
    </message>
    <message>
        <source>It is worked out over the groups as shown here: a group too small to be shown apart counts within a merged one, so the internal minutes, over every group, may show a lower index.</source>
        <translation>Hij is berekend over de groepen zoals ze hier staan: een groep die te klein is om apart te tonen telt mee in een samengevoegde groep, dus het interne verslag, over elke groep, kan een lagere index tonen.</translation>
    </message>
    <message>
        <source>share of talk</source>
        <translation>aandeel spreektijd</translation>
    </message>
    <message>
        <source>expected share</source>
        <translation>verwacht aandeel</translation>
    </message>
    <message>
        <source>Share of talk against expected share, by group</source>
        <translation>Aandeel spreektijd tegenover verwacht aandeel, per groep</translation>
    </message>
    <message>
        <source>Balance index per agenda item</source>
        <translation>Balansindex per agendapunt</translation>
    </message>
    <message>
        <source>Groups smaller than {0} people are merged into a wider group, so no figure points to a person.</source>
        <translation>Groepen kleiner dan {0} mensen zijn samengevoegd tot een bredere groep, zodat geen cijfer naar een persoon wijst.</translation>
    </message>
    <message>
        <source>Inclusion check</source>
        <translation>Inclusiecontrole</translation>
    </message>
    <message>
        <source>{0} checks passed, {1} failed, {2} warnings.</source>
        <translation>{0} controles geslaagd, {1} niet geslaagd, {2} waarschuwingen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Follow-up and distribution</source>
        <translation>Vervolg en verspreiding</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>How results are reported back to each group is still to be agreed.</source>
        <translation>Hoe de uitkomsten aan elke groep worden teruggekoppeld, moet nog worden afgesproken.</translation>
    </message>
    <message>
        <source>Issues and responses</source>
        <translation>Kwesties en antwoorden</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Kwestie</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verspreiding</translation>
    </message>
    <message>
        <source>Approval by participants</source>
        <translation>Goedkeuring door deelnemers</translation>
    </message>
    <message>
        <source>Please return this page signed, or tell the facilitator what should change. Quote the fingerprint printed at the foot of each page.</source>
        <translation>Stuur deze pagina ondertekend terug, of laat de facilitator weten wat er moet veranderen. Vermeld de vingerafdruk onderaan elke pagina.</translation>
    </message>
    <message>
        <source>Name or group</source>
        <translation>Naam of groep</translation>
    </message>
    <message>
        <source>Approved / amendment requested</source>
        <translation>Goedgekeurd / wijziging gevraagd</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>(name withheld)</source>
        <translation>(naam niet vermeld)</translation>
    </message>
    <message>
        <source>Minutes: {0}</source>
        <translation>Verslag: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesIssuing</name>
    <message>
        <source>The meeting is still marked {0}: what is noted after this is not in it.</source>
        <translation>De bijeenkomst staat nog op {0}: wat hierna wordt genoteerd, staat er niet in.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items are not reviewed yet: they go in as drafted from the notes.</source>
        <translation>
            <numerusform>%n agendapunt is nog niet nagelezen: het komt erin zoals het uit de notities is opgesteld.</numerusform>
            <numerusform>%n agendapunten zijn nog niet nagelezen: ze komen erin zoals ze uit de notities zijn opgesteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>An issued version is final: it can be printed again exactly as it is, and what changes later goes into the next version.</source>
        <translation>Een uitgegeven versie ligt vast: ze kan precies zo opnieuw worden afgedrukt, en wat later verandert, komt in de volgende versie.</translation>
    </message>
    <message>
        <source>Issue version {0}</source>
        <translation>Versie {0} uitgeven</translation>
    </message>
    <message>
        <source>What changed since version {0}? (kept with the version; may be left empty)</source>
        <translation>Wat is er veranderd sinds versie {0}? (blijft bij de versie; mag leeg blijven)</translation>
    </message>
</context>
<context>
    <name>MinutesOps</name>
    <message>
        <source>Edit the minutes of an item</source>
        <translation>Verslag van een agendapunt bewerken</translation>
    </message>
    <message>
        <source>Choose the minutes a note appears in</source>
        <translation>Kiezen in welk verslag een notitie staat</translation>
    </message>
    <message>
        <source>Edit the follow-up of the minutes</source>
        <translation>Vervolg van het verslag bewerken</translation>
    </message>
    <message>
        <source>Issue the minutes</source>
        <translation>Verslag uitgeven</translation>
    </message>
</context>
<context>
    <name>MinutesSection</name>
    <message>
        <source>Internal: complete</source>
        <translation>Intern: volledig</translation>
    </message>
    <message>
        <source>Public: Chatham House Rule</source>
        <translation>Openbaar: Chatham House Rule</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Write the PDF into your Documents folder and open it ({0})</source>
        <translation>De PDF in uw map Documenten schrijven en openen ({0})</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Issue version</source>
        <translation>Versie uitgeven</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Opschriften</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Agenda items to review</source>
        <translation>Agendapunten om na te lopen</translation>
    </message>
    <message>
        <source>These notes are not under an item of the agenda, so there is nothing to review here; choose below which minutes each appears in. A deleted item comes back with Undo on the Agenda tab.</source>
        <translation>Deze notities staan niet bij een agendapunt, dus hier valt niets te beoordelen; kies hieronder in welk verslag elke notitie komt. Een verwijderd agendapunt komt terug met Ongedaan maken op het tabblad Agenda.</translation>
    </message>
    <message>
        <source>Start from the notes</source>
        <translation>Beginnen vanuit de notities</translation>
    </message>
    <message>
        <source>Fill the summary with the points, concerns and questions noted</source>
        <translation>De samenvatting vullen met de genoteerde punten, zorgen en vragen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Staat in</translation>
    </message>
    <message>
        <source>The item&apos;s notes and the minutes they appear in</source>
        <translation>De notities bij het punt en het verslag waarin ze staan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Gedeelde informatie</translation>
    </message>
    <message>
        <source>Responses given</source>
        <translation>Gegeven antwoorden</translation>
    </message>
    <message>
        <source>Was the group satisfied?</source>
        <translation>Was de groep tevreden?</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Afwijkende meningen</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Attendance and follow-up</source>
        <translation>Aanwezigheid en vervolg</translation>
    </message>
    <message>
        <source>How and when results are reported back to each group</source>
        <translation>Hoe en wanneer de uitkomsten aan elke groep worden teruggekoppeld</translation>
    </message>
    <message>
        <source>Who receives the internal minutes, one per line</source>
        <translation>Wie het interne verslag krijgt, één per regel</translation>
    </message>
    <message>
        <source>Reasons given by invited groups that were absent</source>
        <translation>Redenen van uitgenodigde groepen die afwezig waren</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verspreiding</translation>
    </message>
    <message>
        <source>Every invited group was present.</source>
        <translation>Elke uitgenodigde groep was aanwezig.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Nagekeken</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog niet nagekeken</translation>
    </message>
    <message>
        <source>Draft, changed since version {0}</source>
        <translation>Concept, gewijzigd sinds versie {0}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versie {0}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Follow-up sheet: {0}</source>
        <translation>Vervolgblad: {0}</translation>
    </message>
    <message>
        <source>A public note appears in the public minutes too, attributed to a group only</source>
        <translation>Een openbare notitie komt ook in het openbare verslag, alleen toegeschreven aan een groep</translation>
    </message>
    <message>
        <source>By default in the internal and public minutes</source>
        <translation>Standaard in het interne en het openbare verslag</translation>
    </message>
    <message>
        <source>By default in the internal minutes only</source>
        <translation>Standaard alleen in het interne verslag</translation>
    </message>
    <message numerus="yes">
        <source>%n notes of this item are not in the draft: the summary is printed in the public minutes too, and they are confidential or kept to the internal minutes. Make a note public in the item&apos;s list of notes to draft from it.</source>
        <translation>
            <numerusform>%n notitie van dit punt staat niet in het concept: de samenvatting komt ook in het openbare verslag, en deze notitie is vertrouwelijk of alleen voor het interne verslag. Maak een notitie openbaar in de lijst van notities van dit punt om er een concept van te maken.</numerusform>
            <numerusform>%n notities van dit punt staan niet in het concept: de samenvatting komt ook in het openbare verslag, en deze notities zijn vertrouwelijk of alleen voor het interne verslag. Maak een notitie openbaar in de lijst van notities van dit punt om er een concept van te maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {0} issued: it can be printed again exactly as it is now.</source>
        <translation>Versie {0} uitgegeven: die kan later precies zo opnieuw worden afgedrukt.</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>public</source>
        <translation>openbaar</translation>
    </message>
    <message>
        <source>follow-up {0}</source>
        <translation>vervolg {0}</translation>
    </message>
    <message>
        <source>minutes {0}</source>
        <translation>verslag {0}</translation>
    </message>
    <message>
        <source>The Documents folder cannot be written: {0}</source>
        <translation>In de map Documenten kan niet worden geschreven: {0}</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Pagina&apos;s worden opgemaakt…</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Geschreven naar {0}</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>No names: record the setting of the conversation, not who spoke.</source>
        <translation>Geen namen: leg de omstandigheden van het gesprek vast, niet wie er sprak.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>e.g. Roundtable on silica dust in Bundi quarries</source>
        <translation>bijv. Rondetafel over silicastof in de groeven van Bundi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>Add someone new to this meeting</source>
        <translation>Iemand nieuw aan deze bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation>(kies een groep)</translation>
    </message>
    <message>
        <source>Language codes, e.g. hi, raj</source>
        <translation>Taalcodes, bijv. hi, raj</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>Stakeholder&amp;groep</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Spreekt</translation>
    </message>
    <message>
        <source>Shown in outputs as</source>
        <translation>In uitvoer getoond als</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>NoteEntry</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Type a note; c: concern, d: decision, a: action, m: commitment, q: question, &quot; quote, p: point · @name or @group (@&quot;name&quot; quotes one) · #tag · %confidential · due:YYYY-MM-DD</source>
        <translation>Typ een notitie; c: zorg, d: besluit, a: actie, m: toezegging, q: vraag, &quot; citaat, p: punt · @naam of @groep (@&quot;naam&quot; tussen aanhalingstekens) · #tag · %confidential · due:JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation>Laatste notities</translation>
    </message>
    <message numerus="yes">
        <source>Room view: %n notes not shown</source>
        <translation>
            <numerusform>Zaalweergave: %n notitie niet getoond</numerusform>
            <numerusform>Zaalweergave: %n notities niet getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Point raised</source>
        <translation>Ingebracht punt</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Agreement or decision</source>
        <translation>Afspraak of besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>There is no such date: {0}</source>
        <translation>Die datum bestaat niet: {0}</translation>
    </message>
    <message>
        <source>Write the due date as YYYY-MM-DD: {0}</source>
        <translation>Schrijf de termijn als JJJJ-MM-DD: {0}</translation>
    </message>
    <message>
        <source>A due date of {0} looks like a typing slip: give one from {1} to {2}.</source>
        <translation>Een termijn van {0} lijkt een tikfout: geef er een van {1} tot en met {2}.</translation>
    </message>
    <message>
        <source>Name an action by its id or the first characters of it.</source>
        <translation>Noem een actie bij haar id of de eerste tekens ervan.</translation>
    </message>
    <message>
        <source>This meeting has no action or commitment {0}.</source>
        <translation>Deze bijeenkomst heeft geen actie of toezegging {0}.</translation>
    </message>
    <message>
        <source>{0} names more than one action; give more of its id.</source>
        <translation>{0} past bij meer dan één actie; geef meer van het id.</translation>
    </message>
    <message>
        <source>Only a commitment can be followed up this way.</source>
        <translation>Alleen een toezegging kan zo worden opgevolgd.</translation>
    </message>
    <message>
        <source>A quoted name needs its closing quote.</source>
        <translation>Een naam tussen aanhalingstekens moet ook een sluitend aanhalingsteken hebben.</translation>
    </message>
    <message>
        <source>Nobody and no group is called {0}</source>
        <translation>Niemand en geen groep heet {0}</translation>
    </message>
    <message>
        <source>Name someone after @, or write @- for nobody.</source>
        <translation>Noem iemand na @, of schrijf @- voor niemand.</translation>
    </message>
    <message>
        <source>@{0} could be {1}: type more of the name.</source>
        <translation>@{0} kan {1} zijn: typ meer van de naam.</translation>
    </message>
    <message>
        <source>Unknown risk tag: {0}. The tags are {1} (their first letters are enough).</source>
        <translation>Onbekend risicolabel: {0}. De labels zijn {1} (de eerste letters zijn genoeg).</translation>
    </message>
    <message>
        <source>#{0} could be {1}: type more of it.</source>
        <translation>#{0} kan {1} zijn: typ er meer van.</translation>
    </message>
    <message>
        <source>Unknown confidentiality: {0}</source>
        <translation>Onbekende vertrouwelijkheid: {0}</translation>
    </message>
    <message>
        <source>Only an action (a:) or a commitment (m:) keeps a due date.</source>
        <translation>Alleen een actie (a:) of een toezegging (m:) houdt een termijn.</translation>
    </message>
    <message>
        <source>A note can have at most {0} characters; this one has {1}.</source>
        <translation>Een notitie mag hoogstens {0} tekens hebben; deze heeft er {1}.</translation>
    </message>
    <message>
        <source>Unknown kind of note: {0}</source>
        <translation>Onbekende soort notitie: {0}</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Een notitie heeft tekst nodig.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level: {0}</source>
        <translation>Onbekend vertrouwelijkheidsniveau: {0}</translation>
    </message>
    <message>
        <source>A note has no field {0}.</source>
        <translation>Een notitie heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Deze notitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Name a note by its id or the first characters of it.</source>
        <translation>Noem een notitie bij haar id of de eerste tekens ervan.</translation>
    </message>
    <message>
        <source>This meeting has no note with an id starting with &apos;{0}&apos;.</source>
        <translation>Deze bijeenkomst heeft geen notitie met een id dat begint met &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>More than one note has an id starting with &apos;{0}&apos;; type more of it.</source>
        <translation>Meer dan één notitie heeft een id dat begint met &apos;{0}&apos;; typ er meer van.</translation>
    </message>
    <message>
        <source>Unknown action status: {0}</source>
        <translation>Onbekende actiestatus: {0}</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Een actie heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <source>An action has no field {0}.</source>
        <translation>Een actie heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>(confidential: not shown outside the laptop)</source>
        <translation>(vertrouwelijk: niet getoond buiten de laptop)</translation>
    </message>
    <message>
        <source>(kept to the internal minutes: not shown outside the laptop)</source>
        <translation>(alleen in het interne verslag: niet getoond buiten de laptop)</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>“{0}” cannot be done again: {1}</source>
        <translation>‘{0}’ kan niet opnieuw worden uitgevoerd: {1}</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone: {1}</source>
        <translation>‘{0}’ kan niet ongedaan worden gemaakt: {1}</translation>
    </message>
    <message>
        <source>what it changed was changed on another laptop since. It was taken off the undo list.</source>
        <translation>wat het wijzigde, is sindsdien op een andere laptop gewijzigd. Het is van de lijst Ongedaan maken gehaald.</translation>
    </message>
    <message>
        <source>It was taken off the undo list.</source>
        <translation>Het is van de lijst Ongedaan maken gehaald.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Type the country&apos;s name or ISO code, e.g. India or IN</source>
        <translation>Typ de naam of ISO-code van het land, bijvoorbeeld India of IN</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by commas, e.g. Hindi, English</source>
        <translation>Namen of ISO-codes, gescheiden door komma&apos;s, bijvoorbeeld Hindi, Engels</translation>
    </message>
    <message>
        <source>Chatham House Rule: what is said may be used, not who said it</source>
        <translation>Chatham House Rule: wat gezegd wordt mag worden gebruikt, niet wie het zei</translation>
    </message>
    <message>
        <source>Audio or video recording allowed</source>
        <translation>Audio- of video-opname toegestaan</translation>
    </message>
    <message>
        <source>The facilitator is independent of the convening companies</source>
        <translation>De facilitator is onafhankelijk van de organiserende bedrijven</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personen</translation>
    </message>
    <message>
        <source>Public minutes and reports show a stakeholder group&apos;s statements and figures on its own only when it has at least this many people; smaller groups are merged, so no one in them can be singled out.</source>
        <translation>Openbare notulen en rapporten tonen de uitspraken en cijfers van een stakeholdergroep alleen apart als die minstens zoveel mensen telt; kleinere groepen worden samengevoegd, zodat niemand daarin herkenbaar is.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>L&amp;ocatie:</translation>
    </message>
    <message>
        <source>En&amp;ds:</source>
        <translation>Eind&amp;igt:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Begi&amp;nt:</translation>
    </message>
    <message>
        <source>Held: what was recorded keeps its moment, shown at this zone&apos;s clock; planned times move with it.</source>
        <translation>Gehouden: wat is vastgelegd houdt zijn moment, getoond op de klok van deze zone; de geplande tijden gaan mee.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>T&amp;alen:</translation>
    </message>
    <message>
        <source>Ground rules:</source>
        <translation>Spelregels:</translation>
    </message>
    <message>
        <source>Facilitation:</source>
        <translation>Gespreksleiding:</translation>
    </message>
    <message>
        <source>Default &amp;confidentiality:</source>
        <translation>Standaard &amp;vertrouwelijkheid:</translation>
    </message>
    <message>
        <source>Smallest &amp;group shown alone:</source>
        <translation>Kleinste &amp;groep die apart getoond wordt:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>ParticipantOps</name>
    <message>
        <source>Invite {0}</source>
        <translation>{0} uitnodigen</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} toevoegen</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>{0} wijzigen</translation>
    </message>
    <message>
        <source>{0} arrives</source>
        <translation>{0} meldt zich aan</translation>
    </message>
    <message>
        <source>{0} leaves</source>
        <translation>{0} vertrekt</translation>
    </message>
    <message>
        <source>Consent of {0}</source>
        <translation>Toestemming van {0}</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importeren</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Een persoon toevoegen</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <source>Worker caucus</source>
        <translation>Werknemerscaucus</translation>
    </message>
    <message>
        <source>Women-only session</source>
        <translation>Sessie alleen voor vrouwen</translation>
    </message>
    <message>
        <source>Business caucus</source>
        <translation>Caucus bedrijfsleven</translation>
    </message>
    <message>
        <source>Civil-society caucus</source>
        <translation>Caucus maatschappelijk middenveld</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation>Reiskostenvergoeding</translation>
    </message>
    <message>
        <source>Lost-wage compensation</source>
        <translation>Vergoeding gederfd loon</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Zeg ik liever niet</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Naming in minutes</source>
        <translation>Naamsvermelding in notulen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation>Een persoon of organisatie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A name can have at most {0} characters.</source>
        <translation>Een naam mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>anonymity level</source>
        <translation>anonimiteitsniveau</translation>
    </message>
    <message>
        <source>A person can have at most {0} other spellings.</source>
        <translation>Iemand kan hoogstens {0} andere spellingen hebben.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Choose a session, such as the plenary.</source>
        <translation>Kies een sessie, zoals de plenaire.</translation>
    </message>
    <message>
        <source>state of a need</source>
        <translation>stand van een behoefte</translation>
    </message>
    <message>
        <source>{0} is already on this meeting&apos;s list.</source>
        <translation>{0} staat al op de lijst van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>A check-in is an arrival or a departure.</source>
        <translation>Een registratie is een aankomst of een vertrek.</translation>
    </message>
    <message>
        <source>kind of consent</source>
        <translation>soort toestemming</translation>
    </message>
    <message>
        <source>Unknown stage: {0}. Use planning or day.</source>
        <translation>Onbekende fase: {0}. Gebruik planning of day.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Weergegeven als</translation>
    </message>
    <message>
        <source>Interpretation: {0}</source>
        <translation>Tolken: {0}</translation>
    </message>
    <message>
        <source>Proxy: speaks for {0}, who are not there in person</source>
        <translation>Plaatsvervanger: spreekt namens {0}, die niet zelf aanwezig zijn</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(geen groep)</translation>
    </message>
    <message>
        <source>proxy for</source>
        <translation>plaatsvervanger voor</translation>
    </message>
    <message>
        <source>speaks for</source>
        <translation>spreekt namens</translation>
    </message>
    <message>
        <source>, left {0}</source>
        <translation>, vertrokken {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Participants of this meeting</source>
        <translation>Deelnemers aan deze bijeenkomst</translation>
    </message>
    <message>
        <source>Filter by name, group, organisation…</source>
        <translation>Filteren op naam, groep, organisatie…</translation>
    </message>
    <message>
        <source>Person from the register…</source>
        <translation>Persoon uit het register…</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>geen groep</translation>
    </message>
    <message>
        <source>Self-described</source>
        <translation>Zelf omschreven</translation>
    </message>
    <message>
        <source>&lt;b&gt;No one is on the list yet.&lt;/b&gt;&lt;br&gt;Import an invitation list (Ctrl+Shift+I), add someone new (Ctrl+Shift+N) or invite someone from the register (Ctrl+Shift+R). The groups this meeting needs are marked below.</source>
        <translation>&lt;b&gt;Er staat nog niemand op de lijst.&lt;/b&gt;&lt;br&gt;Importeer een uitnodigingslijst (Ctrl+Shift+I), voeg een nieuwe persoon toe (Ctrl+Shift+N) of nodig iemand uit het register uit (Ctrl+Shift+R). De groepen die deze bijeenkomst nodig heeft, zijn hieronder gemarkeerd.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n people on the list&lt;/b&gt; ({statuses})&lt;br&gt;Expected, without staff: &lt;b&gt;{counted}&lt;/b&gt;&lt;br&gt;Per gender: {genders}&lt;br&gt;Per group: {groups}</source>
        <translation>
            <numerusform>&lt;b&gt;%n persoon op de lijst&lt;/b&gt; ({statuses})&lt;br&gt;Verwacht, zonder staf: &lt;b&gt;{counted}&lt;/b&gt;&lt;br&gt;Per gender: {genders}&lt;br&gt;Per groep: {groups}</numerusform>
            <numerusform>&lt;b&gt;%n personen op de lijst&lt;/b&gt; ({statuses})&lt;br&gt;Verwacht, zonder staf: &lt;b&gt;{counted}&lt;/b&gt;&lt;br&gt;Per gender: {genders}&lt;br&gt;Per groep: {groups}</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the register is on this meeting&apos;s list already; add someone new instead.</source>
        <translation>Iedereen uit het register staat al op de lijst van deze bijeenkomst; voeg in plaats daarvan iemand nieuw toe.</translation>
    </message>
    <message>
        <source>Choose a person from the register in the box first.</source>
        <translation>Kies eerst in het vak een persoon uit het register.</translation>
    </message>
    <message>
        <source>{kind}: {answer} on {date}</source>
        <translation>{kind}: {answer} op {date}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Consents: {0}</source>
        <translation>Toestemmingen: {0}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen vastgelegd</translation>
    </message>
    <message>
        <source>Import an invitation list</source>
        <translation>Een uitnodigingslijst importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Rekenbladen (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>De lijst exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>ParticipationEditor</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Proxy for an absent group</source>
        <translation>Plaatsvervanger voor een afwezige groep</translation>
    </message>
    <message>
        <source>Speaks for a group that is not there in person, e.g. an NGO for children</source>
        <translation>Spreekt namens een groep die er niet zelf is, bijv. een ngo voor kinderen</translation>
    </message>
    <message>
        <source>Only for their own group</source>
        <translation>Alleen namens de eigen groep</translation>
    </message>
    <message>
        <source>e.g. step-free access, sign language, seated near the door</source>
        <translation>bijv. drempelvrije toegang, gebarentaal, zitplaats bij de deur</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Sess&amp;ie</translation>
    </message>
    <message>
        <source>Interpretation into</source>
        <translation>Tolken naar</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spreekt namens</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Choose a person in the list</source>
        <translation>Kies een persoon in de lijst</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted data</source>
        <translation>Versleutelde gegevens</translation>
    </message>
    <message>
        <source>The data in {0} is encrypted. Give its passphrase, or its recovery key.</source>
        <translation>De gegevens in {0} zijn versleuteld. Geef de wachtwoordzin, of de herstelsleutel.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <source>{0} Try again.</source>
        <translation>{0} Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Turning encryption on was interrupted; it is being finished…</source>
        <translation>Het versleutelen werd onderbroken; het wordt nu afgemaakt…</translation>
    </message>
    <message>
        <source>Encryption not finished</source>
        <translation>Versleutelen niet afgemaakt</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Pagina {0} van {1}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Names or ISO codes, separated by commas, e.g. Hindi, English</source>
        <translation>Namen of ISO-codes, gescheiden door komma&apos;s, bijvoorbeeld Hindi, Engels</translation>
    </message>
    <message>
        <source>Leave empty if the person does not read</source>
        <translation>Leeg laten als de persoon niet leest</translation>
    </message>
    <message>
        <source>e.g. oral briefing in Hindi the day before</source>
        <translation>bijv. mondelinge toelichting in het Hindi op de dag ervoor</translation>
    </message>
    <message>
        <source>e.g. कमला देवी; Kamala (separated by ;)</source>
        <translation>bijv. कमला देवी; Kamala (gescheiden door ;)</translation>
    </message>
    <message>
        <source>How notes may write the name too, in another script or misspelt: outputs that leave the laptop withhold these as they withhold the name.</source>
        <translation>Hoe notities de naam ook kunnen schrijven, in een ander schrift of verkeerd gespeld: wat de laptop verlaat, houdt deze achter zoals het de naam achterhoudt.</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(geen groep)</translation>
    </message>
    <message>
        <source>Self-described and optional: type the person&apos;s own words if none fits</source>
        <translation>Zelf omschreven en optioneel: typ de eigen woorden van de persoon als geen enkele optie past</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Spreekt</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Leest</translation>
    </message>
    <message>
        <source>Literacy needs</source>
        <translation>Behoeften rond geletterdheid</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Also &amp;written as</source>
        <translation>Ook geschreven &amp;als</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group</source>
        <translation>Stakeholder&amp;groep</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Shown in outputs as</source>
        <translation>In uitvoer weergegeven als</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Attach photo</source>
        <translation>Foto toevoegen</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Wat de foto laat zien</translation>
    </message>
    <message>
        <source>Nobody is in the photo (places and things only)</source>
        <translation>Er staat niemand op de foto (alleen plekken en dingen)</translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation>Mensen op de foto</translation>
    </message>
    <message>
        <source>Everyone in a photo needs a recorded consent to photos. The copy kept has no camera data and no location.</source>
        <translation>Iedereen op een foto moet vastgelegde toestemming voor foto&apos;s hebben. De bewaarde kopie heeft geen cameragegevens en geen locatie.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>Overgeslagen: {0}</translation>
    </message>
    <message>
        <source>Merged with the register</source>
        <translation>Samengevoegd met het register</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>Een bezoek plannen</translation>
    </message>
    <message>
        <source>e.g. Dabi sandstone quarry</source>
        <translation>bijv. zandsteengroeve Dabi</translation>
    </message>
    <message>
        <source>&amp;Copy as my own…</source>
        <translation>&amp;Kopiëren als eigen…</translation>
    </message>
    <message>
        <source>A copy of the chosen checklist in the data folder&apos;s checklists folder, to edit and use</source>
        <translation>Een kopie van de gekozen checklist in de map checklists van de gegevensmap, om te bewerken en te gebruiken</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <source>Time &amp;zone of the site:</source>
        <translation>Tijd&amp;zone van de locatie:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Copy checklist</source>
        <translation>Checklist kopiëren</translation>
    </message>
    <message>
        <source>Title of your copy:</source>
        <translation>Titel van uw kopie:</translation>
    </message>
    <message>
        <source>{0} (my copy)</source>
        <translation>{0} (mijn kopie)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This record no longer exists: {0}</source>
        <translation>Dit gegeven bestaat niet meer: {0}</translation>
    </message>
    <message>
        <source>That is not an id: an id has 36 characters, this has {0}.</source>
        <translation>Dat is geen id: een id heeft 36 tekens, dit heeft er {0}.</translation>
    </message>
    <message>
        <source>There is no field {0} to change.</source>
        <translation>Er is geen veld {0} om te wijzigen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Keep the recovery key</source>
        <translation>Bewaar de herstelsleutel</translation>
    </message>
    <message>
        <source>This data is encrypted. Before worker conversations are saved, keep its recovery key: it opens the data when the passphrase is forgotten. Write it down, or export it to a stick, and keep it away from this laptop.</source>
        <translation>Deze gegevens zijn versleuteld. Bewaar de herstelsleutel voordat gesprekken met arbeiders worden opgeslagen: daarmee gaan de gegevens open als de wachtwoordzin vergeten is. Schrijf hem op of exporteer hem naar een stick, en bewaar hem niet bij deze laptop.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Recovery key, typed back</source>
        <translation>Herstelsleutel, overgetypt</translation>
    </message>
    <message>
        <source>Type the recovery key back to confirm you wrote it down</source>
        <translation>Typ de herstelsleutel over om te bevestigen dat u hem hebt opgeschreven</translation>
    </message>
    <message>
        <source>I wrote it &amp;down</source>
        <translation>Ik heb hem &amp;opgeschreven</translation>
    </message>
    <message>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Exporteren naar een bestand…</translation>
    </message>
    <message>
        <source>Export the recovery key</source>
        <translation>De herstelsleutel exporteren</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops working. Give the passphrase, or the current recovery key, to make it.</source>
        <translation>Een nieuwe herstelsleutel vervangt de oude, die dan niet meer werkt. Geef de wachtwoordzin, of de huidige herstelsleutel, om hem te maken.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Getoond als</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <source>Search name, organisation or role…</source>
        <translation>Zoek op naam, organisatie of rol…</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>Personen in het register</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
</context>
<context>
    <name>RemediationDialog</name>
    <message>
        <source>Ask for remediation</source>
        <translation>Om herstel vragen</translation>
    </message>
    <message>
        <source>Remedy: {0}</source>
        <translation>Herstel: {0}</translation>
    </message>
    <message>
        <source>What the supplier is to remedy</source>
        <translation>Wat de leverancier moet herstellen</translation>
    </message>
    <message>
        <source>The supplier&apos;s report leaves this finding out: it was heard where workers could be put at risk. The ledger is shared with the supplier, so say what is to be remedied without repeating what was heard or who said it.</source>
        <translation>Het rapport voor de leverancier laat deze bevinding weg: ze is gehoord waar werknemers gevaar kunnen lopen. Het logboek van toezeggingen wordt met de leverancier gedeeld; zeg dus wat hersteld moet worden zonder te herhalen wat er gehoord is of wie het zei.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{0} is a folder: name the backup file in it.</source>
        <translation>{0} is een map: noem de reservekopie daarin.</translation>
    </message>
    <message>
        <source>There is no backup file {0}.</source>
        <translation>Er is geen reservekopie {0}.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>{path} kan niet worden teruggezet: {problem}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{0} is not a Facilitator backup. Nothing was changed.</source>
        <translation>{0} is geen reservekopie van Facilitator. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{0} was made by a newer version of Facilitator; update the app first. Nothing was changed.</source>
        <translation>{0} is gemaakt door een nieuwere versie van Facilitator; werk eerst de app bij. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup.</source>
        <translation>Dat is de database zelf, geen reservekopie.</translation>
    </message>
    <message>
        <source>Facilitator is open on {0}. Close its window first, then restore.</source>
        <translation>Facilitator is geopend op {0}. Sluit eerst het venster en zet daarna terug.</translation>
    </message>
    <message>
        <source>Another Facilitator command is using {0} (a sync or an import, perhaps waiting for an answer). Let it finish, then restore. Nothing was changed.</source>
        <translation>Een andere Facilitator-opdracht gebruikt {0} (een synchronisatie of een import, die misschien op een antwoord wacht). Laat die eerst klaar zijn en zet daarna terug. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>A backup is being put back in {0}; try again once it is done.</source>
        <translation>Er wordt een reservekopie teruggezet in {0}; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <source>The key file {0} is not the key of {1}. Nothing was changed.</source>
        <translation>Het sleutelbestand {0} is niet de sleutel van {1}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{0} is encrypted, or is not a Facilitator database: no key here opens it, and its key file ({1}, written beside each backup made to another place) is not beside it. Copy that file from where the backup was made, next to it. Nothing was changed.</source>
        <translation>{0} is versleuteld, of is geen Facilitator-database: geen sleutel hier opent het, en het sleutelbestand ({1}, dat naast elke back-up op een andere plek wordt geschreven) staat er niet naast. Kopieer dat bestand van waar de back-up is gemaakt en zet het ernaast. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{0} is encrypted, and the data here is not: it is restored here with its key file and that data&apos;s passphrase or recovery key. Nothing was changed.</source>
        <translation>{0} is versleuteld en de gegevens hier niet: het wordt hier teruggezet met zijn sleutelbestand en de wachtwoordzin of herstelsleutel van die gegevens. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>Current passphrase or recovery key</source>
        <translation>Huidige wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtwoordzin nog eens</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ twee keer dezelfde wachtwoordzin.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation>Kies een wachtwoordzin van minstens {0} tekens.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Find a key or what it does…</source>
        <translation>Zoek een toets of wat die doet…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Sneltoets zoeken</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SpeakerTile</name>
    <message>
        <source>figures hidden</source>
        <translation>cijfers verborgen</translation>
    </message>
    <message>
        <source>Meeting staff</source>
        <translation>Medewerkers van de bijeenkomst</translation>
    </message>
    <message>
        <source>{0} · turns: {1}</source>
        <translation>{0} · beurten: {1}</translation>
    </message>
    <message>
        <source>anon.</source>
        <translation>anon.</translation>
    </message>
</context>
<context>
    <name>SpeakerTiles</name>
    <message>
        <source>No group</source>
        <translation>Geen groep</translation>
    </message>
</context>
<context>
    <name>Speaking</name>
    <message>
        <source>Unknown kind of turn: {0}</source>
        <translation>Onbekende soort beurt: {0}</translation>
    </message>
    <message>
        <source>Choose who is speaking.</source>
        <translation>Kies wie er spreekt.</translation>
    </message>
    <message>
        <source>Unknown correction: {0}</source>
        <translation>Onbekende correctie: {0}</translation>
    </message>
    <message>
        <source>This speaking turn no longer exists.</source>
        <translation>Deze spreekbeurt bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Choose the visit or meeting</source>
        <translation>Kies het bezoek of de bijeenkomst</translation>
    </message>
    <message>
        <source>Visit: {0}, {1:%Y-%m-%d}</source>
        <translation>Bezoek: {0}, {1:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation>Bijeenkomst: {0}</translation>
    </message>
    <message>
        <source>“{0}” is {1}.</source>
        <translation>“{0}” is {1}.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Gezien bij</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Choose a team passphrase of at least {0} characters.</source>
        <translation>Kies een wachtwoordzin voor het team van minstens {0} tekens.</translation>
    </message>
    <message>
        <source>The team file {0} is damaged or was not made by Facilitator.</source>
        <translation>Het teambestand {0} is beschadigd of niet door Facilitator gemaakt.</translation>
    </message>
    <message>
        <source>This sync folder was made by a newer version of Facilitator.</source>
        <translation>Deze synchronisatiemap is gemaakt door een nieuwere versie van Facilitator.</translation>
    </message>
    <message>
        <source>The passphrase does not open this sync folder.</source>
        <translation>Met deze wachtwoordzin gaat deze synchronisatiemap niet open.</translation>
    </message>
    <message>
        <source>These changes were made by a newer version of Facilitator ({0}). Update this laptop first.</source>
        <translation>Deze wijzigingen komen van een nieuwere versie van Facilitator ({0}). Werk deze laptop eerst bij.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the passphrase in ({0}); it was not stored.</source>
        <translation>Deze computer heeft geen sleutelbos om de wachtwoordzin in te bewaren ({0}); hij is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The keyring could not be reached: {0}</source>
        <translation>De sleutelbos is niet bereikbaar: {0}</translation>
    </message>
    <message>
        <source>Another sync of this laptop is running; try again once it has ended.</source>
        <translation>Er loopt al een synchronisatie van deze laptop; probeer het opnieuw als die klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n changes</source>
        <translation>
            <numerusform>1 wijziging samenvoegen</numerusform>
            <numerusform>%n wijzigingen samenvoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from {0} are stamped up to {1} hours ahead of this laptop&apos;s clock: this laptop&apos;s clock is behind, or a clock ran ahead on {0} or on a laptop whose changes reached it. Check the date and time on each; until then, edits stamped ahead count as newer than later ones.</source>
        <translation>Wijzigingen van {0} dragen een tijd tot {1} uur voor op de klok van deze laptop: de klok van deze laptop loopt achter, of een klok liep voor op {0} of op een laptop waarvan de wijzigingen daar aankwamen. Controleer op elk de datum en tijd; tot dan tellen wijzigingen met een voorlopende tijd als nieuwer dan latere.</translation>
    </message>
    <message>
        <source>The segment {0} is damaged, incomplete or not from this team.</source>
        <translation>Het segment {0} is beschadigd, onvolledig of niet van dit team.</translation>
    </message>
    <message>
        <source>The segment {0} was made by a newer version of Facilitator.</source>
        <translation>Het segment {0} is gemaakt door een nieuwere versie van Facilitator.</translation>
    </message>
    <message>
        <source>The segment {0} was made by a newer version of Facilitator. Update this laptop to read it.</source>
        <translation>Het segment {0} is gemaakt door een nieuwere versie van Facilitator. Werk deze laptop bij om het te lezen.</translation>
    </message>
    <message>
        <source>This sync would delete {0} of the {1} records of the meeting &quot;{2}&quot;.</source>
        <translation>Deze synchronisatie zou {0} van de {1} gegevens van de bijeenkomst &quot;{2}&quot; verwijderen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>agendapunten</translation>
    </message>
    <message>
        <source>meeting days</source>
        <translation>bijeenkomstdagen</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>aanmeldingen bij binnenkomst</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>toestemmingen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>speaking turns</source>
        <translation>spreekbeurten</translation>
    </message>
    <message>
        <source>speaking time corrections</source>
        <translation>correcties van spreektijd</translation>
    </message>
    <message>
        <source>steps of the live session</source>
        <translation>stappen van de live sessie</translation>
    </message>
    <message>
        <source>site visits</source>
        <translation>locatiebezoeken</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>regels in het logboek van toezeggingen</translation>
    </message>
    <message>
        <source>issued versions of the minutes</source>
        <translation>uitgegeven versies van het verslag</translation>
    </message>
    <message>
        <source>summaries in the minutes</source>
        <translation>samenvattingen in het verslag</translation>
    </message>
    <message>
        <source>reviews of the minutes</source>
        <translation>beoordelingen van het verslag</translation>
    </message>
    <message>
        <source>approvals of the minutes</source>
        <translation>goedkeuringen van het verslag</translation>
    </message>
    <message>
        <source>notes chosen for the minutes</source>
        <translation>voor het verslag gekozen notities</translation>
    </message>
    <message>
        <source>inclusion settings</source>
        <translation>inclusie-instellingen</translation>
    </message>
    <message>
        <source>versions in conflict</source>
        <translation>versies in conflict</translation>
    </message>
    <message>
        <source>answers of visit checklists</source>
        <translation>antwoorden op checklists van bezoeken</translation>
    </message>
    <message>
        <source>conversations with workers</source>
        <translation>gesprekken met werknemers</translation>
    </message>
    <message>
        <source>points of conversations with workers</source>
        <translation>punten uit gesprekken met werknemers</translation>
    </message>
    <message>
        <source>photos of site visits</source>
        <translation>foto&apos;s van locatiebezoeken</translation>
    </message>
    <message>
        <source>earlier versions of notes</source>
        <translation>eerdere versies van notities</translation>
    </message>
    <message>
        <source>findings of site visits</source>
        <translation>bevindingen van locatiebezoeken</translation>
    </message>
    <message>
        <source>steps of ledger entries</source>
        <translation>stappen van regels in het logboek van toezeggingen</translation>
    </message>
    <message>
        <source>Changes received: {0}, sent: {1}, with {2}.</source>
        <translation>Wijzigingen ontvangen: {0}, verstuurd: {1}, met {2}.</translation>
    </message>
    <message>
        <source>Meetings sent: {0}</source>
        <translation>Verstuurde bijeenkomsten: {0}</translation>
    </message>
    <message>
        <source>Devices seen: {0}</source>
        <translation>Geziene apparaten: {0}</translation>
    </message>
    <message>
        <source>New conflicts to decide: {0}</source>
        <translation>Nieuwe conflicten om over te beslissen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Decide before sharing anything: %n of them are about whether someone is named or a note is confidential, and the newer choice is shown until you do.</source>
        <translation>
            <numerusform>Beslis eerst voordat u iets deelt: 1 ervan gaat erover of iemand bij naam genoemd wordt of een notitie vertrouwelijk is, en tot u beslist staat de nieuwere keuze.</numerusform>
            <numerusform>Beslis eerst voordat u iets deelt: %n ervan gaan erover of iemand bij naam genoemd wordt of een notitie vertrouwelijk is, en tot u beslist staat de nieuwere keuze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted records are back: another laptop edited them without having seen the deletion, or restored them. Delete them again if they should go.</source>
        <translation>
            <numerusform>%n verwijderd gegeven is terug: een andere laptop bewerkte het zonder de verwijdering te hebben gezien, of zette het terug. Verwijder het opnieuw als het weg moet.</numerusform>
            <numerusform>%n verwijderde gegevens zijn terug: een andere laptop bewerkte ze zonder de verwijdering te hebben gezien, of zette ze terug. Verwijder ze opnieuw als ze weg moeten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} records wait for a record they refer to, which has not arrived yet.</source>
        <translation>{0} gegevens wachten op een gegeven waarnaar ze verwijzen en dat nog niet is aangekomen.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Waarschuwing: {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Geweigerd: {0}</translation>
    </message>
    <message>
        <source>{deleted} of the {records} {kind}</source>
        <translation>{deleted} van de {records} {kind}</translation>
    </message>
    <message>
        <source>Among them: {0}.</source>
        <translation>Waaronder: {0}.</translation>
    </message>
    <message>
        <source>This is not a database URL: {0}</source>
        <translation>Dit is geen database-URL: {0}</translation>
    </message>
    <message>
        <source>The central store must be PostgreSQL (postgresql://…).</source>
        <translation>De centrale opslag moet PostgreSQL zijn (postgresql://…).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (psycopg) is not installed.</source>
        <translation>Het stuurprogramma voor PostgreSQL (psycopg) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The central database cannot be reached: {0}</source>
        <translation>De centrale database is niet bereikbaar: {0}</translation>
    </message>
    <message>
        <source>The central database was set up by a newer version of Facilitator.</source>
        <translation>De centrale database is ingericht door een nieuwere versie van Facilitator.</translation>
    </message>
    <message>
        <source>The central database stopped answering: {0}</source>
        <translation>De centrale database antwoordt niet meer: {0}</translation>
    </message>
    <message>
        <source>The central database holds changes from a newer version of Facilitator. Update this laptop to receive them.</source>
        <translation>De centrale database bevat wijzigingen van een nieuwere versie van Facilitator. Werk deze laptop bij om ze te ontvangen.</translation>
    </message>
    <message>
        <source>Reading {0} of {1} changes</source>
        <translation>{0} van {1} wijzigingen gelezen</translation>
    </message>
    <message>
        <source>Sending {0} of {1} changes</source>
        <translation>{0} van {1} wijzigingen verstuurd</translation>
    </message>
    <message>
        <source>The sync folder {0} does not exist (is the stick plugged in?).</source>
        <translation>De synchronisatiemap {0} bestaat niet (zit de stick erin?).</translation>
    </message>
    <message>
        <source>{0} holds synced changes but its team file {1} is missing. Put the team file back (from another laptop&apos;s copy of this folder, or a backup of it); nothing was written here.</source>
        <translation>{0} bevat gesynchroniseerde wijzigingen, maar het teambestand {1} ontbreekt. Zet het teambestand terug (uit de kopie van deze map op een andere laptop, of uit een back-up ervan); er is hier niets geschreven.</translation>
    </message>
    <message>
        <source>{0} is not a Facilitator sync folder yet.</source>
        <translation>{0} is nog geen synchronisatiemap van Facilitator.</translation>
    </message>
    <message>
        <source>Reading segment {0} of {1}</source>
        <translation>Segment {0} van {1} lezen</translation>
    </message>
    <message>
        <source>The segment {0} cannot be read: {1}</source>
        <translation>Het segment {0} is niet te lezen: {1}</translation>
    </message>
    <message>
        <source>None of the {0} segments in {1} opens with this team&apos;s key: its team file {2} may be another team&apos;s, copied over this one. Nothing was written; put this team&apos;s file back.</source>
        <translation>Geen van de {0} segmenten in {1} opent met de sleutel van dit team: het teambestand {2} is misschien van een ander team en over dit bestand heen gekopieerd. Er is niets geschreven; zet het teambestand van dit team terug.</translation>
    </message>
    <message>
        <source>{0} of this laptop&apos;s segments are missing from the folder; everything is sent again.</source>
        <translation>{0} segmenten van deze laptop ontbreken in de map; alles wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Writing {0} of {1} changes</source>
        <translation>{0} van {1} wijzigingen geschreven</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>wat werd teruggelezen wijkt af van wat werd geschreven</translation>
    </message>
    <message>
        <source>The sync folder could not be written: {0}</source>
        <translation>Er kon niet in de synchronisatiemap worden geschreven: {0}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>{0}, last sync {1}: {2}{3}</source>
        <translation>{0}, laatst gesynchroniseerd {1}: {2}{3}</translation>
    </message>
    <message>
        <source>Somewhere new</source>
        <translation>Ergens nieuw</translation>
    </message>
    <message>
        <source>A sync &amp;folder: USB stick, shared or cloud folder</source>
        <translation>Een synchronisatie&amp;map: USB-stick, gedeelde map of cloudmap</translation>
    </message>
    <message>
        <source>The &amp;central database of the organisation</source>
        <translation>De &amp;centrale database van de organisatie</translation>
    </message>
    <message>
        <source>The folder on the stick or share</source>
        <translation>De map op de stick of de gedeelde schijf</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Herhaal hem:</translation>
    </message>
    <message>
        <source>Remember the passphrase in this computer&apos;s keyring</source>
        <translation>De wachtwoordzin onthouden in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>if the database asks for one; never stored</source>
        <translation>als de database erom vraagt; wordt nooit opgeslagen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>Wachtzin van het team:</translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation>Adres (URL):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Synced before:</source>
        <translation>Eerder gesynchroniseerd:</translation>
    </message>
    <message>
        <source>&amp;Every meeting not marked confidential</source>
        <translation>&amp;Elke bijeenkomst die niet als vertrouwelijk is gemarkeerd</translation>
    </message>
    <message>
        <source>&amp;Only the meetings ticked below</source>
        <translation>&amp;Alleen de hieronder aangevinkte bijeenkomsten</translation>
    </message>
    <message>
        <source>What goes there</source>
        <translation>Wat daarheen gaat</translation>
    </message>
    <message>
        <source>People and organisations go with the meetings they take part in. A confidential meeting (notes confidential by default) goes only where you tick it.</source>
        <translation>Personen en organisaties gaan mee met de bijeenkomsten waaraan ze deelnemen. Een vertrouwelijke bijeenkomst (aantekeningen standaard vertrouwelijk) gaat alleen mee waar u hem aanvinkt.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klaar om te beginnen.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Open the &amp;conflicts</source>
        <translation>C&amp;onflicten openen</translation>
    </message>
    <message>
        <source>This laptop&apos;s name, as the others see it:</source>
        <translation>Naam van deze laptop, zoals de andere hem zien:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>{0} – confidential</source>
        <translation>{0} – vertrouwelijk</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Kies de synchronisatiemap</translation>
    </message>
    <message>
        <source>Choose the sync folder first.</source>
        <translation>Kies eerst de synchronisatiemap.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>Give the address of the central database first.</source>
        <translation>Geef eerst het adres van de centrale database.</translation>
    </message>
    <message>
        <source>Opening the target…</source>
        <translation>Het doel openen…</translation>
    </message>
    <message>
        <source>Waiting for your decision.</source>
        <translation>Wacht op uw beslissing.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Apply the deletions?</source>
        <translation>Verwijderingen doorvoeren?</translation>
    </message>
    <message>
        <source>The other laptops deleted much of a meeting:

{0}

Apply these deletions here too? If you answer No, nothing is changed and nothing is sent.</source>
        <translation>Op de andere laptops is veel van een bijeenkomst verwijderd:

{0}

Deze verwijderingen hier ook doorvoeren? Als u Nee antwoordt, wordt er niets veranderd en niets verstuurd.</translation>
    </message>
    <message>
        <source>The sync did not happen.</source>
        <translation>De synchronisatie is niet uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>SyncOps</name>
    <message>
        <source>Keep the shown text</source>
        <translation>Getoonde tekst houden</translation>
    </message>
    <message>
        <source>Take the other version</source>
        <translation>Andere versie nemen</translation>
    </message>
    <message>
        <source>Merge the two versions</source>
        <translation>De twee versies samenvoegen</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>Woman worker</source>
        <translation>Werkneemster</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>Arbeidsmigrant</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>Lid van de gemeenschap</translation>
    </message>
    <message>
        <source>Participant from a marginalised group</source>
        <translation>Deelnemer uit een gemarginaliseerde groep</translation>
    </message>
    <message>
        <source>Union representative</source>
        <translation>Vakbondsvertegenwoordiger</translation>
    </message>
    <message>
        <source>Worker committee member</source>
        <translation>Lid van een werknemerscomité</translation>
    </message>
    <message>
        <source>Government official</source>
        <translation>Overheidsfunctionaris</translation>
    </message>
    <message>
        <source>Supplier manager</source>
        <translation>Leveranciersmanager</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Inkoper</translation>
    </message>
    <message>
        <source>Local NGO member</source>
        <translation>Medewerker van een lokale ngo</translation>
    </message>
    <message>
        <source>International NGO member</source>
        <translation>Medewerker van een internationale ngo</translation>
    </message>
    <message>
        <source>Industry association member</source>
        <translation>Lid van een brancheorganisatie</translation>
    </message>
    <message>
        <source>Initiative secretariat member</source>
        <translation>Medewerker van het secretariaat van het initiatief</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Deskundige</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Every required stakeholder group is present in person or through a credible representative</source>
        <translation>Elke vereiste stakeholdergroep is zelf aanwezig of via een geloofwaardige vertegenwoordiger</translation>
    </message>
    <message>
        <source>Consult the potentially affected groups directly; where that is impossible, through credible representatives or independent experts, flagged as such.</source>
        <translation>Raadpleeg de mogelijk getroffen groepen rechtstreeks; waar dat niet kan, via geloofwaardige vertegenwoordigers of onafhankelijke deskundigen, als zodanig gemarkeerd.</translation>
    </message>
    <message>
        <source>Invite someone from the missing group, or record who credibly represents it (union, worker committee).</source>
        <translation>Nodig iemand uit de ontbrekende groep uit, of leg vast wie de groep geloofwaardig vertegenwoordigt (vakbond, werknemerscomité).</translation>
    </message>
    <message>
        <source>Everyone who speaks for another group is flagged as a proxy or is a credible representative</source>
        <translation>Iedereen die namens een andere groep spreekt, is als plaatsvervanger gemarkeerd of is een geloofwaardige vertegenwoordiger</translation>
    </message>
    <message>
        <source>Affected people come first, then their credible representatives, then proxies and experts; a proxy must never pass for the group itself.</source>
        <translation>Getroffen mensen komen eerst, dan hun geloofwaardige vertegenwoordigers, dan plaatsvervangers en deskundigen; een plaatsvervanger mag nooit doorgaan voor de groep zelf.</translation>
    </message>
    <message>
        <source>Mark NGO staff or experts who speak for a group as proxies, and name the group each proxy speaks for.</source>
        <translation>Markeer ngo-medewerkers of deskundigen die namens een groep spreken als plaatsvervanger, en noem bij elke plaatsvervanger de groep.</translation>
    </message>
    <message>
        <source>Every group heard on the site visits is invited to the roundtable</source>
        <translation>Elke groep die tijdens de locatiebezoeken gehoord is, is uitgenodigd voor de rondetafel</translation>
    </message>
    <message>
        <source>A group whose situation the delegation saw and heard on a visit is affected: consult it directly, not only through what visitors report of it.</source>
        <translation>Een groep waarvan de delegatie de situatie tijdens een bezoek zag en hoorde, is betrokken: raadpleeg haar rechtstreeks, niet alleen via wat bezoekers erover vertellen.</translation>
    </message>
    <message>
        <source>Invite someone from each group heard on the visits, or someone who credibly speaks for them.</source>
        <translation>Nodig iemand uit van elke groep die tijdens de bezoeken gehoord is, of iemand die geloofwaardig namens hen spreekt.</translation>
    </message>
    <message>
        <source>Rights-holders and their representatives make up at least the minimum share</source>
        <translation>Rechthebbenden en hun vertegenwoordigers vormen ten minste het minimumaandeel</translation>
    </message>
    <message>
        <source>Prioritise the most severely affected over the most influential.</source>
        <translation>Geef voorrang aan de zwaarst getroffenen boven de invloedrijksten.</translation>
    </message>
    <message>
        <source>Invite more workers or their representatives, or fewer people from the same companies.</source>
        <translation>Nodig meer werknemers of hun vertegenwoordigers uit, of minder mensen van dezelfde bedrijven.</translation>
    </message>
    <message>
        <source>The business side stays below the maximum share</source>
        <translation>Het bedrijfsleven blijft onder het maximumaandeel</translation>
    </message>
    <message>
        <source>When buyers and suppliers fill the room, the most influential crowd out the most affected.</source>
        <translation>Als inkopers en leveranciers de zaal vullen, verdringen de invloedrijksten de zwaarst getroffenen.</translation>
    </message>
    <message>
        <source>Ask companies to send one person each, or hold a separate business caucus.</source>
        <translation>Vraag bedrijven elk één persoon te sturen, of houd een aparte caucus voor het bedrijfsleven.</translation>
    </message>
    <message>
        <source>Women workers are represented</source>
        <translation>Vrouwelijke werknemers zijn vertegenwoordigd</translation>
    </message>
    <message>
        <source>Women and men face different risks; women are paid below the minimum wage more often and lack toilets at quarries.</source>
        <translation>Vrouwen en mannen lopen verschillende risico&apos;s; vrouwen krijgen vaker minder dan het minimumloon en missen toiletten bij groeven.</translation>
    </message>
    <message>
        <source>Invite women workers, consider a women-only session, a meeting time that fits care duties, and childcare.</source>
        <translation>Nodig vrouwelijke werknemers uit en overweeg een sessie alleen voor vrouwen, een tijdstip dat past bij zorgtaken, en kinderopvang.</translation>
    </message>
    <message>
        <source>Women make up at least the minimum share of participants</source>
        <translation>Vrouwen vormen ten minste het minimumaandeel van de deelnemers</translation>
    </message>
    <message>
        <source>Equal headcount does not guarantee equal voice, and a room with few women hears even less from them.</source>
        <translation>Evenveel mensen betekent nog geen even sterke stem, en een zaal met weinig vrouwen hoort nog minder van hen.</translation>
    </message>
    <message>
        <source>Invite more women, ask organisations to send a woman, or plan a women-only session.</source>
        <translation>Nodig meer vrouwen uit, vraag organisaties een vrouw te sturen, of plan een sessie alleen voor vrouwen.</translation>
    </message>
    <message>
        <source>Every participant&apos;s working language is covered by a shared language or an interpreter</source>
        <translation>De werktaal van elke deelnemer is gedekt door een gedeelde taal of een tolk</translation>
    </message>
    <message>
        <source>Consultation must take language barriers into account; use local languages.</source>
        <translation>Bij raadpleging moet rekening worden gehouden met taalbarrières; gebruik lokale talen.</translation>
    </message>
    <message>
        <source>Record each person&apos;s languages and arrange an interpreter for every language pair that has none.</source>
        <translation>Leg de talen van iedereen vast en regel een tolk voor elk talenpaar dat er nog geen heeft.</translation>
    </message>
    <message>
        <source>People who cannot read the meeting languages get oral or audiovisual briefings</source>
        <translation>Wie de talen van de bijeenkomst niet kan lezen, krijgt een mondelinge of audiovisuele toelichting</translation>
    </message>
    <message>
        <source>Information must be understandable given the audience&apos;s language and literacy, and shared in time.</source>
        <translation>Informatie moet begrijpelijk zijn voor de taal en geletterdheid van het publiek, en op tijd worden gedeeld.</translation>
    </message>
    <message>
        <source>Note for each such person how they are briefed (oral briefing, audio in their language).</source>
        <translation>Noteer voor elk van hen hoe ze worden geïnformeerd (mondelinge toelichting, audio in hun taal).</translation>
    </message>
    <message>
        <source>Workers do not sit in the same session as their suppliers&apos; management</source>
        <translation>Werknemers zitten niet in dezelfde sessie als het management van hun leverancier</translation>
    </message>
    <message>
        <source>Speaking up in front of one&apos;s employer invites retaliation; engagement must not create retaliation risks. Worker-only sessions are our own inference.</source>
        <translation>Wie zich uitspreekt waar de werkgever bij is, riskeert represailles; betrokkenheid mag geen risico op represailles scheppen. Sessies alleen voor werknemers zijn onze eigen afleiding.</translation>
    </message>
    <message>
        <source>Give workers a separate caucus without supplier management, and keep them anonymous in every output.</source>
        <translation>Geef werknemers een aparte caucus zonder leveranciersmanagement, en houd hen anoniem in alle uitvoer.</translation>
    </message>
    <message>
        <source>Ground rules are set</source>
        <translation>Spelregels zijn vastgesteld</translation>
    </message>
    <message>
        <source>Participants speak freely only when they know how what they say is used: Chatham House Rule, confidentiality, press.</source>
        <translation>Deelnemers spreken pas vrijuit als ze weten wat er met hun woorden gebeurt: Chatham House Rule, vertrouwelijkheid, pers.</translation>
    </message>
    <message>
        <source>Write down the ground rules the meeting will agree on at the start.</source>
        <translation>Schrijf de spelregels op die de bijeenkomst aan het begin zal afspreken.</translation>
    </message>
    <message>
        <source>Consent is recorded before any recording or photos</source>
        <translation>Toestemming is vastgelegd vóór elke opname of foto</translation>
    </message>
    <message>
        <source>Recordings and photos can identify workers; without consent they create privacy and retaliation risks. Derived from I6 and I7.</source>
        <translation>Opnames en foto&apos;s kunnen werknemers herkenbaar maken; zonder toestemming scheppen ze risico&apos;s voor privacy en represailles. Afgeleid van I6 en I7.</translation>
    </message>
    <message>
        <source>Record each person&apos;s dated consent, or switch recording and photos off.</source>
        <translation>Leg van iedereen een gedateerde toestemming vast, of zet opnames en foto&apos;s uit.</translation>
    </message>
    <message>
        <source>Rights-holders shown by name have consented to being named</source>
        <translation>Rechthebbenden die met naam verschijnen, hebben daarmee ingestemd</translation>
    </message>
    <message>
        <source>Worker statements are anonymised by default; naming someone needs their consent. Derived from I6 and I7.</source>
        <translation>Uitspraken van werknemers zijn standaard geanonimiseerd; iemand bij naam noemen vraagt om toestemming. Afgeleid van I6 en I7.</translation>
    </message>
    <message>
        <source>Record a dated consent to naming, or set the person to group only or anonymous.</source>
        <translation>Leg een gedateerde toestemming voor naamsvermelding vast, of zet de persoon op alleen groep of anoniem.</translation>
    </message>
    <message>
        <source>Workers&apos; lost wages are compensated</source>
        <translation>Gederfd loon van werknemers wordt vergoed</translation>
    </message>
    <message>
        <source>A day at a roundtable is a day without pay for a daily-wage or piece-rate worker. General participatory practice; no sector source.</source>
        <translation>Een dag aan een rondetafel is een dag zonder loon voor een dagloner of stukwerker. Algemene participatiepraktijk; geen bron uit de sector.</translation>
    </message>
    <message>
        <source>Arrange lost-wage compensation for every worker, or record that it is not needed.</source>
        <translation>Regel een vergoeding voor gederfd loon voor elke werknemer, of leg vast dat die niet nodig is.</translation>
    </message>
    <message>
        <source>Travel support and childcare that people need are arranged</source>
        <translation>Reiskostenvergoeding en kinderopvang die mensen nodig hebben, zijn geregeld</translation>
    </message>
    <message>
        <source>Costs keep the poorest and those with care duties away. General participatory practice; no sector source.</source>
        <translation>Kosten houden de armsten en mensen met zorgtaken weg. Algemene participatiepraktijk; geen bron uit de sector.</translation>
    </message>
    <message>
        <source>Arrange what is marked as needed, or talk to the person about what would help.</source>
        <translation>Regel wat als nodig is gemarkeerd, of bespreek met de persoon wat zou helpen.</translation>
    </message>
    <message>
        <source>The facilitator is independent</source>
        <translation>De facilitator is onafhankelijk</translation>
    </message>
    <message>
        <source>An independent or neutral facilitator lets the convening company take part as an equal.</source>
        <translation>Een onafhankelijke of neutrale facilitator laat het organiserende bedrijf als gelijke deelnemen.</translation>
    </message>
    <message>
        <source>Engage a facilitator who works for none of the parties, and record it in the meeting&apos;s settings.</source>
        <translation>Schakel een facilitator in die voor geen van de partijen werkt, en leg dat vast in de instellingen van de bijeenkomst.</translation>
    </message>
    <message>
        <source>Child labour</source>
        <translation>Kinderarbeid</translation>
    </message>
    <message>
        <source>Child labour and children&apos;s rights</source>
        <translation>Kinderarbeid en kinderrechten</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Dwangarbeid</translation>
    </message>
    <message>
        <source>Forced or bonded labour and debt bondage</source>
        <translation>Dwangarbeid, gebonden arbeid en schuldslavernij</translation>
    </message>
    <message>
        <source>Silica dust</source>
        <translation>Silicastof</translation>
    </message>
    <message>
        <source>Silica dust and silicosis</source>
        <translation>Silicastof en silicose</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Ongevallen</translation>
    </message>
    <message>
        <source>Accidents from blasting, falling stone and machinery</source>
        <translation>Ongevallen door springen, vallend gesteente en machines</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Water en sanitair</translation>
    </message>
    <message>
        <source>Drinking water, toilets and rest sheds</source>
        <translation>Drinkwater, toiletten en schuilplaatsen om te rusten</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Lonen</translation>
    </message>
    <message>
        <source>Minimum and living wage, piece rates, cash pay</source>
        <translation>Minimumloon en leefbaar loon, stukloon, contante betaling</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Informality, registration, contracts and social security</source>
        <translation>Informeel werk, registratie, contracten en sociale zekerheid</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>Working hours and overtime</source>
        <translation>Werktijden en overwerk</translation>
    </message>
    <message>
        <source>Freedom of association</source>
        <translation>Vrijheid van vereniging</translation>
    </message>
    <message>
        <source>Freedom of association and collective bargaining</source>
        <translation>Vrijheid van vereniging en collectief onderhandelen</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <source>Caste, gender and ethnic discrimination</source>
        <translation>Discriminatie naar kaste, gender en etniciteit</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>Arbeidsmigranten</translation>
    </message>
    <message>
        <source>Migrant and refugee workers</source>
        <translation>Arbeidsmigranten en gevluchte werknemers</translation>
    </message>
    <message>
        <source>Young workers</source>
        <translation>Jonge werknemers</translation>
    </message>
    <message>
        <source>Young workers and decent work for youth</source>
        <translation>Jonge werknemers en waardig werk voor jongeren</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Dust, water table, wastewater, tailings and quarry restoration</source>
        <translation>Stof, grondwaterstand, afvalwater, mijnafval en herstel van groeven</translation>
    </message>
    <message>
        <source>Land and communities</source>
        <translation>Land en gemeenschappen</translation>
    </message>
    <message>
        <source>Land and community impacts, including indigenous peoples</source>
        <translation>Gevolgen voor land en gemeenschappen, ook inheemse volken</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Grievance mechanisms and access to remedy</source>
        <translation>Klachtenmechanismen en toegang tot herstel</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <source>Corruption, illegal mining and intermediaries</source>
        <translation>Corruptie, illegale winning en tussenpersonen</translation>
    </message>
    <message>
        <source>Rights-holders</source>
        <translation>Rechthebbenden</translation>
    </message>
    <message>
        <source>People whose rights may be harmed</source>
        <translation>Mensen van wie de rechten geschaad kunnen worden</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Vertegenwoordigers</translation>
    </message>
    <message>
        <source>Credible representatives of rights-holders</source>
        <translation>Geloofwaardige vertegenwoordigers van rechthebbenden</translation>
    </message>
    <message>
        <source>Duty-bearers</source>
        <translation>Plichtdragers</translation>
    </message>
    <message>
        <source>Public authorities with duties to protect</source>
        <translation>Overheden met een plicht tot bescherming</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bedrijfsleven</translation>
    </message>
    <message>
        <source>Companies in the supply chain</source>
        <translation>Bedrijven in de toeleveringsketen</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Maatschappelijk middenveld</translation>
    </message>
    <message>
        <source>Non-governmental organisations</source>
        <translation>Niet-gouvernementele organisaties</translation>
    </message>
    <message>
        <source>Other relevant parties</source>
        <translation>Andere relevante partijen</translation>
    </message>
    <message>
        <source>Experts, initiatives, auditors and meeting staff</source>
        <translation>Deskundigen, initiatieven, auditors en medewerkers van de bijeenkomst</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>Quarry, processing, cobble-yard and home-based workers</source>
        <translation>Werknemers in groeven, verwerking, keienwerven en thuiswerk</translation>
    </message>
    <message>
        <source>Women workers</source>
        <translation>Vrouwelijke werknemers</translation>
    </message>
    <message>
        <source>Women working in quarries, yards and at home</source>
        <translation>Vrouwen die werken in groeven, op werven en thuis</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>Kinderen en gezinnen</translation>
    </message>
    <message>
        <source>Children and the families of workers</source>
        <translation>Kinderen en de gezinnen van werknemers</translation>
    </message>
    <message>
        <source>Affected communities</source>
        <translation>Getroffen gemeenschappen</translation>
    </message>
    <message>
        <source>Communities living near quarries and factories</source>
        <translation>Gemeenschappen die bij groeven en fabrieken wonen</translation>
    </message>
    <message>
        <source>Marginalised groups</source>
        <translation>Gemarginaliseerde groepen</translation>
    </message>
    <message>
        <source>Groups marginalised by caste or tribe (Dalit, Adivasi)</source>
        <translation>Groepen gemarginaliseerd door kaste of stam (Dalit, Adivasi)</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <translation>Vakbonden</translation>
    </message>
    <message>
        <source>Trade unions representing workers</source>
        <translation>Vakbonden die werknemers vertegenwoordigen</translation>
    </message>
    <message>
        <source>Worker committees</source>
        <translation>Werknemerscomités</translation>
    </message>
    <message>
        <source>Self-established worker representation where unions are banned</source>
        <translation>Zelfgekozen werknemersvertegenwoordiging waar vakbonden verboden zijn</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <source>Labour and mining departments</source>
        <translation>Departementen van arbeid en mijnbouw</translation>
    </message>
    <message>
        <source>Supplier management</source>
        <translation>Leveranciersmanagement</translation>
    </message>
    <message>
        <source>Quarry owners, processors, exporters and agents</source>
        <translation>Groefeigenaren, verwerkers, exporteurs en agenten</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Inkopers</translation>
    </message>
    <message>
        <source>Importing companies</source>
        <translation>Importerende bedrijven</translation>
    </message>
    <message>
        <source>Local NGOs</source>
        <translation>Lokale ngo&apos;s</translation>
    </message>
    <message>
        <source>Local civil society organisations</source>
        <translation>Lokale maatschappelijke organisaties</translation>
    </message>
    <message>
        <source>International NGOs</source>
        <translation>Internationale ngo&apos;s</translation>
    </message>
    <message>
        <source>International civil society organisations</source>
        <translation>Internationale maatschappelijke organisaties</translation>
    </message>
    <message>
        <source>Industry associations</source>
        <translation>Brancheverenigingen</translation>
    </message>
    <message>
        <source>Industry and trade associations</source>
        <translation>Branche- en handelsverenigingen</translation>
    </message>
    <message>
        <source>Multi-stakeholder initiative</source>
        <translation>Multi-stakeholderinitiatief</translation>
    </message>
    <message>
        <source>Secretariat of the initiative (e.g. TruStone, SER)</source>
        <translation>Secretariaat van het initiatief (bijv. TruStone, SER)</translation>
    </message>
    <message>
        <source>Certifiers and auditors</source>
        <translation>Certificeerders en auditors</translation>
    </message>
    <message>
        <source>Certification bodies and auditors</source>
        <translation>Certificerende instellingen en auditors</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Deskundigen</translation>
    </message>
    <message>
        <source>Occupational health, medical and legal experts</source>
        <translation>Deskundigen op het gebied van arbeidsgezondheid, geneeskunde en recht</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>The people running the meeting</source>
        <translation>De mensen die de bijeenkomst leiden</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Interpreters and translators</source>
        <translation>Tolken en vertalers</translation>
    </message>
    <message>
        <source>Unknown stakeholder group: {0}. The groups are: {1}.</source>
        <translation>Onbekende stakeholdergroep: {0}. De groepen zijn: {1}.</translation>
    </message>
    <message>
        <source>Unknown risk tag: {0}. Known tags: {1}</source>
        <translation>Onbekend risicolabel: {0}. Bekende labels: {1}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>One-day multi-stakeholder roundtable in a production country</source>
        <translation>Eendaagse multi-stakeholderrondetafel in een productieland</translation>
    </message>
    <message>
        <source>A full day with buyers, suppliers, workers&apos; representatives, NGOs and government; workers speak first and lunch is at a fixed time.</source>
        <translation>Een volle dag met inkopers, leveranciers, vertegenwoordigers van werknemers, ngo&apos;s en overheid; werknemers spreken eerst en de lunch is op een vaste tijd.</translation>
    </message>
    <message>
        <source>Welcome and ground rules</source>
        <translation>Welkom en spelregels</translation>
    </message>
    <message>
        <source>Agree on Chatham House Rule, photos, recording and how statements are noted</source>
        <translation>Afspraken over de Chatham House Rule, foto&apos;s, opnames en hoe uitspraken worden genoteerd</translation>
    </message>
    <message>
        <source>Introductions round</source>
        <translation>Kennismakingsronde</translation>
    </message>
    <message>
        <source>Everyone says who they are and what they hope for today</source>
        <translation>Iedereen vertelt wie hij of zij is en wat hij of zij van vandaag hoopt</translation>
    </message>
    <message>
        <source>What we saw on the site visits</source>
        <translation>Wat we zagen bij de bezoeken</translation>
    </message>
    <message>
        <source>Shared observations from quarries and processing units</source>
        <translation>Gedeelde waarnemingen uit groeven en verwerkingsbedrijven</translation>
    </message>
    <message>
        <source>Tea break</source>
        <translation>Theepauze</translation>
    </message>
    <message>
        <source>Workers&apos; voices: health and safety</source>
        <translation>De stem van werknemers: gezondheid en veiligheid</translation>
    </message>
    <message>
        <source>Workers and their representatives speak first</source>
        <translation>Werknemers en hun vertegenwoordigers spreken eerst</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Wages, contracts and working hours</source>
        <translation>Lonen, contracten en werktijden</translation>
    </message>
    <message>
        <source>Where pay and contracts fall short and why</source>
        <translation>Waar loon en contracten tekortschieten, en waarom</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Actieplanning</translation>
    </message>
    <message>
        <source>Actions with an owner and a deadline</source>
        <translation>Acties met een eigenaar en een termijn</translation>
    </message>
    <message>
        <source>Closing and follow-up</source>
        <translation>Afsluiting en vervolg</translation>
    </message>
    <message>
        <source>How results are reported back to each group</source>
        <translation>Hoe de uitkomsten aan elke groep worden teruggekoppeld</translation>
    </message>
    <message>
        <source>Half-day supplier dialogue after site visits</source>
        <translation>Halve dag dialoog met leveranciers na bezoeken</translation>
    </message>
    <message>
        <source>An afternoon with supplier management and buyers to go through what the site visits showed and agree on improvements.</source>
        <translation>Een middag met leveranciersmanagement en inkopers om door te nemen wat de bezoeken lieten zien en verbeteringen af te spreken.</translation>
    </message>
    <message>
        <source>Welcome and purpose</source>
        <translation>Welkom en doel</translation>
    </message>
    <message>
        <source>Why we meet and what a good outcome looks like</source>
        <translation>Waarom we bijeenkomen en hoe een goede uitkomst eruitziet</translation>
    </message>
    <message>
        <source>Findings of the site visits</source>
        <translation>Bevindingen van de bezoeken</translation>
    </message>
    <message>
        <source>What buyers and NGOs saw, presented without naming workers</source>
        <translation>Wat inkopers en ngo&apos;s zagen, gepresenteerd zonder werknemers bij naam te noemen</translation>
    </message>
    <message>
        <source>Suppliers&apos; response</source>
        <translation>Reactie van de leveranciers</translation>
    </message>
    <message>
        <source>Suppliers explain constraints and what they already do</source>
        <translation>Leveranciers lichten beperkingen toe en wat ze al doen</translation>
    </message>
    <message>
        <source>Discussion: what can change and by when</source>
        <translation>Discussie: wat kan er veranderen en wanneer</translation>
    </message>
    <message>
        <source>Weigh interests and agree on common goals</source>
        <translation>Belangen afwegen en gemeenschappelijke doelen afspreken</translation>
    </message>
    <message>
        <source>Actions with an owner, a deadline and a way to check them</source>
        <translation>Acties met een eigenaar, een termijn en een manier om ze te controleren</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Next meeting and reporting back to workers</source>
        <translation>Volgende bijeenkomst en terugkoppeling aan werknemers</translation>
    </message>
    <message>
        <source>Worker-only caucus session</source>
        <translation>Caucus alleen voor werknemers</translation>
    </message>
    <message>
        <source>Workers and their representatives meet without supplier management, in their own language, before the joint dialogue.</source>
        <translation>Werknemers en hun vertegenwoordigers komen zonder leveranciersmanagement bijeen, in hun eigen taal, vóór de gezamenlijke dialoog.</translation>
    </message>
    <message>
        <source>Welcome and safety of what is said</source>
        <translation>Welkom en veiligheid van wat gezegd wordt</translation>
    </message>
    <message>
        <source>No names leave the room; no photos; anyone may stop at any time</source>
        <translation>Geen namen verlaten de zaal; geen foto&apos;s; iedereen mag op elk moment stoppen</translation>
    </message>
    <message>
        <source>Introductions in a circle</source>
        <translation>Kennismaking in een kring</translation>
    </message>
    <message>
        <source>Names or roles only, as each person prefers</source>
        <translation>Alleen namen of rollen, zoals ieder wil</translation>
    </message>
    <message>
        <source>Women workers&apos; group</source>
        <translation>Groep vrouwelijke werknemers</translation>
    </message>
    <message>
        <source>Women speak with a woman facilitator</source>
        <translation>Vrouwen spreken met een vrouwelijke facilitator</translation>
    </message>
    <message>
        <source>Quarry workers&apos; group</source>
        <translation>Groep groefwerkers</translation>
    </message>
    <message>
        <source>Dust, accidents, pay and advances</source>
        <translation>Stof, ongevallen, loon en voorschotten</translation>
    </message>
    <message>
        <source>What we bring to the joint dialogue</source>
        <translation>Wat we inbrengen in de gezamenlijke dialoog</translation>
    </message>
    <message>
        <source>Agree on the points and on who speaks for the group</source>
        <translation>Afspreken welke punten en wie namens de groep spreekt</translation>
    </message>
    <message>
        <source>Closing and how we stay in touch</source>
        <translation>Afsluiting en hoe we contact houden</translation>
    </message>
    <message>
        <source>How to raise a concern after today without risk</source>
        <translation>Hoe je na vandaag zonder risico een zorg kunt melden</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Agenda timeline</source>
        <translation>Tijdlijn van de agenda</translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation>Nog geen agendapunten</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dag {0}</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Nog geen agendapunten.</translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message>
        <source>Site visit: {0}</source>
        <translation>Locatiebezoek: {0}</translation>
    </message>
    <message>
        <source>Supplier: {0}</source>
        <translation>Leverancier: {0}</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Locatiebezoek</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Locatiebezoeken</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <source>optional, in degrees</source>
        <translation>optioneel, in graden</translation>
    </message>
    <message>
        <source>Who from management accompanied, by role</source>
        <translation>Wie van de leiding meeging, met functie</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Dorp</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Village, district</source>
        <translation>Dorp, district</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Breedtegraad, lengtegraad</translation>
    </message>
    <message>
        <source>Starts, ends, site&apos;s zone</source>
        <translation>Begin, eind, zone van de locatie</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Aankondiging</translation>
    </message>
    <message>
        <source>Prepares</source>
        <translation>Bereidt voor</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Management accompanying</source>
        <translation>Meegaande leiding</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>Site&apos;s zone</source>
        <translation>Zone van de locatie</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Geen leverancier</translation>
    </message>
    <message>
        <source>No meeting (a visit on its own)</source>
        <translation>Geen bijeenkomst (een los bezoek)</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Geen tolk</translation>
    </message>
    <message>
        <source>Coordinates are numbers in degrees, such as 25.19 and 75.44.</source>
        <translation>Coördinaten zijn getallen in graden, zoals 25.19 en 75.44.</translation>
    </message>
</context>
<context>
    <name>VisitOps</name>
    <message>
        <source>Plan visit</source>
        <translation>Bezoek plannen</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Bezoek bewerken</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Bezoek verwijderen</translation>
    </message>
    <message>
        <source>Show a checklist note to the supplier</source>
        <translation>Notitie bij de checklist aan de leverancier tonen</translation>
    </message>
    <message>
        <source>Keep a checklist note internal</source>
        <translation>Notitie bij de checklist intern houden</translation>
    </message>
    <message>
        <source>Write a checklist note</source>
        <translation>Notitie bij de checklist schrijven</translation>
    </message>
    <message>
        <source>Answer checklist item</source>
        <translation>Checklistonderdeel beantwoorden</translation>
    </message>
    <message>
        <source>Record conversation</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <source>Note point</source>
        <translation>Punt noteren</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>Make finding</source>
        <translation>Bevinding maken</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Bevinding bewerken</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
    <message>
        <source>Propose agenda items</source>
        <translation>Agendapunten voorstellen</translation>
    </message>
    <message>
        <source>Add ledger entry</source>
        <translation>Regel aan het logboek toevoegen</translation>
    </message>
    <message>
        <source>Ask for remediation</source>
        <translation>Om herstel vragen</translation>
    </message>
    <message>
        <source>Follow in the ledger</source>
        <translation>Volgen in het logboek</translation>
    </message>
    <message>
        <source>Add follow-up item</source>
        <translation>Opvolgingspunt toevoegen</translation>
    </message>
</context>
<context>
    <name>VisitOutputs</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>Visit &amp;plan (PDF)…</source>
        <translation>Bezoek&amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Visit &amp;report (PDF)…</source>
        <translation>Bezoek&amp;verslag (PDF)…</translation>
    </message>
    <message>
        <source>Visits to the &amp;calendar (.ics)…</source>
        <translation>Bezoeken naar de &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Every visit of this meeting, for the delegation&apos;s calendars</source>
        <translation>Elk bezoek van deze bijeenkomst, voor de agenda&apos;s van de delegatie</translation>
    </message>
    <message>
        <source>visit-plan</source>
        <translation>bezoekplan</translation>
    </message>
    <message>
        <source>Save the visit plan</source>
        <translation>Het bezoekplan opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the visit plan to {0}.</source>
        <translation>Het bezoekplan is opgeslagen in {0}.</translation>
    </message>
    <message>
        <source>report-supplier</source>
        <translation>verslag-leverancier</translation>
    </message>
    <message>
        <source>report-internal</source>
        <translation>verslag-intern</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Het bezoekverslag opslaan</translation>
    </message>
    <message>
        <source>Saved the supplier&apos;s visit report to {0}.</source>
        <translation>Het bezoekverslag voor de leverancier is opgeslagen in {0}.</translation>
    </message>
    <message>
        <source>Saved the delegation&apos;s visit report to {0}. It is for the delegation only.</source>
        <translation>Het bezoekverslag voor de delegatie is opgeslagen in {0}. Het is alleen voor de delegatie.</translation>
    </message>
    <message>
        <source>Save the visits calendar</source>
        <translation>De bezoekagenda opslaan</translation>
    </message>
    <message>
        <source>site-visits</source>
        <translation>locatiebezoeken</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Saved the visits calendar to {0}.</source>
        <translation>De bezoekagenda is opgeslagen in {0}.</translation>
    </message>
</context>
<context>
    <name>VisitPdf</name>
    <message>
        <source>Facilitator {version} · fingerprint {fingerprint}</source>
        <translation>Facilitator {version} · vingerafdruk {fingerprint}</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}, te laat</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Aankondiging</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Management present</source>
        <translation>Management aanwezig</translation>
    </message>
    <message>
        <source>Internal: delegation only</source>
        <translation>Intern: alleen voor de delegatie</translation>
    </message>
    <message>
        <source>Visit report: {0}</source>
        <translation>Bezoekverslag: {0}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>No findings were recorded on this visit.</source>
        <translation>Tijdens dit bezoek zijn geen bevindingen vastgelegd.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>No commitments concern this site yet.</source>
        <translation>Er zijn nog geen toezeggingen voor deze locatie.</translation>
    </message>
    <message>
        <source>Conversations with workers</source>
        <translation>Gesprekken met arbeiders</translation>
    </message>
    <message>
        <source>No conversations were held on this visit.</source>
        <translation>Tijdens dit bezoek zijn geen gesprekken gevoerd.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Omstandigheden</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Wat er gehoord is</translation>
    </message>
    <message>
        <source>Points heard</source>
        <translation>Gehoorde punten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <source>(in the supplier&apos;s report too)</source>
        <translation>(ook in het verslag voor de leverancier)</translation>
    </message>
    <message>
        <source>[photo]</source>
        <translation>[foto]</translation>
    </message>
    <message>
        <source>No item of the checklist was answered.</source>
        <translation>Geen enkel punt van de checklist is beantwoord.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>For the supplier</source>
        <translation>Voor de leverancier</translation>
    </message>
    <message>
        <source>Site visit report</source>
        <translation>Verslag van een locatiebezoek</translation>
    </message>
    <message>
        <source>Site visit report for the supplier</source>
        <translation>Verslag van een locatiebezoek voor de leverancier</translation>
    </message>
</context>
<context>
    <name>VisitPlan</name>
    <message>
        <source>Ask for consent to notes, and separately to quotes, before the first question.</source>
        <translation>Vraag vóór de eerste vraag toestemming voor aantekeningen, en apart voor citaten.</translation>
    </message>
    <message>
        <source>Talk without managers, supervisors or agents in sight or hearing; off-site if you can.</source>
        <translation>Praat zonder managers, opzichters of tussenpersonen binnen zicht- of gehoorsafstand; buiten de werkplek als het kan.</translation>
    </message>
    <message>
        <source>A woman interviewer for women workers; the interpreter is not from the company.</source>
        <translation>Een vrouwelijke interviewer voor vrouwelijke arbeiders; de tolk komt niet van het bedrijf.</translation>
    </message>
    <message>
        <source>Write no names: only the group, and how many women and men took part.</source>
        <translation>Schrijf geen namen op: alleen de groep, en hoeveel vrouwen en mannen meededen.</translation>
    </message>
    <message>
        <source>Flag a risk of retaliation: those points stay out of every report the supplier sees.</source>
        <translation>Markeer een risico op represailles: die punten blijven buiten elk verslag dat de leverancier ziet.</translation>
    </message>
    <message>
        <source>Do not share this plan with the site or the supplier.</source>
        <translation>Deel dit plan niet met de locatie of de leverancier.</translation>
    </message>
    <message>
        <source>Children may be told to hide on an announced visit: ask about home-based work.</source>
        <translation>Bij een aangekondigd bezoek kan kinderen gezegd worden zich te verstoppen: vraag naar thuiswerk.</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coördinaten</translation>
    </message>
    <message>
        <source>Prepares</source>
        <translation>Bereidt voor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Visit plan: {0}</source>
        <translation>Bezoekplan: {0}</translation>
    </message>
    <message>
        <source>Conversations with workers</source>
        <translation>Gesprekken met arbeiders</translation>
    </message>
    <message>
        <source>[  ] seen   [  ] partly   [  ] not seen</source>
        <translation>[  ] gezien   [  ] deels   [  ] niet gezien</translation>
    </message>
    <message>
        <source>Checklist: {0}</source>
        <translation>Checklist: {0}</translation>
    </message>
    <message>
        <source>Site visit plan</source>
        <translation>Plan voor een locatiebezoek</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Findings from the site visits:</source>
        <translation>Bevindingen van de locatiebezoeken:</translation>
    </message>
    <message>
        <source>• {title} — {site} ({evidence}, {severity})</source>
        <translation>• {title} — {site} ({evidence}, {severity})</translation>
    </message>
    <message>
        <source>{risk} (findings: {count}), at {sites}</source>
        <translation>{risk} (bevindingen: {count}), bij {sites}</translation>
    </message>
    <message>
        <source>The visits of this meeting have no findings yet.</source>
        <translation>De bezoeken van deze bijeenkomst hebben nog geen bevindingen.</translation>
    </message>
    <message>
        <source>What we saw on the site visits</source>
        <translation>Wat we zagen tijdens de locatiebezoeken</translation>
    </message>
    <message>
        <source>Discussion: {0}</source>
        <translation>Bespreking: {0}</translation>
    </message>
    <message>
        <source>Say which group the conversation was with.</source>
        <translation>Zeg met welke groep het gesprek was.</translation>
    </message>
    <message>
        <source>Give the number of women and of men who took part.</source>
        <translation>Geef het aantal vrouwen en mannen dat meedeed.</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>place of the conversation</source>
        <translation>plaats van het gesprek</translation>
    </message>
    <message>
        <source>{0} has no recorded consent to being named; leave the conversation anonymous.</source>
        <translation>Van {0} is geen toestemming vastgelegd om genoemd te worden; laat het gesprek anoniem.</translation>
    </message>
    <message>
        <source>A conversation has no field {0}.</source>
        <translation>Een gesprek heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>This conversation has points; delete them before taking the consent to notes back.</source>
        <translation>Dit gesprek heeft punten; verwijder ze voordat u de toestemming voor notities intrekt.</translation>
    </message>
    <message>
        <source>This conversation has quotes; delete them before taking the consent back.</source>
        <translation>Dit gesprek heeft citaten; verwijder die voordat u de toestemming intrekt.</translation>
    </message>
    <message>
        <source>Management was present: workers may not have spoken freely, and what they said may expose them. Hear them again off-site, without management.</source>
        <translation>Het management was aanwezig: de arbeiders hebben misschien niet vrijuit gesproken, en wat ze zeiden kan hen blootstellen. Spreek hen opnieuw buiten de werkplek, zonder management.</translation>
    </message>
    <message>
        <source>Retaliation risk: these points stay out of supplier-facing reports, which only count the conversation.</source>
        <translation>Risico op represailles: deze punten blijven buiten verslagen voor de leverancier; die tellen alleen het gesprek.</translation>
    </message>
    <message>
        <source>No consent to notes: only the setting of the conversation is kept.</source>
        <translation>Geen toestemming voor aantekeningen: alleen de omstandigheden van het gesprek worden bewaard.</translation>
    </message>
    <message>
        <source>The group did not consent to notes, so no points can be kept.</source>
        <translation>De groep heeft geen toestemming gegeven voor aantekeningen, dus er kunnen geen punten worden bewaard.</translation>
    </message>
    <message>
        <source>The group did not consent to quotes: write it as a point, in your own words.</source>
        <translation>De groep heeft geen toestemming gegeven voor citaten: schrijf het op als punt, in uw eigen woorden.</translation>
    </message>
    <message>
        <source>This point names {0}, who asked not to be named. Write it without the name.</source>
        <translation>Dit punt noemt {0}, die heeft gevraagd niet genoemd te worden. Schrijf het zonder de naam.</translation>
    </message>
    <message>
        <source>{women}, {men}</source>
        <translation>{women}, {men}</translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation>
            <numerusform>%n vrouw</numerusform>
            <numerusform>%n vrouwen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n men</source>
        <translation>
            <numerusform>%n man</numerusform>
            <numerusform>%n mannen</numerusform>
        </translation>
    </message>
    <message>
        <source>A finding needs a short title.</source>
        <translation>Een bevinding heeft een korte titel nodig.</translation>
    </message>
    <message>
        <source>A finding needs a risk tag.</source>
        <translation>Een bevinding heeft een risicolabel nodig.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ernst</translation>
    </message>
    <message>
        <source>kind of evidence</source>
        <translation>soort bewijs</translation>
    </message>
    <message>
        <source>finding status</source>
        <translation>status van de bevinding</translation>
    </message>
    <message>
        <source>A finding has no field {0}.</source>
        <translation>Een bevinding heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>This checklist answer already has a finding: {0}. Change that one instead.</source>
        <translation>Dit antwoord op de checklist heeft al een bevinding: {0}. Pas die aan.</translation>
    </message>
    <message>
        <source>This point already has a finding: {0}. Change that one instead.</source>
        <translation>Dit punt heeft al een bevinding: {0}. Pas die aan.</translation>
    </message>
    <message>
        <source>This visit&apos;s checklist has no item {0}.</source>
        <translation>De checklist van dit bezoek heeft geen punt {0}.</translation>
    </message>
    <message>
        <source>Only an item answered &apos;not observed&apos; or &apos;partly&apos; points to a finding: {0}</source>
        <translation>Alleen een punt met het antwoord &apos;niet waargenomen&apos; of &apos;gedeeltelijk&apos; leidt tot een bevinding: {0}</translation>
    </message>
    <message>
        <source>{answer}: {item}</source>
        <translation>{answer}: {item}</translation>
    </message>
    <message>
        <source>This finding names {0}, who asked not to be named. Write it without the name.</source>
        <translation>Deze bevinding noemt {0}, die niet bij naam genoemd wil worden. Schrijf haar zonder de naam.</translation>
    </message>
    <message>
        <source>This picture is too large to keep.</source>
        <translation>Deze afbeelding is te groot om te bewaren.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read: {0}</source>
        <translation>Dit bestand is geen afbeelding die gelezen kan worden: {0}</translation>
    </message>
    <message>
        <source>No consent to photos is recorded for {0}. Record it first, or keep the photo to places and things without people.</source>
        <translation>Voor {0} is geen toestemming voor foto&apos;s vastgelegd. Leg die eerst vast, of fotografeer alleen plaatsen en dingen zonder mensen.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; keep a smaller copy.</source>
        <translation>{name} is groter dan {limit} MB; bewaar een kleinere kopie.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <source>language not noted</source>
        <translation>taal niet genoteerd</translation>
    </message>
    <message>
        <source>interviewer: {0}</source>
        <translation>interviewer: {0}</translation>
    </message>
    <message>
        <source>consent to quotes</source>
        <translation>toestemming voor citaten</translation>
    </message>
    <message>
        <source>no quotes</source>
        <translation>geen citaten</translation>
    </message>
    <message>
        <source>(withheld: it names someone who asked not to be named, or gives a phone or an address)</source>
        <translation>(weggelaten: het noemt iemand die niet bij naam genoemd wil worden, of geeft een telefoonnummer of adres)</translation>
    </message>
    <message>
        <source>Other groups, together</source>
        <translation>Andere groepen, samen</translation>
    </message>
    <message>
        <source>To protect the workers who spoke with the delegation, this report gives no names, no time, place or language of any conversation, only the number of people per group of {0} or more (smaller groups are counted together, and not at all while fewer than {0} in all), and what was heard only as the number of points per risk. Conversations with a risk of retaliation, with management present or without consent to notes are not counted there, nor are those with a group of which fewer than {0} people were spoken with in all; nor are the findings heard in them, and this report does not say how many there are.</source>
        <translation>Om de arbeiders te beschermen die met de delegatie spraken, geeft dit verslag geen namen en geen tijd, plaats of taal van een gesprek, alleen het aantal mensen per groep van {0} of meer (kleinere groepen worden samen geteld, en helemaal niet zolang het er in totaal minder dan {0} zijn), en wat er gehoord is alleen als het aantal punten per risico. Gesprekken met een risico op represailles, in aanwezigheid van het management of zonder toestemming voor aantekeningen worden daar niet meegeteld, en evenmin die met een groep waarvan in totaal minder dan {0} mensen gesproken zijn; ook de bevindingen uit die gesprekken niet, en dit verslag zegt niet hoeveel dat er zijn.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Unknown audience {0}: use internal or supplier.</source>
        <translation>Onbekend publiek {0}: gebruik internal of supplier.</translation>
    </message>
    <message>
        <source>A visit needs the name of its site.</source>
        <translation>Een bezoek heeft de naam van de locatie nodig.</translation>
    </message>
    <message>
        <source>A site name can have at most {0} characters.</source>
        <translation>De naam van een locatie mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>This site name names {0}, who asked not to be named. Name the site without it.</source>
        <translation>Deze locatienaam noemt {0}, die niet genoemd wil worden. Noem de locatie zonder die naam.</translation>
    </message>
    <message>
        <source>A village or district can have at most {0} characters.</source>
        <translation>Een dorp of district mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>kind of site</source>
        <translation>soort locatie</translation>
    </message>
    <message>
        <source>kind of announcement</source>
        <translation>soort aankondiging</translation>
    </message>
    <message>
        <source>Coordinates must be a latitude and a longitude in degrees.</source>
        <translation>Coördinaten moeten een breedte- en een lengtegraad in graden zijn.</translation>
    </message>
    <message>
        <source>A note can have at most {0} characters.</source>
        <translation>Een aantekening kan hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>A visit must end after it starts.</source>
        <translation>Een bezoek moet eindigen nadat het begint.</translation>
    </message>
    <message>
        <source>A visit can last at most {0} days; check its end.</source>
        <translation>Een bezoek duurt hoogstens {0} dagen; controleer het einde.</translation>
    </message>
    <message>
        <source>This visit is on or after the meeting it prepares ({0}): its findings come too late for it.</source>
        <translation>Dit bezoek valt op of na de bijeenkomst die het voorbereidt ({0}): de bevindingen komen daarvoor te laat.</translation>
    </message>
    <message>
        <source>This visit is more than a year before the meeting it prepares: what was seen may have changed.</source>
        <translation>Dit bezoek is meer dan een jaar voor de bijeenkomst die het voorbereidt: wat er werd gezien kan veranderd zijn.</translation>
    </message>
    <message>
        <source>A visit has no field {0}.</source>
        <translation>Een bezoek heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>Name a visit by its id or the first characters of it.</source>
        <translation>Noem een bezoek bij zijn id of de eerste tekens ervan.</translation>
    </message>
    <message>
        <source>There is no visit {0}.</source>
        <translation>Er is geen bezoek {0}.</translation>
    </message>
    <message>
        <source>{0} names more than one visit; give more of its id.</source>
        <translation>{0} past bij meer dan één bezoek; geef meer van de id.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>{0}: give a whole number from 0 to {1}.</source>
        <translation>{0}: geef een geheel getal van 0 tot {1}.</translation>
    </message>
    <message>
        <source>An answer has no field {0}.</source>
        <translation>Een antwoord heeft geen veld {0}.</translation>
    </message>
    <message>
        <source>This visit&apos;s checklist has no item {0}; its items are: {1}.</source>
        <translation>De checklist van dit bezoek heeft geen punt {0}; de punten zijn: {1}.</translation>
    </message>
    <message>
        <source>Whether the supplier reads a note is yes or no.</source>
        <translation>Of de leverancier een notitie leest, is ja of nee.</translation>
    </message>
    <message>
        <source>This note names {0}, who asked not to be named. Write it without the name.</source>
        <translation>Deze notitie noemt {0}, die niet bij naam genoemd wil worden. Schrijf haar zonder de naam.</translation>
    </message>
    <message>
        <source>This answer names {0}, who asked not to be named. Write it without the name.</source>
        <translation>Dit antwoord noemt {0}, die niet bij naam genoemd wil worden. Schrijf het zonder de naam.</translation>
    </message>
    <message>
        <source>There is no note to show the supplier yet: write one first ({0}).</source>
        <translation>Er is nog geen notitie om aan de leverancier te tonen: schrijf er eerst een ({0}).</translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation>Steengroeve</translation>
    </message>
    <message>
        <source>Processing unit</source>
        <translation>Verwerkingsbedrijf</translation>
    </message>
    <message>
        <source>Cobble yard</source>
        <translation>Kasseienwerf</translation>
    </message>
    <message>
        <source>Home-based work</source>
        <translation>Thuiswerk</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>Buurthuis</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Aangekondigd</translation>
    </message>
    <message>
        <source>Semi-announced</source>
        <translation>Half aangekondigd</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Onaangekondigd</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Niet waargenomen</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Niet gezien</translation>
    </message>
    <message>
        <source>Off-site</source>
        <translation>Buiten de werkplek</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Op de werkplek</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>{kind}, {place}; {announcement}; {when} ({zone}); conversations: {talks}</source>
        <translation>{kind}, {place}; {announcement}; {when} ({zone}); gesprekken: {talks}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>Bezoek &amp;plannen…</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Bezoek verwijderen</translation>
    </message>
    <message>
        <source>The chosen visit</source>
        <translation>Het gekozen bezoek</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>No visits yet. Plan one with “Plan visit…”.</source>
        <translation>Nog geen bezoeken. Plan er een met “Bezoek plannen…”.</translation>
    </message>
    <message>
        <source>Delete the visit to {0}, with its checklist, conversations and findings? Undo brings it back. Agenda items already made of its findings stay: Propose agenda items again takes its findings out of their notes.</source>
        <translation>Het bezoek aan {0} verwijderen, met de checklist, gesprekken en bevindingen? Ongedaan maken haalt het terug. Agendapunten die al van de bevindingen zijn gemaakt blijven staan: opnieuw Agendapunten voorstellen haalt de bevindingen uit hun notities.</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Locatiebezoeken</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risicoregister</translation>
    </message>
    <message>
        <source>Commitments ledger</source>
        <translation>Logboek van toezeggingen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unknown {what}: {value}. Use one of: {known}</source>
        <translation>Onbekende {what}: {value}. Kies uit: {known}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Facilitator</source>
        <translation>Welkom bij Facilitator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Facilitator helps you plan a roundtable with the people affected in a supply chain, check that every group is included and safe, take notes and track speaking time, and print the agenda.&lt;/p&gt;&lt;p&gt;Everything stays on this computer and works without internet.&lt;/p&gt;&lt;p&gt;Explore a realistic example first, or start your own meeting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welkom&lt;/h3&gt;&lt;p&gt;Facilitator helpt u een rondetafel te plannen met de mensen die in een toeleveringsketen worden geraakt, na te gaan of elke groep erbij is en veilig kan spreken, aantekeningen te maken en spreektijd bij te houden, en de agenda af te drukken.&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer en werkt zonder internet.&lt;/p&gt;&lt;p&gt;Bekijk eerst een realistisch voorbeeld, of begin uw eigen bijeenkomst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;demo roundtable (Rajasthan)</source>
        <translation>&amp;Demo-rondetafel openen (Rajasthan)</translation>
    </message>
    <message>
        <source>Start an &amp;empty meeting</source>
        <translation>Een &amp;lege bijeenkomst beginnen</translation>
    </message>
</context>
<context>
    <name>WhenClosed</name>
    <message>
        <source>The session is running</source>
        <translation>De sessie loopt</translation>
    </message>
    <message>
        <source>“{0}” is running. What should happen while Facilitator is closed?</source>
        <translation>“{0}” loopt. Wat moet er gebeuren zolang Facilitator gesloten is?</translation>
    </message>
    <message>
        <source>Pause: the agenda clock stops until you resume with F5.
Keep running: the agenda clock goes on while the room carries on; nobody is credited with speaking time until Facilitator runs again.
End: the session is over and the meeting is marked closed.</source>
        <translation>Pauzeren: de agendaklok staat stil tot u met F5 verdergaat.
Laten doorlopen: de agendaklok loopt door terwijl de zaal verdergaat; niemand krijgt spreektijd toegerekend tot Facilitator weer draait.
Beëindigen: de sessie is voorbij en de bijeenkomst wordt als afgesloten gemarkeerd.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laten doorlopen</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Sessie &amp;beëindigen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a meeting on the left, or create one with File ▸ New meeting.</source>
        <translation>Kies links een bijeenkomst, of maak er een met Bestand ▸ Nieuwe bijeenkomst.</translation>
    </message>
    <message>
        <source>The data is encrypted. Its meetings are shown once the passphrase is given.</source>
        <translation>De gegevens zijn versleuteld. De bijeenkomsten worden getoond zodra de wachtwoordzin is gegeven.</translation>
    </message>
</context>
</TS>
