"""Search, driven in headless Chromium as a visitor uses it: type a query on a search page (or in the
header's box), press Enter, read the results. Checked on a site built from Input/ plus one more
address (search-input/) whose text has 撥出…款項: the characters of 撥款 apart, which a search for
撥款 must not find.

The expected pages come from reading the input files, not from the index."""

import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

import sitecheck
from conftest import need, need_selenium, start_chromium

need_selenium()
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

PACKAGE = Path(__file__).resolve().parents[2]
EXTRA = Path(__file__).with_name("search-input")

BUDGET_AREA_1 = "2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
BUDGET_AREA_3 = "2024-02-29-budget/3-develop-digital-economy-and-promote/index.html"
POLICY_AREA_1 = "2024-10-18-policy-address/1-enhance-the-local-i-t-ecosystem/index.html"
EXTRA_AREA = "2025-02-26-budget/1-support-start-ups/index.html"
MICROELECTRONICS = "initiatives/hong-kong-microelectronics-research-and-development/index.html"


@pytest.fixture(scope="module")
def search_site(tmp_path_factory) -> str:
    """Input/ and search-input/, built with this package's diglot (`swift build` first)."""
    swift = shutil.which("swift")
    need(swift is not None, "swift is missing: the search checks build their own site")
    root = tmp_path_factory.mktemp("search")
    inputs = root / "Input"
    shutil.copytree(PACKAGE / "Input", inputs)
    for extra in EXTRA.glob("*.txt"):
        shutil.copy(extra, inputs / extra.name)
    site = root / "site"
    built = subprocess.run(
        [swift, "run", "--skip-build", "diglot", "build", "--input", str(inputs), "--output", str(site)],
        cwd=PACKAGE, capture_output=True, text=True, timeout=600,
    )
    if built.returncode != 0:
        pytest.fail(f"diglot build failed ({built.returncode}):\n{built.stdout}\n{built.stderr}", pytrace=False)
    return str(site)


def wait_for_results(driver) -> list[dict]:
    """Waits for the running search to finish; its results as path, title, marks and sentence."""
    error = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const search = window.diglotSearch;
        if (!search || !search.done) { done('no search ran'); return; }
        search.done.then(() => done(null), e => done(String(e)));
        """
    )
    assert error is None, error
    return driver.execute_script(
        """
        return Array.from(document.querySelectorAll('#search-results .search-list > li')).map(li => ({
          href: li.querySelector('h2 a').getAttribute('href'),
          title: li.querySelector('h2 a').textContent,
          marks: Array.from(li.querySelectorAll('mark')).map(m => m.textContent),
          sentence: li.querySelector('.search-sentence').textContent,
        }));
        """
    )


def page_path(href: str, language: str) -> str:
    """`../../en/x/index.html#topic-1` → `x/index.html`."""
    path = href.split("#")[0]
    prefix = f"../../{language}/"
    assert path.startswith(prefix), href
    return path[len(prefix):]


def search(driver, site: str, language: str, query: str) -> list[dict]:
    """Types the query on the language's search page and presses Enter."""
    sitecheck.open_page(driver, site, f"{language}/search/index.html")
    field = driver.find_element(By.ID, "search-query")
    field.clear()
    field.send_keys(query)
    field.send_keys(Keys.ENTER)
    return wait_for_results(driver)


def test_a_chinese_pair_finds_only_the_characters_together(search_site, browser):
    results = search(browser, search_site, "zh-hant", "撥款")
    paths = [page_path(r["href"], "zh-hant") for r in results]
    # Input/ has 撥款 on three pages; the added address has 撥出…款項, which is not 撥款.
    assert sorted(paths) == sorted([BUDGET_AREA_1, BUDGET_AREA_3, POLICY_AREA_1]), paths
    for result in results:
        assert result["marks"] and set(result["marks"]) == {"撥款"}, result
    # The added address is in the index: its own words find it.
    paths = [page_path(r["href"], "zh-hant") for r in search(browser, search_site, "zh-hant", "研發款項")]
    assert paths == [EXTRA_AREA]


def test_a_simplified_query_finds_the_simplified_pages(search_site, browser):
    # The Simplified pages are the Traditional converted: 撥款 is 拨款 there, on the same three pages.
    results = search(browser, search_site, "zh-hans", "拨款")
    paths = [page_path(r["href"], "zh-hans") for r in results]
    assert sorted(paths) == sorted([BUDGET_AREA_1, BUDGET_AREA_3, POLICY_AREA_1]), paths
    for result in results:
        assert set(result["marks"]) == {"拨款"}, result
    assert search(browser, search_site, "zh-hans", "撥款") == []


def test_a_chinese_query_puts_the_page_with_more_matches_first(search_site, browser):
    # 微電子: the name of an initiative (香港微電子研發院, named in both addresses), whose page
    # comes first; then a topic title and a bullet on the budget's first area, one bullet in the
    # policy address.
    results = search(browser, search_site, "zh-hant", "微電子")
    assert [page_path(r["href"], "zh-hant") for r in results][:2] == [MICROELECTRONICS, BUDGET_AREA_1]
    assert len(results) == 3
    assert all("微電子" in r["marks"] for r in results)


def test_an_english_query_is_stemmed_and_ranked(search_site, browser):
    results = search(browser, search_site, "en", "Microelectronics")
    assert [page_path(r["href"], "en") for r in results][:2] == [MICROELECTRONICS, BUDGET_AREA_1]
    assert len(results) == 3
    # `funding` finds `funds` and `Funding` alike: both of the added page's sentences.
    results = search(browser, search_site, "en", "research funding start-ups")
    assert [page_path(r["href"], "en") for r in results] == [EXTRA_AREA]
    assert {m.lower() for m in results[0]["marks"]} >= {"research", "funds", "start", "ups"}


@pytest.mark.parametrize("language, query, initiative, area", [
    # The budget's bullet names the AI subsidy scheme in bold in English only.
    ("en", "AI subsidy scheme", "ai-subsidy-scheme", BUDGET_AREA_1),
    # The policy address's bullet names 創科產業引導基金 in 「」 and in bold.
    ("zh-hant", "創科產業引導基金", "i-t-industry-oriented-fund", POLICY_AREA_1),
    ("zh-hans", "创科产业引导基金", "i-t-industry-oriented-fund", POLICY_AREA_1),
])
def test_an_initiative_is_found_on_its_page_first(search_site, browser, language, query, initiative, area):
    results = search(browser, search_site, language, query)
    assert [page_path(r["href"], language) for r in results][:2] == [f"initiatives/{initiative}/index.html", area]


@pytest.mark.parametrize("language, query, mark", [
    ("en", "$3 billion", "$3 billion"),
    ("en", "3 billion", "$3 billion"),
    ("en", "30億", "$3 billion"),
    ("zh-hant", "30億", "30億元"),
    ("zh-hant", "$3 billion", "30億元"),
    ("zh-hant", "30億元", "30億元"),
])
def test_a_figure_is_found_as_a_visitor_types_it(search_site, browser, language, query, mark):
    # Both $3 billion (30億元) amounts of Input/ are on the budget's first area.
    results = search(browser, search_site, language, query)
    assert [page_path(r["href"], language) for r in results] == [BUDGET_AREA_1]
    assert results[0]["marks"] == [mark]


def test_a_compound_chinese_amount_and_a_million_find_the_same_page(search_site, browser):
    for language, query in (("zh-hant", "2,000萬元"), ("en", "$20 million"), ("en", "2000萬")):
        results = search(browser, search_site, language, query)
        assert [page_path(r["href"], language) for r in results] == [EXTRA_AREA], (language, query)


def test_the_header_box_leads_to_the_results(search_site, browser):
    sitecheck.open_page(browser, search_site, "en/" + BUDGET_AREA_3)
    field = browser.find_element(By.ID, "site-search-query")
    field.send_keys("microelectronics")
    before = browser.current_url
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url != before)
    assert browser.current_url.split("?")[0].endswith("/en/search/index.html")
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!(window.diglotSearch && window.diglotSearch.done)"))
    results = wait_for_results(browser)
    assert browser.find_element(By.ID, "search-query").get_attribute("value") == "microelectronics"
    assert [page_path(r["href"], "en") for r in results][:1] == [MICROELECTRONICS]
    # A result leads to its page.
    browser.find_element(By.CSS_SELECTOR, "#search-results .search-list a").click()
    WebDriverWait(browser, 10).until(lambda d: "/search/" not in d.current_url)
    assert sitecheck.path_of_url(browser.current_url).endswith("/en/" + MICROELECTRONICS)


def test_without_scripts_the_search_page_says_so(search_site):
    """A second Chromium with JavaScript turned off."""
    driver = start_chromium(javascript=False)
    try:
        url = Path(search_site, "en/search/index.html").as_uri() + "?q=" + quote("microelectronics")
        driver.get(url)
        text = driver.find_element(By.TAG_NAME, "main").text
        assert "Search needs JavaScript" in text
        assert driver.find_elements(By.CSS_SELECTOR, "#search-results li") == []
    finally:
        driver.quit()



@pytest.mark.parametrize("language, query", [("zh-hant", "撥款"), ("en", "$3 billion")])
def test_results_pass_axe_and_the_nu_checker(search_site, browser, axe_source, tmp_path, language, query):
    """The page as the script leaves it, with results: axe-core in the browser, and the Nu
    checker on the page's markup at that moment."""
    assert search(browser, search_site, language, query)
    browser.execute_script(axe_source)
    violations = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
           .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).join(' | '))))
           .catch(e => done(['axe failed: ' + e]));
        """,
        sitecheck.AXE_TAGS,
    )
    assert violations == []

    from conftest import vnu_jar
    jar, java = vnu_jar(), shutil.which("java")
    need(jar is not None and java is not None, "the Nu HTML checker or java is missing")
    page = tmp_path / "results.html"
    page.write_text("<!DOCTYPE html>\n" + browser.execute_script("return document.documentElement.outerHTML"),
                    encoding="utf-8")
    checked = subprocess.run([java, "-jar", jar, "--errors-only", str(page)], capture_output=True, text=True,
                             timeout=300)
    assert checked.returncode == 0, checked.stderr or checked.stdout
