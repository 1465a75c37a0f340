"""What search engines and link previews read, the 404 page, the full report, and the copied Material partials.

The built HTML is parsed with BeautifulSoup, never matched with regular expressions.
"""

from __future__ import annotations

import shutil
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin

import material  # type: ignore[import-untyped]  # the theme package ships no py.typed marker
import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from mkdocs.config import load_config

from macros import frontmatter
from macros.index import SiteIndex
from macros.layout import DEFAULT_LOCALE, split_locale

from ..support import ROOT, build_site

CONFIG = load_config(str(ROOT / "mkdocs.yml"))
SITE_URL = str(CONFIG["site_url"])
SITE_NAME = str(CONFIG["site_name"])
RUSSIAN_SITE_NAME = next(str(lang.site_name) for lang in CONFIG.plugins["i18n"].config.languages if lang.locale == "ru")
UPSTREAM = Path(material.__file__).parent / "templates"
OVERRIDES = ROOT / "overrides"


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def pages(site: Path) -> dict[str, BeautifulSoup]:
    """Every built page (404.html aside) by its address relative to the site's root."""
    return {
        html.relative_to(site).as_posix().removesuffix("index.html"): soup_of(html)
        for html in sorted(site.rglob("index.html"))
    }


def meta(soup: BeautifulSoup, **attrs: str) -> str | None:
    """The content of the first <meta> with all these attributes, or None."""
    for tag in soup.find_all("meta"):
        if all(tag.get(name) == value for name, value in attrs.items()):
            return str(tag["content"])
    return None


def flat(text: str) -> str:
    return " ".join(text.split())


# --- Descriptions, Open Graph, canonical URLs, sitemap -----------------------------------------------


def test_every_page_has_its_own_description_from_front_matter(site: Path, index: SiteIndex) -> None:
    built = pages(site)
    expected = {g.path: g.model.summary for g in index.groups} | {e.path: e.model.summary for e in index.exhibitors}
    expected |= {path: page.description for path, page in index.free_pages.items() if page.description}
    for path, description in expected.items():
        source, locale = split_locale(path)
        address = source.removesuffix(".md").removesuffix("index") + ("/" if not source.endswith("index.md") else "")
        address = "" if address == "/" else address
        address = address if locale == DEFAULT_LOCALE else f"{locale}/{address}"
        soup = built[address]
        assert meta(soup, name="description") == flat(description), path
        assert meta(soup, property="og:description") == flat(description), path
    assert all(meta(soup, name="description") for soup in built.values())


def test_every_page_has_open_graph_title_and_canonical_url(site: Path) -> None:
    for address, soup in pages(site).items():
        title = soup.title.string if soup.title else None
        assert title, address
        og_title = meta(soup, property="og:title")
        assert og_title, address
        site_name = RUSSIAN_SITE_NAME if address.startswith("ru/") else SITE_NAME
        assert title in (og_title, f"{og_title} - {site_name}"), (address, title, og_title)
        canonical = soup.find("link", rel="canonical")
        assert isinstance(canonical, Tag), address
        assert canonical["href"] == urljoin(SITE_URL, address), address
        assert meta(soup, property="og:url") == canonical["href"]
        assert meta(soup, property="og:type") == "website"
        assert meta(soup, name="twitter:card") == "summary"


def test_sitemap_lists_every_page_under_site_url(site: Path) -> None:
    sitemap = BeautifulSoup((site / "sitemap.xml").read_text(encoding="utf-8"), "xml")
    listed = {loc.get_text(strip=True) for loc in sitemap.find_all("loc")}
    assert listed == {urljoin(SITE_URL, address) for address in pages(site)}
    assert (site / "sitemap.xml.gz").is_file()


def test_pages_make_no_third_party_requests_in_markup(site: Path) -> None:
    """No stylesheet, script, font or image from another host; the repository's stars are not fetched."""
    for address, soup in pages(site).items():
        for tag in soup.find_all(["link", "script", "img", "iframe"]):
            names = tag.get("rel") != ["canonical"] and not tag.has_attr("hreflang")  # addresses, never fetched
            reference = tag.get("src") or (tag.get("href") if tag.name == "link" and names else None)
            assert not (reference and str(reference).startswith(("http:", "https:", "//"))), (address, str(tag))
            if tag.has_attr("hreflang"):  # search engines want the editions' full addresses, under site_url
                assert str(tag["href"]).startswith(SITE_URL), (address, str(tag))
        source = soup.select_one(".md-source")
        assert source is not None
        assert source.get("href") == CONFIG["repo_url"]
        assert not soup.select("[data-md-component=source]"), address


def test_scripts_do_not_hold_up_the_first_paint(site: Path) -> None:
    """Material's bundle is deferred; search.s index waits for the first query (test_browser_search.py)."""
    for address, soup in pages(site).items():
        external = soup.find_all("script", src=True)
        assert external, address
        assert all(tag.has_attr("defer") for tag in external), (address, [str(tag) for tag in external])


# --- Titles cannot break out ---------------------------------------------------------------------


HOSTILE = '</title><script>alert(1)</script> & "quoted" <b>bold</b>'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, index: SiteIndex) -> tuple[Path, str]:
    """The real site with a working group whose name is markup, as a pull request might propose."""
    group = index.groups[0]
    docs = tmp_path_factory.mktemp("hostile") / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = frontmatter.read(docs / group.path)
    page.data["name"] = HOSTILE
    front = yaml.safe_dump(page.data, sort_keys=False, allow_unicode=True)
    (docs / group.path).write_text(f"---\n{front}---\n{page.body}", encoding="utf-8")
    return build_site(docs.parent / "site", docs_dir=str(docs)), group.path


@pytest.mark.slow
def test_a_title_made_of_markup_stays_text(hostile_site: tuple[Path, str]) -> None:
    site, source = hostile_site
    soup = soup_of(site / source.removesuffix(".md") / "index.html")
    assert soup.head is not None
    assert soup.title is not None
    assert soup.title.get_text() == f"{HOSTILE} - {SITE_NAME}"
    assert meta(soup, property="og:title") == HOSTILE
    assert not soup.head.find_all("script", src=False, string=lambda s: s is not None and "alert" in s)
    assert not soup.find_all("b", string="bold"), "the name became markup somewhere on its page"
    for address, other in pages(site).items():
        assert not [s for s in other.find_all("script") if "alert(1)" in s.get_text()], address


# --- The 404 page --------------------------------------------------------------------------------


def test_404_page_helps_the_reader_on(site: Path) -> None:
    soup = soup_of(site / "404.html")
    assert soup.title is not None
    assert soup.title.get_text().startswith("Page not found")
    assert meta(soup, name="robots") == "noindex"
    article = soup.select_one("article")
    assert article is not None
    hrefs = {str(a["href"]) for a in article.find_all("a")}
    base = SITE_URL.split("://", 1)[1].split("/", 1)[1]
    prefix = "/" + base
    for target in ("", "groups/", "priorities/", "marketplace/", "report/"):
        wanted = {prefix + target, prefix + target + "."} if not target else {prefix, prefix + "."}
        assert hrefs & wanted, (target, hrefs)
        if target:
            assert (site / target / "index.html").is_file()
    form = article.find("form")
    assert isinstance(form, Tag)
    assert form["action"] in (prefix, prefix + ".")
    assert form.find("input", attrs={"name": "q"})


# --- The full report -----------------------------------------------------------------------------


def test_report_holds_every_group_and_links_every_priority_without_taking_its_id(site: Path, index: SiteIndex) -> None:
    soup = soup_of(site / "report" / "index.html")
    article = soup.select_one("article")
    assert article is not None
    text = flat(article.get_text(" "))
    ids = [str(tag["id"]) for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "an id appears twice on the report"
    for group in index.groups:
        assert flat(group.model.name) in text, group.id
    for priority_id, entry in index.priorities.items():
        assert priority_id not in ids, f"the report took {priority_id}'s id: its row on the group page owns it"
        target = "../" + entry.group.path.removesuffix(".md") + "/#" + priority_id
        assert article.find("a", href=target), priority_id
        assert article.find("span", class_="c2c-id", string=priority_id), priority_id
    for exhibitor in index.exhibitors:
        assert flat(exhibitor.model.name) in text
    cited = {str(tag["id"]).removeprefix("cite-") for tag in article.select("[id^=cite-]")}
    assert cited == set(index.sources), "the report's sources are not the whole list"


# --- Copied partials -----------------------------------------------------------------------------

COPIED: dict[str, list[tuple[str, str]]] = {
    "partials/source.html": [(' data-md-component="source"', "")],
    "partials/search.html": [('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">')],
    "partials/nav-item.html": [
        (
            'tabindex="{{ tabindex }}">\n                <span class="md-nav__icon md-icon"></span>',
            'tabindex="{{ tabindex }}">\n                '
            '<span class="c2c-visually-hidden">{{ render_title(nav_item) }}</span>'
            '\n                <span class="md-nav__icon md-icon"></span>',
        )
    ],
    "partials/footer.html": [
        ("{{ page.previous_page.title | e }}", "{{ page.previous_page.title | striptags | e }}"),
        ("{{ page.next_page.title | e }}", "{{ page.next_page.title | striptags | e }}"),
    ],
}
"""Each partial copied into overrides/, and the only changes made to Material's file: (upstream, ours)."""


def _without_header(text: str) -> str:
    assert text.startswith("{#-"), "a template starts with its comment"
    return text[text.index("-#}\n") + 4 :]


def test_overrides_copy_only_the_listed_partials() -> None:
    copies = {path.relative_to(OVERRIDES).as_posix() for path in (OVERRIDES / "partials").rglob("*.html")}
    assert copies == set(COPIED)


@pytest.mark.parametrize("name", sorted(COPIED))
def test_copied_partial_is_upstream_plus_our_changes(name: str) -> None:
    ours = (OVERRIDES / name).read_text(encoding="utf-8")
    installed = version("mkdocs-material")
    assert f"Copied from mkdocs-material {installed}: material/templates/{name}." in ours, (
        f"{name} was copied from another Material version: compare it with upstream again and update its comment"
    )
    expected = _without_header((UPSTREAM / name).read_text(encoding="utf-8"))
    for upstream, changed in COPIED[name]:
        assert expected.count(upstream) == 1, f"Material's {name} changed: redo the copy ({upstream!r})"
        expected = expected.replace(upstream, changed)
    assert _without_header(ours) == expected
