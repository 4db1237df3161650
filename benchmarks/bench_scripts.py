"""The benchmark scripts run: ``quality.py``, ``throughput.py`` and ``floor.py`` on a few
dev pages.

No assertion on the figures (quality and speed are reported, not gated, in CI): these
check that the scripts run to the end and print their tables. Skipped when the dev set
(``../shared/eval/dev``) is absent, except the check that the scripts then skip cleanly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "eval" / "dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason=f"no dev set at {DEV}")


def _run(script: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@needs_dev
def test_quality_script_scores_both_folders(tmp_path: Path) -> None:
    out = _run("quality.py", "--limit", "8", "--out", str(tmp_path))
    folders = sorted(p.name for p in DEV.iterdir() if p.is_dir())
    for name in folders:
        assert f"== {name}: 8 pages" in out
        assert len(list((tmp_path / name).glob("*.txt"))) == 8
    assert out.count("prediction ") == len(folders)
    assert out.count("no_cleaning ") == len(folders)
    assert "title " in out and "date " in out and "authors " in out


@needs_dev
def test_throughput_script_reports_both_loops() -> None:
    out = _run("throughput.py", "--limit", "4", "--rounds", "1")
    assert "baseline: one regex per line" in out
    assert "cleanscrape.parse" in out
    assert "parse / baseline speed:" in out


@needs_dev
def test_floor_script_sets_each_budget_against_its_stages() -> None:
    out = _run("floor.py", "--limit", "4", "--docs", "300", "--rounds", "1")
    assert "budget: 6 x the baseline" in out
    for stage in ("normalize", "rule matching", "exact fingerprints", "the corpus step"):
        assert stage in out


def test_floor_script_without_the_dev_set_measures_the_corpus_part(tmp_path: Path) -> None:
    out = _run("floor.py", "--dev", str(tmp_path / "absent"), "--docs", "300", "--rounds", "1")
    assert "the parse part is skipped" in out
    assert "300 generated articles" in out


@pytest.mark.parametrize("script", ["quality.py", "throughput.py"])
def test_scripts_skip_cleanly_without_the_dev_set(script: str, tmp_path: Path) -> None:
    out = _run(script, "--dev", str(tmp_path / "absent"))
    assert "nothing to" in out
