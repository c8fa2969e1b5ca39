"""The open data under data/: each address's figures.csv read back with Python's csv module
gives the figures of its document.json, in reading order, and the same rows as its
figures.json; the whole site's files are every address's rows, newest address first. Checked on
the site built from Input/ and on the one built from Tests/Corpus, whose money figures are also
read back to the amounts its input files state."""

import csv
import io
import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest

BOM = "\ufeff".encode()
CORPUS = Path(__file__).resolve().parents[1] / "Corpus"


@pytest.fixture(params=["site", "corpus_site"])
def data_site(request) -> str:
    """The site under test, then the one built from Tests/Corpus."""
    return request.getfixturevalue(request.param)


def _addresses(site):
    folder = os.path.join(site, "data")
    if not os.path.isdir(folder):
        pytest.fail("data/ is missing", pytrace=False)
    names = sorted((n for n in os.listdir(folder) if os.path.isdir(os.path.join(folder, n))), reverse=True)
    assert names, "data/ has no address folders"
    return names


def _csv_rows(path):
    raw = open(path, "rb").read()
    assert raw.startswith(BOM), f"{path}: no UTF-8 byte-order mark"
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), f"{path}: lines must end with CRLF"
    with open(path, newline="", encoding="utf-8-sig") as file:
        return list(csv.DictReader(file))


def _tree_figures(node):
    """Every figure of a document.json tree, in reading order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "figures":
                yield from value
            else:
                yield from _tree_figures(value)
    elif isinstance(node, list):
        for value in node:
            yield from _tree_figures(value)


def test_each_address_csv_reads_back_to_its_document(data_site):
    site = data_site
    for name in _addresses(site):
        folder = os.path.join(site, "data", name)
        rows = _csv_rows(os.path.join(folder, "figures.csv"))
        document = json.load(open(os.path.join(folder, "document.json"), encoding="utf-8"))
        figures = list(_tree_figures(document))
        assert figures, f"{name}: document.json has no figures"
        assert len(rows) == len(figures), f"{name}: {len(rows)} CSV rows for {len(figures)} figures"
        for row, figure in zip(rows, figures):
            expected = {
                "address": name,
                "date": document["date"] or "",
                "address_kind": document["kind"],
                "kind": figure["kind"],
                "zh": figure["zh"] or "",
                "en": figure["en"] or "",
                "zh_value": figure["zhValue"] or "",
                "en_value": figure["enValue"] or "",
                "qualifier": figure["qualifier"] or "",
                "agreement": figure["agreement"],
            }
            assert {k: row[k] for k in expected} == expected, f"{name}: row {row}"
            for language in ("en", "zh_hant"):
                page = row[f"url_{language}"]
                assert os.path.isfile(os.path.join(site, page)), f"{name}: {page} is not a page of the site"
        as_json = json.load(open(os.path.join(folder, "figures.json"), encoding="utf-8"))
        assert as_json == rows, f"{name}: figures.json and figures.csv differ"


def test_chinese_text_survives_the_round_trip(data_site):
    site = data_site
    rows = [row for name in _addresses(site) for row in _csv_rows(os.path.join(site, "data", name, "figures.csv"))]
    assert any("億元" in row["zh"] for row in rows), "no Chinese money figure read back"


def test_site_files_hold_every_address_newest_first(data_site):
    site = data_site
    expected = [row for name in _addresses(site) for row in _csv_rows(os.path.join(site, "data", name, "figures.csv"))]
    assert _csv_rows(os.path.join(site, "data", "figures.csv")) == expected
    assert json.load(open(os.path.join(site, "data", "figures.json"), encoding="utf-8")) == expected


@pytest.mark.parametrize("name, folder", [
    ("2023-24-budget-itib.txt", "2023-02-22-budget"), ("2024-25-budget-itib.txt", "2024-02-28-budget"),
    ("2023-policy-address-itib.txt", "2023-10-25-policy-address"),
    ("2024-policy-address-itib.txt", "2024-10-16-policy-address"),
])
def test_money_reads_back_to_the_amounts_the_input_states(corpus_site, name, folder):
    # Every `$` amount of the file's English lines, in reading order, as written and in HKD.
    text = (CORPUS / name).read_text(encoding="utf-8")
    stated = []
    for match in re.finditer(r"\\\$([0-9][0-9,.]*)( billion| million)?", text):
        value = Decimal(match.group(1).replace(",", "")) * {" billion": 10**9, " million": 10**6, None: 1}[match.group(2)]
        stated.append(("$" + match.group(1) + (match.group(2) or ""), str(int(value))))
    assert stated, name
    rows = _csv_rows(os.path.join(corpus_site, "data", folder, "figures.csv"))
    money = [(row["en"], row["en_value"]) for row in rows if row["kind"] == "money"]
    assert money == stated
