"""Follow-ups in the window: the box under a finished run asks the council the next question with the thread as chat
history; "Ask <member>…" asks one member alone; the history lists a thread as one entry that opens as a
conversation (each turn's council detail one click away), and a search finds text in any turn."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex

from council_desktop.council.values import Redo
from council_desktop.storage.history import HistoryStore
from council_desktop.ui.conversation_view import RUN_ROLE, WHOLE, ConversationView, group_turns
from council_desktop.ui.thread_history import ThreadListModel
from council_desktop.ui.window_power import CONVERSATION_PAGE, RUN_PAGE
from tests.helpers import until
from tests.storage.test_history import make_record
from tests.ui.power_support import MEMBERS


async def test_follow_up_sends_the_thread_as_chat_history(power_app, power_responder):
    win = power_app.build()
    power_responder.stage_tokens[3] = ["Rayleigh ", "scattering."]
    first = await power_app.ask("Why is the sky blue?")
    box = win.power.follow_up_box
    assert box.isVisible() and box.ask_button.text() == "Follow up"
    box.edit.setPlainText("And at sunset?")
    n = len(power_responder.requests)
    box.ask_button.click()
    second = await power_app.finished()
    assert second.status == "complete" and (second.parent, second.thread) == (first.id, first.id)
    stage1 = [b for b in power_responder.requests[n:] if b["messages"][-1]["content"] == "And at sunset?"]
    assert sorted(b["model"] for b in stage1) == sorted(MEMBERS)
    # each member sees the earlier question and the council's answer as chat history
    assert stage1[0]["messages"][-3:] == [{"role": "user", "content": "Why is the sky blue?"},
                                          {"role": "assistant", "content": "Rayleigh scattering."},
                                          {"role": "user", "content": "And at sunset?"}]
    assert box.question() == ""  # the box was emptied for the next question
    assert win.power.lineage_bar.what.text() == "Follow-up of"
    assert win.power.lineage_bar.link("Conversation · 2 questions") is not None


async def test_ask_one_member_alone_with_the_thread(power_app, power_responder):
    win = power_app.build()
    first = await power_app.ask()
    win.results.setCurrentIndex(1)
    win.results.answers.show_key("b/two")
    win.power.actions_bar.button("Ask b/two").click()  # "Ask <member>…" from the answer (or its row's menu)
    box = win.power.follow_up_box
    assert box.target == "b/two" and box.ask_button.text() == "Ask b/two"
    box.edit.setPlainText("Say more about dust.")
    n = len(power_responder.requests)
    box.ask_button.click()
    one = await power_app.finished()
    assert power_responder.asked(n) == [(1, "b/two")]  # no review, no synthesis
    assert one.mode == "answers" and one.members == ("b/two",) and one.parent == first.id
    assert win.stage_progress.label.text() == "Done — the answers are in"
    # the box goes back to the whole council for the next question
    assert box.target is None and box.ask_button.text() == "Follow up"
    box.set_target("c/three")
    box.council_button.click()
    assert box.target is None


async def test_history_lists_a_thread_once_and_opens_it_as_a_conversation(power_app, power_responder):
    win = power_app.build()
    power_responder.stage_tokens[3] = ["Aardvarks ", "are ", "nocturnal."]
    first = await power_app.ask("Tell me about aardvarks")
    power_responder.stage_tokens[3] = ["Rayleigh ", "scattering."]
    win.power.follow_up("Why is the sky blue?")
    second = await power_app.finished()
    other = await power_app.ask("Something else entirely")
    panel = win.history_panel
    panel.refresh()
    model = panel.model
    assert isinstance(model, ThreadListModel)
    assert model.rowCount() == 2  # the conversation is one entry, the other question another
    assert model.data(model.index(1), ThreadListModel.RunsRole) == [second.id, first.id]
    assert model.data(model.index(1), model.TitleRole) == "Tell me about aardvarks"
    assert "thread of 2 runs" in model.data(model.index(1))
    # opening the entry shows the conversation, then a turn's full council detail is one click away
    panel.view.setCurrentIndex(model.index(1))
    assert win.power.run_area.currentIndex() == CONVERSATION_PAGE
    conv = win.power.conversation
    assert conv.title.text().endswith("· 2 questions")
    assert conv.current_run_id() is None  # the whole conversation
    await until(lambda: "Aardvarks are nocturnal." in conv.pane.shown_text()
                and "Rayleigh scattering." in conv.pane.shown_text())
    conv.turns.setCurrentRow(1)  # question 1
    assert conv.current_run_id() == first.id
    conv.detail_button.click()
    assert win.power.run_area.currentIndex() == RUN_PAGE and win.run_view.state.id == first.id
    assert len(win.run_view.state.stage1) == 3  # its answers are all there
    # a search hit in any turn finds the thread; opening it shows the conversation at that turn
    panel.search_field.setText("aardvarks")
    panel._apply_search()
    assert model.rowCount() == 1 and model.run_id_at(0) in (first.id, second.id)
    panel.view.activated.emit(model.index(0))  # Enter on the entry
    assert win.power.run_area.currentIndex() == CONVERSATION_PAGE
    assert conv.current_run_id() == model.run_id_at(0)
    # the single run opens in the run view as before
    panel.search_field.setText("")
    panel._apply_search()
    panel.view.setCurrentIndex(model.index(model.row_of(other.id)))
    assert win.power.run_area.currentIndex() == RUN_PAGE and win.run_view.state.id == other.id


def test_turns_group_reruns_under_the_question_they_reran():
    a = make_record("a" * 32, prompt="First")
    b = replace(make_record("b" * 32, prompt="First"), parent=a.id, thread=a.id, redo=Redo(("m",), (), "c"))
    c = replace(make_record("c" * 32, prompt="Second"), parent=b.id, thread=a.id)
    groups = group_turns([a, b, c])
    assert [[r.id for r in g.versions] for g in groups] == [[a.id, b.id], [c.id]]
    assert groups[0].shown is b  # the newest version with an answer stands for the turn


def test_thread_entries_page_and_group(tmp_path, qtbot):
    store = HistoryStore(tmp_path / "h.sqlite3")
    try:
        root = make_record("0" * 32, prompt="Root question", created_at="2025-03-01T10:00:00.000+00:00")
        store.save_record(root)
        for i in range(1, 6):  # five single runs, then a follow-up of the root, newest
            store.save_record(make_record(f"{i:032x}", prompt=f"Single {i}",
                                          created_at=f"2025-03-01T10:0{i}:00.000+00:00"))
        store.save_record(replace(make_record("f" * 32, prompt="Follow-up",
                                              created_at="2025-03-01T11:00:00.000+00:00"),
                                  parent=root.id, thread=root.id))
        model = ThreadListModel(store, page_size=3)
        assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == 6  # seven runs, one thread of two
        entry = model.entry(0)
        assert [r.id for r in entry.runs] == ["f" * 32, root.id] and entry.first_title == "Root question"
        assert model.row_of(root.id) == 0 and model.run_id_at(0) == "f" * 32
        assert model.data(model.index(0), ThreadListModel.TitleRole) == "Root question"
        assert model.data(model.index(3)).startswith("Single 3\n")  # a single run reads as before
        # deleting the newest run of the thread leaves the entry with the root
        store.delete("f" * 32)
        assert model.remove_run("f" * 32)
        assert model.rowCount() == 3 and model.row_of(root.id) == -1  # reloaded: the root is on a later page
        assert model.run_id_at(model.row_of(root.id, load=True)) == root.id
        assert model.rowCount() == 6 and not model.canFetchMore(QModelIndex())
    finally:
        store.close()


def test_whole_conversation_is_the_first_item(qtbot):
    a = make_record("a" * 32, prompt="First")
    c = replace(make_record("c" * 32, prompt="Second"), parent=a.id, thread=a.id)
    view = ConversationView()
    qtbot.addWidget(view)
    view.show_thread([a, c], focus=c.id)
    assert view.current_run_id() == c.id  # the focused turn (a search hit)
    opened = []
    view.open_run.connect(opened.append)
    view.detail_button.click()
    assert opened == [c.id]
    view.turns.setCurrentRow(0)
    assert view.turns.currentItem().data(RUN_ROLE) == WHOLE
    assert view.current_run_id() is None and not view.detail_button.isEnabled()


async def test_ctrl_enter_in_the_follow_up_box_asks_the_follow_up_not_the_prompt(power_app, power_responder, qtbot):
    from PySide6.QtCore import Qt

    win = power_app.build()
    await power_app.ask("First question")
    win.activateWindow()
    box = win.power.follow_up_box
    box.edit.setFocus()
    box.edit.setPlainText("Second question")
    asked = []
    box.follow_up.connect(asked.append)
    runs = []
    win.runner.run_started.connect(runs.append)
    qtbot.keyClick(box.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Second question"]
    second = await power_app.finished()
    assert second.prompt == "Second question" and second.parent is not None and len(runs) == 1


def test_the_follow_up_hint_is_one_line_cut_to_the_box(qtbot):
    from council_desktop.ui.follow_up_box import FollowUpBox

    box = FollowUpBox()
    qtbot.addWidget(box)
    box.resize(900, 80)
    box.show()
    box.set_target(None)
    whole = box.edit.hint()
    assert box.edit.placeholderText() == whole and box.edit.accessibleDescription() == whole
    box.resize(260, 80)
    qtbot.waitUntil(lambda: box.edit.placeholderText() != whole)
    shown = box.edit.placeholderText()
    assert shown.endswith("…") and box.edit.fontMetrics().horizontalAdvance(shown) <= box.edit.viewport().width()
    assert box.edit.accessibleDescription() == whole  # a screen reader still hears all of it
