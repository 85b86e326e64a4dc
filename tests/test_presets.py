"""Council presets: the starters, your own, --preset on ask, export/import without keys."""

from __future__ import annotations

import json

import pytest

from council_desktop.devserver import FakeOpenRouter, ServerOptions
from council_desktop.storage.presets import Preset, PresetError, export_presets, import_presets, starters
from council_desktop.storage.settings import Settings, SettingsError, SettingsStore
from tests.test_cli import KEY, events_of, run_cli


def test_starters_and_local_only():
    names = [p.name for p in starters()]
    assert "Fast & cheap" in names and "Frontier" in names and "Local only" not in names
    local = starters(["llama3@ollama", "qwen@ollama"])[-1]
    assert local.name == "Local only" and local.members == ("llama3@ollama", "qwen@ollama")
    assert all("@" in m for m in (*local.members, local.chairman))


def test_settings_keep_user_presets_over_starters(tmp_path):
    mine = Preset("Frontier", ("a/x", "b/y"), "a/x", mode="review", temperature=0.2)
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(presets=(mine,)))
    s = store.load()
    assert s.find_preset("frontier") == mine  # case does not matter; yours wins over the starter
    assert [p.name for p in s.all_presets()].count("Frontier") == 1
    assert s.find_preset("Fast & cheap").starter


@pytest.mark.parametrize(("bad", "words"), [
    ({"name": "", "members": ["a"], "chairman": "a"}, "name"),
    ({"name": "x", "members": "a/b", "chairman": "a"}, "members"),
    ({"name": "x", "members": ["a"], "chairman": "a", "mode": "all"}, "mode"),
    ({"name": "x", "members": ["a"], "chairman": "a", "temperature": "inf"}, "temperature"),
    ({"name": "x", "members": ["a"], "chairman": "a", "prompts": {"review": 3}}, "prompts.review"),
])
def test_bad_presets_are_refused_naming_the_field(bad, words):
    with pytest.raises(PresetError, match=words):
        Preset.from_dict(bad)
    with pytest.raises(SettingsError):
        Settings.from_dict({"presets": [bad]})


def test_export_import_round_trip_and_no_keys():
    p = Preset("Mine", ("a/x", "b/y"), "a/x", prompts={"system": "Be brief."}, max_tokens=300)
    text = export_presets([p])
    assert "key" not in text.lower()
    assert import_presets(text) == [p]
    assert import_presets(json.dumps(p.to_dict())) == [p]  # one preset object is fine too
    with pytest.raises(PresetError, match="repeats"):
        import_presets(json.dumps({"presets": [p.to_dict(), p.to_dict()]}))
    with pytest.raises(PresetError, match="not valid JSON"):
        import_presets("{")


@pytest.fixture
def server():
    with FakeOpenRouter(ServerOptions(tokens=5, delay=0.001, key=KEY)) as srv:
        yield srv


@pytest.mark.slow
def test_ask_with_a_preset_and_the_presets_command(server, tmp_path):
    preset = {"name": "Two quick", "members": ["test/alpha", "test/beta"], "chairman": "test/chair",
              "mode": "review", "prompts": {"system": "Answer in one line."}, "max_tokens": 77}
    f = tmp_path / "in.json"
    f.write_text(json.dumps({"presets": [preset]}))
    r = run_cli(["presets", "import", str(f)], tmp_path)
    assert r.returncode == 0, r.stderr
    r = run_cli(["presets", "list", "--jsonl"], tmp_path)
    listed = [json.loads(line) for line in r.stdout.splitlines()]
    assert listed[0]["name"] == "Two quick" and not listed[0]["starter"]
    r = run_cli(["ask", "Hi?", "--preset", "two QUICK", "--base-url", server.base_url, "--jsonl"], tmp_path)
    assert r.returncode == 0, r.stderr
    result = events_of(r.stdout)[-1]["data"]
    assert result["members"] == ["test/alpha", "test/beta"] and result["mode"] == "review"
    assert result["prompts"] == {"system": "Answer in one line.", "review": result["prompts"]["review"],
                                 "chairman": result["prompts"]["chairman"]}
    first = server.requests[0]
    assert first["messages"][0] == {"role": "system", "content": "Answer in one line."}
    assert first["max_tokens"] == 77
    assert not any(b["model"] == "test/chair" for b in server.requests)  # review mode: no synthesis
    r = run_cli(["ask", "Hi?", "--preset", "nope", "--base-url", server.base_url], tmp_path)
    assert r.returncode == 2 and "no preset named 'nope'" in r.stderr and "Two quick" in r.stderr
    out = tmp_path / "out.json"
    r = run_cli(["presets", "export", str(out), "--name", "Two quick"], tmp_path)
    assert r.returncode == 0 and import_presets(out.read_text())[0].name == "Two quick"
    assert KEY not in out.read_text()


def test_a_run_records_the_preset_it_came_from():
    from council_desktop.council.orchestrator import CouncilOptions
    from council_desktop.run_policy import CouncilChoice, plan_run

    plan = plan_run("q", CouncilChoice(("a/x",), "a/x"), CouncilOptions(), has_openrouter_key=True, preset="Mine")
    assert plan.spec.new_state().settings["preset"] == "Mine"
    plain = plan_run("q", CouncilChoice(("a/x",), "a/x"), CouncilOptions(), has_openrouter_key=True)
    assert "preset" not in plain.spec.new_state().settings
