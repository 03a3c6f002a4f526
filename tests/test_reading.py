"""The one JSON Lines reader: every case read, every bad line reported, in order."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case, Client, dumps
from casemgmt.reading import _lines, is_json_lines, read_cases, read_lines


def _case(case_id: str) -> Case:
    return Case(id=case_id, client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1))


_BAD = ["{not json", '{"id": 7}', "[]", '"Carla"']


@given(st.lists(st.one_of(st.integers(0, 3), st.none()), max_size=12))
def test_every_good_case_and_every_bad_line_come_back_in_order(kinds: list[int | None]) -> None:
    """Issue 13: a bad line never stops the reading; each keeps its own line number."""
    lines = [dumps(_case(f"case-{n}")) if k is None else _BAD[k] for n, k in enumerate(kinds)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "caseload.jsonl"
        path.write_text("".join(line + "\n" for line in lines))
        got = [(e.line, e.case.id if e.case else None) for e in read_cases(path)]
    expected = [(n + 1, f"case-{n}" if k is None else None) for n, k in enumerate(kinds)]
    assert expected == got


def test_a_refused_line_names_file_line_and_path(tmp_path: Path) -> None:
    """A refused line carries its JSON paths and messages, and says where it was."""
    bad = json.loads(dumps(_case("case-2")))
    bad["stage"] = "unheard-of"
    path = tmp_path / "caseload.jsonl"
    path.write_text(dumps(_case("case-1")) + "\n\n" + json.dumps(bad) + "\n")
    first, second = read_cases(path)
    assert (f"{path}:1", False) == (first.where, first.refused)
    assert (f"{path}:3", ("$.stage",)) == (second.where, tuple(p for p, _ in second.problems))


def test_byte_order_mark_and_crlf_are_accepted(tmp_path: Path) -> None:
    """Files saved by Windows tools (UTF-8 BOM, CRLF) read like any other."""
    path = tmp_path / "caseload.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + b"\r\n".join(dumps(_case(c)).encode() for c in "ab") + b"\r\n"
    )
    assert ["a", "b"] == [e.case.id for e in read_cases(path) if e.case]


def test_a_bom_before_a_whole_json_case_is_accepted(tmp_path: Path) -> None:
    """A .json case with a byte-order mark is one case."""
    path = tmp_path / "case.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(json.loads(dumps(_case("a"))), indent=2).encode())
    [entry] = read_cases(path)
    assert ("a", None, str(path)) == (
        entry.case.id if entry.case else None,
        entry.line,
        entry.where,
    )


def test_empty_json_lines_has_no_cases_and_an_empty_json_file_is_refused(tmp_path: Path) -> None:
    """Empty JSON Lines: nothing to read. An empty .json: refused, saying it is empty."""
    (tmp_path / "none.jsonl").write_text("\n \n")
    (tmp_path / "none.json").write_text("")
    assert [] == list(read_cases(tmp_path / "none.jsonl"))
    [entry] = read_cases(tmp_path / "none.json")
    assert [("$", "the file is empty: no case")] == list(entry.problems)


def test_standard_input_is_detected_as_json_or_json_lines() -> None:
    """`-`: a pretty-printed case is one document; one case per line is JSON Lines."""
    pretty = json.dumps(json.loads(dumps(_case("a"))), indent=2).encode()
    lines = (dumps(_case("a")) + "\n" + dumps(_case("b")) + "\n").encode()
    assert [None] == [e.line for e in read_cases("-", stdin=io.BytesIO(pretty))]
    assert [1, 2] == [e.line for e in read_cases("-", stdin=io.BytesIO(lines))]


def test_a_bad_first_line_does_not_hide_the_lines_after_it(tmp_path: Path) -> None:
    """Without a .jsonl suffix, a whole object on line 2 still makes the file JSON Lines."""
    path = tmp_path / "caseload.txt"
    path.write_text("{broken\n" + dumps(_case("a")) + "\n")
    assert is_json_lines(path)
    assert [(1, True), (2, False)] == [(e.line, e.refused) for e in read_cases(path)]


def test_read_lines_numbers_a_slice_from_its_first_line() -> None:
    """A worker's share of a file reports the file's own line numbers."""
    entries = list(read_lines([b"{bad", b"", b"[]"], source="big.jsonl", first_line=41))
    assert ["big.jsonl:41", "big.jsonl:43"] == [e.where for e in entries]


class _Pipe(io.BytesIO):
    """A stream without ``read1`` that gives at most a few bytes per read."""

    def __init__(self, data: bytes, most: int) -> None:
        super().__init__(data)
        self.most = most

    def read(self, size: int | None = -1) -> bytes:
        return super().read(min(self.most, size if size and size > 0 else self.most))

    read1 = property()  # absent (reading it raises AttributeError): _lines falls back to read


@given(
    st.lists(st.sampled_from([b"\n", b"\r\n", b"a", b"{}", b" ", b"xyz" * 7]), max_size=40),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=9),
)
def test_block_reader_gives_the_lines_iteration_gives(
    parts: list[bytes], size: int, most: int
) -> None:
    """Lines cut from blocks (short ones, so lines span blocks) are the file's own lines."""
    data = b"".join(parts)
    assert list(io.BytesIO(data)) == list(_lines(io.BytesIO(data), size))
    assert list(io.BytesIO(data)) == list(_lines(_Pipe(data, most), size))
