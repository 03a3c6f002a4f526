"""Flat tables: fixed columns, de-identified by default, streamed, round-tripped."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from casemgmt import Case, dumps
from casemgmt.examples.caseload import synthetic_caseload
from casemgmt.privacy import pseudonym
from casemgmt.tables import TABLES, Column, arrow_schema, export_tables, record_batches, rows

AS_OF = dt.date(2024, 10, 1)
SALT = "test-salt"


def _cases(n: int = 12) -> list[Case]:
    return list(synthetic_caseload(n))


@pytest.mark.parametrize("table", list(TABLES))
def test_every_row_has_exactly_the_tables_columns(table: str) -> None:
    """Stable columns: each row's keys are the schema's, in order, with the schema's types."""
    kinds = {"str": str, "int": int, "bool": bool, "date": dt.date}
    found = list(rows(table, _cases(), as_of=AS_OF, salt=SALT))
    assert found, f"the synthetic caseload has no {table} rows"
    for row in found:
        assert TABLES[table].column_names == tuple(row)
        for column in TABLES[table].columns:
            value = row[column.name]
            assert value is None or type(value) is kinds[column.type], (column, value)


def test_rows_are_de_identified_by_default() -> None:
    """No name, no contact, no free text, no birthday; ids are keyed pseudonyms."""
    case = _cases(1)[0]
    case = attrs.evolve(case, client=attrs.evolve(case.client, date_of_birth=dt.date(1990, 5, 17)))
    every = [r for t in TABLES for r in rows(t, [case], as_of=AS_OF, salt=SALT)]
    text = repr(every)
    assert case.client.name not in text
    assert "1990-05-17" not in text
    assert "datetime.date(1990, 5, 17)" not in text
    assert case.plan is not None
    assert all(g.statement not in text for g in case.plan.goals)
    assert case.id not in text
    assert case.client.id not in text
    row = next(rows("cases", [case], salt=SALT))
    assert pseudonym(case.id, salt=SALT) == row["case_id"]
    assert 1990 == row["birth_year"]


def test_identified_keeps_the_agencys_ids_and_other_salts_do_not_link() -> None:
    case = _cases(1)[0]
    assert case.id == next(rows("cases", [case], identified=True))["case_id"]
    one = next(rows("cases", [case], salt="a"))["case_id"]
    other = next(rows("cases", [case], salt="b"))["case_id"]
    assert one != other


def test_bad_settings_name_every_problem() -> None:
    """No salt, an unknown table and findings without as_of: one error, all three."""
    with pytest.raises(ValueError, match="unknown table 'casez'") as info:
        export_tables([], "unused", tables=["casez", "findings"])
    message = str(info.value)
    assert "salt=" in message
    assert "as_of=" in message


def test_goal_wording_is_summarised_as_codes() -> None:
    """A goal the wording check flags carries the codes, not the words."""
    case = _cases(1)[0]
    assert case.plan is not None
    goal = attrs.evolve(case.plan.goals[0], statement="Client will not miss appointments")
    case = attrs.evolve(case, plan=attrs.evolve(case.plan, goals=(goal,)))
    row = next(rows("goals", [case], salt=SALT))
    assert "goal.negative-terms" in row["wording_findings"].split()


def test_rows_stream_one_case_at_a_time() -> None:
    """The first row comes before the second case is read (constant memory)."""
    read: list[str] = []

    def source() -> Iterator[Case]:
        for case in synthetic_caseload(3):
            read.append(case.id)
            yield case

    stream = rows("cases", source(), salt=SALT)
    assert [] == read
    next(stream)
    assert 1 == len(read)


def test_csv_export_writes_one_file_per_table(tmp_path: Path) -> None:
    cases = _cases()
    written = export_tables(cases, tmp_path, as_of=AS_OF, salt=SALT)
    assert set(TABLES) == set(written)
    with (tmp_path / "cases.csv").open() as handle:
        read = list(csv.DictReader(handle))
    assert len(cases) == len(read) == written["cases"]
    assert [c.opened_on.isoformat() for c in cases] == [r["opened_on"] for r in read]
    closed = [c for c in cases if c.closure is not None]
    assert sum(1 for r in read if r["closed_on"]) == len(closed)
    needs = sum(len(c.assessment.needs) for c in cases)
    assert needs == written["needs"]


def test_parquet_round_trip_into_duckdb(tmp_path: Path) -> None:
    """Row counts and values read back by DuckDB match the cases."""
    duckdb = pytest.importorskip("duckdb")
    cases = _cases(30)
    written = export_tables(cases, tmp_path, to="parquet", as_of=AS_OF, salt=SALT, batch_size=7)
    con = duckdb.connect()
    for name, count in written.items():
        got = con.execute(f"select count(*) from '{tmp_path / name}.parquet'").fetchone()
        assert (count,) == got
    assert len(cases) == written["cases"]
    referrals = sum(len(c.referrals) for c in cases)
    assert referrals == written["referrals"]
    by_program = dict(
        con.execute(
            f"select program, count(*) from '{tmp_path}/cases.parquet' group by program"
        ).fetchall()
    )
    expected: dict[str, int] = {}
    for case in cases:
        expected[case.program] = expected.get(case.program, 0) + 1
    assert expected == by_program
    first = cases[0]
    row = con.execute(
        "select opened_on, needs, closure_reason"
        f" from '{tmp_path}/cases.parquet' where case_id = ?",
        [pseudonym(first.id, salt=SALT)],
    ).fetchone()
    reason = None if first.closure is None else first.closure.reason.value
    assert (first.opened_on, len(first.assessment.needs), reason) == row
    types = dict(
        con.execute(f"describe select * from '{tmp_path}/needs.parquet'").fetchall()[i][:2]
        for i in range(len(TABLES["needs"].columns))
    )
    assert "DATE" == types["identified_on"]
    assert "BIGINT" == types["need_number"]


def test_csv_round_trip_into_duckdb(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    cases = _cases(10)
    written = export_tables(cases, tmp_path, tables=["cases", "goals"], salt=SALT)
    assert ["cases", "goals"] == list(written)
    con = duckdb.connect()
    goals = con.execute(f"select count(*) from read_csv('{tmp_path}/goals.csv')").fetchone()
    assert (sum(len(c.plan.goals) for c in cases if c.plan is not None),) == goals


def test_record_batches_have_the_schema_and_at_most_batch_size_rows() -> None:
    pa = pytest.importorskip("pyarrow")
    batches = list(record_batches("goals", _cases(10), batch_size=8, salt=SALT))
    assert all(b.num_rows <= 8 for b in batches)
    assert sum(b.num_rows for b in batches) == sum(1 for _ in rows("goals", _cases(10), salt=SALT))
    schema = arrow_schema("goals")
    assert all(b.schema == schema for b in batches)
    assert pa.date32() == schema.field("target_date").type


def test_an_empty_table_keeps_its_schema(tmp_path: Path) -> None:
    """A table with no rows is still a file with every column and type."""
    pq = pytest.importorskip("pyarrow.parquet")
    written = export_tables([], tmp_path, to="parquet", tables=["reviews"], salt=SALT)
    assert {"reviews": 0} == written
    assert arrow_schema("reviews") == pq.read_schema(tmp_path / "reviews.parquet")


def test_columns_refuse_unknown_types() -> None:
    with pytest.raises(ValueError, match="type must be one of"):
        Column("x", "decimal")


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format 'xlsx'"):
        export_tables([], tmp_path, to="xlsx", salt=SALT)


def test_cli_export_parquet_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from casemgmt.cli import main

    cases = _cases(8)
    source = tmp_path / "cases.jsonl"
    source.write_text("".join(dumps(c) + "\n" for c in cases))
    out = tmp_path / "out"
    argv = ["export", str(source), "-o", str(out), "--as-of", "2024-10-01", "--salt", SALT]
    assert 0 == main([*argv, "--to", "parquet"])
    assert f"{out / 'cases'}.parquet: 8 rows" in capsys.readouterr().out
    assert {f"{t}.parquet" for t in TABLES} == {p.name for p in out.iterdir()}
    assert 0 == main([*argv, "--to", "csv", "--tables", "cases"])
    with (out / "cases.csv").open() as handle:
        ids = [r["case_id"] for r in csv.DictReader(handle)]
    assert [pseudonym(c.id, salt=SALT) for c in cases] == ids


def test_cli_export_identified_and_one_off_salt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from casemgmt.cli import main

    source = tmp_path / "cases.jsonl"
    source.write_text("".join(dumps(c) + "\n" for c in _cases(3)))
    argv = ["export", "--to", "csv", str(source), "--tables", "cases", "-o"]
    assert 0 == main([*argv, str(tmp_path / "a"), "--identified"])
    assert "case-00001" in (tmp_path / "a" / "cases.csv").read_text()
    assert 0 == main([*argv, str(tmp_path / "b")])
    assert 0 == main([*argv, str(tmp_path / "c")])
    one, two = ((tmp_path / d / "cases.csv").read_text() for d in "bc")
    assert "case-00001" not in one
    assert one != two  # a fresh salt each time: two exports do not link


def test_cli_export_bad_input_and_bad_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from casemgmt.cli import main

    source = tmp_path / "cases.jsonl"
    source.write_text('{"id": "case-1"}\n' + dumps(_cases(1)[0]) + "\n")
    argv = ["export", "--to", "csv", str(source), "--tables", "cases"]
    assert 2 == main([*argv, "-o", str(tmp_path / "x"), "--salt", "s"])
    assert f"{source}:1: $" in capsys.readouterr().err
    assert 2 == len((tmp_path / "x" / "cases.csv").read_text().splitlines())  # the good case
    assert 2 == main(argv)
    assert "give the directory with -o DIR" in capsys.readouterr().err
    code = main(
        ["export", "--to", "csv", str(source), "-o", str(tmp_path / "y"), "--tables", "nope"]
    )
    assert 2 == code
    assert "unknown table 'nope'" in capsys.readouterr().err
