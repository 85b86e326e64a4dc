"""Money and time as people read them."""



def test_units_read_like_a_person_would_say_them():
    from council_desktop.council.units import duration, usd

    assert [usd(None), usd(None, unknown="—"), usd(0), usd(0.00004), usd(0.0037), usd(1.234)] == [
        "", "—", "$0", "<$0.0001", "$0.0037", "$1.23"]
    assert [duration(None), duration(850), duration(12_345), duration(125_000)] == ["", "850 ms", "12.3 s", "2 min 05 s"]


def test_local_time():
    from council_desktop.council.units import local_time

    assert len(local_time("2026-11-22T10:00:00+00:00")) == 16
    assert local_time("not a date at all") == "not a date at all"[:16]
