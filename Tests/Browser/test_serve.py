"""`diglot serve`, end to end: HTTP (content types, escapes out of the output folder, 404, folders,
the bind address, Ctrl-C) and, in headless Chromium, live reload and the failed-build overlay.

Each test module's server runs `diglot serve --port 0` on a temporary copy of Input/ and Templates/;
the executable is DIGLOT_EXECUTABLE (scripts/test sets it) or .build/debug/diglot.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

import sitecheck
from conftest import INSTALL_HINT, need

REPO = Path(__file__).resolve().parents[2]
BUDGET = "Input/2024-25-budget-itib.txt"
BUDGET_AREA = "en/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
HEADING = "### Research and Development (R&D) of Microelectronics"


def diglot_executable() -> str:
    path = os.environ.get("DIGLOT_EXECUTABLE") or str(REPO / ".build/debug/diglot")
    need(os.access(path, os.X_OK), f"no diglot executable at {path}: run `swift build` (scripts/test does)")
    return path


class Served:
    """A running `diglot serve` on a temporary project; its stdout and stderr gathered as they come."""

    def __init__(self, *arguments: str, assets: dict[str, str] | None = None):
        self.project = Path(tempfile.mkdtemp(prefix="diglot-serve-"))
        for folder in ("Input", "Templates"):
            shutil.copytree(REPO / folder, self.project / folder)
        for name, text in (assets or {}).items():
            (self.project / "Templates/assets" / name).write_text(text, encoding="utf-8")
        self.output = self.project / "Output"
        self.process = subprocess.Popen(
            [diglot_executable(), "serve", "--port", "0", *arguments],
            cwd=self.project, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self._text = {"stdout": b"", "stderr": b""}
        self._lock = threading.Lock()
        for name in self._text:
            threading.Thread(target=self._gather, args=(name,), daemon=True).start()
        self.wait_for("the first build", lambda: "addresses read" in self.stdout)
        found = re.search(r"at (http://[^ ,]+/),", self.stderr)
        assert found, f"no address in: {self.stderr}"
        self.url = found.group(1)
        self.host, self.port = re.match(r"http://(.+):(\d+)/", self.url).groups()
        self.port = int(self.port)

    def _gather(self, name: str) -> None:
        stream = getattr(self.process, name)
        while chunk := stream.read1(65536):
            with self._lock:
                self._text[name] += chunk

    @property
    def stdout(self) -> str:
        with self._lock:
            return self._text["stdout"].decode("utf-8", "replace")

    @property
    def stderr(self) -> str:
        with self._lock:
            return self._text["stderr"].decode("utf-8", "replace")

    def wait_for(self, what: str, condition, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None or time.monotonic() > deadline:
                ended = "diglot ended" if self.process.poll() is not None else "timed out"
                pytest.fail(f"{ended} waiting for {what}\nstdout:\n{self.stdout}\nstderr:\n{self.stderr}",
                            pytrace=False)
            time.sleep(0.05)

    def get(self, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
        """One request, with the path sent exactly as given."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_accept_encoding=True)
            connection.endheaders()
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def interrupt(self) -> int:
        """Ctrl-C; the exit code."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=10)

    def end(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.project, ignore_errors=True)


# --------------------------------------------------------------------------- HTTP

ASSETS = {
    "x.js": "console.log(1);\n",
    "x.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    "x.json": "{}\n",
    "x.csv": "a,b\n",
}


@pytest.fixture(scope="module")
def served():
    server = Served(assets=ASSETS)
    yield server
    server.end()


@pytest.mark.parametrize("path, content_type", [
    ("/index.html", "text/html; charset=utf-8"),
    ("/assets/site.css", "text/css; charset=utf-8"),
    ("/assets/x.js", "text/javascript; charset=utf-8"),
    ("/assets/x.svg", "image/svg+xml; charset=utf-8"),
    ("/en/feed.xml", "application/xml; charset=utf-8"),
    ("/assets/x.json", "application/json; charset=utf-8"),
    ("/assets/x.csv", "text/csv; charset=utf-8"),
])
def test_content_types(served, path, content_type):
    status, headers, body = served.get(path)
    assert (status, headers.get("content-type")) == (200, content_type), path
    if not content_type.startswith("text/html"):
        assert body == (served.output / path[1:]).read_bytes(), f"{path}: not the file's bytes"


def test_head_and_other_methods(served):
    status, headers, body = served.get("/assets/site.css", method="HEAD")
    assert (status, headers["content-type"], body) == (200, "text/css; charset=utf-8", b"")
    assert headers["content-length"] == str((served.output / "assets/site.css").stat().st_size)
    status, headers, _ = served.get("/index.html", method="POST")
    assert (status, headers.get("allow")) == (405, "GET, HEAD")


def test_pages_get_the_script_the_files_do_not(served):
    status, _, body = served.get("/" + BUDGET_AREA)
    assert status == 200
    page = (served.output / BUDGET_AREA).read_bytes()
    head, tail = page.rsplit(b"</body>", 1)
    assert body.startswith(head + b"<script>") and body.endswith(b"</script>\n</body>" + tail)
    for page in sitecheck.list_pages(str(served.output)):
        assert b"/.diglot/live" not in (served.output / page).read_bytes(), f"{page}: the output file has the script"


def test_folders_serve_their_index(served):
    status, headers, body = served.get("/en/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert body.startswith((served.output / "en/index.html").read_bytes().rsplit(b"</body>", 1)[0])
    status, headers, _ = served.get("/en")
    assert (status, headers.get("location")) == (301, "/en/")


def test_a_missing_page_is_the_sites_404_page(served):
    status, headers, body = served.get("/en/no-such-address/index.html?x=1")
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    # Its links are relative to the top of the site, wherever the missing page was.
    head, rest = (served.output / "404.html").read_bytes().split(b"<head>", 1)
    assert body.startswith(head + b'<head>\n<base href="/">' + rest.rsplit(b"</body>", 1)[0])


@pytest.mark.parametrize("path", [
    "/../Input/2024-25-budget-itib.txt",
    "/en/../../Input/2024-25-budget-itib.txt",
    "/%2e%2e/Input/2024-25-budget-itib.txt",
    "/en/%2E%2E/%2e%2e/Input/2024-25-budget-itib.txt",
    "/en%2f..%2f..%2fInput%2f2024-25-budget-itib.txt",
    "/..%5cInput%5c2024-25-budget-itib.txt",
    "/%2e%2e%2f.Output.diglot-state",
    "/../../../../../../etc/passwd",
    "../Input/2024-25-budget-itib.txt",
    "/leak.txt",
    "/leak-folder/2024-25-budget-itib.txt",
])
def test_nothing_outside_the_output_folder(served, path):
    link = served.output / "leak.txt"
    if not link.is_symlink():
        # Absolute: Output is itself a link into a release folder, which a relative link would
        # start from.
        link.symlink_to(served.project / "Input/2024-25-budget-itib.txt")
        (served.output / "leak-folder").symlink_to(served.project / "Input")
        assert link.resolve().is_file()
    status, _, body = served.get(path)
    assert status in (400, 404), f"{path}: status {status}"
    assert "撥款".encode() not in body and b"root:" not in body, f"{path}: the file outside was served"


def test_binds_to_the_loopback_address_only(served):
    assert served.host == "127.0.0.1"
    with socket.create_connection(("127.0.0.1", served.port), timeout=5):
        pass
    # 127.0.0.2 is this computer too: a server bound to every address would answer there.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", served.port), timeout=5).close()


def test_a_bad_host_is_an_error():
    result = subprocess.run([diglot_executable(), "serve", "--host", "example.org"], cwd=tempfile.gettempdir(),
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr == "error: example.org is not an IP address (such as 127.0.0.1, ::1 or 0.0.0.0)\n"


def test_a_port_in_use_is_an_error(served):
    result = subprocess.run([diglot_executable(), "serve", "--port", str(served.port)], cwd=tempfile.gettempdir(),
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr == f"error: cannot listen on 127.0.0.1:{served.port}: address already in use\n"


def test_ctrl_c_exits_with_0():
    server = Served()
    try:
        assert server.interrupt() == 0
        assert server.stderr.endswith("stopped serving\n")
    finally:
        server.end()


# --------------------------------------------------------------------------- Chromium

def test_open_pages_follow_the_input_and_show_a_failed_build(browser):
    from selenium.webdriver.support.ui import WebDriverWait

    server = Served()
    try:
        browser.get(server.url + BUDGET_AREA)
        # Read through scripts, which a reload under way cannot make stale.
        main = lambda: browser.execute_script("return document.querySelector('main')?.innerText ?? ''")
        overlay = lambda: browser.execute_script(
            "return document.getElementById('diglot-build-failed')?.innerText ?? null")
        assert "Research and Development (R&D) of Microelectronics" in main()
        budget = server.project / BUDGET
        source = budget.read_text(encoding="utf-8")
        assert HEADING in source

        def edit(text: bytes, what: str, until) -> None:
            """Write the input, and wait for the open page to show it: at most 2 s, no reload by hand."""
            budget.write_bytes(text)
            WebDriverWait(browser, 2, poll_frequency=0.05).until(
                lambda _: until(), message=f"the page did not show {what} within 2 s\nstderr:\n{server.stderr}")

        changed = source.replace(HEADING, "### Research and Development of Chips, Checked Live")
        edit(changed.encode(), "the changed heading", lambda: "Chips, Checked Live" in main())
        assert overlay() is None

        # Broken: a byte that is not UTF-8 at the start of the heading's line.
        line = changed.split("\n").index("### Research and Development of Chips, Checked Live") + 1
        broken = changed.encode().replace(b"### Research and Development of Chips", b"\xff## Research", 1)
        diagnostic = f"{BUDGET}:{line}:1: error: file is not valid UTF-8"
        edit(broken, "the diagnostic", lambda: diagnostic in (overlay() or ""))
        assert "build failed: 1 error; Output/ was left as it was" in overlay()
        assert "Chips, Checked Live" in main(), "the last good page is no longer under the overlay"

        fixed = source.replace(HEADING, "### Research and Development of Chips, Fixed")
        edit(fixed.encode(), "the fixed page", lambda: overlay() is None and "Chips, Fixed" in main())
    finally:
        browser.get("about:blank")
        server.end()
