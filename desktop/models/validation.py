"""Checks shared by record forms: required text, non-negative numbers, dates not in the future.

Each check adds a Vietnamese message (via tr) under the field's key to an `errors` dict and
returns the cleaned value, so a form collects every problem at once and raises one
ValidationError shown beside the fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.i18n import tr
from desktop.models.errors import ValidationError
from desktop.models.text import format_date, parse_date, parse_number


class Checker:
    """Collects field errors while cleaning values; `done()` raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, key: str, message: str) -> None:
        self.errors.setdefault(key, message)

    def done(self) -> None:
        if self.errors:
            raise ValidationError(dict(self.errors))

    def text(self, key: str, value: Any, required: bool = False, message: str = "") -> str | None:
        """Text with runs of spaces collapsed; None when empty (an error when required)."""
        cleaned = " ".join(str(value).split()) if value is not None else ""
        if not cleaned:
            if required:
                self.fail(key, message or tr("This field is required."))
            return None
        return cleaned

    def number(
        self,
        key: str,
        value: Any,
        required: bool = False,
        integer: bool = False,
        maximum: float | None = None,
    ) -> float | int | None:
        """A number that is not negative (and not above `maximum`); None when empty."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(key, tr("Enter a number."))
            return None
        try:
            number = parse_number(value) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            self.fail(key, tr("Enter a number."))
            return None
        if number != number or number in (float("inf"), float("-inf")):
            self.fail(key, tr("Enter a number."))
            return None
        if number < 0:
            self.fail(key, tr("The number cannot be negative."))
            return None
        if maximum is not None and number > maximum:
            self.fail(
                key, tr("The number cannot be above {maximum}.").format(maximum=f"{maximum:g}")
            )
            return None
        if integer:
            if not number.is_integer():
                self.fail(key, tr("Enter a whole number."))
                return None
            return int(number)
        return number

    def date(
        self,
        key: str,
        value: Any,
        required: bool = False,
        today: dt.date | None = None,
        allow_future: bool = False,
        not_before: dt.date | None = None,
        not_before_message: str = "",
        message: str = "",
    ) -> dt.date | None:
        """A date (a date, ISO or dd/mm/yyyy text) not after today unless `allow_future`; None
        when empty (`message`, else "Enter the date.", when required)."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(key, message or tr("Enter the date."))
            return None
        if isinstance(value, str):
            try:
                value = parse_date(value) if "/" in value else dt.date.fromisoformat(value[:10])
            except ValueError:
                self.fail(key, tr("Enter a date as dd/mm/yyyy."))
                return None
        if isinstance(value, dt.datetime):
            value = value.date()
        today = today or dt.date.today()
        if not allow_future and value > today:
            self.fail(
                key,
                tr("The date cannot be in the future (today is {today}).").format(
                    today=format_date(today)
                ),
            )
            return None
        if not_before is not None and value < not_before:
            self.fail(
                key,
                not_before_message
                or tr("The date cannot be before {date}.").format(date=format_date(not_before)),
            )
            return None
        return value

    def choice(
        self, key: str, value: Any, allowed: set[str] | list[str] | tuple[str, ...], message: str
    ) -> str | None:
        """A code that must be one of `allowed`."""
        if value is None or value == "" or value not in allowed:
            self.fail(key, message)
            return None
        return str(value)


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
