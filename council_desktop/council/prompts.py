"""The three stages' prompts (after karpathy/llm-council's format)."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from typing import Any

from council_desktop.council.records import dataclass
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


def stage1_messages(prompt: str, conversation: Sequence[Turn] = (), *, system: str = "") -> tuple[dict[str, str], ...]:
    """The question, after the conversation so far as chat history (each earlier question and the council's
    final answer to it), after the system prompt when there is one."""
    history: list[dict[str, str]] = [{"role": "system", "content": system}] if system.strip() else []
    for t in conversation:
        history += [{"role": "user", "content": t.prompt}, {"role": "assistant", "content": t.answer}]
    return (*history, {"role": "user", "content": prompt})


def stage2_messages(prompt: str, labelled: Sequence[tuple[str, str]],
                    conversation: Sequence[Turn] = (), template: str | None = None) -> tuple[dict[str, str], ...]:
    """``labelled``: ``[("Response A", answer text), ...]`` in the order this reviewer sees them; ``template``: the
    review prompt (``$question``, ``$responses``, ``$conversation``), the default when None."""
    responses = "\n\n".join(f"{label}:\n{text}" for label, text in labelled)
    content = render(template or REVIEW_TEMPLATE, question=prompt, responses=responses,
                     conversation=_conversation_text(conversation))
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
    template: str | None = None,
) -> tuple[dict[str, str], ...]:
    """The chairman's prompt: answers with real names, de-anonymized reviews, the aggregate ranking; ``template``:
    the chairman prompt (``$question``, ``$answers``, ``$reviews``, ``$ranking``, ``$conversation``)."""
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
    content = render(template or CHAIRMAN_TEMPLATE, question=prompt, answers=answers_text, reviews=reviews_text,
                     ranking=rows, conversation=_conversation_text(conversation))
    return ({"role": "user", "content": content},)


# -- editable prompts --------------------------------------------------------------------------------------------
REVIEW_TEMPLATE = (f"${{conversation}}{REVIEW_INTRO}\n\nQuestion: $question\n\n{RESPONSES_INTRO}\n\n$responses\n\n"
                   + RANKING_INSTRUCTIONS.replace("$", "$$"))

CHAIRMAN_TEMPLATE = (
    "You are the Chairman of an LLM Council. Several AI models answered a user's question, then "
    "reviewed and ranked each other's answers.\n\n"
    "${conversation}Original question: $question\n\n"
    "STAGE 1 - Individual answers:\n\n$answers\n\n"
    "STAGE 2 - Peer reviews:\n\n$reviews\n\n"
    "Aggregate ranking (best first):\n$ranking\n\n"
    "As Chairman, synthesize all of this into one comprehensive, accurate answer to the original "
    "question. Weigh the individual answers and their insights, what the reviews and rankings say about "
    "their quality, and where the council agrees or disagrees.\n\n"
    "Give a clear, well-reasoned final answer that represents the council's collective wisdom:"
)

VARIABLES: dict[str, dict[str, str]] = {
    "system": {},
    "review": {
        "question": "the user's question",
        "responses": "the other members' answers, each under its anonymous label (Response A, B, …)",
        "conversation": "the earlier turns of a follow-up (empty for a first question)",
    },
    "chairman": {
        "question": "the user's question",
        "answers": "every member's answer, under its real model name",
        "reviews": "every review, with the labels replaced by real model names (or why there were none)",
        "ranking": "the aggregate ranking, best first (or that there was none)",
        "conversation": "the earlier turns of a follow-up (empty for a first question)",
    },
}
"""What each editable prompt may use, written ``$name`` (``$$`` is a dollar sign)."""


@dataclass(frozen=True, slots=True)
class PromptSet:
    """The editable prompts of a council: the stage-1 system prompt (empty: none), the review prompt and the
    chairman prompt, as templates (see :data:`VARIABLES`)."""

    system: str = ""
    review: str = REVIEW_TEMPLATE
    chairman: str = CHAIRMAN_TEMPLATE

    def to_dict(self) -> dict[str, str]:
        return {"system": self.system, "review": self.review, "chairman": self.chairman}

    @staticmethod
    def from_dict(d: Mapping[str, Any] | None) -> PromptSet:
        d = d or {}
        base = PromptSet()
        return PromptSet(str(d.get("system") or ""), str(d.get("review") or base.review),
                         str(d.get("chairman") or base.chairman))

    @property
    def is_default(self) -> bool:
        return self == PromptSet()


def render(template: str, **values: str) -> str:
    """Fill a template's ``$variables``; unknown ones and stray dollar signs are left as they are."""
    return string.Template(template).safe_substitute(values)


def template_problems(kind: str, template: str) -> list[str]:
    """What is wrong with an edited prompt, for a person: unknown variables, and for the review prompt a missing
    ``FINAL RANKING:`` contract or answers it never shows."""
    problems: list[str] = []
    known = VARIABLES.get(kind, {})
    for name in _variables(template):
        if name not in known:
            problems.append(f"${name} is not a variable of this prompt (it may use: "
                            f"{', '.join('$' + v for v in known) or 'none'}).")
    if kind == "review":
        if "FINAL RANKING:" not in template:
            problems.append("The review prompt no longer asks for a 'FINAL RANKING:' section: reviews will not be "
                            "counted as votes.")
        if "responses" not in _variables(template):
            problems.append("The review prompt does not show the answers ($responses).")
    if kind == "chairman" and "answers" not in _variables(template):
        problems.append("The chairman prompt does not show the answers ($answers).")
    return problems


def _variables(template: str) -> list[str]:
    names = []
    for m in string.Template.pattern.finditer(template):
        name = m.group("named") or m.group("braced")
        if name and name not in names:
            names.append(name)
    return names


def scaffold(template: str) -> str:
    """The text the app itself writes into a review prompt made from ``template`` (variables left out): what a
    reviewer that merely echoes its instructions repeats (see ``ranking.parse_ranking``)."""
    text = string.Template.pattern.sub(lambda m: "$" if m.group("escaped") is not None else "\n", template)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def preview(prompts: PromptSet, question: str = "Why is the sky blue?") -> dict[str, tuple[dict[str, str], ...]]:
    """The exact messages each stage would send for ``question``, with short sample answers: for the editor."""
    sample = [("model/one", "Rayleigh scattering: shorter wavelengths scatter more."),
              ("model/two", "Blue light is scattered by the air's molecules.")]
    return {
        "answers": stage1_messages(question, system=prompts.system),
        "review": stage2_messages(question, [("Response A", sample[1][1])], template=prompts.review),
        "chairman": stage3_messages(question, sample, [("model/two", "model/one is concise and correct.")],
                                    [AggregateEntry("model/one", 1.0, 1, 1, 1, 1)], template=prompts.chairman),
    }
