"""sitemap.xml and the feeds are well-formed XML; the sitemap lists every page of the language
folders with xhtml:link alternates for each language, at absolute URLs; the feeds' links lead to
existing pages.

A sitemap needs the site's base URL: a site built without one (as scripts/test builds the site
under test) has none, and a copy of the project is built here with one to check it."""

import os
import posixpath
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import sitecheck
from test_serve import REPO, diglot_executable

BASE_URL = "https://www.example.gov.hk/policy/"

SM = f"{{{sitecheck.SITEMAP_NS}}}"
XH = f"{{{sitecheck.XHTML_NS}}}"


def _parse(site, name):
    path = os.path.join(site, name)
    if not os.path.isfile(path):
        pytest.fail(f"{name} is missing", pytrace=False)
    try:
        return sitecheck.parse_xml(path)
    except sitecheck.ET.ParseError as e:
        (line, column), error = e.position, str(e)
    pytest.fail(f"{name}:{line}:{column}: not well-formed XML: {error}", pytrace=False)


@pytest.fixture(scope="module")
def published():
    """The project built with a base URL, as for publishing."""
    project = Path(tempfile.mkdtemp(prefix="diglot-published-"))
    try:
        for folder in ("Input", "Templates"):
            shutil.copytree(REPO / folder, project / folder)
        build = subprocess.run(
            [diglot_executable(), "build", "--base-url", BASE_URL, "--output", "Output"],
            cwd=project, capture_output=True, text=True, timeout=600,
        )
        assert build.returncode == 0, build.stderr
        assert "warning: no base URL" not in build.stderr
        yield str(project / "Output")
    finally:
        shutil.rmtree(project, ignore_errors=True)


def test_a_sitemap_only_with_a_base_url(site):
    """A site has a sitemap exactly when its pages name their absolute, canonical URLs."""
    canonical = 'rel="canonical"' in Path(site, "en/index.html").read_text(encoding="utf-8")
    assert os.path.isfile(os.path.join(site, "sitemap.xml")) == canonical


def test_sitemap_lists_every_page_with_alternates(published):
    site = published
    root = _parse(site, "sitemap.xml")
    assert root.tag == f"{SM}urlset", f"sitemap.xml: root element is {root.tag}, expected {SM}urlset"
    urls = root.findall(f"{SM}url")
    locs = [(u.findtext(f"{SM}loc") or "").strip() for u in urls]
    base = sitecheck.infer_base_url(locs)
    assert base == BASE_URL, f"sitemap.xml: the <loc>s are not absolute under {BASE_URL} (found {base!r})"
    problems, listed = [], {}
    for url, loc in zip(urls, locs):
        if not loc:
            problems.append("a <url> without <loc>")
            continue
        page = sitecheck.site_path_for_url(loc, base)
        if page is None or not os.path.isfile(os.path.join(site, page)):
            problems.append(f"<loc>{loc}</loc> maps to {page!r}, which does not exist")
            continue
        if page in listed:
            problems.append(f"{page!r} is listed twice")
        listed[page] = loc
        lang_dir = sitecheck.language_dir(page)
        if lang_dir is None:
            continue
        alternates = {}
        for link in url.findall(f"{XH}link"):
            if link.get("rel") == "alternate" and link.get("hreflang"):
                alternates[link.get("hreflang").lower()] = sitecheck.site_path_for_url(link.get("href", ""), base)
        for d, tag in sitecheck.LANGS.items():
            expected = sitecheck.mirror(page, d)
            got = alternates.get(tag.lower())
            if got != expected:
                problems.append(
                    f"<url> {loc}: xhtml:link hreflang={tag} "
                    + (f"points at {got!r}, expected {expected!r}" if got else f"is missing (expected {expected!r})")
                )
    for page in sitecheck.list_pages(site):
        if sitecheck.language_dir(page) is not None and page not in listed:
            problems.append(f"{page!r} is not in the sitemap")
    sitecheck.report(problems, "sitemap.xml")


@pytest.mark.parametrize("feed", [f"{lang}/feed.xml" for lang in sitecheck.LANGS])
def test_feed_is_well_formed_and_links_exist(site, feed):
    root = _parse(site, feed)
    atom = f"{{{sitecheck.ATOM_NS}}}"
    assert root.tag in (f"{atom}feed", "rss"), f"{feed}: root element is {root.tag}, expected an Atom feed or RSS"
    hrefs = [link.get("href", "") for link in root.iter(f"{atom}link")]
    hrefs += [(e.text or "").strip() for e in root.iter("link")]  # RSS
    base = sitecheck.sitemap_base_url(site)
    problems = []
    for href in hrefs:
        page = sitecheck.site_path_for_url(href, base, relative_to=posixpath.dirname(feed))
        if page is not None and not os.path.isfile(os.path.join(site, page)):
            problems.append(f"{href} maps to {page!r}, which does not exist")
    sitecheck.report(problems, feed)

