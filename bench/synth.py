"""Synthetic summit content, made through the project's own models and written as front matter.

`make_docs(scale, dest)` copies the real `docs/` (free pages, sources, themes, the ten real
groups and eight real exhibitors) and adds synthetic working groups and exhibitors until the
site holds `10 x scale` groups with `10 x groups` priorities in all and `10 x scale` exhibitors
(none added at 1x: the real site). Every synthetic page is a validated `WorkingGroup` or
`Exhibitor` dumped to YAML, with relations among them: priority -> exhibitor, priority -> theme,
exhibitor -> group. Synthetic pages link only to synthetic pages, so a real group page holds
the same content at every scale and its size shows what the site's growth alone adds.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel

from macros.layout import DEFAULT_LOCALE, split_locale
from macros.model import Country, Exhibitor, FollowUp, Person, Priority, Ref, WorkingGroup
from macros.site import load_site

PRIORITIES_PER_GROUP = 10
CO_CHAIR_COUNTRIES: tuple[Country, ...] = ("US", "RU")
"""Each synthetic group's co-chairs, one per country."""
WATCHED_GROUP = "child-protection"
"""The real working-group page whose size (and `mkdocs serve` reload) the benchmark follows."""
_VOCABULARY = (
    "civil society partners exchange programme regional network training youth volunteers schools "
    "libraries health rights law media open data transparency budget monitoring community grants "
    "mentoring internships conference handbook survey research online platform citizens officials "
    "reform dialogue trust cooperation cities rural women veterans disabilities environment water "
    "forests energy culture museums archives journalism ethics standards clinics families children"
)
WORDS = _VOCABULARY.split()
FIELDS = (
    "Civic Education",
    "Environmental Protection",
    "Local Self-Government",
    "Disability Rights",
    "Cultural Heritage",
    "Rural Development",
    "Philanthropy",
    "Veterans' Affairs",
    "Water and Energy",
    "Independent Journalism",
)


@dataclass(frozen=True)
class Counts:
    """What a generated site holds."""

    groups: int
    priorities: int
    exhibitors: int
    pages: int
    """Pages in one language (the `.md` files without a language suffix)."""


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _sentence(rng: random.Random, count: int) -> str:
    text = _words(rng, count)
    return text[0].upper() + text[1:] + "."


def _dump(model: BaseModel, body: str) -> str:
    data = model.model_dump(mode="json", exclude_defaults=True)
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100) + "---\n" + body


def make_group(
    rng: random.Random, number: int, count: int, themes: list[str], sources: list[str], exhibitors: list[str]
) -> WorkingGroup:
    """A working group with `count` priorities, each tagged with themes and linked to exhibitors."""
    priorities = [
        Priority(
            id=f"group-{number:04d}-priority-{k:02d}",
            title=_sentence(rng, 4),
            text=_sentence(rng, 28),
            sources=[rng.choice(sources)],
            themes=[
                Ref(id=theme, relation="sourced", sources=[sources[0]])
                for theme in rng.sample(themes, rng.randint(1, 2))
            ],
            exhibitors=[
                Ref(id=exhibitor, relation="editorial", note=_sentence(rng, 10))
                for exhibitor in rng.sample(exhibitors, min(len(exhibitors), rng.randint(0, 2)))
            ],
        )
        for k in range(1, count + 1)
    ]
    return WorkingGroup(
        name=f"{FIELDS[number % len(FIELDS)]} {number:04d}",
        order=number,
        summary=_sentence(rng, 25),
        co_chairs=[
            Person(name=f"Co-chair {number}-{k}", organization=_sentence(rng, 3), country=country, sources=[sources[1]])
            for k, country in enumerate(CO_CHAIR_COUNTRIES, start=1)
        ],
        priorities=priorities,
        follow_ups=[
            FollowUp(text=_sentence(rng, 18), date=f"201{k}-10", sources=[rng.choice(sources)]) for k in (1, 2)
        ],
        sources=rng.sample(sources, 2),
    )


def make_exhibitor(rng: random.Random, number: int, groups: list[str], sources: list[str]) -> Exhibitor:
    """An exhibitor linked (editorially, as the dossier does) to one or two groups."""
    return Exhibitor(
        organization=f"{_sentence(rng, 2).rstrip('.')} Lab {number:04d}",
        presenter=f"Presenter {number}",
        tool=_sentence(rng, 3).rstrip("."),
        summary=_sentence(rng, 22),
        country=rng.choice(("US", "RU")),
        groups=[
            Ref(id=group, relation="editorial", note=_sentence(rng, 12))
            for group in rng.sample(groups, min(len(groups), rng.randint(1, 2)))
        ],
        sources=[rng.choice(sources)],
    )


def make_docs(scale: int, source_docs: Path, dest: Path, seed: int = 2010) -> Counts:
    """Copy `source_docs` to `dest` and add synthetic groups and exhibitors up to `scale` x the real site."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(source_docs, dest)
    real = load_site(source_docs)
    target_groups = len(real.groups) if scale == 1 else 10 * scale
    target_exhibitors = len(real.exhibitors) if scale == 1 else 10 * scale
    new_groups = target_groups - len(real.groups)
    new_exhibitors = target_exhibitors - len(real.exhibitors)
    rng = random.Random(seed)
    themes, sources = list(real.themes), list(real.sources)
    first = len(real.groups) + 1
    group_ids = [f"group-{first + n:04d}" for n in range(new_groups)]
    exhibitor_ids = [f"exhibitor-{n + 1:04d}" for n in range(new_exhibitors)]
    needed = PRIORITIES_PER_GROUP * target_groups - len(real.priorities)
    priorities = len(real.priorities)
    for n, group_id in enumerate(group_ids):
        count = needed // new_groups + (1 if n < needed % new_groups else 0)
        group = make_group(rng, first + n, count, themes, sources, exhibitor_ids)
        body = _sentence(rng, 40) + "\n" if n % 2 else ""
        (dest / "groups" / f"{group_id}.md").write_text(_dump(group, body), encoding="utf-8")
        priorities += count
    for n, exhibitor_id in enumerate(exhibitor_ids):
        exhibitor = make_exhibitor(rng, n + 1, group_ids, sources)
        (dest / "marketplace" / f"{exhibitor_id}.md").write_text(_dump(exhibitor, ""), encoding="utf-8")
    pages = sum(1 for page in dest.rglob("*.md") if split_locale(page.name)[1] == DEFAULT_LOCALE)
    return Counts(target_groups, priorities, target_exhibitors, pages)
