"""Free-text search, counts and "my claims" over the queue, on SQLite (FTS5) and PostgreSQL
(full-text search): one query, the same answers on both, kept in step on every write."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, text, update

from core.clock import utcnow
from storage.models import Submission
from storage.queries.moderation import (
    QueueFilter,
    claim,
    list_queue,
    queue_counts,
    search_terms,
)
from storage.queries.retention import compact_sqlite
from storage.queries.submissions import NewSubmission, add_submissions, withdraw_for_pseudonym
from voices.services import Services

TEXTS = {
    "en": "The office kept my papers for months and the landlord refused a contract.",
    "fr": "La préfecture ne répond plus, il faut payer des intermédiaires.",
    "ar": "المدرسة رفضت تسجيل ابنتي لأنه ليس لدينا إقامة.",
    "uk": "Мені відмовили в пенсії, бо мій стаж не зараховують.",
    "bn": "আমার কাগজপত্র আটকে রাখা হয়েছে, মালিক বেতন দেয় না।",
    "ti": "ወረቐተይ ሒዞምዎ ኣለዉ፣ ደሞዝ ኣይከፈሉን።",
}
ALL = QueueFilter(states=())


def _item(lang: str, text_: str, **kw: object) -> NewSubmission:
    values: dict[str, object] = {
        "channel": "web",
        "lang": lang,
        "text": text_,
        "pseudonym": f"person-{lang}".ljust(64, "x"),
        "consent_version": "1",
        "country": "IT",
    }
    values.update(kw)
    return NewSubmission(**values)  # type: ignore[arg-type]


async def _file(services: Services) -> dict[str, str]:
    async with services.sessions() as session, session.begin():
        receipts = await add_submissions(session, [_item(k, v) for k, v in TEXTS.items()])
    return dict(zip(TEXTS, receipts, strict=True))


async def _found(services: Services, query: str, **kw: object) -> set[str]:
    flt = QueueFilter(states=(), search=query, **kw)  # type: ignore[arg-type]
    async with services.sessions() as session:
        page = await list_queue(session, flt, 1, 100)
    assert page.total == len(page.items)
    return {item.receipt for item in page.items}


def test_terms_keep_combining_marks_and_drop_operators() -> None:
    assert search_terms("কাগজপত্র") == ["কাগজপত্র"]  # vowel signs stay inside the word
    assert search_terms('"papers" OR -office* NEAR(x)') == ["papers", "OR", "office", "NEAR", "x"]
    assert search_terms("'; DROP TABLE submissions; --") == ["DROP", "TABLE", "submissions"]
    assert search_terms("  ,. ") == []


async def test_search_finds_words_in_every_script(services: Services) -> None:
    receipts = await _file(services)
    assert await _found(services, "papers") == {receipts["en"]}
    assert await _found(services, "PAPERS landlord") == {receipts["en"]}  # all words, any case
    assert await _found(services, "papers préfecture") == set()
    assert await _found(services, "land") == {receipts["en"]}  # a word's start
    assert await _found(services, "lord") == set()  # not its middle
    assert await _found(services, "préfecture") == {receipts["fr"]}
    assert await _found(services, "رفضت") == {receipts["ar"]}
    assert await _found(services, "відмовили") == {receipts["uk"]}
    assert await _found(services, "কাগজপত্র") == {receipts["bn"]}
    assert await _found(services, "ደሞዝ") == {receipts["ti"]}
    # Query syntax of either engine is just words here, never an error.
    assert await _found(services, '"papers" OR -office*') == set()
    assert await _found(services, "office: (papers)") == {receipts["en"]}
    assert await _found(services, "'; DROP TABLE submissions; --") == set()
    # A query with no word does not filter.
    assert len(await _found(services, " ,. ")) == len(TEXTS)
    # Search combines with the other filters.
    assert await _found(services, "papers", lang="fr") == set()


async def test_index_follows_redaction_and_erasure(services: Services) -> None:
    receipts = await _file(services)
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Submission)
            .where(Submission.receipt == receipts["en"])
            .values(text="The office kept my [REDACTED] for months.")
        )
    assert await _found(services, "landlord") == set()
    assert await _found(services, "REDACTED office") == {receipts["en"]}

    async with services.sessions() as session, session.begin():
        await withdraw_for_pseudonym(session, "person-fr".ljust(64, "x"))
    assert await _found(services, "préfecture") == set()
    assert await _found(services, "intermédiaires") == set()

    async with services.sessions() as session, session.begin():
        await session.execute(delete(Submission).where(Submission.lang == "uk"))
    assert await _found(services, "відмовили") == set()


async def test_erased_words_leave_the_sqlite_index(services: Services) -> None:
    if services.engine.dialect.name != "sqlite":
        return  # PostgreSQL's index is on the row's own tsvector: VACUUM's business.
    await _file(services)
    # Terms are stored prefix-compressed against their neighbour: look for the tail.
    word = "termédiaires".encode()

    async def index_blobs() -> list[bytes]:
        async with services.engine.connect() as conn:
            result = await conn.execute(text("SELECT block FROM submissions_fts_data"))
            return [bytes(b or b"") for b in result.scalars()]

    assert any(word in b for b in await index_blobs())
    async with services.sessions() as session, session.begin():
        await withdraw_for_pseudonym(session, "person-fr".ljust(64, "x"))
    await compact_sqlite(services.engine)
    assert not any(word in b for b in await index_blobs())
    # Still searchable: the rest of the index survived the merge.
    assert await _found(services, "ደሞዝ")


async def test_counts_cover_every_page_and_ignore_their_own_filter(services: Services) -> None:
    async with services.sessions() as session, session.begin():
        await add_submissions(
            session,
            [_item("en", f"case {i} about papers", urgent=i < 3) for i in range(30)]
            + [_item("fr", "des papiers", state="approved") for _ in range(4)],
        )
    async with services.sessions() as session:
        counts = await queue_counts(session, QueueFilter(states=("pending",)))
        page = await list_queue(session, QueueFilter(states=("pending",)), 1, 25)
    assert len(page.items) == 25
    assert counts.states == {"pending": 30, "approved": 4}
    assert counts.langs == {"en": 30}
    assert (counts.urgent, counts.not_urgent) == (3, 27)
    async with services.sessions() as session:
        counts = await queue_counts(session, QueueFilter(states=(), search="papiers"))
    assert counts.states == {"approved": 4}
    assert counts.langs == {"fr": 4}


async def test_my_claims(services: Services) -> None:
    receipts = await _file(services)
    now = utcnow()
    ttl = timedelta(minutes=15)
    async with services.sessions() as session, session.begin():
        result = await session.execute(text("SELECT receipt, id FROM submissions"))
        rows = {row[0]: row[1] for row in result}
        assert await claim(session, rows[receipts["en"]], "mod1", now, ttl)
        assert await claim(session, rows[receipts["ar"]], "mod1", now - ttl * 2, ttl)
        assert await claim(session, rows[receipts["fr"]], "mod2", now, ttl)
    mine = QueueFilter(states=(), claimed_by="mod1", claimed_since=now - ttl)
    async with services.sessions() as session:
        page = await list_queue(session, mine)
    # The stale claim on the Arabic text no longer counts as held.
    assert [item.receipt for item in page.items] == [receipts["en"]]
