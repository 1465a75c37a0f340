"""`mkdocs gh-deploy`, for real: a copy of the project in a temporary git repository pushes to a local bare
repository, and the gh-pages branch is inspected after each deploy.

The deploys, in order (each commit dated so that SOURCE_DATE_EPOCH, taken from it, is under control):
1. the site as it is;
2. one sentence added to one group page's body, same day: only that page and the search index (Pagefind's files
   in pagefind/) change;
3. a custom domain added on the next day, as README says (docs/CNAME, and site_url to match: the check
   refuses a CNAME that is not site_url's host): CNAME appears, and the sitemap moves to the new address
   and date (every URL's <lastmod> is the build date, SOURCE_DATE_EPOCH);
4. broken front matter: the build fails and nothing is pushed;
5. a rollback (README, "Rolling back"): an earlier gh-pages commit force-pushed; then the page fixed and one
   group renamed: the next deploy builds on the restored commit, and every page changes (the navigation on
   every page lists the group's name), with the search index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from macros.layout import DEFAULT_LOCALE, split_locale

from ..support import ROOT
from .project_copy import copy_site, git, git_env, mkdocs

GROUP = "public-health"
DAY_1 = "2026-01-10T10:00:00+00:00"
DAY_1_LATER = "2026-01-10T11:00:00+00:00"
DAY_2 = "2026-01-11T10:00:00+00:00"
DAY_2_LATER = "2026-01-11T11:00:00+00:00"
RENAMED = "new-media"


@dataclass
class Deploys:
    """What each deploy printed and left on the remote's gh-pages branch."""

    project: Path
    remote: Path
    commits: list[str] = field(default_factory=list)
    """gh-pages commit in the remote after each successful deploy."""
    outputs: list[str] = field(default_factory=list)
    failed_returncode: int = 0
    failed_output: str = ""
    after_failure: str = ""
    local_after_failure: str = ""
    after_rollback: str = ""

    def files(self, commit: str) -> set[str]:
        return set(git(self.remote, "ls-tree", "-r", "--name-only", commit).splitlines())

    def changed(self, before: str, after: str) -> set[str]:
        return set(git(self.remote, "diff", "--name-only", before, after).splitlines())

    def show(self, commit: str, path: str) -> str:
        return git(self.remote, "show", f"{commit}:{path}")


def commit_all(project: Path, message: str, date: str) -> str:
    env = git_env(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    git(project, "add", "-A", env=env)
    git(project, "commit", "-q", "-m", message, env=env)
    return git(project, "log", "-1", "--format=%ct")


def deploy(project: Path, epoch: str) -> tuple[int, str]:
    result = mkdocs(project, "gh-deploy", "--force", "--strict", env=git_env(SOURCE_DATE_EPOCH=epoch))
    return result.returncode, result.stdout + result.stderr


@pytest.fixture(scope="module")
def deploys(tmp_path_factory: pytest.TempPathFactory) -> Deploys:
    base = tmp_path_factory.mktemp("deploy")
    project = copy_site(base / "project")
    remote = base / "remote.git"
    git(base, "init", "-q", "--bare", str(remote))
    git(project, "init", "-q", "-b", "main")
    git(project, "remote", "add", "origin", str(remote))
    result = Deploys(project, remote)

    epoch = commit_all(project, "Site", DAY_1)
    git(project, "push", "-q", "origin", "main")
    for change in (_add_sentence, _add_domain):
        code, output = deploy(project, epoch)
        assert code == 0, output
        result.outputs.append(output)
        result.commits.append(git(remote, "rev-parse", "gh-pages"))
        epoch = change(project)
    code, output = deploy(project, epoch)
    assert code == 0, output
    result.outputs.append(output)
    result.commits.append(git(remote, "rev-parse", "gh-pages"))

    page = project / "docs" / "groups" / f"{GROUP}.md"
    page.write_text(page.read_text(encoding="utf-8").replace("order:", "order: first\nrank:", 1), encoding="utf-8")
    epoch = commit_all(project, "Broken front matter", DAY_2)
    result.failed_returncode, result.failed_output = deploy(project, epoch)
    result.after_failure = git(remote, "rev-parse", "gh-pages")
    result.local_after_failure = git(project, "rev-parse", "gh-pages")

    git(project, "push", "-q", "--force", "origin", f"{result.commits[0]}:refs/heads/gh-pages")
    result.after_rollback = git(remote, "rev-parse", "gh-pages")
    git(project, "checkout", "-q", "HEAD~1", "--", f"docs/groups/{GROUP}.md")
    renamed = project / "docs" / "groups" / f"{RENAMED}.md"
    renamed.write_text(renamed.read_text(encoding="utf-8").replace("name: ", "name: Renamed ", 1), encoding="utf-8")
    epoch = commit_all(project, "Fix the page, rename a group", DAY_2_LATER)
    code, output = deploy(project, epoch)
    assert code == 0, output
    result.commits.append(git(remote, "rev-parse", "gh-pages"))
    return result


def _add_sentence(project: Path) -> str:
    page = project / "docs" / "groups" / f"{GROUP}.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA sentence added by the deploy test.\n", encoding="utf-8")
    return commit_all(project, "One sentence on one group page", DAY_1_LATER)


def _add_domain(project: Path) -> str:
    (project / "docs" / "CNAME").write_text("c2c.example.org\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    site_url = next(line for line in text.splitlines() if line.startswith("site_url: "))
    config.write_text(text.replace(site_url, "site_url: https://c2c.example.org/"), encoding="utf-8")
    return commit_all(project, "Custom domain", DAY_2)


def english_pages(folder: str) -> list[Path]:
    """The pages of a folder of docs/, translations (`x.ru.md`) left out."""
    return [path for path in (ROOT / "docs" / folder).glob("*.md") if split_locale(path.name)[1] == DEFAULT_LOCALE]


def outside_search(paths: set[str]) -> set[str]:
    """`paths` but Pagefind's files (search's index, rewritten by every change to a page's text)."""
    return {path for path in paths if not path.startswith("pagefind/")}


def test_gh_pages_holds_the_whole_site(deploys: Deploys) -> None:
    files = deploys.files(deploys.commits[0])
    assert {"index.html", "404.html", "sitemap.xml", "sitemap.xml.gz", ".nojekyll", "search/search_index.json"} <= files
    assert {"pagefind/pagefind.js", "pagefind/pagefind-entry.json", "assets/javascripts/c2c-search.js"} <= files
    groups = [path.stem for path in english_pages("groups") if path.name != "index.md"]
    assert len(groups) >= 10
    for group in groups:
        assert f"groups/{group}/index.html" in files
    for exhibitor in english_pages("marketplace"):
        if exhibitor.name != "index.md":
            assert f"marketplace/{exhibitor.stem}/index.html" in files
    assert "CNAME" not in files, "no custom domain is configured in docs/, so there must be no CNAME"
    assert (ROOT / "docs" / "CNAME").exists() is False
    assert "Your documentation should be available shortly." in deploys.outputs[0]


def test_the_deployed_page_is_the_built_page(deploys: Deploys) -> None:
    html = deploys.show(deploys.commits[1], f"groups/{GROUP}/index.html")
    assert "A sentence added by the deploy test." in html
    assert "A sentence added by the deploy test." not in deploys.show(deploys.commits[0], f"groups/{GROUP}/index.html")


def test_a_one_page_change_changes_that_page_and_the_search_index_only(deploys: Deploys) -> None:
    """The full report holds every page's prose too (issue 11), so a sentence added to a page changes it as well.

    The Russian edition shows the new sentence in English until it is translated, and the Record status page's
    translation table counts the page's new text as not translated, in both editions. Search's files are
    Pagefind's (macros/search.py): its entry file and the changed page's index files.
    """
    changed = deploys.changed(deploys.commits[0], deploys.commits[1])
    pages = {f"groups/{GROUP}/index.html", "report/index.html", "status/index.html"}
    assert outside_search(changed) == pages | {f"ru/{path}" for path in pages}
    assert "pagefind/pagefind-entry.json" in changed
    assert not {"pagefind/pagefind.js", "pagefind/wasm.en.pagefind"} & changed, "Pagefind's code does not change"


def test_a_custom_domain_adds_cname_and_moves_the_sitemap_to_its_address_and_date(deploys: Deploys) -> None:
    assert {"CNAME", "sitemap.xml", "sitemap.xml.gz"} <= deploys.changed(deploys.commits[1], deploys.commits[2])
    assert deploys.show(deploys.commits[2], "CNAME") == "c2c.example.org"
    sitemap = deploys.show(deploys.commits[2], "sitemap.xml")
    assert "<lastmod>2026-01-11</lastmod>" in sitemap
    assert "<loc>https://c2c.example.org/</loc>" in sitemap
    assert "c2c.example.org" in deploys.outputs[2]


def test_a_failed_build_pushes_nothing(deploys: Deploys) -> None:
    assert deploys.failed_returncode != 0
    assert f"docs/groups/{GROUP}.md" in deploys.failed_output
    assert "order" in deploys.failed_output
    assert "Traceback" not in deploys.failed_output
    assert deploys.after_failure == deploys.commits[2]
    assert deploys.local_after_failure == deploys.commits[2]


def test_a_rollback_restores_an_earlier_site_and_the_next_deploy_builds_on_it(deploys: Deploys) -> None:
    assert deploys.after_rollback == deploys.commits[0]
    assert git(deploys.remote, "rev-parse", f"{deploys.commits[3]}^") == deploys.commits[0]
    assert "Renamed " in deploys.show(deploys.commits[3], f"groups/{RENAMED}/index.html")


def test_renaming_a_group_changes_every_page_through_the_navigation(deploys: Deploys) -> None:
    """Every English page shows the new name in its navigation. The Russian edition keeps its translation of the
    name, now marked out of date where the name is shown in a page (its navigation shows it unmarked)."""
    pages = {path for path in deploys.files(deploys.commits[3]) if path.endswith(".html")}
    english = {path for path in pages if not path.startswith("ru/")}
    assert len(english) > 20
    data = {"data/groups.csv", "data/record.json"}  # the group's name is data too (macros/export.py)
    changed = deploys.changed(deploys.commits[2], deploys.commits[3])
    russian = {path for path in pages if path.startswith("ru/")}
    assert outside_search(changed) - russian == english | data
    assert "pagefind/pagefind-entry.json" in changed
    assert f"ru/groups/{RENAMED}/index.html" in changed
    for path in changed & russian:
        assert 'class="c2c-stale"' in deploys.show(deploys.commits[3], path), path
