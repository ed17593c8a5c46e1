"""Keyed pseudonyms, encrypted reply addresses and receipt codes.

A sender is known to submissions only by ``pseudonym``: HMAC-SHA256 over the
channel and address with a secret key (a plain hash of a phone number can be
reversed by enumerating numbers). The address needed to reply is encrypted with
Fernet and lives only in the contacts table.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from core.errors import ConfigError
from core.messages import Address, ChannelKind

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or copied from a cheap screen stays unambiguous.
RECEIPT_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
RECEIPT_LENGTH = 8


class Pseudonymizer:
    """Turns an address into a stable pseudonym with a secret key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ConfigError("VOICES_PSEUDONYM_KEY must be at least 32 bytes")
        self._key = key

    def __repr__(self) -> str:
        return "Pseudonymizer(key=<redacted>)"

    def pseudonym(self, address: Address) -> str:
        """Return the hex HMAC-SHA256 of ``channel:value``."""
        return hmac.new(self._key, address.urn().encode(), hashlib.sha256).hexdigest()

    def event_key(self, channel: str, external_id: str) -> str:
        """Return a keyed digest of a provider's event id, for deduplication.

        Provider ids are not always opaque (a WhatsApp ``wamid`` embeds the sender's
        number in base64), so only this digest is stored.
        """
        material = f"event|{channel}|{external_id}".encode()
        return hmac.new(self._key, material, hashlib.sha256).hexdigest()


class AddressCipher:
    """Encrypts reply addresses at rest; several keys allow rotation (first one encrypts)."""

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ConfigError("VOICES_CONTACT_KEY must be set")
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    def __repr__(self) -> str:
        return "AddressCipher(keys=<redacted>)"

    def encrypt(self, address: Address) -> bytes:
        """Encrypt ``channel:value``."""
        return self._fernet.encrypt(address.urn().encode())

    def decrypt(self, token: bytes) -> Address:
        """Decrypt an address; raises ``ValueError`` if the token is not ours."""
        try:
            urn = self._fernet.decrypt(token).decode()
        except InvalidToken as exc:
            raise ValueError(
                "contact address cannot be decrypted with the configured keys"
            ) from exc
        channel, _, value = urn.partition(":")
        return Address(ChannelKind(channel), value)

    def encrypt_blob(self, data: bytes) -> bytes:
        """Encrypt arbitrary bytes with the contact key (e.g. a spooled message)."""
        return self._fernet.encrypt(data)

    def decrypt_blob(self, token: bytes) -> bytes:
        """Decrypt bytes from ``encrypt_blob``; raises ``ValueError`` if the token is not ours."""
        try:
            return self._fernet.decrypt(token)
        except InvalidToken as exc:
            raise ValueError("blob cannot be decrypted with the configured keys") from exc


def new_receipt() -> str:
    """Return a fresh receipt code like ``K7QM-3XTA`` (25^8 ≈ 1.5e11 codes)."""
    raw = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_receipt(code: str) -> str | None:
    """Read a receipt code as a person may type it (lower case, spaces, no dash).

    Returns the canonical ``XXXX-XXXX`` form, or None if it cannot be one of ours.
    """
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(cleaned) != RECEIPT_LENGTH or any(ch not in RECEIPT_ALPHABET for ch in cleaned):
        return None
    return f"{cleaned[:4]}-{cleaned[4:]}"
