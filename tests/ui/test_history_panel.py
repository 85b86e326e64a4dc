"""The history sidebar: a lazily loaded list model and the panel around it (search, open, ask again, delete)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from council_desktop.storage.export import from_json
from council_desktop.storage.history import HistoryStore
from council_desktop.ui import history_panel, safe_text
from council_desktop.ui.history_model import HistoryListModel, status_icon
from council_desktop.ui.history_panel import HistoryPanel, export_dialog
from tests.storage.test_history import make_record


def rid(i: int) -> str:
    return f"{i:032x}"


@pytest.fixture
def store(tmp_path: Path):
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def fill(store: HistoryStore, n: int, **kw) -> None:
    for i in range(n):
        day, minute = divmod(i, 60)
        store.save_record(make_record(rid(i), prompt=f"Question {i} about things",
                                      created_at=f"2025-03-{day + 1:02d}T10:{minute:02d}:00.000+00:00", **kw))


# -- the model -----------------------------------------------------------------------------------------------

def test_model_loads_lazily_in_pages(store: HistoryStore, qtbot):
    fill(store, 25)
    model = HistoryListModel(store, page_size=10)
    assert model.rowCount() == 10 and model.total == 25
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25 and not model.canFetchMore(QModelIndex())
    assert [model.run_id_at(i) for i in (0, 24)] == [rid(24), rid(0)]  # newest first


def test_model_roles(store: HistoryStore, qtbot):
    fill(store, 1)
    model = HistoryListModel(store)
    index = model.index(0, 0)
    rec = make_record(rid(0))
    assert model.data(index, HistoryListModel.IdRole) == rid(0)
    assert model.data(index, HistoryListModel.TitleRole) == "Question 0 about things"
    assert model.data(index, HistoryListModel.DateRole) == "2025-03-01T10:00:00.000+00:00"
    assert model.data(index, HistoryListModel.StatusRole) == "complete"
    assert model.data(index, HistoryListModel.MembersRole) == list(rec.members)
    assert model.data(index, HistoryListModel.CostRole) == rec.total_cost
    assert model.data(index, HistoryListModel.TokensRole) == rec.total_tokens
    display = model.data(index, Qt.ItemDataRole.DisplayRole)
    # complete goes without saying (the icon says so); this run's chairman fell back to a member: degraded
    assert display == "Question 0 about things\n2025-03-01 · complete, degraded · $0.0037 · 3 models"
    assert "complete" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert b"runId" in [bytes(v.data()) for v in model.roleNames().values()]


def test_status_icons_differ_by_shape_not_just_colour(qtbot):
    images = {s: status_icon(s).pixmap(24, 24).toImage() for s in
              ("running", "complete", "failed", "cancelled", "interrupted")}
    # compare the shapes alone: where the pixels are opaque, whatever their colour
    masks = {s: tuple(img.pixelColor(x, y).alpha() > 64 for x in range(24) for y in range(24))
             for s, img in images.items()}
    assert len(set(masks.values())) == 5


def test_model_search(store: HistoryStore, qtbot):
    fill(store, 3)
    store.save_record(make_record(rid(99), prompt="Unusual words", answer_words="platypus",
                                  created_at="2024-01-01T00:00:00.000+00:00"))
    model = HistoryListModel(store)
    with qtbot.waitSignal(model.modelReset):
        model.set_search("platypus")
    assert model.rowCount() == 1 and model.run_id_at(0) == rid(99)
    model.set_search('"foo AND (')
    assert model.rowCount() == 0 and model.last_error is None
    model.set_search("")
    assert model.rowCount() == 4


def test_model_reports_a_broken_store(store: HistoryStore, qtbot):
    fill(store, 2)
    model = HistoryListModel(store)
    store._conn.execute("DROP TABLE run_search")  # simulate a damaged file under a running app
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.set_search("anything")
    assert "could not be used" in blocker.args[0]
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


# -- the panel -----------------------------------------------------------------------------------------------

@pytest.fixture
def panel(store: HistoryStore, qtbot):
    fill(store, 5)
    p = HistoryPanel(store)
    qtbot.addWidget(p)
    p.resize(320, 480)
    return p


def test_every_control_has_an_accessible_name(panel: HistoryPanel):
    for w in (panel, panel.search_field, panel.view, panel.delete_button, panel.empty_label):
        assert w.accessibleName()
    assert panel.search_field.placeholderText() == "Search history (Ctrl+K)"


def test_empty_history_says_so(tmp_path: Path, qtbot):
    with HistoryStore(tmp_path / "empty.sqlite3") as s:
        p = HistoryPanel(s)
        qtbot.addWidget(p)
        assert "No runs yet" in p.empty_label.text() and not p.empty_label.isHidden()
        assert not p.delete_button.isEnabled()


def show_active(widget: QWidget, qtbot) -> None:
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


# WORKAROUND: the offscreen platform warns "This plugin does not support propagateSizeHints()" on show().
shown = pytest.mark.qt_log_ignore("propagateSizeHints")


@shown
def test_clicking_a_run_selects_it(panel: HistoryPanel, qtbot):
    show_active(panel, qtbot)
    rect = panel.view.visualRect(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.run_selected) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [rid(3)]
    assert panel.current_run_id() == rid(3) and panel.delete_button.isEnabled()
    with qtbot.waitSignal(panel.run_selected) as blocker:  # arrow keys move through the runs
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert blocker.args == [rid(2)]


@shown
def test_ctrl_k_focuses_search(panel: HistoryPanel, qtbot):
    show_active(panel, qtbot)
    panel.view.setFocus()
    panel.search_field.setText("old")
    qtbot.keyClick(panel.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.search_field.hasFocus)
    assert panel.search_field.selectedText() == "old"


def test_typing_in_search_filters_after_a_pause(panel: HistoryPanel, store: HistoryStore, qtbot):
    store.save_record(make_record(rid(77), prompt="About otters", answer_words="otter"))
    panel.refresh()
    assert panel.model.rowCount() == 6
    qtbot.keyClicks(panel.search_field, "otter")
    assert panel.model.rowCount() == 6  # not on every keystroke
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.search_field.setText("zzzz")
    panel.search_field.returnPressed.emit()  # Enter searches at once
    assert panel.model.rowCount() == 0 and "No runs match “zzzz”." in panel.empty_label.text()


@shown
def test_delete_asks_first(panel: HistoryPanel, store: HistoryStore, qtbot, monkeypatch):
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def ask(parent, title, text):
        asked.append(text)
        return answer == QMessageBox.StandardButton.Yes

    monkeypatch.setattr(safe_text, "ask", ask)
    show_active(panel, qtbot)
    panel.select_run(rid(4))
    panel.delete_button.click()
    assert "Question 4 about things" in asked[0]
    assert store.count() == 5 and panel.model.rowCount() == 5  # cancelled: nothing happened
    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.run_deleted) as blocker:
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert blocker.args == [rid(4)]
    assert store.count() == 4 and panel.model.rowCount() == 4
    assert panel.model.row_of(rid(4)) == -1


def test_context_menu_actions(panel: HistoryPanel, qtbot, monkeypatch):
    menu = panel.build_menu(rid(2))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert list(actions) == ["Open", "Ask again", "Rename…\tF2", "Pin to the top", "Export…", "Delete…"]
    with qtbot.waitSignal(panel.run_selected) as blocker:
        actions["Open"].trigger()
    assert blocker.args == [rid(2)] and panel.current_run_id() == rid(2)
    with qtbot.waitSignal(panel.ask_again) as blocker:
        actions["Ask again"].trigger()
    assert blocker.args == [rid(2)]
    with qtbot.waitSignal(panel.export_requested) as blocker:
        actions["Export…"].trigger()
    assert blocker.args == [rid(2)]
    monkeypatch.setattr(safe_text, "ask", lambda *a: True)
    actions["Delete…"].trigger()
    assert panel.model.row_of(rid(2)) == -1


def test_select_run_loads_pages_and_does_not_emit(store: HistoryStore, qtbot):
    fill(store, 30)
    p = HistoryPanel(store, page_size=10)
    qtbot.addWidget(p)
    with qtbot.assertNotEmitted(p.run_selected):
        assert p.select_run(rid(0))  # the oldest: on the third page
    assert p.current_run_id() == rid(0) and p.model.rowCount() == 30
    assert not p.select_run("no-such-run")


def test_refresh_shows_new_runs_and_keeps_the_selection(panel: HistoryPanel, store: HistoryStore, qtbot):
    panel.select_run(rid(1))
    store.save_record(make_record(rid(50), prompt="Brand new", created_at="2026-01-01T00:00:00.000+00:00"))
    with qtbot.assertNotEmitted(panel.run_selected):
        panel.refresh()
    assert panel.model.run_id_at(0) == rid(50)
    assert panel.current_run_id() == rid(1)


def test_selected_run_opens_offline(panel: HistoryPanel, store: HistoryStore, qtbot):
    """What the window does with run_selected: the whole record from the store, no network, no key."""
    with qtbot.waitSignal(panel.run_selected) as blocker:
        panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert store.get(blocker.args[0]).to_dict() == make_record(rid(4), prompt="Question 4 about things",
                                                               created_at="2025-03-01T10:04:00.000+00:00").to_dict()


def test_export_dialog_writes_the_chosen_format(store: HistoryStore, tmp_path: Path, qtbot, monkeypatch):
    fill(store, 1)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = {"path": str(tmp_path / "mine"), "filter": "JSON (*.json)"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen["path"], chosen["filter"]))
    path = export_dialog(parent, store, rid(0))
    assert path == tmp_path / "mine.json"
    assert from_json(path.read_text(encoding="utf-8")).to_dict() == store.get(rid(0)).to_dict()
    chosen.update(path=str(tmp_path / "mine.md"), filter="JSON (*.json)")  # the typed suffix wins
    assert export_dialog(parent, store, rid(0)) == tmp_path / "mine.md"
    assert (tmp_path / "mine.md").read_text(encoding="utf-8").startswith("# Question 0 about things")
    chosen.update(path="")  # cancelled
    assert export_dialog(parent, store, rid(0)) is None


def test_export_dialog_reports_a_write_error(store: HistoryStore, tmp_path: Path, qtbot, monkeypatch):
    fill(store, 1)
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "missing" / "x.md"), "Markdown (*.md)"))
    monkeypatch.setattr(safe_text, "warn", lambda parent, title, text: warnings.append(text))
    assert export_dialog(None, store, rid(0)) is None
    assert warnings and "Cannot write" in warnings[0]
    assert history_panel._file_stem("What? Why/how: *now*") == "What-Whyhow-now"


def test_short_dates_and_status_words_keep_rows_narrow():
    from datetime import datetime, timedelta

    from council_desktop.ui.history_model import short_date

    now = datetime(2026, 11, 22, 15, 0).astimezone()
    assert short_date(now.replace(hour=9, minute=5).isoformat(), now=now) == "09:05"
    assert short_date((now - timedelta(days=3)).isoformat(), now=now) == "Nov 19 15:00"
    assert short_date("2025-03-01T10:00:00+00:00", now=now) == "2025-03-01"
    assert short_date("garbage", now=now) == "garbage"


def test_row_details_spell_out_status_unless_complete():
    from council_desktop.storage.history import RunSummary

    def details(status, cost):
        return HistoryListModel._details(RunSummary("id", "t", "2025-03-01T10:00:00+00:00", status, ["a"], cost, 5))

    assert details("complete", 0.5) == "2025-03-01 · $0.50 · 1 model"
    assert details("interrupted", None) == "2025-03-01 · interrupted · 1 model"
    assert "failed" in details("failed", None)
