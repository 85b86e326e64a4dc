"""Issue 12 in the window: the council in force with its prices, presets switched in one step and managed (never
with a key), an override that ends visibly, the mode selector, editable prompts with their variables, preview and
warnings, the prompts a reopened run was given, web search per run, and cited sources shown as safe links."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QUrl

from council_desktop.council import prompts
from council_desktop.council.events import ModelComplete, RunEnd, StageComplete, StageStart
from council_desktop.council.prompts import PromptSet
from council_desktop.council.state import fold
from council_desktop.council.values import Citation, RunInfo
from council_desktop.storage.presets import Preset
from council_desktop.storage.settings import ProviderConfig, SettingsStore
from council_desktop.ui.prompt_editor import PromptEditor, messages_text
from council_desktop.ui.sources_strip import SourcesStrip
from tests.helpers import until
from tests.ui.conftest import TEST_KEY
from tests.ui.power_support import MEMBERS

PRICED = [{"id": "a/one", "name": "One", "pricing": {"prompt": "0.000001", "completion": "0.000004"}},
          {"id": "b/two", "name": "Two", "pricing": {"prompt": "0", "completion": "0"}}]
DUO = Preset("Duo", ("a/one", "b/two"), "b/two", mode="review", description="two models, no synthesis")


def saved(app):
    return SettingsStore(app.paths.settings_file).load()


async def test_the_council_in_force_with_prices_before_a_run(power_app, power_responder):
    win = power_app.build(members=("a/one", "b/two", "c/three", "llama@box"), known=PRICED,
                          providers=(ProviderConfig("box", "http://127.0.0.1:9/v1"),))
    bar = win.power.council_bar
    text = bar.members_label.text()
    assert "a/one ($1.00 / $4.00)" in text  # per million tokens, prompt / completion
    assert "b/two (free)" in text and "c/three (price unknown)" in text and "llama@box (local)" in text
    assert "chairman a/one ($1.00 / $4.00)" in text
    assert bar.preset_combo.currentText() == "Your settings' council"
    assert not bar.override_row.isVisible()


async def test_a_preset_in_one_step_its_mode_and_the_stage_bar(power_app, power_responder):
    win = power_app.build(presets=(DUO,))
    bar = win.power.council_bar
    i = bar.preset_combo.findData("Duo")
    bar.preset_combo.setCurrentIndex(i)
    bar.preset_combo.activated.emit(i)
    assert saved(power_app).preset == "Duo"  # remembered
    assert "a/one" in bar.members_label.text() and "c/three" not in bar.members_label.text()
    assert "chairman" not in bar.members_label.text()  # review mode: no synthesis, no chairman to pay
    assert bar.mode_combo.currentData() == "review"
    state = await power_app.ask()
    assert state.members == ("a/one", "b/two") and state.mode == "review"
    assert sorted(power_responder.asked()) == [(1, "a/one"), (1, "b/two"), (2, "a/one"), (2, "b/two")]
    assert win.stage_progress.label.text() == "Done — the answers and their peer review are in"
    # the mode selector changes the next run only; the stage bar counts the stages that run
    j = bar.mode_combo.findData("answers")
    bar.mode_combo.setCurrentIndex(j)
    bar.mode_combo.activated.emit(j)
    labels = []
    win.runner.state_changed.connect(lambda s, _c: labels.append(win.stage_progress.label.text()))
    n = len(power_responder.requests)
    state = await power_app.ask()
    assert state.mode == "answers" and sorted(power_responder.asked(n)) == [(1, "a/one"), (1, "b/two")]
    assert any(t.startswith("Stage 1/1") for t in labels), labels
    # back to the settings' council in one step
    k = bar.preset_combo.findData(None)
    bar.preset_combo.setCurrentIndex(k)
    bar.preset_combo.activated.emit(k)
    assert saved(power_app).preset is None and win.controller.council().members == MEMBERS
    assert bar.mode_combo.currentData() == "full"


async def test_ask_again_override_is_shown_and_ends_with_its_cross(power_app, power_responder):
    win = power_app.build()
    first = await power_app.ask()
    settings = replace(saved(power_app), members=("x/new", "y/new"), chairman="x/new")
    SettingsStore(power_app.paths.settings_file).save(settings)
    win._on_settings_dialog_saved(settings)  # the user changed the council since
    win.history_panel.ask_again.emit(first.id)
    bar = win.power.council_bar
    assert bar.override_row.isVisible()
    assert bar.override_label.text() == "Using the council of a past run (not your settings)."
    assert bar.back_button.text() == "✕ Back to your settings"
    assert "a/one" in bar.members_label.text()
    assert win.controller.council().members == MEMBERS
    bar.back_button.click()
    assert not bar.override_row.isVisible() and win.controller.council().members == ("x/new", "y/new")


async def test_manage_presets_save_rename_delete_export_import(power_app, power_responder, tmp_path):
    win = power_app.build()
    dlg = win.power.open_presets()
    assert "Fast & cheap" in dlg.names()
    dlg.select("Fast & cheap")
    assert not dlg.delete_button.isEnabled() and not dlg.rename_button.isEnabled()  # a starter
    assert not dlg.delete("Fast & cheap")
    assert dlg.save_current_as("Mine")
    assert saved(power_app).presets[0].members == MEMBERS
    assert win.power.council_bar.preset_combo.findData("Mine") >= 0  # the bar lists it at once
    assert not dlg.save_current_as("mine")  # names are unique, whatever the case
    assert "already a preset" in dlg.status.text()
    assert dlg.rename("Mine", "Ours") and [p.name for p in saved(power_app).presets] == ["Ours"]
    out = tmp_path / "presets.json"
    assert dlg.export_to(out) == len(dlg.names())
    exported = out.read_text(encoding="utf-8")
    assert TEST_KEY not in exported and "sk-or" not in exported and "key" not in json.loads(exported)["presets"][0]
    assert dlg.delete("Ours") and saved(power_app).presets == ()
    imported = dlg.import_from(out)
    assert "Ours" in imported and saved(power_app).find_preset("Ours") is not None
    bad = tmp_path / "bad.json"
    bad.write_text('{"presets": [{"name": "x"}]}', encoding="utf-8")
    assert dlg.import_from(bad) == [] and "cannot be imported" in dlg.status.text()
    dlg.reject()


async def test_prompt_editor_documents_previews_warns_and_resets(qtbot):
    editor = PromptEditor(PromptSet(), title="Prompts")
    qtbot.addWidget(editor)
    review = editor.pages["review"]
    for name in prompts.VARIABLES["review"]:
        assert f"${name} — " in review.variables.text()
    assert editor.pages["system"].variables.text().startswith("No variables")
    assert not review.problems.isVisible() and review.preview.toPlainText().startswith("[user]")
    review.edit.setPlainText("Rank these, best first: $responses and $nonsense")
    editor.update_preview()
    assert "Rank these, best first: Response A:" in review.preview.toPlainText()  # the exact message
    assert "FINAL RANKING" in review.problems.text() and "$nonsense" in review.problems.text()
    assert editor.tabs.tabText(1).startswith("⚠")
    editor.pages["system"].edit.setPlainText("Answer briefly.")
    editor.update_preview()
    assert editor.pages["system"].preview.toPlainText().startswith("[system]\nAnswer briefly.\n\n[user]")
    review.reset_button.click()
    editor.update_preview()
    assert review.text() == prompts.REVIEW_TEMPLATE and not review.problems.text()
    assert messages_text(prompts.preview(editor.prompt_set())["review"]) == review.preview.toPlainText()


async def test_edited_prompts_are_sent_and_a_reopened_run_shows_them(power_app, power_responder):
    win = power_app.build(presets=(DUO,), preset="Duo")
    dlg = win.power.open_presets()
    dlg.select("Duo")
    editor = dlg.open_prompts()
    editor.pages["system"].edit.setPlainText("You answer in one sentence.")
    editor.save()
    dlg.reject()
    assert saved(power_app).find_preset("Duo").prompts == {"system": "You answer in one sentence."}
    state = await power_app.ask()
    first = power_responder.requests[0]
    assert first["messages"][0] == {"role": "system", "content": "You answer in one sentence."}
    assert state.prompts["system"] == "You answer in one sentence."
    win.run_view.clear()
    win.history_panel.run_selected.emit(state.id)
    assert win.power.lineage_bar.prompts_button.text() == "Prompts (edited)…"
    shown = win.power.show_run_prompts()
    assert shown.read_only and shown.pages["system"].text() == "You answer in one sentence."
    assert shown.pages["system"].edit.isReadOnly() and not shown.pages["review"].reset_button.isVisible()
    shown.reject()


async def test_web_search_toggle_goes_with_the_next_run(power_app, power_responder):
    win = power_app.build()
    bar = win.power.council_bar
    assert not bar.web_check.isChecked()
    bar.web_check.setChecked(True)
    await power_app.ask()
    assert win.runner.spec.options.web_search
    bar.web_check.setChecked(False)
    await power_app.ask()
    assert not win.runner.spec.options.web_search


class Opener:
    def __init__(self):
        self.opened = []

    def activate(self, url: QUrl, parent=None) -> bool:
        self.opened.append(url.toString())
        return True


def cited_run():
    info = RunInfo("r" * 32, "q", ("a/one", "b/two"), "a/one", "2025-03-01T10:00:00.000+00:00")
    events = [StageStart(1, ("a/one", "b/two"), run=info),
              ModelComplete(1, "a/one", 10, 3, None, True, "Answer with sources",
                            citations=(Citation("https://example.org/a?x=1&y=2", "<b>Bold</b> & title"),
                                       Citation("https://example.net/", ""))),
              ModelComplete(1, "b/two", 10, 3, None, True, "Plain answer", note="its provider cannot search the web"),
              StageComplete(1), RunEnd("complete", "2025-03-01T10:00:05.000+00:00", 5000, None)]
    return fold(events)


def test_sources_are_escaped_links_opened_through_the_safe_opener(qtbot):
    state = cited_run()
    opener = Opener()
    strip = SourcesStrip(links=opener)
    qtbot.addWidget(strip)
    strip.show()
    strip.show_member(state.find(1, "a/one"))
    html = strip.sources.text()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; title" in html and "<b>" not in html  # the title stays text
    assert 'href="https://example.org/a?x=1&amp;y=2"' in html and "(example.net)" in html
    strip.sources.linkActivated.emit("https://example.org/a?x=1&y=2")
    assert opener.opened == ["https://example.org/a?x=1&y=2"]
    strip.show_member(state.find(1, "b/two"))
    assert not strip.sources.isVisible() and strip.note.text() == "ℹ b/two: its provider cannot search the web"


async def test_a_reopened_run_shows_sources_under_the_answer_and_notes_on_rows(power_app, power_responder):
    win = power_app.build()
    state = cited_run()
    power_app.store.save_record(state)
    win.history_panel.refresh()
    win.history_panel.run_selected.emit(state.id)
    win.results.setCurrentIndex(1)
    win.results.answers.show_key("a/one")
    await until(lambda: win.power.sources.isVisible())
    assert win.power.sources.urls() == ["https://example.org/a?x=1&y=2", "https://example.net/"]
    assert win.list_model.row("b/two").detail().endswith("· its provider cannot search the web")


async def test_the_budget_setting_caps_a_window_run_with_the_cached_prices(power_app, power_responder):
    win = power_app.build(known=PRICED)
    dlg = win.open_settings()
    dlg.budget.setValue(0.01)
    dlg.save()
    assert saved(power_app).budget == 0.01 and win.controller.selection.options().budget == 0.01
    win.prompt.set_text("Why is the sky blue?")
    est = win.power.update_estimate()
    assert est.high is None  # c/three has no known price: the range is open above
    assert "may pass the budget" in win.power.estimate.text()
    # the chairman a/one costs $1 / $4 per million tokens (from the cached list): a reply of max_tokens (4,096)
    # could pass what is left of a cent, so the synthesis is not started; the answers and reviews are kept
    state = await power_app.ask()
    assert state.status == "failed" and state.error.startswith("Budget: chairman synthesis could cost up to")
    assert {stage for stage, _m in power_responder.asked()} == {1, 2}
    assert len(state.answers()) == 3 and "Budget:" in win.banner.text()
    dlg = win.open_settings()
    dlg.budget.setValue(0)
    dlg.save()
    assert saved(power_app).budget is None
    assert (await power_app.ask()).status == "complete"
