"""The site's own pages beside the addresses: Important notices and the Accessibility statement
(written by the team in Templates/pages/) and the site map, in every language folder, and every
page's footer links to them. The other checks (Nu, axe, links, language switch) run on them as on any page."""

import os
import re

import sitecheck

OWN_PAGES = ["important-notices", "accessibility", "site-map"]


def test_own_pages_are_in_every_language_and_linked_from_every_footer(site):
    languages = [d for d in ("en", "zh-hant", "zh-hans") if os.path.isdir(os.path.join(site, d))]
    assert languages, "no language folder"
    problems = []
    for language in languages:
        for name in OWN_PAGES:
            if not os.path.isfile(os.path.join(site, language, name, "index.html")):
                problems.append(f"{language}/{name}/index.html is missing")
    for page in sitecheck.list_pages(site):
        if sitecheck.language_dir(page) is None:
            continue
        with open(os.path.join(site, page), encoding="utf-8") as f:
            footer = re.search(r"<footer\b.*?</footer>", f.read(), re.S)
        links = [] if footer is None else re.findall(r'href="([^"]*)"', footer.group(0))
        targets = {os.path.normpath(os.path.join(os.path.dirname(page), link)) for link in links}
        language = sitecheck.language_dir(page)
        for name in OWN_PAGES:
            if os.path.join(language, name, "index.html") not in targets:
                problems.append(f"{page}: the footer does not link to {language}/{name}/index.html")
    sitecheck.report(problems, "the site's own pages")


def test_the_site_map_links_to_every_address_and_area(site):
    problems = []
    for language in ("en", "zh-hant", "zh-hans"):
        site_map = os.path.join(site, language, "site-map", "index.html")
        if not os.path.isfile(site_map):
            continue
        with open(site_map, encoding="utf-8") as f:
            links = re.findall(r'href="([^"]*)"', f.read())
        targets = {os.path.normpath(os.path.join(language, "site-map", link)) for link in links}
        for page in sitecheck.list_pages(site):
            parts = page.split("/")
            # An address's overview and its areas: a dated (or undated) folder, no folder of the site's own.
            if parts[0] == language and len(parts) in (3, 4) and (parts[1][0].isdigit() or parts[1].startswith("undated")):
                if parts[-2] not in ("figures", "what-changed") and page not in targets:
                    problems.append(f"{language}/site-map/index.html does not link to {page}")
    sitecheck.report(problems, "the site map")
