"""The output wall: what each page finally becomes is checked as a browser parses it, and stops the build.

The input check of page bodies (`macros/markup.py`) is switched off in the build tests here, to show that
the wall alone stops scripts, event handlers and dangerous addresses.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.exceptions import Abort

from macros import htmlcheck, markup
from macros.htmlcheck import THEME_INLINE_SCRIPTS, check_html, script_hash, url_scheme

from ..support import MINI_NAV, build_site, copy_mini_docs


def page(body: str) -> str:
    return f"<!doctype html><html><head><title>t</title></head><body><article>{body}</article></body></html>"


DANGEROUS_HTML = {
    "script": "<script>alert(1)</script>",
    "script with a src": '<script src="evil.js"></script>',
    "script from another host": '<script src="https://evil.example/x.js"></script>',
    "script in svg": "<svg><script>alert(1)</script></svg>",
    "upper-case handler": "<IMG SRC=x OnError=alert(1)>",
    "handler on details": "<details open ontoggle=alert(1)>",
    "handler after a slash": "<svg/onload=alert(1)>",
    "javascript link": '<a href="javascript:alert(1)">x</a>',
    "javascript with a tab entity": '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "javascript with a newline": '<a href="java\nscript:alert(1)">x</a>',
    "javascript with leading spaces": '<a href="  \tjavascript:alert(1)">x</a>',
    "javascript named-entity colon": '<a href="javascript&colon;alert(1)">x</a>',
    "javascript in capitals": '<a href="JAVASCRIPT:alert(1)">x</a>',
    "vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "data url": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "data image in srcset": '<img srcset="a.png 1x, data:image/svg+xml,x 2x">',
    "form action": '<form action="javascript:alert(1)"><button>x</button></form>',
    "formaction": '<button formaction="javascript:alert(1)">x</button>',
    "svg xlink": '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "svg animate": '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
    "svg set": '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
    "foreignObject": "<svg><foreignObject><p>x</p></foreignObject></svg>",
    "math": '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
    "iframe": '<iframe src="https://example.org"></iframe>',
    "iframe srcdoc": '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    "object": '<object data="x.swf"></object>',
    "embed": '<embed src="x.swf">',
    "base": '<base href="https://evil.example/">',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "link in the body": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "style element": "<style>body{display:none}</style>",
    "style attribute with script": '<p style="background:url(javascript:alert(1))">x</p>',
    "noscript mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "cdata is a bogus comment in html": "<![CDATA[><img src=x onerror=alert(1)>]]>",
    "comment closed early": "<!--><img src=x onerror=alert(1)>-->",
    "template": "<template><img src=x onerror=alert(1)></template>",
    "textarea escape": "<textarea></textarea><img src=x onerror=alert(1)>",
    "unclosed attribute quote": '<a title="x>y" href="javascript:alert(1)">z</a>',
    "markup in a title, for Material's tooltips": '<a href="#" title="&lt;img src=x onerror=alert(1)&gt;">x</a>',
    "a second __config": '<div id="__config" hidden>{"search": "data:text/javascript,alert(1)"}</div>'
    '<script id="__config" type="application/json">{}</script>',
    "a data script that is not the config": '<script type="application/json">{"a": 1}</script>',
    "mermaid, loaded from another host": '<pre class="mermaid">graph TD; A--&gt;B</pre>',
    "duplicate ids": '<p id="x">a</p><p id="x">b</p>',
}

SAFE_HTML = {
    "text that looks like a handler": "<p>onerror=alert(1) and javascript:alert(1) as text</p>",
    "escaped markup": "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    "comment with markup": "<!-- <img src=x onerror=alert(1)> -->",
    "links": '<a href="https://example.org/a?b=c">a</a> <a href="mailto:x@example.org">m</a> <a href="../x/#y">r</a>',
    "title attribute with a colon": '<abbr title="javascript: a language">JS</abbr>',
    "textarea holding markup": "<textarea><img src=x onerror=alert(1)></textarea>",
    "inline svg icon": '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>',
}


@pytest.mark.parametrize("name", sorted(DANGEROUS_HTML))
def test_the_wall_finds_every_way_to_run_script(name: str) -> None:
    assert check_html(page(DANGEROUS_HTML[name])), name


@pytest.mark.parametrize("name", sorted(SAFE_HTML))
def test_the_wall_lets_harmless_markup_through(name: str) -> None:
    assert check_html(page(SAFE_HTML[name])) == []


@pytest.mark.parametrize(
    ("value", "scheme"),
    [
        ("javascript:x", "javascript"),
        (" \x01java\tscript:x", "javascript"),
        ("JaVaScRiPt:x", "javascript"),
        ("https://example.org", "https"),
        ("../x.md", None),
        ("#anchor", None),
        ("//example.org/x", None),
        ("java script:x", None),
    ],
)
def test_url_schemes_are_judged_after_the_browsers_clean_up(value: str, scheme: str | None) -> None:
    assert url_scheme(value) == scheme


def test_the_theme_scripts_are_allowed_only_as_they_are() -> None:
    script = '__md_scope=new URL("../..",location)'
    assert script_hash(script) == script_hash('__md_scope=new URL(".",location)')
    assert check_html(page(f"<script>{script}</script>"), inline_hashes=frozenset({script_hash(script)})) == []
    assert check_html(page(f"<script>{script};alert(1)</script>"), inline_hashes=frozenset({script_hash(script)}))


def test_every_page_of_the_real_site_passes_and_the_list_of_theme_scripts_is_exact(site: Path) -> None:
    seen: set[str] = set()
    for file in sorted(site.rglob("*.html")):
        text = file.read_text(encoding="utf-8")
        assert check_html(text, root="/c2c-summit/") == [], file
        for script in BeautifulSoup(text, "lxml").find_all("script"):
            if not script.get("src") and script.get("type") != "application/json":
                seen.add(script_hash(script.get_text(), root="/c2c-summit/"))
    assert seen == set(THEME_INLINE_SCRIPTS)


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini site, with the input check of page bodies switched off: only the output wall stands."""
    monkeypatch.setattr(markup, "check", lambda body: [])
    return copy_mini_docs(tmp_path)


WALL_ALONE = {
    "raw script": "<script>alert(1)</script>",
    "img onerror": "<img src=x onerror=alert(1)>",
    "markdown javascript link": "[click](javascript:alert(1))",
    "markdown javascript link in angle brackets": "[click](<javascript:alert(1)>)",
    "reference-style javascript link": "[click][x]\n\n[x]: javascript:alert(1)",
    "attr_list handler": "A paragraph.\n{: onclick=alert(1) }",
    "attr_list href on a link": '[x](https://example.org){: href="javascript:alert(1)" }',
    "md_in_html svg": '<div markdown="1"><svg><animate attributeName="href" values="javascript:alert(1)"/></svg></div>',
    "cdata trick": "<![CDATA[><img src=x onerror=alert(1)>]]>",
    "entity-encoded scheme": '<a href="&#106;avascript:alert(1)">x</a>',
    "markup in a link title": '[hover](https://example.org "&lt;img src=x onerror=alert(1)&gt;")',
    "markup in an abbreviation": "The XYZZY site.\n\n*[XYZZY]: &lt;img src=x onerror=alert(1)&gt;",
    "material config takeover": '<div id="__config" hidden>{"base": "..", "search": "data:text/javascript,x"}</div>',
    "mermaid": '<pre class="mermaid">graph TD; A--&gt;B</pre>',
}


@pytest.mark.parametrize("name", sorted(WALL_ALONE))
def test_the_wall_alone_stops_the_build_naming_the_page_and_line(
    name: str, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    contribute = docs / "contribute.md"
    lines = contribute.read_text(encoding="utf-8").count("\n")
    contribute.write_text(contribute.read_text(encoding="utf-8") + "\n" + WALL_ALONE[name] + "\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build_site(tmp_path / "site", docs_dir=str(docs), nav=MINI_NAV)
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert any(message.startswith("docs/contribute.md") and ": output: " in message for message in errors), errors
    payload_lines = range(lines + 2, lines + 2 + WALL_ALONE[name].count("\n") + 1)
    assert any(message.startswith(f"docs/contribute.md:{n}: output: ") for n in payload_lines for message in errors), (
        errors
    )
    assert not (tmp_path / "site" / "contribute" / "index.html").exists()


BODY_PARTS = st.sampled_from(
    [
        "text",
        "<b>bold</b>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>x</a>",
        "[x](javascript:alert(1))",
        "[y](https://example.org)",
        "{: onclick=alert(1) }",
        "<script>alert(1)</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<!-->",
        '<div id="__config">',
        '<a title="&lt;b&gt;">t</a>',
        "]]>",
        "<noscript>",
        "</noscript>",
        "<svg>",
        "</svg>",
        '<p title="',
        '">',
        "`code`",
        "```",
        "| a | b |",
        "|---|---|",
        "&#106;avascript:",
        "\n",
        "\n\n",
    ]
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(BODY_PARTS, min_size=1, max_size=12))
def test_any_body_builds_with_nothing_executable_or_fails_cleanly(
    parts: list[str], docs: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    contribute = docs / "contribute.md"
    original = contribute.read_text(encoding="utf-8")
    contribute.write_text(original + "\n" + "".join(parts) + "\n", encoding="utf-8")
    target = tmp_path_factory.mktemp("site")
    try:
        build_site(target, docs_dir=str(docs), nav=MINI_NAV)
    except Abort:
        return
    finally:
        contribute.write_text(original, encoding="utf-8")
    for file in target.rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        assert htmlcheck.check_html(text, root="/c2c-summit/") == [], file
        soup = BeautifulSoup(text, "lxml")  # a second, independent parser agrees
        for tag in soup.find_all(True):
            assert not any(name.lower().startswith("on") for name in tag.attrs), (file, tag)
            for name in ("href", "src", "action", "formaction"):
                assert htmlcheck.url_scheme(str(tag.get(name, ""))) in (None, "http", "https", "mailto", "tel")
