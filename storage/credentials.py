"""How credentials are kept: argon2 for passwords, SHA-256 digests of random API tokens.

API tokens are 32 random bytes, so a fast digest is safe to store (nothing to
brute-force); passwords are chosen by people, so they get argon2.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
TOKEN_PREFIX = "cv_"  # noqa: S105 - a visible prefix so leaked tokens are recognisable


def hash_password(password: str) -> str:
    """Return an argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Check ``password`` against a stored hash in constant time."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """Return a strong password a person can still type (about 120 bits)."""
    return secrets.token_urlsafe(15)


def new_api_token() -> tuple[str, str]:
    """Return ``(token, digest)``: the token is shown once, only the digest is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, token_digest(token)


def token_digest(token: str) -> str:
    """Return the hex SHA-256 of a token, as stored."""
    return hashlib.sha256(token.encode()).hexdigest()
