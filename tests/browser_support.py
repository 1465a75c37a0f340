"""Kept only for `bench/lighthouse.py`, which imports `tests.browser_support`: the helpers now live in
`tests/browser/browser_support.py`. Delete this file once bench imports them from there."""

from __future__ import annotations

from .browser.browser_support import CHROMIUM_ARGS, SiteServer, chromium_executable

__all__ = ["CHROMIUM_ARGS", "SiteServer", "chromium_executable"]
