"""The content model: what the front matter of each kind of page may hold.

Every model forbids unknown keys, so a misspelt field is an error rather than
silently ignored data. Text fields are plain strings (never Markdown or HTML):
the renderers escape them, and a later Russian edition can translate them.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
"""Ids are kebab-case: lowercase ASCII letters and digits joined by single hyphens."""

DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$"
"""A date as precise as the record allows: `2010`, `2010-10`, `2010-10-15`, or a range `a/b`."""

PLACEHOLDER_TEXT = "TODO:"
"""Text that `python -m macros new` writes for a contributor to replace starts with this marker."""
PLACEHOLDER_ID = "todo-"
"""Ids that `python -m macros new` writes for a contributor to replace start with this marker."""


def _not_placeholder_text(value: str) -> str:
    if value.startswith(PLACEHOLDER_TEXT):
        raise ValueError(
            f"placeholder {value!r} left from `python -m macros new` (expected your own text in its place)"
        )
    return value


def _not_placeholder_id(value: str) -> str:
    if value.startswith(PLACEHOLDER_ID):
        raise ValueError(
            f"placeholder {value!r} left from `python -m macros new` (expected a real id, e.g. of a source "
            "listed in docs/sources.md)"
        )
    return value


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80), AfterValidator(_not_placeholder_id)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_not_placeholder_text)]
"""Plain text shown on the site; it may not be empty, nor a placeholder left by `python -m macros new`."""

Country = Literal["US", "RU", "other"]
"""Where a person or organization is based; leave the field out when no source says."""

Relation = Literal["sourced", "editorial"]
"""`sourced`: a cited source states the link. `editorial`: the editors infer it; no source states it."""


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        raise ValueError("must be an http:// or https:// address")
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]


def _real_date(value: str) -> str:
    for part in value.split("/"):
        numbers = [int(number) for number in part.split("-")]
        try:
            datetime.date(numbers[0], *[*numbers[1:], 1, 1][:2])
        except ValueError:
            raise ValueError(f"'{part}' is not a real date (expected YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


RecordDate = Annotated[str, StringConstraints(pattern=DATE_PATTERN), AfterValidator(_real_date)]
"""A date as precise as the record allows (see DATE_PATTERN)."""
"""An absolute web address; `javascript:`, `data:` and relative addresses are refused."""


class Model(BaseModel):
    """Base for every front-matter model: unknown keys are errors, values are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Cited(Model):
    """Something stated by one or more sources, possibly with a caveat."""

    sources: list[Id] = Field(default_factory=list)
    """Ids of entries in `docs/sources.md` that state this."""
    uncertain: bool = False
    """True when the source does not state it plainly; `note` then says why."""
    note: Text | None = None
    """A caveat or explanation shown next to the item."""

    @model_validator(mode="after")
    def _uncertain_needs_note(self) -> Cited:
        if self.uncertain and self.note is None:
            raise ValueError("`uncertain: true` needs a `note` saying why (expected a `note: ...` line next to it)")
        return self


class Ref(Model):
    """A link from one item to another, and whether a source states it."""

    id: Id
    """The id of the item linked to."""
    relation: Relation
    """`sourced` (a cited source states it) or `editorial` (inferred by the editors)."""
    sources: list[Id] = Field(default_factory=list)
    """For a sourced link: ids of the sources that state it."""
    note: Text | None = None
    """Why the link is made, shown to readers."""

    @model_validator(mode="after")
    def _sourced_needs_source(self) -> Ref:
        if self.relation == "sourced" and not self.sources:
            raise ValueError(
                "a `sourced` link needs at least one entry in `sources` (expected `sources: [<source id>]`, "
                "or `relation: editorial` with a `note`)"
            )
        return self


class Person(Cited):
    """A person or an organization taking part; at least one of the two is named."""

    name: Text | None = None
    """The person's name as the source spells it; leave out when only an organization is known."""
    organization: Text | None = None
    """The organization, as the source names it; leave out when unknown."""
    title: Text | None = None
    """The person's post or title."""
    role: Text | None = None
    """What they did in the C2C process, when the source says."""
    country: Country | None = None
    """`US`, `RU` or `other`; leave out when no source says."""

    @model_validator(mode="after")
    def _named(self) -> Person:
        if self.name is None and self.organization is None:
            raise ValueError("give at least a `name` or an `organization` (expected one of the two, or both)")
        return self


class Priority(Cited):
    """A priority a working group drafted for U.S.–Russian peer-to-peer collaboration."""

    id: Id
    """Unique across the whole site; it is the anchor of the priority's table row."""
    title: Text
    """A short title (a few words)."""
    text: Text
    """What the priority is, in one or two sentences."""
    origin: Text | None = None
    """Where the priority came from, when a source says."""
    partners: list[Text] = Field(default_factory=list)
    """Organizations or programmes named as partners."""
    themes: list[Ref] = Field(default_factory=list)
    """Common themes (ids from `docs/themes.md`) this priority serves."""
    exhibitors: list[Ref] = Field(default_factory=list)
    """Innovation Marketplace exhibitors (ids of pages in `docs/marketplace/`) related to this priority."""


class FollowUp(Cited):
    """Something that happened after the June 2010 summit."""

    text: Text
    """What happened."""
    date: RecordDate | None = None
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a range `start/end`; leave out when unknown."""
    kind: Literal["follow-up", "later"] = "follow-up"
    """`follow-up`: part of the C2C process. `later`: a later related development the source does not credit to C2C."""
    relation: Relation = "sourced"
    """`editorial` when no source ties this item to this working group."""


class Point(Cited):
    """A sourced point of background or context."""

    text: Text


class WorkingGroup(Model):
    """Front matter of a page in `docs/groups/`: one of the summit's working groups."""

    name: Text
    """The group's name as IREX gives it."""
    order: Annotated[int, Field(ge=1)]
    """Position in lists of groups (IREX's order)."""
    summary: Text
    """One or two sentences on what is known about this group; also the page's description."""
    name_variants: list[Text] = Field(default_factory=list)
    """Other spellings of the name found in sources."""
    co_chairs: list[Person] = Field(default_factory=list)
    """Co-chairs as recorded; leave empty when no source names them."""
    co_chairs_note: Text | None = None
    """What the record says (or does not say) about the co-chairs."""
    participants: list[Person] = Field(default_factory=list)
    """Other members of the group, where a source lists them."""
    participants_note: Text | None = None
    """Caveats on the participant list."""
    priorities: list[Priority] = Field(default_factory=list)
    """The priorities the group drafted, as far as the sources tell."""
    priorities_note: Text | None = None
    """What is known about priorities not (yet) in the record."""
    follow_ups: list[FollowUp] = Field(default_factory=list)
    """What followed, in date order."""
    background: list[Point] = Field(default_factory=list)
    """Sourced background or context for the group."""
    report_page: Text | None = None
    """Where the group's section starts in the November 2010 Summary Report (e.g. `p. 9`)."""
    sources: list[Id] = Field(min_length=1)
    """Ids of the sources this page draws on."""


class Exhibitor(Cited):
    """Front matter of a page in `docs/marketplace/`: an Innovation Marketplace exhibitor."""

    organization: Text | None = None
    """The organization, as IREX names it; leave out when unknown."""
    presenter: Text | None = None
    """Who presented, when a source names them."""
    presenter_title: Text | None = None
    """The presenter's post or description."""
    tool: Text | None = None
    """The tool or approach shown; leave out when the source does not name one."""
    summary: Text
    """What it does, in one or two sentences; also the page's description."""
    summary_sources: list[Id] = Field(default_factory=list)
    """Ids of the sources that state the summary (default: every id in `sources`); cited after it."""
    body_sources: list[Id] = Field(default_factory=list)
    """Ids of the sources of the page's prose after the front matter; cited at its end."""
    website: HttpUrl | None = None
    """The organization's or tool's web address (http or https), when a source gives it."""
    country: Country | None = None
    """`US`, `RU` or `other`; leave out when no source says."""
    country_note: Text | None = None
    """Caveat on the country."""
    groups: list[Ref] = Field(default_factory=list)
    """Working groups (ids of pages in `docs/groups/`) this exhibitor relates to."""
    sources: list[Id] = Field(min_length=1)
    """Ids of the sources this page draws on (entries in `docs/sources.md`)."""

    @model_validator(mode="after")
    def _named(self) -> Exhibitor:
        if self.organization is None and self.presenter is None:
            raise ValueError("give at least an `organization` or a `presenter` (expected one of the two, or both)")
        return self

    @property
    def name(self) -> str:
        """The exhibitor's display name: the organization, else the presenter."""
        return self.organization or self.presenter or ""


class Source(Model):
    """One source of facts, cited by id from other pages."""

    id: Id
    title: Text
    """The page's or document's title, or a short description of it."""
    publisher: Text
    """Who published it."""
    url: HttpUrl
    """Where it is published (its web address)."""
    note: Text | None = None
    """What the source covers, and what it leaves out."""


class SitePage(Model):
    """Front matter every page of the site's own (not a group or an exhibitor) may have."""

    title: Text | None = None
    """The page's title (in the navigation and the browser tab); plain text."""
    description: Text | None = None
    """One or two sentences for search engines and link previews."""
    render_macros: bool = False
    """Set on the site's own pages that call macros; only calls to the site's macros are allowed."""


class SourceList(SitePage):
    """Front matter of `docs/sources.md`: every source the site cites."""

    sources: list[Source] = Field(min_length=1)
    """Every source the site cites, each with the `id` that other pages cite it by."""


class Theme(Model):
    """One of the five common themes IREX drew from the working groups."""

    id: Id
    title: Text
    """A short title."""
    text: Text
    """The theme in a sentence."""
    sources: list[Id] = Field(min_length=1)


class ThemeList(SitePage):
    """Front matter of `docs/themes.md`: the common themes."""

    themes: list[Theme] = Field(min_length=1)


class MarketplaceIndex(SitePage):
    """Front matter of `docs/marketplace/index.md`."""

    reported_count: Annotated[int, Field(ge=0)]
    """How many organizations the sources say exhibited."""
    reported_count_sources: list[Id] = Field(min_length=1)


TERM_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 .'-]*[A-Za-z0-9.]$"
"""A glossary term as it is written on the pages: letters, digits, spaces, hyphens, periods, apostrophes."""


class Term(Model):
    """One entry of the glossary: a term or abbreviation and a short explanation."""

    term: Annotated[str, StringConstraints(pattern=TERM_PATTERN, max_length=60)]
    """The term as the pages write it (e.g. `IREX`, `third sector`); it is explained wherever it appears."""
    forms: list[Annotated[str, StringConstraints(pattern=TERM_PATTERN, max_length=60)]] = Field(default_factory=list)
    """Other spellings found on the pages (e.g. `Third Sector`), explained the same way."""
    text: Text
    """The explanation, one short sentence: shown as a tooltip and on the glossary page."""
    sources: list[Id] = Field(default_factory=list)
    """Ids of sources that state the explanation, when it is not general knowledge."""


class GlossaryPage(SitePage):
    """Front matter of `docs/glossary.md`: the terms explained on every page where they appear."""

    terms: list[Term] = Field(min_length=1)


class Milestone(Cited):
    """A step of the C2C process that belongs to no single working group (e.g. a summit)."""

    date: RecordDate
    """When it happened (see DATE_PATTERN)."""
    title: Text
    """A short title."""
    text: Text
    """What happened, in a sentence or two."""
    link: str | None = None
    """A page of this site with more about it (a path relative to docs/, e.g. `about.md#the-first-summit`)."""


class TimelinePage(SitePage):
    """Front matter of `docs/timeline.md`: the milestones; each group's follow-ups are added to them."""

    milestones: list[Milestone] = Field(min_length=1)


class FreePage(SitePage):
    """Front matter of any other page (home, about, guides)."""

    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = Field(default_factory=list)
    search: dict[Literal["exclude", "boost"], bool | float] = Field(default_factory=dict)


class Update(Model):
    """One addition or correction of the record, for the Updates page and the Atom feed."""

    id: Id
    """A stable kebab-case id: the entry's anchor on the Updates page and part of its id in the feed."""
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_date)]
    """The day the change reached the record (`YYYY-MM-DD`, quoted)."""
    title: Text
    """What changed, in a few words."""
    summary: Text
    """What changed, in a sentence or two."""
    pages: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9/-]*\.md$")]] = Field(min_length=1)
    """The pages it changed (paths in `docs/`, e.g. `groups/public-health.md`)."""


class UpdateList(SitePage):
    """Front matter of `docs/updates.md`: the record's changelog, newest first."""

    updates: list[Update] = Field(min_length=1)
    """Each addition or correction of the record, newest first."""


TRANSLATION_HASH = r"^[0-9a-f]{8}$"
"""A short hash of the English text a translation was made from (`python -m macros translate` writes it)."""


class FieldTranslation(Model):
    """One field of an English page, in another language, with the English text it was made from."""

    text: Text
    """The translation."""
    translates: Annotated[str, StringConstraints(pattern=TRANSLATION_HASH)]
    """The hash of the English text this translates; when the English changes, the translation is out of date."""


class Translation(SitePage):
    """Front matter of `page.ru.md`: the Russian edition of `page.md`.

    Its body (if any) is the page's Russian text. `fields` translates the English page's structured data field by
    field (`python -m macros translate` lists them); ids, order, dates, links and sources always come from the
    English page.
    """

    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = Field(default_factory=list)
    search: dict[Literal["exclude", "boost"], bool | float] = Field(default_factory=dict)
    translates: Annotated[str, StringConstraints(pattern=TRANSLATION_HASH)] | None = None
    """The hash of the English page's body that this page's body translates."""
    fields: dict[str, FieldTranslation] = Field(default_factory=dict)
    """Translated fields by their path in the English page, e.g. `summary` or `priorities.<id>.title`."""
