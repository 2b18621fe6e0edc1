"""Classifying a household by the multidimensional poverty standard in force (a reference table)."""

from __future__ import annotations

import re

STATUSES = ("poor", "near_poor", "average", "not_poor")


def min_deprivations(standard: dict) -> int:
    """How many lacking indicators make an income-poor household poor (3 in NĐ 07/2021)."""
    match = re.search(r"lacking\s*>=\s*(\d+)", standard["rule"]["poor"])
    if match is None:
        raise ValueError("poverty standard rule without a deprivation count")
    return int(match.group(1))


def indicator_codes(standard: dict) -> list[str]:
    return [ind["code"] for dim in standard["dimensions"] for ind in dim["indicators"]]


def classify(
    standard: dict, income_per_month: int | None, deprivations: list[str], area: str = "rural"
) -> str:
    """poor / near_poor / average / not_poor for a household's income per person per month."""
    thresholds = standard["income_thresholds_vnd_per_person_month"][area]
    known = set(indicator_codes(standard))
    lacking = len(set(deprivations) & known)
    if income_per_month is None:
        return "poor" if lacking >= min_deprivations(standard) else "not_poor"
    if income_per_month <= thresholds["poor_and_near_poor_max"]:
        return "poor" if lacking >= min_deprivations(standard) else "near_poor"
    if income_per_month <= thresholds["average_living_max"]:
        return "average"
    return "not_poor"
