"""The facade the pages call: every free text is screened first, then gate, drafters, journal."""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from assistant import helplines, safety
from assistant.config import Settings
from assistant.crisis_i18n import CrisisText, crisis_text
from assistant.errors import AssistantError, GateClosed, JournalError, SafetyStop
from assistant.gate import CheckIn, Decision, Verdict, evaluate
from assistant.guide import get_guide
from assistant.safety import SafetyState, Screening
from assistant.weigh import Balance, suggest, weigh

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from assistant.drafting import Draft, DraftRequest
    from assistant.journal import Entry, Journal
    from assistant.lint import LintIssue
    from assistant.quota import RequestQuota
    from assistant.reflection import Outcome, ReflectionPlan
    from assistant.safety import Resource, SafetyResponse
    from assistant.talk import Turn

log = logging.getLogger(__name__)

PageId = Literal["check_in", "draft", "talk", "support", "after", "journal", "guide", "settings"]
PAGE_FILES: dict[str, str] = {
    "check_in": "app_pages/check_in.py",
    "draft": "app_pages/draft.py",
    "talk": "app_pages/talk.py",
    "support": "app_pages/stop.py",
    "after": "app_pages/after_contact.py",
    "journal": "app_pages/journal.py",
    "guide": "app_pages/guide.py",
    "settings": "app_pages/settings.py",
}
URGE_PAUSE = dt.timedelta(minutes=10)
_SEVERITY = {"none": 0, "harassment": 1, "harm_to_others": 2, "crisis": 3}
_MODEL_TROUBLE = (
    "The model didn't answer properly, so the built-in guide engine wrote this instead. "
    "What you typed is still in the form."
)


@dataclass(frozen=True)
class Saved:
    """The outcome of a journal write: ok with the new id, or a plain reason it failed."""

    ok: bool
    id: str | None = None
    message: str = ""


@dataclass(frozen=True)
class NextStep:
    """The one next step a verdict leads to."""

    page: PageId
    label: str


@dataclass(frozen=True)
class CheckInResult:
    verdict: Verdict
    saved: Saved


@dataclass(frozen=True)
class Review:
    """A draft text screened and linted: what the person sees before saving or copying."""

    text: str
    screening: Screening
    response: SafetyResponse | None
    issues: list[LintIssue] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """True when the text must change before it is offered for copying or saving."""
        from assistant.lint import is_blocked

        return self.response is not None or is_blocked(self.issues)


@dataclass(frozen=True)
class TimelineItem:
    id: str
    kind: str
    label: str
    at: dt.datetime
    title: str
    detail: str = ""


@dataclass(frozen=True)
class EngineInfo:
    kind: Literal["guide", "llm"]
    model: str | None
    host: str | None
    description: str


class DraftRun:
    """Iterate for the streamed text; afterwards ``result``, ``replaced`` and ``notice``.

    ``replaced`` is True only when text was streamed and the final draft differs from it
    (so the page says so); ``notice`` explains why in plain words. Model failures are
    caught and answered with the guide engine's draft, so a page can hand this straight
    to ``st.write_stream``.
    """

    def __init__(self, request: DraftRequest, stream: Any,
                 fallback: Callable[[], Draft]) -> None:
        self.request = request
        self._stream = stream
        self._fallback = fallback
        self.result: Draft | None = None
        self.replaced = False
        self.notice = ""

    def __iter__(self) -> Iterator[str]:
        streamed = False
        try:
            for chunk in self._stream:
                streamed = streamed or bool(str(chunk).strip())
                yield str(chunk)
            self.result = self._stream.result
            self.replaced = streamed and bool(self._stream.replaced)
        except (GateClosed, SafetyStop):
            raise
        except Exception as exc:  # noqa: BLE001 - any model/network failure gets the fallback
            log.warning("drafting failed, using the guide engine: %s", type(exc).__name__)
            self.result = self._fallback()
            self.replaced = streamed
            self.notice = _MODEL_TROUBLE
        if self.replaced and not self.notice:
            self.notice = ("What streamed in above was replaced by the text below: "
                           + (self.result.note if self.result and self.result.note
                              else "the first version didn't pass the checks."))


class TalkRun:
    """Iterate for the reply's chunks; afterwards ``text``, ``engine``, ``citations``,
    ``replaced`` (show ``text`` instead of what streamed) and ``notice``."""

    def __init__(self, history: list[Turn], stream: Any, fallback: Callable[[], Any]) -> None:
        self.history = history
        self._stream = stream
        self._fallback = fallback
        self.text = ""
        self.engine = "guide"
        self.citations: list[str] = []
        self.replaced = False
        self.notice = ""

    def __iter__(self) -> Iterator[str]:
        stream = self._stream
        streamed = False
        try:
            for chunk in stream:
                streamed = True
                yield str(chunk)
        except SafetyStop:
            raise
        except Exception as exc:  # noqa: BLE001 - any model/network failure gets the fallback
            log.warning("talk failed, using the guide engine: %s", type(exc).__name__)
            stream = self._fallback()
            stream.read()
            self.replaced = streamed
            if not streamed:
                yield str(stream.text)
            self.notice = _MODEL_TROUBLE.split(" What")[0]
        self.text = str(stream.text)
        self.engine = str(stream.engine)
        self.citations = list(stream.citations)
        self.replaced = self.replaced or bool(stream.replaced)
        self.notice = self.notice or str(stream.note)

    def history_after(self) -> list[Turn]:
        """The conversation including this reply (call after iterating)."""
        from assistant.talk import Turn

        return [*self.history, Turn(role="assistant", content=self.text)]


@dataclass(frozen=True)
class Stopped:
    """A request the safety screen or the gate stopped before anything was sent anywhere."""

    kind: str
    response: SafetyResponse | None = None
    message: str = ""


class Services:
    """Everything a page may do. Built once per session; the model and journal are shared."""

    def __init__(
        self,
        settings: Settings,
        *,
        model: BaseChatModel | None = None,
        make_model: Callable[[], tuple[BaseChatModel | None, str]] | None = None,
        journal: Journal | None = None,
        journal_error: str = "",
        open_journal: Callable[[], Journal] | None = None,
        model_error: str = "",
        safety_state: SafetyState | None = None,
        country: str = helplines.DEFAULT_COUNTRY,
        owner: str = "local",
        quota: RequestQuota | None = None,
        hosted: bool = False,
    ) -> None:
        self.settings = settings
        self._model = model
        # Built on first use: a configured model imports LangChain, seconds the first page
        # would otherwise wait. ``make_model`` returns the model (None: the guide engine) and
        # why it couldn't be built ("" when it could).
        self._make_model = make_model if model is None else None
        self._journal = journal
        self._journal_error = journal_error
        # Opened on first use, not here: the first page is drawn without waiting for the
        # database (SQLAlchemy alone takes a noticeable part of a second to import).
        self._open_journal = open_journal if journal is None else None
        self._model_error = model_error
        self.safety = safety_state if safety_state is not None else SafetyState()
        # Whose crisis lines to show: the Settings page's choice (app.py keeps it in step).
        self.country = country
        self.owner = owner
        self.quota = quota
        self.hosted = hosted
        self.limit_notice = ""
        """Why the latest request was answered by the guide engine, if the limit was why."""

    @property
    def model(self) -> BaseChatModel | None:
        """The chat model, or None when the guide engine writes."""
        if self._make_model is not None:
            build, self._make_model = self._make_model, None
            self._model, error = build()
            self._model_error = " ".join(filter(None, [self._model_error, error]))
        return self._model

    @model.setter
    def model(self, model: BaseChatModel | None) -> None:
        self._model, self._make_model = model, None

    @property
    def model_error(self) -> str:
        """Why the configured model isn't used, in plain words ("" when it is, or none is)."""
        self.model  # noqa: B018 - building it is how a lazy model finds out
        return self._model_error

    @model_error.setter
    def model_error(self, message: str) -> None:
        self._model_error = message

    @property
    def journal(self) -> Journal | None:
        """The journal, or None when it can't be opened (``journal_error`` says why)."""
        if self._open_journal is not None:
            opener, self._open_journal = self._open_journal, None
            try:
                self._journal = opener()
            except AssistantError as exc:
                self._journal, self._journal_error = None, str(exc)
        return self._journal

    @journal.setter
    def journal(self, journal: Journal | None) -> None:
        self._journal, self._open_journal = journal, None

    @property
    def journal_error(self) -> str:
        """Why the journal can't be opened ("" when it can, or hasn't been tried)."""
        self.journal  # noqa: B018 - opening it is how a lazy journal finds out
        return self._journal_error

    @journal_error.setter
    def journal_error(self, message: str) -> None:
        self._journal_error = message

    def _model_for_request(self) -> BaseChatModel | None:
        """The model for one request, or None (the guide engine) in a crisis or once this
        person has used their share of the model this hour; ``limit_notice`` says which."""
        self.limit_notice = ""
        if self.crisis or self.model is None:
            return None
        if self.quota is not None and not self.quota.take(self.owner):
            from assistant.quota import limit_notice

            self.limit_notice = limit_notice(self.quota.per_hour,
                                             self.quota.minutes_until_next(self.owner))
            return None
        return self.model

    # ---- engine and privacy facts

    def engine(self) -> EngineInfo:
        """Which engine writes, for showing to the person; never includes a key."""
        if self.model is None:
            return EngineInfo(kind="guide", model=None, host=None,
                              description="the built-in guide engine (no AI model)")
        name = str(getattr(self.model, "model_name", None) or getattr(self.model, "model", "")
                   or type(self.model).__name__)
        host = self.settings.model_host if self.settings.engine == "openai" else "this process"
        return EngineInfo(kind="llm", model=name, host=host,
                          description=f"the AI model {name} at {host}")

    def engine_label(self, engine: str) -> str:
        """Who wrote a text, in words: the guide engine or the configured model."""
        return "the built-in guide engine" if engine == "guide" else self.engine().description

    def data_location(self) -> str:
        """Where the journal lives, without any password in the URL."""
        if self.hosted:
            return "this service's database (only your sign-in opens your entries)"
        if self.journal is not None:
            return self.journal.where
        url = self.settings.db_url
        if url.startswith("sqlite:///"):
            return url.removeprefix("sqlite:///") or "memory"
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}"

    def privacy_note(self) -> str:
        """One line on where the journal is kept and who can read it."""
        if self.hosted:
            return ("Private to you: kept in this service's database, where only your sign-in "
                    "opens it.")
        return f"Private, on this device only: {self.data_location()}"

    # ---- safety

    def screen(self, *texts: str, origin: str = "") -> Screening:
        """Screen each text, note a crisis for the session, and return the most serious.

        With an ``origin`` (the action the texts came from), a text that carries a risk signal
        but is not certain raises the direct question (``self.safety.question``) and its
        screening is returned: the caller then stops until it is answered.
        """
        worst = Screening()
        asking: Screening | None = None
        for text in texts:
            if not text or not text.strip():
                continue
            found = self.safety.observe(safety.screen(text))
            if _SEVERITY[found.kind] > _SEVERITY[worst.kind]:
                worst = found
            if asking is None and self.safety.needs_asking(found):
                asking = found
        if worst.kind == "none" and asking is not None and origin and self.safety.question is None:
            self.safety.ask(asking, origin, tuple(t for t in texts if t and t.strip()))
            return asking
        return worst

    def _hold(self, found: Screening) -> Stopped | None:
        """Why a screened request must stop here, if it must: a flagged text, or a direct
        question waiting for its answer (nothing is sent or saved before it)."""
        if found.flagged:
            return self._stopped(found)
        if self.safety.question is not None:
            return Stopped(kind="ask", message="A question comes first.")
        return None

    def answer_question(self, answer: safety.Answer) -> None:
        """The person's answer to the direct question (kept in session memory only)."""
        self.safety.answer(answer)

    def resume(self, origin: str) -> tuple[str, ...] | None:
        """After a "no": the texts to carry on with, once, for the page they came from."""
        question = self.safety.take_resume(origin)
        return question.texts if question is not None else None

    @property
    def interrupted(self) -> bool:
        """The crisis panel or the direct question is to be shown first."""
        return self.safety.interrupted

    @property
    def crisis(self) -> bool:
        return self.safety.crisis

    def crisis_response(self, lang: str | None = None) -> SafetyResponse:
        """The crisis panel in ``lang`` (English by default) with the chosen country's lines,
        findahelpline.com and the emergency number."""
        return helplines.crisis_response(self.country, lang)

    def crisis_resources(self, lang: str | None = None) -> list[Resource]:
        """The chosen country's lines, findahelpline.com and the emergency number."""
        return helplines.resources_for(self.country, lang)

    def crisis_text(self, lang: str | None = None) -> CrisisText:
        """The crisis panel, the direct question and its answers, in ``lang``."""
        return crisis_text(lang)

    def countries(self) -> dict[str, str]:
        """Code -> name of every country the crisis lines can be chosen for."""
        return helplines.countries()

    @staticmethod
    def default_country(locale: str | None) -> str:
        """The country to start from for a browser locale ("es-MX" -> "MX"; none -> "US")."""
        return helplines.default_country(locale)

    def safety_response(self, kind: safety.ScreenKind) -> SafetyResponse:
        return self.crisis_response() if kind == "crisis" else safety.response_for(kind)

    def support_for(self, verdict: Verdict | None) -> list[SafetyResponse]:
        """Support to show on the support page: abuse support when it applies, then crisis."""
        out = []
        if verdict is not None and any(f.check == "abuse" and not f.passed
                                       for f in verdict.findings):
            out.append(safety.abuse_support())
        out.append(self.crisis_response())
        return out

    def not_therapy(self) -> str:
        return safety.NOT_THERAPY

    def drafting_allowed(self, verdict: Verdict | None) -> bool:
        """Drafting opens only on a go verdict and while no crisis was seen this session."""
        return (verdict is not None and verdict.decision == Decision.GO
                and self.safety.drafting_allowed)

    def _stopped(self, screening: Screening) -> Stopped:
        return Stopped(kind=screening.kind, response=self.safety_response(screening.kind))

    # ---- check-in

    def check_in(self, checkin: CheckIn) -> CheckInResult:
        """Evaluate the answers and save the check-in with its verdict."""
        verdict = evaluate(checkin)
        saved = self._save(lambda j: j.add_checkin(checkin, verdict))
        return CheckInResult(verdict=verdict, saved=saved)

    def suggest_weights(self, checkin: CheckIn) -> dict[str, int]:
        return suggest(checkin)

    def weigh(self, weights: Mapping[str, int | None], verdict: Verdict | None) -> Balance:
        return weigh(weights, verdict.decision if verdict is not None else None)

    def both_sides(self, weights: Mapping[str, int | None], checkin: CheckIn | None,
                   verdict: Verdict | None) -> Balance:
        """The person's own weighing, or (if they did none) one read from their answers."""
        balance = self.weigh(weights, verdict)
        if balance.leaning == "unweighed" and checkin is not None:
            balance = self.weigh(suggest(checkin), verdict)
        return balance

    def next_step(self, verdict: Verdict) -> NextStep:
        if verdict.decision == Decision.STOP:
            return NextStep(page="support", label="Why, and where to find support")
        if verdict.decision == Decision.GO and self.safety.drafting_allowed:
            return NextStep(page="draft", label="Write a short first message")
        return NextStep(page="talk", label="Talk it through")

    def wait_until(self, verdict: Verdict, today: dt.date | None = None) -> dt.date | None:
        """The calendar day the no-contact period is over, if it isn't yet."""
        if not verdict.days_to_wait:
            return None
        return (today or dt.date.today()) + dt.timedelta(days=verdict.days_to_wait)

    def check_in_again(self, verdict: Verdict, today: dt.date | None = None) -> dt.date:
        from assistant.talk import check_in_again

        when: dt.date = check_in_again(verdict, today or dt.date.today())
        return when

    # ---- drafting

    def start_draft(
        self, *, recipient: str, notes: str, tone: str, language: str,
        checkin: CheckIn | None, verdict: Verdict | None,
    ) -> DraftRun | Stopped:
        """Screen what they typed, check the gate, then stream a draft (never raises)."""
        found = self.screen(recipient, notes, origin="draft")
        if (held := self._hold(found)) is not None:
            return held
        if checkin is None or not self.drafting_allowed(verdict):
            return Stopped(kind="gate", message="Drafting opens after a check-in that says go.")
        from pydantic import ValidationError

        from assistant.drafting import DraftRequest, draft_message, stream_draft

        try:
            request = DraftRequest(recipient=recipient, notes=notes, tone=tone,
                                   language=language)
        except ValidationError as exc:
            return Stopped(kind="invalid", message=_plain_errors(exc))
        try:
            stream = stream_draft(request, checkin, self._model_for_request())
        except SafetyStop as exc:
            return self._stopped(self.safety.observe(exc.screening))
        except GateClosed:
            return Stopped(kind="gate", message="Drafting opens after a check-in that says go.")
        run = DraftRun(request, stream, lambda: draft_message(request, checkin, None))
        run.notice = self.limit_notice
        return run

    def variants(self, request: DraftRequest, checkin: CheckIn, shown: str = "") -> list[Draft]:
        """Other ways to say it, from the guide engine (deterministic, lint-clean), leaving
        out the text already on show."""
        from assistant.drafting import guide_variants

        return [v for v in guide_variants(request, checkin) if v.text.strip() != shown.strip()]

    def review(self, text: str, *, recipient: str = "", motive: str | None = None) -> Review:
        """Screen then lint a text the person edited."""
        found = self.screen(text, origin="review")
        response = self.safety_response(found.kind) if found.flagged else None
        from assistant.lint import lint_draft  # compiles its rules: not on the first page

        issues = lint_draft(text, recipient=recipient or None, motive=motive)
        return Review(text=text, screening=found, response=response, issues=issues)

    def save_draft(self, text: str, *, engine: str, recipient: str = "",
                   citations: Sequence[str] = ()) -> Saved:
        """Save a send-ready draft, after screening and linting it once more."""
        review = self.review(text, recipient=recipient)
        if self.safety.question is not None:
            return Saved(ok=False, message="Not saved yet: a question comes first.")
        if review.blocked:
            return Saved(ok=False, message="This text needs changes before it can be saved as "
                         "a draft: see the marked words.")
        eng: Literal["llm", "guide"] = "llm" if engine == "llm" else "guide"
        return self._save(lambda j: j.add_draft(text, engine=eng, recipient=recipient,
                                                citations=list(citations)))

    # ---- talking it through and unsent letters

    def talk(self, message: str | None, history: Sequence[Turn], checkin: CheckIn,
             verdict: Verdict) -> TalkRun | Stopped:
        """Screen the new message, then stream a reply (the guide engine once in crisis).

        A flagged message never joins the history, so it is never sent to a model later.
        """
        from assistant.talk import Turn, talk

        found = self.screen(message or "", origin="talk")
        if (held := self._hold(found)) is not None:
            return held
        if verdict.decision == Decision.STOP:
            return Stopped(kind="gate", message="This conversation isn't for this situation.")
        turns = list(history)
        if message and message.strip():
            turns.append(Turn(role="user", content=message.strip()))
        model = self._model_for_request()
        try:
            stream = talk(turns, checkin, verdict, model)
        except SafetyStop as exc:
            return self._stopped(self.safety.observe(exc.screening))
        except GateClosed:
            return Stopped(kind="gate", message="This conversation isn't for this situation.")
        run = TalkRun(turns, stream, lambda: talk(turns, checkin, verdict, None))
        run.notice = self.limit_notice
        return run

    def open_talk(self, checkin: CheckIn, verdict: Verdict) -> tuple[list[Turn], list[str]]:
        """The conversation's first turn and its citations: the guide engine's opening, made
        locally, so no model is asked before the person says anything. None on a stop."""
        from assistant.talk import Turn, talk

        if verdict.decision == Decision.STOP:
            return [], []
        stream = talk([], checkin, verdict, None)
        text = stream.read()
        return [Turn(role="assistant", content=text)], list(stream.citations)

    def save_letter(self, text: str) -> tuple[Saved, Stopped | None]:
        """Keep an unsent letter privately. It is screened (a crisis shows resources), and
        saved either way: it is the person's own writing and never leaves the machine."""
        if not text.strip():
            return Saved(ok=False, message="The letter is empty."), None
        found = self.screen(text, origin="letter")
        if self.safety.question is not None:  # asked first; "no" carries on and saves it
            return Saved(ok=False, message="Not saved yet: a question comes first."), \
                self._hold(found)
        saved = self._save(lambda j: j.add_draft(text, engine="guide", kind="letter"))
        return saved, (self._stopped(found) if found.flagged else None)

    # ---- after contact

    def log_contact(
        self, outcome: Outcome, checkin: CheckIn | None
    ) -> tuple[ReflectionPlan | None, Saved, Stopped | None]:
        """Screen the notes, make the reflection plan, and save both together.

        Flagged notes get no plan (the screen's response instead); what happened is still
        saved privately, since it is the person's own record.
        """
        from assistant.reflection import reflection_plan

        found = self.screen(outcome.hoped_for, outcome.notes, origin="contact")
        if self.safety.question is not None:  # asked first; "no" carries on and saves it
            return None, Saved(ok=False, message="Not saved yet: a question comes first."), \
                self._hold(found)
        if found.flagged:
            saved = self._save(lambda j: j.add_contact(outcome, None))
            return None, saved, self._stopped(found)
        model = self._model_for_request()
        try:
            plan = reflection_plan(outcome, checkin, model)
        except SafetyStop as exc:
            saved = self._save(lambda j: j.add_contact(outcome, None))
            return None, saved, self._stopped(self.safety.observe(exc.screening))
        saved = self._save(lambda j: j.add_contact(outcome, plan))
        return plan, saved, None

    # ---- the journal

    def log_urge(self, note: str, intensity: int) -> tuple[Saved, Stopped | None]:
        found = self.screen(note, origin="urge")
        if self.safety.question is not None:  # asked first; "no" carries on and saves it
            return Saved(ok=False, message="Not saved yet: a question comes first."), \
                self._hold(found)
        saved = self._save(lambda j: j.add_urge(note, intensity))
        return saved, (self._stopped(found) if found.flagged else None)

    def pause_until(self, now: dt.datetime | None = None) -> dt.datetime:
        return (now or dt.datetime.now(dt.UTC)) + URGE_PAUSE

    def reasons_to_pause(self, checkin: CheckIn | None = None,
                         verdict: Verdict | None = None) -> list[str]:
        """The person's own reasons from their last check-in (this session's, else saved)."""
        if checkin is None or verdict is None:
            latest = self._read(lambda j: j.latest_checkin(), None)
            if latest is None:
                return []
            checkin, verdict = latest
        reasons = [f.message for f in verdict.failing]
        hope = {
            "closure": "an ending that makes sense", "reconciliation": "getting back together",
            "clarity": "understanding what happened", "validation": "feeling reassured",
            "other": "something you weren't sure of yet",
        }[checkin.motive]
        reasons.append(f"What you said you most hope for: {hope}. Would a message right now, "
                       "in this feeling, really bring you that?")
        return reasons

    def timeline(self, limit: int = 100) -> list[TimelineItem]:
        entries: list[Entry] = self._read(lambda j: j.entries(limit=limit), [])
        return [_describe(e) for e in entries]

    def days_without_contact(self) -> int | None:
        value: int | None = self._read(lambda j: j.days_without_contact(), None)
        return value

    def mood_chart(self) -> dict[str, Any] | None:
        """A Vega-Lite spec of feelings over time (0-10), or None with fewer than two points.

        Built by hand rather than through st.line_chart: Altair validates its spec against the
        JSON schema on every rerun (about 85 ms here); an inline spec costs about 1 ms.
        """
        points = self._read(lambda j: j.mood_series(), [])
        if len(points) < 2:
            return None
        source = {"checkin": "Check-in (healing)", "contact": "After contact"}
        values = [{"When": p.at.astimezone().isoformat(), "Feeling": p.feeling,
                   "From": source.get(p.source, p.source)} for p in points]
        return {
            "data": {"values": values},
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": "When", "type": "temporal", "title": None},
                "y": {"field": "Feeling", "type": "quantitative", "title": "Feeling (0-10)",
                      "scale": {"domain": [0, 10]}},
                "tooltip": [{"field": "When", "type": "temporal", "format": "%d %b %Y %H:%M"},
                            {"field": "Feeling", "type": "quantitative"},
                            {"field": "From", "type": "nominal"}],
            },
        }

    def export_json(self) -> str:
        text: str = self._read(lambda j: j.export_json(), "[]")
        return text

    def export_markdown(self) -> str:
        text: str = self._read(lambda j: j.export_markdown(), "# My Unsent journal\n")
        return text

    def delete_all(self) -> Saved:
        def erase(j: Journal) -> str:
            j.delete_all()
            return ""

        return self._save(erase)

    # ---- internals

    def _save(self, write: Callable[[Journal], str]) -> Saved:
        if self.journal is None:
            return Saved(ok=False, message="Your journal isn't available right now, so nothing "
                         f"was saved. {self.journal_error}".strip())
        try:
            return Saved(ok=True, id=write(self.journal))
        except JournalError as exc:
            return Saved(ok=False, message=str(exc))

    def _read(self, read: Callable[[Journal], Any], default: Any) -> Any:
        if self.journal is None:
            return default
        try:
            return read(self.journal)
        except JournalError as exc:
            log.warning("journal read failed: %s", exc)
            return default


_KIND_LABELS = {
    "checkin": "Check-in", "urge": "Urge to text", "draft": "Draft", "letter": "Unsent letter",
    "contact": "After contact", "reflection": "Reflection",
}
_DECISION_WORDS = {"go": "go, gently", "reconsider": "reconsider", "wait": "wait",
                   "stop": "don't reach out"}


def _plain_errors(exc: Any) -> str:
    """A pydantic ValidationError as one plain sentence per problem."""
    names = {"recipient": "Their name", "notes": "What you want to say",
             "language": "Language", "tone": "Tone"}
    out = []
    for err in exc.errors():
        where = names.get(str(err["loc"][0]) if err["loc"] else "", "")
        msg = str(err["msg"]).removeprefix("Value error, ")
        out.append(f"{where}: {msg}." if where else f"{msg}.")
    return " ".join(out)


def _describe(e: Entry) -> TimelineItem:
    """One journal entry in plain words for the timeline."""
    d = e.data
    title, detail = _KIND_LABELS.get(e.kind, e.kind), ""
    try:
        if e.kind == "checkin":
            decision = d["verdict"]["decision"]
            title = f"Check-in: {_DECISION_WORDS.get(decision, decision)}"
            detail = f"Healing {d['checkin']['healing']}/10"
        elif e.kind == "urge":
            title = f"Wanted to text them (urge {d['intensity']}/10), and didn't"
            detail = d.get("note", "")
        elif e.kind in ("draft", "letter"):
            who = "the guide engine" if d.get("engine") == "guide" else "an AI model"
            title = ("Unsent letter, kept private" if e.kind == "letter"
                     else f"Draft, written with {who}")
            detail = d.get("text", "")
        elif e.kind == "contact":
            o = d["outcome"]
            from assistant.reflection import RESPONSE_LABELS

            sent = "Sent a message" if o["sent"] else "Didn't send"
            title = f"{sent} · {RESPONSE_LABELS.get(o['response'], o['response'])}"
            detail = f"Feeling {o['feeling']}/10. {o.get('notes', '')}".strip()
        elif e.kind == "reflection":
            title = "Reflection"
            detail = d.get("plan", {}).get("summary", "")
    except (KeyError, TypeError):
        pass
    return TimelineItem(id=e.id, kind=e.kind, label=_KIND_LABELS.get(e.kind, e.kind),
                        at=e.created_at, title=title, detail=str(detail))


# ---- presentation helpers (pure: no Streamlit here)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|:$~=^&\"'])")


def md_escape(text: str) -> str:
    """Text safe to put inside Markdown: special characters backslash-escaped, lines kept."""
    lines = [_MD_SPECIAL.sub(r"\\\1", " ".join(line.split())) for line in text.splitlines()]
    return "  \n".join(lines)


def rule_name(rule: str) -> str:
    """A lint rule id as words: "guilt-or-blame" -> "guilt or blame"."""
    return rule.replace("-", " ").replace("_", " ")


def lint_tag(issues: Sequence[LintIssue], numbers: Sequence[int]) -> str:
    """What the numbered issues are, in words, in order: "must change: pressure; ..."."""
    return "; ".join(
        f"{'must change' if issues[n - 1].severity == 'block' else 'worth a look'}: "
        f"{rule_name(issues[n - 1].rule)}" for n in numbers
    )


def highlight_html(text: str, issues: Sequence[LintIssue]) -> str:
    """The text as escaped HTML: blocking issues marked, warnings underlined, each numbered
    and followed by its rule in words (colour is never the only sign).

    Spans may overlap; the text is cut at every span edge so each piece is escaped once.
    """
    cuts = {0, len(text)}
    for issue in issues:
        start, end = issue.span
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    edges = sorted(cuts)
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        if a == b:
            continue
        piece = html.escape(text[a:b])
        covering = [n for n, i in enumerate(issues, 1) if i.span[0] <= a and b <= i.span[1]]
        if covering:
            hard = any(issues[n - 1].severity == "block" for n in covering)
            why = html.escape("; ".join(issues[n - 1].message for n in covering), quote=True)
            tag = "mark" if hard else "u"
            piece = f'<{tag} title="{why}">{piece}</{tag}>'
        ending = [n for n, i in enumerate(issues, 1) if i.span[1] == b]
        if ending:
            piece += "<sup>" + ",".join(str(n) for n in ending) + "</sup>"
            # The rule in words, so the marks don't rely on colour (WCAG 1.4.1).
            piece += f'<span class="lint-rule"> ({html.escape(lint_tag(issues, ending))})</span>'
        out.append(piece)
    return '<div style="white-space: pre-wrap; line-height: 1.6">' + "".join(out) + "</div>"


def mood_rows(spec: Mapping[str, Any]) -> list[dict[str, str | int]]:
    """The mood chart's data as table rows, oldest first (the chart's data on request)."""
    rows: list[dict[str, str | int]] = []
    for v in spec["data"]["values"]:
        at = dt.datetime.fromisoformat(str(v["When"]))
        rows.append({"When": f"{at:%a %d %b %Y, %H:%M}", "Feeling (0-10)": int(v["Feeling"]),
                     "From": str(v["From"])})
    return rows


def mood_summary(spec: Mapping[str, Any]) -> str:
    """One sentence saying what the mood chart shows: its text alternative."""
    values = spec["data"]["values"]
    feelings = [int(v["Feeling"]) for v in values]
    first = dt.datetime.fromisoformat(str(values[0]["When"]))
    last = dt.datetime.fromisoformat(str(values[-1]["When"]))
    start, end = feelings[0], feelings[-1]
    trend = ("rose" if end > start else "fell" if end < start else "stayed")
    change = f"from {start} to {end}" if trend != "stayed" else f"at {start}"
    return (f"{len(feelings)} entries from {first:%d %B %Y} to {last:%d %B %Y}: how you felt "
            f"{trend} {change} out of 10 (lowest {min(feelings)}, highest {max(feelings)}).")


def resource_markdown(resource: Resource) -> str:
    """One support resource as a Markdown list item, its site as a link."""
    line = f"- **{resource.name}**: {resource.detail}"
    if resource.url:
        line += f" [{urlsplit(resource.url).netloc or resource.url}]({resource.url})"
    return line


def quoted(text: str, issue: LintIssue, limit: int = 60) -> str:
    """The words an issue points at, shortened for a list."""
    words = " ".join(text[issue.span[0]:issue.span[1]].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


_CITE = re.compile(r"\s?\[([a-z][a-z0-9-]*)\]")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def cite_marks(text: str, extra: Sequence[str] = ()) -> tuple[str, list[str]]:
    """Replace "[section-id]" markers with numbered superscripts, in order of first use.

    Returns the text and the cited ids in number order (then ``extra`` ids not marked);
    brackets that aren't a guide section id are left as written.
    """
    guide = get_guide()
    order: list[str] = []

    def mark(m: re.Match[str]) -> str:
        sid = m.group(1)
        if not guide.has(sid):
            return m.group(0)
        if sid not in order:
            order.append(sid)
        return str(order.index(sid) + 1).translate(_SUPERSCRIPT)

    out = _CITE.sub(mark, text)
    order += [sid for sid in extra if sid not in order and guide.has(sid)]
    return out, order


def cite_label(n: int, section_id: str) -> str:
    """How a numbered citation is listed under a reply."""
    return f"{str(n).translate(_SUPERSCRIPT)} {section_title(section_id)}"


def section_title(section_id: str) -> str:
    guide = get_guide()
    return guide.section(section_id).title if guide.has(section_id) else section_id
