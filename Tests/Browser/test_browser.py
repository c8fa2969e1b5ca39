"""A real headless Chromium: pages load without console errors, pass axe-core's WCAG 2.1 A/AA rules,
and the language switch lands on the same page in each language."""

import json
import os

import pytest

import sitecheck
from conftest import need_selenium

need_selenium()
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def test_page_loads_without_console_errors(site, browser, page):
    entries = sitecheck.open_page(browser, site, page)
    severe = [e.get("message", "") for e in entries if e.get("level") == "SEVERE"]
    sitecheck.report(severe, f"{page}: console errors")
    state = browser.execute_script("return document.readyState")
    assert state == "complete", f"{page}: document.readyState is {state!r} after loading"


def test_axe_wcag21_aa_reports_no_violations(site, browser, axe_source, page):
    sitecheck.open_page(browser, site, page)
    browser.execute_script(axe_source)
    result = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
           .then(r => done(JSON.stringify({violations: r.violations, version: axe.version})))
           .catch(e => done(JSON.stringify({error: String(e)})));
        """,
        sitecheck.AXE_TAGS,
    )
    result = json.loads(result)
    if "error" in result:
        pytest.fail(f"{page}: axe-core failed to run: {result['error']}", pytrace=False)
    violations = result["violations"]
    if violations:
        lines = []
        for v in violations:
            lines.append(f"- {v['id']} ({v.get('impact')}): {v.get('help')}  [{v.get('helpUrl', '')}]")
            for node in v.get("nodes", [])[:10]:
                lines.append(f"    at {' '.join(map(str, node.get('target', [])))}: {node.get('html', '')[:200]}")
                summary = (node.get("failureSummary") or "").replace("\n", " ")
                if summary:
                    lines.append(f"       {summary[:300]}")
            if len(v.get("nodes", [])) > 10:
                lines.append(f"    … and {len(v['nodes']) - 10} more")
        pytest.fail(
            f"{page}: axe-core {result.get('version')} found {len(violations)} WCAG 2.1 A/AA violation(s):\n"
            + "\n".join(lines),
            pytrace=False,
        )


def _html_lang(driver) -> str:
    return driver.execute_script("return document.documentElement.getAttribute('lang')")


def _switch_links(driver, on_page: str) -> list:
    """The links of the page's language switch (<nav class="language">), which names every language:
    the page's own as text marked aria-current, the others as links."""
    navs = driver.find_elements(By.CSS_SELECTOR, "nav.language")
    if len(navs) != 1:
        pytest.fail(f"{on_page}: expected one <nav class=language>, found {len(navs)}", pytrace=False)
    nav = navs[0]
    if not (nav.get_attribute("aria-label") or "").strip():
        pytest.fail(f"{on_page}: the language switch has no aria-label", pytrace=False)
    names = [e.text for e in nav.find_elements(By.CSS_SELECTOR, "li")]
    if len(names) != len(sitecheck.LANGS):
        pytest.fail(f"{on_page}: the language switch offers {names}, expected {len(sitecheck.LANGS)} languages",
                    pytrace=False)
    return nav.find_elements(By.CSS_SELECTOR, "a[hreflang]")


def _click(driver, site: str, on_page: str, link) -> str:
    """Click a link like a user; return the site path of the page it lands on."""
    before = driver.current_url
    try:
        link.click()
        error = None
    except WebDriverException as e:
        error = (e.msg or str(e)).splitlines()[0]
    if error:
        pytest.fail(f"{on_page}: cannot click {link.get_attribute('outerHTML')[:200]}: {error}", pytrace=False)
    WebDriverWait(driver, 10).until(
        lambda d: d.current_url != before and d.execute_script("return document.readyState") == "complete",
        message=f"{on_page}: clicking the language switch did not navigate",
    )
    landed = sitecheck.path_of_url(driver.current_url)
    root = os.path.realpath(site)
    if landed.startswith(root + os.sep):
        return os.path.relpath(landed, root).replace(os.sep, "/")
    return driver.current_url


def test_language_switch_lands_on_the_same_page_in_each_language(site, browser, page):
    """From every page, each language the switch offers is clicked; it must land on the same page
    in that language (the pages outside the language folders lead to each language's home page)."""
    lang_dir = sitecheck.language_dir(page)
    sitecheck.open_page(browser, site, page)
    lang = _html_lang(browser)
    if lang_dir is not None and lang != sitecheck.LANGS[lang_dir]:
        pytest.fail(f"{page}: <html lang={lang!r}>, expected {sitecheck.LANGS[lang_dir]!r}", pytrace=False)
    tags = [link.get_attribute("hreflang") for link in _switch_links(browser, page)]
    others = [d for d in sitecheck.LANGS if d != lang_dir]
    if sorted(tags) != sorted(sitecheck.LANGS[d] for d in others):
        pytest.fail(f"{page}: the switch links to {tags}, expected each other language", pytrace=False)
    for d in others:
        tag = sitecheck.LANGS[d]
        expected = sitecheck.mirror(page, d) if lang_dir else f"{d}/index.html"
        sitecheck.open_page(browser, site, page)
        link = next(link for link in _switch_links(browser, page) if link.get_attribute("hreflang") == tag)
        landed = _click(browser, site, page, link)
        if landed != expected:
            pytest.fail(f"{page}: the switch's {tag} link led to {landed!r}, expected {expected!r}", pytrace=False)
        lang = _html_lang(browser)
        if lang != tag:
            pytest.fail(f"{landed} (reached from {page}): <html lang={lang!r}>, expected {tag!r}", pytrace=False)
