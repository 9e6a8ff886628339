"""A real headless Chromium (Debian's ``chromium`` + ``chromedriver``) with the network refused.

Used by the HTML tests and ``bench/html_load.py``. The browser may load ``file://`` pages and
nothing else: every host resolves to nothing and the proxy points at a closed loopback port, and
Chrome's DevTools performance log lets a test prove no request left the page.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("SILAT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("SILAT_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"


def available() -> str | None:
    """None when the browser can run here, else why not (the tests' skip reason)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).is_file():
            return f"{path} not found: apt-get install chromium chromium-driver (.ci/run does)"
    return None


@contextmanager
def chromium(width: int = 1400, height: int = 900, loopback: bool = False):
    """``loopback``: the page may also reach servers on this machine (kg serve's query page); every
    other host stays unreachable."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="silat-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--disable-extensions", "--allow-file-access-from-files",
                 f"--user-data-dir={profile}", f"--window-size={width},{height}",
                 # no network: nothing resolves and any proxied request meets a closed port
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                 "--proxy-server=http://127.0.0.1:9"):
        opts.add_argument(flag)
    if not loopback:
        opts.add_argument("--proxy-bypass-list=<-loopback>")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requests_made(driver) -> list[str]:
    """URLs the page asked for since the last call (from the DevTools performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def wait_ready(driver, timeout: float = 60.0) -> None:
    """Until the page says its layout is drawn and the panels are live (body[data-ready])."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.body && document.body.getAttribute('data-ready') === '1'"))
