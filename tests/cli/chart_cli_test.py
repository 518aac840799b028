#!/usr/bin/env python3
"""End-to-end test of `stegvis chart`.

Usage: chart_cli_test.py STEGVIS_BINARY REFERENCE_SPC_DIR

Runs the binary on reference inputs and checks what a user or a calling tool notices: exit
code 0 with the documented JSON keys in order, values equal to qicharts2's, exit code 2 with
exactly one line on stderr naming the row/column/option for bad input, and a valid SVG.
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BINARY, REF = sys.argv[1], sys.argv[2]
INPUTS = os.path.join(REF, "inputs")
failures = []

POINT_KEYS = ["x", "y", "cl", "lcl", "ucl", "lcl_95", "ucl_95", "part", "baseline", "include",
              "sigma_signal", "runs_signal", "rules", "point_type"]
PART_KEYS = ["part", "n_obs", "n_useful", "longest_run", "longest_run_max", "crossings",
             "crossings_min", "runs_signal"]


def run(*args):
    return subprocess.run([BINARY, "chart", *args], capture_output=True, text=True)


def check(name, condition, detail=""):
    if not condition:
        failures.append(f"{name}: {detail}")


def expect_ok_json(name, *args):
    r = run(*args, "--format", "json")
    check(name, r.returncode == 0, f"exit {r.returncode}, stderr {r.stderr!r}")
    check(name, r.stderr == "", f"stderr not empty: {r.stderr!r}")
    try:
        return json.loads(r.stdout, object_pairs_hook=lambda pairs: pairs)
    except json.JSONDecodeError as e:
        failures.append(f"{name}: not JSON: {e}")
        return None


def expect_usage_error(name, args, must_contain):
    r = run(*args)
    check(name, r.returncode == 2, f"exit {r.returncode}, want 2")
    lines = r.stderr.splitlines()
    check(name, len(lines) == 1, f"want one line on stderr, got {r.stderr!r}")
    check(name, r.stdout == "", f"stdout not empty: {r.stdout[:80]!r}")
    for text in must_contain:
        check(name, text in r.stderr, f"stderr {r.stderr!r} does not mention {text!r}")


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# 1. An I chart: keys in the issue's order, values equal to qicharts2's.
doc = expect_ok_json("i chart", "--input", os.path.join(INPUTS, "s_norm_n24.csv"), "--chart", "i")
if doc is not None:
    top = dict(doc)
    check("i chart keys", [k for k, _ in doc] == ["chart", "points", "parts"], [k for k, _ in doc])
    check("i chart type", top["chart"] == "i", top["chart"])
    points = top["points"]
    check("i chart points", len(points) == 24, len(points))
    check("i chart point keys", [k for k, _ in points[0]] == POINT_KEYS, [k for k, _ in points[0]])
    check("i chart part keys", [k for k, _ in top["parts"][0]] == PART_KEYS)
    with open(os.path.join(REF, "expected", "qicharts2", "s_norm_n24__i.json")) as f:
        expected = json.load(f)["data"]
    for ours, theirs in zip(points, expected):
        ours = dict(ours)
        for key, ref_key in [("y", "y"), ("cl", "cl"), ("lcl", "lcl"), ("ucl", "ucl"),
                             ("lcl_95", "lcl.95"), ("ucl_95", "ucl.95")]:
            check(f"i chart {key} at x={ours['x']}", close(ours[key], theirs[ref_key]),
                  f"{ours[key]} != {theirs[ref_key]}")
        check(f"i chart sigma_signal at x={ours['x']}",
              ours["sigma_signal"] == theirs["sigma.signal"])

# 2. A P chart with dates and a denominator: x is the date text.
doc = expect_ok_json("p chart", "--input", os.path.join(INPUTS, "c_binom_n24.csv"), "--chart", "p",
                     "--x", "date", "--n", "n")
if doc is not None:
    first = dict(dict(doc)["points"][0])
    check("p chart x is the date", first["x"] == "2021-01-01", first["x"])

# 3. XmR: mean/lpl/upl beside the lines and MDC point types.
doc = expect_ok_json("xmr", "--input", os.path.join(INPUTS, "s_shift_n24.csv"), "--chart", "xmr",
                     "--direction", "up")
if doc is not None:
    points = [dict(p) for p in dict(doc)["points"]]
    check("xmr keys", all(k in points[0] for k in ("mean", "lpl", "upl")), list(points[0]))
    types = {p["point_type"] for p in points}
    allowed = {"common_cause", "special_cause_improvement", "special_cause_concern",
               "special_cause_neutral_high", "special_cause_neutral_low"}
    check("xmr point types", types <= allowed, types)

# 3b. XmR against NHSRplotthedots: mean, process limits and point types (default: neutral).
doc = expect_ok_json("xmr vs ptd", "--input", os.path.join(INPUTS, "s_shift_n24.csv"), "--chart",
                     "xmr", "--x", "date")
if doc is not None:
    points = [dict(p) for p in dict(doc)["points"]]
    with open(os.path.join(REF, "expected", "NHSRplotthedots", "s_shift_n24__ptd_default.json")) as f:
        expected = json.load(f)["data"]
    check("xmr vs ptd rows", len(points) == len(expected), (len(points), len(expected)))
    for ours, theirs in zip(points, expected):
        for key, ref_key in [("mean", "mean_col"), ("lpl", "lpl"), ("upl", "upl")]:
            check(f"xmr {key} at {ours['x']}", close(ours[key], theirs[ref_key]),
                  f"{ours[key]} != {theirs[ref_key]}")
        check(f"xmr point_type at {ours['x']}", ours["point_type"] == theirs["point_type"],
              f"{ours['point_type']} != {theirs['point_type']}")

# 4. Options pass through: parts and a target.
doc = expect_ok_json("parts", "--input", os.path.join(INPUTS, "s_phase_n40.csv"), "--chart", "i",
                     "--part", "phase", "--target", "11")
if doc is not None:
    check("parts from the phase column", len(dict(doc)["parts"]) == 2)

# 5. SVG: well-formed, accessible.
r = run("--input", os.path.join(INPUTS, "s_norm_n24.csv"), "--chart", "run", "--lang", "en",
        "--title", "Waiting <days>", "--format", "svg")
check("svg exit", r.returncode == 0, r.stderr)
try:
    root = ET.fromstring(r.stdout)
    check("svg role", root.get("role") == "img")
    check("svg title", root.find("{http://www.w3.org/2000/svg}title").text == "Waiting <days>")
except ET.ParseError as e:
    failures.append(f"svg: not well-formed XML: {e}")

# 6. CSV output: header and one row per point.
r = run("--input", os.path.join(INPUTS, "s_norm_n24.csv"), "--chart", "i", "--format", "csv")
lines = r.stdout.splitlines()
check("csv rows", r.returncode == 0 and len(lines) == 25, len(lines))
check("csv header", lines and lines[0].split(",")[:3] == ["x", "y", "cl"], lines[:1])

# 7. Errors: exit 2 and one line naming what is wrong.
good = os.path.join(INPUTS, "s_norm_n24.csv")
with tempfile.TemporaryDirectory() as tmp:
    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w") as f:
        f.write("x;y\n1;2,5\n2;abc\n3;4\n")
    expect_usage_error("bad number", ["--input", bad, "--chart", "i", "--format", "json"],
                       ["row 2", "'y'", "abc"])
    expect_usage_error("missing file", ["--input", os.path.join(tmp, "none.csv"), "--chart", "i",
                                        "--format", "json"], ["none.csv"])
expect_usage_error("unknown column", ["--input", good, "--chart", "i", "--y", "nope",
                                      "--format", "json"], ["nope"])
expect_usage_error("bad chart", ["--input", good, "--chart", "pie", "--format", "json"],
                   ["--chart", "pie"])
expect_usage_error("bad format", ["--input", good, "--chart", "i", "--format", "xml"], ["--format"])
expect_usage_error("bad rules", ["--input", good, "--chart", "i", "--rules", "x", "--format", "json"],
                   ["--rules"])
expect_usage_error("bad number option", ["--input", good, "--chart", "i", "--cl", "abc",
                                         "--format", "json"], ["--cl"])
expect_usage_error("missing format", ["--input", good, "--chart", "i"], ["--format"])
expect_usage_error("zero time", ["--input", os.path.join(INPUTS, "r_times_zero_n12.csv"),
                                 "--chart", "t", "--format", "json"], ["row 4"])

# 8. Every reference input with every chart type: exit 0 with strict JSON (no NaN) and a
#    well-formed SVG, or exit 2 with one line. Nothing else (no crash, no exit 1).
def no_constants(name):
    raise ValueError(f"non-finite number {name} in JSON")


for series in sorted(os.listdir(INPUTS)):
    if series == "series_index.csv":
        continue
    path = os.path.join(INPUTS, series)
    with open(path) as f:
        header = f.readline().strip().split(",")
    for k, chart in enumerate("run i mr xbar s t p pp u up c g xmr".split()):
        args = ["--input", path, "--chart", chart, "--x", "date"]
        if "n" in header and chart in ("p", "pp", "u", "up"):
            args += ["--n", "n"]
        name = f"sweep {series} {chart}"
        r = run(*args, "--format", "json")
        if r.returncode == 2:
            check(name, len(r.stderr.splitlines()) == 1, f"stderr {r.stderr!r}")
            continue
        check(name, r.returncode == 0, f"exit {r.returncode}: {r.stderr!r}")
        try:
            json.loads(r.stdout, parse_constant=no_constants)
        except ValueError as e:
            failures.append(f"{name}: {e}")
        r = run(*args, "--lang", "sv" if k % 2 else "en", "--format", "svg")
        check(name + " svg", r.returncode == 0, r.stderr)
        try:
            ET.fromstring(r.stdout)
        except ET.ParseError as e:
            failures.append(f"{name} svg: {e}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("stegvis chart: all end-to-end checks passed")
