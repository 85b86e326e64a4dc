"""The three stages' prompts (after karpathy/llm-council's format)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from council_desktop.council.values import AggregateEntry, Turn

REVIEW_INTRO = "You are evaluating different responses to the following question."
RESPONSES_INTRO = "Here are the responses from different models (anonymized):"

# The example is a template of placeholders, never a ranking: a reviewer that only echoes it names no response,
# so it cannot cast a vote. No real label ("Response A") appears anywhere in these instructions for the same
# reason. ranking.parse_ranking also fails a review that repeats these instructions (see REVIEW_SCAFFOLD).
RANKING_INSTRUCTIONS = """\
Your task:
1. Evaluate each response on its own: what it does well and what it does poorly.
2. Then, at the very end of your reply, rank all the responses from best to worst.

IMPORTANT: end your reply with a ranking section that follows this template, with each placeholder in angle
brackets replaced by the label written above that response:

FINAL RANKING:
1. <label of the best response>
2. <label of the second-best response>
<one numbered line for each remaining response, down to the worst>

Rules for the ranking section:
- it starts with the line FINAL RANKING: in capitals, with the colon, on a line of its own
- every response appears exactly once, best first, one label per numbered line
- write each label exactly as it is written above its response
- nothing comes after the ranking section

Now write your evaluation, then your ranking section:"""

# Everything the app itself writes into a review prompt (the question and the answers are not part of it).
REVIEW_SCAFFOLD = "\n".join((REVIEW_INTRO, RESPONSES_INTRO, RANKING_INSTRUCTIONS))


CONVERSATION_INTRO = "This question continues a conversation. The earlier turns, oldest first:"
CONVERSATION_CHARS = 24_000  # earlier turns beyond this (newest kept first) are left out, and the run says so


def fit_conversation(turns: Sequence[Turn], budget: int = CONVERSATION_CHARS) -> tuple[tuple[Turn, ...], int]:
    """The newest turns that fit in ``budget`` characters (oldest dropped first), and how many were dropped.

    The newest turn is always kept, cut to the budget if it alone is longer."""
    kept: list[Turn] = []
    used = 0
    for t in reversed(turns):
        size = len(t.prompt) + len(t.answer)
        if kept and used + size > budget:
            break
        if not kept and size > budget:
            t = Turn(t.run_id, t.prompt[: budget // 4], t.answer[-(budget - budget // 4):])
            size = budget
        kept.append(t)
        used += size
    kept.reverse()
    return tuple(kept), len(turns) - len(kept)


def _conversation_text(conversation: Sequence[Turn]) -> str:
    if not conversation:
        return ""
    turns = "\n\n".join(f"User: {t.prompt}\n\nCouncil's answer: {t.answer}" for t in conversation)
    return f"{CONVERSATION_INTRO}\n\n{turns}\n\n"


def stage1_messages(prompt: str, conversation: Sequence[Turn] = ()) -> tuple[dict[str, str], ...]:
    """The question, after the conversation so far as chat history (each earlier question and the council's
    final answer to it)."""
    history: list[dict[str, str]] = []
    for t in conversation:
        history += [{"role": "user", "content": t.prompt}, {"role": "assistant", "content": t.answer}]
    return (*history, {"role": "user", "content": prompt})


def stage2_messages(prompt: str, labelled: Sequence[tuple[str, str]],
                    conversation: Sequence[Turn] = ()) -> tuple[dict[str, str], ...]:
    """``labelled``: ``[("Response A", answer text), ...]`` in the order this reviewer sees them."""
    responses = "\n\n".join(f"{label}:\n{text}" for label, text in labelled)
    content = (
        f"{_conversation_text(conversation)}"
        f"{REVIEW_INTRO}\n\n"
        f"Question: {prompt}\n\n"
        f"{RESPONSES_INTRO}\n\n"
        f"{responses}\n\n{RANKING_INSTRUCTIONS}"
    )
    return ({"role": "user", "content": content},)


def deanonymize(text: str, label_map: Mapping[str, str]) -> str:
    """Replace ``Response X`` labels in ``text`` with the real model names (bold)."""
    by_letter = {label.split(" ", 1)[1].upper(): model for label, model in label_map.items()}

    def sub(m: re.Match[str]) -> str:
        model = by_letter.get(m.group(1).upper())
        return f"**{model}**" if model else m.group(0)

    return re.sub(r"\bResponse\s+([A-Z]{1,2})\b", sub, text)


def stage3_messages(
    prompt: str,
    answers: Sequence[tuple[str, str]],
    reviews: Sequence[tuple[str, str]],
    aggregate: Sequence[AggregateEntry],
    *,
    notice: str | None = None,
    conversation: Sequence[Turn] = (),
) -> tuple[dict[str, str], ...]:
    """The chairman's prompt: answers with real names, de-anonymized reviews, the aggregate ranking."""
    answers_text = "\n\n".join(f"Model: {model}\nAnswer:\n{text}" for model, text in answers)
    if reviews:
        reviews_text = "\n\n".join(f"Reviewer: {model}\nReview:\n{text}" for model, text in reviews)
    else:
        reviews_text = notice or "(No peer review took place.)"
    if aggregate and any(a.votes for a in aggregate):
        rows = "\n".join(
            f"{a.position}. {a.model} (average rank {a.average_rank:.2f}, {a.votes} votes, Borda {a.borda})"
            for a in aggregate if a.average_rank is not None
        )
    else:
        rows = "(No aggregate ranking.)"
    content = (
        "You are the Chairman of an LLM Council. Several AI models answered a user's question, then "
        "reviewed and ranked each other's answers.\n\n"
        f"{_conversation_text(conversation)}"
        f"Original question: {prompt}\n\n"
        f"STAGE 1 - Individual answers:\n\n{answers_text}\n\n"
        f"STAGE 2 - Peer reviews:\n\n{reviews_text}\n\n"
        f"Aggregate ranking (best first):\n{rows}\n\n"
        "As Chairman, synthesize all of this into one comprehensive, accurate answer to the original "
        "question. Weigh the individual answers and their insights, what the reviews and rankings say about "
        "their quality, and where the council agrees or disagrees.\n\n"
        "Give a clear, well-reasoned final answer that represents the council's collective wisdom:"
    )
    return ({"role": "user", "content": content},)
