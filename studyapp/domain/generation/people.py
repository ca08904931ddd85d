"""People and their roles, in both languages, from the shapes news text names them in.

- a role before the name: "Foreign Minister Shah Mahmood Qureshi", "Odisha boss Josep Gombau",
  "وزير الإعلام حمزة المصطفى", "مدير عام المياه بمنطقة جازان المهندس عبدالله القميري";
- a name before its role (apposition): "Sarah Friar, OpenAI's CFO,", "سعد الشهري، مدرب الاتفاق،";
- a name beside a verb of saying or after "according to / بحسب / وفقًا لـ";
- a title before a name (Dr., Mr., الدكتور، المهندس).

Given names (data/given-names-*.txt) tell a name from other capitalised or unprefixed words.
"""

from __future__ import annotations

from . import people_ar, people_en
from .document import Document


def spot(doc: Document) -> None:
    """Add the article's people (and the roles named with them) to `doc`, in reading order."""
    spot_sentence = people_ar.spot_sentence if doc.language == "ar" else people_en.spot_sentence
    for sentence in doc.content:
        spot_sentence(doc, sentence)
