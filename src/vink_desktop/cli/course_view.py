"""The text view of one course for `courses show`: the participant, the sessions with their
scores, the change, progression side by side, and the off-track reasons."""

from __future__ import annotations

from vink_desktop.domain import framework as fw
from vink_desktop.domain.off_track import OffTrackSignal
from vink_desktop.services.courses import CourseDetail


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _judged(value: bool | None) -> str:
    return "not yet assessable" if value is None else ("yes" if value else "no")


def describe_signal(signal: OffTrackSignal) -> str:
    code = signal.code.value
    if code == "no_improvement":
        return (
            f"no improvement beyond the threshold after {signal.sessions} session(s) /"
            f" {signal.weeks} week(s)"
        )
    if code == "deterioration":
        drop = _num(abs(signal.points or 0.0))
        return f"deteriorated by {drop} points since the assessment before"
    if code == "acute_concern":
        return f"acute concern flagged on {signal.on}"
    if code == "no_recent_session":
        return f"no session for {signal.weeks} week(s)"
    return code


def _opt(value: object) -> str:
    return "-" if value is None else str(value)


def print_course_detail(detail: CourseDetail, framework: fw.Framework) -> None:
    course, person, progress = detail.course, detail.participant, detail.progress
    track = framework.track(course.track.value)
    worker = detail.worker.name if detail.worker else "-"
    print(f"Course {course.id}")
    print(f"  participant   {person.code} ({person.kind.value}, district {_opt(person.district)})")
    if detail.linked:
        print(f"  linked        {', '.join(p.code for p in detail.linked)}")
    print(f"  track         {course.track.value}   worker {worker}")
    print(f"  status        {course.status.value}   start {course.start}   end {_opt(course.end)}")
    if course.closing_reason:
        print(f"  closed        {course.closing_reason.value}")
    print(f"  framework     {course.framework_id} v{course.framework_version}")
    print()
    domain_ids = [d.id for d in track.domains]
    header = f"  {'date':<17}{'kind':<14}" + "".join(f"{d[:12]:>13}" for d in domain_ids)
    print(header + f"{'overall':>10}{'self':>6}  acute")
    by_id = {s.id: s for s in detail.sessions}
    baseline_id = progress.baseline.session_id if progress.baseline else None
    for score in progress.history:
        session = by_id[score.session_id]
        cells = ""
        for domain_id in domain_ids:
            domain = score.domain(domain_id)
            cells += f"{_num(domain.score if domain else None):>13}"
        marker = "  *" if score.session_id == baseline_id else ""
        acute = "yes" if score.acute_concern else ""
        print(
            f"  {session.start.wall:%Y-%m-%d %H:%M}  {session.contact_kind.value:<13}{cells}"
            f"{_num(score.overall):>10}{_opt(score.self_rating):>6}  {acute}{marker}"
        )
    if not progress.history:
        print("  (no sessions yet)")
    print()
    baseline = progress.baseline.overall if progress.baseline else None
    current = progress.current.overall if progress.current else None
    print(f"  baseline      {_num(baseline)}   (* in the table: the first complete assessment)")
    print(f"  current       {_num(current)}")
    for change in progress.domains:
        rci = "" if change.rci is None else f", RCI {change.rci:.2f}"
        label = change.change_class.value
        print(f"  {change.domain_id:<13} {change.change:+.1f} points{rci}: {label}")
    if progress.overall is not None:
        overall = progress.overall
        print(f"  overall       {overall.change:+.1f} points: {overall.change_class.value}")
    print(f"  progression (practitioner-rated)   {_judged(progress.progression)}")
    print(f"  progression (participant-reported) {_judged(progress.self_reported_progression)}")
    if progress.off_track:
        print("  off track:")
        for signal in progress.off_track:
            print(f"    - {describe_signal(signal)}")
    else:
        print("  off track:    no")
