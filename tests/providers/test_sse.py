from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from council_desktop.providers.sse import SSEEvent, SSEParser


def parse_chunks(chunks: list[bytes]) -> list[SSEEvent]:
    parser = SSEParser()
    events: list[SSEEvent] = []
    for chunk in chunks:
        events += parser.feed_bytes(chunk)
    return events + parser.close()


def test_openrouter_capture_with_keepalive_comments():
    body = (b": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n"
            b'data: {"a": 1}\n\ndata: {"b": "\xe4\xba\x9a"}\n\ndata: [DONE]\n\n')
    parser = SSEParser()
    events = parser.feed_bytes(body) + parser.close()
    assert [e.data for e in events] == ['{"a": 1}', '{"b": "亚"}', "[DONE]"]
    assert parser.comments == 2


def test_multiline_data_event_name_and_id():
    body = "event: update\nid: 7\ndata: one\ndata:two\ndata:  three\n\n"
    assert parse_chunks([body.encode()]) == [SSEEvent("one\ntwo\n three", "update", "7")]


def test_crlf_and_cr_line_endings():
    assert parse_chunks([b"data: a\r\n\r\ndata: b\r\rdata: c\n\n"]) == [
        SSEEvent("a"), SSEEvent("b"), SSEEvent("c")]


def test_crlf_split_between_cr_and_lf_is_one_line_end():
    assert parse_chunks([b"data: a\r", b"\ndata: b\r\n\r", b"\n"]) == [SSEEvent("a\nb")]


def test_split_inside_multibyte_char_and_inside_field_name():
    body = 'data: {"t": "héllo 亚 🎉"}\n\n'.encode()
    pieces = [body[:2], body[2:13], body[13:14], body[14:21], body[21:]]
    assert parse_chunks(pieces) == [SSEEvent('{"t": "héllo 亚 🎉"}')]


def test_comment_only_and_empty_events_dispatch_nothing():
    assert parse_chunks([b": ping\n\n\n\nevent: x\n\n"]) == []


def test_unterminated_last_event_is_dispatched_at_close():
    assert parse_chunks([b"data: [DONE]"]) == [SSEEvent("[DONE]")]
    assert parse_chunks([b"data: [DONE]\r"]) == [SSEEvent("[DONE]")]


def test_leading_bom_is_ignored():
    assert parse_chunks(["\ufeffdata: x\n\n".encode()]) == [SSEEvent("x")]


def test_invalid_utf8_is_replaced_not_raised():
    assert parse_chunks([b"data: \xff\n\n"]) == [SSEEvent("\ufffd")]


# --- property: any split of a valid stream parses to the same events ----------------------------------------

_line_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=12)
_eol = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def streams(draw):
    """(body bytes, expected events): events of several data lines, comments, mixed line endings."""
    parts: list[str] = []
    expected: list[SSEEvent] = []
    for _ in range(draw(st.integers(0, 5))):
        if draw(st.booleans()):
            parts.append(":" + draw(_line_text) + draw(_eol))
        name = draw(st.sampled_from(["", "message", "update"]))
        if name:
            parts.append(f"event: {name}" + draw(_eol))
        lines = draw(st.lists(_line_text, min_size=1, max_size=3))
        eol = "\n"
        for line in lines:
            eol = draw(_eol)
            parts.append("data: " + line + eol)
        # A blank "\n" right after a "\r" would merge into one "\r\n" line end.
        parts.append(draw(st.sampled_from(["\r\n", "\r"] if eol == "\r" else ["\n", "\r\n", "\r"])))
        expected.append(SSEEvent("\n".join(lines), name or "message"))
    return "".join(parts).encode(), expected


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=streams(), cuts=st.lists(st.integers(0, 10_000), max_size=12))
def test_any_split_gives_the_same_events(data, cuts):
    body, expected = data
    positions = sorted({c % (len(body) + 1) for c in cuts})
    chunks = [body[a:b] for a, b in zip([0, *positions], [*positions, len(body)], strict=True)]
    assert parse_chunks(chunks) == expected
    assert parse_chunks([body]) == expected
    assert parse_chunks([bytes([b]) for b in body]) == expected
