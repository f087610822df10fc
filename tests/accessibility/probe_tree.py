#!/usr/bin/env python3
"""Reads Zelfscan's real accessibility tree over AT-SPI, as a screen reader does.

    probe_tree.py questions|result [PID]

Waits for the application "zelfscan" on the accessibility bus (and stops waiting when process PID,
the app, has ended: it could not start), then checks that the page shows
what a screen reader user needs: on the questions page a question (a panel named with its text)
with its answers as radio buttons, and the progress; on the result page the table of scores per
part with its cells. Exits 0 when all is there, 1 with what is missing.
"""
import os
import sys
import time

import pyatspi

TIMEOUT = 30


def running(pid):
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A child that has ended but is not yet reaped still answers kill(0).
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"


def find_app(pid):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if not running(pid):
            sys.exit(f"probe_tree: the app (process {pid}) ended before it showed up on the accessibility bus")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name.lower() == "zelfscan":
                return app
        time.sleep(0.2)
    sys.exit("probe_tree: no application 'zelfscan' on the accessibility bus")


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.childCount):
        yield from walk(node.getChildAtIndex(i), depth + 1)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def check_questions(nodes):
    problems = []
    radios = [n for n in nodes if n.getRole() == pyatspi.ROLE_RADIO_BUTTON and showing(n)]
    if len(radios) < 2:
        problems.append("no answers (radio buttons) shown")
    elif not all(r.name for r in radios):
        problems.append("an answer without a name")
    names = {r.name for r in radios}
    # Every answer says which question it belongs to.
    if radios and not all(r.description for r in radios):
        problems.append("an answer without its question as description")
    questions = {r.description for r in radios if r.description}
    panels = [n for n in nodes if n.name in questions and n.getRole() != pyatspi.ROLE_RADIO_BUTTON]
    if not panels:
        problems.append("no element named with the question text")
    bars = [n for n in nodes if n.getRole() == pyatspi.ROLE_PROGRESS_BAR]
    if not bars:
        problems.append("no progress bar")
    else:
        value = bars[0].queryValue()
        if not value.maximumValue > 0:
            problems.append("the progress bar has no range")
    print(f"probe_tree: {len(radios)} answers ({', '.join(sorted(names))}), "
          f"{len(questions)} questions, progress {bars[0].queryValue().currentValue if bars else '-'}")
    return problems


def check_result(nodes):
    problems = []
    tables = [n for n in nodes if n.getRole() == pyatspi.ROLE_TABLE and showing(n)]
    table = next((t for t in tables if t.name), None)
    if table is None:
        return ["no named table of scores"]
    cells = [c for c in walk(table) if c.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LABEL) and c.name]
    if len(cells) < 4:
        problems.append(f"the table '{table.name}' exposes {len(cells)} cells")
    if not any("%" in c.name for c in cells):
        problems.append("no score in the table's cells")
    print(f"probe_tree: table '{table.name}' with {len(cells)} cells, e.g. {[c.name for c in cells[:4]]}")
    return problems


def main():
    page = sys.argv[1]
    app = find_app(int(sys.argv[2]) if len(sys.argv) > 2 else None)
    deadline = time.monotonic() + TIMEOUT
    while True:
        nodes = list(walk(app))
        problems = check_questions(nodes) if page == "questions" else check_result(nodes)
        if not problems or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    if problems:
        sys.exit("probe_tree: " + "; ".join(problems))


if __name__ == "__main__":
    main()
