"""Sessions: a cookie names the account and its session version, so that one bump of the
version in the database ends every session of the account, on every device."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from ..extensions import db
from ..models import User

# Built once: Session.get would build its SELECT again on every request.
_USER_BY_ID = select(User).where(User.id == bindparam("id"))


def user_of_session(session_id: str) -> User | None:
    """The user a session cookie's id ("<user id>:<session version>") names, while valid."""
    user_id, _, version = session_id.partition(":")
    if not (user_id.isdigit() and version.isdigit()) or len(user_id) > 18:
        return None
    user = db.session.scalar(_USER_BY_ID, {"id": int(user_id)})
    if user is None or user.session_version != int(version) or user.status == "suspended":
        return None
    return user


def end_sessions(user: User) -> None:
    """Every cookie signed in to this account, on any device, stops working."""
    user.session_version += 1
    db.session.flush()
