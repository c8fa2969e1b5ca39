"""Helpers shared by the site checks: finding pages, parsing them, resolving links.

Everything here is static (no browser): plain Python and the standard library.
Paths inside the site are POSIX paths relative to the site root, e.g. "en/x/index.html".
"""

from __future__ import annotations

import os
import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

# The axe-core rule sets the site must pass: WCAG 2.1, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The languages: directory in the site -> value of <html lang> and hreflang.
LANGS = {"en": "en", "zh-hant": "zh-Hant-HK", "zh-hans": "zh-Hans"}

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
ATOM_NS = "http://www.w3.org/2005/Atom"


def report(problems: list[str], header: str) -> None:
    """Fail the current test with one line per problem (no Python traceback: the lines say it all)."""
    if problems:
        import pytest

        pytest.fail(f"{header}: {len(problems)} problem(s)\n" + "\n".join(problems), pytrace=False)


def is_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def list_pages(root: str) -> list[str]:
    """Every .html file under root (hidden folders and files skipped), sorted."""
    pages = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.endswith(".html") and not name.startswith("."):
                full = os.path.join(dirpath, name)
                pages.append(os.path.relpath(full, root).replace(os.sep, "/"))
    return sorted(pages)


def language_dir(page: str) -> str | None:
    """'en', 'zh-hant' or 'zh-hans' for a page under one of the language folders, else None."""
    first = page.split("/", 1)[0]
    return first if first in LANGS and "/" in page else None


def mirror(page: str, lang: str) -> str:
    """The counterpart of a page in another language: en/x/y/index.html -> zh-hans/x/y/index.html."""
    own = language_dir(page)
    assert own is not None, page
    return lang + page[len(own):]


# --------------------------------------------------------------------------- HTML parsing

# (tag, attribute) pairs whose value is a URL the site must resolve.
URL_ATTRIBUTES = {
    ("a", "href"), ("area", "href"), ("link", "href"),
    ("img", "src"), ("script", "src"), ("source", "src"), ("iframe", "src"),
    ("audio", "src"), ("video", "src"), ("track", "src"), ("embed", "src"),
    ("video", "poster"), ("object", "data"),
}


@dataclass
class Ref:
    tag: str
    attr: str
    value: str
    line: int
    column: int
    attrs: dict = field(default_factory=dict)


@dataclass
class ParsedPage:
    lang: str | None = None
    ids: set = field(default_factory=set)
    refs: list = field(default_factory=list)  # [Ref]

    def alternates(self) -> list[Ref]:
        """<link rel="alternate" hreflang="…" href="…"> elements."""
        return [
            r for r in self.refs
            if r.tag == "link" and "alternate" in (r.attrs.get("rel") or "").lower().split()
            and r.attrs.get("hreflang")
        ]


class _Parser(HTMLParser):
    def __init__(self, result: ParsedPage):
        super().__init__(convert_charrefs=True)
        self.result = result

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        line, col = self.getpos()
        if tag == "html" and "lang" in a:
            self.result.lang = a["lang"]
        if "id" in a:
            self.result.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.result.ids.add(a["name"])
        for name, value in a.items():
            if (tag, name) in URL_ATTRIBUTES:
                self.result.refs.append(Ref(tag, name, value.strip(), line, col + 1, a))

    handle_startendtag = handle_starttag


_parsed_cache: dict[str, ParsedPage] = {}


def parse_page(root: str, page: str) -> ParsedPage:
    key = os.path.join(root, page)
    if key not in _parsed_cache:
        result = ParsedPage()
        parser = _Parser(result)
        with open(key, encoding="utf-8") as f:
            parser.feed(f.read())
        parser.close()
        _parsed_cache[key] = result
    return _parsed_cache[key]


# --------------------------------------------------------------------------- URL resolution

class LinkError(Exception):
    pass


def resolve_relative(root: str, page: str, value: str) -> tuple[str, str] | None:
    """Resolve a URL written in `page` to (site path, fragment), the way a browser opening the
    page from the file system would. Returns None for URLs outside the site (http:, mailto:, …).
    Raises LinkError for relative URLs that cannot work."""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or value.startswith("//"):
        return None
    path = unquote(parts.path)
    fragment = unquote(parts.fragment)
    if path == "":
        return page, fragment
    if path.startswith("/"):
        raise LinkError(
            f"root-relative URL {value!r} does not work when the site is opened from the file system; "
            "use a relative URL"
        )
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if target == ".." or target.startswith("../"):
        raise LinkError(f"{value!r} points outside the site")
    if target == ".":
        target = ""
    full = os.path.join(root, target)
    if os.path.isdir(full):
        raise LinkError(
            f"{value!r} points at a folder; from the file system a browser shows a folder listing, "
            "so link to its index.html"
        )
    if not os.path.isfile(full):
        raise LinkError(f"{value!r} points at {target!r}, which does not exist")
    return target, fragment


def check_fragment(root: str, target: str, fragment: str) -> str | None:
    """An error message if `fragment` names no element in the HTML page `target`."""
    if fragment in ("", "top") or not target.endswith(".html"):
        return None
    if fragment not in parse_page(root, target).ids:
        return f"#{fragment} names no element in {target!r}"
    return None


def site_path_for_url(url: str, base: str, relative_to: str = "") -> str | None:
    """Map a URL in the sitemap or a feed (absolute under `base`, or relative to the folder
    `relative_to` of the site, the root by default: Atom reads a feed's relative links from the
    feed's own folder) to a site path; URLs ending in '/' mean that folder's index.html.
    None if outside the site."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        if not base or not url.startswith(base):
            return None
        rest = url[len(base):]
    else:
        rest = posixpath.join(relative_to, url.lstrip("/"))
    rest = unquote(urlsplit(rest).path)
    if rest == "" or rest.endswith("/"):
        rest += "index.html"
    return posixpath.normpath(rest)


def infer_base_url(urls: list[str]) -> str:
    """The site's base URL, from absolute URLs that contain a language folder's segment (/en/ …)
    (or DIGLOT_BASE_URL, when set)."""
    env = os.environ.get("DIGLOT_BASE_URL")
    if env:
        return env if env.endswith("/") else env + "/"
    bases = set()
    for url in urls:
        parts = urlsplit(url)
        if not (parts.scheme and parts.netloc):
            continue
        segments = parts.path.split("/")
        for i, seg in enumerate(segments):
            if seg in LANGS:
                prefix = "/".join(segments[:i]) + "/"
                bases.add(f"{parts.scheme}://{parts.netloc}{prefix}")
                break
    if len(bases) > 1:
        raise LinkError(f"URLs disagree about the site's base URL: {sorted(bases)}")
    return bases.pop() if bases else ""


_base_cache: dict[str, str] = {}


def sitemap_base_url(root: str) -> str:
    """The site's base URL as the sitemap's absolute <loc>s show it ('' when they are relative or
    the sitemap cannot be read; DIGLOT_BASE_URL overrides)."""
    if root not in _base_cache:
        try:
            xml = parse_xml(os.path.join(root, "sitemap.xml"))
            urls = [(e.text or "").strip() for e in xml.iter(f"{{{SITEMAP_NS}}}loc")]
        except (OSError, ET.ParseError):
            urls = []
        _base_cache[root] = infer_base_url(urls)
    return _base_cache[root]


def parse_xml(path: str) -> ET.Element:
    """Parse an XML file; raises ET.ParseError with line and column when it is not well-formed."""
    return ET.parse(path).getroot()


# --------------------------------------------------------------------------- browser

def file_url(site: str, page: str) -> str:
    return Path(site, page).resolve().as_uri()


def path_of_url(url: str) -> str:
    """The real file-system path of a file: URL."""
    return os.path.realpath(unquote(urlsplit(url).path))


def open_page(driver, site: str, page: str) -> list[dict]:
    """Load a page (from the file system) and return the browser log entries it produced."""
    driver.get_log("browser")  # drop whatever an earlier page left
    driver.get(file_url(site, page))
    return driver.get_log("browser")


def axe_violations(driver, axe_source: str, tags: list[str]) -> list[str]:
    """Run axe-core on the loaded page: each violation as `rule: the elements' markup`."""
    driver.execute_script(axe_source)
    return driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
           .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).join(' | '))))
           .catch(e => done(['axe failed: ' + e]));
        """,
        tags,
    )
