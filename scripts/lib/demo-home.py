#!/usr/bin/env python3
"""Fills a throw-away Zelfscan data folder from the example answer files, for screenshots.

    demo-home.py DATA_DIR

DATA_DIR/autosave gets a finished Basisscan (tests/data/answers/basisscan-12.yaml, one step
ticked) and a risk class half answered (risicoklasse-12.yaml, first five answers); the process
automation check stays not started. Prints the path of a .zelfscan document of the Basisscan.
"""
import json
import os
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def assessment(answer_file, limit=None, done=()):
    with open(os.path.join(ROOT, "tests", "data", "answers", answer_file), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    answers = dict(list(data["answers"].items())[:limit] if limit else data["answers"].items())
    return {
        "format": "zelfscan-assessment", "format_version": 1,
        "questionnaire": {"id": data["questionnaire"], "version": "", "hash": ""},
        "profile": data["profile"], "organisation": data.get("organisation", ""), "notes": "",
        "created": "2026-11-30T10:00:00.000Z", "modified": "2026-11-30T10:20:00.000Z",
        "answers": answers, "done_steps": sorted(done), "retired_answers": {}, "questions": [],
    }


def main():
    data_dir = sys.argv[1]
    autosave = os.path.join(data_dir, "autosave")
    os.makedirs(autosave, exist_ok=True)
    basisscan = assessment("basisscan-12.yaml", done=["p4_password_manager"])
    with open(os.path.join(autosave, "basisscan.zelfscan"), "w", encoding="utf-8") as f:
        json.dump(basisscan, f)
    with open(os.path.join(autosave, "risicoklasse.zelfscan"), "w", encoding="utf-8") as f:
        json.dump(assessment("risicoklasse-12.yaml", limit=5), f)
    document = os.path.join(data_dir, "office.zelfscan")
    with open(document, "w", encoding="utf-8") as f:
        json.dump(basisscan, f)
    print(document)


if __name__ == "__main__":
    main()
