"""The Atom feed of record updates (macros/feed.py) and the Updates page, from docs/updates.md.

The feed is parsed with xml.etree and checked against RFC 4287's requirements for a feed and its entries;
it lists every changelog entry; every page announces it; a bad changelog fails the check.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from macros import feed
from macros.index import SiteIndex, build_index
from macros.site import load_site

from ..support import ROOT, attr, site_pages

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
SITE_URL = "https://c2c-summit.github.io/c2c-summit/"


@pytest.fixture(scope="module")
def atom(site: Path) -> ET.Element:
    return ET.fromstring((site / feed.FEED_FILE).read_bytes())


def local(site: Path, url: str) -> Path:
    """The built file an absolute address of the site stands for."""
    assert url.startswith(SITE_URL), url
    path = site / urlsplit(url).path.removeprefix(urlsplit(SITE_URL).path)
    return path / "index.html" if url.endswith("/") or path.is_dir() else path


def test_the_feed_is_atom_with_every_required_element(atom: ET.Element) -> None:
    assert atom.tag == f"{A}feed"
    for name in ("id", "title", "updated"):
        assert len(atom.findall(f"{A}{name}")) == 1, name
    assert RFC3339.match(atom.findtext(f"{A}updated", ""))
    assert atom.find(f"{A}author/{A}name") is not None, "a feed-level author covers every entry"
    self_links = [link for link in atom.findall(f"{A}link") if link.get("rel") == "self"]
    assert len(self_links) == 1
    assert self_links[0].get("href") == SITE_URL + feed.FEED_FILE
    ids = [atom.findtext(f"{A}id")]
    for entry in atom.findall(f"{A}entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{name}")) == 1, name
        assert RFC3339.match(entry.findtext(f"{A}updated", ""))
        assert entry.findtext(f"{A}summary"), "no content: a summary is needed"
        alternates = [link for link in entry.findall(f"{A}link") if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == 1
        assert urlsplit(entry.findtext(f"{A}id", "")).scheme == "https"
        ids.append(entry.findtext(f"{A}id"))
    assert len(set(ids)) == len(ids), "ids are unique"


def test_the_feed_lists_every_changelog_entry_newest_first(atom: ET.Element, index: SiteIndex) -> None:
    assert index.updates is not None
    entries = atom.findall(f"{A}entry")
    assert [entry.findtext(f"{A}title") for entry in entries] == [u.title for u in feed.ordered(index.updates.updates)]
    assert {entry.findtext(f"{A}summary") for entry in entries} == {u.summary for u in index.updates.updates}
    dates = [entry.findtext(f"{A}updated", "") for entry in entries]
    assert dates == sorted(dates, reverse=True)
    assert atom.findtext(f"{A}updated") == dates[0]


def test_every_link_in_the_feed_opens_a_page_of_the_site(site: Path, atom: ET.Element) -> None:
    links = [link.get("href", "") for link in atom.iter(f"{A}link")]
    assert len(links) > 10
    for url in links:
        path = local(site, url)
        assert path.is_file(), url
        fragment = urlsplit(url).fragment
        if fragment:
            assert BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").find(id=fragment) is not None, url


def test_the_updates_page_shows_every_entry_under_its_id(site: Path, index: SiteIndex) -> None:
    assert index.updates is not None
    page = BeautifulSoup((site / "updates" / "index.html").read_text(encoding="utf-8"), "lxml")
    for update in index.updates.updates:
        heading = page.find(id=update.id)
        assert heading is not None
        assert heading.name == "h2"
        assert update.title in heading.get_text()
    assert page.select_one(f'article a[href$="{feed.FEED_FILE}"]') is not None


def test_every_page_announces_the_feed(site: Path) -> None:
    pages = site_pages(site)
    assert len(pages) > 20
    for path in pages:
        html = site / path / "index.html" if not path.endswith(".html") else site / path
        head = BeautifulSoup(html.read_text(encoding="utf-8"), "lxml").head
        assert head is not None
        links = head.find_all("link", rel="alternate", type="application/atom+xml")
        assert len(links) == 1, path
        href = attr(links[0], "href")
        if href.startswith("/"):  # the 404 page is served at any depth: its links are absolute paths
            assert href == urlsplit(SITE_URL).path + feed.FEED_FILE
        else:
            assert (html.parent / href).resolve() == (site / feed.FEED_FILE).resolve(), path
        words = "обновления записи" if path.startswith("ru/") else "record updates"  # named in the page's language
        assert words in attr(links[0], "title"), path
    assert any(path.startswith("ru/") for path in pages)


def test_the_feed_is_reproducible(index: SiteIndex) -> None:
    first = feed.atom_feed(index, "C2C", SITE_URL)
    assert first == feed.atom_feed(load_site(ROOT / "docs"), "C2C", SITE_URL)
    assert first.startswith(b'<?xml version="1.0" encoding="utf-8"?>')


def test_page_urls_follow_mkdocs_layout() -> None:
    assert feed.page_url(SITE_URL, "index.md") == SITE_URL
    assert feed.page_url(SITE_URL, "groups/index.md") == SITE_URL + "groups/"
    assert feed.page_url(SITE_URL, "groups/public-health.md") == SITE_URL + "groups/public-health/"
    assert feed.page_url(SITE_URL, "about.md", use_directory_urls=False) == SITE_URL + "about.html"
    assert feed.page_url(SITE_URL, "index.md", use_directory_urls=False) == SITE_URL + "index.html"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            'date: "2026-11-27"',
            'date: "2026-11-31"',
        ),
        ("- groups/index.md", "- groups/no-such-group.md"),
        ("id: first-record", "id: distinct-group-summaries"),
        ("title: Own summaries for two working groups", 'title: ""'),
    ],
    ids=["impossible-date", "unknown-page", "duplicate-id", "empty-title"],
)
def test_a_bad_changelog_entry_is_reported(tmp_path: Path, change: str, expected: str) -> None:
    docs = Path(shutil.copytree(ROOT / "docs", tmp_path / "docs"))
    updates = docs / "updates.md"
    text = updates.read_text(encoding="utf-8")
    assert change in text
    updates.write_text(text.replace(change, expected, 1), encoding="utf-8")
    _, problems = build_index(docs)
    assert [problem for problem in problems if "updates.md" in str(problem)], problems
