#!/usr/bin/env python3
"""Walks a whole Basisscan with real key events (xdotool, XTEST) and checks the autosave.

    walk_basisscan.py APP CLI       (run inside an X server: run-keyboard-test.sh starts Xvfb)

From a throw-away home: Space on the start page starts the Basisscan, Alt+P and Down choose the
number of people, Alt+N goes on; on every question Space chooses the first answer or Down moves
to a later one (and chooses it), Tab goes to the next question's answers (the "?" is no Tab stop), and
Alt+N goes to the next part. After each answer the autosave must hold it (waited for, never a
fixed sleep alone); at the end it must hold exactly the answers typed, and the finished run must
be in the history. Exits 0 on success, 1 with a message on failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20  # seconds to wait for anything the app does; generous for a loaded CI machine


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT * 3, **kw)


def key(*keys):
    run(["xdotool", "key", "--delay", "60"] + list(keys))


def wait_for(what, check):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    sys.exit(f"walk_basisscan: timed out waiting for {what}")


def main():
    app, cli = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix="zelfscan-keyboard-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
               XDG_RUNTIME_DIR=f"{home}/run", QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    data = f"{home}/data/Zelfscan/zelfscan"
    autosave = f"{data}/autosave/basisscan.zelfscan"
    questionnaire = json.loads(run([cli, "describe", "basisscan", "--format", "json"], check=True).stdout)

    def saved():
        try:
            with open(autosave, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None  # not there yet, or being replaced this very moment

    process = subprocess.Popen([app, "--lang", "en"], env=env)
    try:
        found = run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Zelfscan$"])
        window = found.stdout.split()[0] if found.stdout.split() else sys.exit("walk_basisscan: no window")
        # Without a window manager windowactivate cannot work; focusing the window is what counts.
        run(["xdotool", "windowactivate", "--sync", window])
        run(["xdotool", "windowfocus", "--sync", window])
        time.sleep(0.3)

        key("space")  # the first tool has the focus: the Basisscan
        wait_for("the Basisscan to open", lambda: "—" in run(["xdotool", "getwindowname", window]).stdout)
        key("alt+p", "Down", "Down", "alt+n")  # "Choose…", 1, then 2-9: every question is shown
        wait_for("the size in the autosave", lambda: (saved() or {}).get("profile", {}).get("size") == "2-9")
        time.sleep(0.3)

        expected = {}
        for s, section in enumerate(questionnaire["sections"]):
            for q, question in enumerate(section["questions"]):
                options = [o["id"] for o in question["options"]]
                choice = (s + q) % 3  # yes, partly, no in turn
                if q > 0:
                    key("Tab")  # to the next question's answers: its "?" is no Tab stop
                key(*(["Down"] * choice if choice else ["space"]))
                expected[question["id"]] = options[choice]
                wait_for(f"{question['id']} = {options[choice]} in the autosave",
                         lambda: (saved() or {}).get("answers", {}).get(question["id"]) == options[choice])
            key("alt+n")
            time.sleep(0.3)

        answers = wait_for("the autosave", saved)["answers"]
        if answers != expected:
            sys.exit(f"walk_basisscan: the autosave holds {answers}, typed were {expected}")
        history = f"{data}/history/basisscan"
        wait_for("the finished run in the history", lambda: os.path.isdir(history) and os.listdir(history))
        key("ctrl+q")
        process.wait(timeout=TIMEOUT)
        print(f"walk_basisscan: {len(expected)} answers typed and autosaved; the run is in the history")
    finally:
        if process.poll() is None:
            process.kill()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
