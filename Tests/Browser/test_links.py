"""Static link checks (no browser): every relative URL and every hreflang alternate on every page
points at a file that exists, the way a browser opening the site from the file system resolves it."""

import os

import sitecheck


def test_relative_links_point_at_existing_files(site, page):
    parsed = sitecheck.parse_page(site, page)
    problems = []
    for ref in parsed.refs:
        where = f"{page}:{ref.line}:{ref.column}: <{ref.tag} {ref.attr}>"
        if ref.value == "":
            problems.append(f"{where}: empty URL")
            continue
        try:
            resolved = sitecheck.resolve_relative(site, page, ref.value)
        except sitecheck.LinkError as e:
            problems.append(f"{where}: {e}")
            continue
        if resolved is None:
            continue  # another scheme or host: not checked here
        target, fragment = resolved
        message = sitecheck.check_fragment(site, target, fragment)
        if message:
            problems.append(f"{where}: {message}")
    sitecheck.report(problems, f"{page}: broken links")


def test_hreflang_alternates_exist_and_pair_with_counterpart(site, page):
    parsed = sitecheck.parse_page(site, page)
    alternates = parsed.alternates()
    problems = []
    base = sitecheck.sitemap_base_url(site)
    by_lang = {}
    for ref in alternates:
        where = f"{page}:{ref.line}:{ref.column}: <link rel=alternate hreflang={ref.attrs['hreflang']}>"
        try:
            resolved = sitecheck.resolve_relative(site, page, ref.value)
            target = resolved[0] if resolved else sitecheck.site_path_for_url(ref.value, base)
        except sitecheck.LinkError as e:
            problems.append(f"{where}: {e}")
            continue
        if target is None:
            problems.append(f"{where}: {ref.value!r} is outside the site")
            continue
        if not (resolved or _exists(site, target)):
            problems.append(f"{where}: {ref.value!r} maps to {target!r}, which does not exist")
            continue
        by_lang[ref.attrs["hreflang"].lower()] = target
    lang_dir = sitecheck.language_dir(page)
    if lang_dir is not None:
        for d, tag in sitecheck.LANGS.items():
            expected = sitecheck.mirror(page, d)
            got = by_lang.get(tag.lower())
            if got is None:
                problems.append(f"{page}: no <link rel=alternate hreflang={tag}> (expected one for {expected!r})")
            elif got != expected:
                problems.append(f"{page}: <link rel=alternate hreflang={tag}> points at {got!r}, expected {expected!r}")
    sitecheck.report(problems, f"{page}: hreflang alternates")


def _exists(site, target):
    return os.path.isfile(os.path.join(site, target))

