"""The Atom feed of record updates, from the changelog in `docs/updates.md` (standard library only).

`atom_feed` is pure and reproducible: the feed's `updated` is the newest entry's date, never the build time.
One feed per language: a Russian edition adds its own (e.g. `ru/feed.xml`) from the same changelog.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .index import SiteIndex
from .layout import UPDATES_PAGE
from .model import Update

FEED_FILE = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"


def page_url(site_url: str, path: str, use_directory_urls: bool = True) -> str:
    """The absolute address of a page given its path in docs/ (as MkDocs lays pages out)."""
    stem = path.removesuffix(".md")
    folder, _, name = stem.rpartition("/")
    if name == "index":
        relative = f"{folder}/" if folder else ""
    else:
        relative = f"{stem}/" if use_directory_urls else f"{stem}.html"
    if not use_directory_urls and (relative == "" or relative.endswith("/")):
        relative += "index.html"
    return site_url.rstrip("/") + "/" + relative


def ordered(updates: list[Update]) -> list[Update]:
    """Newest first; entries of one day keep the changelog's order."""
    return sorted(updates, key=lambda update: update.date, reverse=True)


def _timestamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def atom_feed(
    index: SiteIndex, site_name: str, site_url: str, *, use_directory_urls: bool = True, lang: str = "en"
) -> bytes:
    """The feed as UTF-8 bytes: one entry per changelog entry, with links to the pages it changed."""
    updates = ordered(index.updates.updates) if index.updates else []
    updates_url = page_url(site_url, UPDATES_PAGE, use_directory_urls)
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": lang})
    ET.SubElement(feed, "id").text = updates_url
    ET.SubElement(feed, "title").text = f"{site_name}: record updates"
    ET.SubElement(feed, "subtitle").text = "Additions to and corrections of the public record, newest first."
    ET.SubElement(feed, "updated").text = _timestamp(updates[0].date) if updates else "2010-06-24T00:00:00Z"
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = "The site's contributors"
    ET.SubElement(
        feed, "link", {"rel": "self", "type": "application/atom+xml", "href": site_url.rstrip("/") + "/" + FEED_FILE}
    )
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": updates_url})
    for update in updates:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "id").text = f"{updates_url}#{update.id}"
        ET.SubElement(entry, "title").text = update.title
        ET.SubElement(entry, "updated").text = _timestamp(update.date)
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": f"{updates_url}#{update.id}"})
        for page in update.pages:
            ET.SubElement(
                entry,
                "link",
                {"rel": "related", "type": "text/html", "href": page_url(site_url, page, use_directory_urls)},
            )
        ET.SubElement(entry, "summary").text = update.summary
    ET.indent(feed)
    return (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        + bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=False))
        + b"\n"
    )
