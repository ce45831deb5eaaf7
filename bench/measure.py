#!/usr/bin/env python3
"""Times Tally, Hugo and cmark on the same synthetic sites, and Tally's preview after a save.

Usage: measure.py --tally BINARY --work FOLDER --sizes 1000,10000 --runs 5
Each build starts from an empty output folder. Wall time, CPU time (user + system) and peak
memory (maximum resident set) come from /usr/bin/time; the figures are medians of the runs.
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time


def timed(command, cwd, prepare=None):
    """One run: (wall seconds, CPU seconds, peak memory in MB, user CPU seconds)."""
    if prepare:
        prepare()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "TIME %e %U %S %M"] + command, cwd=cwd, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    line = [l for l in result.stderr.splitlines() if l.startswith("TIME ")][-1]
    wall, user, system, rss = line.split()[1:]
    return float(wall), float(user) + float(system), int(rss) / 1024, float(user)


def medians(runs):
    return tuple(statistics.median(r[i] for r in runs) for i in range(4))


def clean(folder):
    def prepare():
        shutil.rmtree(folder, ignore_errors=True)
    return prepare


def build_times(tally, site, runs):
    tally_out = site / "tally" / "Site"
    hugo_out = site / "hugo-public"
    markdown = sorted(str(p) for p in (site / "markdown").glob("*.md"))
    results = {}
    # Tally and Hugo take turns, so that each run of either meets the file system in the same
    # state: on some (ext4 without a journal) making files just after many were deleted costs
    # seconds of the kernel's time, which the user CPU column leaves out.
    tally_runs, hugo_runs = [], []
    for _ in range(runs):
        tally_runs.append(timed([tally, "build", "--output", str(tally_out)], site / "tally", clean(tally_out)))
        hugo_runs.append(
            timed(["hugo", "--quiet", "--source", str(site / "hugo"), "--destination", str(hugo_out)], site, clean(hugo_out)))
    results["tally"] = medians(tally_runs)
    results["hugo"] = medians(hugo_runs)
    with open(site / "markdown.list", "w") as listing:
        listing.write("\n".join(markdown))
    results["cmark"] = medians([timed(["sh", "-c", "xargs cmark < markdown.list > /dev/null"], site) for _ in range(runs)])
    return results


def serve_latency(tally, site, edits):
    """Seconds from saving a note to the server telling open pages its page was rebuilt."""
    folder = site / "tally"
    server = subprocess.Popen(
        [tally, "serve", "--port", "0", "--timings"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    port = None
    log = []
    started = time.time()
    while port is None and time.time() - started < 600:
        line = server.stdout.readline()
        log.append(line)
        match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
    if port is None:
        server.kill()
        sys.exit("tally serve did not start:\n" + "".join(log[-20:]))

    events = socket.create_connection(("127.0.0.1", port))
    events.sendall(b"GET /_tally/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    events.settimeout(60)
    buffer = b""

    def wait_for(page):
        nonlocal buffer
        while True:
            while b"\n\n" in buffer:
                event, buffer = buffer.split(b"\n\n", 1)
                text = event.decode()
                if "event: update" in text:
                    data = json.loads(text.split("data: ", 1)[1])
                    if data["all"] or page in data["paths"]:
                        return data
            buffer += events.recv(65536)

    wait_for("")  # the state at connection
    meetings = sorted((folder / "Content" / "meetings").glob("*.md"))
    prose, structure = [], []
    for number in range(edits):
        note = meetings[(number * 37) % len(meetings)]
        text = note.read_text()
        cut = text.rstrip().rfind(".")
        page = f"meetings/{note.stem}/index.html"
        start = time.time()
        note.write_text(text[:cut] + f" Benchmark edit {number}." + text[cut:])
        wait_for(page)
        prose.append(time.time() - start)
    # Changes to a field: the meeting's summary, added and then reworded. Any page may show a
    # field, so every page's values are worked out again; only those that changed are rendered.
    note = meetings[-1]
    text = note.read_text()
    page = f"meetings/{note.stem}/index.html"
    # As many as the prose edits: three gave a median that moved with the machine's noise.
    for number in range(edits):
        start = time.time()
        note.write_text(text.replace("status: agreed", f"summary: Benchmark meeting {number}.\nstatus: agreed", 1))
        wait_for(page)
        structure.append(time.time() - start)
    # The note as generated, so that the work folder is left as bench/generate_site.py made it:
    # a summary left in it made every field edit timed by hand on a copy of it an error.
    note.write_text(text)
    server.terminate()
    server.wait()
    return prose, structure


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--tally", required=True)
    arguments.add_argument("--work", required=True, type=pathlib.Path)
    arguments.add_argument("--sizes", default="1000,10000")
    arguments.add_argument("--runs", type=int, default=5)
    arguments.add_argument("--edits", type=int, default=10)
    options = arguments.parse_args()
    options.work = options.work.resolve()

    report = ["# Benchmark", "", f"Machine: {os.cpu_count()} cores. Medians of {options.runs} runs; every build starts from an empty output folder.", ""]
    report += [
        "| notes | tool | wall s | CPU s | user CPU s | peak MB | Tally / this (wall) | Tally / this (user CPU) | Tally / this (memory) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size in [int(s) for s in options.sizes.split(",")]:
        site = options.work / f"site-{size}"
        print(f"Timing builds of {size} notes ...", flush=True)
        results = build_times(options.tally, site, options.runs)
        tally = results["tally"]
        for tool in ["tally", "hugo", "cmark"]:
            wall, cpu, rss, user = results[tool]
            ratios = "" if tool == "tally" else f"| {tally[0] / wall:.2f}x | {tally[3] / user:.2f}x | {tally[2] / rss:.2f}x "
            report.append(f"| {size:,} | {tool} | {wall:.2f} | {cpu:.2f} | {user:.2f} | {rss:.0f} {ratios or '| | | '}|")
    # The preview is timed on the largest site of at most 10,000 notes: on 100,000 a field edit
    # takes minutes, and the large size is there to measure a full build's time and memory.
    sizes = [int(s) for s in options.sizes.split(",")]
    largest = options.work / f"site-{max([s for s in sizes if s <= 10000] or sizes)}"
    print(f"Timing tally serve on {largest.name} ...", flush=True)
    prose, structure = serve_latency(options.tally, largest, options.edits)
    report += [
        "",
        f"tally serve on {largest.name}, from saving a note to the server telling open pages that its page changed:",
        "",
        f"- a change to prose ({len(prose)} edits): median {statistics.median(prose) * 1000:.0f} ms, "
        f"fastest {min(prose) * 1000:.0f} ms, slowest {max(prose) * 1000:.0f} ms",
        f"- a change to a field ({len(structure)} edits of the meeting's summary): median {statistics.median(structure) * 1000:.0f} ms, "
        f"fastest {min(structure) * 1000:.0f} ms, slowest {max(structure) * 1000:.0f} ms",
        "",
        "Builds: `tally build`, `hugo --quiet` with a minimal layout, and `cmark` over the same Markdown (parsing and HTML only).",
    ]
    text = "\n".join(report) + "\n"
    (options.work / "results.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
