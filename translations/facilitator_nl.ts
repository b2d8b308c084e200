<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Agenda</name>
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
</context>
<context>
    <name>Anonymity</name>
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
    <message>
        <source>Unknown anonymity level: {0}. Use one of: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant (group withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Facilitator cannot open its data</source>
        <translation>Facilitator kan zijn gegevens niet openen</translation>
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
        <source>The backup could not be written: {0}</source>
        <translation>De reservekopie kon niet worden geschreven: {0}</translation>
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
        <source>meeting id or its first characters</source>
        <translation>id van de bijeenkomst of de eerste tekens ervan</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>geef JSON in plaats van tekst</translation>
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
        <source>list meetings</source>
        <translation>toon bijeenkomsten</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>geef JSON in plaats van een tabel</translation>
    </message>
    <message>
        <source>include archived meetings</source>
        <translation>neem gearchiveerde bijeenkomsten mee</translation>
    </message>
    <message>
        <source>only meetings whose title or place matches</source>
        <translation>alleen bijeenkomsten waarvan titel of plaats overeenkomt</translation>
    </message>
    <message>
        <source>No meetings yet. Run &apos;facilitator demo&apos; to add the demo roundtable.</source>
        <translation>Nog geen bijeenkomsten. Voer &apos;facilitator demo&apos; uit om de demo-rondetafel toe te voegen.</translation>
    </message>
    <message>
        <source>open every screen offscreen on a throw-away copy of the demo and exit</source>
        <translation>open elk scherm onzichtbaar op een wegwerpkopie van de demo en stop</translation>
    </message>
    <message>
        <source>selftest: {0} problem(s)</source>
        <translation>zelftest: {0} probleem/problemen</translation>
    </message>
    <message>
        <source>selftest: every screen opened</source>
        <translation>zelftest: elk scherm is geopend</translation>
    </message>
    <message>
        <source>Plan, run and document multi-stakeholder roundtables, offline.</source>
        <translation>Plan, leid en documenteer multi-stakeholderrondetafels, offline.</translation>
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
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>facilitator: {0}</source>
        <translation>facilitator: {0}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database {path}: {reason}</source>
        <translation>De database {path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Facilitator database (it may be damaged). It was left untouched; restore a backup from {backups}.</source>
        <translation>{path} is geen Facilitator-database (mogelijk beschadigd). Het bestand is niet aangeraakt; zet een reservekopie terug uit {backups}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>Er kan niet worden geschreven in de gegevensmap {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a Facilitator database: {reason}. It was left untouched.</source>
        <translation>{path} kan niet als Facilitator-database worden geopend: {reason}. Het bestand is niet aangeraakt.</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning (invited and confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the day (attended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown inclusion setting: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share must be between 0% and 100%.</source>
        <translation type="unfinished">Een aandeel moet tussen 0% en 100% liggen.</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the list at this stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No required groups are set for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} is heard only through a proxy: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a representative: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} required groups are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks for another group but is not flagged as a proxy: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy without the group they speak for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} proxies, each flagged with the group they speak for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one speaks for a group other than their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) are rights-holders or their representatives; the minimum is {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) come from the business side; the maximum is {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} women workers take part in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women workers are heard through a representative: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women workers are heard only through a proxy: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No woman worker is on the list, and no one speaks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} participants ({share}) are women; the minimum is {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no working languages set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{covered} of {total} participants ({share}) can follow in {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreter for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages not recorded: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone reads at least one meeting language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} participants do not read a meeting language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No briefing noted for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A briefing is noted for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session puts workers together with supplier management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers sit with supplier management in: {sessions}. Workers there: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by name in outputs: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House Rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatham House Rule does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules are written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground rules are written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording or photos are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone consented to {0} before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds} planned, but no consent dated before the meeting from: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rights-holder is named without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in outputs without a consent to naming: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers on the list at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost wages are arranged for all {0} workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not arranged for {count} of {total} workers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No travel support or childcare is waiting to be arranged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to arrange for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator belongs to the business side: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the facilitator is independent is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator is recorded as not independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as independent. Facilitator: {0}.</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <source>Open the &amp;demo roundtable</source>
        <translation>&amp;Demo-rondetafel openen</translation>
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
        <source>&amp;Back up data…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
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
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Find meeting</source>
        <translation>Bijeenkomst &amp;zoeken</translation>
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
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Bijeenkomst dupliceren</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
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
        <source>Back up data</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Facilitator database (*.sqlite3)</source>
        <translation>Facilitator-database (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup could not be written: {0}</source>
        <translation>De reservekopie kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Reservekopie gemaakt in {0}</translation>
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
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Onbekende tijdzone: {0}</translation>
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
        <source>Use a two-letter country code, such as IN for India.</source>
        <translation>Gebruik een landcode van twee letters, zoals IN voor India.</translation>
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
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Language codes, separated by commas, e.g. hi, en</source>
        <translation>Taalcodes, gescheiden door komma&apos;s, bijv. hi, en</translation>
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
        <source>&amp;Venue:</source>
        <translation>&amp;Locatie:</translation>
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
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished">Facilitator</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women-only session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-society caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost-wage compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {what}: {value}. Use one of: {known}</source>
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
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This record no longer exists: {0}</source>
        <translation>Dit gegeven bestaat niet meer: {0}</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Every required stakeholder group is present in person or through a credible representative</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Rights-holders and their representatives make up at least the minimum share</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Unknown stakeholder group: {0}</source>
        <translation>Onbekende stakeholdergroep: {0}</translation>
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
    <name>Vocabulary</name>
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
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Rajasthani</source>
        <translation>Rajasthani</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamees</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>Odia</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turkije</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Facilitator</source>
        <translation>Welkom bij Facilitator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Facilitator helps you plan a roundtable with the people affected in a supply chain, check that every group is included and safe, take notes and track speaking time, and export minutes.&lt;/p&gt;&lt;p&gt;Everything stays on this computer and works without internet.&lt;/p&gt;&lt;p&gt;Explore a realistic example first, or start your own meeting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welkom&lt;/h3&gt;&lt;p&gt;Facilitator helpt u een rondetafel te plannen met de mensen die in een toeleveringsketen worden geraakt, na te gaan of elke groep erbij is en veilig kan spreken, aantekeningen te maken en spreektijd bij te houden, en notulen te exporteren.&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer en werkt zonder internet.&lt;/p&gt;&lt;p&gt;Bekijk eerst een realistisch voorbeeld, of begin uw eigen bijeenkomst.&lt;/p&gt;</translation>
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
    <name>Workspace</name>
    <message>
        <source>Choose a meeting on the left, or create one with File ▸ New meeting.</source>
        <translation>Kies links een bijeenkomst, of maak er een met Bestand ▸ Nieuwe bijeenkomst.</translation>
    </message>
</context>
</TS>
