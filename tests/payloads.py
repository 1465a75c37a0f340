"""Template-injection payloads shared by the safety and sandbox tests, and how to look for their effects."""

from __future__ import annotations

from pathlib import Path

SECRET = "c2c-secret-value-8f3a"

PAYLOADS = [
    "{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}",
    "{{ self.__init__.__globals__ }}",
    "{{ config }}",
    "{{ environment }}",
    "{% include '/etc/passwd' %}",
    "{{ macros_info() }}",
    "{{ lipsum.__globals__['os'].environ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% set x = cycler.__init__.__globals__.os.popen('touch {marker}') %}{{ x.read() }}",
    "{{ cite.__globals__ }}",
    '{{ cite("report").__class__.__mro__ }}',
    '{{ cite("report") | safe }}',
    "{{ counts(**{'a': 1}) }}",
    "{{ context() }}",
    "{{ now() }}",
    "{% for k in config %}{{ k }}{% endfor %}",
    "{# comment #}{{ (1).__class__ }}",
]


def with_payload(payload: str, marker: Path) -> str:
    return payload.replace("{marker}", str(marker))


def built_text(site: Path) -> str:
    return "\n".join(
        file.read_text(encoding="utf-8", errors="replace")
        for file in site.rglob("*")
        if file.suffix in {".html", ".json", ".xml"}
    )
