"""Heavy GUI jobs take turns (ui/turns.py): one that finds another ran in this loop pass waits, never for long."""

import time

from PySide6.QtCore import QTimer

from council_desktop.ui import turns


def test_a_job_waits_right_after_another_and_not_once_the_pass_is_over(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(turns, "_watching", False)  # time alone: no event loop here
    turn = turns.Turn.__new__(turns.Turn)
    turn._since = None
    turns.done()
    assert turn.should_wait()  # just ended: after it, not on top of it
    now[0] += turns.CROWDED_S * 1.5
    assert not turn.should_wait()


def test_a_job_never_waits_longer_than_the_bound(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(turns, "_watching", False)
    turn = turns.Turn.__new__(turns.Turn)
    turn._since = None
    waited = 0
    while True:  # another job ends right before each try: a busy loop must not starve it
        turns.done()
        if not turn.should_wait():
            break
        waited += 1
        now[0] += turns.WAIT_MS / 1000
    assert 2 <= waited <= turns.MAX_WAIT_S / (turns.WAIT_MS / 1000) + 1
    turns.done()
    assert turn.should_wait()  # a new wait starts afresh


def test_two_heavy_jobs_due_in_one_pass_run_in_different_passes(qtbot):
    """Two timers due at once, each a 10 ms job: without turns Qt runs them back to back in one pass."""
    ran: list[tuple[str, int]] = []

    def job(name: str, turn: turns.Turn, timer: QTimer):
        def work() -> None:
            ran.append((name, turns._passes))
            end = time.perf_counter() + 0.010
            while time.perf_counter() < end:
                pass

        def run() -> None:
            if not turn.run(work):
                timer.start(turns.WAIT_MS)
        return run

    timers = []
    for name in "ab":
        t = QTimer()
        t.setSingleShot(True)
        t.timeout.connect(job(name, turns.Turn(), t))
        timers.append(t)
    assert turns._watching
    for t in timers:
        t.start(5)
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=2000)
    assert ran[0][1] != ran[1][1]
