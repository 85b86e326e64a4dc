"""Heavy GUI jobs take turns (ui/turns.py): one that finds another just ended waits, but never for long."""

import time

from council_desktop.ui import turns


def test_a_job_waits_right_after_another_and_not_once_the_pass_is_over(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(time, "perf_counter", lambda: now[0])
    turn = turns.Turn()
    turns.done()
    assert turn.should_wait()  # same loop pass: after it, not on top of it
    now[0] += turns.CROWDED_S * 1.5
    assert not turn.should_wait()  # the pass is over: its turn


def test_a_job_never_waits_longer_than_the_bound(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(time, "perf_counter", lambda: now[0])
    turn = turns.Turn()
    waited = 0
    while True:  # another job ends right before each try: a busy loop must not starve it
        turns.done()
        if not turn.should_wait():
            break
        waited += 1
        now[0] += turns.WAIT_MS / 1000
    assert waited * turns.WAIT_MS / 1000 <= turns.MAX_WAIT_S + turns.WAIT_MS / 1000
    assert waited >= 2
    turns.done()
    assert turn.should_wait()  # a new wait starts afresh
