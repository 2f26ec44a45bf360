#!/usr/bin/env python3
"""Move VINK Desktop's modules into packages by capability (issue 11, parts 1 and 2).

Run from the root of a clean checkout (the lead runs it on main after the other branches
are merged)::

    python3 relayout.py [--extra extra-mapping.txt] [--dry-run]

What it does, in order:

1. Checks: a git work tree with no uncommitted changes, not moved before (refuses a second
   run), every module in ``src/vink_desktop`` placed — either in :data:`MAPPING`, in the
   list of modules that stay where they are (:data:`STAYING`, today's modules), or in the
   ``--extra`` file. A module that is in none of them (one a branch added) stops the run,
   with a suggested line for the extra file, unless it is in a layer that is not being
   rearranged (domain/, storage/, sync/, cli/: it stays, and is only reported).
2. ``git mv`` of every module to its new place; each new package gets an ``__init__.py``
   with a one-line docstring (:data:`PACKAGES`).
3. Rewrites every reference, in src/, tests/, benchmarks/, tools/, packaging/, docs/*.md,
   README.md, CONTRIBUTING.md, pyproject.toml and Makefile:

   * ``from vink_desktop.pkg import module`` (parsed with ``ast``): the module's new package,
     and, where its name changes, the name used in the file (``sync_service.enroll`` →
     ``enrollment.enroll``) or, if that name is already taken in the file, an alias;
   * every dotted path ``vink_desktop.a.b`` (imports, ``monkeypatch`` / ``mock.patch``
     strings, ``importlib`` strings, entry points), and the short forms ``services.a`` /
     ``ui.b`` used in prose;
   * file paths ``[src/vink_desktop/]ui/x.py`` and backticked bare file names ``x.py``, and
     backticked bare module names of modules whose name changes (````sync_import````).

   pyproject's ``packages = [...]`` list is written again from the new tree.
4. ``ruff check --select I --fix`` and ``ruff format`` on the Python files it changed
   (imports sorted again), when ruff is found (``.venv/bin/ruff`` or on PATH).

It does not commit: look at ``git status``, then commit ("Move modules into packages by
capability (scripted)").

The extra mapping file has one module a line, ``old.dotted.path new.dotted.path`` (both
under ``vink_desktop``, with or without that prefix), ``#`` starts a comment; a module
mapped to itself stays.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import textwrap
import tokenize
from pathlib import Path

PKG = "vink_desktop"
LIMIT = 100  # ruff's line-length

# --------------------------------------------------------------------------- the mapping
#: old module (below vink_desktop) -> new module. Names change only where the package now
#: says what the old prefix said, or where the old name did not say what the module holds.
MAPPING: dict[str, str] = {
    # services/sync: batch sync, by who runs the code.
    "services.sync_service": "services.sync.common.enrollment",
    "services.sync_receipts": "services.sync.common.receipts",
    "services.sync_office_payload": "services.sync.common.office_records_payload",
    "services.office_recovery": "services.sync.common.office_recovery",
    "services.sync_export": "services.sync.field.export",
    "services.sync_outgoing": "services.sync.field.outgoing_records",
    "services.sync_import": "services.sync.office.batch_import",
    "services.sync_ahead": "services.sync.office.read_ahead",
    "services.sync_apply": "services.sync.office.apply_batch",
    "services.sync_devices": "services.sync.office.devices",
    "services.sync_payload": "services.sync.office.incoming_records",
    # services/office: the office records (reports of concern, outreach, evaluations; as
    # domain/office.py and ui/office/) and the follow-up list.
    "services.office_records": "services.office.records",
    "services.office_lists": "services.office.lists",
    "services.office_interchange": "services.office.interchange",
    "services.office_demo": "services.office.demo",
    "services.follow_up": "services.office.follow_up",
    # report/: the yearly report drawn with QtGui, for the GUI and the CLI alike.
    "ui.report_pdf": "report.pdf",
    "ui.report_charts": "report.charts",
    # ui/shell: starting, unlocking, locking, the main window and its settings.
    "ui.app": "ui.shell.app",
    "ui.main_window": "ui.shell.main_window",
    "ui.start_window": "ui.shell.start_window",
    "ui.welcome": "ui.shell.welcome",
    "ui.unlock": "ui.shell.unlock",
    "ui.office_help": "ui.shell.office_help",
    "ui.lock": "ui.shell.lock",
    "ui.session_lock": "ui.shell.session_lock",
    "ui.vault_access": "ui.shell.vault_access",
    "ui.settings": "ui.shell.settings",
    "ui.crash_report": "ui.shell.crash_report",
    "ui.records_actions": "ui.shell.records_actions",
    # ui/common: what every screen uses.
    "ui.widgets": "ui.common.widgets",
    "ui.record_table": "ui.common.record_table",
    "ui.dialog_host": "ui.common.dialog_host",
    "ui.operations": "ui.common.operations",
    "ui.error_text": "ui.common.error_text",
    "ui.event_bridge": "ui.common.event_bridge",
    "ui.bridge_link": "ui.common.bridge_link",
    "ui.course_texts": "ui.common.course_texts",
    # ui/courses: participants, courses and sessions.
    "ui.courses_view": "ui.courses.courses_view",
    "ui.course_view": "ui.courses.course_view",
    "ui.course_dialogs": "ui.courses.course_dialogs",
    "ui.course_list_model": "ui.courses.course_list_model",
    "ui.participant_dialog": "ui.courses.participant_dialog",
    "ui.progress_chart": "ui.courses.progress_chart",
    "ui.session_editor": "ui.courses.session_editor",
    "ui.session_form": "ui.courses.session_form",
    "ui.session_draft": "ui.courses.session_draft",
    "ui.session_problems": "ui.courses.session_problems",
    "ui.session_ratings": "ui.courses.session_ratings",
    "ui.session_timeline_model": "ui.courses.session_timeline_model",
    # ui/office: reports of concern, outreach, service evaluations, follow-up.
    "ui.record_dialog": "ui.office.record_dialog",
    "ui.concern_reports_view": "ui.office.concern_reports_view",
    "ui.concern_dialogs": "ui.office.concern_dialogs",
    "ui.concern_list_model": "ui.office.concern_list_model",
    "ui.outreach_view": "ui.office.outreach_view",
    "ui.outreach_dialog": "ui.office.outreach_dialog",
    "ui.outreach_model": "ui.office.outreach_model",
    "ui.follow_up_view": "ui.office.follow_up_view",
    "ui.follow_up_model": "ui.office.follow_up_model",
    "ui.service_evaluation_dialog": "ui.office.service_evaluation_dialog",
    "ui.office_texts": "ui.office.office_texts",
    # ui/dashboard: the success criteria, their drill-down and the yearly report dialog.
    "ui.dashboard_view": "ui.dashboard.dashboard_view",
    "ui.dashboard_charts": "ui.dashboard.dashboard_charts",
    "ui.dashboard_filters": "ui.dashboard.dashboard_filters",
    "ui.dashboard_model": "ui.dashboard.dashboard_model",
    "ui.dashboard_texts": "ui.dashboard.dashboard_texts",
    "ui.drill_down": "ui.dashboard.drill_down",
    "ui.report_export_dialog": "ui.dashboard.report_export_dialog",
    # ui/sync: the field's sync panel, the office's import and devices, recovery answers.
    "ui.sync_panel": "ui.sync.sync_panel",
    "ui.sync_status_box": "ui.sync.sync_status_box",
    "ui.sync_dialogs": "ui.sync.sync_dialogs",
    "ui.sync_import_view": "ui.sync.sync_import_view",
    "ui.sync_models": "ui.sync.sync_models",
    "ui.sync_texts": "ui.sync.sync_texts",
    "ui.sync_widgets": "ui.sync.sync_widgets",
    "ui.devices_view": "ui.sync.devices_view",
    "ui.recovery_answer_dialog": "ui.sync.recovery_answer_dialog",
}

#: The name a module is bound to where a file imports it as a module (``from pkg import
#: module``), where its new name alone says too little at the call site
#: (``office_records.add_concern`` rather than ``records.add_concern``).
BOUND_AS: dict[str, str] = {
    "services.office.records": "office_records",
    "services.office.lists": "office_lists",
    "services.office.interchange": "office_interchange",
    "services.office.demo": "office_demo",
    "services.sync.field.export": "sync_export",
    "report.charts": "report_charts",
    "report.pdf": "report_pdf",
}

#: The new packages and their one-line docstrings.
PACKAGES: dict[str, str] = {
    "services.sync": "Batch sync use cases, by who runs the code: common/, field/, office/.",
    "services.sync.common": (
        "Sync on both kinds of vault: identities and enrollment, receipts, the office "
        "wrap and recovery through the office, the office records' payload shapes."
    ),
    "services.sync.field": "Sync on a field laptop: batches out, records as they leave.",
    "services.sync.office": (
        "Sync at the office: batch import (read ahead, check, apply) and the devices."
    ),
    "services.office": (
        "The office records (reports of concern, outreach, service evaluations) and the "
        "follow-up list."
    ),
    "report": (
        "The yearly report drawn with QtGui (PDF and charts), for the GUI and the CLI; "
        "no widgets."
    ),
    "ui.shell": "Start, welcome, unlock, lock, the main window and its settings.",
    "ui.common": (
        "What every screen uses: widgets, the record table, operations, dialog host, "
        "error texts, the event bridge."
    ),
    "ui.courses": "Participants, courses and sessions: the list, a course, the session editor.",
    "ui.office": "Reports of concern, outreach, service evaluations and the follow-up list.",
    "ui.dashboard": "The success-criteria dashboard, its drill-down and the yearly report.",
    "ui.sync": (
        "Sync windows: the field's panel, the office's import and devices, recovery answers."
    ),
}

#: Today's modules (af7e9bd) that stay where they are.
STAYING: frozenset[str] = frozenset(
    """
    __init__ __main__ app
    cli cli.common cli.course_view cli.io_commands cli.kpi_commands cli.office_commands
    cli.record_commands cli.recovery_commands cli.sync_commands cli.vault_commands
    domain domain.change domain.framework domain.framework_loader domain.framework_reader
    domain.framework_registry domain.kpi domain.model domain.off_track domain.office
    domain.outcome domain.progress domain.scoring domain.success_criteria domain.text
    domain.validation
    services services.audit_service services.context services.course_view_data
    services.courses services.dashboard_data services.demo services.errors services.events
    services.json_fields services.kpi_service services.outcomes services.participants
    services.record_readers services.records_io services.report_export services.sessions
    services.success_criteria services.vault_service services.vault_steps
    services.yearly_report
    storage storage.atomic storage.bulk storage.codec storage.course_queries
    storage.database storage.drafts storage.errors storage.framed_file storage.journal
    storage.kdf storage.keyfile storage.office_schema storage.office_store
    storage.office_wrap storage.paths storage.recovery_exchange storage.recovery_key
    storage.repositories storage.schema storage.sync_records storage.sync_schema
    storage.sync_store storage.vault storage.vault_lock
    sync sync.batch_format sync.compression sync.identity sync.identity_file sync.payload
    sync.receipt_format sync.wire
    ui
    """.split()
)

#: Layers being rearranged: a new module there must be placed (MAPPING or --extra).
REARRANGED = ("services", "ui")

#: Where references are rewritten.
TEXT_ROOTS = ("src", "tests", "benchmarks", "tools", "packaging", "docs", ".github")
TEXT_FILES = ("README.md", "CONTRIBUTING.md", "pyproject.toml", "Makefile")
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".cfg", ".ini", ".spec", ".yml", ".yaml",
                 ".sh", ".iss", ".nsi", ".desktop", ".json"}  # fmt: skip


# ------------------------------------------------------------------------------ helpers
def die(message: str) -> None:
    print(f"relayout: {message}", file=sys.stderr)
    sys.exit(2)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def module_of(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) if parts else "__init__"


def file_of(module: str, src: Path, *, package: bool = False) -> Path:
    if module == "__init__":
        return src / "__init__.py"
    base = src.joinpath(*module.split("."))
    return base / "__init__.py" if package else base.with_suffix(".py")


def short(name: str) -> str:
    return name[len(PKG) + 1 :] if name.startswith(PKG + ".") else name


def read_extra(path: Path) -> dict[str, str]:
    extra: dict[str, str] = {}
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        parts = text.replace("->", " ").split()
        if len(parts) != 2:
            die(f"{path}:{number}: expected 'old.module new.module', got {raw!r}")
        extra[short(parts[0])] = short(parts[1])
    return extra


def suggest(module: str) -> str:
    """A likely new place for a module a branch added (for the lead to confirm)."""
    layer, _, name = module.partition(".")
    if layer == "services":
        if name.startswith("sync_"):
            return f"services.sync.common.{name[5:]}  # or field./office. by who runs it"
        if name.startswith("office_"):
            return f"services.office.{name[7:]}  # or services.sync.* if it is sync"
        return module + "  # stays"
    prefixes = {
        "sync_": "sync", "devices": "sync", "recovery": "sync", "dashboard_": "dashboard",
        "report": "dashboard", "drill": "dashboard", "course": "courses", "session_": "courses",
        "participant": "courses", "concern": "office", "outreach": "office",
        "follow_up": "office", "office_": "office", "evaluation": "office",
        "service_eval": "office", "backup": "shell", "settings": "shell",
    }  # fmt: skip
    for prefix, package in prefixes.items():
        if name.startswith(prefix):
            return f"ui.{package}.{name}"
    return f"ui.common.{name}  # or ui.shell./ui.courses./... by screen"


# ----------------------------------------------------------------------- the rewriting
class Rewriter:
    def __init__(
        self, mapping: dict[str, str], old_modules: set[str], sql_names: set[str]
    ) -> None:
        self.mapping = {k: v for k, v in mapping.items() if k != v}
        full = {f"{PKG}.{k}": f"{PKG}.{v}" for k, v in self.mapping.items()}
        self.full = full
        alternatives = "|".join(re.escape(k) for k in sorted(full, key=len, reverse=True))
        self.dotted = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")
        self.embedded_re = re.compile(
            rf"^([ \t]*)from ({PKG}(?:\.\w+)*) import ([\w ,]+?)[ \t]*$", re.MULTILINE
        )
        self.import_many_re = re.compile(
            rf"^([ \t]*)import ({PKG}[\w.]*(?:[ \t]*,[ \t]*{PKG}[\w.]*)+)[ \t]*$", re.MULTILINE
        )
        # Short dotted forms in prose: ``services.vault_service.context_for``, ``ui.app``.
        shorts = "|".join(re.escape(k) for k in sorted(self.mapping, key=len, reverse=True))
        self.short_dotted = re.compile(rf"(?<![\w./-])(?:{shorts})(?![\w])")
        # Paths: [src/]vink_desktop/ui/app.py, ui/app.py (not tests/ui/...).
        paths = {k.replace(".", "/") + ".py": v.replace(".", "/") + ".py"
                 for k, v in self.mapping.items()}  # fmt: skip
        self.paths = paths
        alternatives = "|".join(re.escape(k) for k in sorted(paths, key=len, reverse=True))
        self.path = re.compile(rf"(?<![\w/.-])((?:src/)?{PKG}/)?({alternatives})(?![\w])")
        # Bare names: `x.py` and ``x`` (only if the base name is unique among all modules).
        bases: dict[str, list[str]] = {}
        for module in old_modules:
            bases.setdefault(module.rsplit(".", 1)[-1], []).append(module)
        self.bare_file = {}
        self.bare_module = {}
        self.bare_bound: dict[str, str] = {}
        for old, new in self.mapping.items():
            base = old.rsplit(".", 1)[-1]
            if len(bases.get(base, [])) != 1:
                continue
            self.bare_file[base + ".py"] = new.replace(".", "/") + ".py"
            if new.rsplit(".", 1)[-1] != base and base not in sql_names:
                self.bare_module[base] = new
                self.bare_bound[base] = BOUND_AS.get(new, new.rsplit(".", 1)[-1])
        alternatives = "|".join(re.escape(k) for k in sorted(self.bare_file, key=len, reverse=True))
        self.bare_file_re = re.compile(rf"(?<=`)({alternatives})(?=`)")
        alternatives = "|".join(re.escape(k) for k in sorted(self.bare_module, key=len, reverse=True))
        self.bare_module_re = (
            re.compile(rf"(?<=`)({alternatives})(?=`|\.\w)") if self.bare_module else None
        )

    # -- text ------------------------------------------------------------------------
    def embedded(self, text: str) -> str:
        """``from vink_desktop.pkg import module`` in code the parser does not see (code in
        a string, run by a child process; a Markdown example): each moved module imported
        from its new package under the name it had, so the code around it still works."""

        def one(match: re.Match[str]) -> str:
            indent, package, names = match.group(1), match.group(2), match.group(3)
            aliases = [n.strip() for n in names.split(",") if n.strip()]
            moved, kept = [], []
            for alias in aliases:
                name, _, bound = alias.partition(" as ")
                (moved if f"{package}.{name.strip()}" in self.full else kept).append(
                    (name.strip(), bound.strip() or name.strip())
                )
            if not moved:
                return match.group(0)
            lines = []
            if kept:
                listed = ", ".join(n if n == b else f"{n} as {b}" for n, b in kept)
                lines.append(f"{indent}from {package} import {listed}")
            for name, bound in moved:
                parent, base = self.full[f"{package}.{name}"].rsplit(".", 1)
                lines.append(f"{indent}from {parent} import {base}"
                             + ("" if base == bound else f" as {bound}"))  # fmt: skip
            return "\n".join(lines)

        text = self.embedded_re.sub(one, text)

        def split(match: re.Match[str]) -> str:
            indent, names = match.group(1), match.group(2).split(",")
            if not any(n.strip().split(" as ")[0] in self.full for n in names):
                return match.group(0)
            return "\n".join(f"{indent}import {n.strip()}" for n in names)

        return self.import_many_re.sub(split, text)

    def text(self, text: str, *, python: bool = False) -> str:
        text = self.embedded(text)
        text = self.dotted.sub(lambda m: self.full[m.group(0)], text)
        text = self.path.sub(lambda m: (m.group(1) or "") + self.paths[m.group(2)], text)
        text = self.short_dotted.sub(lambda m: self.mapping[m.group(0)], text)
        text = self.bare_file_re.sub(lambda m: self.bare_file[m.group(1)], text)
        if self.bare_module_re is not None:
            names = self.bare_bound if python else self.bare_module
            text = self.bare_module_re.sub(lambda m: names[m.group(1)], text)
        return text

    # -- python: `from vink_desktop.pkg import module` ----------------------------------
    def python(self, source: str) -> str:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return source
        lines = source.splitlines(keepends=True)
        taken = _bound_names(tree)
        edits: list[tuple[int, int, str]] = []  # (first line, last line, replacement)
        renames: dict[str, str] = {}
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                continue
            if not node.module.startswith(PKG):
                continue
            moved = [a for a in node.names if f"{node.module}.{a.name}" in self.full]
            if not moved:
                continue
            kept = [a for a in node.names if a not in moved]
            statements: list[str] = []
            if kept:
                statements.append(f"from {node.module} import {_names(kept)}")
            for alias in moved:
                new_parent, new_base = self.full[f"{node.module}.{alias.name}"].rsplit(".", 1)
                bound = alias.asname or alias.name
                wanted = BOUND_AS.get(short(f"{new_parent}.{new_base}"), new_base)
                if alias.asname is None and wanted != new_base:
                    if bound == wanted:
                        statements.append(f"from {new_parent} import {new_base} as {bound}")
                        continue
                    if wanted not in taken:
                        renames[alias.name] = wanted
                        taken.add(wanted)
                    statements.append(
                        f"from {new_parent} import {new_base} as {renames.get(alias.name, bound)}"
                    )
                    continue
                if bound == new_base or renames.get(bound) == new_base:
                    statements.append(f"from {new_parent} import {new_base}")
                elif alias.asname is None and new_base not in taken:
                    renames[alias.name] = new_base
                    taken.add(new_base)
                    statements.append(f"from {new_parent} import {new_base}")
                else:
                    statements.append(f"from {new_parent} import {new_base} as {bound}")
            first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
            indent = re.match(r"\s*", lines[first]).group(0)  # type: ignore[union-attr]
            tail = lines[last][node.end_col_offset :].rstrip("\n")
            head = lines[first][: node.col_offset]
            if head.strip() or tail.strip().startswith(";"):
                continue  # an import sharing its line with other code: leave it to the regex
            body = ("\n" + indent).join(statements)
            edits.append((first, last, f"{indent}{body}{tail}\n"))
        if renames:
            for node in ast.walk(tree):
                if isinstance(node, ast.Name) and node.id in renames:
                    edits.append((node.lineno - 1, -node.col_offset - 1, node.id))
        return _apply(lines, edits, renames)


def _names(aliases: list[ast.alias]) -> str:
    return ", ".join(a.name if a.asname is None else f"{a.name} as {a.asname}" for a in aliases)


def _bound_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split(".")[0])
    return names


def _apply(lines: list[str], edits: list[tuple[int, int, str]], renames: dict[str, str]) -> str:
    """Name renames (encoded with a negative second member: -(column+1)) first, right to
    left within a line, then whole-statement replacements from the bottom up."""
    names = sorted((e for e in edits if e[1] < 0), key=lambda e: (e[0], e[1]))
    for line, negative, old in names:
        column = -negative - 1
        text = lines[line]
        # ast columns are UTF-8 byte offsets
        raw = text.encode()
        if raw[column : column + len(old.encode())] == old.encode():
            raw = raw[:column] + renames[old].encode() + raw[column + len(old.encode()) :]
            lines[line] = raw.decode()
    statements = sorted((e for e in edits if e[1] >= 0), key=lambda e: e[0], reverse=True)
    for first, last, replacement in statements:
        lines[first : last + 1] = [replacement]
    return "".join(lines)


def _docstring(text: str) -> str:
    lines = textwrap.wrap(text, width=LIMIT - 3)
    if len(lines) == 1:
        return f'"""{lines[0]}"""\n'
    return '"""' + "\n".join(lines) + '\n"""\n'


def _prose_lines(source: str) -> dict[int, str]:
    """Line index -> the prefix a continuation line takes, for the lines of comments and
    of docstrings (a string standing alone as a statement; not a string holding code)."""
    found: dict[int, str] = {}
    lines = source.splitlines()
    try:
        tree = ast.parse(source)
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return found
    for token in tokens:
        (start, column) = token.start
        if token.type == tokenize.COMMENT and not lines[start - 1][:column].strip():
            found[start - 1] = " " * column + "# "
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            first = lines[node.lineno - 1]
            indent = " " * (len(first) - len(first.lstrip()))
            for number in range(node.lineno - 1, node.end_lineno or node.lineno):
                found[number] = indent
    return found


def reflow(source: str) -> str:
    """Lines of prose the rewriting made longer than the limit, wrapped again: what does
    not fit goes to the front of the next line of the same paragraph (or a new line)."""
    prose = _prose_lines(source)
    lines = source.split("\n")
    out: list[str] = []
    carry = ""
    for index, line in enumerate(lines):
        if carry:
            body = line.strip()
            prefix = prose.get(index)
            joinable = (
                prefix is not None and body and not body.startswith(("#", "* ", "- ", '"""'))
                and not (prefix.endswith("# ") and body == "#")
            )
            if joinable and prefix.endswith("# "):
                body = body[1:].strip()
            if joinable:
                line = prefix + carry + " " + body
            else:
                out.append(carry_prefix + carry)
            carry = ""
        if len(line) > LIMIT and index in prose:
            cut = line.rfind(" ", 0, LIMIT + 1)
            head = len(line) - len(line.lstrip(" #"))
            if cut > head:
                carry_prefix = prose[index]
                carry = line[cut + 1 :]
                line = line[:cut]
        out.append(line)
    if carry:
        out.append(carry_prefix + carry)
    return "\n".join(out)


# ----------------------------------------------------------------------------- the run
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", type=Path, help="mapping for modules this script lacks")
    parser.add_argument("--dry-run", action="store_true", help="check and report only")
    args = parser.parse_args()

    root = Path.cwd()
    src = root / "src" / PKG
    if not src.is_dir() or not (root / "pyproject.toml").is_file():
        die("run me from the repository root (src/vink_desktop and pyproject.toml)")
    if file_of("ui.shell.app", src).exists():
        die("this tree has been moved already (the relayout refuses to run twice)")
    if git("status", "--porcelain", "--untracked-files=no").strip():
        die("uncommitted changes: commit or stash them first")

    mapping = dict(MAPPING)
    if args.extra:
        mapping.update(read_extra(args.extra))
    present = {module_of(p, src) for p in src.rglob("*.py")}
    missing = sorted(m for m in mapping if m not in present and mapping[m] != m)
    if missing:
        die("modules in the mapping are not in this tree: " + ", ".join(missing))
    unknown = sorted(present - set(mapping) - STAYING)
    blocking = [m for m in unknown if m.split(".")[0] in REARRANGED]
    informing = [m for m in unknown if m not in blocking]
    if informing:
        print("relayout: new modules that stay where they are (not rearranged layers):")
        for module in informing:
            print(f"    {module}")
    if blocking:
        print("relayout: new modules that need a place; put lines like these in --extra:")
        for module in blocking:
            print(f"    {module} {suggest(module)}")
        die(f"{len(blocking)} module(s) without a place")
    targets = [v for k, v in mapping.items() if k != v]
    clashes = sorted({t for t in targets if targets.count(t) > 1}
                     | {t for t in targets if t in present})  # fmt: skip
    if clashes:
        die("two modules would land on the same name: " + ", ".join(clashes))
    if args.dry_run:
        print(f"relayout: {len(targets)} modules would move; nothing changed (dry run)")
        return

    sql_names = set()
    for path in src.rglob("*.py"):
        sql_names |= set(re.findall(r"(?:TABLE|INDEX|TRIGGER|VIEW)(?: IF NOT EXISTS)? (\w+)",
                                    path.read_text(encoding="utf-8")))  # fmt: skip
    rewriter = Rewriter(mapping, present, sql_names)

    # 1. git mv, with the packages' __init__.py
    packages = dict(PACKAGES)
    for new in targets:
        parent = new.rsplit(".", 1)[0]
        while parent and parent not in present and parent not in packages:
            packages[parent] = f"{parent.split('.')[-1]}."
            parent = parent.rpartition(".")[0]
    for package in sorted(packages):
        init = file_of(package, src, package=True)
        if not init.exists():
            init.parent.mkdir(parents=True, exist_ok=True)
            init.write_text(_docstring(packages[package]))
            git("add", str(init))
    for old, new in mapping.items():
        if old == new:
            continue
        git("mv", str(file_of(old, src)), str(file_of(new, src)))

    # 2. every reference
    changed_py: list[Path] = []
    files: list[Path] = [root / name for name in TEXT_FILES if (root / name).is_file()]
    for folder in TEXT_ROOTS:
        if (root / folder).is_dir():
            files += [p for p in (root / folder).rglob("*")
                      if p.is_file() and p.suffix in TEXT_SUFFIXES
                      and "fixtures" not in p.parts and "__pycache__" not in p.parts]  # fmt: skip
    for path in sorted(set(files)):
        try:
            before = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        after = rewriter.python(before) if path.suffix == ".py" else before
        after = rewriter.text(after, python=path.suffix == ".py")
        if path.suffix == ".py" and after != before:
            after = reflow(after)
        if after != before:
            path.write_text(after, encoding="utf-8")
            if path.suffix == ".py":
                changed_py.append(path)

    # 3. pyproject's package list
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text()
    names = sorted(
        {PKG, f"{PKG}.resources"}
        | {f"{PKG}.{module_of(p, src)}" for p in src.rglob("__init__.py") if p.parent != src}
    )
    listed = "packages = [\n" + "".join(f'    "{n}",\n' for n in names) + "]"
    text, count = re.subn(r"packages = \[\n(?:\s*\"[^\"]+\",\n)+\]", listed, text)
    if count != 1:
        print("relayout: warning: pyproject.toml's packages list not found; update it by hand")
    pyproject.write_text(text)

    # 4. imports sorted again
    ruff = root / ".venv" / "bin" / "ruff"
    ruff_cmd = str(ruff) if ruff.exists() else shutil.which("ruff")
    if ruff_cmd and changed_py:
        paths = [str(p) for p in changed_py if p.exists()]
        subprocess.run([ruff_cmd, "check", "-q", "--select", "I", "--fix", *paths], check=False)
        subprocess.run([ruff_cmd, "format", "-q", *paths], check=False)
    elif not ruff_cmd:
        print("relayout: ruff not found: run `ruff check --select I --fix` and `ruff format`")

    git("add", "-A", "src", "tests", "benchmarks", "tools", "docs")
    git("add", "-u")
    print(f"relayout: moved {len(targets)} modules into {len(packages)} new packages; "
          "look at `git status`, run the tests, then commit")  # fmt: skip


if __name__ == "__main__":
    main()
