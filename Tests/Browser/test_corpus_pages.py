"""The pages across addresses (initiatives, what changed, money figures, open data) on a site
built from Tests/Corpus with its initiatives.json: the Nu checker and axe-core find nothing,
the charts render in Chromium with their text alternatives, and every relative link resolves."""

import json
import os
import shutil
import subprocess

import pytest

import sitecheck
from conftest import need, vnu_jar

KINDS = ("/initiatives/", "/what-changed/", "/figures/", "/open-data/")


def corpus_pages(site: str) -> list[str]:
    """The new pages, and an address and an area page that link to them."""
    pages = sitecheck.list_pages(site)
    chosen = [p for p in pages if any(kind in "/" + p for kind in KINDS)]
    chosen += ["en/2024-02-28-budget/index.html", "zh-hant/2024-02-28-budget/1-consolidate-hong-kongs-strengths/index.html",
               "zh-hans/2024-02-28-budget/index.html"]
    return chosen


def test_the_new_pages_exist(corpus_site):
    pages = corpus_pages(corpus_site)
    for language in ("en", "zh-hant", "zh-hans"):
        for kind in KINDS:
            assert any(p.startswith(language + kind) or (kind in p and p.startswith(language + "/")) for p in pages), \
                f"no {language} page under {kind}"
    for page in pages:
        assert os.path.isfile(os.path.join(corpus_site, page)), page


def test_nu_checker_finds_no_errors(corpus_site):
    jar, java = vnu_jar(), shutil.which("java")
    need(jar is not None and java is not None, "the Nu HTML checker or java is missing")
    files = [os.path.join(corpus_site, p) for p in corpus_pages(corpus_site)]
    checked = subprocess.run([java, "-jar", jar, "--errors-only", "--format", "json", *files],
                             capture_output=True, text=True, timeout=600)
    messages = json.loads(checked.stderr or checked.stdout or '{"messages": []}')["messages"]
    problems = [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m.get('message', '')}" for m in messages]
    assert problems == []


def test_axe_finds_no_violations(corpus_site, browser, axe_source):
    failures = []
    for page in corpus_pages(corpus_site):
        sitecheck.open_page(browser, corpus_site, page)
        violations = sitecheck.axe_violations(browser, axe_source, sitecheck.AXE_TAGS)
        failures += [f"{page}: {v}" for v in violations]
    assert failures == []


CHART = """
    const svg = document.querySelector('figure.chart svg');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');
    const bars = [...svg.querySelectorAll('rect')].map(r => r.getBoundingClientRect());
    const texts = [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect());
    const scroller = document.querySelector('.table-scroll');
    return {role: svg.getAttribute('role'), width: box.width, height: box.height,
            right: Math.max(box.right, ...bars.map(b => b.right), ...texts.map(t => t.right)),
            viewport: document.documentElement.clientWidth,
            pageWidth: document.documentElement.scrollWidth,
            named: ids.map(id => (document.getElementById(id) || {}).textContent || ''),
            tags: ids.map(id => ((document.getElementById(id) || {}).tagName || '')),
            bars: bars.map(b => b.width), rows: document.querySelectorAll('#figures-table tbody').length,
            tableRows: document.querySelectorAll('#figures-table tbody tr').length,
            timeline: document.querySelectorAll('ol.timeline > li').length,
            scroller: scroller && {tabindex: scroller.getAttribute('tabindex'), role: scroller.getAttribute('role'),
                                   name: (document.getElementById(scroller.getAttribute('aria-labelledby')) || {}).textContent}};
"""


def chart_pages(site: str) -> list[str]:
    """The figures pages, and the initiative pages that have a chart of their amounts."""
    pages = [p for p in corpus_pages(site) if "/figures/" in "/" + p]
    pages += [p for p in corpus_pages(site) if "/initiatives/" in p and p.count("/") == 3
              and "<svg" in open(os.path.join(site, p), encoding="utf-8").read()]
    return pages


@pytest.mark.parametrize("width", [1280, 390])
def test_charts_render_with_their_text_alternatives(corpus_site, browser, width):
    pages = chart_pages(corpus_site)
    figures = [p for p in pages if "/figures/" in "/" + p]
    assert len(figures) == 3 * 5, figures  # four addresses and the whole site, in three languages
    # Money in more than one address: the Technology Transfer Office, the Research, Academic and
    # Industry Sectors One-plus Scheme, the funding scheme renamed, the Venture Fund, the Acceleration Scheme.
    assert len(pages) - len(figures) == 3 * 5, pages
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    try:
        for page in pages:
            sitecheck.open_page(browser, corpus_site, page)
            chart = browser.execute_script(CHART)
            assert chart is not None, f"{page}: no chart"
            assert chart["role"] == "img", page
            assert chart["width"] > 100 and chart["height"] > 20, f"{page}: chart is {chart['width']}×{chart['height']}"
            assert chart["tags"] == ["title", "desc"] and all(t.strip() for t in chart["named"]), f"{page}: {chart}"
            assert chart["bars"] and all(w > 0 for w in chart["bars"]), f"{page}: bars {chart['bars']}"
            # Nothing of the chart is cut off, and the page does not scroll sideways.
            assert chart["right"] <= chart["viewport"], f"{page} at {width} px: chart reaches {chart['right']}"
            assert chart["pageWidth"] <= chart["viewport"], f"{page} at {width} px: page is {chart['pageWidth']} wide"
            if "/initiatives/" in page:
                # The timeline is the text alternative: a mention per address at least.
                assert chart["timeline"] >= len(chart["named"][1].split("; ")), f"{page}: {chart}"
                continue
            # The table is the text alternative: a group per bar on an address's page, a row per bar on the site's.
            groups = chart["rows"] if "/20" in page else chart["tableRows"]
            assert groups == len(chart["bars"]), f"{page}: {groups} table groups for {len(chart['bars'])} bars"
            # A wide table scrolls in its own box, which the keyboard can reach.
            assert chart["scroller"] == {"tabindex": "0", "role": "region", "name": chart["scroller"]["name"]}, page
            assert chart["scroller"]["name"].strip(), page
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_relative_links_resolve(corpus_site):
    import re
    missing = []
    for page in corpus_pages(corpus_site):
        text = open(os.path.join(corpus_site, page), encoding="utf-8").read()
        for href in re.findall(r'href="([^"#:]+)(?:#([^"]*))?"', text):
            target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(corpus_site, page)), href[0]))
            if not os.path.exists(target):
                missing.append(f"{page} → {href[0]}")
            elif href[1] and target.endswith(".html"):
                if f'id="{href[1]}"' not in open(target, encoding="utf-8").read():
                    missing.append(f"{page} → {href[0]}#{href[1]}")
    assert missing == []
