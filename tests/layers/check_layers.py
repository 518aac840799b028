#!/usr/bin/env python3
"""Proves that a wrong-way include between modules fails to compile.

For every module, the compile command of one of its own sources (from the build tree's
compile_commands.json) compiles small probes with -fsyntax-only:
  - one probe that includes a header of every module it may use: it must compile;
  - one probe per module it may not use: it must fail, and fail because that header is not
    found (any other error would let the test pass for the wrong reason).
The same is done with the command of one of the module's tests, which may in addition use
its TEST_DEPS. The expected layers are written out below, from DESIGN.md §4, so that a
change to a module's DEPS in CMake that breaks them fails here too.

Usage: check_layers.py --source-dir SRC --build-dir BUILD
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile

# What each module's library may include (itself and what it links, transitively):
#   core <- stats <- chart <- domain <- store <- web <- cli, io links stats, kolada (fetching
#   Kolada's key figures) links io, and raster (SVG to PNG), docx (Word documents) and mail
#   (SMTP) link only core; web links io, kolada, raster, docx and mail.
# web reaches storage only through domain's interfaces; cli wires everything together.
LIBRARY = {
    "core": {"core"},
    "stats": {"core", "stats"},
    "chart": {"core", "stats", "chart"},
    "raster": {"core", "raster"},
    "docx": {"core", "docx"},
    "mail": {"core", "mail"},
    "io": {"core", "stats", "io"},
    "kolada": {"core", "stats", "io", "kolada"},
    "domain": {"core", "stats", "chart", "domain"},
    "store": {"core", "stats", "chart", "domain", "store"},
    "web": {"core", "stats", "chart", "raster", "docx", "mail", "io", "kolada", "domain", "web"},
    "cli": {"core", "stats", "chart", "raster", "docx", "mail", "io", "kolada", "domain", "store",
            "web", "cli"},
}
# What a module's tests may include beyond the library (TEST_DEPS): a real store as fixture.
TESTS_EXTRA = {"domain": {"store"}, "web": {"store"}}


def header_of(source_dir, module):
    """An existing header directly in src/MODULE, as written in an include ("stats/gap.h")."""
    folder = os.path.join(source_dir, "src", module)
    headers = sorted(f for f in os.listdir(folder) if f.endswith(".h"))
    if not headers:
        sys.exit(f"check_layers: src/{module} has no header to probe")
    return f"{module}/{headers[0]}"


def probe_command(entry, probe):
    """The entry's compile command with the source replaced by `probe`, syntax only."""
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out, skip = [], False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if i == 0 and os.path.basename(arg) == "ccache":
            continue
        if arg in ("-o", "-MT", "-MF", "-MQ"):
            skip = True
            continue
        if arg in ("-c", "-MD", "-MMD") or arg == entry["file"]:
            continue
        out.append(arg)
    return out + ["-fsyntax-only", probe]


def compile_probe(entry, includes, workdir):
    fd, probe = tempfile.mkstemp(suffix=".cc", dir=workdir)
    with os.fdopen(fd, "w") as f:
        f.write("".join(f'#include "{h}"\n' for h in includes))
    result = subprocess.run(probe_command(entry, probe), cwd=entry["directory"],
                            capture_output=True, text=True, timeout=120)
    return result.returncode, result.stderr


def entry_for(entries, source_dir, module, tests):
    prefix = os.path.join(source_dir, "src", module) + os.sep
    for e in entries:
        f = os.path.realpath(os.path.join(e["directory"], e["file"]))
        if f.startswith(prefix) and f.endswith("_test.cc") == tests and f.endswith(".cc"):
            return e
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--build-dir", required=True)
    args = parser.parse_args()
    source_dir = os.path.realpath(args.source_dir)
    with open(os.path.join(args.build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    headers = {m: header_of(source_dir, m) for m in LIBRARY}

    failures, checked = [], 0
    with tempfile.TemporaryDirectory(prefix="stegvis-layers-") as workdir:
        for module, library_allowed in LIBRARY.items():
            for tests in (False, True):
                entry = entry_for(entries, source_dir, module, tests)
                if entry is None:
                    if not tests:
                        failures.append(f"{module}: no compile command in compile_commands.json")
                    continue
                what = f"{module} {'tests' if tests else 'library'}"
                extra = TESTS_EXTRA.get(module, set()) if tests else set()
                allowed = library_allowed | extra
                # The library probe includes every module it may use; the tests' probe (same
                # include path plus TEST_DEPS) only its own module and the extras, to save time.
                reach = sorted(allowed) if not tests else sorted({module} | extra)
                code, err = compile_probe(entry, [headers[m] for m in reach], workdir)
                checked += 1
                if code != 0:
                    failures.append(f"{what}: may include {reach} but the probe does not "
                                    f"compile:\n{err}")
                for other in sorted(set(LIBRARY) - allowed):
                    code, err = compile_probe(entry, [headers[other]], workdir)
                    checked += 1
                    if code == 0:
                        failures.append(f"{what}: includes {headers[other]} although {module} "
                                        f"may not use {other}")
                    elif f"{headers[other]}: No such file or directory" not in err:
                        failures.append(f"{what}: the probe of {headers[other]} failed, but not "
                                        f"because the header is out of reach:\n{err}")
    for failure in failures:
        print("FAIL", failure)
    print(f"check_layers: {checked} probes, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
