"""The errors a user is shown, as opposed to bugs, which are raised and logged as they are."""

from __future__ import annotations


class UserError(Exception):
    """Something the user or the environment did: shown as one plain sentence, no traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Form input that cannot be saved: one message per field, shown beside the field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors
