"""`make serve` (`mkdocs serve --dirty`) keeps every page right after an edit: the changed page, and every page
whose tables show what changed (macros/dependents.py), in both editions."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..support import ROOT

GROUP = ROOT / "docs" / "groups" / "anti-corruption.md"
OLD_TITLE = "    title: Statement of Principles\n"
NEW_TITLE = "Statement of Principles, as edited during serve"
LINK = "    exhibitors:\n      - id: arrivedok\n        relation: editorial\n        note: Linked by the serve test.\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # our own local server
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in fetch(url):
            return
        time.sleep(0.2)
    raise AssertionError(f"{url} did not show {text!r} within {timeout:.0f} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A copy of the project served as `make serve` serves it; its folder and its base URL."""
    project = tmp_path_factory.mktemp("serve") / "project"
    project.mkdir()
    for entry in ROOT.iterdir():
        if entry.name not in ("docs", "overrides", "site", ".git", "mkdocs.yml"):
            (project / entry.name).symlink_to(entry)
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"]
    log = (project.parent / "serve.log").open("w")
    server = subprocess.Popen(command, cwd=project, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/c2c-summit/"
    try:
        wait_for(f"{base}ru/groups/anti-corruption/", "</html>", timeout=300)
        yield project, base
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_makefile_serves_with_dirty_rebuilds() -> None:
    assert "$(BIN)/mkdocs serve --dirty" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_an_edited_priority_shows_on_every_page_that_lists_it(served: tuple[Path, str]) -> None:
    project, base = served
    page = project / "docs" / "groups" / "anti-corruption.md"
    text = page.read_text(encoding="utf-8")
    assert OLD_TITLE in text
    edited = text.replace(OLD_TITLE, f"    title: {NEW_TITLE}\n" + LINK, 1)
    page.write_text(edited, encoding="utf-8")
    for path in ("groups/anti-corruption/", "priorities/", "marketplace/arrivedok/", "report/", "overview/"):
        wait_for(base + path, NEW_TITLE)
    # The Russian edition keeps its translation, now marked out of date, and links the exhibitor too.
    wait_for(base + "ru/groups/anti-corruption/", 'class="c2c-stale"')
    wait_for(base + "ru/marketplace/arrivedok/", "anti-corruption-statement-of-principles")


def test_a_prose_edit_shows_on_its_page_and_the_report_and_search_follows(served: tuple[Path, str]) -> None:
    """An edit of a group's prose alone rebuilds its page and the pages that print prose (dependents.py), in both
    editions; Pagefind, which runs beside the server (macros/search.py), indexes it once it is written."""
    project, base = served
    entry = base + "pagefind/pagefind-entry.json"
    wait_for(entry, '"languages"')
    before = fetch(entry)
    page = project / "docs" / "groups" / "public-health.md"
    sentence = "A sentence of prose added during serve."
    page.write_text(page.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
    for path in ("groups/public-health/", "report/", "ru/groups/public-health/", "ru/report/"):
        wait_for(base + path, sentence)
    deadline = time.monotonic() + 60
    while fetch(entry) in ("", before) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert fetch(entry) not in ("", before), "Pagefind's index did not follow the edit"
