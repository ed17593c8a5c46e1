"""The questionnaire as data: the flow file every channel's questions are generated from.

A flow is a TOML file with a ``questions`` list, in order (``bot/flow.toml`` is the
built-in one; ``voices flow show`` prints it). Consent, confirmation, the receipt
and "Help now" are built into the engine around it; the person's own words are
the one question of kind ``text``, whose place in the order the file decides.

A flow's ``version`` is a digest of its enabled questions: each submission records
the version its answers were given under, and a conversation keeps the version it
started with, so changing the file while conversations are open breaks none.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import ConfigError
from i18n.translator import N_, SUPPORTED, country_name, gettext, has_translation
from storage.queries.flows import load_flow_version

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

BUILTIN_PATH = Path(__file__).resolve().with_name("flow.toml")

# Stored in their own submission columns (the review API, the dashboard and the
# country reports read them there); every other answer goes to ``answers``.
COLUMN_QUESTIONS = ("country", "theme", "trend")
TEXT_ID = "text"
SKIP = "skip"
DEFAULT_SKIP_LABEL = N_("Prefer not to say")
# Names the review API, exports or the conversation state already use.
RESERVED_IDS = frozenset(
    {
        "answers",
        "channel",
        "consent",
        "count",
        "created_at",
        "entities",
        "experience_month",
        "flags",
        "flow",
        "flow_version",
        "lang",
        "level",
        "month",
        "objective",
        "objectives",
        "period",
        "place",
        "quarter",
        "receipt",
        "ref",
        "state",
        "urgent",
        # The conversation's own steps (a waiting question is saved as its id).
        "confirm",
        "delete",
        "idle",
        "language",
        "question",
    }
)
MAX_CHOICES = 10  # a WhatsApp list shows ten rows
MAX_LABEL = 24  # a WhatsApp list row's title
MAX_PROMPT = 1000  # WhatsApp interactive bodies take 1024 characters
_ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
# A choice travels as "<question id>:<choice id>": a Telegram callback takes 64 bytes.
_CHOICE_ID = re.compile(r"^[a-z0-9][a-z0-9_]{0,30}$")
_HXL = re.compile(r"^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$")
_QUESTION_HEADER = re.compile(r"^\s*\[\[\s*questions\s*\]\]\s*(#.*)?$")
_KNOWN_KEYS = frozenset(
    {"id", "kind", "prompt", "choices", "optional", "skip_label", "dimension", "hxl", "enabled"}
)


class Kind(StrEnum):
    """What sort of answer a question takes."""

    SINGLE_CHOICE = "single_choice"  # one of the choices
    MULTI_CHOICE = "multi_choice"  # one or more of the choices
    COUNTRY = "country"  # an ISO 3166-1 alpha-2 code, picked or typed
    TEXT = "text"  # the person's own words, anonymised (built-in wording)


@dataclass(frozen=True, slots=True)
class Option:
    """One answer a question offers; ``label`` is an English msgid."""

    id: str
    label: str
    objectives: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a flow; ``prompt`` is an English msgid."""

    id: str
    kind: Kind
    prompt: str = ""
    choices: tuple[Option, ...] = ()
    optional: bool = False
    skip_label: str = DEFAULT_SKIP_LABEL
    dimension: bool = False
    hxl: str = ""

    def option(self, choice_id: str) -> Option | None:
        """The choice with this id, or None."""
        return next((o for o in self.choices if o.id == choice_id), None)

    @property
    def column(self) -> bool:
        """Whether the answer is stored in a submission column of its own."""
        return self.id in COLUMN_QUESTIONS

    def valid(self, value: object) -> bool:
        """Whether ``value`` is an answer this question could have been given."""
        if value is None:
            return self.optional or self.kind is Kind.TEXT
        if self.kind is Kind.COUNTRY:
            return isinstance(value, str) and re.fullmatch(r"[A-Z]{2}", value) is not None
        if self.kind is Kind.MULTI_CHOICE:
            return (
                isinstance(value, list)
                and bool(value)
                and all(isinstance(v, str) and self.option(v) is not None for v in value)
            )
        if self.kind is Kind.SINGLE_CHOICE:
            return isinstance(value, str) and self.option(value) is not None
        return False


@dataclass(frozen=True, slots=True)
class Flow:
    """An ordered questionnaire, and the digest that names its version."""

    questions: tuple[Question, ...]
    version: str = field(default="")

    def __post_init__(self) -> None:
        if not self.version:
            digest = hashlib.sha256(json.dumps(self.to_json(), sort_keys=True).encode())
            object.__setattr__(self, "version", digest.hexdigest()[:12])

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return next((q for q in self.questions if q.id == question_id), None)

    def after(self, question_id: str | None) -> Question | None:
        """The question asked after ``question_id`` (the first one for None); None at the end."""
        if question_id is None:
            return self.questions[0] if self.questions else None
        ids = [q.id for q in self.questions]
        if question_id not in ids:
            return None
        index = ids.index(question_id) + 1
        return self.questions[index] if index < len(self.questions) else None

    @property
    def answer_questions(self) -> tuple[Question, ...]:
        """Questions whose answers are stored with the submission's ``answers``."""
        return tuple(q for q in self.questions if q.kind is not Kind.TEXT and not q.column)

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Answers review bodies may count people by, beyond the built-in attributes."""
        return tuple(q.id for q in self.answer_questions if q.dimension)

    def objectives(self, answers: Mapping[str, object]) -> list[int]:
        """GCM objectives the chosen options stand for, in order, without repeats."""
        found: list[int] = []
        for question in self.questions:
            value = answers.get(question.id)
            picked = value if isinstance(value, list) else [value]
            for choice_id in picked:
                option = question.option(choice_id) if isinstance(choice_id, str) else None
                for objective in option.objectives if option else ():
                    if objective not in found:
                        found.append(objective)
        return found

    def clean_answers(self, answers: Mapping[str, object]) -> dict[str, Any]:
        """The stored ``answers``: this flow's non-column questions, each answer valid or None."""
        return {
            q.id: answers.get(q.id) if q.valid(answers.get(q.id)) else None
            for q in self.answer_questions
        }

    def to_json(self) -> dict[str, Any]:
        """The flow as plain data (what is stored for each version)."""
        return {
            "questions": [
                {
                    "id": q.id,
                    "kind": q.kind.value,
                    "prompt": q.prompt,
                    "choices": [
                        {"id": o.id, "label": o.label, "objectives": list(o.objectives)}
                        for o in q.choices
                    ],
                    "optional": q.optional,
                    "skip_label": q.skip_label,
                    "dimension": q.dimension,
                    "hxl": q.hxl,
                }
                for q in self.questions
            ]
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], version: str) -> Flow:
        """Rebuild a stored version (written by ``to_json``)."""
        return cls(
            questions=tuple(
                Question(
                    id=q["id"],
                    kind=Kind(q["kind"]),
                    prompt=q.get("prompt", ""),
                    choices=tuple(
                        Option(c["id"], c["label"], tuple(c.get("objectives", ())))
                        for c in q.get("choices", ())
                    ),
                    optional=bool(q.get("optional")),
                    skip_label=q.get("skip_label") or DEFAULT_SKIP_LABEL,
                    dimension=bool(q.get("dimension")),
                    hxl=q.get("hxl", ""),
                )
                for q in data["questions"]
            ),
            version=version,
        )


class FlowError(ConfigError):
    """A flow file that cannot be used; ``problems`` lists every reason, with its line."""

    code = "bad_flow"

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(f"{source}: " + f"\n{source}: ".join(self.problems))


@dataclass
class _Reader:
    """Collects the problems of one file, each with its question id and line."""

    lines: list[int | None]
    problems: list[str] = field(default_factory=list)

    def problem(self, index: int, question_id: object, message: str) -> None:
        line = self.lines[index] if index < len(self.lines) else None
        where = f"line {line}: " if line is not None else ""
        name = (
            f"question {question_id!r}" if isinstance(question_id, str) else f"question {index + 1}"
        )
        self.problems.append(f"{where}{name}: {message}")


def _header_lines(text: str) -> list[int | None]:
    return [n for n, line in enumerate(text.splitlines(), 1) if _QUESTION_HEADER.match(line)]


def _label(reader: _Reader, index: int, qid: object, where: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        reader.problem(index, qid, f"{where} must be a non-empty string")
        return ""
    if len(value) > MAX_LABEL:
        reader.problem(index, qid, f"{where} {value!r} is longer than {MAX_LABEL} characters")
    return value


def _choices(reader: _Reader, index: int, qid: object, raw: object) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        reader.problem(index, qid, "needs a list of choices ([[questions.choices]])")
        return ()
    if len(raw) > MAX_CHOICES:
        reader.problem(index, qid, f"has {len(raw)} choices; at most {MAX_CHOICES} fit a list")
    options: list[Option] = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            reader.problem(index, qid, f"choice {n} must be a table with id and label")
            continue
        unknown = set(entry) - {"id", "label", "objectives"}
        if unknown:
            reader.problem(index, qid, f"choice {n} has unknown keys: {', '.join(sorted(unknown))}")
        cid = entry.get("id")
        if not isinstance(cid, str) or not _CHOICE_ID.match(cid):
            reader.problem(
                index, qid, f"choice {n} id {cid!r} must be lower-case letters, digits and _"
            )
            continue
        if cid == SKIP:
            reader.problem(index, qid, 'choice id "skip" is reserved: use optional = true')
        if any(o.id == cid for o in options):
            reader.problem(index, qid, f"choice id {cid!r} is used twice")
        label = _label(reader, index, qid, f"choice {cid!r} label", entry.get("label"))
        objectives = entry.get("objectives", [])
        if not isinstance(objectives, list) or not all(
            isinstance(o, int) and not isinstance(o, bool) and 1 <= o <= 23 for o in objectives
        ):
            reader.problem(index, qid, f"choice {cid!r} objectives must be numbers from 1 to 23")
            objectives = []
        options.append(Option(cid, label, tuple(objectives)))
    return tuple(options)


def _wording(
    reader: _Reader, index: int, qid: str, raw: dict[str, Any], *, optional: bool
) -> tuple[str, str]:
    """A question's prompt and skip label."""
    prompt = raw.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        reader.problem(index, qid, "needs a prompt")
        prompt = ""
    elif len(prompt) > MAX_PROMPT:
        reader.problem(index, qid, f"prompt is longer than {MAX_PROMPT} characters")
    skip_label = DEFAULT_SKIP_LABEL
    if "skip_label" in raw:
        if not optional:
            reader.problem(index, qid, "skip_label needs optional = true")
        skip_label = _label(reader, index, qid, "skip_label", raw["skip_label"])
    return prompt, skip_label


def _question(reader: _Reader, index: int, raw: object) -> Question | None:
    if not isinstance(raw, dict):
        reader.problem(index, None, "must be a table")
        return None
    qid = raw.get("id")
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        reader.problem(index, qid, f"unknown keys: {', '.join(sorted(unknown))}")
    if not isinstance(qid, str) or not _ID.match(qid):
        reader.problem(
            index, qid, "id must start with a letter: lower-case letters, digits and _ (32 at most)"
        )
        return None
    if qid in RESERVED_IDS:
        reader.problem(index, qid, "this id is reserved; choose another")
    try:
        kind = Kind(str(raw.get("kind")))
    except ValueError:
        reader.problem(index, qid, f"kind must be one of {', '.join(k.value for k in Kind)}")
        return None
    for key in ("optional", "dimension", "enabled"):
        if key in raw and not isinstance(raw[key], bool):
            reader.problem(index, qid, f"{key} must be true or false")
    optional = raw.get("optional") is True
    dimension = raw.get("dimension") is True
    hxl = raw.get("hxl", "")
    if not isinstance(hxl, str) or (hxl and not _HXL.match(hxl)):
        reader.problem(index, qid, f"hxl {hxl!r} is not a hashtag like #affected+age")
        hxl = ""
    if kind is Kind.TEXT:
        if qid != TEXT_ID:
            reader.problem(index, qid, 'the question of kind "text" must have id "text"')
        for key in ("prompt", "choices", "optional", "dimension"):
            if key in raw:
                reader.problem(index, qid, f"{key} is built in for the text question")
        return Question(qid, kind)
    if qid == TEXT_ID:
        reader.problem(index, qid, 'id "text" is the person\'s own words: its kind is "text"')
    prompt, skip_label = _wording(reader, index, qid, raw, optional=optional)
    choices: tuple[Option, ...] = ()
    if kind is Kind.COUNTRY:
        if "choices" in raw:
            reader.problem(index, qid, "a country question takes no choices")
    else:
        choices = _choices(reader, index, qid, raw.get("choices"))
        if optional and len(choices) >= MAX_CHOICES:
            reader.problem(index, qid, f"with optional = true, at most {MAX_CHOICES - 1} choices")
    if dimension and kind is Kind.MULTI_CHOICE:
        reader.problem(
            index, qid, "a multi_choice answer cannot be a dimension (a person would count twice)"
        )
    _column_rules(reader, index, qid, kind, choices)
    return Question(qid, kind, prompt, choices, optional, skip_label, dimension, hxl)


def _column_rules(
    reader: _Reader, index: int, qid: str, kind: Kind, choices: tuple[Option, ...]
) -> None:
    """The questions stored in submission columns must fit them."""
    if qid == "country" and kind is not Kind.COUNTRY:
        reader.problem(index, qid, 'id "country" is stored as a country code: kind "country"')
    if qid in ("theme", "trend") and kind is not Kind.SINGLE_CHOICE:
        reader.problem(index, qid, f'id "{qid}" is stored in its own column: kind "single_choice"')
    if qid == "trend":
        for option in choices:
            if len(option.id) > 8:
                reader.problem(
                    index, qid, f"trend choice ids have at most 8 characters: {option.id!r}"
                )
    if qid == "theme":
        for option in choices:
            if len(option.id) > 40:
                reader.problem(
                    index, qid, f"theme choice ids have at most 40 characters: {option.id!r}"
                )


def parse_flow(text: str, source: str = "flow") -> Flow:
    """Read and validate a flow file's text.

    Raises:
        FlowError: with every problem found, each naming the question and its line.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FlowError(source, [f"not valid TOML: {exc}"]) from None
    reader = _Reader(_header_lines(text))
    unknown = set(data) - {"questions"}
    if unknown:
        reader.problems.append(f"unknown top-level keys: {', '.join(sorted(unknown))}")
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise FlowError(source, ["needs a questions list ([[questions]] tables)"])
    questions: list[Question] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        question = _question(reader, index, entry)
        if question is None:
            continue
        if question.id in seen:
            reader.problem(index, question.id, "this id is used twice")
            continue
        seen.add(question.id)
        if isinstance(entry, dict) and entry.get("enabled", True) is False:
            if question.kind is Kind.TEXT:
                reader.problem(index, question.id, "the text question cannot be turned off")
            else:
                continue
        questions.append(question)
    if not any(q.kind is Kind.TEXT for q in questions):
        reader.problems.append('needs the question of kind "text" (the person\'s own words)')
    if reader.problems:
        raise FlowError(source, reader.problems)
    return Flow(tuple(questions))


def load_flow(path: Path | str | None = None) -> Flow:
    """Read the flow file at ``path``, or the built-in one.

    Raises:
        FlowError: the file is missing, unreadable or invalid.
    """
    if path is None:
        return builtin_flow()
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FlowError(str(target), [f"cannot be read: {exc.__class__.__name__}"]) from None
    return parse_flow(text, str(target))


@cache
def builtin_flow() -> Flow:
    """The built-in flow (``bot/flow.toml``)."""
    return parse_flow(BUILTIN_PATH.read_text(encoding="utf-8"), str(BUILTIN_PATH))


def builtin_text() -> str:
    """The built-in flow file's text, as ``voices flow show`` prints it."""
    return BUILTIN_PATH.read_text(encoding="utf-8")


def check_report(path: Path | str) -> tuple[bool, list[str]]:
    """What ``voices flow check`` prints: whether the file is usable, and why or what it asks.

    A prompt or label with no translation in a served language is reported as a
    note: people who chose that language see the English words.
    """
    try:
        flow = load_flow(path)
    except FlowError as exc:
        return False, [f"error: {problem}" for problem in exc.problems]
    lines = [f"ok: {len(flow.questions)} questions, version {flow.version}"]
    for question in flow.questions:
        marks = [question.kind.value]
        if question.optional:
            marks.append("optional")
        if question.dimension:
            marks.append("dimension")
        lines.append(f"  {question.id} ({', '.join(marks)})")
    missing: dict[str, list[str]] = {}
    for question in flow.questions:
        msgids = [question.prompt, *(o.label for o in question.choices)]
        if question.optional:
            msgids.append(question.skip_label)
        for msgid in filter(None, msgids):
            langs = [code for code in SUPPORTED if not has_translation(code, msgid)]
            if langs:
                missing[msgid] = langs
    for msgid, langs in missing.items():
        lines.append(f"note: {msgid!r} has no translation in {', '.join(langs)}")
    return True, lines


async def flow_of_version(session: AsyncSession, version: str | None, current: Flow) -> Flow | None:
    """The flow ``version`` names: ``current``, a stored one, or None if unknown."""
    if version is None or version == current.version:
        return current if version is not None else None
    stored = await load_flow_version(session, version)
    return Flow.from_json(stored, version) if stored is not None else None


def describe_answers(
    flow: Flow | None, answers: Mapping[str, object] | None, locale: str
) -> list[tuple[str, str]]:
    """(question, answer) pairs in ``locale`` for a submission's stored ``answers``.

    Without its flow (a version no longer known) the raw ids are shown.
    """
    answers = answers or {}
    if flow is None:
        return [(qid, _raw(value)) for qid, value in answers.items()]
    shown: list[tuple[str, str]] = []
    for question in flow.answer_questions:
        value = answers.get(question.id)
        picked = value if isinstance(value, list) else [] if value is None else [value]
        labels = []
        for choice_id in picked:
            option = question.option(str(choice_id))
            if question.kind is Kind.COUNTRY:
                labels.append(country_name(str(choice_id), locale))
            else:
                labels.append(gettext(locale, option.label) if option else str(choice_id))
        shown.append((gettext(locale, question.prompt), ", ".join(labels) or "—"))
    return shown


def _raw(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return "—" if value is None else str(value)
