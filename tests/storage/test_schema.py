"""Migrations, identity helpers and account queries on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import secrets

import pytest
from sqlalchemy import insert, inspect, select
from sqlalchemy.exc import IntegrityError

from core.errors import ConfigError, PayloadRejected
from core.messages import Address, ChannelKind
from storage import migrate
from storage.credentials import hash_password, verify_password
from storage.identity import AddressCipher, Pseudonymizer, new_receipt, normalise_receipt
from storage.models import Base, InboundEvent
from storage.queries.accounts import add_user, create_api_token, get_api_token
from voices.services import Services


async def test_migrations_create_every_table(services: Services) -> None:
    async with services.engine.connect() as conn:
        tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    assert await migrate.current_revision(services.engine) == migrate.head_revision()


async def test_upgrade_is_idempotent(services: Services) -> None:
    await migrate.upgrade(services.engine)
    assert await migrate.current_revision(services.engine) == migrate.head_revision()


async def test_inbound_event_key_is_unique(services: Services) -> None:
    async with services.sessions() as session, session.begin():
        await session.execute(insert(InboundEvent), [{"channel": "telegram", "external_id": "1"}])
    with pytest.raises(IntegrityError):
        async with services.sessions() as session, session.begin():
            await session.execute(
                insert(InboundEvent), [{"channel": "telegram", "external_id": "1"}]
            )
    async with services.sessions() as session:
        rows = (await session.execute(select(InboundEvent))).scalars().all()
    assert len(rows) == 1


async def test_users_and_tokens(services: Services) -> None:
    async with services.sessions() as session, session.begin():
        await add_user(session, "amara", hash_password("a long passphrase"), "moderator")
        token = await create_api_token(session, "reviewer", "IT")
    async with services.sessions() as session:
        record = await get_api_token(session, token)
        assert record is not None
        assert record.country == "IT"
        assert await get_api_token(session, token + "x") is None
    with pytest.raises(PayloadRejected):
        async with services.sessions() as session, session.begin():
            await add_user(session, "amara", hash_password("another one"), "moderator")
    with pytest.raises(PayloadRejected):
        async with services.sessions() as session, session.begin():
            await add_user(session, "zed", hash_password("another one"), "superuser")


def test_password_hashing_round_trip() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "correct horse battery")
    assert not verify_password(stored, "wrong")
    assert not verify_password("not a hash", "wrong")


def test_pseudonyms_are_keyed_and_stable() -> None:
    addr = Address(ChannelKind.TELEGRAM, "123456789")
    p1 = Pseudonymizer(secrets.token_bytes(32))
    p2 = Pseudonymizer(secrets.token_bytes(32))
    assert p1.pseudonym(addr) == p1.pseudonym(Address(ChannelKind.TELEGRAM, "123456789"))
    assert p1.pseudonym(addr) != p2.pseudonym(addr)
    assert p1.pseudonym(addr) != p1.pseudonym(Address(ChannelKind.SMS, "123456789"))
    assert "123456789" not in repr(addr)
    with pytest.raises(ConfigError):
        Pseudonymizer(b"short")


def test_address_cipher_round_trip_and_rotation() -> None:
    old = base64.urlsafe_b64encode(secrets.token_bytes(32))
    new = base64.urlsafe_b64encode(secrets.token_bytes(32))
    addr = Address(ChannelKind.WHATSAPP, "+254700000001")
    token = AddressCipher([old]).encrypt(addr)
    assert b"254700000001" not in token
    assert AddressCipher([new, old]).decrypt(token) == addr
    with pytest.raises(ValueError, match="cannot be decrypted"):
        AddressCipher([new]).decrypt(token)


def test_receipt_codes_are_unambiguous_and_forgiving() -> None:
    codes = {new_receipt() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert normalise_receipt(code) == code
        assert normalise_receipt(code.lower().replace("-", " ")) == code
        assert not set(code) & set("01258OIZSBL")
    assert normalise_receipt("hello") is None
    assert normalise_receipt("") is None
