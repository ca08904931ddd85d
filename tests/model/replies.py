"""Recorded answers of a model about ARTICLE: good ones, invented quotes, wrong keys, and
replies that are no use at all."""

from __future__ import annotations

import json

ARTICLE = (
    "The city council of Harbourton approved a new water plan on Tuesday. "
    "The plan will cost 40 million dollars over five years. "
    'Maria Okafor, the head of the water board, said: "Every school will have clean '
    'drinking water by 2028." '
    "First, the old pipes in the east district will be replaced. "
    "Next, a treatment station will be built near the river. "
    "Finally, meters will be installed in every home. "
    "Critics said the plan ignores the northern villages."
)

GROUNDED = [
    {
        "type": "mcq",
        "category": "attribution",
        "prompt": "Who said every school will have clean drinking water by 2028?",
        "choices": ["Maria Okafor", "The mayor", "A critic"],
        "answer": "Maria Okafor",
        "source": 'Maria Okafor, the head of the water board, said: "Every school will have '
        'clean drinking water by 2028."',
    },
    {
        "type": "cloze",
        "category": "number",
        # quoted with a slip ("40 milion"): the fuzzy match still finds the sentence
        "prompt": "The plan will cost ____ million dollars over five years.",
        "answer": "40",
        "source": "The plan will cost 40 milion dollars over five years.",
    },
    {
        "type": "truefalse",
        "category": "fact",
        "prompt": "The council approved the water plan on Tuesday.",
        "answer": True,
        "source": "the city council of harbourton approved a new water plan on tuesday",
    },
    {
        "type": "order",
        "category": "sequence",
        "prompt": "Put the steps of the plan in order.",
        "choices": [
            "Meters installed in every home",
            "Old pipes replaced in the east district",
            "Treatment station built near the river",
        ],
        "answer": [
            "Old pipes replaced in the east district",
            "Treatment station built near the river",
            "Meters installed in every home",
        ],
        "source": "First, the old pipes in the east district will be replaced.",
    },
]
INVENTED = [
    {
        "type": "short",
        "category": "fact",
        "prompt": "How many new teachers will be hired?",
        "answer": "200",
        "source": "The council will also hire 200 new teachers next year.",
    },
    {
        "type": "mcq",
        "category": "place",
        "prompt": "Where will the desalination plant be built?",
        "choices": ["On the coast", "In the hills", "Downtown"],
        "answer": "On the coast",
        "source": "A desalination plant will be built on the coast.",
    },
]
KEY_NOT_IN_SOURCE = {
    "type": "cloze",
    "category": "place",
    "prompt": "A treatment station will be built near the ____.",
    "answer": "lake",
    "source": "Next, a treatment station will be built near the river.",
}
SPEAKER_NOT_NAMED = {
    "type": "mcq",
    "category": "attribution",
    "prompt": "Who said the plan ignores the northern villages?",
    "choices": ["John Mensah", "Maria Okafor", "The council"],
    "answer": "John Mensah",
    "source": "Critics said the plan ignores the northern villages.",
}
WRONG_KEYS = [
    {"q": "What did the council approve?", "correct": "A water plan", "from": "The city council"},
    {"type": "essay", "prompt": "Discuss the plan.", "answer": "...", "source": "The plan."},
]


def questions(*items: object) -> str:
    return json.dumps({"questions": list(items)}, ensure_ascii=False)


GOOD = questions(*GROUNDED)
MIXED_BAG = questions(*GROUNDED, *INVENTED, KEY_NOT_IN_SOURCE, SPEAKER_NOT_NAMED, *WRONG_KEYS)
# The same answer with the habits of small models: prose first, then a code fence.
FENCED = "Here are the questions you asked for:\n```json\n" + GOOD + "\n```\nGood luck!"
MALFORMED = '{"questions": [{"type": "mcq", "prompt": "Who said", "answer": '
ONLY_INVENTED = questions(*INVENTED)
PROSE_REFUSAL = "I'm sorry, but I can't help with that request."
