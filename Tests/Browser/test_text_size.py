"""The text-size control in headless Chromium: three steps that change the text's size, remembered
from page to page; with scripts off it stays hidden and the page is as it is."""

import pytest

import sitecheck
from conftest import start_chromium

PAGES = ["en/2024-02-29-budget/index.html", "zh-hant/2024-10-18-policy-address/index.html", "zh-hans/index.html"]


def root_size(driver) -> float:
    return float(driver.execute_script("return parseFloat(getComputedStyle(document.documentElement).fontSize)"))


def click_step(driver, step: str):
    driver.find_element("css selector", f'.text-size button[data-text-size="{step}"]').click()


def pressed(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('.text-size button')].map(b => b.getAttribute('aria-pressed'))"
    )


def test_three_steps_change_the_size_and_are_remembered(site, browser):
    sitecheck.open_page(browser, site, PAGES[0])
    browser.execute_script("localStorage.clear()")
    sitecheck.open_page(browser, site, PAGES[0])
    assert browser.find_element("css selector", ".text-size").is_displayed()
    normal = root_size(browser)
    assert pressed(browser) == ["true", "false", "false"]
    click_step(browser, "2")
    larger = root_size(browser)
    click_step(browser, "3")
    largest = root_size(browser)
    assert normal < larger < largest, (normal, larger, largest)
    assert pressed(browser) == ["false", "false", "true"]
    # Another page, in another language, opens at the size chosen.
    for page in PAGES[1:]:
        sitecheck.open_page(browser, site, page)
        assert root_size(browser) == largest, page
        assert pressed(browser) == ["false", "false", "true"], page
    click_step(browser, "1")
    assert root_size(browser) == normal
    sitecheck.open_page(browser, site, PAGES[0])
    assert root_size(browser) == normal
    browser.execute_script("localStorage.clear()")


def test_without_scripts_the_control_is_hidden_and_nothing_changes(site):
    driver = start_chromium(javascript=False)
    try:
        driver.get(sitecheck.file_url(site, PAGES[0]))
        control = driver.find_element("css selector", ".text-size")
        assert not control.is_displayed()
        assert driver.execute_script("return document.documentElement.getAttribute('data-text-size')") is None
    finally:
        driver.quit()
