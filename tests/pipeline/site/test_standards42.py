"""Probes of the team's standards (standards42) against the site builder's file writes: the site
writes through pipeline.store.files like every other output (explicit modes, no temporary file
left by an interrupted write, a killed build's temporary files removed by the next build)."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest

from pipeline.site import paths
from pipeline.site.build import build_site
from pipeline.site.files import write_file
from pipeline.store.files import host_name
from pipeline.testing.site_sample import sample_site


def test_a_page_is_never_world_writable_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_file(tmp_path / "days" / "a.html", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "days" / "a.html").stat().st_mode & 0o777 == 0o644  # was 0o666
    assert (tmp_path / "days").stat().st_mode & 0o777 == 0o755  # was 0o777


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    write_file(tmp_path / "a.html", b"old")
    with mock.patch("os.replace", side_effect=KeyboardInterrupt), pytest.raises(KeyboardInterrupt):
        write_file(tmp_path / "a.html", b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]  # was also '.a.html.<pid>.<hex>.tmp'
    assert (tmp_path / "a.html").read_bytes() == b"old"


def test_the_next_build_removes_what_a_killed_build_left(tmp_path: Path) -> None:
    site = sample_site(3, 1)
    build_site(site, tmp_path, search=False)
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    left = [
        tmp_path / f".{paths.FRONT}.{host_name()}.{dead}.0badc0de.tmp",
        (tmp_path / paths.article_path(site.articles[0].key)).parent / f".x.html.{host_name()}.{dead}.0badc0de.tmp",
    ]
    for temp in left:
        temp.write_bytes(b"half a page")
    build_site(site, tmp_path, search=False)
    assert not any(temp.exists() for temp in left)


def test_a_site_built_under_umask_0_has_nothing_world_writable(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        build_site(sample_site(3, 1), tmp_path / "site", search=False)
    finally:
        os.umask(old)
    writable = [p for p in [tmp_path / "site", *(tmp_path / "site").rglob("*")] if p.stat().st_mode & 0o002]
    assert writable == []  # was the site folder itself (mkdir: 0o777) and every page (0o666)
