<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name></name>
        <message>
            <source>MainWindow</source>
            <comment>Courses</comment>
            <extracomment>The application property the views read to choose framework texts (see course_texts). Registers the views on a new main window; replaced in tests.</extracomment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Follow-up</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Success criteria</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Reports of concern</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Outreach</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Batch import</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Devices</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Sync with the office</comment>
            <translation type="vanished">MainWindow</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve laptop</source>
            <translation>Approve laptop</translation>
        </message>
        <message>
            <source>Approve laptop again</source>
            <translation>Approve laptop again</translation>
        </message>
        <message>
            <source>Compare the fingerprint by phone</source>
            <translation>Compare the fingerprint by phone</translation>
        </message>
        <message>
            <source>Laptop {id}, first seen {time}.</source>
            <translation>Laptop {id}, first seen {time}.</translation>
        </message>
        <message>
            <source>1 batch is waiting.</source>
            <translation>1 batch is waiting.</translation>
        </message>
        <message>
            <source>{count} batches are waiting.</source>
            <translation>{count} batches are waiting.</translation>
        </message>
        <message>
            <source>This laptop was revoked on {time}. Approve it again only if it has turned up and its user reads out the same fingerprint.</source>
            <translation>This laptop was revoked on {time}. Approve it again only if it has turned up and its user reads out the same fingerprint.</translation>
        </message>
        <message>
            <source>The office has its batches up to number {number}; the next ones follow on from there.</source>
            <translation>The office has its batches up to number {number}; the next ones follow on from there.</translation>
        </message>
        <message>
            <source>The batches it sent while it was revoked were refused: ask its user to write the unconfirmed batches again in the sync panel and bring them.</source>
            <translation>The batches it sent while it was revoked were refused: ask its user to write the unconfirmed batches again in the sync panel and bring them.</translation>
        </message>
        <message>
            <source>Phone the laptop's user and ask them to read out “This laptop's fingerprint” from their sync panel. Type it below, or compare it group by group with these digits and tick the box.</source>
            <translation>Phone the laptop's user and ask them to read out “This laptop's fingerprint” from their sync panel. Type it below, or compare it group by group with these digits and tick the box.</translation>
        </message>
        <message>
            <source>The laptop's fingerprint</source>
            <translation>The laptop's fingerprint</translation>
        </message>
        <message>
            <source>Fingerprint read out</source>
            <translation>Fingerprint read out</translation>
        </message>
        <message>
            <source>&amp;Fingerprint read out:</source>
            <translation>&amp;Fingerprint read out:</translation>
        </message>
        <message>
            <source>I compared every group: the fingerprint &amp;matches</source>
            <translation>I compared every group: the fingerprint &amp;matches</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>It does not match. Do not approve: the batches may not come from this laptop. Ask the user to read it out again.</source>
            <translation>It does not match. Do not approve: the batches may not come from this laptop. Ask the user to read it out again.</translation>
        </message>
        <message>
            <source>It matches.</source>
            <translation>It matches.</translation>
        </message>
    </context>
    <context>
        <name>CloseCourseDialog</name>
        <message>
            <source>Close course</source>
            <translation>Close course</translation>
        </message>
        <message>
            <source>Close the course of {code}. A closed course takes no new sessions.</source>
            <translation>Close the course of {code}. A closed course takes no new sessions.</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>&amp;End date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Closing reason</source>
            <translation>Closing reason</translation>
        </message>
        <message>
            <source>&amp;Final evaluation</source>
            <translation>&amp;Final evaluation</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Final evaluation</translation>
        </message>
    </context>
    <context>
        <name>ConcernListModel</name>
        <message>
            <source>Received</source>
            <extracomment>The columns whose values change as time passes. The report's 24-hour status now (a ``ReactionStatus`` value, str). How urgent each status is (the status column sorts by it).</extracomment>
            <translation>Received</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Time left / overdue by</source>
            <translation>Time left / overdue by</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>First reaction</translation>
        </message>
        <message>
            <source>Reacted by</source>
            <translation>Reacted by</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Reaction due by {deadline}</source>
            <translation>Reaction due by {deadline}</translation>
        </message>
        <message>
            <source>An existing participant</source>
            <translation>An existing participant</translation>
        </message>
        <message>
            <source>A new pseudonym code (not a participant)</source>
            <translation>A new pseudonym code (not a participant)</translation>
        </message>
    </context>
    <context>
        <name>ConcernReportDialog</name>
        <message>
            <source>New report of concern</source>
            <extracomment>The outcome combo's "not decided yet" (item data is never None, see ``record_dialog``). The draft key of the new-report dialog.</extracomment>
            <translation>New report of concern</translation>
        </message>
        <message>
            <source>Record who reported a concern, and about whom. Do not describe the concern here. The first reaction is due within 24 hours of receipt.</source>
            <translation>Record who reported a concern, and about whom. Do not describe the concern here. The first reaction is due within 24 hours of receipt.</translation>
        </message>
        <message>
            <source>Received &amp;date</source>
            <translation>Received &amp;date</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Date received</translation>
        </message>
        <message>
            <source>Received &amp;time (Copenhagen)</source>
            <translation>Received &amp;time (Copenhagen)</translation>
        </message>
        <message>
            <source>Time received, Copenhagen time</source>
            <translation>Time received, Copenhagen time</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>&amp;Reported by</source>
            <translation>&amp;Reported by</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Pick a participant or type a new pseudonym code</source>
            <translation>Pick a participant or type a new pseudonym code</translation>
        </message>
        <message>
            <source>&amp;About whom</source>
            <translation>&amp;About whom</translation>
        </message>
        <message>
            <source>About whom: an existing participant or a new pseudonym code</source>
            <translation>About whom: an existing participant or a new pseudonym code</translation>
        </message>
        <message>
            <source>D&amp;istrict</source>
            <translation>D&amp;istrict</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Res&amp;ponsible</source>
            <translation>Res&amp;ponsible</translation>
        </message>
        <message>
            <source>Responsible worker</source>
            <translation>Responsible worker</translation>
        </message>
        <message>
            <source>Record report</source>
            <translation>Record report</translation>
        </message>
        <message>
            <source>An existing participant ({kind}).</source>
            <translation>An existing participant ({kind}).</translation>
        </message>
        <message>
            <source>A new pseudonym code: not a participant yet.</source>
            <translation>A new pseudonym code: not a participant yet.</translation>
        </message>
        <message>
            <source>Choose who reported the concern.</source>
            <translation>Choose who reported the concern.</translation>
        </message>
        <message>
            <source>Pick a participant, or type a new pseudonym code.</source>
            <translation>Pick a participant, or type a new pseudonym code.</translation>
        </message>
    </context>
    <context>
        <name>ConcernReportsView</name>
        <message>
            <source>Sho&amp;w</source>
            <extracomment>How often the live columns are recomputed (milliseconds). The list was changed here (a report added or reacted to), with the report's id.</extracomment>
            <translation>Sho&amp;w</translation>
        </message>
        <message>
            <source>All reports</source>
            <translation>All reports</translation>
        </message>
        <message>
            <source>Waiting for a reaction</source>
            <translation>Waiting for a reaction</translation>
        </message>
        <message>
            <source>Pending (within 24 hours)</source>
            <translation>Pending (within 24 hours)</translation>
        </message>
        <message>
            <source>Overdue (past 24 hours)</source>
            <translation>Overdue (past 24 hours)</translation>
        </message>
        <message>
            <source>Reacted to</source>
            <translation>Reacted to</translation>
        </message>
        <message>
            <source>Show reports</source>
            <translation>Show reports</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>Year received</source>
            <translation>Year received</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Code, district or worker</source>
            <translation>Code, district or worker</translation>
        </message>
        <message>
            <source>Search reports</source>
            <translation>Search reports</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Reports of concern</translation>
        </message>
        <message>
            <source>Record &amp;reaction…</source>
            <translation>Record &amp;reaction…</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>&amp;New report…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>{shown} reports: {overdue} overdue, {pending} pending</source>
            <translation>{shown} reports: {overdue} overdue, {pending} pending</translation>
        </message>
        <message>
            <source>(of {total})</source>
            <translation>(of {total})</translation>
        </message>
    </context>
    <context>
        <name>CourseListModel</name>
        <message>
            <source>Off track</source>
            <extracomment>The course id (str); SORT_KEY_ROLE is record_table's (numbers, dates, None: no value). The off-track signal codes of the row (list of str). The off-track reasons phrased in the UI language (list of str). The ``CourseSummary`` itself.</extracomment>
            <translation>Off track</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Track</translation>
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
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Last session</source>
            <translation>Last session</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Own view</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>The latest complete assessment, 0–100 (100 is best)</source>
            <translation>The latest complete assessment, 0–100 (100 is best)</translation>
        </message>
        <message>
            <source>Points since the first complete assessment (baseline)</source>
            <translation>Points since the first complete assessment (baseline)</translation>
        </message>
        <message>
            <source>Progression as rated by the practitioner</source>
            <translation>Progression as rated by the practitioner</translation>
        </message>
        <message>
            <source>Progression as the participant reports it</source>
            <translation>Progression as the participant reports it</translation>
        </message>
        <message>
            <source>Off track: {reasons}</source>
            <translation>Off track: {reasons}</translation>
        </message>
    </context>
    <context>
        <name>CourseTexts</name>
        <message>
            <source>Active</source>
            <extracomment>The application property the shell may set to "da" or "en" (see ui/app.py).</extracomment>
            <translation>Active</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>1-1 mentoring</source>
            <translation>1-1 mentoring</translation>
        </message>
        <message>
            <source>Parent coaching</source>
            <translation>Parent coaching</translation>
        </message>
        <message>
            <source>Young person</source>
            <translation>Young person</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Joint meeting (SSP/DKA)</source>
            <translation>Joint meeting (SSP/DKA)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Goals met</source>
            <translation>Goals met</translation>
        </message>
        <message>
            <source>Ended early (stopped coming)</source>
            <translation>Ended early (stopped coming)</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Referred on</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Moved away</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>SSP</source>
            <translation>SSP</translation>
        </message>
        <message>
            <source>Police (DKA)</source>
            <translation>Police (DKA)</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Social services</translation>
        </message>
        <message>
            <source>Self-referred</source>
            <translation>Self-referred</translation>
        </message>
        <message>
            <source>Not yet assessable</source>
            <translation>Not yet assessable</translation>
        </message>
        <message>
            <source>Reliably improved</source>
            <translation>Reliably improved</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Improved</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Deteriorated</source>
            <translation>Deteriorated</translation>
        </message>
        <message>
            <source>Reliably deteriorated</source>
            <translation>Reliably deteriorated</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No measurable improvement after {sessions} sessions / {weeks} weeks (fewer than two complete assessments)</source>
            <translation>No measurable improvement after {sessions} sessions / {weeks} weeks (fewer than two complete assessments)</translation>
        </message>
        <message>
            <source>No improvement beyond {threshold} points after {sessions} sessions / {weeks} weeks (change {points})</source>
            <translation>No improvement beyond {threshold} points after {sessions} sessions / {weeks} weeks (change {points})</translation>
        </message>
        <message>
            <source>Worse since the assessment before ({points} points, {on})</source>
            <translation>Worse since the assessment before ({points} points, {on})</translation>
        </message>
        <message>
            <source>Acute concern flagged in the latest session ({on})</source>
            <translation>Acute concern flagged in the latest session ({on})</translation>
        </message>
        <message>
            <source>No session since the course started, {weeks} weeks ago</source>
            <translation>No session since the course started, {weeks} weeks ago</translation>
        </message>
        <message>
            <source>No session for {weeks} weeks (last {on})</source>
            <translation>No session for {weeks} weeks (last {on})</translation>
        </message>
        <message>
            <source>No improvement</source>
            <translation type="vanished">No improvement</translation>
        </message>
        <message>
            <source>Deterioration</source>
            <translation type="vanished">Deterioration</translation>
        </message>
        <message>
            <source>Acute concern</source>
            <translation type="vanished">Acute concern</translation>
        </message>
        <message>
            <source>No recent session</source>
            <translation type="vanished">No recent session</translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>← All courses</source>
            <extracomment>(course id, session id) The course changed here (status); the list should refresh its row.</extracomment>
            <translation>← All courses</translation>
        </message>
        <message>
            <source>Back to the list of courses (Alt+Left)</source>
            <translation>Back to the list of courses (Alt+Left)</translation>
        </message>
        <message>
            <source>&amp;New session</source>
            <translation>&amp;New session</translation>
        </message>
        <message>
            <source>&amp;Edit session</source>
            <translation>&amp;Edit session</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Close course…</source>
            <translation>&amp;Close course…</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sessions</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Linked</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Off track?</source>
            <translation>Off track?</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Practitioner-rated</source>
            <translation>Practitioner-rated</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Baseline → now</source>
            <translation>Baseline → now</translation>
        </message>
        <message>
            <source>Domains</source>
            <translation>Domains</translation>
        </message>
        <message>
            <source>Participant-reported</source>
            <translation>Participant-reported</translation>
        </message>
        <message>
            <source>Latest own view</source>
            <translation>Latest own view</translation>
        </message>
        <message>
            <source>Counts from</source>
            <translation>Counts from</translation>
        </message>
        <message>
            <source>{code} · {track}</source>
            <translation>{code} · {track}</translation>
        </message>
        <message>
            <source>born {year}</source>
            <translation>born {year}</translation>
        </message>
        <message>
            <source>{code} ({about})</source>
            <translation>{code} ({about})</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Parents</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>Young people</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
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
            <translation>ongoing</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>Not yet assessable: {count} complete assessment(s); two are needed to judge change.</source>
            <translation>Not yet assessable: {count} complete assessment(s); two are needed to judge change.</translation>
        </message>
        <message>
            <source>Course score {change} points since the baseline: {klass}</source>
            <translation>Course score {change} points since the baseline: {klass}</translation>
        </message>
        <message>
            <source>{baseline} → {current} (threshold more than {threshold} points)</source>
            <translation>{baseline} → {current} (threshold more than {threshold} points)</translation>
        </message>
        <message>
            <source>{domain}: {change} ({klass})</source>
            <translation>{domain}: {change} ({klass})</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Not asked yet</translation>
        </message>
        <message>
            <source>Needs attention:</source>
            <translation>Needs attention:</translation>
        </message>
        <message>
            <source>No off-track signals.</source>
            <translation>No off-track signals.</translation>
        </message>
    </context>
    <context>
        <name>CoursesView</name>
        <message>
            <source>&amp;Search</source>
            <extracomment>Where the mentor was: the page ("list", "course" or "editor"), the course, the session, and the draft key of the dialog that was open (ids and keys only, no record content). A course was asked for (double-click or Enter in the list); it is shown here too. The app's bridge when given (it outlives a lock); otherwise one of our own. The open dialog (one at a time), kept as a draft across the lock. Where the mentor was when the view was cleared (for restore). Milliseconds the last load of the list took (service call + model reset).</extracomment>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Code, district or worker</source>
            <translation>Code, district or worker</translation>
        </message>
        <message>
            <source>Search courses</source>
            <translation>Search courses</translation>
        </message>
        <message>
            <source>&amp;Track</source>
            <translation>&amp;Track</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>All tracks</translation>
        </message>
        <message>
            <source>Track filter</source>
            <translation>Track filter</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>St&amp;atus</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Open (active or paused)</source>
            <translation>Open (active or paused)</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Status filter</translation>
        </message>
        <message>
            <source>&amp;Only off-track</source>
            <translation>&amp;Only off-track</translation>
        </message>
        <message>
            <source>Only off-track courses</source>
            <translation>Only off-track courses</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <source>New &amp;participant…</source>
            <translation>New &amp;participant…</translation>
        </message>
        <message>
            <source>New &amp;course…</source>
            <translation>New &amp;course…</translation>
        </message>
        <message>
            <source>&amp;Open course</source>
            <translation>&amp;Open course</translation>
        </message>
        <message>
            <source>{shown} courses, {off} off-track</source>
            <translation>{shown} courses, {off} off-track</translation>
        </message>
        <message>
            <source>(of {total})</source>
            <translation>(of {total})</translation>
        </message>
    </context>
    <context>
        <name>CriteriaModel</name>
        <message>
            <source>Criterion</source>
            <extracomment>The criterion's id (str). The :class:`CriterionResult` of the row. The quarter a cell's figure is of (1–4), or 0 for the year's figure. The size of a sparkline, in logical pixels (the view sets it from its font).</extracomment>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Counted (n)</source>
            <translation>Counted (n)</translation>
        </message>
        <message>
            <source>95 % interval</source>
            <translation>95 % interval</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Target met</translation>
        </message>
        <message>
            <source>Q1</source>
            <translation>Q1</translation>
        </message>
        <message>
            <source>Q2</source>
            <translation>Q2</translation>
        </message>
        <message>
            <source>Q3</source>
            <translation>Q3</translation>
        </message>
        <message>
            <source>Q4</source>
            <translation>Q4</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>For a share: how many were counted (answers, courses, reports)</source>
            <translation>For a share: how many were counted (answers, courses, reports)</translation>
        </message>
        <message>
            <source>Wilson 95 % interval of the share</source>
            <translation>Wilson 95 % interval of the share</translation>
        </message>
        <message>
            <source>† marks a verdict whose 95 % interval crosses the target</source>
            <translation>† marks a verdict whose 95 % interval crosses the target</translation>
        </message>
        <message>
            <source>First quarter (January–March)</source>
            <translation>First quarter (January–March)</translation>
        </message>
        <message>
            <source>Second quarter (April–June)</source>
            <translation>Second quarter (April–June)</translation>
        </message>
        <message>
            <source>Third quarter (July–September)</source>
            <translation>Third quarter (July–September)</translation>
        </message>
        <message>
            <source>Fourth quarter (October–December)</source>
            <translation>Fourth quarter (October–December)</translation>
        </message>
        <message>
            <source>The four quarters as a small chart</source>
            <translation>The four quarters as a small chart</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>Progression per quarter against the target</source>
            <extracomment>(criterion id, quarter 1–4 or 0 for the year) of a clicked bar or point.</extracomment>
            <translation>Progression per quarter against the target</translation>
        </message>
        <message>
            <source>Q1</source>
            <translation>Q1</translation>
        </message>
        <message>
            <source>Q2</source>
            <translation>Q2</translation>
        </message>
        <message>
            <source>Q3</source>
            <translation>Q3</translation>
        </message>
        <message>
            <source>Q4</source>
            <translation>Q4</translation>
        </message>
        <message>
            <source>Share with progression (%)</source>
            <translation>Share with progression (%)</translation>
        </message>
        <message>
            <source>Target {target}</source>
            <translation>Target {target}</translation>
        </message>
        <message>
            <source>Reach in the year against the targets</source>
            <translation>Reach in the year against the targets</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Shares in the year against the targets</source>
            <translation>Shares in the year against the targets</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Share (%)</translation>
        </message>
    </context>
    <context>
        <name>DashboardFilters</name>
        <message>
            <source>Year</source>
            <extracomment>The data of a filter's "all" item.</extracomment>
            <translation>Year</translation>
        </message>
        <message>
            <source>Track filter</source>
            <translation>Track filter</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>All tracks</translation>
        </message>
        <message>
            <source>Worker filter</source>
            <translation>Worker filter</translation>
        </message>
        <message>
            <source>District filter</source>
            <translation>District filter</translation>
        </message>
        <message>
            <source>&amp;Worker</source>
            <translation>&amp;Worker</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>T&amp;rack</source>
            <translation>T&amp;rack</translation>
        </message>
        <message>
            <source>&amp;District</source>
            <translation>&amp;District</translation>
        </message>
        <message>
            <source>All workers</source>
            <translation>All workers</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>All districts</translation>
        </message>
    </context>
    <context>
        <name>DashboardTexts</name>
        <message>
            <source>at least {target}</source>
            <translation>at least {target}</translation>
        </message>
        <message>
            <source>all ({target})</source>
            <translation>all ({target})</translation>
        </message>
        <message>
            <source>more than {count} (the year before)</source>
            <translation>more than {count} (the year before)</translation>
        </message>
        <message>
            <source>Cannot tell</source>
            <translation>Cannot tell</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Nothing was recorded the year before, so there is nothing to compare with.</source>
            <translation>Nothing was recorded the year before, so there is nothing to compare with.</translation>
        </message>
        <message>
            <source>There is nothing to count for this filter.</source>
            <translation>There is nothing to count for this filter.</translation>
        </message>
        <message>
            <source>† The 95 % interval crosses the target: with this many cases the verdict could go either way.</source>
            <translation>† The 95 % interval crosses the target: with this many cases the verdict could go either way.</translation>
        </message>
        <message>
            <source>The whole 95 % interval lies on this side of the target.</source>
            <translation>The whole 95 % interval lies on this side of the target.</translation>
        </message>
        <message>
            <source>Quarter {quarter}: {successes} of {n}</source>
            <translation>Quarter {quarter}: {successes} of {n}</translation>
        </message>
        <message>
            <source>Quarter {quarter}: {count}</source>
            <translation>Quarter {quarter}: {count}</translation>
        </message>
        <message>
            <source>quarter {quarter}: {value}</source>
            <translation>quarter {quarter}: {value}</translation>
        </message>
        <message>
            <source>{successes} of {n}</source>
            <translation>{successes} of {n}</translation>
        </message>
        <message>
            <source>Double-click or press Enter to see the records.</source>
            <translation>Double-click or press Enter to see the records.</translation>
        </message>
        <message>
            <source>The participants' own view: {share} ({successes} of {n})</source>
            <translation>The participants' own view: {share} ({successes} of {n})</translation>
        </message>
        <message>
            <source>Not split by track</source>
            <translation>Not split by track</translation>
        </message>
        <message>
            <source>Result {value}; target {target}: {verdict}.</source>
            <translation>Result {value}; target {target}: {verdict}.</translation>
        </message>
        <message>
            <source>{successes} of {n}; 95 % interval {interval}.</source>
            <translation>{successes} of {n}; 95 % interval {interval}.</translation>
        </message>
        <message>
            <source>With progression</source>
            <translation>With progression</translation>
        </message>
        <message>
            <source>Without progression</source>
            <translation>Without progression</translation>
        </message>
        <message>
            <source>Not assessable</source>
            <translation>Not assessable</translation>
        </message>
        <message>
            <source>Good service</source>
            <translation>Good service</translation>
        </message>
        <message>
            <source>Not good service</source>
            <translation>Not good service</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <source>Not evaluated</source>
            <translation>Not evaluated</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>Evaluated</translation>
        </message>
        <message>
            <source>Within 24 hours</source>
            <translation>Within 24 hours</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Overdue, no reaction</source>
            <translation>Overdue, no reaction</translation>
        </message>
        <message>
            <source>Waiting, within 24 hours</source>
            <translation>Waiting, within 24 hours</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>no answer</translation>
        </message>
        <message>
            <source>Front-line staff</source>
            <translation>Front-line staff</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Parents</translation>
        </message>
        <message>
            <source>Pupils and youth-club members</source>
            <translation>Pupils and youth-club members</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Pupils and clubs</source>
            <translation>Pupils and clubs</translation>
        </message>
        <message>
            <source>Staff and parents: able to help</source>
            <translation>Staff and parents: able to help</translation>
        </message>
        <message>
            <source>Young people: dialogue gives options</source>
            <translation>Young people: dialogue gives options</translation>
        </message>
        <message>
            <source>Progression, 1-1 mentoring</source>
            <translation>Progression, 1-1 mentoring</translation>
        </message>
        <message>
            <source>Progression, parent coaching</source>
            <translation>Progression, parent coaching</translation>
        </message>
        <message>
            <source>Good service (SSP, VINK, DKA)</source>
            <translation>Good service (SSP, VINK, DKA)</translation>
        </message>
        <message>
            <source>Reaction within 24 hours</source>
            <translation>Reaction within 24 hours</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Reports of concern</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Success criteria</source>
            <extracomment>A course was asked for from a drill-down (the course screen shows it and audits it). A yearly report was written: (path, format). The filter chosen when the view was cleared (kept across the lock).</extracomment>
            <translation>Success criteria</translation>
        </message>
        <message>
            <source>Yearly re&amp;port…</source>
            <translation>Yearly re&amp;port…</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Table</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>C&amp;harts</translation>
        </message>
        <message>
            <source>About the selected criterion</source>
            <translation>About the selected criterion</translation>
        </message>
        <message>
            <source>Show the records &amp;behind the figure…</source>
            <translation>Show the records &amp;behind the figure…</translation>
        </message>
        <message>
            <source>Figures as of {day}. Double-click a figure to see the records behind it.</source>
            <translation>Figures as of {day}. Double-click a figure to see the records behind it.</translation>
        </message>
        <message>
            <source>Field vault: the figures count only the courses and records held on this computer. The office's figures cover every worker.</source>
            <translation>Field vault: the figures count only the courses and records held on this computer. The office's figures cover every worker.</translation>
        </message>
        <message>
            <source>Office vault: the figures count every course and record the office holds.</source>
            <translation>Office vault: the figures count every course and record the office holds.</translation>
        </message>
        <message>
            <source>Select a criterion to see how it is counted.</source>
            <translation>Select a criterion to see how it is counted.</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>Quarter {quarter} of {year}</translation>
        </message>
        <message>
            <source>The year {year}</source>
            <translation>The year {year}</translation>
        </message>
        <message>
            <source>The yearly report was written to {path}.</source>
            <translation>The yearly report was written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>DevicesModel</name>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>First seen</translation>
        </message>
        <message>
            <source>Last batch</source>
            <translation>Last batch</translation>
        </message>
        <message>
            <source>Applied up to</source>
            <translation>Applied up to</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>none applied</source>
            <translation>none applied</translation>
        </message>
        <message>
            <source>held {numbers}</source>
            <translation>held {numbers}</translation>
        </message>
        <message>
            <source>missing {numbers}</source>
            <translation>missing {numbers}</translation>
        </message>
    </context>
    <context>
        <name>DevicesView</name>
        <message>
            <source>Field laptops</source>
            <extracomment>A device was approved, revoked or forgotten (its id). The approval in flight or last run (tests wait on it).</extracomment>
            <translation>Field laptops</translation>
        </message>
        <message>
            <source>A laptop appears here, waiting for approval, with its first batch. Approve it only when its user has read out the laptop's fingerprint to you and it matches; its held batches are then applied. Revoke a laptop that is lost or replaced.</source>
            <translation type="vanished">A laptop appears here, waiting for approval, with its first batch. Approve it only when its user has read out the laptop's fingerprint to you and it matches; its held batches are then applied. Revoke a laptop that is lost or replaced.</translation>
        </message>
        <message>
            <source>A laptop appears here, waiting for approval, with its first batch. Approve it only when its user has read out the laptop's fingerprint to you and it matches; its held batches are then applied. Forget a waiting laptop whose fingerprint does not match or that nobody knows. Revoke a laptop that is lost or replaced; approve it again if it turns up.</source>
            <translation>A laptop appears here, waiting for approval, with its first batch. Approve it only when its user has read out the laptop's fingerprint to you and it matches; its held batches are then applied. Forget a waiting laptop whose fingerprint does not match or that nobody knows. Revoke a laptop that is lost or replaced; approve it again if it turns up.</translation>
        </message>
        <message>
            <source>&amp;Laptops:</source>
            <translation>&amp;Laptops:</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>Laptops</translation>
        </message>
        <message>
            <source>Fingerprint of the selected laptop:</source>
            <translation>Fingerprint of the selected laptop:</translation>
        </message>
        <message>
            <source>Fingerprint of the selected laptop</source>
            <translation>Fingerprint of the selected laptop</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>Re&amp;voke…</translation>
        </message>
        <message>
            <source>&amp;Forget…</source>
            <translation>&amp;Forget…</translation>
        </message>
        <message>
            <source>Delete a laptop waiting for approval, and its held batches</source>
            <translation>Delete a laptop waiting for approval, and its held batches</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>R&amp;efresh</translation>
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation>Read the list again (F5)</translation>
        </message>
        <message>
            <source>Approving the laptop and applying its held batches…</source>
            <translation>Approving the laptop and applying its held batches…</translation>
        </message>
        <message>
            <source>The laptop is approved again. Ask its user to write the unconfirmed batches again and bring them: the batches it sent while it was revoked were refused.</source>
            <translation>The laptop is approved again. Ask its user to write the unconfirmed batches again and bring them: the batches it sent while it was revoked were refused.</translation>
        </message>
        <message>
            <source>The laptop is approved.</source>
            <translation>The laptop is approved.</translation>
        </message>
        <message>
            <source>1 held batch was applied.</source>
            <translation>1 held batch was applied.</translation>
        </message>
        <message>
            <source>{count} held batches were applied.</source>
            <translation>{count} held batches were applied.</translation>
        </message>
        <message>
            <source>1 was refused: {reason}</source>
            <translation>1 was refused: {reason}</translation>
        </message>
        <message>
            <source>{count} were refused: {reason}</source>
            <translation>{count} were refused: {reason}</translation>
        </message>
        <message>
            <source>1 batch is still held.</source>
            <translation>1 batch is still held.</translation>
        </message>
        <message>
            <source>{count} batches are still held.</source>
            <translation>{count} batches are still held.</translation>
        </message>
        <message>
            <source>Revoke laptop</source>
            <translation>Revoke laptop</translation>
        </message>
        <message>
            <source>Revoke laptop {id}? Its later batches will be refused and its held batches dropped. If it turns up again, it can be approved again after its fingerprint is compared.</source>
            <translation>Revoke laptop {id}? Its later batches will be refused and its held batches dropped. If it turns up again, it can be approved again after its fingerprint is compared.</translation>
        </message>
        <message>
            <source>Forget laptop</source>
            <translation>Forget laptop</translation>
        </message>
        <message>
            <source>Forget laptop {id}? It is waiting for approval; nothing from it has been applied.</source>
            <translation>Forget laptop {id}? It is waiting for approval; nothing from it has been applied.</translation>
        </message>
        <message>
            <source>Its held batch will be deleted.</source>
            <translation>Its held batch will be deleted.</translation>
        </message>
        <message>
            <source>Its {count} held batches will be deleted.</source>
            <translation>Its {count} held batches will be deleted.</translation>
        </message>
        <message>
            <source>If it sends a batch again, it appears here again, waiting for approval.</source>
            <translation>If it sends a batch again, it appears here again, waiting for approval.</translation>
        </message>
        <message>
            <source>&amp;Forget</source>
            <translation>&amp;Forget</translation>
        </message>
        <message>
            <source>The laptop is forgotten.</source>
            <translation>The laptop is forgotten.</translation>
        </message>
        <message>
            <source>1 held batch was deleted.</source>
            <translation>1 held batch was deleted.</translation>
        </message>
        <message>
            <source>{count} held batches were deleted.</source>
            <translation>{count} held batches were deleted.</translation>
        </message>
        <message>
            <source>Revoke laptop {id}? Its later batches will be refused and its held batches dropped. A revoked laptop cannot be approved again; it must enroll anew.</source>
            <translation type="vanished">Revoke laptop {id}? Its later batches will be refused and its held batches dropped. A revoked laptop cannot be approved again; it must enroll anew.</translation>
        </message>
        <message>
            <source>Re&amp;voke</source>
            <translation>Re&amp;voke</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The laptop is revoked. Its later batches will be refused.</source>
            <translation>The laptop is revoked. Its later batches will be refused.</translation>
        </message>
        <message>
            <source>1 held batch was dropped.</source>
            <translation>1 held batch was dropped.</translation>
        </message>
        <message>
            <source>{count} held batches were dropped.</source>
            <translation>{count} held batches were dropped.</translation>
        </message>
    </context>
    <context>
        <name>DialogHost</name>
        <message>
            <source>Unsaved draft restored</source>
            <translation>Unsaved draft restored</translation>
        </message>
    </context>
    <context>
        <name>DomainRatingsBox</name>
        <message>
            <source>Rate at least {required} of {count} for the domain to count.</source>
            <translation>Rate at least {required} of {count} for the domain to count.</translation>
        </message>
        <message>
            <source>Show or hide the help text</source>
            <translation>Show or hide the help text</translation>
        </message>
        <message>
            <source>Help: {label}</source>
            <translation>Help: {label}</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>Records behind the figure</source>
            <extracomment>A course was asked for (the course screen shows it and audits the view).</extracomment>
            <translation>Records behind the figure</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Part of the figure</source>
            <translation>Part of the figure</translation>
        </message>
        <message>
            <source>All ({count})</source>
            <translation>All ({count})</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Pseudonym codes are shown for the office's own follow-up. The yearly report never contains them.</source>
            <translation>Pseudonym codes are shown for the office's own follow-up. The yearly report never contains them.</translation>
        </message>
        <message>
            <source>&amp;Open course</source>
            <translation>&amp;Open course</translation>
        </message>
        <message>
            <source>{shown} of {total} records</source>
            <translation>{shown} of {total} records</translation>
        </message>
    </context>
    <context>
        <name>DrillDownModel</name>
        <message>
            <source>Part of the figure</source>
            <extracomment>Progression: one track, so no track column.</extracomment>
            <translation>Part of the figure</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Track</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
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
            <translation>Own view</translation>
        </message>
        <message>
            <source>Service evaluation</source>
            <translation>Service evaluation</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>First reaction</translation>
        </message>
        <message>
            <source>24-hour rule</source>
            <translation>24-hour rule</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Answered yes</source>
            <translation>Answered yes</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <source>Enroll with the office</source>
            <translation>Enroll with the office</translation>
        </message>
        <message>
            <source>Check the office's fingerprint</source>
            <extracomment>True when the laptop is enrolled with another office key (it will be replaced).</extracomment>
            <translation>Check the office's fingerprint</translation>
        </message>
        <message>
            <source>Phone the office and ask the supervisor to read out the office's fingerprint from the import window. Compare it with the digits below, group by group. Enroll only if every digit is the same.</source>
            <translation>Phone the office and ask the supervisor to read out the office's fingerprint from the import window. Compare it with the digits below, group by group. Enroll only if every digit is the same.</translation>
        </message>
        <message>
            <source>The office's fingerprint in the file</source>
            <translation>The office's fingerprint in the file</translation>
        </message>
        <message>
            <source>This laptop is enrolled with another office key. Enrolling with this file replaces it: the laptop gets a new identity, and the office must approve it again.</source>
            <translation>This laptop is enrolled with another office key. Enrolling with this file replaces it: the laptop gets a new identity, and the office must approve it again.</translation>
        </message>
        <message>
            <source>The supervisor read out exactly these &amp;digits</source>
            <translation>The supervisor read out exactly these &amp;digits</translation>
        </message>
        <message>
            <source>&amp;Enroll</source>
            <translation>&amp;Enroll</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>There is no vault in the folder {folder}. Choose another folder, or create a new vault.</source>
            <extracomment>Qt Linguist's lupdate finds ``translate("Context", "text")`` calls by this name.</extracomment>
            <translation>There is no vault in the folder {folder}. Choose another folder, or create a new vault.</translation>
        </message>
        <message>
            <source>There is already a vault in the folder {folder}. Open it instead, or choose an empty folder.</source>
            <translation>There is already a vault in the folder {folder}. Open it instead, or choose an empty folder.</translation>
        </message>
        <message>
            <source>The passphrase is wrong. Nothing was changed. Try again, or use the recovery key.</source>
            <translation>The passphrase is wrong. Nothing was changed. Try again, or use the recovery key.</translation>
        </message>
        <message>
            <source>This recovery key does not open this vault. Nothing was changed. Check that it is the key written down for this vault.</source>
            <translation>This recovery key does not open this vault. Nothing was changed. Check that it is the key written down for this vault.</translation>
        </message>
        <message>
            <source>That is not a recovery key; there is probably a typo. A recovery key has nine groups of four letters and digits. Nothing was changed.</source>
            <translation>That is not a recovery key; there is probably a typo. A recovery key has nine groups of four letters and digits. Nothing was changed.</translation>
        </message>
        <message>
            <source>The vault's key file (vault.key) is missing, so the vault cannot be opened. Restore the folder from a backup, or contact the office.</source>
            <translation>The vault's key file (vault.key) is missing, so the vault cannot be opened. Restore the folder from a backup, or contact the office.</translation>
        </message>
        <message>
            <source>The vault's key file (vault.key) is damaged. The database was not touched. Restore the key file from a backup, or contact the office.</source>
            <translation>The vault's key file (vault.key) is damaged. The database was not touched. Restore the key file from a backup, or contact the office.</translation>
        </message>
        <message>
            <source>The vault's database is damaged or unreadable. Nothing was changed. Restore the vault from a backup, or contact the office.</source>
            <translation>The vault's database is damaged or unreadable. Nothing was changed. Restore the vault from a backup, or contact the office.</translation>
        </message>
        <message>
            <source>The vault is already open in another window or program. Close it there first, then try again.</source>
            <translation>The vault is already open in another window or program. Close it there first, then try again.</translation>
        </message>
        <message>
            <source>This installation lacks the encryption library (SQLCipher), so nothing can be stored safely. Reinstall VINK Desktop.</source>
            <translation>This installation lacks the encryption library (SQLCipher), so nothing can be stored safely. Reinstall VINK Desktop.</translation>
        </message>
        <message>
            <source>The vault was saved by a newer version of VINK Desktop. Update the program, then open the vault again.</source>
            <translation>The vault was saved by a newer version of VINK Desktop. Update the program, then open the vault again.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>The disk is full, so nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>This one-time key does not open the office's answer. Nothing was changed. Check the key with the office.</source>
            <translation>This one-time key does not open the office's answer. Nothing was changed. Check the key with the office.</translation>
        </message>
        <message>
            <source>This vault cannot be recovered through the office: it has not been enrolled with an office, or not opened since. Nothing was written.</source>
            <translation>This vault cannot be recovered through the office: it has not been enrolled with an office, or not opened since. Nothing was written.</translation>
        </message>
        <message>
            <source>The recovery file is damaged or is not a recovery file. Nothing was changed. Ask for the file again.</source>
            <translation>The recovery file is damaged or is not a recovery file. Nothing was changed. Ask for the file again.</translation>
        </message>
        <message>
            <source>The office's answer is meant for another vault, office or laptop. Nothing was changed.</source>
            <translation>The office's answer is meant for another vault, office or laptop. Nothing was changed.</translation>
        </message>
        <message>
            <source>The vault could not be used. Try again, or contact the office.</source>
            <translation>The vault could not be used. Try again, or contact the office.</translation>
        </message>
        <message>
            <source>Rating of {indicator}</source>
            <translation>Rating of {indicator}</translation>
        </message>
        <message>
            <source>Pseudonym code</source>
            <translation>Pseudonym code</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Birth year</translation>
        </message>
        <message>
            <source>Linked young person</source>
            <translation>Linked young person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Track</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Final evaluation</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>The participant's own rating</source>
            <translation>The participant's own rating</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Worker name</source>
            <translation>Worker name</translation>
        </message>
        <message>
            <source>Who the report is about</source>
            <translation>Who the report is about</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>First reaction</translation>
        </message>
        <message>
            <source>Reacted by</source>
            <translation>Reacted by</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Date held</source>
            <translation>Date held</translation>
        </message>
        <message>
            <source>Number of participants</source>
            <translation>Number of participants</translation>
        </message>
        <message>
            <source>Number who answered</source>
            <translation>Number who answered</translation>
        </message>
        <message>
            <source>Feel able to help</source>
            <translation>Feel able to help</translation>
        </message>
        <message>
            <source>Find that dialogue gives options</source>
            <translation>Find that dialogue gives options</translation>
        </message>
        <message>
            <source>Evaluation date</source>
            <translation>Evaluation date</translation>
        </message>
        <message>
            <source>Indicator framework</source>
            <translation>Indicator framework</translation>
        </message>
        <message>
            <source>A field</source>
            <translation>A field</translation>
        </message>
        <message>
            <source>1-1 mentoring</source>
            <translation>1-1 mentoring</translation>
        </message>
        <message>
            <source>parent coaching</source>
            <translation>parent coaching</translation>
        </message>
        <message>
            <source>front-line staff</source>
            <translation>front-line staff</translation>
        </message>
        <message>
            <source>parents</source>
            <translation>parents</translation>
        </message>
        <message>
            <source>pupils and youth-club members</source>
            <translation>pupils and youth-club members</translation>
        </message>
        <message>
            <source>{field} must be filled in.</source>
            <translation>{field} must be filled in.</translation>
        </message>
        <message>
            <source>The code can be at most {limit} characters, with no spaces at the start or end.</source>
            <translation>The code can be at most {limit} characters, with no spaces at the start or end.</translation>
        </message>
        <message>
            <source>The birth year {value} is not plausible. Check it.</source>
            <translation>The birth year {value} is not plausible. Check it.</translation>
        </message>
        <message>
            <source>Only a parent can be linked to a young person.</source>
            <translation>Only a parent can be linked to a young person.</translation>
        </message>
        <message>
            <source>A parent can only be linked to a young person.</source>
            <translation>A parent can only be linked to a young person.</translation>
        </message>
        <message>
            <source>A participant cannot be linked to themselves.</source>
            <translation>A participant cannot be linked to themselves.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters. Shorten it.</source>
            <translation>{field} is longer than {limit} characters. Shorten it.</translation>
        </message>
        <message>
            <source>Another participant already has this code. Choose another.</source>
            <translation>Another participant already has this code. Choose another.</translation>
        </message>
        <message>
            <source>This participant belongs in {expected}, not in {track}.</source>
            <translation>This participant belongs in {expected}, not in {track}.</translation>
        </message>
        <message>
            <source>The indicator framework has no such track.</source>
            <translation>The indicator framework has no such track.</translation>
        </message>
        <message>
            <source>The course cannot end before it starts.</source>
            <translation>The course cannot end before it starts.</translation>
        </message>
        <message>
            <source>The course cannot end before its last session. Choose a later date.</source>
            <translation>The course cannot end before its last session. Choose a later date.</translation>
        </message>
        <message>
            <source>A closed course needs an end date and a closing reason.</source>
            <translation>A closed course needs an end date and a closing reason.</translation>
        </message>
        <message>
            <source>The time {wall} does not exist in Copenhagen (the clocks were put forward). Choose another time.</source>
            <translation>The time {wall} does not exist in Copenhagen (the clocks were put forward). Choose another time.</translation>
        </message>
        <message>
            <source>Times are recorded to the minute. Check the time.</source>
            <translation>Times are recorded to the minute. Check the time.</translation>
        </message>
        <message>
            <source>The stored time does not add up. Enter the date and time again.</source>
            <translation>The stored time does not add up. Enter the date and time again.</translation>
        </message>
        <message>
            <source>The duration cannot be negative.</source>
            <translation>The duration cannot be negative.</translation>
        </message>
        <message>
            <source>A session lasts at least {limit} minute. Check the duration.</source>
            <translation>A session lasts at least {limit} minute. Check the duration.</translation>
        </message>
        <message>
            <source>The time zone is not a known time zone.</source>
            <translation>The time zone is not a known time zone.</translation>
        </message>
        <message>
            <source>{field} lies outside the dates the program accepts. Check it.</source>
            <translation>{field} lies outside the dates the program accepts. Check it.</translation>
        </message>
        <message>
            <source>{field} contains an invisible control character. Remove it.</source>
            <translation>{field} contains an invisible control character. Remove it.</translation>
        </message>
        <message>
            <source>{field} contains a character that changes the direction of the text. Remove it.</source>
            <translation>{field} contains a character that changes the direction of the text. Remove it.</translation>
        </message>
        <message>
            <source>A course cannot start before 1 January 2000.</source>
            <translation>A course cannot start before 1 January 2000.</translation>
        </message>
        <message>
            <source>A course cannot start more than a year from today.</source>
            <translation>A course cannot start more than a year from today.</translation>
        </message>
        <message>
            <source>The file holds the same record twice.</source>
            <translation>The file holds the same record twice.</translation>
        </message>
        <message>
            <source>A session longer than {limit} minutes is not plausible. Check the duration.</source>
            <translation>A session longer than {limit} minutes is not plausible. Check the duration.</translation>
        </message>
        <message>
            <source>The session is before the course started ({course_start}).</source>
            <translation>The session is before the course started ({course_start}).</translation>
        </message>
        <message>
            <source>The session is after the course ended ({course_end}).</source>
            <translation>The session is after the course ended ({course_end}).</translation>
        </message>
        <message>
            <source>{indicator} is not an indicator in this track.</source>
            <translation>{indicator} is not an indicator in this track.</translation>
        </message>
        <message>
            <source>The rating {value} is outside the scale {min}–{max}.</source>
            <translation>The rating {value} is outside the scale {min}–{max}.</translation>
        </message>
        <message>
            <source>Say who the report is about: an existing participant or a new pseudonym code, not both.</source>
            <translation>Say who the report is about: an existing participant or a new pseudonym code, not both.</translation>
        </message>
        <message>
            <source>This code belongs to an existing participant. Choose the participant instead.</source>
            <translation>This code belongs to an existing participant. Choose the participant instead.</translation>
        </message>
        <message>
            <source>{field} lies in the future. Check the date.</source>
            <translation>{field} lies in the future. Check the date.</translation>
        </message>
        <message>
            <source>The first reaction cannot come before the report was received.</source>
            <translation>The first reaction cannot come before the report was received.</translation>
        </message>
        <message>
            <source>A reaction needs both a time and the worker who reacted.</source>
            <translation>A reaction needs both a time and the worker who reacted.</translation>
        </message>
        <message>
            <source>Record the first reaction before the outcome.</source>
            <translation>Record the first reaction before the outcome.</translation>
        </message>
        <message>
            <source>This kind of activity is held for {expected}.</source>
            <translation>This kind of activity is held for {expected}.</translation>
        </message>
        <message>
            <source>The number of participants must be between 0 and {limit}.</source>
            <translation>The number of participants must be between 0 and {limit}.</translation>
        </message>
        <message>
            <source>This audience is asked another question: {expected}.</source>
            <translation>This audience is asked another question: {expected}.</translation>
        </message>
        <message>
            <source>An evaluation needs both the number who answered and the answers.</source>
            <translation>An evaluation needs both the number who answered and the answers.</translation>
        </message>
        <message>
            <source>The number who answered must be between 0 and the number of participants.</source>
            <translation>The number who answered must be between 0 and the number of participants.</translation>
        </message>
        <message>
            <source>{field} must be between 0 and the number who answered.</source>
            <translation>{field} must be between 0 and the number who answered.</translation>
        </message>
        <message>
            <source>A record in the file belongs to a participant that does not exist.</source>
            <translation>A record in the file belongs to a participant that does not exist.</translation>
        </message>
        <message>
            <source>A record in the file names a worker that does not exist.</source>
            <translation>A record in the file names a worker that does not exist.</translation>
        </message>
        <message>
            <source>A session in the file belongs to a course that does not exist.</source>
            <translation>A session in the file belongs to a course that does not exist.</translation>
        </message>
        <message>
            <source>A session in the file uses an indicator framework this version does not know. Update VINK Desktop.</source>
            <translation>A session in the file uses an indicator framework this version does not know. Update VINK Desktop.</translation>
        </message>
        <message>
            <source>{field}: the value is not valid.</source>
            <translation>{field}: the value is not valid.</translation>
        </message>
        <message>
            <source>The course is closed, so it cannot be changed. Reopen it first.</source>
            <translation>The course is closed, so it cannot be changed. Reopen it first.</translation>
        </message>
        <message>
            <source>Use “Close course” to close a course.</source>
            <translation>Use “Close course” to close a course.</translation>
        </message>
        <message>
            <source>The service evaluation is made when the course is closed.</source>
            <translation>The service evaluation is made when the course is closed.</translation>
        </message>
        <message>
            <source>This course already has a service evaluation.</source>
            <translation>This course already has a service evaluation.</translation>
        </message>
        <message>
            <source>Give the time of the first reaction too.</source>
            <translation>Give the time of the first reaction too.</translation>
        </message>
        <message>
            <source>Give the time of a reaction or an outcome; there is nothing to save.</source>
            <translation>Give the time of a reaction or an outcome; there is nothing to save.</translation>
        </message>
        <message>
            <source>The participant already has an open course in this track. Open that course instead.</source>
            <translation>The participant already has an open course in this track. Open that course instead.</translation>
        </message>
        <message>
            <source>This cannot be done while the record is in its current state.</source>
            <translation>This cannot be done while the record is in its current state.</translation>
        </message>
        <message>
            <source>The participant was not found. It may have been erased.</source>
            <translation>The participant was not found. It may have been erased.</translation>
        </message>
        <message>
            <source>The course was not found. It may have been deleted.</source>
            <translation>The course was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>The session was not found. It may have been deleted.</source>
            <translation>The session was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>The worker was not found in this vault.</source>
            <translation>The worker was not found in this vault.</translation>
        </message>
        <message>
            <source>The report of concern was not found. It may have been deleted.</source>
            <translation>The report of concern was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>The record was not found. It may have been deleted.</source>
            <translation>The record was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>The file is not a VINK records file this program can read. Nothing was imported.</source>
            <translation>The file is not a VINK records file this program can read. Nothing was imported.</translation>
        </message>
        <message>
            <source>Nothing was saved:</source>
            <translation>Nothing was saved:</translation>
        </message>
        <message>
            <source>The record uses an indicator framework this version of VINK Desktop does not know. Update the program.</source>
            <translation>The record uses an indicator framework this version of VINK Desktop does not know. Update the program.</translation>
        </message>
        <message>
            <source>An indicator framework file cannot be read. Reinstall VINK Desktop, or contact the office.</source>
            <translation>An indicator framework file cannot be read. Reinstall VINK Desktop, or contact the office.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was kept.</source>
            <translation>Cancelled. Nothing was kept.</translation>
        </message>
        <message>
            <source>A file could not be read or written. Check that the folder exists, that you may write to it, and that the disk is not full.</source>
            <translation>A file could not be read or written. Check that the folder exists, that you may write to it, and that the disk is not full.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. What you had saved is safe. If it happens again, contact the office.</source>
            <translation>Something unexpected went wrong. What you had saved is safe. If it happens again, contact the office.</translation>
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
            <translation>Something unexpected went wrong. What was already saved is safe; the last thing you did may not have been saved.</translation>
        </message>
        <message>
            <source>A technical note without any personal data was written to {path}. If it happens again, send that file to the office.</source>
            <translation>A technical note without any personal data was written to {path}. If it happens again, send that file to the office.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Kind</source>
            <extracomment>What each row opens: a course, a report, or nothing (devices). The row's kind as shown now ("concern_overdue", "concern_pending" or one of the KIND_*). The id a double-click opens (course id or report id; the device id for devices). The course, report or device the row is about.</extracomment>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Who or what</source>
            <translation>Who or what</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Report of concern overdue</source>
            <translation>Report of concern overdue</translation>
        </message>
        <message>
            <source>Report of concern waiting</source>
            <translation>Report of concern waiting</translation>
        </message>
        <message>
            <source>Course off track</source>
            <translation>Course off track</translation>
        </message>
        <message>
            <source>No recent session</source>
            <translation>No recent session</translation>
        </message>
        <message>
            <source>Device not synced</source>
            <translation>Device not synced</translation>
        </message>
        <message>
            <source>Gap in batches</source>
            <translation>Gap in batches</translation>
        </message>
        <message>
            <source>No session since the start, {weeks} weeks ago</source>
            <translation>No session since the start, {weeks} weeks ago</translation>
        </message>
        <message>
            <source>No session for {weeks} weeks</source>
            <translation>No session for {weeks} weeks</translation>
        </message>
        <message>
            <source>Has never sent a batch</source>
            <translation>Has never sent a batch</translation>
        </message>
        <message>
            <source>No batch for {days} days</source>
            <translation>No batch for {days} days</translation>
        </message>
        <message>
            <source>Batches missing: {numbers}</source>
            <translation>Batches missing: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Sho&amp;w</source>
            <extracomment>How often the reports' status is recomputed (milliseconds). The default N: a device that has not sent a batch for this many days is listed. A row about a course was opened (double-click or Enter): the course id. A row about a report of concern was opened: the report id. Read since the view was last hidden (showing it then needs no new read).</extracomment>
            <translation>Sho&amp;w</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Reports of concern</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>No session for &amp;at least</source>
            <translation>No session for &amp;at least</translation>
        </message>
        <message>
            <source>the framework's weeks</source>
            <translation>the framework's weeks</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>Weeks without a session</source>
            <translation>Weeks without a session</translation>
        </message>
        <message>
            <source>Device silent for at &amp;least</source>
            <translation>Device silent for at &amp;least</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Days without a batch</source>
            <translation>Days without a batch</translation>
        </message>
        <message>
            <source>Follow-up list</source>
            <translation>Follow-up list</translation>
        </message>
        <message>
            <source>Devices are not checked: this vault has no sync records (a field laptop, or an office that has not imported a batch yet).</source>
            <translation>Devices are not checked: this vault has no sync records (a field laptop, or an office that has not imported a batch yet).</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation>Read the list again (F5)</translation>
        </message>
        <message>
            <source>{overdue} reports of concern overdue, {pending} waiting; {off} courses off track, {quiet} without a recent session</source>
            <translation>{overdue} reports of concern overdue, {pending} waiting; {off} courses off track, {quiet} without a recent session</translation>
        </message>
        <message>
            <source>; {devices} device problems</source>
            <translation>; {devices} device problems</translation>
        </message>
    </context>
    <context>
        <name>ImportResultModel</name>
        <message>
            <source>File</source>
            <extracomment>The device id (str) of a row. The row's status code (``imported``, ``held``…; ``pending``, ``approved``…). A plain value that sorts correctly. What became of a held batch since (``applied``, ``dropped`` or ``forgotten``), else None.</extracomment>
            <translation>File</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Imported later</source>
            <translation>Imported later</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Applied from the held batches.</source>
            <translation>Applied from the held batches.</translation>
        </message>
        <message>
            <source>The laptop was revoked; the held batch was dropped.</source>
            <translation>The laptop was revoked; the held batch was dropped.</translation>
        </message>
        <message>
            <source>The laptop was forgotten; the held batch was deleted.</source>
            <translation>The laptop was forgotten; the held batch was deleted.</translation>
        </message>
        <message>
            <source>From the held batches: {counts}</source>
            <translation>From the held batches: {counts}</translation>
        </message>
        <message>
            <source>The office already has this batch; nothing changed.</source>
            <translation>The office already has this batch; nothing changed.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>VINK Desktop is locked</source>
            <extracomment>A wall-clock jump beyond the monotonic clock larger than this means "woke from sleep". How often the sleep watchdog looks at the clocks.</extracomment>
            <translation>VINK Desktop is locked</translation>
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
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Lock now (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;About VINK Desktop</source>
            <translation>&amp;About VINK Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>The vault is open</source>
            <translation>The vault is open</translation>
        </message>
        <message>
            <source>No views are installed in this version yet. Your data is safe in the encrypted vault; lock with Ctrl+L when you leave the computer.</source>
            <translation>No views are installed in this version yet. Your data is safe in the encrypted vault; lock with Ctrl+L when you leave the computer.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Field vault</source>
            <translation>Field vault</translation>
        </message>
        <message>
            <source>Office vault</source>
            <translation>Office vault</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>About VINK Desktop</source>
            <translation>About VINK Desktop</translation>
        </message>
        <message>
            <source>VINK Desktop {version}

Case records and progress for 1-1 mentoring and parent coaching, kept in an encrypted vault on this computer.

Copenhagen Municipality, VINK.</source>
            <translation>VINK Desktop {version}

Case records and progress for 1-1 mentoring and parent coaching, kept in an encrypted vault on this computer.

Copenhagen Municipality, VINK.</translation>
        </message>
        <message>
            <source>Courses</source>
            <extracomment>The application property the views read to choose framework texts (see course_texts). Registers the views on a new main window; replaced in tests.</extracomment>
            <translation>Courses</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Success criteria</translation>
        </message>
        <message>
            <source>Reports of concern</source>
            <translation>Reports of concern</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>Outreach</translation>
        </message>
        <message>
            <source>Batch import</source>
            <translation>Batch import</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Sync with the office</source>
            <translation>Sync with the office</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Repeat the new passphrase</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
    </context>
    <context>
        <name>OfficeHelpWidget</name>
        <message>
            <source>Get help from the office</source>
            <translation>Get help from the office</translation>
        </message>
        <message>
            <source>If the passphrase is forgotten and the recovery key is lost too, the office can give the vault back. First save a request file here and call the office. When the office has sent you its answer, open it here.</source>
            <translation>If the passphrase is forgotten and the recovery key is lost too, the office can give the vault back. First save a request file here and call the office. When the office has sent you its answer, open it here.</translation>
        </message>
        <message>
            <source>&amp;Save the request file…</source>
            <translation>&amp;Save the request file…</translation>
        </message>
        <message>
            <source>&amp;Open the office's answer…</source>
            <translation>&amp;Open the office's answer…</translation>
        </message>
        <message>
            <source>1. Call the office and read out this laptop's fingerprint, group by group.
2. Send the request file to the office on a USB stick or by secure mail.
3. The office sends an answer file back and reads a one-time key out to you on the phone. Then open the answer here.</source>
            <translation>1. Call the office and read out this laptop's fingerprint, group by group.
2. Send the request file to the office on a USB stick or by secure mail.
3. The office sends an answer file back and reads a one-time key out to you on the phone. Then open the answer here.</translation>
        </message>
        <message>
            <source>This laptop's fingerprint:</source>
            <translation>This laptop's fingerprint:</translation>
        </message>
        <message>
            <source>This laptop's fingerprint</source>
            <translation>This laptop's fingerprint</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Recover with the office's answer</source>
            <translation>Recover with the office's answer</translation>
        </message>
        <message>
            <source>Type the one-time key the office read out to you (nine groups of four characters), and choose a new passphrase. You then get a new recovery key to write down; the old one stops working.</source>
            <translation>Type the one-time key the office read out to you (nine groups of four characters), and choose a new passphrase. You then get a new recovery key to write down; the old one stops working.</translation>
        </message>
        <message>
            <source>Answer file:</source>
            <translation>Answer file:</translation>
        </message>
        <message>
            <source>One-time key</source>
            <translation>One-time key</translation>
        </message>
        <message>
            <source>One-time &amp;key:</source>
            <translation>One-time &amp;key:</translation>
        </message>
        <message>
            <source>Recover and &amp;set the new passphrase</source>
            <translation>Recover and &amp;set the new passphrase</translation>
        </message>
        <message>
            <source>Recovering</source>
            <translation>Recovering</translation>
        </message>
        <message>
            <source>Write down your new recovery key</source>
            <translation>Write down your new recovery key</translation>
        </message>
        <message>
            <source>The vault has a new passphrase and a new recovery key. If you forget the passphrase again, this key is the way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once. Then delete the answer file and throw away any note of the one-time key.</source>
            <translation>The vault has a new passphrase and a new recovery key. If you forget the passphrase again, this key is the way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once. Then delete the answer file and throw away any note of the one-time key.</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery key down and keep it safe</source>
            <translation>I have &amp;written the recovery key down and keep it safe</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <source>Save the recovery request</source>
            <translation>Save the recovery request</translation>
        </message>
        <message>
            <source>Recovery requests (*{suffix})</source>
            <translation>Recovery requests (*{suffix})</translation>
        </message>
        <message>
            <source>The request is saved as {file}.</source>
            <translation>The request is saved as {file}.</translation>
        </message>
        <message>
            <source>Open the office's answer</source>
            <translation>Open the office's answer</translation>
        </message>
        <message>
            <source>Answers from the office (*{suffix})</source>
            <translation>Answers from the office (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>OfficeRecoveryActions</name>
        <message>
            <source>&amp;Recovery answer for a laptop…</source>
            <translation>&amp;Recovery answer for a laptop…</translation>
        </message>
        <message>
            <source>Open a recovery request</source>
            <translation>Open a recovery request</translation>
        </message>
        <message>
            <source>Recovery requests (*{suffix})</source>
            <translation>Recovery requests (*{suffix})</translation>
        </message>
        <message>
            <source>Recovery answer for a laptop</source>
            <translation>Recovery answer for a laptop</translation>
        </message>
    </context>
    <context>
        <name>OfficeTexts</name>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>SSP</source>
            <translation>SSP</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation>Social services</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>Advice given</translation>
        </message>
        <message>
            <source>Course opened</source>
            <translation>Course opened</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Referred on</translation>
        </message>
        <message>
            <source>No further action</source>
            <translation>No further action</translation>
        </message>
        <message>
            <source>Within 24 h</source>
            <translation>Within 24 h</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Training of front-line staff</source>
            <translation>Training of front-line staff</translation>
        </message>
        <message>
            <source>Parent network meeting</source>
            <translation>Parent network meeting</translation>
        </message>
        <message>
            <source>Pupil or youth-club dialogue</source>
            <translation>Pupil or youth-club dialogue</translation>
        </message>
        <message>
            <source>Talk to local police or SSP</source>
            <translation>Talk to local police or SSP</translation>
        </message>
        <message>
            <source>Front-line staff</source>
            <translation>Front-line staff</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Parents</translation>
        </message>
        <message>
            <source>Pupils and youth-club members</source>
            <translation>Pupils and youth-club members</translation>
        </message>
        <message>
            <source>Find that the dialogue gives them options</source>
            <translation>Find that the dialogue gives them options</translation>
        </message>
        <message>
            <source>Feel able to help a young person</source>
            <translation>Feel able to help a young person</translation>
        </message>
        <message>
            <source>Yes, good service</source>
            <translation>Yes, good service</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Not answered / not involved</source>
            <translation>Not answered / not involved</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} h</translation>
        </message>
        <message>
            <source>{duration} left</source>
            <translation>{duration} left</translation>
        </message>
        <message>
            <source>overdue by {duration}</source>
            <translation>overdue by {duration}</translation>
        </message>
    </context>
    <context>
        <name>OpenCourseDialog</name>
        <message>
            <source>New course</source>
            <translation>New course</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>&amp;Participant</source>
            <translation>&amp;Participant</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Track</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Open course</source>
            <translation>Open course</translation>
        </message>
        <message>
            <source>Choose a participant.</source>
            <translation>Choose a participant.</translation>
        </message>
    </context>
    <context>
        <name>OutreachDialog</name>
        <message>
            <source>New outreach activity</source>
            <translation>New outreach activity</translation>
        </message>
        <message>
            <source>&amp;Date held</source>
            <translation>&amp;Date held</translation>
        </message>
        <message>
            <source>Date held</source>
            <translation>Date held</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Kind of activity</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>&amp;Head count</source>
            <translation>&amp;Head count</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Head count</translation>
        </message>
        <message>
            <source>D&amp;istrict</source>
            <translation>D&amp;istrict</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Held &amp;by</source>
            <translation>Held &amp;by</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <source>&amp;Evaluation made</source>
            <translation>&amp;Evaluation made</translation>
        </message>
        <message>
            <source>An evaluation was made</source>
            <translation>An evaluation was made</translation>
        </message>
        <message>
            <source>&amp;Answered</source>
            <translation>&amp;Answered</translation>
        </message>
        <message>
            <source>How many answered the evaluation</source>
            <translation>How many answered the evaluation</translation>
        </message>
        <message>
            <source>Of them &amp;positive</source>
            <translation>Of them &amp;positive</translation>
        </message>
        <message>
            <source>How many of them answered yes</source>
            <translation>How many of them answered yes</translation>
        </message>
        <message>
            <source>Record activity</source>
            <translation>Record activity</translation>
        </message>
        <message>
            <source>Positive means: {question}.</source>
            <translation>Positive means: {question}.</translation>
        </message>
        <message>
            <source>Choose the kind of activity.</source>
            <translation>Choose the kind of activity.</translation>
        </message>
    </context>
    <context>
        <name>OutreachModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Head count</source>
            <translation>Head count</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <source>How many answered the evaluation</source>
            <translation>How many answered the evaluation</translation>
        </message>
        <message>
            <source>Staff and parents: feel able to help a young person. Young people: find that the dialogue gives them options.</source>
            <translation>Staff and parents: feel able to help a young person. Young people: find that the dialogue gives them options.</translation>
        </message>
        <message>
            <source>Positive answers out of those who answered</source>
            <translation>Positive answers out of those who answered</translation>
        </message>
    </context>
    <context>
        <name>OutreachView</name>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>Year held</source>
            <translation>Year held</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Kind of activity</translation>
        </message>
        <message>
            <source>Outreach activities</source>
            <translation>Outreach activities</translation>
        </message>
        <message>
            <source>&amp;New activity…</source>
            <translation>&amp;New activity…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>{shown} activities. Head count: {staff} front-line staff, {parents} parents, {pupils} pupils and youth-club members.</source>
            <translation>{shown} activities. Head count: {staff} front-line staff, {parents} parents, {pupils} pupils and youth-club members.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>New participant</source>
            <extracomment>Copenhagen's districts (bydele), offered in the district field; any text is allowed. The draft key of the dialog adding a new participant (it edits no existing one).</extracomment>
            <translation>New participant</translation>
        </message>
        <message>
            <source>The code is a pseudonym: it is all the office sees. Do not use the person's name or initials in it.</source>
            <translation>The code is a pseudonym: it is all the office sees. Do not use the person's name or initials in it.</translation>
        </message>
        <message>
            <source>Pseudonym &amp;code</source>
            <translation>Pseudonym &amp;code</translation>
        </message>
        <message>
            <source>Pseudonym code</source>
            <translation>Pseudonym code</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>Kind of participant</source>
            <translation>Kind of participant</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>&amp;Birth year</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Birth year</translation>
        </message>
        <message>
            <source>&amp;District</source>
            <translation>&amp;District</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>&amp;Referred by</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <source>Parent of</source>
            <translation>Parent of</translation>
        </message>
        <message>
            <source>Type part of a code</source>
            <translation>Type part of a code</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Find a young person</source>
            <translation>Find a young person</translation>
        </message>
        <message>
            <source>&amp;Young people</source>
            <translation>&amp;Young people</translation>
        </message>
        <message>
            <source>Young people this parent is a parent of</source>
            <translation>Young people this parent is a parent of</translation>
        </message>
        <message>
            <source>Stays on this laptop (never sent to the office)</source>
            <translation>Stays on this laptop (never sent to the office)</translation>
        </message>
        <message>
            <source>Optional. Kept encrypted in the vault on this laptop only.</source>
            <translation>Optional. Kept encrypted in the vault on this laptop only.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Name (local only)</source>
            <translation>Name (local only)</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontact</translation>
        </message>
        <message>
            <source>Contact details (local only)</source>
            <translation>Contact details (local only)</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>Progress chart</source>
            <translation>Progress chart</translation>
        </message>
        <message>
            <source>Progress in numbers</source>
            <translation>Progress in numbers</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>No sessions yet: the chart fills in as sessions are rated</source>
            <translation>No sessions yet: the chart fills in as sessions are rated</translation>
        </message>
        <message>
            <source>Course score</source>
            <translation>Course score</translation>
        </message>
        <message>
            <source>Own view (0–100)</source>
            <translation>Own view (0–100)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Session date</translation>
        </message>
        <message>
            <source>Score (100 = best)</source>
            <translation>Score (100 = best)</translation>
        </message>
        <message>
            <source>{count} sessions; the same numbers are in the Table tab.</source>
            <translation>{count} sessions; the same numbers are in the Table tab.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Own view</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Acute concern</source>
            <translation>Acute concern</translation>
        </message>
        <message>
            <source>Not a complete assessment</source>
            <translation>Not a complete assessment</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Please wait</source>
            <extracomment>Operations still running, so neither they nor their Qt objects are collected mid-flight. Emitted last, after ``succeeded`` or ``failed``.</extracomment>
            <translation>Please wait</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReactionDialog</name>
        <message>
            <source>Reaction to a report of concern</source>
            <translation>Reaction to a report of concern</translation>
        </message>
        <message>
            <source>Received {received} from {source}, about {about}. A first reaction is due by {deadline}.</source>
            <translation>Received {received} from {source}, about {about}. A first reaction is due by {deadline}.</translation>
        </message>
        <message>
            <source>{when}, by {worker} ({status})</source>
            <translation>{when}, by {worker} ({status})</translation>
        </message>
        <message>
            <source>First reaction</source>
            <translation>First reaction</translation>
        </message>
        <message>
            <source>Reaction &amp;date</source>
            <translation>Reaction &amp;date</translation>
        </message>
        <message>
            <source>Date of reaction</source>
            <translation>Date of reaction</translation>
        </message>
        <message>
            <source>Reaction &amp;time (Copenhagen)</source>
            <translation>Reaction &amp;time (Copenhagen)</translation>
        </message>
        <message>
            <source>Time of the first reaction, Copenhagen time</source>
            <translation>Time of the first reaction, Copenhagen time</translation>
        </message>
        <message>
            <source>Reacted &amp;by</source>
            <translation>Reacted &amp;by</translation>
        </message>
        <message>
            <source>Reacted by</source>
            <translation>Reacted by</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Save reaction</source>
            <translation>Save reaction</translation>
        </message>
        <message>
            <source>The reaction is recorded already; choose the outcome.</source>
            <translation>The reaction is recorded already; choose the outcome.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RecordsActions</name>
        <message>
            <source>&amp;Import records…</source>
            <translation>&amp;Import records…</translation>
        </message>
        <message>
            <source>&amp;Export records (unencrypted)…</source>
            <translation>&amp;Export records (unencrypted)…</translation>
        </message>
        <message>
            <source>Import records</source>
            <translation>Import records</translation>
        </message>
        <message>
            <source>Records files (*.json)</source>
            <translation>Records files (*.json)</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>Export records</translation>
        </message>
        <message>
            <source>The file will NOT be encrypted. Anyone who gets it can read the notes about the young people and parents. Names and contact details are left out.

Only export to a place you trust, and delete the file when you are done.</source>
            <translation>The file will NOT be encrypted. Anyone who gets it can read the notes about the young people and parents. Names and contact details are left out.

Only export to a place you trust, and delete the file when you are done.</translation>
        </message>
        <message>
            <source>Records file (*.json);;Spreadsheet, one row per session (*.csv)</source>
            <translation>Records file (*.json);;Spreadsheet, one row per session (*.csv)</translation>
        </message>
        <message>
            <source>Importing records…</source>
            <translation>Importing records…</translation>
        </message>
        <message>
            <source>Exporting records…</source>
            <translation>Exporting records…</translation>
        </message>
        <message>
            <source>Imported {sessions} sessions, {courses} courses and {participants} participants ({unchanged} already up to date).</source>
            <translation>Imported {sessions} sessions, {courses} courses and {participants} participants ({unchanged} already up to date).</translation>
        </message>
        <message>
            <source>Exported {sessions} sessions to {file}.</source>
            <translation>Exported {sessions} sessions to {file}.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
    </context>
    <context>
        <name>RecoveryAnswerDialog</name>
        <message>
            <source>Unknown: the office has received no batch from it</source>
            <translation>Unknown: the office has received no batch from it</translation>
        </message>
        <message>
            <source>Recovery answer for a laptop</source>
            <translation>Recovery answer for a laptop</translation>
        </message>
        <message>
            <source>A laptop asks for its vault back</source>
            <translation>A laptop asks for its vault back</translation>
        </message>
        <message>
            <source>The laptop's user has forgotten the passphrase and lost the recovery key. Answer only when you are sure who is calling. Ask the caller to read out the laptop's fingerprint and compare it with these digits, group by group.</source>
            <translation>The laptop's user has forgotten the passphrase and lost the recovery key. Answer only when you are sure who is calling. Ask the caller to read out the laptop's fingerprint and compare it with these digits, group by group.</translation>
        </message>
        <message>
            <source>Vault:</source>
            <translation>Vault:</translation>
        </message>
        <message>
            <source>Laptop:</source>
            <translation>Laptop:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>The laptop's fingerprint:</source>
            <translation>The laptop's fingerprint:</translation>
        </message>
        <message>
            <source>The laptop's fingerprint</source>
            <translation>The laptop's fingerprint</translation>
        </message>
        <message>
            <source>The laptop has turned up: answer &amp;anyway</source>
            <translation>The laptop has turned up: answer &amp;anyway</translation>
        </message>
        <message>
            <source>This laptop's key differs from the one the office has for it. The request cannot be answered: it may not come from that laptop.</source>
            <translation>This laptop's key differs from the one the office has for it. The request cannot be answered: it may not come from that laptop.</translation>
        </message>
        <message>
            <source>The office has revoked this laptop. A revoked laptop is usually a lost one: answer only if it has turned up and you are sure who is calling.</source>
            <translation>The office has revoked this laptop. A revoked laptop is usually a lost one: answer only if it has turned up and you are sure who is calling.</translation>
        </message>
        <message>
            <source>I compared every group by phone: the fingerprint &amp;matches</source>
            <translation>I compared every group by phone: the fingerprint &amp;matches</translation>
        </message>
        <message>
            <source>&amp;Write the answer…</source>
            <translation>&amp;Write the answer…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Read out the one-time key</source>
            <translation>Read out the one-time key</translation>
        </message>
        <message>
            <source>Read this one-time key out to the laptop's user on the phone. Never write it down, mail it or send it in a message, and never with the answer file. It is shown only this once.</source>
            <translation>Read this one-time key out to the laptop's user on the phone. Never write it down, mail it or send it in a message, and never with the answer file. It is shown only this once.</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <source>Save the answer</source>
            <translation>Save the answer</translation>
        </message>
        <message>
            <source>Answers to a recovery request (*{suffix})</source>
            <translation>Answers to a recovery request (*{suffix})</translation>
        </message>
        <message>
            <source>The answer is saved as {file}. Send it to the laptop on a USB stick or by secure mail.</source>
            <translation>The answer is saved as {file}. Send it to the laptop on a USB stick or by secure mail.</translation>
        </message>
        <message>
            <source>One-time key</source>
            <translation>One-time key</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyView</name>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>The disk is full, so the report was not written. Free some space, or choose another place, and try again.</source>
            <translation>The disk is full, so the report was not written. Free some space, or choose another place, and try again.</translation>
        </message>
        <message>
            <source>The PDF could not be written completely, so it was not kept. Check that the disk is not full, and try again.</source>
            <translation>The PDF could not be written completely, so it was not kept. Check that the disk is not full, and try again.</translation>
        </message>
        <message>
            <source>You may not write to the folder {folder}. Choose another folder.</source>
            <translation>You may not write to the folder {folder}. Choose another folder.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation>The folder {folder} does not exist. Choose another folder.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give the report a file name.</source>
            <translation>{path} is a folder. Give the report a file name.</translation>
        </message>
        <message>
            <source>The report could not be written to {path}. Check that you may write there, and try again.</source>
            <translation>The report could not be written to {path}. Check that you may write there, and try again.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; no report was written. If it happens again, contact the office.</source>
            <translation>Something unexpected went wrong; no report was written. If it happens again, contact the office.</translation>
        </message>
    </context>
    <context>
        <name>ReportExportDialog</name>
        <message>
            <source>Yearly report</source>
            <translation>Yearly report</translation>
        </message>
        <message>
            <source>The yearly report to the city: the success criteria for the whole programme, in Danish. It holds no names and no pseudonyms; counts under 5 are shown as “&lt;5”. The dashboard's track, worker and district filters do not apply.</source>
            <translation>The yearly report to the city: the success criteria for the whole programme, in Danish. It holds no names and no pseudonyms; counts under 5 are shown as “&lt;5”. The dashboard's track, worker and district filters do not apply.</translation>
        </message>
        <message>
            <source>This is a field vault: the report covers only the records in it, not the office's.</source>
            <translation>This is a field vault: the report covers only the records in it, not the office's.</translation>
        </message>
        <message>
            <source>Year of the report</source>
            <translation>Year of the report</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;PDF, for the city council</source>
            <translation>&amp;PDF, for the city council</translation>
        </message>
        <message>
            <source>&amp;CSV, for statistics</source>
            <translation>&amp;CSV, for statistics</translation>
        </message>
        <message>
            <source>&amp;JSON, the same figures as data</source>
            <translation>&amp;JSON, the same figures as data</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>File to write</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Write report</source>
            <translation>&amp;Write report</translation>
        </message>
        <message>
            <source>vink-yearly-report-{year}</source>
            <translation>vink-yearly-report-{year}</translation>
        </message>
        <message>
            <source>Save the yearly report</source>
            <translation>Save the yearly report</translation>
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation>Choose where to save the report.</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>Writing the yearly report as a PDF…</source>
            <extracomment>(path, format) of a report that was written. The error, in words, of a report that was not written.</extracomment>
            <translation>Writing the yearly report as a PDF…</translation>
        </message>
    </context>
    <context>
        <name>ServiceEvaluationDialog</name>
        <message>
            <source>Service evaluation</source>
            <extracomment>The bodies asked about, in the order the success criterion names them. The evaluation was saved: the course id.</extracomment>
            <translation>Service evaluation</translation>
        </message>
        <message>
            <source>The course of {code} is closed. Ask the parent: in this case, did you experience good service from SSP, from VINK and from DKA?</source>
            <translation>The course of {code} is closed. Ask the parent: in this case, did you experience good service from SSP, from VINK and from DKA?</translation>
        </message>
        <message>
            <source>The course of {code} is closed. Ask the young person: in this case, did you experience good service from SSP, from VINK and from DKA?</source>
            <translation>The course of {code} is closed. Ask the young person: in this case, did you experience good service from SSP, from VINK and from DKA?</translation>
        </message>
        <message>
            <source>&amp;SSP</source>
            <translation>&amp;SSP</translation>
        </message>
        <message>
            <source>Good service from SSP</source>
            <translation>Good service from SSP</translation>
        </message>
        <message>
            <source>&amp;VINK</source>
            <translation>&amp;VINK</translation>
        </message>
        <message>
            <source>Good service from VINK</source>
            <translation>Good service from VINK</translation>
        </message>
        <message>
            <source>&amp;DKA (the police's crime prevention unit)</source>
            <translation>&amp;DKA (the police's crime prevention unit)</translation>
        </message>
        <message>
            <source>Good service from DKA</source>
            <translation>Good service from DKA</translation>
        </message>
        <message>
            <source>&amp;Evaluated on</source>
            <translation>&amp;Evaluated on</translation>
        </message>
        <message>
            <source>Date of the evaluation</source>
            <translation>Date of the evaluation</translation>
        </message>
        <message>
            <source>Save evaluation</source>
            <translation>Save evaluation</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>This course already has a service evaluation ({date}).</source>
            <translation>This course already has a service evaluation ({date}).</translation>
        </message>
    </context>
    <context>
        <name>SessionDraft</name>
        <message>
            <source>Changed; the draft is saved as you type</source>
            <extracomment>How long after the last keystroke a draft is written.</extracomment>
            <translation>Changed; the draft is saved as you type</translation>
        </message>
        <message>
            <source>Draft saved {time}</source>
            <translation>Draft saved {time}</translation>
        </message>
        <message>
            <source>Unsaved draft restored</source>
            <translation>Unsaved draft restored</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>New session: {code} · {track}</source>
            <extracomment>The id of the session that was saved.</extracomment>
            <translation>New session: {code} · {track}</translation>
        </message>
        <message>
            <source>Edit session: {code} · {track}</source>
            <translation>Edit session: {code} · {track}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close without saving; the draft is discarded</source>
            <translation>Close without saving; the draft is discarded</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Save session</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <source>When and how</source>
            <translation>When and how</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>T&amp;ime (Copenhagen)</source>
            <translation>T&amp;ime (Copenhagen)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>&amp;Kind of contact</source>
            <translation>&amp;Kind of contact</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>The participant's own view</source>
            <translation>The participant's own view</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Not asked</translation>
        </message>
        <message>
            <source>&amp;Own view</source>
            <translation>&amp;Own view</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Own view</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>&amp;Follow-up agreed</source>
            <translation>&amp;Follow-up agreed</translation>
        </message>
        <message>
            <source>&amp;Acute concern: act now under the acute procedure</source>
            <translation>&amp;Acute concern: act now under the acute procedure</translation>
        </message>
        <message>
            <source>Acute concern</source>
            <translation>Acute concern</translation>
        </message>
    </context>
    <context>
        <name>SessionTimelineModel</name>
        <message>
            <source>Date and time</source>
            <extracomment>Domain columns follow from 3; then the course score, own view, acute, notes.</extracomment>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Course score</source>
            <translation>Course score</translation>
        </message>
        <message>
            <source>Own view</source>
            <translation>Own view</translation>
        </message>
        <message>
            <source>Acute</source>
            <translation>Acute</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Language</source>
            <extracomment>The English label, marked with QT_TRANSLATE_NOOP("Settings", …); see :meth:`title`.</extracomment>
            <translation>Language</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Lock after idle time</translation>
        </message>
        <message>
            <source>Window position and size</source>
            <translation>Window position and size</translation>
        </message>
        <message>
            <source>Toolbar and dock layout</source>
            <translation>Toolbar and dock layout</translation>
        </message>
        <message>
            <source>Last vault folder</source>
            <translation>Last vault folder</translation>
        </message>
        <message>
            <source>Folder for batch files</source>
            <translation>Folder for batch files</translation>
        </message>
        <message>
            <source>Warn when changes wait longer than (days)</source>
            <extracomment>The warning's number of days; kept in QSettings.</extracomment>
            <translation>Warn when changes wait longer than (days)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <extracomment>Every preference, for the dialog and for tests. Emitted after the passphrase was changed (the dialog stays open).</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Danish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation type="vanished">A new language is used from the next start.</translation>
        </message>
        <message>
            <source>A new language is used at once, when you press OK.</source>
            <translation>A new language is used at once, when you press OK.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock &amp;after idle time:</source>
            <translation>Lock &amp;after idle time:</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>C&amp;urrent passphrase:</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>C&amp;hange passphrase</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>Vault</translation>
        </message>
        <message>
            <source>Field (mentor or parent coach)</source>
            <translation>Field (mentor or parent coach)</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Key derivation memory:</source>
            <translation>Key derivation memory:</translation>
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
            <translation>Key derivation passes:</translation>
        </message>
        <message>
            <source>Key derivation lanes:</source>
            <translation>Key derivation lanes:</translation>
        </message>
        <message>
            <source>Database version:</source>
            <translation>Database version:</translation>
        </message>
        <message>
            <source>SQLCipher:</source>
            <translation>SQLCipher:</translation>
        </message>
        <message>
            <source>The passphrase is stretched with Argon2id using these parameters; they were measured on this computer when the vault was created.</source>
            <translation>The passphrase is stretched with Argon2id using these parameters; they were measured on this computer when the vault was created.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>The passphrase was changed.</translation>
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
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <source>Too short: at least 10 characters</source>
            <translation>Too short: at least 10 characters</translation>
        </message>
        <message>
            <source>Weak: make it longer</source>
            <translation>Weak: make it longer</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>At least 10 characters; a sentence is good</source>
            <translation>At least 10 characters; a sentence is good</translation>
        </message>
    </context>
    <context>
        <name>SyncImportView</name>
        <message>
            <source>Import batches from field laptops</source>
            <extracomment>The import in flight or last run (tests wait on it).</extracomment>
            <translation>Import batches from field laptops</translation>
        </message>
        <message>
            <source>Choose the batch files the laptops wrote, or a folder of them, or drag them here. Each file gets a result below. A batch is applied whole or not at all.</source>
            <translation>Choose the batch files the laptops wrote, or a folder of them, or drag them here. Each file gets a result below. A batch is applied whole or not at all.</translation>
        </message>
        <message>
            <source>Import a f&amp;older…</source>
            <translation>Import a f&amp;older…</translation>
        </message>
        <message>
            <source>Import &amp;files…</source>
            <translation>Import &amp;files…</translation>
        </message>
        <message>
            <source>Write &amp;receipts…</source>
            <translation>Write &amp;receipts…</translation>
        </message>
        <message>
            <source>A signed receipt for each approved laptop, to take back to it.</source>
            <translation>A signed receipt for each approved laptop, to take back to it.</translation>
        </message>
        <message>
            <source>Export office &amp;identity…</source>
            <translation>Export office &amp;identity…</translation>
        </message>
        <message>
            <source>The file laptops enroll with (public keys only).</source>
            <translation>The file laptops enroll with (public keys only).</translation>
        </message>
        <message>
            <source>Drop .vinkbatch files or a folder here</source>
            <translation>Drop .vinkbatch files or a folder here</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v of %m files</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancel import</translation>
        </message>
        <message>
            <source>Re&amp;sults:</source>
            <translation>Re&amp;sults:</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Import results</translation>
        </message>
        <message>
            <source>This office's fingerprint (read it out when a laptop enrolls):</source>
            <translation>This office's fingerprint (read it out when a laptop enrolls):</translation>
        </message>
        <message>
            <source>This office's fingerprint</source>
            <translation>This office's fingerprint</translation>
        </message>
        <message>
            <source>Import a folder of batches</source>
            <translation>Import a folder of batches</translation>
        </message>
        <message>
            <source>Import batch files</source>
            <translation>Import batch files</translation>
        </message>
        <message>
            <source>Batch files (*.vinkbatch);;All files (*)</source>
            <translation>Batch files (*.vinkbatch);;All files (*)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Stopping after the current file…</source>
            <translation>Stopping after the current file…</translation>
        </message>
        <message>
            <source>No batch files were found there.</source>
            <translation>No batch files were found there.</translation>
        </message>
        <message>
            <source>The import was cancelled: the files not reached were left untouched.</source>
            <translation>The import was cancelled: the files not reached were left untouched.</translation>
        </message>
        <message>
            <source>{count} imported</source>
            <translation>{count} imported</translation>
        </message>
        <message>
            <source>{count} already imported</source>
            <translation>{count} already imported</translation>
        </message>
        <message>
            <source>{count} held</source>
            <translation>{count} held</translation>
        </message>
        <message>
            <source>{count} refused</source>
            <translation>{count} refused</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 file</translation>
        </message>
        <message>
            <source>{count} files</source>
            <translation>{count} files</translation>
        </message>
        <message>
            <source>{files}: {results}.</source>
            <translation>{files}: {results}.</translation>
        </message>
        <message>
            <source>none handled</source>
            <translation>none handled</translation>
        </message>
        <message>
            <source>Write the receipts to</source>
            <translation>Write the receipts to</translation>
        </message>
        <message>
            <source>Wrote 1 receipt to {folder}. Take it back to its laptop.</source>
            <translation>Wrote 1 receipt to {folder}. Take it back to its laptop.</translation>
        </message>
        <message>
            <source>Wrote {count} receipts to {folder}. Take each one back to its laptop.</source>
            <translation>Wrote {count} receipts to {folder}. Take each one back to its laptop.</translation>
        </message>
        <message>
            <source>No laptop is approved yet, so no receipt was written.</source>
            <translation>No laptop is approved yet, so no receipt was written.</translation>
        </message>
        <message>
            <source>Export the office identity</source>
            <translation>Export the office identity</translation>
        </message>
        <message>
            <source>Office identity (*.vinkoffice)</source>
            <translation>Office identity (*.vinkoffice)</translation>
        </message>
        <message>
            <source>The office identity was written to {file}. Give it to the field workers; when one enrolls, read this office's fingerprint out to them.</source>
            <translation>The office identity was written to {file}. Give it to the field workers; when one enrolls, read this office's fingerprint out to them.</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Sync with the office</source>
            <extracomment>Goes up on every lock, so an operation finishing afterwards is ignored. The export in flight or last run (tests wait on it).</extracomment>
            <translation>Sync with the office</translation>
        </message>
        <message>
            <source>Send changes to the office</source>
            <translation>Send changes to the office</translation>
        </message>
        <message>
            <source>Batch files are encrypted for the office and signed by this laptop. Write them to a network share or a USB stick and take them to the office.</source>
            <translation>Batch files are encrypted for the office and signed by this laptop. Write them to a network share or a USB stick and take them to the office.</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>No folder chosen yet</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Export folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the export folder</source>
            <translation>Choose the export folder</translation>
        </message>
        <message>
            <source>Export &amp;folder:</source>
            <translation>Export &amp;folder:</translation>
        </message>
        <message>
            <source>&amp;Export changes</source>
            <translation>&amp;Export changes</translation>
        </message>
        <message>
            <source>Write unconfirmed batches &amp;again</source>
            <translation>Write unconfirmed batches &amp;again</translation>
        </message>
        <message>
            <source>For a file that was lost on the way: the same batches, byte for byte.</source>
            <translation>For a file that was lost on the way: the same batches, byte for byte.</translation>
        </message>
        <message>
            <source>Files wri&amp;tten:</source>
            <translation>Files wri&amp;tten:</translation>
        </message>
        <message>
            <source>Files written</source>
            <translation>Files written</translation>
        </message>
        <message>
            <source>Receipt from the office</source>
            <translation>Receipt from the office</translation>
        </message>
        <message>
            <source>After an import the office writes a receipt for each laptop. Import it here: the changes it confirms are safe at the office.</source>
            <translation>After an import the office writes a receipt for each laptop. Import it here: the changes it confirms are safe at the office.</translation>
        </message>
        <message>
            <source>Import &amp;receipt…</source>
            <translation>Import &amp;receipt…</translation>
        </message>
        <message>
            <source>Fingerprints</source>
            <translation>Fingerprints</translation>
        </message>
        <message>
            <source>Compare them by phone with the office: read this laptop's fingerprint out to the supervisor, and check that the office's fingerprint is the one the supervisor reads out.</source>
            <translation>Compare them by phone with the office: read this laptop's fingerprint out to the supervisor, and check that the office's fingerprint is the one the supervisor reads out.</translation>
        </message>
        <message>
            <source>The office's fingerprint</source>
            <translation>The office's fingerprint</translation>
        </message>
        <message>
            <source>The &amp;office's fingerprint:</source>
            <translation>The &amp;office's fingerprint:</translation>
        </message>
        <message>
            <source>This laptop's fingerprint</source>
            <translation>This laptop's fingerprint</translation>
        </message>
        <message>
            <source>This &amp;laptop's fingerprint:</source>
            <translation>This &amp;laptop's fingerprint:</translation>
        </message>
        <message>
            <source>E&amp;nroll with an office identity file…</source>
            <translation>E&amp;nroll with an office identity file…</translation>
        </message>
        <message>
            <source>Writing batch files…</source>
            <translation>Writing batch files…</translation>
        </message>
        <message>
            <source>{file} ({records} records)</source>
            <translation>{file} ({records} records)</translation>
        </message>
        <message>
            <source>Wrote 1 unconfirmed batch file again to the export folder.</source>
            <translation>Wrote 1 unconfirmed batch file again to the export folder.</translation>
        </message>
        <message>
            <source>Wrote {count} unconfirmed batch files again to the export folder.</source>
            <translation>Wrote {count} unconfirmed batch files again to the export folder.</translation>
        </message>
        <message>
            <source>Wrote 1 batch file to the export folder. Take it to the office.</source>
            <translation>Wrote 1 batch file to the export folder. Take it to the office.</translation>
        </message>
        <message>
            <source>Wrote {count} batch files to the export folder. Take them to the office.</source>
            <translation>Wrote {count} batch files to the export folder. Take them to the office.</translation>
        </message>
        <message>
            <source>Every batch is confirmed; there is nothing to write again.</source>
            <translation>Every batch is confirmed; there is nothing to write again.</translation>
        </message>
        <message>
            <source>Nothing has changed since the last export; no file was written.</source>
            <translation>Nothing has changed since the last export; no file was written.</translation>
        </message>
        <message>
            <source>Import a receipt</source>
            <translation>Import a receipt</translation>
        </message>
        <message>
            <source>Receipts (*.vinkreceipt);;All files (*)</source>
            <translation>Receipts (*.vinkreceipt);;All files (*)</translation>
        </message>
        <message>
            <source>This receipt was imported before; nothing changed.</source>
            <translation>This receipt was imported before; nothing changed.</translation>
        </message>
        <message>
            <source>Receipt accepted: the office has every batch up to number {number}.</source>
            <translation>Receipt accepted: the office has every batch up to number {number}.</translation>
        </message>
        <message>
            <source>1 batch is now confirmed.</source>
            <translation>1 batch is now confirmed.</translation>
        </message>
        <message>
            <source>{count} batches are now confirmed.</source>
            <translation>{count} batches are now confirmed.</translation>
        </message>
        <message>
            <source>Enroll with an office identity file</source>
            <translation>Enroll with an office identity file</translation>
        </message>
        <message>
            <source>Office identity (*.vinkoffice);;All files (*)</source>
            <translation>Office identity (*.vinkoffice);;All files (*)</translation>
        </message>
        <message>
            <source>This laptop is already enrolled with this office; nothing changed.</source>
            <translation>This laptop is already enrolled with this office; nothing changed.</translation>
        </message>
        <message>
            <source>Enrolled. Now read this laptop's fingerprint out to the supervisor, who approves the laptop when its first batch arrives.</source>
            <translation>Enrolled. Now read this laptop's fingerprint out to the supervisor, who approves the laptop when its first batch arrives.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBox</name>
        <message>
            <source>What is safe at the office</source>
            <translation>What is safe at the office</translation>
        </message>
        <message>
            <source>&amp;Warn when changes wait longer than</source>
            <translation>&amp;Warn when changes wait longer than</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Confirmed at the office up to {time}.</source>
            <translation>Confirmed at the office up to {time}.</translation>
        </message>
        <message>
            <source>Nothing is confirmed at the office yet.</source>
            <translation>Nothing is confirmed at the office yet.</translation>
        </message>
        <message>
            <source>Last export: {export}. Last receipt: {receipt}.</source>
            <translation>Last export: {export}. Last receipt: {receipt}.</translation>
        </message>
        <message>
            <source>The office is waiting for an earlier batch before it can apply batches {numbers}. Use “Write unconfirmed batches again” and take all the files to the office.</source>
            <translation>The office is waiting for an earlier batch before it can apply batches {numbers}. Use “Write unconfirmed batches again” and take all the files to the office.</translation>
        </message>
        <message>
            <source>Changes have waited more than {days} days for the office's receipt. Export them, take the files to the office, and import the receipt you get back.</source>
            <translation>Changes have waited more than {days} days for the office's receipt. Export them, take the files to the office, and import the receipt you get back.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with an office yet. Ask the office for its identity file and enroll with it below.</source>
            <translation>This laptop is not enrolled with an office yet. Ask the office for its identity file and enroll with it below.</translation>
        </message>
        <message>
            <source>Every change is confirmed at the office.</source>
            <translation>Every change is confirmed at the office.</translation>
        </message>
        <message>
            <source>1 change is not yet confirmed by the office; it is {age} old.</source>
            <translation>1 change is not yet confirmed by the office; it is {age} old.</translation>
        </message>
        <message>
            <source>{count} changes are not yet confirmed by the office; the oldest is {age} old.</source>
            <translation>{count} changes are not yet confirmed by the office; the oldest is {age} old.</translation>
        </message>
        <message>
            <source>1 of them is not exported yet.</source>
            <translation>1 of them is not exported yet.</translation>
        </message>
        <message>
            <source>{count} of them are not exported yet.</source>
            <translation>{count} of them are not exported yet.</translation>
        </message>
    </context>
    <context>
        <name>SyncText</name>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>The laptop is not approved yet. Compare its fingerprint and approve it; the batch is kept and applied then.</source>
            <translation>The laptop is not approved yet. Compare its fingerprint and approve it; the batch is kept and applied then.</translation>
        </message>
        <message>
            <source>An earlier batch from this laptop is missing. The batch is kept and applied when the missing one arrives.</source>
            <translation>An earlier batch from this laptop is missing. The batch is kept and applied when the missing one arrives.</translation>
        </message>
        <message>
            <source>The file is damaged or cut short. Nothing from it was applied. Ask for the file again.</source>
            <translation>The file is damaged or cut short. Nothing from it was applied. Ask for the file again.</translation>
        </message>
        <message>
            <source>The file is too large to be a batch. Nothing was applied.</source>
            <translation>The file is too large to be a batch. Nothing was applied.</translation>
        </message>
        <message>
            <source>The file could not be read. Check that it is still there.</source>
            <translation>The file could not be read. Check that it is still there.</translation>
        </message>
        <message>
            <source>The file is not a VINK batch file. Nothing was applied.</source>
            <translation>The file is not a VINK batch file. Nothing was applied.</translation>
        </message>
        <message>
            <source>The batch was written by a newer version of VINK Desktop. Update the program here, then import it again.</source>
            <translation>The batch was written by a newer version of VINK Desktop. Update the program here, then import it again.</translation>
        </message>
        <message>
            <source>The batch uses an encryption this version does not know. Update the program here.</source>
            <translation>The batch uses an encryption this version does not know. Update the program here.</translation>
        </message>
        <message>
            <source>The batch holds records in a newer format. Update the program here, then import it again.</source>
            <translation>The batch holds records in a newer format. Update the program here, then import it again.</translation>
        </message>
        <message>
            <source>The batch is meant for another office. The laptop is enrolled with another office's identity file.</source>
            <translation>The batch is meant for another office. The laptop is enrolled with another office's identity file.</translation>
        </message>
        <message>
            <source>The batch is sealed to an earlier key of this office. The laptop must enroll again with the current identity file.</source>
            <translation>The batch is sealed to an earlier key of this office. The laptop must enroll again with the current identity file.</translation>
        </message>
        <message>
            <source>The batch does not come from the laptop it names. Nothing was applied.</source>
            <translation>The batch does not come from the laptop it names. Nothing was applied.</translation>
        </message>
        <message>
            <source>The batch is signed with another key than the one approved for this laptop. It may be forged. Nothing was applied; contact the laptop's user.</source>
            <translation>The batch is signed with another key than the one approved for this laptop. It may be forged. Nothing was applied; contact the laptop's user.</translation>
        </message>
        <message>
            <source>The signature does not match: the file was changed after it was written, or it is forged. Nothing was applied.</source>
            <translation>The signature does not match: the file was changed after it was written, or it is forged. Nothing was applied.</translation>
        </message>
        <message>
            <source>The batch could not be decrypted: it was changed or is not meant for this office. Nothing was applied.</source>
            <translation>The batch could not be decrypted: it was changed or is not meant for this office. Nothing was applied.</translation>
        </message>
        <message>
            <source>A record in the batch breaks the rules, so the whole batch was refused. The laptop's later batches wait behind it.</source>
            <translation>A record in the batch breaks the rules, so the whole batch was refused. The laptop's later batches wait behind it.</translation>
        </message>
        <message>
            <source>A participant's pseudonym code is already used by another participant at the office. Change the code on the laptop and renew it.</source>
            <translation>A participant's pseudonym code is already used by another participant at the office. Change the code on the laptop and renew it.</translation>
        </message>
        <message>
            <source>The batch refers to a participant or worker the office does not have. Nothing was applied.</source>
            <translation>The batch refers to a participant or worker the office does not have. Nothing was applied.</translation>
        </message>
        <message>
            <source>The laptop has been revoked. Its batches are no longer accepted.</source>
            <translation>The laptop has been revoked. Its batches are no longer accepted.</translation>
        </message>
        <message>
            <source>The office already has another batch with this number from this laptop. Nothing was applied; contact the laptop's user.</source>
            <translation>The office already has another batch with this number from this laptop. Nothing was applied; contact the laptop's user.</translation>
        </message>
        <message>
            <source>The batch does not follow on from the laptop's previous batch. Nothing was applied; contact the laptop's user.</source>
            <translation>The batch does not follow on from the laptop's previous batch. Nothing was applied; contact the laptop's user.</translation>
        </message>
        <message>
            <source>The batch changes, deletes or points at a record that belongs to another laptop or to the office. The whole batch was refused and nothing was applied; the laptop's later batches wait behind it. Find out why this laptop sent it.</source>
            <translation>The batch changes, deletes or points at a record that belongs to another laptop or to the office. The whole batch was refused and nothing was applied; the laptop's later batches wait behind it. Find out why this laptop sent it.</translation>
        </message>
        <message>
            <source>The batch conflicts with records the office holds (for example, it deletes a course the office has sessions for). Nothing was applied.</source>
            <translation>The batch conflicts with records the office holds (for example, it deletes a course the office has sessions for). Nothing was applied.</translation>
        </message>
        <message>
            <source>The batch is kept for later.</source>
            <translation>The batch is kept for later.</translation>
        </message>
        <message>
            <source>The batch was refused. Nothing from it was applied.</source>
            <translation>The batch was refused. Nothing from it was applied.</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 session</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sessions</translation>
        </message>
        <message>
            <source>1 course</source>
            <translation>1 course</translation>
        </message>
        <message>
            <source>{count} courses</source>
            <translation>{count} courses</translation>
        </message>
        <message>
            <source>1 participant</source>
            <translation>1 participant</translation>
        </message>
        <message>
            <source>{count} participants</source>
            <translation>{count} participants</translation>
        </message>
        <message>
            <source>1 worker</source>
            <translation>1 worker</translation>
        </message>
        <message>
            <source>{count} workers</source>
            <translation>{count} workers</translation>
        </message>
        <message>
            <source>{count} deleted</source>
            <translation>{count} deleted</translation>
        </message>
        <message>
            <source>{count} unchanged</source>
            <translation>{count} unchanged</translation>
        </message>
        <message>
            <source>No records</source>
            <translation>No records</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>less than a day</source>
            <translation>less than a day</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} days</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>This is done on a field laptop, not in the office vault.</source>
            <translation>This is done on a field laptop, not in the office vault.</translation>
        </message>
        <message>
            <source>This is done in the office vault, not on a field laptop.</source>
            <translation>This is done in the office vault, not on a field laptop.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with an office yet. Ask the office for its identity file and enroll with it.</source>
            <translation>This laptop is not enrolled with an office yet. Ask the office for its identity file and enroll with it.</translation>
        </message>
        <message>
            <source>This laptop is enrolled with another office key. Compare the fingerprints with the office before you replace it.</source>
            <translation>This laptop is enrolled with another office key. Compare the fingerprints with the office before you replace it.</translation>
        </message>
        <message>
            <source>The folder does not exist. Choose another folder.</source>
            <translation>The folder does not exist. Choose another folder.</translation>
        </message>
        <message>
            <source>The file is far too large for what it should be. Nothing was changed.</source>
            <translation>The file is far too large for what it should be. Nothing was changed.</translation>
        </message>
        <message>
            <source>Another export finished at the same time. Nothing was written; try again.</source>
            <translation>Another export finished at the same time. Nothing was written; try again.</translation>
        </message>
        <message>
            <source>That batch is already confirmed by the office; it is no longer kept.</source>
            <translation>That batch is already confirmed by the office; it is no longer kept.</translation>
        </message>
        <message>
            <source>The fingerprint does not match this laptop. It was not approved. Ask the laptop's user to read it out again.</source>
            <translation>The fingerprint does not match this laptop. It was not approved. Ask the laptop's user to read it out again.</translation>
        </message>
        <message>
            <source>The laptop was revoked. Type the fingerprint its user reads out to approve it again.</source>
            <translation>The laptop was revoked. Type the fingerprint its user reads out to approve it again.</translation>
        </message>
        <message>
            <source>Only a laptop waiting for approval can be forgotten. An approved or revoked laptop stays in the list, with what the office received from it.</source>
            <translation>Only a laptop waiting for approval can be forgotten. An approved or revoked laptop stays in the list, with what the office received from it.</translation>
        </message>
        <message>
            <source>The laptop has been revoked and cannot be approved again. It must enroll anew.</source>
            <translation type="vanished">The laptop has been revoked and cannot be approved again. It must enroll anew.</translation>
        </message>
        <message>
            <source>The office does not know this laptop.</source>
            <translation>The office does not know this laptop.</translation>
        </message>
        <message>
            <source>Several laptops match; choose one in the list.</source>
            <translation>Several laptops match; choose one in the list.</translation>
        </message>
        <message>
            <source>The receipt is damaged or cut short. Ask the office for it again.</source>
            <translation>The receipt is damaged or cut short. Ask the office for it again.</translation>
        </message>
        <message>
            <source>The file is not a VINK receipt. Nothing was changed.</source>
            <translation>The file is not a VINK receipt. Nothing was changed.</translation>
        </message>
        <message>
            <source>The receipt was written by a newer version of VINK Desktop. Update the program.</source>
            <translation>The receipt was written by a newer version of VINK Desktop. Update the program.</translation>
        </message>
        <message>
            <source>The receipt is from another office than the one this laptop is enrolled with. Nothing was changed.</source>
            <translation>The receipt is from another office than the one this laptop is enrolled with. Nothing was changed.</translation>
        </message>
        <message>
            <source>The receipt's signature does not match: it was changed or forged. Nothing was changed.</source>
            <translation>The receipt's signature does not match: it was changed or forged. Nothing was changed.</translation>
        </message>
        <message>
            <source>The receipt is for another laptop. Nothing was changed.</source>
            <translation>The receipt is for another laptop. Nothing was changed.</translation>
        </message>
        <message>
            <source>The receipt confirms a batch this laptop never wrote. Nothing was changed; contact the office.</source>
            <translation>The receipt confirms a batch this laptop never wrote. Nothing was changed; contact the office.</translation>
        </message>
        <message>
            <source>The office holds another batch under that number than the one this laptop wrote. Nothing was changed; contact the office.</source>
            <translation>The office holds another batch under that number than the one this laptop wrote. Nothing was changed; contact the office.</translation>
        </message>
        <message>
            <source>The receipt is older than the last one imported. Nothing was changed; use the newest receipt.</source>
            <translation>The receipt is older than the last one imported. Nothing was changed; use the newest receipt.</translation>
        </message>
        <message>
            <source>The receipt confirms less than an earlier one (was the office restored from a backup?). Nothing was changed; contact the office.</source>
            <translation>The receipt confirms less than an earlier one (was the office restored from a backup?). Nothing was changed; contact the office.</translation>
        </message>
        <message>
            <source>The office identity file is damaged. Ask the office for it again. Nothing was changed.</source>
            <translation>The office identity file is damaged. Ask the office for it again. Nothing was changed.</translation>
        </message>
        <message>
            <source>The file is not an office identity file. Nothing was changed.</source>
            <translation>The file is not an office identity file. Nothing was changed.</translation>
        </message>
        <message>
            <source>The identity file was written by a newer version of VINK Desktop. Update the program.</source>
            <translation>The identity file was written by a newer version of VINK Desktop. Update the program.</translation>
        </message>
        <message>
            <source>The identity file uses an encryption this version does not know. Update the program.</source>
            <translation>The identity file uses an encryption this version does not know. Update the program.</translation>
        </message>
        <message>
            <source>The recovery request is for another office. This office cannot answer it. Nothing was written.</source>
            <translation>The recovery request is for another office. This office cannot answer it. Nothing was written.</translation>
        </message>
        <message>
            <source>The recovery request is sealed to another key of this office (an earlier or a replaced one), so it cannot be opened. Nothing was written.</source>
            <translation>The recovery request is sealed to another key of this office (an earlier or a replaced one), so it cannot be opened. Nothing was written.</translation>
        </message>
        <message>
            <source>The laptop's key differs from the one the office has for it: the request may not come from that laptop. It cannot be answered. Nothing was written.</source>
            <translation>The laptop's key differs from the one the office has for it: the request may not come from that laptop. It cannot be answered. Nothing was written.</translation>
        </message>
        <message>
            <source>The office has revoked this laptop. Answer only if it has turned up, and tick that you answer anyway. Nothing was written.</source>
            <translation>The office has revoked this laptop. Answer only if it has turned up, and tick that you answer anyway. Nothing was written.</translation>
        </message>
        <message>
            <source>The export was cancelled. Nothing was written.</source>
            <extracomment>Which table to try first for a code: what the file was.</extracomment>
            <translation>The export was cancelled. Nothing was written.</translation>
        </message>
        <message>
            <source>This cannot be done now. Nothing was changed.</source>
            <translation>This cannot be done now. Nothing was changed.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Nothing was changed. If it happens again, contact the office.</source>
            <translation>Something unexpected went wrong. Nothing was changed. If it happens again, contact the office.</translation>
        </message>
    </context>
    <context>
        <name>UnlockWidget</name>
        <message>
            <source>VINK Desktop is locked</source>
            <extracomment>"Open another vault…" was chosen (start window only).</extracomment>
            <translation>VINK Desktop is locked</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Unlock the vault</translation>
        </message>
        <message>
            <source>Nothing was lost. Type your passphrase to carry on where you were.</source>
            <translation>Nothing was lost. Type your passphrase to carry on where you were.</translation>
        </message>
        <message>
            <source>Type the passphrase of the vault in this folder:</source>
            <translation>Type the passphrase of the vault in this folder:</translation>
        </message>
        <message>
            <source>Vault folder</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Unlocking</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Use the &amp;recovery key</source>
            <translation>Forgot the passphrase? Use the &amp;recovery key</translation>
        </message>
        <message>
            <source>Open &amp;another vault…</source>
            <translation>Open &amp;another vault…</translation>
        </message>
        <message>
            <source>Unlock with the recovery key</source>
            <translation>Unlock with the recovery key</translation>
        </message>
        <message>
            <source>Type the recovery key you wrote down when the vault was created (nine groups of four characters), and choose a new passphrase. The old passphrase stops working.</source>
            <translation>Type the recovery key you wrote down when the vault was created (nine groups of four characters), and choose a new passphrase. The old passphrase stops working.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Recovery &amp;key:</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Unlock and &amp;set the new passphrase</source>
            <translation>Unlock and &amp;set the new passphrase</translation>
        </message>
        <message>
            <source>Lost the recovery key too? Get &amp;help from the office</source>
            <translation>Lost the recovery key too? Get &amp;help from the office</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWidget</name>
        <message>
            <source>Welcome to VINK Desktop</source>
            <translation>Welcome to VINK Desktop</translation>
        </message>
        <message>
            <source>Your records are kept in a vault: an encrypted file on this computer that only opens with your passphrase. Nothing leaves the computer unless you export it.</source>
            <translation>Your records are kept in a vault: an encrypted file on this computer that only opens with your passphrase. Nothing leaves the computer unless you export it.</translation>
        </message>
        <message>
            <source>Create a new vault</source>
            <translation>Create a new vault</translation>
        </message>
        <message>
            <source>For a new mentor, parent coach or office. You choose a passphrase.</source>
            <translation>For a new mentor, parent coach or office. You choose a passphrase.</translation>
        </message>
        <message>
            <source>Open an existing vault</source>
            <translation>Open an existing vault</translation>
        </message>
        <message>
            <source>A vault folder that is already on this computer.</source>
            <translation>A vault folder that is already on this computer.</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>Try it with demo data</translation>
        </message>
        <message>
            <source>A separate vault filled with invented young people and parents.</source>
            <translation>A separate vault filled with invented young people and parents.</translation>
        </message>
        <message>
            <source>Vault folder</source>
            <translation>Vault folder</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>B&amp;rowse…</translation>
        </message>
        <message>
            <source>Choose the vault folder</source>
            <translation>Choose the vault folder</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>F&amp;ield: a mentor or parent coach</source>
            <translation>F&amp;ield: a mentor or parent coach</translation>
        </message>
        <message>
            <source>&amp;Office: a supervisor</source>
            <translation>&amp;Office: a supervisor</translation>
        </message>
        <message>
            <source>Kind of vault</source>
            <translation>Kind of vault</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your na&amp;me:</source>
            <translation>Your na&amp;me:</translation>
        </message>
        <message>
            <source>Number of demo participants</source>
            <translation>Number of demo participants</translation>
        </message>
        <message>
            <source>&amp;Demo participants:</source>
            <translation>&amp;Demo participants:</translation>
        </message>
        <message>
            <source>Creating the vault</source>
            <translation>Creating the vault</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Create the vault</source>
            <translation>&amp;Create the vault</translation>
        </message>
        <message>
            <source>Write down your recovery key</source>
            <translation>Write down your recovery key</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this key is the only way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once.</source>
            <translation>If you forget your passphrase, this key is the only way into the vault. Write it on paper now and keep the paper safe, away from this computer. It is shown only this once.</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery key down and keep it safe</source>
            <translation>I have &amp;written the recovery key down and keep it safe</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <source>Choose the folder that holds vault.db and vault.key.</source>
            <translation>Choose the folder that holds vault.db and vault.key.</translation>
        </message>
        <message>
            <source>Create a demo vault</source>
            <translation>Create a demo vault</translation>
        </message>
        <message>
            <source>A vault of its own with invented participants, courses and sessions, to look around in. It still needs a passphrase.</source>
            <translation>A vault of its own with invented participants, courses and sessions, to look around in. It still needs a passphrase.</translation>
        </message>
        <message>
            <source>Demo mentor</source>
            <translation>Demo mentor</translation>
        </message>
        <message>
            <source>Choose a passphrase you can remember: a short sentence is good. Nobody, not even the office, can open the vault without it or the recovery key.</source>
            <translation>Choose a passphrase you can remember: a short sentence is good. Nobody, not even the office, can open the vault without it or the recovery key.</translation>
        </message>
        <message>
            <source>Creating the demo vault…</source>
            <translation>Creating the demo vault…</translation>
        </message>
    </context>
    <context>
        <name>_ServiceDialog</name>
        <message>
            <source>Cancel</source>
            <extracomment>The subject of an open-course dialog opened without a participant.</extracomment>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>
