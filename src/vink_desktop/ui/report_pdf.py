"""The yearly report as a Danish PDF: a ``QTextDocument`` (tables and text) with the charts
of ``report_charts.py``, printed to a ``QPdfWriter``. It owns no widgets and needs no
window: without a running Qt application it starts an offscreen one.

It renders :class:`ReportData` exactly as given; small counts were already suppressed
when the data was built, so nothing here can show one.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from vink_desktop.services.context import COPENHAGEN
from vink_desktop.services.yearly_report import (
    SMALL_COUNT,
    Count,
    ReportCount,
    ReportData,
    ReportRow,
)
from vink_desktop.ui import report_charts

_app: QApplication | None = None
_MARGIN_MM = 17.0
#: The document is laid out in these units per inch (Qt's default for rich text).
_UNITS_PER_INCH = 96
#: Space for the footer below the text, in document units.
_FOOTER = 22.0

SHORT_LABELS = {
    "reach_staff": "Frontmedarbejdere",
    "reach_parents": "Forældre",
    "reach_youth": "Elever og klubmedlemmer",
    "able_to_help": "Personale og forældre: kan hjælpe",
    "dialogue_gives_options": "Unge: dialogen giver muligheder",
    "mentoring_progression": "Progression, mentorforløb",
    "parent_coaching_progression": "Progression, forældrecoaching",
    "good_service": "God service (SSP, VINK, DKA)",
    "concern_reaction_24h": "Reaktion inden for 24 timer",
    "concern_reports_more": "Bekymringshenvendelser",
}
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december")  # fmt: skip

_CSS = """
body { font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 19pt; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; margin-top: 16pt; margin-bottom: 5pt; color: #00466e; }
h3 { font-size: 10pt; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 5pt; }
.sub { font-size: 11pt; color: #444444; }
.meta { font-size: 8pt; color: #444444; }
.small { font-size: 7.5pt; color: #444444; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #e6eef4; font-weight: bold; text-align: left; }
table.grid td, table.grid th { border: 0.5px solid #9aa9b4; padding: 3px; }
td.num { text-align: right; }
.yes { color: #006b4f; font-weight: bold; }
.no { color: #a33b00; font-weight: bold; }
"""


def ensure_qt() -> None:
    """A Qt application for fonts and painting; offscreen (no window, no display needed)
    when none is running. A QApplication, so that widgets made later in the same process
    (the desktop app, tests) still work."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QApplication(["vink-desktop-report", "-platform", "offscreen"])


def write_pdf(report: ReportData, out: Path) -> None:
    """Write ``report`` to ``out`` as an A4 PDF (atomically: a temporary file beside it)."""
    ensure_qt()
    document = build_document(report)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(fd)
        temp = Path(temp_name)
        try:
            os.chmod(temp, 0o600)
            _print(document, report, temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, out)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    finally:
        # Delete the Qt objects on the thread that made them (the PDF is drawn on a worker):
        # a QTextDocument's layout timer must not be stopped from another thread.
        shiboken6.delete(document)


def _print(document: QTextDocument, report: ReportData, path: Path) -> None:
    """Lay the document out in one long column (in 96-per-inch units), cut it into A4
    pages where no line is split (:func:`page_cuts`), and paint them with a footer each."""
    writer = QPdfWriter(str(path))
    writer.setTitle(f"VINK årsrapport {report.year}")
    writer.setCreator("VINK Desktop")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    scale = writer.resolution() / _UNITS_PER_INCH
    width = (210 - 2 * _MARGIN_MM) / 25.4 * _UNITS_PER_INCH
    height = (297 - 2 * _MARGIN_MM) / 25.4 * _UNITS_PER_INCH - _FOOTER
    document.setTextWidth(width)
    cuts = page_cuts(document, height)
    pages = len(cuts) - 1
    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        footer_font = QFont(document.defaultFont())
        footer_font.setPixelSize(9)
        for page in range(pages):
            if page:
                writer.newPage()
            top, bottom = cuts[page], cuts[page + 1]
            painter.save()
            painter.translate(QPointF(0, -top))
            document.drawContents(painter, QRectF(0, top, width, bottom - top))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(0, height + 8, width, _FOOTER - 8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"VINK – årsrapport {report.year} · opgjort pr. {_day(report.as_of)}",
            )
            painter.drawText(
                QRectF(0, height + 8, width, _FOOTER - 8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"Side {page + 1} af {pages}",
            )
    finally:
        painter.end()
        shiboken6.delete(writer)


#: A heading this close to the end of a page goes to the next one, with its text.
_KEEP_WITH_NEXT = 60.0


def page_cuts(document: QTextDocument, page_height: float) -> list[float]:
    """Where to cut the laid-out document into pages: never through a line of text (or an
    image, which sits in a line), a heading never last on a page, and a new page before
    every block that asks for one (``page-break-before``). Returns the cut positions from
    0 to the document's height."""
    layout = document.documentLayout()
    lines: list[tuple[float, float, bool]] = []
    forced: list[float] = []
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        fmt = block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            forced.append(rect.top())
        heading = fmt.headingLevel() > 0
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            top = rect.top() + line.y()
            lines.append((top, top + line.height(), heading))
        block = block.next()
    total = document.size().height()
    cuts = [0.0]
    while cuts[-1] < total - 0.5:
        start = cuts[-1]
        cut = start + page_height
        for at in forced:
            if start + 1 < at < cut:
                cut = at
        moved = True
        while moved:  # a cut moved up may now cross a line it did not cross before
            moved = False
            for top, bottom, heading in lines:
                reach = bottom + (_KEEP_WITH_NEXT if heading else 0.0)
                if start + 1 < top < cut < reach:
                    cut, moved = top, True
        cuts.append(min(cut, total))
    return cuts


def build_document(report: ReportData) -> QTextDocument:
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(9)
    # No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag.fromString(tag), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_CSS)
    shares = [r for r in report.rows if r.measure == "share_at_least"]
    reach = [r for r in report.rows if r.criterion_id.startswith("reach_")]
    trend = [r for r in shares if r.criterion_id in
             ("mentoring_progression", "parent_coaching_progression", "good_service",
              "concern_reaction_24h")]  # fmt: skip
    charts: dict[str, QImage] = {
        "chart-shares": report_charts.share_chart(shares, SHORT_LABELS),
        "chart-reach": report_charts.reach_chart(reach, SHORT_LABELS),
        "chart-quarters": report_charts.quarter_chart(trend, SHORT_LABELS),
    }
    for name, image in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(_html(report))
    return document


# -- text ----------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text))


def number(value: Count | float | None) -> str:
    """Danish number, for HTML: 1.234; "<5" stays (escaped)."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return html.escape(value)
    return f"{round(value):,}".replace(",", ".")


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}&nbsp;%"


def _interval(row: ReportRow) -> str:
    if row.interval is None:
        return "–"
    low, high = row.interval
    return f"{round(low * 100)}–{round(high * 100)}&nbsp;%"


def _target(row: ReportRow) -> str:
    if row.measure == "count_at_least":
        return f"mindst {number(row.target)}"
    if row.measure == "more_than_previous_year":
        return "flere end året før"
    return "alle (100&nbsp;%)" if row.target >= 1 else percent(row.target)


def _result(row: ReportRow) -> str:
    if row.measure == "share_at_least":
        if row.value is None:
            return "ingen data" if row.note == "no_data" else "for få"
        return percent(row.value)
    return number(row.count)


def _basis(row: ReportRow) -> str:
    if row.measure == "share_at_least":
        return f"{number(row.count)}&nbsp;af&nbsp;{number(row.denominator)}"
    details = {d.key: d for d in row.details}
    if "activities" in details:
        return f"{number(details['activities'].value)} aktiviteter"
    if "previous_year" in details:
        return f"året før: {number(details['previous_year'].value)}"
    return "–"


def _met(row: ReportRow) -> str:
    if row.met is None:
        return "kan ikke vurderes"
    text = '<span class="yes">Ja</span>' if row.met else '<span class="no">Nej</span>'
    if row.certain is False:
        text += " †"
    return text


def _day(value: object) -> str:
    if isinstance(value, datetime):
        local = value.astimezone(COPENHAGEN)
        return f"{local.day}. {_MONTHS[local.month - 1]} {local.year} kl. {local:%H.%M}"
    if isinstance(value, date):
        return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"
    return str(value)


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: set[int],
    widths: Sequence[int] = (),
) -> str:
    """A ruled table; ``widths`` in per cent of the text width, per column."""
    head = "".join(
        f'<th width="{widths[i]}%">{h}</th>' if i < len(widths) else f"<th>{h}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{cell}</td>' if i in numeric else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="grid" width="98%" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _count_lines(
    items: Sequence[ReportCount], first_head: str, value_head: str, of_head: str | None
) -> str:
    rows = []
    for item in items:
        cells = [_e(item.label_da), number(item.value)]
        if of_head is not None:
            cells.append(number(item.of))
        rows.append(cells)
    headers = [first_head, value_head] + ([of_head] if of_head else [])
    widths = (64, 18, 18) if of_head else (76, 24)
    return _table(headers, rows, {1, 2}, widths)


def _html(report: ReportData) -> str:
    parts: list[str] = [
        f"<h1>VINK – årsrapport {report.year}</h1>",
        '<p class="sub">Succeskriterier for Viden&nbsp;*&nbsp;Inklusion&nbsp;*&nbsp;København'
        " (VINK), Beskæftigelses- og Integrationsforvaltningen</p>",
        f'<p class="meta">Tallene er opgjort pr. {_day(report.as_of)} og omfatter hele'
        f" {report.year}. Rapporten er dannet {_day(report.generated_at)} af VINK Desktop."
        f" Indikatorramme: {_e(report.framework)}. Rapporten indeholder ingen navne,"
        " pseudonymer eller andre personoplysninger; antal under 5 vises som &lt;5.</p>",
        "<h2>1. Succeskriterierne</h2>",
    ]
    rows = [
        [_e(r.label_da), _target(r), f"<b>{_result(r)}</b>", _basis(r), _interval(r), _met(r)]
        for r in report.rows
    ]
    parts.append(
        _table(
            ["Succeskriterium", "Mål", "Resultat", "Grundlag", "95 %-interval", "Opfyldt"],
            rows,
            {2, 3, 4},
            (31, 12, 11, 20, 13, 13),
        )
    )
    parts.append(
        '<p class="small">Et mål er nået, når resultatet er mindst målet. † Intervallet'
        " omfatter målet: resultatet kan skyldes tilfældig variation. Grundlag: antal med det"
        " ønskede resultat af antal, der indgår. Resultater med færre end 5 i grundlaget vises"
        " ikke.</p>"
    )
    progression = [r for r in report.rows if r.participant_count is not None]
    if progression:
        parts.append("<h3>Progression set fra to sider</h3>")
        parts.append(
            _table(
                ["Forløb", "Fagpersonens vurdering", "Grundlag", "Deltagerens egen oplevelse",
                 "Grundlag"],
                [[_e(SHORT_LABELS.get(r.criterion_id, r.label_da)), percent(r.value),
                  f"{number(r.count)}&nbsp;af&nbsp;{number(r.denominator)}",
                  percent(r.participant_value),
                  f"{number(r.participant_count)}&nbsp;af&nbsp;{number(r.participant_n)}"]
                 for r in progression],
                {1, 2, 3, 4},
                (26, 18, 19, 18, 19),
            )
        )  # fmt: skip
        parts.append(
            '<p class="small">Succeskriteriet taler om, at deltagerne <i>oplever</i>'
            " progression. Tabellen viser derfor både fagpersonens vurdering (det tal,"
            " kriteriet måles på) og deltagerens egen vurdering ved seneste samtale.</p>"
        )
    parts += [
        '<h2 style="page-break-before: always">2. Figurer</h2>',
        _figure("chart-shares", "Figur 1.", "Andele mod målet, med 95 %-interval."),
        _figure("chart-reach", "Figur 2.", "Rækkevidde: deltagere i året mod målet."),
        _figure(
            "chart-quarters",
            "Figur 3.",
            "Udvikling pr. kvartal (kvartaler med færre end 5 i grundlaget er udeladt).",
        ),
        '<h2 style="page-break-before: always">3. Udvikling pr. kvartal</h2>',
        _quarter_table(report.rows),
        '<p class="small">Progression: forløb, der var åbne i kvartalet, vurderet på alle'
        " data til opgørelsesdagen. Henvendelser og aktiviteter: efter den dag, de blev"
        " modtaget eller holdt. Service: efter den dag, forløbet blev afsluttet.</p>",
        "<h2>4. Sådan er progression defineret</h2>",
        _progression_text(report),
        "<h2>5. Bekymringshenvendelser og udadrettede aktiviteter</h2>",
        "<h3>Henvendelser efter, hvem de kom fra</h3>",
        _count_lines(report.concern_sources, "Kilde", "Henvendelser", None),
        "<h3>Henvendelser efter udfald</h3>",
        _count_lines(report.concern_outcomes, "Udfald", "Henvendelser", None),
        "<h3>Udadrettede aktiviteter</h3>",
        _count_lines(report.outreach_kinds, "Aktivitet", "Deltagere", "Aktiviteter"),
        "<h2>6. Datagrundlag og fuldstændighed</h2>",
        _count_lines(report.completeness, "Registrering", "Antal", "Ud af"),
        _details_text(report.rows),
        "<h2>7. Hvad kunne ikke vurderes</h2>",
        "<ul>"
        + "".join(f"<li>{_e(n.label_da)} – {_e(n.reason_da)}</li>" for n in report.not_assessed)
        + "</ul>",
        "<h2>8. Sådan læses tallene</h2>",
        _reading_text(),
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def _figure(name: str, number: str, caption: str) -> str:
    """An image with its caption under it, in one paragraph (they stay on one page)."""
    return f'<p><img src="{name}" width="640"><br><b>{number}</b> {_e(caption)}</p>'


def _quarter_table(rows: Sequence[ReportRow]) -> str:
    lines = []
    for row in rows:
        cells = [_e(SHORT_LABELS.get(row.criterion_id, row.label_da))]
        for q in row.quarters:
            if row.measure == "share_at_least":
                cells.append("–" if q.value is None else f"{percent(q.value)} ({number(q.n)})")
            else:
                cells.append(number(q.count))
        lines.append(cells)
    return _table(
        ["Succeskriterium", "1. kvartal", "2. kvartal", "3. kvartal", "4. kvartal"],
        lines,
        {1, 2, 3, 4},
        (36, 16, 16, 16, 16),
    )


def _progression_text(report: ReportData) -> str:
    parts = [
        "<p>Mentor eller forældrecoach vurderer ved samtalerne en række indikatorer på en"
        " skala fra 1 til 5. Vurderingerne omregnes til point fra 0 til 100, hvor 100 er"
        " bedst (for tegn på bekymring er færre tegn bedre). Et forløbs samlede score er"
        " gennemsnittet af domænerne. Første fuldstændige vurdering er udgangspunktet;"
        " den seneste sammenlignes med den.</p>"
    ]
    for rule in report.progression_rules:
        extra = (
            " og intet domæne må være blevet pålideligt dårligere (Jacobson-Truax' reliable"
            " change-indeks)"
            if rule.forbid_reliable_deterioration
            else ""
        )
        parts.append(
            f"<p><b>{_e(rule.label_da)}</b> (domæner: {_e(', '.join(rule.domains_da))}):"
            f" progression, når den samlede score er steget med mere end"
            f" {number(rule.min_overall_change)} point{extra}. Deltagerens egen oplevelse"
            f" tæller som progression ved svar {rule.self_report_cut}"
            f" (»{_e(rule.self_report_cut_label_da)}«) eller højere på spørgsmålet"
            f" »{_e(rule.self_report_question_da)}«. Mål: {percent(rule.target)} af forløbene"
            " med mindst to fuldstændige vurderinger.</p>"
        )
    parts.append(
        '<p class="small">Et forløb indgår i året, når det var åbent mindst én dag i året.'
        " Et forløb med færre end to fuldstændige vurderinger kan ikke vurderes; det tælles"
        " med under datagrundlaget og indgår ikke i andelen.</p>"
    )
    return "".join(parts)


def _details_text(rows: Sequence[ReportRow]) -> str:
    concern = next((r for r in rows if r.criterion_id == "concern_reaction_24h"), None)
    if concern is None:
        return ""
    items = "".join(f"<li>{_e(d.label_da)}: {number(d.value)}</li>" for d in concern.details)
    return (
        "<h3>Bekymringshenvendelser i året</h3>"
        f"<ul>{items}</ul>"
        '<p class="small">Henvendelser uden reaktion, hvor de 24 timer endnu ikke er gået,'
        " indgår ikke i andelen; henvendelser uden reaktion efter 24 timer tæller som ikke"
        " nået.</p>"
    )


def _reading_text() -> str:
    return (
        "<p><b>95 %-interval.</b> Andelene er opgjort på et begrænset antal forløb,"
        " henvendelser eller besvarelser. Intervallet (Wilson-metoden) viser, hvor den"
        " sande andel med 95 % sikkerhed ligger, hvis årets forløb ses som et udsnit af"
        " VINKs arbejde.</p>"
        f"<p><b>Små tal.</b> Antal fra 1 til {SMALL_COUNT - 1} vises som &lt;{SMALL_COUNT},"
        f" og en andel vises kun, når grundlaget er mindst {SMALL_COUNT}, så ingen enkelt"
        " person kan genkendes. Hvert tal sløres for sig; et lille antal kan derfor i"
        " enkelte tilfælde regnes ud som forskellen mellem to større tal.</p>"
        "<p><b>24 timer.</b> En henvendelse har fået reaktion inden for 24 timer, når der"
        " højst er gået 24 timer i faktisk tid fra modtagelse til første reaktion – også"
        " hen over midnat og skift mellem sommer- og vintertid.</p>"
        "<p><b>Rækkevidde.</b> Deltagerantal er summen af antal fremmødte ved årets"
        " aktiviteter. Den samme person, der deltager to gange, tælles to gange.</p>"
        "<p><b>Service.</b> Ved afslutning af et forløb svarer den unge eller forælderen"
        " ja, nej eller intet svar for SSP, VINK og DKA hver for sig. God service betyder"
        " mindst ét svar og intet nej. Evalueringer helt uden svar indgår ikke i"
        " andelen.</p>"
    )
