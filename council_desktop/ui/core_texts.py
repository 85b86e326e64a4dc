"""The core's and the stores' sentences in the window's language.

The core (stdlib only, shared with the command line) speaks English, and a run's record keeps its notices and
reasons in English whatever the language of the window that ran it. The window shows the sentences it knows in its
own language: :func:`core_text` matches a message whole against :data:`TEMPLATES` (``{name}`` stands for any text),
translates the template, and puts the parts back — translated too when they are known sentences themselves (a
reason inside a notice, a stage's name). Anything else (a server's error, a model id) is shown as it came.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from council_desktop.council.vocab import STAGE_NAMES
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "core"
TEMPLATES: tuple[str, ...] = (
    # a run that cannot start (orchestrator.SpecError, run_policy.RunRefused)
    QT_TRANSLATE_NOOP("core", "Nothing to re-run: name a member, a reviewer or a chairman."),
    QT_TRANSLATE_NOOP("core", "A follow-up needs the run it follows."),
    QT_TRANSLATE_NOOP("core", "The prompt is empty: type a question for the council."),
    QT_TRANSLATE_NOOP("core", "The council has no members: add at least one model."),
    QT_TRANSLATE_NOOP("core", "No chairman model is set."),
    QT_TRANSLATE_NOOP("core", "The quorum must be at least 1."),
    QT_TRANSLATE_NOOP("core", "The stage deadline must be a positive number of seconds."),
    QT_TRANSLATE_NOOP("core", "No OpenRouter API key yet, and this council asks OpenRouter models."),
    # where keys are kept (storage.keystore.KeyStore.status_text)
    QT_TRANSLATE_NOOP("core", "Keys are kept in the system keyring ({backend})."),
    QT_TRANSLATE_NOOP("core", "No system keyring is available (no Secret Service / Keychain / Credential Manager "
                              "was found): a key you enter is kept for this session only and is not saved. Set "
                              "{env} to use a key without a keyring."),
    # how members and stages stopped (orchestrator; runner)
    QT_TRANSLATE_NOOP("core", "Skipped by the user."),
    QT_TRANSLATE_NOOP("core", "Stopped: the stage ended early ({reason})."),
    QT_TRANSLATE_NOOP("core", "{stage} ended early: {reason}; the members still working were stopped (their text "
                              "kept)."),
    QT_TRANSLATE_NOOP("core", "ended early by the user"),
    QT_TRANSLATE_NOOP("core", "ended early"),
    QT_TRANSLATE_NOOP("core", "The run was cancelled."),
)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for template in TEMPLATES:
        parts = re.split(r"\{([a-z_]+)\}", template)
        regex = "".join(f"(?P<{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(parts))
        out.append((template, re.compile(regex, re.DOTALL)))
    return tuple(out)


def _stage_names() -> dict[str, str]:
    return {name: QCoreApplication.translate("StageProgress", name) for name in STAGE_NAMES.values()}


def core_text(message: str, _depth: int = 0) -> str:
    """``message`` in the window's language when it is a known sentence of the core, else as it is."""
    if not message or _depth > 3:
        return message
    stage = _stage_names().get(message)
    if stage is not None:
        return stage
    for template, pattern in _patterns():
        m = pattern.fullmatch(message)
        if m is not None:
            parts = {k: core_text(v, _depth + 1) for k, v in m.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, template).format(**parts)
    return message
