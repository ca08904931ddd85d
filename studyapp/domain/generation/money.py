"""Sums of money: the currencies a word or a sign names, and an amount given again in another
currency in brackets ("20 billion yuan (S$4.04 billion)"), which is the same sum."""

from __future__ import annotations

import re

from .document import fold

# Currencies by their sign, whatever the language writes: "$" is "dollars" and «دولار».
CURRENCIES = {
    fold(w): sign
    for sign, words in {
        "$": "dollar dollars دولار دولارا دولارات",
        "£": "pound pounds sterling جنيه جنيها جنيهات",
        "€": "euro euros يورو",
        "¥": "yen yuan ين يوان",
        "ريال": "riyal riyals ريال ريالا ريالات",
        "درهم": "dirham dirhams درهم درهما دراهم",
        "دينار": "dinar dinars دينار دينارا دنانير",
        "₦": "naira",
        "₹": "rupee rupees روبية",
        "R": "rand",
        "KSh": "shilling shillings",
        "GH₵": "cedi cedis",
    }.items()
    for w in words.split()
}
_SIGN = re.compile(r"[$£€¥]|\d(?:bn|m)\b")  # "$12bn", "€11bn", "£4.5m"
# A bracket that holds only an amount: "(S$4.04 billion)", "(about $12bn)", «(نحو 95 مليون دولار)».
# Several amounts may stand in it, each in its currency: "($20.06 million, 18.08 million euros)".
_AMOUNT = r"(?:[A-Z]{0,3}[$£€¥])?\s*\d[\d,.]*\s*(?:[^\W\d_]+\.?\s*){0,3}"
_AMOUNT_IN_BRACKETS = re.compile(
    r"\(\s*(?:about|around|roughly|approximately|some|nearly|or|نحو|حوالي|حوالى|ما يعادل|أي|اي)?"
    rf"\s*{_AMOUNT}(?:[,،]\s*{_AMOUNT})*\)"
)
# An amount just before the bracket: "20 billion yuan", "€11bn", «1.5 مليار جنيه», «ألف درهم».
_AMOUNT_BEFORE = re.compile(
    r"(?:(?:[$£€¥]\s?)?\d[\d,.]*|(?<!\w)(?:ألف|الف|ألفا|ألفي|مائة|مئة|مليون|مليار))"
    r"\s*(?:[^\W\d_]+\s*){0,2}$"
)


def currency(word: str) -> str:
    """The currency a folded word names, as its sign ("$" for «دولار»), or ""."""
    return CURRENCIES.get(word, "")


def is_money(text: str) -> bool:
    """True when `text` names a currency, by its sign or its word."""
    if _SIGN.search(text):
        return True
    return any(currency(fold(word)) for word in re.findall(r"[^\W\d_]+", text))


def converted(text: str, a: int, b: int) -> bool:
    """True for an amount text[a:b] in brackets after another amount: the same sum in another
    currency, asked once, as the article first gives it."""
    left = text.rfind("(", max(0, a - 40), a)
    bracket = _AMOUNT_IN_BRACKETS.match(text, left) if left >= 0 else None
    if bracket is None or bracket.end() < b or not is_money(bracket.group()):
        return False
    before = _AMOUNT_BEFORE.search(text[max(0, left - 40) : left])
    return before is not None and is_money(before.group())


def converted_after(text: str, b: int) -> bool:
    """True when the amount ending at b is followed by the same sum in another currency in
    brackets: that bracket does not give the amount away (no student knows the rate)."""
    after = text[b : b + 60]
    left = after.find("(")
    if left < 0 or len(after[:left].split()) > 2:
        return False
    bracket = _AMOUNT_IN_BRACKETS.match(after, left)
    return (
        bracket is not None
        and is_money(bracket.group())
        and is_money(text[max(0, b - 20) : b] + after[:left])
    )
