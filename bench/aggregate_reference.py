#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The staff-side aggregation of Zelfscan shares in plain Python 3 (standard library only).

A reference for bench/run-aggregate-bench.sh: it reads the same inputs as
`bench_aggregate run` (share files, JSON Lines files, folders), checks every share the same
way (checksum, schema, ranges), counts duplicates once, aggregates per questionnaire version,
sector and size band, applies the same small-cell suppression (docs/share-format.md), and
writes the same JSON. Written plainly, the way one would without the C++ implementation.

    aggregate_reference.py [--k K] [--top N] [--out OUT.json] INPUT...
"""

import hashlib
import json
import math
import os
import resource
import sys
import time

SECTORS = ["zorg", "handel", "ict", "landbouw", "media", "onderwijs", "techniek", "transport", "overig", "onbekend"]
SIZES = ["1", "2-9", "10-49", "50-249", "250+", "onbekend"]
TOOLS = {"scan", "risk_class", "ot_check"}
TOP_KEYS = {"checksum", "format", "level", "overall", "period", "profile", "questionnaire", "risk_class",
            "schema_version", "section_scores", "share_id", "steps", "tool"}
MAX_SHARE_BYTES = 64 * 1024
HEX = set("0123456789abcdef")
ID_FIRST = set("abcdefghijklmnopqrstuvwxyz0123456789")
ID_REST = ID_FIRST | set("_-+")
VERSION_FIRST = ID_FIRST | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
VERSION_REST = VERSION_FIRST | set("._-+")


class Rejected(Exception):
    pass


def is_id(value, max_length):
    return (isinstance(value, str) and 0 < len(value) <= max_length and value[0] in ID_FIRST
            and all(c in ID_REST for c in value))


def is_hex(value, length):
    return isinstance(value, str) and len(value) == length and all(c in HEX for c in value)


def is_whole(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer()


def tenths(value, what):
    if value is None:
        return -1
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Rejected(what + " must be a number from 0 to 100 with at most one decimal, or null")
    scaled = value * 10
    if not (0 <= scaled <= 1000) or abs(scaled - round(scaled)) > 1e-6:
        raise Rejected(what + " must be a number from 0 to 100 with at most one decimal, or null")
    return int(round(scaled))


def exact_keys(obj, keys, where):
    if not isinstance(obj, dict):
        raise Rejected(where + " must be an object")
    if set(obj) != keys:
        raise Rejected("unknown or missing field in " + where)


def check_share(text):
    """Returns the share as a dict, or raises Rejected with the reason."""
    if len(text) > MAX_SHARE_BYTES:
        raise Rejected("larger than 64 KiB")
    try:
        share = json.loads(text)
    except ValueError as error:
        raise Rejected("not valid JSON (%s)" % error)
    if not isinstance(share, dict) or share.get("format") != "zelfscan-share":
        raise Rejected("not a Zelfscan share file")
    if share.get("schema_version") != 1:
        raise Rejected("unsupported schema_version")
    checksum = share.pop("checksum", None)
    if not isinstance(checksum, str):
        raise Rejected("the file has no checksum; it is damaged or altered")
    canonical = json.dumps(share, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if hashlib.sha256(canonical.encode("utf-8")).hexdigest() != checksum:
        raise Rejected("the file is damaged or altered: its checksum does not match its content")
    share["checksum"] = checksum
    exact_keys(share, TOP_KEYS, "the share")
    if share["tool"] not in TOOLS:
        raise Rejected("unknown tool")
    q = share["questionnaire"]
    exact_keys(q, {"id", "version", "hash"}, "questionnaire")
    version = q["version"]
    if not is_id(q["id"], 64) or not is_hex(q["hash"], 64) or not (
            isinstance(version, str) and 0 < len(version) <= 32 and version[0] in VERSION_FIRST
            and all(c in VERSION_REST for c in version)):
        raise Rejected("bad questionnaire")
    profile = share["profile"]
    exact_keys(profile, {"sector", "size"}, "profile")
    if profile["sector"] not in SECTORS or profile["size"] not in SIZES:
        raise Rejected("bad profile")
    period = share["period"]
    exact_keys(period, {"year", "quarter"}, "period")
    if not is_whole(period["year"]) or not 2020 <= period["year"] <= 2100:
        raise Rejected("bad year")
    if not is_whole(period["quarter"]) or not 1 <= period["quarter"] <= 4:
        raise Rejected("bad quarter")
    scores = share["section_scores"]
    if not isinstance(scores, dict) or not 1 <= len(scores) <= 200:
        raise Rejected("section_scores must have 1 to 200 sections")
    for key in scores:
        if not is_id(key, 64):
            raise Rejected("section_scores has a key that is not a valid id")
    share["section_scores"] = {key: tenths(value, "section score") for key, value in scores.items()}
    share["overall"] = tenths(share["overall"], "overall")
    risk_class = share["risk_class"]
    if risk_class is not None:
        if not is_whole(risk_class) or not 1 <= risk_class <= 9 or share["tool"] != "risk_class":
            raise Rejected("bad risk_class")
    level = share["level"]
    if level is not None and (share["tool"] != "ot_check" or not is_id(level, 64)):
        raise Rejected("bad level")
    steps = share["steps"]
    exact_keys(steps, {"open", "done"}, "steps")
    all_steps = []
    for name in ("open", "done"):
        if not isinstance(steps[name], list) or len(steps[name]) > 500:
            raise Rejected("bad steps")
        all_steps += steps[name]
    if not all(is_id(step, 128) for step in all_steps) or len(set(all_steps)) != len(all_steps):
        raise Rejected("bad steps")
    share_id = share["share_id"]
    if not (isinstance(share_id, str) and len(share_id) == 36 and all(
            (c == "-") if i in (8, 13, 18, 23) else (c in HEX) for i, c in enumerate(share_id))
            and share_id.replace("-", "").strip("0")):
        raise Rejected("bad share_id")
    if not is_hex(checksum, 64):
        raise Rejected("bad checksum")
    return share


def input_files(inputs):
    files = []
    for path in inputs:
        if os.path.isdir(path):
            found = []
            for root, _, names in os.walk(path):
                found += [os.path.join(root, name) for name in names
                          if name.endswith(".zelfshare") or name.endswith(".jsonl")]
            files += sorted(found)
        else:
            files.append(path)
    return files


def read_shares(files):
    """Yields (file, line, text) for every share in the inputs."""
    for path in files:
        if path.lower().endswith(".jsonl") or path.lower().endswith(".ndjson"):
            with open(path, "rb") as f:
                for number, line in enumerate(f, 1):
                    line = line.strip()
                    if line:
                        yield path, number, line
        else:
            with open(path, "rb") as f:
                yield path, 0, f.read(MAX_SHARE_BYTES + 1)


# ---- small-cell suppression (the rules of docs/share-format.md) -----------------------------

class Table:
    def __init__(self, axes):
        self.axes = list(axes)
        self.strides = [0] * len(axes)
        stride = 1
        for a in range(len(axes) - 1, -1, -1):
            self.strides[a] = stride
            stride *= axes[a] + 1
        self.size = stride
        self.counts = [0] * stride
        self.hidden = [False] * stride
        self.linked = -1
        self.lines = []
        for a in range(len(axes)):
            for start in range(stride):
                if self.coordinates(start)[a] != 0:
                    continue
                entries = [start + v * self.strides[a] for v in range(axes[a])]
                self.lines.append((entries, start + axes[a] * self.strides[a]))

    def index(self, coordinates):
        return sum(c * s for c, s in zip(coordinates, self.strides))

    def coordinates(self, index):
        result = []
        for stride in self.strides:
            result.append(index // stride)
            index %= stride
        return result

    def compute_margins(self):
        n = len(self.axes)
        for entry in range(self.size):
            cell = self.coordinates(entry)
            if any(cell[a] >= self.axes[a] for a in range(n)) or self.counts[entry] == 0:
                continue
            for mask in range(1, 1 << n):
                margin = sum((self.axes[a] if (mask >> a) & 1 else cell[a]) * self.strides[a] for a in range(n))
                self.counts[margin] += self.counts[entry]

    def apply_links(self):
        if self.linked < 0:
            return False
        a = self.linked
        changed = False
        for entry in range(self.size):
            if not self.hidden[entry] or self.coordinates(entry)[a] != self.axes[a]:
                continue
            start = entry - self.axes[a] * self.strides[a]
            for v in range(self.axes[a]):
                member = start + v * self.strides[a]
                if not self.hidden[member]:
                    self.hidden[member] = True
                    changed = True
        return changed

    def smallest_shown(self, entries):
        candidate = -1
        for entry in entries:
            if not self.hidden[entry] and self.counts[entry] > 0 and (
                    candidate < 0 or self.counts[entry] < self.counts[candidate]):
                candidate = entry
        return candidate

    def fix_line(self, line, k):
        entries, total = line
        # Listed suppressed entries hold at least one result each (empty ones are left out).
        hidden_cells = [e for e in entries if self.hidden[e] and self.counts[e] > 0]
        total_hidden = self.hidden[total]
        if not hidden_cells and not total_hidden:
            return False
        if total_hidden:
            safe = len(hidden_cells) >= 1
        else:
            hidden_sum = sum(self.counts[e] for e in hidden_cells)
            safe = len(hidden_cells) >= 2 and hidden_sum - (len(hidden_cells) - 1) >= k
        if safe:
            return False
        candidate = self.smallest_shown(entries)
        if candidate < 0 and not total_hidden and self.counts[total] > 0:
            candidate = total
        if candidate < 0:
            return False
        self.hidden[candidate] = True
        return True

    def determined_hidden(self):
        unknown = {}
        entries = []
        for e in range(self.size):
            if self.hidden[e]:
                unknown[e] = len(entries)
                entries.append(e)
        if not entries:
            return []
        rows = []
        for cells, total in self.lines:
            row = [0.0] * len(entries)
            any_unknown = False
            for e in cells:
                if e in unknown:
                    row[unknown[e]] = 1.0
                    any_unknown = True
            if total in unknown:
                row[unknown[total]] = -1.0
                any_unknown = True
            if any_unknown:
                rows.append(row)
        eps = 1e-9
        rank = 0
        pivots = []
        for c in range(len(entries)):
            if rank >= len(rows):
                break
            pivot = rank
            for i in range(rank + 1, len(rows)):
                if abs(rows[i][c]) > abs(rows[pivot][c]):
                    pivot = i
            if abs(rows[pivot][c]) < eps:
                continue
            rows[rank], rows[pivot] = rows[pivot], rows[rank]
            scale = rows[rank][c]
            rows[rank] = [value / scale for value in rows[rank]]
            for i in range(len(rows)):
                factor = rows[i][c]
                if i == rank or abs(factor) < eps:
                    continue
                pivot_row = rows[rank]
                rows[i] = [value - factor * p for value, p in zip(rows[i], pivot_row)]
            pivots.append(c)
            rank += 1
        return [entries[pivots[r]] for r in range(rank) if sum(1 for v in rows[r] if abs(v) > eps) == 1]

    def fix_audit(self):
        determined = self.determined_hidden()
        if not determined:
            return False
        target = determined[0]
        for cells, total in self.lines:
            if total != target and target not in cells:
                continue
            candidate = self.smallest_shown(cells)
            if candidate < 0 and not self.hidden[total] and self.counts[total] > 0:
                candidate = total
            if candidate >= 0:
                self.hidden[candidate] = True
                return True
        candidate = self.smallest_shown(range(self.size))
        if candidate < 0:
            return False
        self.hidden[candidate] = True
        return True

    def suppress(self, k):
        for e in range(self.size):
            if 0 < self.counts[e] < k:
                self.hidden[e] = True
        while True:
            changed = self.apply_links()
            for line in self.lines:
                changed = self.fix_line(line, k) or changed
            if changed:
                continue
            if not self.fix_audit():
                break


# ---- aggregation -----------------------------------------------------------------------------

S = len(SECTORS)
Z = len(SIZES)


def rounded(tenths_value):
    return math.floor(tenths_value + 0.5) / 10


def quantile(values, p):
    h = (len(values) - 1) * p
    low = math.floor(h)
    fraction = h - low
    high = values[low + 1] if low + 1 < len(values) else values[low]
    return values[low] + fraction * (high - values[low])


def summary(values):
    values = sorted(values)
    n = len(values)
    return {"count": n, "mean": rounded(sum(values) / n), "q1": rounded(quantile(values, 0.25)),
            "median": rounded(quantile(values, 0.5)), "q3": rounded(quantile(values, 0.75))}


def group_values(by_cell, s, z):
    values = []
    for (cs, cz), cell_values in by_cell.items():
        if (s == S or cs == s) and (z == Z or cz == z):
            values += cell_values
    return values


def hide_groups_and_complements(table, group_hidden, group_count, k):
    """Hidden groups hide their entries; so does an entry held by all but 1 to k-1 of its group."""
    for s in range(S + 1):
        for z in range(Z + 1):
            entry = table.index([s, z])
            if group_hidden(s, z):
                table.hidden[entry] = True
            rest = group_count(s, z) - table.counts[entry]
            if table.counts[entry] > 0 and 0 < rest < k:
                table.hidden[entry] = True


def score_table(by_cell, group_hidden, group_count, k):
    table = Table([S, Z])
    for (s, z), values in by_cell.items():
        table.counts[table.index([s, z])] += len(values)
    table.compute_margins()
    hide_groups_and_complements(table, group_hidden, group_count, k)
    table.suppress(k)
    return table


def aggregate_version(key, version, k, top):
    tool, qid, qversion, qhash = key
    records = version["records"]
    distribution = "risk_class" if tool == "risk_class" else "level" if tool == "ot_check" else None
    values = []
    if distribution:
        # Classes by number, levels by id, "none" last.
        blank = 0 if distribution == "risk_class" else ""
        values = sorted({r[1] for r in records}, key=lambda v: (v is None, blank if v is None else v))
    C = len(values)
    value_index = {v: i for i, v in enumerate(values)}
    main = Table([S, Z, C] if C else [S, Z])
    for cell, category in records:
        s, z = cell
        main.counts[main.index([s, z, value_index[category]] if C else [s, z])] += 1
    main.compute_margins()
    if C:
        main.linked = 2
    main.suppress(k)

    def group_entry(s, z):
        return main.index([s, z, C] if C else [s, z])

    def group_hidden(s, z):
        return main.hidden[group_entry(s, z)]

    def group_count(s, z):
        return main.counts[group_entry(s, z)]

    overall = score_table(version["overall"], group_hidden, group_count, k)
    sections = {
        name: score_table(by_cell, group_hidden, group_count, k) for name, by_cell in version["sections"].items()
    }
    steps = {}
    for step, by_cell in version["steps"].items():
        table = Table([S, Z])
        for (s, z), count in by_cell.items():
            table.counts[table.index([s, z])] += count
        table.compute_margins()
        hide_groups_and_complements(table, group_hidden, group_count, k)
        table.suppress(k)
        steps[step] = table

    out = {"tool": tool, "questionnaire": {"id": qid, "version": qversion, "hash": qhash}}
    out["suppressed"] = group_hidden(S, Z)
    if out["suppressed"]:
        return out, 0, 0
    groups = []
    suppressed_groups = 0
    for s in range(S + 1):
        for z in range(Z + 1):
            entry = group_entry(s, z)
            if main.counts[entry] == 0:
                continue
            group = {"sector": SECTORS[s] if s < S else "all", "size": SIZES[z] if z < Z else "all"}
            if main.hidden[entry]:
                group["suppressed"] = True
                suppressed_groups += 1
                groups.append(group)
                continue
            group["suppressed"] = False
            group["count"] = main.counts[entry]

            def score(table, by_cell):
                e = table.index([s, z])
                if table.hidden[e]:
                    return {"suppressed": True}
                if table.counts[e] == 0:
                    return None
                return summary(group_values(by_cell, s, z))

            summary_overall = score(overall, version["overall"])
            if summary_overall is not None:
                group["overall"] = summary_overall
            group["sections"] = {}
            for name in sorted(sections):
                result = score(sections[name], version["sections"][name])
                if result is not None:
                    group["sections"][name] = result
            if distribution:
                group["distribution"] = []
                for c, value in enumerate(values):
                    e = main.index([s, z, c])
                    if main.counts[e] == 0:
                        continue
                    label = "none" if value is None else str(value)
                    if main.hidden[e]:
                        group["distribution"].append({"value": label, "suppressed": True})
                    else:
                        group["distribution"].append({"value": label, "count": main.counts[e]})
            counts = []
            for step, table in steps.items():
                e = table.index([s, z])
                if not table.hidden[e] and table.counts[e] > 0:
                    counts.append((-table.counts[e], step))
            group["open_steps"] = [{"id": step, "count": -count} for count, step in sorted(counts)[:top]]
            groups.append(group)
    out["results"] = main.counts[group_entry(S, Z)]
    out["suppressed_groups"] = suppressed_groups
    out["sections"] = sorted(version["sections"])
    out["distribution"] = distribution
    out["groups"] = groups
    return out, out["results"], suppressed_groups


def main(argv):
    k, top, output, inputs = 5, 10, None, []
    i = 0
    while i < len(argv):
        if argv[i] == "--k":
            k = int(argv[i + 1])
            i += 1
        elif argv[i] == "--top":
            top = int(argv[i + 1])
            i += 1
        elif argv[i] == "--out":
            output = argv[i + 1]
            i += 1
        else:
            inputs.append(argv[i])
        i += 1
    if k < 5:
        sys.exit("the smallest group size must be at least 5")

    start = time.perf_counter()
    seen = set()
    versions = {}
    imported = duplicates = rejected = 0
    for path, line, text in read_shares(input_files(inputs)):
        try:
            share = check_share(text)
        except Rejected:
            rejected += 1
            continue
        if share["share_id"] in seen:
            duplicates += 1
            continue
        seen.add(share["share_id"])
        imported += 1
        q = share["questionnaire"]
        key = (share["tool"], q["id"], q["version"], q["hash"])
        version = versions.get(key)
        if version is None:
            version = versions[key] = {"records": [], "overall": {}, "sections": {}, "steps": {}}
        cell = (SECTORS.index(share["profile"]["sector"]), SIZES.index(share["profile"]["size"]))
        category = share["risk_class"] if share["risk_class"] is not None else share["level"]
        version["records"].append((cell, category))
        if share["overall"] >= 0:
            version["overall"].setdefault(cell, []).append(share["overall"])
        for name, value in share["section_scores"].items():
            by_cell = version["sections"].setdefault(name, {})
            if value >= 0:
                by_cell.setdefault(cell, []).append(value)
        for step in share["steps"]["open"]:
            by_cell = version["steps"].setdefault(step, {})
            by_cell[cell] = by_cell.get(cell, 0) + 1
    import_seconds = time.perf_counter() - start

    report = {"format": "zelfscan-aggregates", "schema_version": 1, "synthetic": False, "min_group": k,
              "quartiles": "linear interpolation between order statistics (type 7), rounded to one decimal"}
    results = suppressed = suppressed_versions = 0
    out_versions = []
    for key in sorted(versions, key=lambda t: (t[1], t[2], t[3], t[0])):
        version, n, hidden = aggregate_version(key, versions[key], k, top)
        if version["suppressed"]:
            # Counted, not named: its id, label and hash would point at its few users.
            suppressed_versions += 1
            continue
        out_versions.append(version)
        results += n
        suppressed += hidden
    report["results"] = results
    report["suppressed_groups"] = suppressed
    report["suppressed_versions"] = suppressed_versions
    report["versions"] = out_versions
    if output:
        with open(output, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, sort_keys=True)
    total = time.perf_counter() - start
    print("imported %d, duplicates %d, rejected %d" % (imported, duplicates, rejected))
    print("import (check, dedupe):            %.2f s" % import_seconds)
    print("aggregate (suppress, write):       %.2f s" % (total - import_seconds))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("wall time: %.2f s" % total)
    print("cpu time: %.2f s (user+sys)" % (usage.ru_utime + usage.ru_stime))
    print("peak RSS: %d MB" % (usage.ru_maxrss // 1024))


if __name__ == "__main__":
    main(sys.argv[1:])
