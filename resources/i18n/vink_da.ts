<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve laptop</source>
            <translation>Godkend computer</translation>
        </message>
        <message>
            <source>Approve laptop again</source>
            <translation>Godkend computer igen</translation>
        </message>
        <message>
            <source>Compare the fingerprint by phone</source>
            <translation>Sammenlign fingeraftrykket i telefonen</translation>
        </message>
        <message>
            <source>Laptop {id}, first seen {time}.</source>
            <translation>Computer {id}, først set {time}.</translation>
        </message>
        <message>
            <source>1 batch is waiting.</source>
            <translation>1 overførselsfil venter.</translation>
        </message>
        <message>
            <source>{count} batches are waiting.</source>
            <translation>{count} overførselsfiler venter.</translation>
        </message>
        <message>
            <source>This laptop was revoked on {time}. Approve it again only if it has turned up and its user reads out the same fingerprint.</source>
            <translation>Computeren blev tilbagekaldt den {time}. Godkend den kun igen, hvis den er dukket op, og brugeren læser det samme fingeraftryk op.</translation>
        </message>
        <message>
            <source>The office has its batches up to number {number}; the next ones follow on from there.</source>
            <translation>Kontoret har dens overførselsfiler til og med nr. {number}; de næste fortsætter derfra.</translation>
        </message>
        <message>
            <source>The batches it sent while it was revoked were refused: ask its user to write the unconfirmed batches again in the sync panel and bring them.</source>
            <translation>De overførselsfiler, den sendte, mens den var tilbagekaldt, blev afvist: bed brugeren skrive de ubekræftede filer igen i sin synkronisering og bringe dem.</translation>
        </message>
        <message>
            <source>Phone the laptop's user and ask them to read out “This laptop's fingerprint” from their sync panel. Type it below, or compare it group by group with these digits and tick the box.</source>
            <translation>Ring til computerens bruger, og bed vedkommende læse “Denne computers fingeraftryk” op fra sin synkronisering. Skriv det nedenfor, eller sammenlign det gruppe for gruppe med disse tal, og sæt kryds.</translation>
        </message>
        <message>
            <source>The laptop's fingerprint</source>
            <translation>Computerens fingeraftryk</translation>
        </message>
        <message>
            <source>Fingerprint read out</source>
            <translation>Oplæst fingeraftryk</translation>
        </message>
        <message>
            <source>&amp;Fingerprint read out:</source>
            <translation>&amp;Oplæst fingeraftryk:</translation>
        </message>
        <message>
            <source>I compared every group: the fingerprint &amp;matches</source>
            <translation>Jeg har sammenlignet alle grupper: fingeraftrykket &amp;stemmer</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Godkend</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>It does not match. Do not approve: the batches may not come from this laptop. Ask the user to read it out again.</source>
            <translation>Det stemmer ikke. Godkend ikke: overførselsfilerne kommer måske ikke fra denne computer. Bed brugeren læse det op igen.</translation>
        </message>
        <message>
            <source>It matches.</source>
            <translation>Det stemmer.</translation>
        </message>
    </context>
    <context>
        <name>CloseCourseDialog</name>
        <message>
            <source>Close course</source>
            <translation>Afslut forløb</translation>
        </message>
        <message>
            <source>Close the course of {code}. A closed course takes no new sessions.</source>
            <translation>Afslut forløbet for {code}. Et afsluttet forløb kan ikke få nye samtaler.</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>&amp;Slutdato</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdato</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <source>Closing reason</source>
            <translation>Afslutningsårsag</translation>
        </message>
        <message>
            <source>&amp;Final evaluation</source>
            <translation>Afsluttende &amp;evaluering</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Afsluttende evaluering</translation>
        </message>
    </context>
    <context>
        <name>ConcernListModel</name>
        <message>
            <source>Received</source>
            <extracomment>The columns whose values change as time passes. The report's 24-hour status now (a ``ReactionStatus`` value, str). How urgent each status is (the status column sorts by it).</extracomment>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Time left / overdue by</source>
            <translation>Tid tilbage / overskredet med</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Om</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>Første reaktion</translation>
        </message>
        <message>
            <source>Reacted by</source>
            <translation>Reageret af</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Udfald</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Reaction due by {deadline}</source>
            <translation>Frist for reaktion: {deadline}</translation>
        </message>
        <message>
            <source>An existing participant</source>
            <translation>En eksisterende deltager</translation>
        </message>
        <message>
            <source>A new pseudonym code (not a participant)</source>
            <translation>En ny pseudonymkode (ikke deltager)</translation>
        </message>
    </context>
    <context>
        <name>ConcernReportDialog</name>
        <message>
            <source>New report of concern</source>
            <extracomment>The outcome combo's "not decided yet" (item data is never None, see ``record_dialog``). The draft key of the new-report dialog.</extracomment>
            <translation>Ny bekymringshenvendelse</translation>
        </message>
        <message>
            <source>Record who reported a concern, and about whom. Do not describe the concern here. The first reaction is due within 24 hours of receipt.</source>
            <translation>Registrér, hvem der henvendte sig med en bekymring, og om hvem. Beskriv ikke selve bekymringen her. Den første reaktion skal ske senest 24 timer efter modtagelsen.</translation>
        </message>
        <message>
            <source>Received &amp;date</source>
            <translation>Modtaget &amp;dato</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Dato for modtagelse</translation>
        </message>
        <message>
            <source>Received &amp;time (Copenhagen)</source>
            <translation>Modtaget &amp;klokken (dansk tid)</translation>
        </message>
        <message>
            <source>Time received, Copenhagen time</source>
            <translation>Klokkeslæt for modtagelse, dansk tid</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Vælg …</translation>
        </message>
        <message>
            <source>&amp;Reported by</source>
            <translation>&amp;Henvendelse fra</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Henvendelse fra</translation>
        </message>
        <message>
            <source>Pick a participant or type a new pseudonym code</source>
            <translation>Vælg en deltager, eller skriv en ny pseudonymkode</translation>
        </message>
        <message>
            <source>&amp;About whom</source>
            <translation>&amp;Om hvem</translation>
        </message>
        <message>
            <source>About whom: an existing participant or a new pseudonym code</source>
            <translation>Om hvem: en eksisterende deltager eller en ny pseudonymkode</translation>
        </message>
        <message>
            <source>D&amp;istrict</source>
            <translation>B&amp;ydel</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Res&amp;ponsible</source>
            <translation>&amp;Ansvarlig</translation>
        </message>
        <message>
            <source>Responsible worker</source>
            <translation>Ansvarlig medarbejder</translation>
        </message>
        <message>
            <source>Record report</source>
            <translation>Registrér henvendelse</translation>
        </message>
        <message>
            <source>An existing participant ({kind}).</source>
            <translation>En eksisterende deltager ({kind}).</translation>
        </message>
        <message>
            <source>A new pseudonym code: not a participant yet.</source>
            <translation>En ny pseudonymkode: endnu ikke deltager.</translation>
        </message>
        <message>
            <source>Choose who reported the concern.</source>
            <translation>Vælg, hvem henvendelsen kom fra.</translation>
        </message>
        <message>
            <source>Pick a participant, or type a new pseudonym code.</source>
            <translation>Vælg en deltager, eller skriv en ny pseudonymkode.</translation>
        </message>
    </context>
    <context>
        <name>ConcernReportsView</name>
        <message>
            <source>Sho&amp;w</source>
            <extracomment>How often the live columns are recomputed (milliseconds). The list was changed here (a report added or reacted to), with the report's id.</extracomment>
            <translation>V&amp;is</translation>
        </message>
        <message>
            <source>All reports</source>
            <translation>Alle henvendelser</translation>
        </message>
        <message>
            <source>Waiting for a reaction</source>
            <translation>Venter på reaktion</translation>
        </message>
        <message>
            <source>Pending (within 24 hours)</source>
            <translation>Afventer (inden for 24 timer)</translation>
        </message>
        <message>
            <source>Overdue (past 24 hours)</source>
            <translation>Overskredet (over 24 timer)</translation>
        </message>
        <message>
            <source>Reacted to</source>
            <translation>Med reaktion</translation>
        </message>
        <message>
            <source>Show reports</source>
            <translation>Vis henvendelser</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;År</translation>
        </message>
        <message>
            <source>Year received</source>
            <translation>År modtaget</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Søg</translation>
        </message>
        <message>
            <source>Code, district or worker</source>
            <translation>Kode, bydel eller medarbejder</translation>
        </message>
        <message>
            <source>Search reports</source>
            <translation>Søg i henvendelser</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Bekymringshenvendelser</translation>
        </message>
        <message>
            <source>Record &amp;reaction…</source>
            <translation>Registrér &amp;reaktion …</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>&amp;Ny henvendelse …</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alle år</translation>
        </message>
        <message>
            <source>{shown} reports: {overdue} overdue, {pending} pending</source>
            <translation>{shown} henvendelser: {overdue} overskredet, {pending} afventer</translation>
        </message>
        <message>
            <source>(of {total})</source>
            <translation>(af {total})</translation>
        </message>
    </context>
    <context>
        <name>CourseListModel</name>
        <message>
            <source>Off track</source>
            <extracomment>The course id (str); SORT_KEY_ROLE is record_table's (numbers, dates, None: no value). The off-track signal codes of the row (list of str). The off-track reasons phrased in the UI language (list of str). The ``CourseSummary`` itself.</extracomment>
            <translation>Ude af kurs</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltager</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Spor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Samtaler</translation>
        </message>
        <message>
            <source>Last session</source>
            <translation>Seneste samtale</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ændring</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Egen vurdering</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>The latest complete assessment, 0–100 (100 is best)</source>
            <translation>Den seneste fulde vurdering, 0–100 (100 er bedst)</translation>
        </message>
        <message>
            <source>Points since the first complete assessment (baseline)</source>
            <translation>Point siden den første fulde vurdering (udgangspunktet)</translation>
        </message>
        <message>
            <source>Progression as rated by the practitioner</source>
            <translation>Progression vurderet af medarbejderen</translation>
        </message>
        <message>
            <source>Progression as the participant reports it</source>
            <translation>Progression, som deltageren selv oplever den</translation>
        </message>
        <message>
            <source>Off track: {reasons}</source>
            <translation>Ude af kurs: {reasons}</translation>
        </message>
    </context>
    <context>
        <name>CourseTexts</name>
        <message>
            <source>Active</source>
            <extracomment>The application property the shell may set to "da" or "en" (see ui/app.py).</extracomment>
            <translation>Aktivt</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Sat på pause</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>1-1 mentoring</source>
            <translation>1-1-mentorforløb</translation>
        </message>
        <message>
            <source>Parent coaching</source>
            <translation>Forældrecoaching</translation>
        </message>
        <message>
            <source>Young person</source>
            <translation>Ung</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Forælder</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Møde</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Hjemmebesøg</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Joint meeting (SSP/DKA)</source>
            <translation>Fællesmøde (SSP/DKA)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>Goals met</source>
            <translation>Mål nået</translation>
        </message>
        <message>
            <source>Ended early (stopped coming)</source>
            <translation>Stoppet før tid (kom ikke mere)</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Henvist videre</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Fraflyttet</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skole</translation>
        </message>
        <message>
            <source>SSP</source>
            <translation>SSP</translation>
        </message>
        <message>
            <source>Police (DKA)</source>
            <translation>Politi (DKA)</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Socialforvaltning</translation>
        </message>
        <message>
            <source>Self-referred</source>
            <translation>Selvhenvendelse</translation>
        </message>
        <message>
            <source>Not yet assessable</source>
            <translation>Kan endnu ikke vurderes</translation>
        </message>
        <message>
            <source>Reliably improved</source>
            <translation>Pålideligt forbedret</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Forbedret</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Uændret</translation>
        </message>
        <message>
            <source>Deteriorated</source>
            <translation>Forværret</translation>
        </message>
        <message>
            <source>Reliably deteriorated</source>
            <translation>Pålideligt forværret</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>No measurable improvement after {sessions} sessions / {weeks} weeks (fewer than two complete assessments)</source>
            <translation>Ingen målbar forbedring efter {sessions} samtaler / {weeks} uger (færre end to fulde vurderinger)</translation>
        </message>
        <message>
            <source>No improvement beyond {threshold} points after {sessions} sessions / {weeks} weeks (change {points})</source>
            <translation>Ingen forbedring ud over {threshold} point efter {sessions} samtaler / {weeks} uger (ændring {points})</translation>
        </message>
        <message>
            <source>Worse since the assessment before ({points} points, {on})</source>
            <translation>Forværret siden vurderingen før ({points} point, {on})</translation>
        </message>
        <message>
            <source>Acute concern flagged in the latest session ({on})</source>
            <translation>Akut bekymring markeret i den seneste samtale ({on})</translation>
        </message>
        <message>
            <source>No session since the course started, {weeks} weeks ago</source>
            <translation>Ingen samtale siden forløbet begyndte for {weeks} uger siden</translation>
        </message>
        <message>
            <source>No session for {weeks} weeks (last {on})</source>
            <translation>Ingen samtale i {weeks} uger (sidst {on})</translation>
        </message>
        <message>
            <source>No improvement</source>
            <translation type="vanished">Ingen forbedring</translation>
        </message>
        <message>
            <source>Deterioration</source>
            <translation type="vanished">Forværring</translation>
        </message>
        <message>
            <source>Acute concern</source>
            <translation type="vanished">Akut bekymring</translation>
        </message>
        <message>
            <source>No recent session</source>
            <translation type="vanished">Ingen nylig samtale</translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>← All courses</source>
            <extracomment>(course id, session id) The course changed here (status); the list should refresh its row.</extracomment>
            <translation>← Alle forløb</translation>
        </message>
        <message>
            <source>Back to the list of courses (Alt+Left)</source>
            <translation>Tilbage til listen over forløb (Alt+Venstre)</translation>
        </message>
        <message>
            <source>&amp;New session</source>
            <translation>&amp;Ny samtale</translation>
        </message>
        <message>
            <source>&amp;Edit session</source>
            <translation>&amp;Redigér samtale</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Sæt på &amp;pause</translation>
        </message>
        <message>
            <source>&amp;Close course…</source>
            <translation>&amp;Afslut forløb…</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>Sa&amp;mtaler</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Samtaler</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Tilknyttet</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltager</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Off track?</source>
            <translation>Ude af kurs?</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Udvikling</translation>
        </message>
        <message>
            <source>Practitioner-rated</source>
            <translation>Vurderet af medarbejderen</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Baseline → now</source>
            <translation>Udgangspunkt → nu</translation>
        </message>
        <message>
            <source>Domains</source>
            <translation>Domæner</translation>
        </message>
        <message>
            <source>Participant-reported</source>
            <translation>Deltagerens egen oplevelse</translation>
        </message>
        <message>
            <source>Latest own view</source>
            <translation>Seneste egen vurdering</translation>
        </message>
        <message>
            <source>Counts from</source>
            <translation>Tæller fra</translation>
        </message>
        <message>
            <source>{code} · {track}</source>
            <translation>{code} · {track}</translation>
        </message>
        <message>
            <source>born {year}</source>
            <translation>født {year}</translation>
        </message>
        <message>
            <source>{code} ({about})</source>
            <translation>{code} ({about})</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Forældre</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>Unge</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>igangværende</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Genoptag</translation>
        </message>
        <message>
            <source>Not yet assessable: {count} complete assessment(s); two are needed to judge change.</source>
            <translation>Kan endnu ikke vurderes: {count} fuld(e) vurdering(er); der skal to til for at bedømme en ændring.</translation>
        </message>
        <message>
            <source>Course score {change} points since the baseline: {klass}</source>
            <translation>Forløbsscore {change} point siden udgangspunktet: {klass}</translation>
        </message>
        <message>
            <source>{baseline} → {current} (threshold more than {threshold} points)</source>
            <translation>{baseline} → {current} (tærskel over {threshold} point)</translation>
        </message>
        <message>
            <source>{domain}: {change} ({klass})</source>
            <translation>{domain}: {change} ({klass})</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Ikke spurgt endnu</translation>
        </message>
        <message>
            <source>Needs attention:</source>
            <translation>Kræver opmærksomhed:</translation>
        </message>
        <message>
            <source>No off-track signals.</source>
            <translation>Ingen tegn på, at forløbet er ude af kurs.</translation>
        </message>
    </context>
    <context>
        <name>CoursesView</name>
        <message>
            <source>&amp;Search</source>
            <extracomment>Where the mentor was: the page ("list", "course" or "editor"), the course, the session, and the draft key of the dialog that was open (ids and keys only, no record content). A course was asked for (double-click or Enter in the list); it is shown here too. The app's bridge when given (it outlives a lock); otherwise one of our own. The open dialog (one at a time), kept as a draft across the lock. Where the mentor was when the view was cleared (for restore). Milliseconds the last load of the list took (service call + model reset).</extracomment>
            <translation>&amp;Søg</translation>
        </message>
        <message>
            <source>Code, district or worker</source>
            <translation>Kode, bydel eller medarbejder</translation>
        </message>
        <message>
            <source>Search courses</source>
            <translation>Søg i forløb</translation>
        </message>
        <message>
            <source>&amp;Track</source>
            <translation>Sp&amp;or</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle spor</translation>
        </message>
        <message>
            <source>Track filter</source>
            <translation>Filter for spor</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>St&amp;atus</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Open (active or paused)</source>
            <translation>Åbne (aktive eller på pause)</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filter for status</translation>
        </message>
        <message>
            <source>&amp;Only off-track</source>
            <translation>&amp;Kun ude af kurs</translation>
        </message>
        <message>
            <source>Only off-track courses</source>
            <translation>Kun forløb ude af kurs</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>New &amp;participant…</source>
            <translation>Ny &amp;deltager…</translation>
        </message>
        <message>
            <source>New &amp;course…</source>
            <translation>Nyt &amp;forløb…</translation>
        </message>
        <message>
            <source>&amp;Open course</source>
            <translation>Å&amp;bn forløb</translation>
        </message>
        <message>
            <source>{shown} courses, {off} off-track</source>
            <translation>{shown} forløb, {off} ude af kurs</translation>
        </message>
        <message>
            <source>(of {total})</source>
            <translation>(af {total})</translation>
        </message>
    </context>
    <context>
        <name>CriteriaModel</name>
        <message>
            <source>Criterion</source>
            <extracomment>The criterion's id (str). The :class:`CriterionResult` of the row. The quarter a cell's figure is of (1–4), or 0 for the year's figure. The size of a sparkline, in logical pixels (the view sets it from its font).</extracomment>
            <translation>Succeskriterium</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Counted (n)</source>
            <translation>Grundlag (n)</translation>
        </message>
        <message>
            <source>95 % interval</source>
            <translation>95 %-interval</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Målet nået</translation>
        </message>
        <message>
            <source>Q1</source>
            <translation>1. kv.</translation>
        </message>
        <message>
            <source>Q2</source>
            <translation>2. kv.</translation>
        </message>
        <message>
            <source>Q3</source>
            <translation>3. kv.</translation>
        </message>
        <message>
            <source>Q4</source>
            <translation>4. kv.</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Udvikling</translation>
        </message>
        <message>
            <source>For a share: how many were counted (answers, courses, reports)</source>
            <translation>For en andel: hvor mange der er talt med (svar, forløb, henvendelser)</translation>
        </message>
        <message>
            <source>Wilson 95 % interval of the share</source>
            <translation>Andelens 95 %-interval (Wilson)</translation>
        </message>
        <message>
            <source>† marks a verdict whose 95 % interval crosses the target</source>
            <translation>† markerer en vurdering, hvor 95 %-intervallet krydser målet</translation>
        </message>
        <message>
            <source>First quarter (January–March)</source>
            <translation>1. kvartal (januar–marts)</translation>
        </message>
        <message>
            <source>Second quarter (April–June)</source>
            <translation>2. kvartal (april–juni)</translation>
        </message>
        <message>
            <source>Third quarter (July–September)</source>
            <translation>3. kvartal (juli–september)</translation>
        </message>
        <message>
            <source>Fourth quarter (October–December)</source>
            <translation>4. kvartal (oktober–december)</translation>
        </message>
        <message>
            <source>The four quarters as a small chart</source>
            <translation>De fire kvartaler som et lille diagram</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>Progression per quarter against the target</source>
            <extracomment>(criterion id, quarter 1–4 or 0 for the year) of a clicked bar or point.</extracomment>
            <translation>Progression pr. kvartal set mod målet</translation>
        </message>
        <message>
            <source>Q1</source>
            <translation>1. kv.</translation>
        </message>
        <message>
            <source>Q2</source>
            <translation>2. kv.</translation>
        </message>
        <message>
            <source>Q3</source>
            <translation>3. kv.</translation>
        </message>
        <message>
            <source>Q4</source>
            <translation>4. kv.</translation>
        </message>
        <message>
            <source>Share with progression (%)</source>
            <translation>Andel med progression (%)</translation>
        </message>
        <message>
            <source>Target {target}</source>
            <translation>Mål {target}</translation>
        </message>
        <message>
            <source>Reach in the year against the targets</source>
            <translation>Årets rækkevidde set mod målene</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Nået</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>Shares in the year against the targets</source>
            <translation>Årets andele set mod målene</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Andel (%)</translation>
        </message>
    </context>
    <context>
        <name>DashboardFilters</name>
        <message>
            <source>Year</source>
            <extracomment>The data of a filter's "all" item.</extracomment>
            <translation>År</translation>
        </message>
        <message>
            <source>Track filter</source>
            <translation>Filter for spor</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle spor</translation>
        </message>
        <message>
            <source>Worker filter</source>
            <translation>Filter for medarbejder</translation>
        </message>
        <message>
            <source>District filter</source>
            <translation>Filter for bydel</translation>
        </message>
        <message>
            <source>&amp;Worker</source>
            <translation>&amp;Medarbejder</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;År</translation>
        </message>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Spor</translation>
        </message>
        <message>
            <source>&amp;District</source>
            <translation>&amp;Bydel</translation>
        </message>
        <message>
            <source>All workers</source>
            <translation>Alle medarbejdere</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>Alle bydele</translation>
        </message>
    </context>
    <context>
        <name>DashboardTexts</name>
        <message>
            <source>at least {target}</source>
            <translation>mindst {target}</translation>
        </message>
        <message>
            <source>all ({target})</source>
            <translation>alle ({target})</translation>
        </message>
        <message>
            <source>more than {count} (the year before)</source>
            <translation>flere end {count} (året før)</translation>
        </message>
        <message>
            <source>Cannot tell</source>
            <translation>Kan ikke vurderes</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Nået</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Ikke nået</translation>
        </message>
        <message>
            <source>Nothing was recorded the year before, so there is nothing to compare with.</source>
            <translation>Der er intet registreret året før, så der er intet at sammenligne med.</translation>
        </message>
        <message>
            <source>There is nothing to count for this filter.</source>
            <translation>Der er intet at tælle med dette filter.</translation>
        </message>
        <message>
            <source>† The 95 % interval crosses the target: with this many cases the verdict could go either way.</source>
            <translation>† 95 %-intervallet krydser målet: med så få tilfælde kunne vurderingen gå begge veje.</translation>
        </message>
        <message>
            <source>The whole 95 % interval lies on this side of the target.</source>
            <translation>Hele 95 %-intervallet ligger på denne side af målet.</translation>
        </message>
        <message>
            <source>Quarter {quarter}: {successes} of {n}</source>
            <translation>{quarter}. kvartal: {successes} af {n}</translation>
        </message>
        <message>
            <source>Quarter {quarter}: {count}</source>
            <translation>{quarter}. kvartal: {count}</translation>
        </message>
        <message>
            <source>quarter {quarter}: {value}</source>
            <translation>{quarter}. kvartal: {value}</translation>
        </message>
        <message>
            <source>{successes} of {n}</source>
            <translation>{successes} af {n}</translation>
        </message>
        <message>
            <source>Double-click or press Enter to see the records.</source>
            <translation>Dobbeltklik eller tryk Enter for at se registreringerne.</translation>
        </message>
        <message>
            <source>The participants' own view: {share} ({successes} of {n})</source>
            <translation>Deltagernes egen vurdering: {share} ({successes} af {n})</translation>
        </message>
        <message>
            <source>Not split by track</source>
            <translation>Opdeles ikke på spor</translation>
        </message>
        <message>
            <source>Result {value}; target {target}: {verdict}.</source>
            <translation>Resultat {value}; mål {target}: {verdict}.</translation>
        </message>
        <message>
            <source>{successes} of {n}; 95 % interval {interval}.</source>
            <translation>{successes} af {n}; 95 %-interval {interval}.</translation>
        </message>
        <message>
            <source>With progression</source>
            <translation>Med progression</translation>
        </message>
        <message>
            <source>Without progression</source>
            <translation>Uden progression</translation>
        </message>
        <message>
            <source>Not assessable</source>
            <translation>Kan ikke vurderes</translation>
        </message>
        <message>
            <source>Good service</source>
            <translation>God service</translation>
        </message>
        <message>
            <source>Not good service</source>
            <translation>Ikke god service</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Intet svar</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>Ikke evalueret</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>Evalueret</translation>
        </message>
        <message>
            <source>Within 24 hours</source>
            <translation>Inden for 24 timer</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>For sent</translation>
        </message>
        <message>
            <source>Overdue, no reaction</source>
            <translation>Overskredet, ingen reaktion</translation>
        </message>
        <message>
            <source>Waiting, within 24 hours</source>
            <translation>Venter, inden for 24 timer</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Talt med</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>intet svar</translation>
        </message>
        <message>
            <source>Front-line staff</source>
            <translation>Frontmedarbejdere</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Forældre</translation>
        </message>
        <message>
            <source>Pupils and youth-club members</source>
            <translation>Elever og ungdomsklubmedlemmer</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personale</translation>
        </message>
        <message>
            <source>Pupils and clubs</source>
            <translation>Elever og klubber</translation>
        </message>
        <message>
            <source>Staff and parents: able to help</source>
            <translation>Personale og forældre: kan hjælpe</translation>
        </message>
        <message>
            <source>Young people: dialogue gives options</source>
            <translation>Unge: dialogen giver muligheder</translation>
        </message>
        <message>
            <source>Progression, 1-1 mentoring</source>
            <translation>Progression, 1-1 mentorforløb</translation>
        </message>
        <message>
            <source>Progression, parent coaching</source>
            <translation>Progression, forældrecoaching</translation>
        </message>
        <message>
            <source>Good service (SSP, VINK, DKA)</source>
            <translation>God service (SSP, VINK, DKA)</translation>
        </message>
        <message>
            <source>Reaction within 24 hours</source>
            <translation>Reaktion inden for 24 timer</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Bekymringshenvendelser</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Success criteria</source>
            <extracomment>A course was asked for from a drill-down (the course screen shows it and audits it). A yearly report was written: (path, format). The filter chosen when the view was cleared (kept across the lock).</extracomment>
            <translation>Succeskriterier</translation>
        </message>
        <message>
            <source>Yearly re&amp;port…</source>
            <translation>Års&amp;rapport…</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Tabel</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>Dia&amp;grammer</translation>
        </message>
        <message>
            <source>About the selected criterion</source>
            <translation>Om det valgte succeskriterium</translation>
        </message>
        <message>
            <source>Show the records &amp;behind the figure…</source>
            <translation>Vis registreringerne &amp;bag tallet…</translation>
        </message>
        <message>
            <source>Figures as of {day}. Double-click a figure to see the records behind it.</source>
            <translation>Tallene er opgjort pr. {day}. Dobbeltklik på et tal for at se registreringerne bag det.</translation>
        </message>
        <message>
            <source>Field vault: the figures count only the courses and records held on this computer. The office's figures cover every worker.</source>
            <translation>Feltboks: tallene tæller kun de forløb og registreringer, der ligger på denne computer. Kontorets tal dækker alle medarbejdere.</translation>
        </message>
        <message>
            <source>Office vault: the figures count every course and record the office holds.</source>
            <translation>Kontorboks: tallene tæller alle forløb og registreringer, kontoret har.</translation>
        </message>
        <message>
            <source>Select a criterion to see how it is counted.</source>
            <translation>Vælg et succeskriterium for at se, hvordan det opgøres.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>{quarter}. kvartal {year}</translation>
        </message>
        <message>
            <source>The year {year}</source>
            <translation>Året {year}</translation>
        </message>
        <message>
            <source>The yearly report was written to {path}.</source>
            <translation>Årsrapporten er gemt i {path}.</translation>
        </message>
    </context>
    <context>
        <name>DevicesModel</name>
        <message>
            <source>Laptop</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingeraftryk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Først set</translation>
        </message>
        <message>
            <source>Last batch</source>
            <translation>Seneste fil</translation>
        </message>
        <message>
            <source>Applied up to</source>
            <translation>Indlæst til og med</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Venter</translation>
        </message>
        <message>
            <source>none applied</source>
            <translation>ingen indlæst</translation>
        </message>
        <message>
            <source>held {numbers}</source>
            <translation>tilbageholdt {numbers}</translation>
        </message>
        <message>
            <source>missing {numbers}</source>
            <translation>mangler {numbers}</translation>
        </message>
    </context>
    <context>
        <name>DevicesView</name>
        <message>
            <source>Field laptops</source>
            <extracomment>A device was approved, revoked or forgotten (its id). The approval in flight or last run (tests wait on it).</extracomment>
            <translation>Feltcomputere</translation>
        </message>
        <message>
            <source>A laptop appears here, waiting for approval, with its first batch. Approve it only when its user has read out the laptop's fingerprint to you and it matches; its held batches are then applied. Revoke a laptop that is lost or replaced.</source>
            <translation type="vanished">En computer dukker op her med sin første overførselsfil og venter på godkendelse. Godkend den kun, når brugeren har læst computerens fingeraftryk op for dig, og det stemmer; så indlæses dens tilbageholdte filer. Tilbagekald en computer, der er bortkommet eller udskiftet.</translation>
        </message>
        <message>
            <source>A laptop appears here, waiting for approval, with its first batch. Approve it only when its user has read out the laptop's fingerprint to you and it matches; its held batches are then applied. Forget a waiting laptop whose fingerprint does not match or that nobody knows. Revoke a laptop that is lost or replaced; approve it again if it turns up.</source>
            <translation>En computer dukker op her med sin første overførselsfil og venter på godkendelse. Godkend den kun, når brugeren har læst computerens fingeraftryk op for dig, og det stemmer; så indlæses dens tilbageholdte filer. Glem en ventende computer, hvis fingeraftryk ikke stemmer, eller som ingen kender. Tilbagekald en computer, der er bortkommet eller udskiftet; godkend den igen, hvis den dukker op.</translation>
        </message>
        <message>
            <source>&amp;Laptops:</source>
            <translation>&amp;Computere:</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>Computere</translation>
        </message>
        <message>
            <source>Fingerprint of the selected laptop:</source>
            <translation>Den valgte computers fingeraftryk:</translation>
        </message>
        <message>
            <source>Fingerprint of the selected laptop</source>
            <translation>Den valgte computers fingeraftryk</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Godkend…</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>&amp;Tilbagekald…</translation>
        </message>
        <message>
            <source>&amp;Forget…</source>
            <translation>Gl&amp;em…</translation>
        </message>
        <message>
            <source>Delete a laptop waiting for approval, and its held batches</source>
            <translation>Slet en computer, der venter på godkendelse, og dens tilbageholdte filer</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation>Indlæs listen igen (F5)</translation>
        </message>
        <message>
            <source>Approving the laptop and applying its held batches…</source>
            <translation>Godkender computeren og indlæser dens tilbageholdte overførselsfiler…</translation>
        </message>
        <message>
            <source>The laptop is approved again. Ask its user to write the unconfirmed batches again and bring them: the batches it sent while it was revoked were refused.</source>
            <translation>Computeren er godkendt igen. Bed brugeren skrive de ubekræftede filer igen og bringe dem: de overførselsfiler, den sendte, mens den var tilbagekaldt, blev afvist.</translation>
        </message>
        <message>
            <source>The laptop is approved.</source>
            <translation>Computeren er godkendt.</translation>
        </message>
        <message>
            <source>1 held batch was applied.</source>
            <translation>1 tilbageholdt overførselsfil er indlæst.</translation>
        </message>
        <message>
            <source>{count} held batches were applied.</source>
            <translation>{count} tilbageholdte overførselsfiler er indlæst.</translation>
        </message>
        <message>
            <source>1 was refused: {reason}</source>
            <translation>1 blev afvist: {reason}</translation>
        </message>
        <message>
            <source>{count} were refused: {reason}</source>
            <translation>{count} blev afvist: {reason}</translation>
        </message>
        <message>
            <source>1 batch is still held.</source>
            <translation>1 overførselsfil er stadig tilbageholdt.</translation>
        </message>
        <message>
            <source>{count} batches are still held.</source>
            <translation>{count} overførselsfiler er stadig tilbageholdt.</translation>
        </message>
        <message>
            <source>Revoke laptop</source>
            <translation>Tilbagekald computer</translation>
        </message>
        <message>
            <source>Revoke laptop {id}? Its later batches will be refused and its held batches dropped. If it turns up again, it can be approved again after its fingerprint is compared.</source>
            <translation>Tilbagekald computer {id}? Dens senere overførselsfiler bliver afvist, og dens tilbageholdte filer slettet. Dukker den op igen, kan den godkendes igen, når dens fingeraftryk er sammenlignet.</translation>
        </message>
        <message>
            <source>Forget laptop</source>
            <translation>Glem computer</translation>
        </message>
        <message>
            <source>Forget laptop {id}? It is waiting for approval; nothing from it has been applied.</source>
            <translation>Glem computer {id}? Den venter på godkendelse; intet fra den er indlæst.</translation>
        </message>
        <message>
            <source>Its held batch will be deleted.</source>
            <translation>Dens tilbageholdte fil bliver slettet.</translation>
        </message>
        <message>
            <source>Its {count} held batches will be deleted.</source>
            <translation>Dens {count} tilbageholdte filer bliver slettet.</translation>
        </message>
        <message>
            <source>If it sends a batch again, it appears here again, waiting for approval.</source>
            <translation>Sender den en overførselsfil igen, dukker den op her igen og venter på godkendelse.</translation>
        </message>
        <message>
            <source>&amp;Forget</source>
            <translation>Gl&amp;em</translation>
        </message>
        <message>
            <source>The laptop is forgotten.</source>
            <translation>Computeren er glemt.</translation>
        </message>
        <message>
            <source>1 held batch was deleted.</source>
            <translation>1 tilbageholdt fil er slettet.</translation>
        </message>
        <message>
            <source>{count} held batches were deleted.</source>
            <translation>{count} tilbageholdte filer er slettet.</translation>
        </message>
        <message>
            <source>Revoke laptop {id}? Its later batches will be refused and its held batches dropped. A revoked laptop cannot be approved again; it must enroll anew.</source>
            <translation type="vanished">Tilbagekald computer {id}? Dens senere overførselsfiler bliver afvist, og dens tilbageholdte filer slettet. En tilbagekaldt computer kan ikke godkendes igen; den skal tilmeldes på ny.</translation>
        </message>
        <message>
            <source>Re&amp;voke</source>
            <translation>&amp;Tilbagekald</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>The laptop is revoked. Its later batches will be refused.</source>
            <translation>Computeren er tilbagekaldt. Dens senere overførselsfiler bliver afvist.</translation>
        </message>
        <message>
            <source>1 held batch was dropped.</source>
            <translation>1 tilbageholdt fil er slettet.</translation>
        </message>
        <message>
            <source>{count} held batches were dropped.</source>
            <translation>{count} tilbageholdte filer er slettet.</translation>
        </message>
    </context>
    <context>
        <name>DialogHost</name>
        <message>
            <source>Unsaved draft restored</source>
            <translation>Ikke-gemt kladde hentet frem</translation>
        </message>
    </context>
    <context>
        <name>DomainRatingsBox</name>
        <message>
            <source>Rate at least {required} of {count} for the domain to count.</source>
            <translation>Vurdér mindst {required} af {count}, for at domænet tæller med.</translation>
        </message>
        <message>
            <source>Show or hide the help text</source>
            <translation>Vis eller skjul hjælpeteksten</translation>
        </message>
        <message>
            <source>Help: {label}</source>
            <translation>Hjælp: {label}</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Ikke vurderet</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>Records behind the figure</source>
            <extracomment>A course was asked for (the course screen shows it and audits the view).</extracomment>
            <translation>Registreringerne bag tallet</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>Part of the figure</source>
            <translation>Del af tallet</translation>
        </message>
        <message>
            <source>All ({count})</source>
            <translation>Alle ({count})</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Pseudonym codes are shown for the office's own follow-up. The yearly report never contains them.</source>
            <translation>Pseudonymkoderne vises til kontorets egen opfølgning. Årsrapporten indeholder dem aldrig.</translation>
        </message>
        <message>
            <source>&amp;Open course</source>
            <translation>Å&amp;bn forløb</translation>
        </message>
        <message>
            <source>{shown} of {total} records</source>
            <translation>{shown} af {total} registreringer</translation>
        </message>
    </context>
    <context>
        <name>DrillDownModel</name>
        <message>
            <source>Part of the figure</source>
            <extracomment>Progression: one track, so no track column.</extracomment>
            <translation>Del af tallet</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Spor</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Egen vurdering</translation>
        </message>
        <message>
            <source>Service evaluation</source>
            <translation>Serviceevaluering</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>Første reaktion</translation>
        </message>
        <message>
            <source>24-hour rule</source>
            <translation>24-timersreglen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Udfald</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Afholdt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Svarede</translation>
        </message>
        <message>
            <source>Answered yes</source>
            <translation>Svarede ja</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbejder</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <source>Enroll with the office</source>
            <translation>Tilmeld computeren hos kontoret</translation>
        </message>
        <message>
            <source>Check the office's fingerprint</source>
            <extracomment>True when the laptop is enrolled with another office key (it will be replaced).</extracomment>
            <translation>Tjek kontorets fingeraftryk</translation>
        </message>
        <message>
            <source>Phone the office and ask the supervisor to read out the office's fingerprint from the import window. Compare it with the digits below, group by group. Enroll only if every digit is the same.</source>
            <translation>Ring til kontoret, og bed supervisoren læse kontorets fingeraftryk op fra importvinduet. Sammenlign det med tallene nedenfor, gruppe for gruppe. Tilmeld kun computeren, hvis hvert eneste ciffer er det samme.</translation>
        </message>
        <message>
            <source>The office's fingerprint in the file</source>
            <translation>Kontorets fingeraftryk i filen</translation>
        </message>
        <message>
            <source>This laptop is enrolled with another office key. Enrolling with this file replaces it: the laptop gets a new identity, and the office must approve it again.</source>
            <translation>Computeren er tilmeldt med en anden kontornøgle. Tilmelding med denne fil erstatter den: computeren får en ny identitet, og kontoret skal godkende den igen.</translation>
        </message>
        <message>
            <source>The supervisor read out exactly these &amp;digits</source>
            <translation>Supervisoren læste præcis disse tal &amp;op</translation>
        </message>
        <message>
            <source>&amp;Enroll</source>
            <translation>&amp;Tilmeld</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>There is no vault in the folder {folder}. Choose another folder, or create a new vault.</source>
            <extracomment>Qt Linguist's lupdate finds ``translate("Context", "text")`` calls by this name.</extracomment>
            <translation>Der er ingen boks i mappen {folder}. Vælg en anden mappe, eller opret en ny boks.</translation>
        </message>
        <message>
            <source>There is already a vault in the folder {folder}. Open it instead, or choose an empty folder.</source>
            <translation>Der er allerede en boks i mappen {folder}. Åbn den i stedet, eller vælg en tom mappe.</translation>
        </message>
        <message>
            <source>The passphrase is wrong. Nothing was changed. Try again, or use the recovery key.</source>
            <translation>Adgangskoden er forkert. Intet er ændret. Prøv igen, eller brug gendannelsesnøglen.</translation>
        </message>
        <message>
            <source>This recovery key does not open this vault. Nothing was changed. Check that it is the key written down for this vault.</source>
            <translation>Denne gendannelsesnøgle åbner ikke boksen. Intet er ændret. Tjek, at det er nøglen, der blev skrevet ned til netop denne boks.</translation>
        </message>
        <message>
            <source>That is not a recovery key; there is probably a typo. A recovery key has nine groups of four letters and digits. Nothing was changed.</source>
            <translation>Det er ikke en gendannelsesnøgle; der er nok en tastefejl. En gendannelsesnøgle har ni grupper med fire bogstaver og tal. Intet er ændret.</translation>
        </message>
        <message>
            <source>The vault's key file (vault.key) is missing, so the vault cannot be opened. Restore the folder from a backup, or contact the office.</source>
            <translation>Boksens nøglefil (vault.key) mangler, så boksen kan ikke åbnes. Gendan mappen fra en sikkerhedskopi, eller kontakt kontoret.</translation>
        </message>
        <message>
            <source>The vault's key file (vault.key) is damaged. The database was not touched. Restore the key file from a backup, or contact the office.</source>
            <translation>Boksens nøglefil (vault.key) er beskadiget. Databasen er ikke rørt. Gendan nøglefilen fra en sikkerhedskopi, eller kontakt kontoret.</translation>
        </message>
        <message>
            <source>The vault's database is damaged or unreadable. Nothing was changed. Restore the vault from a backup, or contact the office.</source>
            <translation>Boksens database er beskadiget eller ulæselig. Intet er ændret. Gendan boksen fra en sikkerhedskopi, eller kontakt kontoret.</translation>
        </message>
        <message>
            <source>The vault is already open in another window or program. Close it there first, then try again.</source>
            <translation>Boksen er allerede åben i et andet vindue eller program. Luk den dér først, og prøv så igen.</translation>
        </message>
        <message>
            <source>This installation lacks the encryption library (SQLCipher), so nothing can be stored safely. Reinstall VINK Desktop.</source>
            <translation>Installationen mangler krypteringsbiblioteket (SQLCipher), så intet kan gemmes sikkert. Geninstallér VINK Desktop.</translation>
        </message>
        <message>
            <source>The vault was saved by a newer version of VINK Desktop. Update the program, then open the vault again.</source>
            <translation>Boksen er gemt af en nyere version af VINK Desktop. Opdatér programmet, og åbn så boksen igen.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>Disken er fuld, så intet blev gemt. Frigør plads, og prøv igen.</translation>
        </message>
        <message>
            <source>This one-time key does not open the office's answer. Nothing was changed. Check the key with the office.</source>
            <translation>Denne engangsnøgle åbner ikke kontorets svar. Intet er ændret. Tjek nøglen med kontoret.</translation>
        </message>
        <message>
            <source>This vault cannot be recovered through the office: it has not been enrolled with an office, or not opened since. Nothing was written.</source>
            <translation>Boksen kan ikke gendannes gennem kontoret: den er ikke tilmeldt et kontor, eller den er ikke åbnet siden. Intet er skrevet.</translation>
        </message>
        <message>
            <source>The recovery file is damaged or is not a recovery file. Nothing was changed. Ask for the file again.</source>
            <translation>Gendannelsesfilen er beskadiget eller er ikke en gendannelsesfil. Intet er ændret. Bed om filen igen.</translation>
        </message>
        <message>
            <source>The office's answer is meant for another vault, office or laptop. Nothing was changed.</source>
            <translation>Kontorets svar er til en anden boks, et andet kontor eller en anden computer. Intet er ændret.</translation>
        </message>
        <message>
            <source>The vault could not be used. Try again, or contact the office.</source>
            <translation>Boksen kunne ikke bruges. Prøv igen, eller kontakt kontoret.</translation>
        </message>
        <message>
            <source>Rating of {indicator}</source>
            <translation>Vurdering af {indicator}</translation>
        </message>
        <message>
            <source>Pseudonym code</source>
            <translation>Pseudonymkode</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Fødselsår</translation>
        </message>
        <message>
            <source>Linked young person</source>
            <translation>Tilknyttet ung</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Kontaktoplysninger</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Spor</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdato</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Afsluttende evaluering</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Dato og tid</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>The participant's own rating</source>
            <translation>Deltagerens egen vurdering</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Worker name</source>
            <translation>Medarbejderens navn</translation>
        </message>
        <message>
            <source>Who the report is about</source>
            <translation>Hvem underretningen handler om</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>Første reaktion</translation>
        </message>
        <message>
            <source>Reacted by</source>
            <translation>Reageret af</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Udfald</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Date held</source>
            <translation>Afholdt den</translation>
        </message>
        <message>
            <source>Number of participants</source>
            <translation>Antal deltagere</translation>
        </message>
        <message>
            <source>Number who answered</source>
            <translation>Antal, der svarede</translation>
        </message>
        <message>
            <source>Feel able to help</source>
            <translation>Føler sig i stand til at hjælpe</translation>
        </message>
        <message>
            <source>Find that dialogue gives options</source>
            <translation>Oplever, at dialog giver muligheder</translation>
        </message>
        <message>
            <source>Evaluation date</source>
            <translation>Evalueringsdato</translation>
        </message>
        <message>
            <source>Indicator framework</source>
            <translation>Indikatorramme</translation>
        </message>
        <message>
            <source>A field</source>
            <translation>Et felt</translation>
        </message>
        <message>
            <source>1-1 mentoring</source>
            <translation>1-1-mentorforløb</translation>
        </message>
        <message>
            <source>parent coaching</source>
            <translation>forældrecoaching</translation>
        </message>
        <message>
            <source>front-line staff</source>
            <translation>frontmedarbejdere</translation>
        </message>
        <message>
            <source>parents</source>
            <translation>forældre</translation>
        </message>
        <message>
            <source>pupils and youth-club members</source>
            <translation>elever og klubmedlemmer</translation>
        </message>
        <message>
            <source>{field} must be filled in.</source>
            <translation>{field} skal udfyldes.</translation>
        </message>
        <message>
            <source>The code can be at most {limit} characters, with no spaces at the start or end.</source>
            <translation>Koden må højst have {limit} tegn og ingen mellemrum først eller sidst.</translation>
        </message>
        <message>
            <source>The birth year {value} is not plausible. Check it.</source>
            <translation>Fødselsåret {value} er ikke sandsynligt. Tjek det.</translation>
        </message>
        <message>
            <source>Only a parent can be linked to a young person.</source>
            <translation>Kun en forælder kan tilknyttes en ung.</translation>
        </message>
        <message>
            <source>A parent can only be linked to a young person.</source>
            <translation>En forælder kan kun tilknyttes en ung.</translation>
        </message>
        <message>
            <source>A participant cannot be linked to themselves.</source>
            <translation>En deltager kan ikke tilknyttes sig selv.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters. Shorten it.</source>
            <translation>{field} er længere end {limit} tegn. Gør teksten kortere.</translation>
        </message>
        <message>
            <source>Another participant already has this code. Choose another.</source>
            <translation>En anden deltager har allerede denne kode. Vælg en anden.</translation>
        </message>
        <message>
            <source>This participant belongs in {expected}, not in {track}.</source>
            <translation>Denne deltager hører til i {expected}, ikke i {track}.</translation>
        </message>
        <message>
            <source>The indicator framework has no such track.</source>
            <translation>Indikatorrammen har ikke dette spor.</translation>
        </message>
        <message>
            <source>The course cannot end before it starts.</source>
            <translation>Forløbet kan ikke slutte, før det begynder.</translation>
        </message>
        <message>
            <source>The course cannot end before its last session. Choose a later date.</source>
            <translation>Forløbet kan ikke slutte før sin sidste samtale. Vælg en senere dato.</translation>
        </message>
        <message>
            <source>A closed course needs an end date and a closing reason.</source>
            <translation>Et afsluttet forløb skal have en slutdato og en afslutningsårsag.</translation>
        </message>
        <message>
            <source>The time {wall} does not exist in Copenhagen (the clocks were put forward). Choose another time.</source>
            <translation>Tidspunktet {wall} findes ikke i København (uret blev stillet frem). Vælg et andet tidspunkt.</translation>
        </message>
        <message>
            <source>Times are recorded to the minute. Check the time.</source>
            <translation>Tidspunkter angives i hele minutter. Tjek tidspunktet.</translation>
        </message>
        <message>
            <source>The stored time does not add up. Enter the date and time again.</source>
            <translation>Det gemte tidspunkt hænger ikke sammen. Indtast dato og tid igen.</translation>
        </message>
        <message>
            <source>The duration cannot be negative.</source>
            <translation>Varigheden kan ikke være negativ.</translation>
        </message>
        <message>
            <source>A session lasts at least {limit} minute. Check the duration.</source>
            <translation>En samtale varer mindst {limit} minut. Tjek varigheden.</translation>
        </message>
        <message>
            <source>The time zone is not a known time zone.</source>
            <translation>Tidszonen er ikke en kendt tidszone.</translation>
        </message>
        <message>
            <source>{field} lies outside the dates the program accepts. Check it.</source>
            <translation>{field} ligger uden for de datoer, programmet accepterer. Tjek den.</translation>
        </message>
        <message>
            <source>{field} contains an invisible control character. Remove it.</source>
            <translation>{field} indeholder et usynligt styretegn. Fjern det.</translation>
        </message>
        <message>
            <source>{field} contains a character that changes the direction of the text. Remove it.</source>
            <translation>{field} indeholder et tegn, der ændrer tekstens retning. Fjern det.</translation>
        </message>
        <message>
            <source>A course cannot start before 1 January 2000.</source>
            <translation>Et forløb kan ikke starte før 1. januar 2000.</translation>
        </message>
        <message>
            <source>A course cannot start more than a year from today.</source>
            <translation>Et forløb kan ikke starte mere end et år fra i dag.</translation>
        </message>
        <message>
            <source>The file holds the same record twice.</source>
            <translation>Filen indeholder den samme post to gange.</translation>
        </message>
        <message>
            <source>A session longer than {limit} minutes is not plausible. Check the duration.</source>
            <translation>En samtale på mere end {limit} minutter er ikke sandsynlig. Tjek varigheden.</translation>
        </message>
        <message>
            <source>The session is before the course started ({course_start}).</source>
            <translation>Samtalen ligger før forløbet begyndte ({course_start}).</translation>
        </message>
        <message>
            <source>The session is after the course ended ({course_end}).</source>
            <translation>Samtalen ligger efter forløbet sluttede ({course_end}).</translation>
        </message>
        <message>
            <source>{indicator} is not an indicator in this track.</source>
            <translation>{indicator} er ikke en indikator i dette spor.</translation>
        </message>
        <message>
            <source>The rating {value} is outside the scale {min}–{max}.</source>
            <translation>Vurderingen {value} ligger uden for skalaen {min}–{max}.</translation>
        </message>
        <message>
            <source>Say who the report is about: an existing participant or a new pseudonym code, not both.</source>
            <translation>Angiv, hvem underretningen handler om: en eksisterende deltager eller en ny pseudonymkode, ikke begge.</translation>
        </message>
        <message>
            <source>This code belongs to an existing participant. Choose the participant instead.</source>
            <translation>Koden tilhører en eksisterende deltager. Vælg deltageren i stedet.</translation>
        </message>
        <message>
            <source>{field} lies in the future. Check the date.</source>
            <translation>{field} ligger i fremtiden. Tjek datoen.</translation>
        </message>
        <message>
            <source>The first reaction cannot come before the report was received.</source>
            <translation>Den første reaktion kan ikke komme, før underretningen blev modtaget.</translation>
        </message>
        <message>
            <source>A reaction needs both a time and the worker who reacted.</source>
            <translation>En reaktion skal have både et tidspunkt og den medarbejder, der reagerede.</translation>
        </message>
        <message>
            <source>Record the first reaction before the outcome.</source>
            <translation>Registrér den første reaktion før udfaldet.</translation>
        </message>
        <message>
            <source>This kind of activity is held for {expected}.</source>
            <translation>Denne type aktivitet holdes for {expected}.</translation>
        </message>
        <message>
            <source>The number of participants must be between 0 and {limit}.</source>
            <translation>Antallet af deltagere skal være mellem 0 og {limit}.</translation>
        </message>
        <message>
            <source>This audience is asked another question: {expected}.</source>
            <translation>Denne målgruppe får et andet spørgsmål: {expected}.</translation>
        </message>
        <message>
            <source>An evaluation needs both the number who answered and the answers.</source>
            <translation>En evaluering skal have både antallet, der svarede, og svarene.</translation>
        </message>
        <message>
            <source>The number who answered must be between 0 and the number of participants.</source>
            <translation>Antallet, der svarede, skal være mellem 0 og antallet af deltagere.</translation>
        </message>
        <message>
            <source>{field} must be between 0 and the number who answered.</source>
            <translation>{field} skal være mellem 0 og antallet, der svarede.</translation>
        </message>
        <message>
            <source>A record in the file belongs to a participant that does not exist.</source>
            <translation>En post i filen hører til en deltager, der ikke findes.</translation>
        </message>
        <message>
            <source>A record in the file names a worker that does not exist.</source>
            <translation>En post i filen nævner en medarbejder, der ikke findes.</translation>
        </message>
        <message>
            <source>A session in the file belongs to a course that does not exist.</source>
            <translation>En samtale i filen hører til et forløb, der ikke findes.</translation>
        </message>
        <message>
            <source>A session in the file uses an indicator framework this version does not know. Update VINK Desktop.</source>
            <translation>En samtale i filen bruger en indikatorramme, som denne version ikke kender. Opdatér VINK Desktop.</translation>
        </message>
        <message>
            <source>{field}: the value is not valid.</source>
            <translation>{field}: værdien er ikke gyldig.</translation>
        </message>
        <message>
            <source>The course is closed, so it cannot be changed. Reopen it first.</source>
            <translation>Forløbet er afsluttet og kan ikke ændres. Genåbn det først.</translation>
        </message>
        <message>
            <source>Use “Close course” to close a course.</source>
            <translation>Brug »Afslut forløb« for at afslutte et forløb.</translation>
        </message>
        <message>
            <source>The service evaluation is made when the course is closed.</source>
            <translation>Serviceevalueringen foretages, når forløbet er afsluttet.</translation>
        </message>
        <message>
            <source>This course already has a service evaluation.</source>
            <translation>Dette forløb har allerede en serviceevaluering.</translation>
        </message>
        <message>
            <source>Give the time of the first reaction too.</source>
            <translation>Angiv også tidspunktet for den første reaktion.</translation>
        </message>
        <message>
            <source>Give the time of a reaction or an outcome; there is nothing to save.</source>
            <translation>Angiv et tidspunkt for en reaktion eller et udfald; der er intet at gemme.</translation>
        </message>
        <message>
            <source>The participant already has an open course in this track. Open that course instead.</source>
            <translation>Deltageren har allerede et åbent forløb i dette spor. Åbn det forløb i stedet.</translation>
        </message>
        <message>
            <source>This cannot be done while the record is in its current state.</source>
            <translation>Det kan ikke lade sig gøre i postens nuværende tilstand.</translation>
        </message>
        <message>
            <source>The participant was not found. It may have been erased.</source>
            <translation>Deltageren blev ikke fundet. Den kan være slettet.</translation>
        </message>
        <message>
            <source>The course was not found. It may have been deleted.</source>
            <translation>Forløbet blev ikke fundet. Det kan være slettet.</translation>
        </message>
        <message>
            <source>The session was not found. It may have been deleted.</source>
            <translation>Samtalen blev ikke fundet. Den kan være slettet.</translation>
        </message>
        <message>
            <source>The worker was not found in this vault.</source>
            <translation>Medarbejderen findes ikke i denne boks.</translation>
        </message>
        <message>
            <source>The report of concern was not found. It may have been deleted.</source>
            <translation>Underretningen blev ikke fundet. Den kan være slettet.</translation>
        </message>
        <message>
            <source>The record was not found. It may have been deleted.</source>
            <translation>Posten blev ikke fundet. Den kan være slettet.</translation>
        </message>
        <message>
            <source>The file is not a VINK records file this program can read. Nothing was imported.</source>
            <translation>Filen er ikke en VINK-datafil, som programmet kan læse. Intet blev importeret.</translation>
        </message>
        <message>
            <source>Nothing was saved:</source>
            <translation>Intet blev gemt:</translation>
        </message>
        <message>
            <source>The record uses an indicator framework this version of VINK Desktop does not know. Update the program.</source>
            <translation>Posten bruger en indikatorramme, som denne version af VINK Desktop ikke kender. Opdatér programmet.</translation>
        </message>
        <message>
            <source>An indicator framework file cannot be read. Reinstall VINK Desktop, or contact the office.</source>
            <translation>En indikatorramme-fil kan ikke læses. Geninstallér VINK Desktop, eller kontakt kontoret.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was kept.</source>
            <translation>Annulleret. Intet blev gemt.</translation>
        </message>
        <message>
            <source>A file could not be read or written. Check that the folder exists, that you may write to it, and that the disk is not full.</source>
            <translation>En fil kunne ikke læses eller skrives. Tjek, at mappen findes, at du må skrive i den, og at disken ikke er fuld.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. What you had saved is safe. If it happens again, contact the office.</source>
            <translation>Noget uventet gik galt. Det, du havde gemt, er i sikkerhed. Sker det igen, så kontakt kontoret.</translation>
        </message>
        <message>
            <source>VINK Desktop</source>
            <translation>VINK Desktop</translation>
        </message>
    </context>
    <context>
        <name>ExceptionHook</name>
        <message>
            <source>VINK Desktop</source>
            <translation>VINK Desktop</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. What was already saved is safe; the last thing you did may not have been saved.</source>
            <translation>Noget uventet gik galt. Det, der allerede var gemt, er i sikkerhed; det sidste, du gjorde, er måske ikke blevet gemt.</translation>
        </message>
        <message>
            <source>A technical note without any personal data was written to {path}. If it happens again, send that file to the office.</source>
            <translation>En teknisk note uden personoplysninger er skrevet til {path}. Sker det igen, så send filen til kontoret.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Kind</source>
            <extracomment>What each row opens: a course, a report, or nothing (devices). The row's kind as shown now ("concern_overdue", "concern_pending" or one of the KIND_*). The id a double-click opens (course id or report id; the device id for devices). The course, report or device the row is about.</extracomment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Who or what</source>
            <translation>Hvem eller hvad</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Siden</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Report of concern overdue</source>
            <translation>Henvendelse, frist overskredet</translation>
        </message>
        <message>
            <source>Report of concern waiting</source>
            <translation>Henvendelse venter på reaktion</translation>
        </message>
        <message>
            <source>Course off track</source>
            <translation>Forløb ude af kurs</translation>
        </message>
        <message>
            <source>No recent session</source>
            <translation>Ingen nylig samtale</translation>
        </message>
        <message>
            <source>Device not synced</source>
            <translation>Enhed ikke synkroniseret</translation>
        </message>
        <message>
            <source>Gap in batches</source>
            <translation>Hul i overførselsfilerne</translation>
        </message>
        <message>
            <source>No session since the start, {weeks} weeks ago</source>
            <translation>Ingen samtale siden start for {weeks} uger siden</translation>
        </message>
        <message>
            <source>No session for {weeks} weeks</source>
            <translation>Ingen samtale i {weeks} uger</translation>
        </message>
        <message>
            <source>Has never sent a batch</source>
            <translation>Har aldrig sendt en overførselsfil</translation>
        </message>
        <message>
            <source>No batch for {days} days</source>
            <translation>Ingen overførselsfil i {days} dage</translation>
        </message>
        <message>
            <source>Batches missing: {numbers}</source>
            <translation>Manglende overførselsfiler: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Sho&amp;w</source>
            <extracomment>How often the reports' status is recomputed (milliseconds). The default N: a device that has not sent a batch for this many days is listed. A row about a course was opened (double-click or Enter): the course id. A row about a report of concern was opened: the report id. Read since the view was last hidden (showing it then needs no new read).</extracomment>
            <translation>V&amp;is</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Bekymringshenvendelser</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>No session for &amp;at least</source>
            <translation>Ingen samtale i &amp;mindst</translation>
        </message>
        <message>
            <source>the framework's weeks</source>
            <translation>rammens antal uger</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> uger</translation>
        </message>
        <message>
            <source>Weeks without a session</source>
            <translation>Uger uden samtale</translation>
        </message>
        <message>
            <source>Device silent for at &amp;least</source>
            <translation>Enhed tavs i mi&amp;ndst</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <source>Days without a batch</source>
            <translation>Dage uden overførselsfil</translation>
        </message>
        <message>
            <source>Follow-up list</source>
            <translation>Opfølgningsliste</translation>
        </message>
        <message>
            <source>Devices are not checked: this vault has no sync records (a field laptop, or an office that has not imported a batch yet).</source>
            <translation>Enheder kontrolleres ikke: boksen har ingen synkroniseringsdata (en feltcomputer eller et kontor, der endnu ikke har indlæst en overførselsfil).</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Å&amp;bn</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation>Læs listen igen (F5)</translation>
        </message>
        <message>
            <source>{overdue} reports of concern overdue, {pending} waiting; {off} courses off track, {quiet} without a recent session</source>
            <translation>{overdue} henvendelser med overskredet frist, {pending} venter; {off} forløb ude af kurs, {quiet} uden nylig samtale</translation>
        </message>
        <message>
            <source>; {devices} device problems</source>
            <translation>; {devices} problemer med enheder</translation>
        </message>
    </context>
    <context>
        <name>ImportResultModel</name>
        <message>
            <source>File</source>
            <extracomment>The device id (str) of a row. The row's status code (``imported``, ``held``…; ``pending``, ``approved``…). A plain value that sorts correctly. What became of a held batch since (``applied``, ``dropped`` or ``forgotten``), else None.</extracomment>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Imported later</source>
            <translation>Importeret senere</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Slettet</translation>
        </message>
        <message>
            <source>Applied from the held batches.</source>
            <translation>Indlæst fra de tilbageholdte filer.</translation>
        </message>
        <message>
            <source>The laptop was revoked; the held batch was dropped.</source>
            <translation>Computeren blev tilbagekaldt; den tilbageholdte fil er slettet.</translation>
        </message>
        <message>
            <source>The laptop was forgotten; the held batch was deleted.</source>
            <translation>Computeren blev glemt; den tilbageholdte fil er slettet.</translation>
        </message>
        <message>
            <source>From the held batches: {counts}</source>
            <translation>Fra de tilbageholdte filer: {counts}</translation>
        </message>
        <message>
            <source>The office already has this batch; nothing changed.</source>
            <translation>Kontoret har allerede denne overførselsfil; intet er ændret.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>VINK Desktop is locked</source>
            <extracomment>A wall-clock jump beyond the monotonic clock larger than this means "woke from sleep". How often the sleep watchdog looks at the clocks.</extracomment>
            <translation>VINK Desktop er låst</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>VINK Desktop</source>
            <extracomment>The person asked to lock (Ctrl+L or File → Lock); the screen lock acts on it. Emitted by the screen lock just before drafts are saved and the vault closes. The settings dialog was accepted (a preference may have changed).</extracomment>
            <translation>VINK Desktop</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <extracomment>File → Import/Export records (ui.records_actions), installed with the views.</extracomment>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Lås nu (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;About VINK Desktop</source>
            <translation>&amp;Om VINK Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Værktøjslinje</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>The vault is open</source>
            <translation>Boksen er åben</translation>
        </message>
        <message>
            <source>No views are installed in this version yet. Your data is safe in the encrypted vault; lock with Ctrl+L when you leave the computer.</source>
            <translation>Denne version har endnu ingen visninger. Dine data er i sikkerhed i den krypterede boks; lås med Ctrl+L, når du går fra computeren.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Låst</translation>
        </message>
        <message>
            <source>Field vault</source>
            <translation>Feltboks</translation>
        </message>
        <message>
            <source>Office vault</source>
            <translation>Kontorboks</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Ulåst</translation>
        </message>
        <message>
            <source>About VINK Desktop</source>
            <translation>Om VINK Desktop</translation>
        </message>
        <message>
            <source>VINK Desktop {version}

Case records and progress for 1-1 mentoring and parent coaching, kept in an encrypted vault on this computer.

Copenhagen Municipality, VINK.</source>
            <translation>VINK Desktop {version}

Sagsnotater og progression for 1-1-mentorforløb og forældrecoaching, gemt i en krypteret boks på denne computer.

Københavns Kommune, VINK.</translation>
        </message>
        <message>
            <source>Courses</source>
            <extracomment>The application property the views read to choose framework texts (see course_texts). Registers the views on a new main window; replaced in tests.</extracomment>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Succeskriterier</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Bekymringshenvendelser</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>Udadrettede aktiviteter</translation>
        </message>
        <message>
            <source>Batch import</source>
            <translation>Import af overførselsfiler</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <source>Sync with the office</source>
            <translation>Synkronisering med kontoret</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>Ny adgangskode</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Gentag den nye adgangskode</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Ny adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Gentag den:</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>De to adgangskoder er ikke ens.</translation>
        </message>
    </context>
    <context>
        <name>OfficeHelpWidget</name>
        <message>
            <source>Get help from the office</source>
            <translation>Få hjælp fra kontoret</translation>
        </message>
        <message>
            <source>If the passphrase is forgotten and the recovery key is lost too, the office can give the vault back. First save a request file here and call the office. When the office has sent you its answer, open it here.</source>
            <translation>Har du glemt adgangskoden og også mistet gendannelsesnøglen, kan kontoret give dig boksen tilbage. Gem først en anmodningsfil her, og ring til kontoret. Når kontoret har sendt dig sit svar, åbner du det her.</translation>
        </message>
        <message>
            <source>&amp;Save the request file…</source>
            <translation>&amp;Gem anmodningsfilen…</translation>
        </message>
        <message>
            <source>&amp;Open the office's answer…</source>
            <translation>&amp;Åbn kontorets svar…</translation>
        </message>
        <message>
            <source>1. Call the office and read out this laptop's fingerprint, group by group.
2. Send the request file to the office on a USB stick or by secure mail.
3. The office sends an answer file back and reads a one-time key out to you on the phone. Then open the answer here.</source>
            <translation>1. Ring til kontoret, og læs computerens fingeraftryk op, gruppe for gruppe.
2. Send anmodningsfilen til kontoret på en USB-nøgle eller med sikker mail.
3. Kontoret sender en svarfil tilbage og læser en engangsnøgle op for dig i telefonen. Åbn så svaret her.</translation>
        </message>
        <message>
            <source>This laptop's fingerprint:</source>
            <translation>Computerens fingeraftryk:</translation>
        </message>
        <message>
            <source>This laptop's fingerprint</source>
            <translation>Denne computers fingeraftryk</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Tilbage</translation>
        </message>
        <message>
            <source>Recover with the office's answer</source>
            <translation>Gendan med kontorets svar</translation>
        </message>
        <message>
            <source>Type the one-time key the office read out to you (nine groups of four characters), and choose a new passphrase. You then get a new recovery key to write down; the old one stops working.</source>
            <translation>Skriv den engangsnøgle, kontoret læste op for dig (ni grupper med fire tegn), og vælg en ny adgangskode. Du får så en ny gendannelsesnøgle, som du skal skrive ned; den gamle holder op med at virke.</translation>
        </message>
        <message>
            <source>Answer file:</source>
            <translation>Svarfil:</translation>
        </message>
        <message>
            <source>One-time key</source>
            <translation>Engangsnøgle</translation>
        </message>
        <message>
            <source>One-time &amp;key:</source>
            <translation>&amp;Engangsnøgle:</translation>
        </message>
        <message>
            <source>Recover and &amp;set the new passphrase</source>
            <translation>Gendan, og &amp;sæt den nye adgangskode</translation>
        </message>
        <message>
            <source>Recovering</source>
            <translation>Gendanner</translation>
        </message>
        <message>
            <source>Write down your new recovery key</source>
            <translation>Skriv din nye gendannelsesnøgle ned</translation>
        </message>
        <message>
            <source>The vault has a new passphrase and a new recovery key. If you forget the passphrase again, this key is the way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once. Then delete the answer file and throw away any note of the one-time key.</source>
            <translation>Boksen har fået en ny adgangskode og en ny gendannelsesnøgle. Glemmer du adgangskoden igen, er denne nøgle vejen ind i boksen. Skriv den på papir nu, og opbevar papiret sikkert, væk fra computeren. Den vises kun denne ene gang. Slet derefter svarfilen, og smid enhver note om engangsnøglen væk.</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery key down and keep it safe</source>
            <translation>Jeg har &amp;skrevet gendannelsesnøglen ned og opbevarer den sikkert</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Fortsæt</translation>
        </message>
        <message>
            <source>Save the recovery request</source>
            <translation>Gem anmodningen om gendannelse</translation>
        </message>
        <message>
            <source>Recovery requests (*{suffix})</source>
            <translation>Anmodninger om gendannelse (*{suffix})</translation>
        </message>
        <message>
            <source>The request is saved as {file}.</source>
            <translation>Anmodningen er gemt som {file}.</translation>
        </message>
        <message>
            <source>Open the office's answer</source>
            <translation>Åbn kontorets svar</translation>
        </message>
        <message>
            <source>Answers from the office (*{suffix})</source>
            <translation>Svar fra kontoret (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>OfficeRecoveryActions</name>
        <message>
            <source>&amp;Recovery answer for a laptop…</source>
            <translation>&amp;Gendannelsessvar til en computer…</translation>
        </message>
        <message>
            <source>Open a recovery request</source>
            <translation>Åbn en anmodning om gendannelse</translation>
        </message>
        <message>
            <source>Recovery requests (*{suffix})</source>
            <translation>Anmodninger om gendannelse (*{suffix})</translation>
        </message>
        <message>
            <source>Recovery answer for a laptop</source>
            <translation>Gendannelsessvar til en computer</translation>
        </message>
    </context>
    <context>
        <name>OfficeTexts</name>
        <message>
            <source>School</source>
            <translation>Skole</translation>
        </message>
        <message>
            <source>SSP</source>
            <translation>SSP</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Forælder</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Politi</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Socialforvaltning</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Ikke afgjort endnu</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>Rådgivning givet</translation>
        </message>
        <message>
            <source>Course opened</source>
            <translation>Forløb startet</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Henvist videre</translation>
        </message>
        <message>
            <source>No further action</source>
            <translation>Ingen videre handling</translation>
        </message>
        <message>
            <source>Within 24 h</source>
            <translation>Inden for 24 t</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>For sent</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overskredet</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Afventer</translation>
        </message>
        <message>
            <source>Training of front-line staff</source>
            <translation>Uddannelse af frontmedarbejdere</translation>
        </message>
        <message>
            <source>Parent network meeting</source>
            <translation>Forældrenetværksmøde</translation>
        </message>
        <message>
            <source>Pupil or youth-club dialogue</source>
            <translation>Dialog med elever eller i ungdomsklub</translation>
        </message>
        <message>
            <source>Talk to local police or SSP</source>
            <translation>Oplæg for lokalpoliti eller SSP</translation>
        </message>
        <message>
            <source>Front-line staff</source>
            <translation>Frontmedarbejdere</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Forældre</translation>
        </message>
        <message>
            <source>Pupils and youth-club members</source>
            <translation>Elever og ungdomsklubmedlemmer</translation>
        </message>
        <message>
            <source>Find that the dialogue gives them options</source>
            <translation>Oplever, at dialogen giver dem handlemuligheder</translation>
        </message>
        <message>
            <source>Feel able to help a young person</source>
            <translation>Oplever sig i stand til at hjælpe en ung</translation>
        </message>
        <message>
            <source>Yes, good service</source>
            <translation>Ja, god service</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Not answered / not involved</source>
            <translation>Intet svar / ikke involveret</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} t {minutes} min</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} t</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>{duration} tilbage</translation>
        </message>
        <message>
            <source>overdue by {duration}</source>
            <translation>overskredet med {duration}</translation>
        </message>
    </context>
    <context>
        <name>OpenCourseDialog</name>
        <message>
            <source>New course</source>
            <translation>Nyt forløb</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>&amp;Participant</source>
            <translation>&amp;Deltager</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltager</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Spor</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdato</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdato</translation>
        </message>
        <message>
            <source>Open course</source>
            <translation>Åbn forløb</translation>
        </message>
        <message>
            <source>Choose a participant.</source>
            <translation>Vælg en deltager.</translation>
        </message>
    </context>
    <context>
        <name>OutreachDialog</name>
        <message>
            <source>New outreach activity</source>
            <translation>Ny udadrettet aktivitet</translation>
        </message>
        <message>
            <source>&amp;Date held</source>
            <translation>Afholdt &amp;den</translation>
        </message>
        <message>
            <source>Date held</source>
            <translation>Afholdt den</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Vælg …</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Type aktivitet</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>&amp;Head count</source>
            <translation>Antal delta&amp;gere</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>D&amp;istrict</source>
            <translation>B&amp;ydel</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Held &amp;by</source>
            <translation>Afholdt &amp;af</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Afholdt af</translation>
        </message>
        <message>
            <source>&amp;Evaluation made</source>
            <translation>&amp;Evaluering foretaget</translation>
        </message>
        <message>
            <source>An evaluation was made</source>
            <translation>Der blev foretaget en evaluering</translation>
        </message>
        <message>
            <source>&amp;Answered</source>
            <translation>&amp;Besvarelser</translation>
        </message>
        <message>
            <source>How many answered the evaluation</source>
            <translation>Antal, der besvarede evalueringen</translation>
        </message>
        <message>
            <source>Of them &amp;positive</source>
            <translation>Heraf &amp;positive</translation>
        </message>
        <message>
            <source>How many of them answered yes</source>
            <translation>Antal af dem, der svarede ja</translation>
        </message>
        <message>
            <source>Record activity</source>
            <translation>Registrér aktivitet</translation>
        </message>
        <message>
            <source>Positive means: {question}.</source>
            <translation>Positiv betyder: {question}.</translation>
        </message>
        <message>
            <source>Choose the kind of activity.</source>
            <translation>Vælg typen af aktivitet.</translation>
        </message>
    </context>
    <context>
        <name>OutreachModel</name>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Besvarelser</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Afholdt af</translation>
        </message>
        <message>
            <source>How many answered the evaluation</source>
            <translation>Antal, der besvarede evalueringen</translation>
        </message>
        <message>
            <source>Staff and parents: feel able to help a young person. Young people: find that the dialogue gives them options.</source>
            <translation>Frontmedarbejdere og forældre: oplever sig i stand til at hjælpe en ung. Unge: oplever, at dialogen giver dem handlemuligheder.</translation>
        </message>
        <message>
            <source>Positive answers out of those who answered</source>
            <translation>Positive svar ud af dem, der svarede</translation>
        </message>
    </context>
    <context>
        <name>OutreachView</name>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;År</translation>
        </message>
        <message>
            <source>Year held</source>
            <translation>År afholdt</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Type aktivitet</translation>
        </message>
        <message>
            <source>Outreach activities</source>
            <translation>Udadrettede aktiviteter</translation>
        </message>
        <message>
            <source>&amp;New activity…</source>
            <translation>&amp;Ny aktivitet …</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alle år</translation>
        </message>
        <message>
            <source>{shown} activities. Head count: {staff} front-line staff, {parents} parents, {pupils} pupils and youth-club members.</source>
            <translation>{shown} aktiviteter. Deltagere: {staff} frontmedarbejdere, {parents} forældre, {pupils} elever og ungdomsklubmedlemmer.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>New participant</source>
            <extracomment>Copenhagen's districts (bydele), offered in the district field; any text is allowed. The draft key of the dialog adding a new participant (it edits no existing one).</extracomment>
            <translation>Ny deltager</translation>
        </message>
        <message>
            <source>The code is a pseudonym: it is all the office sees. Do not use the person's name or initials in it.</source>
            <translation>Koden er et pseudonym: det er alt, kontoret ser. Brug ikke personens navn eller initialer i den.</translation>
        </message>
        <message>
            <source>Pseudonym &amp;code</source>
            <translation>Pseudonym&amp;kode</translation>
        </message>
        <message>
            <source>Pseudonym code</source>
            <translation>Pseudonymkode</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind of participant</source>
            <translation>Deltagertype</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Ikke oplyst</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>&amp;Fødselsår</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Fødselsår</translation>
        </message>
        <message>
            <source>&amp;District</source>
            <translation>&amp;Bydel</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>&amp;Henvist af</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Henvist af</translation>
        </message>
        <message>
            <source>Parent of</source>
            <translation>Forælder til</translation>
        </message>
        <message>
            <source>Type part of a code</source>
            <translation>Skriv en del af en kode</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Søg</translation>
        </message>
        <message>
            <source>Find a young person</source>
            <translation>Find en ung</translation>
        </message>
        <message>
            <source>&amp;Young people</source>
            <translation>&amp;Unge</translation>
        </message>
        <message>
            <source>Young people this parent is a parent of</source>
            <translation>Unge, som denne forælder er forælder til</translation>
        </message>
        <message>
            <source>Stays on this laptop (never sent to the office)</source>
            <translation>Bliver på denne computer (sendes aldrig til kontoret)</translation>
        </message>
        <message>
            <source>Optional. Kept encrypted in the vault on this laptop only.</source>
            <translation>Valgfrit. Gemmes kun krypteret i boksen på denne computer.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>Name (local only)</source>
            <translation>Navn (kun lokalt)</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>K&amp;ontakt</translation>
        </message>
        <message>
            <source>Contact details (local only)</source>
            <translation>Kontaktoplysninger (kun lokalt)</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Tilføj deltager</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>Progress chart</source>
            <translation>Udviklingsgraf</translation>
        </message>
        <message>
            <source>Progress in numbers</source>
            <translation>Udvikling i tal</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graf</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>No sessions yet: the chart fills in as sessions are rated</source>
            <translation>Ingen samtaler endnu: grafen fyldes ud, efterhånden som samtaler vurderes</translation>
        </message>
        <message>
            <source>Course score</source>
            <translation>Forløbsscore</translation>
        </message>
        <message>
            <source>Own view (0–100)</source>
            <translation>Egen vurdering (0–100)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Udgangspunkt</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Samtaledato</translation>
        </message>
        <message>
            <source>Score (100 = best)</source>
            <translation>Score (100 = bedst)</translation>
        </message>
        <message>
            <source>{count} sessions; the same numbers are in the Table tab.</source>
            <translation>{count} samtaler; de samme tal står under fanen Tabel.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Egen vurdering</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Acute concern</source>
            <translation>Akut bekymring</translation>
        </message>
        <message>
            <source>Not a complete assessment</source>
            <translation>Ikke en fuld vurdering</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Please wait</source>
            <extracomment>Operations still running, so neither they nor their Qt objects are collected mid-flight. Emitted last, after ``succeeded`` or ``failed``.</extracomment>
            <translation>Vent venligst</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>ReactionDialog</name>
        <message>
            <source>Reaction to a report of concern</source>
            <translation>Reaktion på en bekymringshenvendelse</translation>
        </message>
        <message>
            <source>Received {received} from {source}, about {about}. A first reaction is due by {deadline}.</source>
            <translation>Modtaget {received} fra {source}, om {about}. Første reaktion skal ske senest {deadline}.</translation>
        </message>
        <message>
            <source>{when}, by {worker} ({status})</source>
            <translation>{when}, af {worker} ({status})</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>Første reaktion</translation>
        </message>
        <message>
            <source>Reaction &amp;date</source>
            <translation>Reaktion &amp;dato</translation>
        </message>
        <message>
            <source>Date of reaction</source>
            <translation>Dato for reaktion</translation>
        </message>
        <message>
            <source>Reaction &amp;time (Copenhagen)</source>
            <translation>Reaktion &amp;klokken (dansk tid)</translation>
        </message>
        <message>
            <source>Time of the first reaction, Copenhagen time</source>
            <translation>Klokkeslæt for første reaktion, dansk tid</translation>
        </message>
        <message>
            <source>Reacted &amp;by</source>
            <translation>Reageret &amp;af</translation>
        </message>
        <message>
            <source>Reacted by</source>
            <translation>Reageret af</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Udfald</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Udfald</translation>
        </message>
        <message>
            <source>Save reaction</source>
            <translation>Gem reaktion</translation>
        </message>
        <message>
            <source>The reaction is recorded already; choose the outcome.</source>
            <translation>Reaktionen er allerede registreret; vælg udfaldet.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>RecordsActions</name>
        <message>
            <source>&amp;Import records…</source>
            <translation>&amp;Importér poster…</translation>
        </message>
        <message>
            <source>&amp;Export records (unencrypted)…</source>
            <translation>&amp;Eksportér poster (ukrypteret)…</translation>
        </message>
        <message>
            <source>Import records</source>
            <translation>Importér poster</translation>
        </message>
        <message>
            <source>Records files (*.json)</source>
            <translation>Postfiler (*.json)</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>Eksportér poster</translation>
        </message>
        <message>
            <source>The file will NOT be encrypted. Anyone who gets it can read the notes about the young people and parents. Names and contact details are left out.

Only export to a place you trust, and delete the file when you are done.</source>
            <translation>Filen bliver IKKE krypteret. Alle, der får fat i den, kan læse noterne om de unge og forældrene. Navne og kontaktoplysninger kommer ikke med.

Eksportér kun til et sted, du har tillid til, og slet filen, når du er færdig.</translation>
        </message>
        <message>
            <source>Records file (*.json);;Spreadsheet, one row per session (*.csv)</source>
            <translation>Postfil (*.json);;Regneark, én række pr. samtale (*.csv)</translation>
        </message>
        <message>
            <source>Importing records…</source>
            <translation>Importerer poster…</translation>
        </message>
        <message>
            <source>Exporting records…</source>
            <translation>Eksporterer poster…</translation>
        </message>
        <message>
            <source>Imported {sessions} sessions, {courses} courses and {participants} participants ({unchanged} already up to date).</source>
            <translation>Importerede {sessions} samtaler, {courses} forløb og {participants} deltagere ({unchanged} var allerede opdaterede).</translation>
        </message>
        <message>
            <source>Exported {sessions} sessions to {file}.</source>
            <translation>Eksporterede {sessions} samtaler til {file}.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Poster</translation>
        </message>
    </context>
    <context>
        <name>RecoveryAnswerDialog</name>
        <message>
            <source>Unknown: the office has received no batch from it</source>
            <translation>Ukendt: kontoret har ikke modtaget nogen overførselsfil fra den</translation>
        </message>
        <message>
            <source>Recovery answer for a laptop</source>
            <translation>Gendannelsessvar til en computer</translation>
        </message>
        <message>
            <source>A laptop asks for its vault back</source>
            <translation>En computer beder om at få sin boks tilbage</translation>
        </message>
        <message>
            <source>The laptop's user has forgotten the passphrase and lost the recovery key. Answer only when you are sure who is calling. Ask the caller to read out the laptop's fingerprint and compare it with these digits, group by group.</source>
            <translation>Computerens bruger har glemt adgangskoden og mistet gendannelsesnøglen. Svar kun, når du er sikker på, hvem der ringer. Bed den, der ringer, læse computerens fingeraftryk op, og sammenlign det med tallene her, gruppe for gruppe.</translation>
        </message>
        <message>
            <source>Vault:</source>
            <translation>Boks:</translation>
        </message>
        <message>
            <source>Laptop:</source>
            <translation>Computer:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>The laptop's fingerprint:</source>
            <translation>Computerens fingeraftryk:</translation>
        </message>
        <message>
            <source>The laptop's fingerprint</source>
            <translation>Computerens fingeraftryk</translation>
        </message>
        <message>
            <source>The laptop has turned up: answer &amp;anyway</source>
            <translation>Computeren er dukket op: svar &amp;alligevel</translation>
        </message>
        <message>
            <source>This laptop's key differs from the one the office has for it. The request cannot be answered: it may not come from that laptop.</source>
            <translation>Computerens nøgle er en anden end den, kontoret har for den. Anmodningen kan ikke besvares: den kommer måske ikke fra den computer.</translation>
        </message>
        <message>
            <source>The office has revoked this laptop. A revoked laptop is usually a lost one: answer only if it has turned up and you are sure who is calling.</source>
            <translation>Kontoret har tilbagekaldt denne computer. En tilbagekaldt computer er som regel en mistet computer: svar kun, hvis den er dukket op, og du er sikker på, hvem der ringer.</translation>
        </message>
        <message>
            <source>I compared every group by phone: the fingerprint &amp;matches</source>
            <translation>Jeg har sammenlignet hver gruppe i telefonen: fingeraftrykket st&amp;emmer</translation>
        </message>
        <message>
            <source>&amp;Write the answer…</source>
            <translation>&amp;Skriv svaret…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Read out the one-time key</source>
            <translation>Læs engangsnøglen op</translation>
        </message>
        <message>
            <source>Read this one-time key out to the laptop's user on the phone. Never write it down, mail it or send it in a message, and never with the answer file. It is shown only this once.</source>
            <translation>Læs engangsnøglen op for computerens bruger i telefonen. Skriv den aldrig ned, send den aldrig med mail eller i en besked, og aldrig sammen med svarfilen. Den vises kun denne ene gang.</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Færdig</translation>
        </message>
        <message>
            <source>Save the answer</source>
            <translation>Gem svaret</translation>
        </message>
        <message>
            <source>Answers to a recovery request (*{suffix})</source>
            <translation>Svar på en anmodning om gendannelse (*{suffix})</translation>
        </message>
        <message>
            <source>The answer is saved as {file}. Send it to the laptop on a USB stick or by secure mail.</source>
            <translation>Svaret er gemt som {file}. Send det til computeren på en USB-nøgle eller med sikker mail.</translation>
        </message>
        <message>
            <source>One-time key</source>
            <translation>Engangsnøgle</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyView</name>
        <message>
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>The disk is full, so the report was not written. Free some space, or choose another place, and try again.</source>
            <translation>Disken er fuld, så rapporten blev ikke gemt. Frigør plads, eller vælg et andet sted, og prøv igen.</translation>
        </message>
        <message>
            <source>The PDF could not be written completely, so it was not kept. Check that the disk is not full, and try again.</source>
            <translation>PDF-filen kunne ikke skrives færdig, så den er ikke gemt. Tjek, at disken ikke er fuld, og prøv igen.</translation>
        </message>
        <message>
            <source>You may not write to the folder {folder}. Choose another folder.</source>
            <translation>Du har ikke lov til at gemme i mappen {folder}. Vælg en anden mappe.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation>Mappen {folder} findes ikke. Vælg en anden mappe.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give the report a file name.</source>
            <translation>{path} er en mappe. Giv rapporten et filnavn.</translation>
        </message>
        <message>
            <source>The report could not be written to {path}. Check that you may write there, and try again.</source>
            <translation>Rapporten kunne ikke gemmes i {path}. Tjek, at du har lov til at gemme der, og prøv igen.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; no report was written. If it happens again, contact the office.</source>
            <translation>Noget uventet gik galt; der er ikke gemt nogen rapport. Kontakt kontoret, hvis det sker igen.</translation>
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message>
            <source>Yearly report</source>
            <translation>Årsrapport</translation>
        </message>
        <message>
            <source>The yearly report to the city: the success criteria for the whole programme, in Danish. It holds no names and no pseudonyms; counts under 5 are shown as “&lt;5”. The dashboard's track, worker and district filters do not apply.</source>
            <translation>Årsrapporten til kommunen: succeskriterierne for hele indsatsen, på dansk. Den indeholder ingen navne og ingen pseudonymer; antal under 5 vises som “&lt;5”. Oversigtens filtre for spor, medarbejder og bydel gælder ikke for den.</translation>
        </message>
        <message>
            <source>This is a field vault: the report covers only the records in it, not the office's.</source>
            <translation>Dette er en feltboks: rapporten dækker kun registreringerne i den, ikke kontorets.</translation>
        </message>
        <message>
            <source>Year of the report</source>
            <translation>Rapportens år</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>&amp;PDF, for the city council</source>
            <translation>&amp;PDF, til Borgerrepræsentationen</translation>
        </message>
        <message>
            <source>&amp;CSV, for statistics</source>
            <translation>&amp;CSV, til statistik</translation>
        </message>
        <message>
            <source>&amp;JSON, the same figures as data</source>
            <translation>&amp;JSON, de samme tal som data</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fil, der skal gemmes</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Gennemse…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Write report</source>
            <translation>Gem &amp;rapport</translation>
        </message>
        <message>
            <source>vink-yearly-report-{year}</source>
            <translation>vink-aarsrapport-{year}</translation>
        </message>
        <message>
            <source>Save the yearly report</source>
            <translation>Gem årsrapporten</translation>
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation>Vælg, hvor rapporten skal gemmes.</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>Writing the yearly report as a PDF…</source>
            <extracomment>(path, format) of a report that was written. The error, in words, of a report that was not written.</extracomment>
            <translation>Gemmer årsrapporten som PDF…</translation>
        </message>
    </context>
    <context>
        <name>ServiceEvaluationDialog</name>
        <message>
            <source>Service evaluation</source>
            <extracomment>The bodies asked about, in the order the success criterion names them. The evaluation was saved: the course id.</extracomment>
            <translation>Serviceevaluering</translation>
        </message>
        <message>
            <source>The course of {code} is closed. Ask the parent: in this case, did you experience good service from SSP, from VINK and from DKA?</source>
            <translation>Forløbet for {code} er afsluttet. Spørg forælderen: Har du i denne sag oplevet god service fra SSP, fra VINK og fra DKA?</translation>
        </message>
        <message>
            <source>The course of {code} is closed. Ask the young person: in this case, did you experience good service from SSP, from VINK and from DKA?</source>
            <translation>Forløbet for {code} er afsluttet. Spørg den unge: Har du i denne sag oplevet god service fra SSP, fra VINK og fra DKA?</translation>
        </message>
        <message>
            <source>&amp;SSP</source>
            <translation>&amp;SSP</translation>
        </message>
        <message>
            <source>Good service from SSP</source>
            <translation>God service fra SSP</translation>
        </message>
        <message>
            <source>&amp;VINK</source>
            <translation>&amp;VINK</translation>
        </message>
        <message>
            <source>Good service from VINK</source>
            <translation>God service fra VINK</translation>
        </message>
        <message>
            <source>&amp;DKA (the police's crime prevention unit)</source>
            <translation>&amp;DKA (politiets kriminalpræventive afdeling)</translation>
        </message>
        <message>
            <source>Good service from DKA</source>
            <translation>God service fra DKA</translation>
        </message>
        <message>
            <source>&amp;Evaluated on</source>
            <translation>&amp;Evalueret den</translation>
        </message>
        <message>
            <source>Date of the evaluation</source>
            <translation>Dato for evalueringen</translation>
        </message>
        <message>
            <source>Save evaluation</source>
            <translation>Gem evaluering</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ikke nu</translation>
        </message>
        <message>
            <source>This course already has a service evaluation ({date}).</source>
            <translation>Forløbet har allerede en serviceevaluering ({date}).</translation>
        </message>
    </context>
    <context>
        <name>SessionDraft</name>
        <message>
            <source>Changed; the draft is saved as you type</source>
            <extracomment>How long after the last keystroke a draft is written.</extracomment>
            <translation>Ændret; kladden gemmes, mens du skriver</translation>
        </message>
        <message>
            <source>Draft saved {time}</source>
            <translation>Kladde gemt {time}</translation>
        </message>
        <message>
            <source>Unsaved draft restored</source>
            <translation>Ikke-gemt kladde hentet frem</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>New session: {code} · {track}</source>
            <extracomment>The id of the session that was saved.</extracomment>
            <translation>Ny samtale: {code} · {track}</translation>
        </message>
        <message>
            <source>Edit session: {code} · {track}</source>
            <translation>Redigér samtale: {code} · {track}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Close without saving; the draft is discarded</source>
            <translation>Luk uden at gemme; kladden kasseres</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Gem samtale</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Gem (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>When and how</source>
            <translation>Hvornår og hvordan</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Dato</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>T&amp;ime (Copenhagen)</source>
            <translation>&amp;Tidspunkt (København)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>&amp;Varighed</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>&amp;Kind of contact</source>
            <translation>&amp;Kontaktform</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Kontaktform</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Noter</translation>
        </message>
        <message>
            <source>The participant's own view</source>
            <translation>Deltagerens egen vurdering</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Ikke spurgt</translation>
        </message>
        <message>
            <source>&amp;Own view</source>
            <translation>&amp;Egen vurdering</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Egen vurdering</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>&amp;Follow-up agreed</source>
            <translation>&amp;Opfølgning aftalt</translation>
        </message>
        <message>
            <source>&amp;Acute concern: act now under the acute procedure</source>
            <translation>&amp;Akut bekymring: handl nu efter den akutte procedure</translation>
        </message>
        <message>
            <source>Acute concern</source>
            <translation>Akut bekymring</translation>
        </message>
    </context>
    <context>
        <name>SessionTimelineModel</name>
        <message>
            <source>Date and time</source>
            <extracomment>Domain columns follow from 3; then the course score, own view, acute, notes.</extracomment>
            <translation>Dato og tid</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutter</translation>
        </message>
        <message>
            <source>Course score</source>
            <translation>Forløbsscore</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Egen vurdering</translation>
        </message>
        <message>
            <source>Acute</source>
            <translation>Akut</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Language</source>
            <extracomment>The English label, marked with QT_TRANSLATE_NOOP("Settings", …); see :meth:`title`.</extracomment>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Lås efter inaktivitet</translation>
        </message>
        <message>
            <source>Window position and size</source>
            <translation>Vinduets placering og størrelse</translation>
        </message>
        <message>
            <source>Toolbar and dock layout</source>
            <translation>Værktøjslinjer og paneler</translation>
        </message>
        <message>
            <source>Last vault folder</source>
            <translation>Senest brugte boksmappe</translation>
        </message>
        <message>
            <source>Folder for batch files</source>
            <translation>Mappe til overførselsfiler</translation>
        </message>
        <message>
            <source>Warn when changes wait longer than (days)</source>
            <extracomment>The warning's number of days; kept in QSettings.</extracomment>
            <translation>Advar, når ændringer venter længere end (dage)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <extracomment>Every preference, for the dialog and for tests. Emitted after the passphrase was changed (the dialog stays open).</extracomment>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dansk</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprog:</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation type="vanished">Et nyt sprog bruges fra næste start.</translation>
        </message>
        <message>
            <source>A new language is used at once, when you press OK.</source>
            <translation>Et nyt sprog bruges med det samme, når du trykker OK.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>Lock &amp;after idle time:</source>
            <translation>Lås &amp;efter inaktivitet:</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Skift adgangskode</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Nuværende adgangskode</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>Nu&amp;værende adgangskode:</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>S&amp;kift adgangskode</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>Boks</translation>
        </message>
        <message>
            <source>Field (mentor or parent coach)</source>
            <translation>Felt (mentor eller forældrecoach)</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kontor</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Mappe:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Key derivation memory:</source>
            <translation>Hukommelse til nøgleafledning:</translation>
        </message>
        <message>
            <source>{mib} MiB</source>
            <translation>{mib} MiB</translation>
        </message>
        <message>
            <source>{kib} KiB</source>
            <translation>{kib} KiB</translation>
        </message>
        <message>
            <source>Key derivation passes:</source>
            <translation>Gennemløb ved nøgleafledning:</translation>
        </message>
        <message>
            <source>Key derivation lanes:</source>
            <translation>Parallelle spor ved nøgleafledning:</translation>
        </message>
        <message>
            <source>Database version:</source>
            <translation>Databaseversion:</translation>
        </message>
        <message>
            <source>SQLCipher:</source>
            <translation>SQLCipher:</translation>
        </message>
        <message>
            <source>The passphrase is stretched with Argon2id using these parameters; they were measured on this computer when the vault was created.</source>
            <translation>Adgangskoden styrkes med Argon2id med disse parametre; de blev målt på denne computer, da boksen blev oprettet.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Skifter adgangskoden…</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Adgangskoden er skiftet.</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <source>VINK Desktop</source>
            <translation>VINK Desktop</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <extracomment>The shortest passphrase accepted (the command line asks the same). Strength steps: 0 too short, 1 weak, 2 fair, 3 good, 4 strong.</extracomment>
            <translation>Adgangskodens styrke</translation>
        </message>
        <message>
            <source>Too short: at least 10 characters</source>
            <translation>For kort: mindst 10 tegn</translation>
        </message>
        <message>
            <source>Weak: make it longer</source>
            <translation>Svag: gør den længere</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Rimelig</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>God</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stærk</translation>
        </message>
        <message>
            <source>At least 10 characters; a sentence is good</source>
            <translation>Mindst 10 tegn; en hel sætning er god</translation>
        </message>
    </context>
    <context>
        <name>SyncImportView</name>
        <message>
            <source>Import batches from field laptops</source>
            <extracomment>The import in flight or last run (tests wait on it).</extracomment>
            <translation>Importér overførselsfiler fra feltcomputere</translation>
        </message>
        <message>
            <source>Choose the batch files the laptops wrote, or a folder of them, or drag them here. Each file gets a result below. A batch is applied whole or not at all.</source>
            <translation>Vælg de overførselsfiler, computerne har skrevet, eller en mappe med dem, eller træk dem herind. Hver fil får et resultat nedenfor. En overførselsfil indlæses helt eller slet ikke.</translation>
        </message>
        <message>
            <source>Import a f&amp;older…</source>
            <translation>Importér en &amp;mappe…</translation>
        </message>
        <message>
            <source>Import &amp;files…</source>
            <translation>Importér &amp;filer…</translation>
        </message>
        <message>
            <source>Write &amp;receipts…</source>
            <translation>Skriv &amp;kvitteringer…</translation>
        </message>
        <message>
            <source>A signed receipt for each approved laptop, to take back to it.</source>
            <translation>En signeret kvittering til hver godkendt computer, som bringes tilbage til den.</translation>
        </message>
        <message>
            <source>Export office &amp;identity…</source>
            <translation>Eksportér kontorets &amp;identitet…</translation>
        </message>
        <message>
            <source>The file laptops enroll with (public keys only).</source>
            <translation>Filen, computerne tilmeldes med (kun offentlige nøgler).</translation>
        </message>
        <message>
            <source>Drop .vinkbatch files or a folder here</source>
            <translation>Slip .vinkbatch-filer eller en mappe her</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importens fremskridt</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v af %m filer</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Annuller import</translation>
        </message>
        <message>
            <source>Re&amp;sults:</source>
            <translation>&amp;Resultater:</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Importresultater</translation>
        </message>
        <message>
            <source>This office's fingerprint (read it out when a laptop enrolls):</source>
            <translation>Dette kontors fingeraftryk (læs det op, når en computer tilmeldes):</translation>
        </message>
        <message>
            <source>This office's fingerprint</source>
            <translation>Dette kontors fingeraftryk</translation>
        </message>
        <message>
            <source>Import a folder of batches</source>
            <translation>Importér en mappe med overførselsfiler</translation>
        </message>
        <message>
            <source>Import batch files</source>
            <translation>Importér overførselsfiler</translation>
        </message>
        <message>
            <source>Batch files (*.vinkbatch);;All files (*)</source>
            <translation>Overførselsfiler (*.vinkbatch);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerer…</translation>
        </message>
        <message>
            <source>Stopping after the current file…</source>
            <translation>Stopper efter den aktuelle fil…</translation>
        </message>
        <message>
            <source>No batch files were found there.</source>
            <translation>Der blev ikke fundet nogen overførselsfiler dér.</translation>
        </message>
        <message>
            <source>The import was cancelled: the files not reached were left untouched.</source>
            <translation>Importen blev annulleret: de filer, den ikke nåede, er ikke rørt.</translation>
        </message>
        <message>
            <source>{count} imported</source>
            <translation>{count} importeret</translation>
        </message>
        <message>
            <source>{count} already imported</source>
            <translation>{count} allerede importeret</translation>
        </message>
        <message>
            <source>{count} held</source>
            <translation>{count} tilbageholdt</translation>
        </message>
        <message>
            <source>{count} refused</source>
            <translation>{count} afvist</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 fil</translation>
        </message>
        <message>
            <source>{count} files</source>
            <translation>{count} filer</translation>
        </message>
        <message>
            <source>{files}: {results}.</source>
            <translation>{files}: {results}.</translation>
        </message>
        <message>
            <source>none handled</source>
            <translation>ingen behandlet</translation>
        </message>
        <message>
            <source>Write the receipts to</source>
            <translation>Skriv kvitteringerne til</translation>
        </message>
        <message>
            <source>Wrote 1 receipt to {folder}. Take it back to its laptop.</source>
            <translation>Skrev 1 kvittering til {folder}. Bring den tilbage til dens computer.</translation>
        </message>
        <message>
            <source>Wrote {count} receipts to {folder}. Take each one back to its laptop.</source>
            <translation>Skrev {count} kvitteringer til {folder}. Bring hver af dem tilbage til dens computer.</translation>
        </message>
        <message>
            <source>No laptop is approved yet, so no receipt was written.</source>
            <translation>Ingen computer er godkendt endnu, så der blev ikke skrevet nogen kvittering.</translation>
        </message>
        <message>
            <source>Export the office identity</source>
            <translation>Eksportér kontorets identitet</translation>
        </message>
        <message>
            <source>Office identity (*.vinkoffice)</source>
            <translation>Kontorets identitet (*.vinkoffice)</translation>
        </message>
        <message>
            <source>The office identity was written to {file}. Give it to the field workers; when one enrolls, read this office's fingerprint out to them.</source>
            <translation>Kontorets identitet er skrevet til {file}. Giv den til feltmedarbejderne; når en af dem tilmelder sig, så læs dette kontors fingeraftryk op for vedkommende.</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Sync with the office</source>
            <extracomment>Goes up on every lock, so an operation finishing afterwards is ignored. The export in flight or last run (tests wait on it).</extracomment>
            <translation>Synkronisering med kontoret</translation>
        </message>
        <message>
            <source>Send changes to the office</source>
            <translation>Send ændringer til kontoret</translation>
        </message>
        <message>
            <source>Batch files are encrypted for the office and signed by this laptop. Write them to a network share or a USB stick and take them to the office.</source>
            <translation>Overførselsfiler krypteres til kontoret og signeres af denne computer. Gem dem på et netværksdrev eller en USB-nøgle, og bring dem til kontoret.</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>Ingen mappe valgt endnu</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Eksportmappe</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <source>Choose the export folder</source>
            <translation>Vælg eksportmappen</translation>
        </message>
        <message>
            <source>Export &amp;folder:</source>
            <translation>Eksport&amp;mappe:</translation>
        </message>
        <message>
            <source>&amp;Export changes</source>
            <translation>&amp;Eksportér ændringer</translation>
        </message>
        <message>
            <source>Write unconfirmed batches &amp;again</source>
            <translation>Skriv ubekræftede filer &amp;igen</translation>
        </message>
        <message>
            <source>For a file that was lost on the way: the same batches, byte for byte.</source>
            <translation>Til en fil, der er gået tabt undervejs: de samme overførselsfiler, byte for byte.</translation>
        </message>
        <message>
            <source>Files wri&amp;tten:</source>
            <translation>&amp;Skrevne filer:</translation>
        </message>
        <message>
            <source>Files written</source>
            <translation>Skrevne filer</translation>
        </message>
        <message>
            <source>Receipt from the office</source>
            <translation>Kvittering fra kontoret</translation>
        </message>
        <message>
            <source>After an import the office writes a receipt for each laptop. Import it here: the changes it confirms are safe at the office.</source>
            <translation>Efter en import skriver kontoret en kvittering til hver computer. Importér den her: de ændringer, den bekræfter, er i sikkerhed på kontoret.</translation>
        </message>
        <message>
            <source>Import &amp;receipt…</source>
            <translation>Importér &amp;kvittering…</translation>
        </message>
        <message>
            <source>Fingerprints</source>
            <translation>Fingeraftryk</translation>
        </message>
        <message>
            <source>Compare them by phone with the office: read this laptop's fingerprint out to the supervisor, and check that the office's fingerprint is the one the supervisor reads out.</source>
            <translation>Sammenlign dem i telefonen med kontoret: læs denne computers fingeraftryk op for supervisoren, og tjek, at kontorets fingeraftryk er det, supervisoren læser op.</translation>
        </message>
        <message>
            <source>The office's fingerprint</source>
            <translation>Kontorets fingeraftryk</translation>
        </message>
        <message>
            <source>The &amp;office's fingerprint:</source>
            <translation>K&amp;ontorets fingeraftryk:</translation>
        </message>
        <message>
            <source>This laptop's fingerprint</source>
            <translation>Denne computers fingeraftryk</translation>
        </message>
        <message>
            <source>This &amp;laptop's fingerprint:</source>
            <translation>Denne &amp;computers fingeraftryk:</translation>
        </message>
        <message>
            <source>E&amp;nroll with an office identity file…</source>
            <translation>Tilmel&amp;d med kontorets identitetsfil…</translation>
        </message>
        <message>
            <source>Writing batch files…</source>
            <translation>Skriver overførselsfiler…</translation>
        </message>
        <message>
            <source>{file} ({records} records)</source>
            <translation>{file} ({records} poster)</translation>
        </message>
        <message>
            <source>Wrote 1 unconfirmed batch file again to the export folder.</source>
            <translation>Skrev 1 ubekræftet overførselsfil igen til eksportmappen.</translation>
        </message>
        <message>
            <source>Wrote {count} unconfirmed batch files again to the export folder.</source>
            <translation>Skrev {count} ubekræftede overførselsfiler igen til eksportmappen.</translation>
        </message>
        <message>
            <source>Wrote 1 batch file to the export folder. Take it to the office.</source>
            <translation>Skrev 1 overførselsfil til eksportmappen. Bring den til kontoret.</translation>
        </message>
        <message>
            <source>Wrote {count} batch files to the export folder. Take them to the office.</source>
            <translation>Skrev {count} overførselsfiler til eksportmappen. Bring dem til kontoret.</translation>
        </message>
        <message>
            <source>Every batch is confirmed; there is nothing to write again.</source>
            <translation>Alle overførselsfiler er bekræftet; der er intet at skrive igen.</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export; no file was written.</source>
            <translation>Intet er ændret siden seneste eksport; der blev ikke skrevet nogen fil.</translation>
        </message>
        <message>
            <source>Import a receipt</source>
            <translation>Importér en kvittering</translation>
        </message>
        <message>
            <source>Receipts (*.vinkreceipt);;All files (*)</source>
            <translation>Kvitteringer (*.vinkreceipt);;Alle filer (*)</translation>
        </message>
        <message>
            <source>This receipt was imported before; nothing changed.</source>
            <translation>Kvitteringen er importeret før; intet er ændret.</translation>
        </message>
        <message>
            <source>Receipt accepted: the office has every batch up to number {number}.</source>
            <translation>Kvitteringen er godkendt: kontoret har alle overførselsfiler til og med nr. {number}.</translation>
        </message>
        <message>
            <source>1 batch is now confirmed.</source>
            <translation>1 overførselsfil er nu bekræftet.</translation>
        </message>
        <message>
            <source>{count} batches are now confirmed.</source>
            <translation>{count} overførselsfiler er nu bekræftet.</translation>
        </message>
        <message>
            <source>Enroll with an office identity file</source>
            <translation>Tilmeld med kontorets identitetsfil</translation>
        </message>
        <message>
            <source>Office identity (*.vinkoffice);;All files (*)</source>
            <translation>Kontorets identitet (*.vinkoffice);;Alle filer (*)</translation>
        </message>
        <message>
            <source>This laptop is already enrolled with this office; nothing changed.</source>
            <translation>Computeren er allerede tilmeldt dette kontor; intet er ændret.</translation>
        </message>
        <message>
            <source>Enrolled. Now read this laptop's fingerprint out to the supervisor, who approves the laptop when its first batch arrives.</source>
            <translation>Tilmeldt. Læs nu denne computers fingeraftryk op for supervisoren, som godkender computeren, når dens første overførselsfil kommer.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBox</name>
        <message>
            <source>What is safe at the office</source>
            <translation>Hvad kontoret har modtaget</translation>
        </message>
        <message>
            <source>&amp;Warn when changes wait longer than</source>
            <translation>&amp;Advar, når ændringer venter længere end</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <source>Confirmed at the office up to {time}.</source>
            <translation>Bekræftet af kontoret op til {time}.</translation>
        </message>
        <message>
            <source>Nothing is confirmed at the office yet.</source>
            <translation>Kontoret har endnu ikke bekræftet noget.</translation>
        </message>
        <message>
            <source>Last export: {export}. Last receipt: {receipt}.</source>
            <translation>Seneste eksport: {export}. Seneste kvittering: {receipt}.</translation>
        </message>
        <message>
            <source>The office is waiting for an earlier batch before it can apply batches {numbers}. Use “Write unconfirmed batches again” and take all the files to the office.</source>
            <translation>Kontoret venter på en tidligere overførselsfil, før det kan indlæse nr. {numbers}. Brug “Skriv ubekræftede filer igen”, og bring alle filerne til kontoret.</translation>
        </message>
        <message>
            <source>Changes have waited more than {days} days for the office's receipt. Export them, take the files to the office, and import the receipt you get back.</source>
            <translation>Ændringer har ventet mere end {days} dage på kontorets kvittering. Eksportér dem, bring filerne til kontoret, og importér den kvittering, du får tilbage.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with an office yet. Ask the office for its identity file and enroll with it below.</source>
            <translation>Computeren er endnu ikke tilmeldt et kontor. Bed kontoret om dets identitetsfil, og tilmeld computeren med den nedenfor.</translation>
        </message>
        <message>
            <source>Every change is confirmed at the office.</source>
            <translation>Alle ændringer er bekræftet af kontoret.</translation>
        </message>
        <message>
            <source>1 change is not yet confirmed by the office; it is {age} old.</source>
            <translation>1 ændring er endnu ikke bekræftet af kontoret; den er {age} gammel.</translation>
        </message>
        <message>
            <source>{count} changes are not yet confirmed by the office; the oldest is {age} old.</source>
            <translation>{count} ændringer er endnu ikke bekræftet af kontoret; den ældste er {age} gammel.</translation>
        </message>
        <message>
            <source>1 of them is not exported yet.</source>
            <translation>1 af dem er endnu ikke eksporteret.</translation>
        </message>
        <message>
            <source>{count} of them are not exported yet.</source>
            <translation>{count} af dem er endnu ikke eksporteret.</translation>
        </message>
    </context>
    <context>
        <name>SyncText</name>
        <message>
            <source>Imported</source>
            <translation>Importeret</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Allerede importeret</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tilbageholdt</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Afvist</translation>
        </message>
        <message>
            <source>The laptop is not approved yet. Compare its fingerprint and approve it; the batch is kept and applied then.</source>
            <translation>Computeren er ikke godkendt endnu. Sammenlign dens fingeraftryk, og godkend den; filen gemmes og indlæses derefter.</translation>
        </message>
        <message>
            <source>An earlier batch from this laptop is missing. The batch is kept and applied when the missing one arrives.</source>
            <translation>En tidligere overførselsfil fra denne computer mangler. Filen gemmes og indlæses, når den manglende kommer.</translation>
        </message>
        <message>
            <source>The file is damaged or cut short. Nothing from it was applied. Ask for the file again.</source>
            <translation>Filen er beskadiget eller afkortet. Intet fra den er indlæst. Bed om filen igen.</translation>
        </message>
        <message>
            <source>The file is too large to be a batch. Nothing was applied.</source>
            <translation>Filen er for stor til at være en overførselsfil. Intet er indlæst.</translation>
        </message>
        <message>
            <source>The file could not be read. Check that it is still there.</source>
            <translation>Filen kunne ikke læses. Tjek, at den stadig findes.</translation>
        </message>
        <message>
            <source>The file is not a VINK batch file. Nothing was applied.</source>
            <translation>Filen er ikke en VINK-overførselsfil. Intet er indlæst.</translation>
        </message>
        <message>
            <source>The batch was written by a newer version of VINK Desktop. Update the program here, then import it again.</source>
            <translation>Overførselsfilen er skrevet af en nyere version af VINK Desktop. Opdatér programmet her, og importér den så igen.</translation>
        </message>
        <message>
            <source>The batch uses an encryption this version does not know. Update the program here.</source>
            <translation>Overførselsfilen bruger en kryptering, denne version ikke kender. Opdatér programmet her.</translation>
        </message>
        <message>
            <source>The batch holds records in a newer format. Update the program here, then import it again.</source>
            <translation>Overførselsfilen indeholder poster i et nyere format. Opdatér programmet her, og importér den så igen.</translation>
        </message>
        <message>
            <source>The batch is meant for another office. The laptop is enrolled with another office's identity file.</source>
            <translation>Overførselsfilen er beregnet til et andet kontor. Computeren er tilmeldt med et andet kontors identitetsfil.</translation>
        </message>
        <message>
            <source>The batch is sealed to an earlier key of this office. The laptop must enroll again with the current identity file.</source>
            <translation>Overførselsfilen er krypteret til en tidligere nøgle for dette kontor. Computeren skal tilmeldes igen med den nuværende identitetsfil.</translation>
        </message>
        <message>
            <source>The batch does not come from the laptop it names. Nothing was applied.</source>
            <translation>Overførselsfilen kommer ikke fra den computer, den angiver. Intet er indlæst.</translation>
        </message>
        <message>
            <source>The batch is signed with another key than the one approved for this laptop. It may be forged. Nothing was applied; contact the laptop's user.</source>
            <translation>Overførselsfilen er signeret med en anden nøgle end den, der er godkendt for computeren. Den kan være forfalsket. Intet er indlæst; kontakt computerens bruger.</translation>
        </message>
        <message>
            <source>The signature does not match: the file was changed after it was written, or it is forged. Nothing was applied.</source>
            <translation>Signaturen stemmer ikke: filen er ændret, efter den blev skrevet, eller den er forfalsket. Intet er indlæst.</translation>
        </message>
        <message>
            <source>The batch could not be decrypted: it was changed or is not meant for this office. Nothing was applied.</source>
            <translation>Overførselsfilen kunne ikke dekrypteres: den er ændret eller ikke beregnet til dette kontor. Intet er indlæst.</translation>
        </message>
        <message>
            <source>A record in the batch breaks the rules, so the whole batch was refused. The laptop's later batches wait behind it.</source>
            <translation>En post i overførselsfilen overholder ikke reglerne, så hele filen er afvist. Computerens senere filer venter bag den.</translation>
        </message>
        <message>
            <source>A participant's pseudonym code is already used by another participant at the office. Change the code on the laptop and renew it.</source>
            <translation>En deltagers pseudonymkode bruges allerede af en anden deltager på kontoret. Ret koden på computeren, og forny computerens tilmelding.</translation>
        </message>
        <message>
            <source>The batch refers to a participant or worker the office does not have. Nothing was applied.</source>
            <translation>Overførselsfilen henviser til en deltager eller medarbejder, kontoret ikke har. Intet er indlæst.</translation>
        </message>
        <message>
            <source>The laptop has been revoked. Its batches are no longer accepted.</source>
            <translation>Computeren er tilbagekaldt. Dens overførselsfiler modtages ikke længere.</translation>
        </message>
        <message>
            <source>The office already has another batch with this number from this laptop. Nothing was applied; contact the laptop's user.</source>
            <translation>Kontoret har allerede en anden overførselsfil med dette nummer fra computeren. Intet er indlæst; kontakt computerens bruger.</translation>
        </message>
        <message>
            <source>The batch does not follow on from the laptop's previous batch. Nothing was applied; contact the laptop's user.</source>
            <translation>Overførselsfilen hænger ikke sammen med computerens forrige fil. Intet er indlæst; kontakt computerens bruger.</translation>
        </message>
        <message>
            <source>The batch changes, deletes or points at a record that belongs to another laptop or to the office. The whole batch was refused and nothing was applied; the laptop's later batches wait behind it. Find out why this laptop sent it.</source>
            <translation>Overførselsfilen ændrer, sletter eller henviser til en registrering, der tilhører en anden computer eller kontoret. Hele overførselsfilen er afvist, og intet er indlæst; computerens senere overførselsfiler venter bag den. Find ud af, hvorfor computeren sendte den.</translation>
        </message>
        <message>
            <source>The batch conflicts with records the office holds (for example, it deletes a course the office has sessions for). Nothing was applied.</source>
            <translation>Overførselsfilen strider mod poster, kontoret har (den sletter fx et forløb, kontoret har samtaler i). Intet er indlæst.</translation>
        </message>
        <message>
            <source>The batch is kept for later.</source>
            <translation>Overførselsfilen gemmes til senere.</translation>
        </message>
        <message>
            <source>The batch was refused. Nothing from it was applied.</source>
            <translation>Overførselsfilen er afvist. Intet fra den er indlæst.</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 samtale</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} samtaler</translation>
        </message>
        <message>
            <source>1 course</source>
            <translation>1 forløb</translation>
        </message>
        <message>
            <source>{count} courses</source>
            <translation>{count} forløb</translation>
        </message>
        <message>
            <source>1 participant</source>
            <translation>1 deltager</translation>
        </message>
        <message>
            <source>{count} participants</source>
            <translation>{count} deltagere</translation>
        </message>
        <message>
            <source>1 worker</source>
            <translation>1 medarbejder</translation>
        </message>
        <message>
            <source>{count} workers</source>
            <translation>{count} medarbejdere</translation>
        </message>
        <message>
            <source>{count} deleted</source>
            <translation>{count} slettet</translation>
        </message>
        <message>
            <source>{count} unchanged</source>
            <translation>{count} uændret</translation>
        </message>
        <message>
            <source>No records</source>
            <translation>Ingen poster</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Venter på godkendelse</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Tilbagekaldt</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>less than a day</source>
            <translation>under en dag</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} dage</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(intet endnu)</translation>
        </message>
        <message>
            <source>This is done on a field laptop, not in the office vault.</source>
            <translation>Det gøres på en feltcomputer, ikke i kontorets boks.</translation>
        </message>
        <message>
            <source>This is done in the office vault, not on a field laptop.</source>
            <translation>Det gøres i kontorets boks, ikke på en feltcomputer.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with an office yet. Ask the office for its identity file and enroll with it.</source>
            <translation>Computeren er endnu ikke tilmeldt et kontor. Bed kontoret om dets identitetsfil, og tilmeld computeren med den.</translation>
        </message>
        <message>
            <source>This laptop is enrolled with another office key. Compare the fingerprints with the office before you replace it.</source>
            <translation>Computeren er tilmeldt med en anden kontornøgle. Sammenlign fingeraftrykkene med kontoret, før du erstatter den.</translation>
        </message>
        <message>
            <source>The folder does not exist. Choose another folder.</source>
            <translation>Mappen findes ikke. Vælg en anden mappe.</translation>
        </message>
        <message>
            <source>The file is far too large for what it should be. Nothing was changed.</source>
            <translation>Filen er alt for stor til det, den skulle være. Intet er ændret.</translation>
        </message>
        <message>
            <source>Another export finished at the same time. Nothing was written; try again.</source>
            <translation>En anden eksport blev færdig samtidig. Intet er skrevet; prøv igen.</translation>
        </message>
        <message>
            <source>That batch is already confirmed by the office; it is no longer kept.</source>
            <translation>Den overførselsfil er allerede bekræftet af kontoret; den gemmes ikke længere.</translation>
        </message>
        <message>
            <source>The fingerprint does not match this laptop. It was not approved. Ask the laptop's user to read it out again.</source>
            <translation>Fingeraftrykket passer ikke til denne computer. Den er ikke godkendt. Bed computerens bruger læse det op igen.</translation>
        </message>
        <message>
            <source>The laptop was revoked. Type the fingerprint its user reads out to approve it again.</source>
            <translation>Computeren blev tilbagekaldt. Skriv det fingeraftryk, brugeren læser op, for at godkende den igen.</translation>
        </message>
        <message>
            <source>Only a laptop waiting for approval can be forgotten. An approved or revoked laptop stays in the list, with what the office received from it.</source>
            <translation>Kun en computer, der venter på godkendelse, kan glemmes. En godkendt eller tilbagekaldt computer bliver i listen med det, kontoret har modtaget fra den.</translation>
        </message>
        <message>
            <source>The laptop has been revoked and cannot be approved again. It must enroll anew.</source>
            <translation type="vanished">Computeren er tilbagekaldt og kan ikke godkendes igen. Den skal tilmeldes på ny.</translation>
        </message>
        <message>
            <source>The office does not know this laptop.</source>
            <translation>Kontoret kender ikke denne computer.</translation>
        </message>
        <message>
            <source>Several laptops match; choose one in the list.</source>
            <translation>Flere computere passer; vælg en i listen.</translation>
        </message>
        <message>
            <source>The receipt is damaged or cut short. Ask the office for it again.</source>
            <translation>Kvitteringen er beskadiget eller afkortet. Bed kontoret om den igen.</translation>
        </message>
        <message>
            <source>The file is not a VINK receipt. Nothing was changed.</source>
            <translation>Filen er ikke en VINK-kvittering. Intet er ændret.</translation>
        </message>
        <message>
            <source>The receipt was written by a newer version of VINK Desktop. Update the program.</source>
            <translation>Kvitteringen er skrevet af en nyere version af VINK Desktop. Opdatér programmet.</translation>
        </message>
        <message>
            <source>The receipt is from another office than the one this laptop is enrolled with. Nothing was changed.</source>
            <translation>Kvitteringen er fra et andet kontor end det, computeren er tilmeldt. Intet er ændret.</translation>
        </message>
        <message>
            <source>The receipt's signature does not match: it was changed or forged. Nothing was changed.</source>
            <translation>Kvitteringens signatur stemmer ikke: den er ændret eller forfalsket. Intet er ændret.</translation>
        </message>
        <message>
            <source>The receipt is for another laptop. Nothing was changed.</source>
            <translation>Kvitteringen er til en anden computer. Intet er ændret.</translation>
        </message>
        <message>
            <source>The receipt confirms a batch this laptop never wrote. Nothing was changed; contact the office.</source>
            <translation>Kvitteringen bekræfter en overførselsfil, computeren aldrig har skrevet. Intet er ændret; kontakt kontoret.</translation>
        </message>
        <message>
            <source>The office holds another batch under that number than the one this laptop wrote. Nothing was changed; contact the office.</source>
            <translation>Kontoret har en anden overførselsfil under det nummer end den, computeren skrev. Intet er ændret; kontakt kontoret.</translation>
        </message>
        <message>
            <source>The receipt is older than the last one imported. Nothing was changed; use the newest receipt.</source>
            <translation>Kvitteringen er ældre end den senest importerede. Intet er ændret; brug den nyeste kvittering.</translation>
        </message>
        <message>
            <source>The receipt confirms less than an earlier one (was the office restored from a backup?). Nothing was changed; contact the office.</source>
            <translation>Kvitteringen bekræfter mindre end en tidligere (er kontoret gendannet fra en sikkerhedskopi?). Intet er ændret; kontakt kontoret.</translation>
        </message>
        <message>
            <source>The office identity file is damaged. Ask the office for it again. Nothing was changed.</source>
            <translation>Kontorets identitetsfil er beskadiget. Bed kontoret om den igen. Intet er ændret.</translation>
        </message>
        <message>
            <source>The file is not an office identity file. Nothing was changed.</source>
            <translation>Filen er ikke en identitetsfil fra et kontor. Intet er ændret.</translation>
        </message>
        <message>
            <source>The identity file was written by a newer version of VINK Desktop. Update the program.</source>
            <translation>Identitetsfilen er skrevet af en nyere version af VINK Desktop. Opdatér programmet.</translation>
        </message>
        <message>
            <source>The identity file uses an encryption this version does not know. Update the program.</source>
            <translation>Identitetsfilen bruger en kryptering, denne version ikke kender. Opdatér programmet.</translation>
        </message>
        <message>
            <source>The recovery request is for another office. This office cannot answer it. Nothing was written.</source>
            <translation>Anmodningen om gendannelse er til et andet kontor. Dette kontor kan ikke besvare den. Intet er skrevet.</translation>
        </message>
        <message>
            <source>The recovery request is sealed to another key of this office (an earlier or a replaced one), so it cannot be opened. Nothing was written.</source>
            <translation>Anmodningen om gendannelse er låst til en anden nøgle hos dette kontor (en tidligere eller en udskiftet), så den kan ikke åbnes. Intet er skrevet.</translation>
        </message>
        <message>
            <source>The laptop's key differs from the one the office has for it: the request may not come from that laptop. It cannot be answered. Nothing was written.</source>
            <translation>Computerens nøgle er en anden end den, kontoret har for den: anmodningen kommer måske ikke fra den computer. Den kan ikke besvares. Intet er skrevet.</translation>
        </message>
        <message>
            <source>The office has revoked this laptop. Answer only if it has turned up, and tick that you answer anyway. Nothing was written.</source>
            <translation>Kontoret har tilbagekaldt denne computer. Svar kun, hvis den er dukket op, og sæt flueben ved, at du svarer alligevel. Intet er skrevet.</translation>
        </message>
        <message>
            <source>The export was cancelled. Nothing was written.</source>
            <extracomment>Which table to try first for a code: what the file was.</extracomment>
            <translation>Eksporten blev annulleret. Intet er skrevet.</translation>
        </message>
        <message>
            <source>This cannot be done now. Nothing was changed.</source>
            <translation>Det kan ikke lade sig gøre nu. Intet er ændret.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Nothing was changed. If it happens again, contact the office.</source>
            <translation>Noget uventet gik galt. Intet er ændret. Kontakt kontoret, hvis det sker igen.</translation>
        </message>
    </context>
    <context>
        <name>UnlockWidget</name>
        <message>
            <source>VINK Desktop is locked</source>
            <extracomment>"Open another vault…" was chosen (start window only).</extracomment>
            <translation>VINK Desktop er låst</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Lås boksen op</translation>
        </message>
        <message>
            <source>Nothing was lost. Type your passphrase to carry on where you were.</source>
            <translation>Intet er gået tabt. Skriv din adgangskode for at fortsætte, hvor du slap.</translation>
        </message>
        <message>
            <source>Type the passphrase of the vault in this folder:</source>
            <translation>Skriv adgangskoden til boksen i denne mappe:</translation>
        </message>
        <message>
            <source>Vault folder</source>
            <translation>Boksmappe</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Lås op</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Låser op</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Use the &amp;recovery key</source>
            <translation>Glemt adgangskoden? Brug &amp;gendannelsesnøglen</translation>
        </message>
        <message>
            <source>Open &amp;another vault…</source>
            <translation>Åbn en anden &amp;boks…</translation>
        </message>
        <message>
            <source>Unlock with the recovery key</source>
            <translation>Lås op med gendannelsesnøglen</translation>
        </message>
        <message>
            <source>Type the recovery key you wrote down when the vault was created (nine groups of four characters), and choose a new passphrase. The old passphrase stops working.</source>
            <translation>Skriv den gendannelsesnøgle, du skrev ned, da boksen blev oprettet (ni grupper med fire tegn), og vælg en ny adgangskode. Den gamle adgangskode holder op med at virke.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Gen&amp;dannelsesnøgle:</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Tilbage</translation>
        </message>
        <message>
            <source>Unlock and &amp;set the new passphrase</source>
            <translation>Lås op, og &amp;brug den nye adgangskode</translation>
        </message>
        <message>
            <source>Lost the recovery key too? Get &amp;help from the office</source>
            <translation>Mistet gendannelsesnøglen også? Få &amp;hjælp fra kontoret</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWidget</name>
        <message>
            <source>Welcome to VINK Desktop</source>
            <translation>Velkommen til VINK Desktop</translation>
        </message>
        <message>
            <source>Your records are kept in a vault: an encrypted file on this computer that only opens with your passphrase. Nothing leaves the computer unless you export it.</source>
            <translation>Dine notater gemmes i en boks: en krypteret fil på denne computer, som kun åbner med din adgangskode. Intet forlader computeren, medmindre du selv eksporterer det.</translation>
        </message>
        <message>
            <source>Create a new vault</source>
            <translation>Opret en ny boks</translation>
        </message>
        <message>
            <source>For a new mentor, parent coach or office. You choose a passphrase.</source>
            <translation>Til en ny mentor, forældrecoach eller et kontor. Du vælger selv en adgangskode.</translation>
        </message>
        <message>
            <source>Open an existing vault</source>
            <translation>Åbn en eksisterende boks</translation>
        </message>
        <message>
            <source>A vault folder that is already on this computer.</source>
            <translation>En boksmappe, der allerede ligger på denne computer.</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>Prøv med demodata</translation>
        </message>
        <message>
            <source>A separate vault filled with invented young people and parents.</source>
            <translation>En særskilt boks fyldt med opdigtede unge og forældre.</translation>
        </message>
        <message>
            <source>Vault folder</source>
            <translation>Boksmappe</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Gennem&amp;se…</translation>
        </message>
        <message>
            <source>Choose the vault folder</source>
            <translation>Vælg boksmappen</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Mappe:</translation>
        </message>
        <message>
            <source>F&amp;ield: a mentor or parent coach</source>
            <translation>F&amp;elt: en mentor eller forældrecoach</translation>
        </message>
        <message>
            <source>&amp;Office: a supervisor</source>
            <translation>&amp;Kontor: en supervisor</translation>
        </message>
        <message>
            <source>Kind of vault</source>
            <translation>Bokstype</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Dit navn</translation>
        </message>
        <message>
            <source>Your na&amp;me:</source>
            <translation>Dit na&amp;vn:</translation>
        </message>
        <message>
            <source>Number of demo participants</source>
            <translation>Antal demodeltagere</translation>
        </message>
        <message>
            <source>&amp;Demo participants:</source>
            <translation>&amp;Demodeltagere:</translation>
        </message>
        <message>
            <source>Creating the vault</source>
            <translation>Opretter boksen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Tilbage</translation>
        </message>
        <message>
            <source>&amp;Create the vault</source>
            <translation>&amp;Opret boksen</translation>
        </message>
        <message>
            <source>Write down your recovery key</source>
            <translation>Skriv din gendannelsesnøgle ned</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key is the only way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once.</source>
            <translation>Hvis du glemmer din adgangskode, er denne nøgle den eneste vej ind i boksen. Skriv den på papir nu, og opbevar papiret sikkert, væk fra computeren. Den vises kun denne ene gang.</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery key down and keep it safe</source>
            <translation>Jeg har &amp;skrevet gendannelsesnøglen ned og opbevarer den sikkert</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Fortsæt</translation>
        </message>
        <message>
            <source>Choose the folder that holds vault.db and vault.key.</source>
            <translation>Vælg den mappe, der indeholder vault.db og vault.key.</translation>
        </message>
        <message>
            <source>Create a demo vault</source>
            <translation>Opret en demoboks</translation>
        </message>
        <message>
            <source>A vault of its own with invented participants, courses and sessions, to look around in. It still needs a passphrase.</source>
            <translation>En boks for sig med opdigtede deltagere, forløb og samtaler, som du kan se dig omkring i. Den skal stadig have en adgangskode.</translation>
        </message>
        <message>
            <source>Demo mentor</source>
            <translation>Demomentor</translation>
        </message>
        <message>
            <source>Choose a passphrase you can remember: a short sentence is good. Nobody, not even the office, can open the vault without it or the recovery key.</source>
            <translation>Vælg en adgangskode, du kan huske: en kort sætning er god. Ingen, heller ikke kontoret, kan åbne boksen uden den eller gendannelsesnøglen.</translation>
        </message>
        <message>
            <source>Creating the demo vault…</source>
            <translation>Opretter demoboksen…</translation>
        </message>
    </context>
    <context>
        <name>_ServiceDialog</name>
        <message>
            <source>Cancel</source>
            <extracomment>The subject of an open-course dialog opened without a participant.</extracomment>
            <translation>Annuller</translation>
        </message>
    </context>
</TS>
