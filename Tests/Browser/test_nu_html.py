"""The W3C Nu HTML checker reports no errors on any page (one checker run for the whole site)."""

import sitecheck


def test_nu_checker_finds_no_errors(site, nu_messages, page):
    problems = []
    for m in nu_messages[page]:
        where = f"{page}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
        text = f"{where}: {m.get('type')}: {m.get('message')}"
        if m.get("extract"):
            text += "\n    " + " ".join(m["extract"].split())
        problems.append(text)
    sitecheck.report(problems, f"{page}: Nu HTML checker errors")
