#!/usr/bin/env python3
"""Mutation check of the safety case: disable each safety control and watch its tests fail.

Every docs/mutations/*.json names one control, the exact text that implements it (`find`, which
must occur exactly once in `file`), the text that disables it (`replace`, which must still
compile) and the tests that docs/safety-case.md cites for it (`tests`: surefire, `integrationTests`:
failsafe; names relative to org.pulseguard, `Class` or `Class#method`).

For each mutation the script applies the replacement, runs only the named tests with Maven, and
always restores the file (also on Ctrl-C or SIGTERM). Outcomes:
  KILLED    a named test failed or erred: the evidence can fail, as it must
  SURVIVED  every named test passed with the control disabled: the evidence is weak
  BROKEN    the mutated source does not compile: fix the mutation's `replace`
  INVALID   the mutation file is malformed or `find` does not occur exactly once
  ERROR     Maven failed without a test failing (e.g. a test named in the file does not exist)
Before the mutations, a baseline run checks that every named test passes on the unmodified code
(skip with --no-baseline); a mutation is only evidence if its tests passed before it.

Usage (from anywhere; Python 3.8+, standard library only):
  python3 docs/mutation-check.py --list
  python3 docs/mutation-check.py                     # every mutation
  python3 docs/mutation-check.py --hazard H8 --hazard H10
  python3 docs/mutation-check.py --only H1-gate-fluence-cap
Exit status 0 only when every selected mutation is KILLED. Each mutation recompiles only the
mutated file (--full-compile for the whole module) and runs only its tests: about a minute each.
"""
import argparse
import glob
import json
import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MUTATIONS = os.path.join(ROOT, "docs", "mutations")
PACKAGE = "org.pulseguard."
REQUIRED = ("id", "hazard", "control", "file", "find", "replace")
TEST_NAME = re.compile(r"^[A-Za-z_][\w.]*(#[A-Za-z_]\w*)?$")


class Invalid(Exception):
    """A mutation file that cannot be applied as written."""


def load(path):
    with open(path, encoding="utf-8") as f:
        m = json.load(f)
    missing = [k for k in REQUIRED if not isinstance(m.get(k), str) or not m.get(k)]
    if missing:
        raise Invalid("%s: missing or empty field(s) %s" % (os.path.basename(path), ", ".join(missing)))
    m.setdefault("tests", [])
    m.setdefault("integrationTests", [])
    if not m["tests"] and not m["integrationTests"]:
        raise Invalid("%s: names no tests and no integrationTests" % os.path.basename(path))
    for name in m["tests"] + m["integrationTests"]:
        if not TEST_NAME.match(name):
            raise Invalid("%s: test name %r is not Class or Class#method" % (os.path.basename(path), name))
    if m["find"] == m["replace"]:
        raise Invalid("%s: replace equals find" % os.path.basename(path))
    m["_path"] = path
    return m


def test_filter(names):
    """Surefire/failsafe -Dtest syntax: fully qualified classes, methods joined with '+'."""
    by_class = {}
    for name in names:
        cls, _, method = name.partition("#")
        methods = by_class.setdefault(PACKAGE + cls, [])
        if method and methods is not None:
            methods.append(method)
        elif not method:
            by_class[PACKAGE + cls] = None  # the whole class
    parts = []
    for cls, methods in by_class.items():
        parts.append(cls if not methods else cls + "#" + "+".join(methods))
    return ",".join(parts)


def maven_command(tests, its, build_dir, extra, full_compile=False):
    cmd = ["mvn", "-B", "-q", "verify" if its else "test",
           "-Dsurefire.failIfNoSpecifiedTests=false", "-Dfailsafe.failIfNoSpecifiedTests=false",
           "-Dsurefire.timeout=900", "-Dfailsafe.timeout=900"]
    cmd.append("-Dtest=" + (test_filter(tests) if tests else "none"))
    cmd.append("-Dit.test=" + test_filter(its) if its else "-DskipITs")
    if not full_compile:
        # maven-compiler-plugin: false means "recompile only the stale sources" (the mutated file),
        # not the whole module. Safe for mutations that change method bodies, as all of ours do.
        cmd.append("-Dmaven.compiler.useIncrementalCompilation=false")
    if build_dir:
        cmd.append("-Dpulseguard.build.dir=" + build_dir)
    return cmd + extra


def reports_dir(build_dir):
    return build_dir or os.path.join(ROOT, "target")


def clear_reports(build_dir):
    for sub in ("surefire-reports", "failsafe-reports"):
        for f in glob.glob(os.path.join(reports_dir(build_dir), sub, "TEST-*.xml")):
            os.remove(f)


def failed_tests(build_dir):
    """(tests run, names of the tests that failed or erred) from the surefire/failsafe XML reports."""
    run, failed = 0, []
    for sub in ("surefire-reports", "failsafe-reports"):
        for f in glob.glob(os.path.join(reports_dir(build_dir), sub, "TEST-*.xml")):
            try:
                suite = ET.parse(f).getroot()
            except ET.ParseError:
                continue
            for case in suite.iter("testcase"):
                run += 1
                if case.find("failure") is not None or case.find("error") is not None:
                    failed.append(case.get("classname", "").replace(PACKAGE, "") + "#" + case.get("name", ""))
    return run, failed


def run_maven(m_tests, m_its, args, log_name):
    clear_reports(args.build_dir)
    cmd = maven_command(m_tests, m_its, args.build_dir, args.maven_arg, args.full_compile)
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    log = os.path.join(reports_dir(args.build_dir), "mutation-logs", log_name + ".log")
    os.makedirs(os.path.dirname(log), exist_ok=True)
    with open(log, "w", encoding="utf-8") as f:
        f.write(" ".join(cmd) + "\n\n" + proc.stdout)
    run, failed = failed_tests(args.build_dir)
    compile_error = "COMPILATION ERROR" in proc.stdout or "Compilation failure" in proc.stdout
    return proc.returncode, run, failed, compile_error, seconds, log


def check(m, args):
    """Applies one mutation, runs its tests, restores the file. Returns (outcome, detail, seconds)."""
    target = os.path.join(ROOT, m["file"])
    if not os.path.isfile(target):
        return "INVALID", "no such file " + m["file"], 0.0
    with open(target, encoding="utf-8", newline="") as f:
        original = f.read()
    count = original.count(m["find"])
    if count != 1:
        return "INVALID", "`find` occurs %d times in %s (must be exactly once)" % (count, m["file"]), 0.0
    try:
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(original.replace(m["find"], m["replace"], 1))
        rc, run, failed, compile_error, seconds, log = run_maven(m["tests"], m["integrationTests"], args, m["id"])
    finally:
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(original)
    if compile_error:
        return "BROKEN", "does not compile, see " + log, seconds
    if failed:
        return "KILLED", "failed: " + ", ".join(sorted(set(failed))), seconds
    if rc != 0:
        return "ERROR", "Maven exit %d, no test failed (%d run), see %s" % (rc, run, log), seconds
    if run == 0:
        return "ERROR", "no test ran: check the names, see " + log, seconds
    return "SURVIVED", "all %d named tests passed with the control disabled" % run, seconds


def baseline(selected, args):
    tests = sorted({t for m in selected for t in m["tests"]})
    its = sorted({t for m in selected for t in m["integrationTests"]})
    print("baseline: running the %d named tests and %d integration tests on unmodified code..."
          % (len(tests), len(its)), flush=True)
    rc, run, failed, compile_error, seconds, log = run_maven(tests, its, args, "baseline")
    if rc != 0 or failed or run == 0:
        print("baseline FAILED in %.0f s (%d run; failed: %s): the named tests must pass before any "
              "mutation means anything. See %s" % (seconds, run, ", ".join(failed) or "-", log))
        return False
    print("baseline: %d tests passed in %.0f s" % (run, seconds), flush=True)
    return True


def select(all_mutations, args):
    chosen = [m for m in all_mutations
              if (not args.only or m["id"] in args.only) and (not args.hazard or m["hazard"] in args.hazard)]
    unknown = set(args.only or []) - {m["id"] for m in all_mutations}
    if unknown:
        raise Invalid("no mutation with id " + ", ".join(sorted(unknown)))
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--only", action="append", metavar="ID", help="run only this mutation (repeatable)")
    parser.add_argument("--hazard", action="append", metavar="H", help="run only this hazard's mutations (repeatable)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the run on unmodified code")
    parser.add_argument("--build-dir", help="Maven build directory (-Dpulseguard.build.dir), default target/")
    parser.add_argument("--full-compile", action="store_true",
                        help="recompile the whole module for each mutation (needed if a mutation changes a "
                             "constant or a signature that other classes compile against)")
    parser.add_argument("--maven-arg", action="append", default=[], metavar="ARG", help="extra Maven argument")
    args = parser.parse_args()
    if args.build_dir:
        args.build_dir = os.path.abspath(args.build_dir)
    # SIGTERM behaves like Ctrl-C, so the finally blocks restore the mutated file.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))

    paths = sorted(glob.glob(os.path.join(MUTATIONS, "*.json")))
    try:
        mutations = [load(p) for p in paths]
        selected = select(mutations, args)
    except (Invalid, json.JSONDecodeError) as e:
        print("mutation-check: %s" % e, file=sys.stderr)
        return 2
    if args.list:
        for m in selected:
            print("%-5s %-60s %s" % (m["hazard"], m["id"], m["control"]))
        print("%d mutation(s) in %s" % (len(selected), os.path.relpath(MUTATIONS)))
        return 0
    if not selected:
        print("mutation-check: nothing selected", file=sys.stderr)
        return 2
    if not args.no_baseline and not baseline(selected, args):
        return 1

    results = []
    try:
        for i, m in enumerate(selected, 1):
            print("[%d/%d] %s ..." % (i, len(selected), m["id"]), end=" ", flush=True)
            outcome, detail, seconds = check(m, args)
            print("%s (%.0f s) %s" % (outcome, seconds, detail), flush=True)
            results.append((m, outcome, detail))
    except KeyboardInterrupt:
        print("\ninterrupted: the mutated file was restored", file=sys.stderr)
        return 130

    print("\n| Hazard | Mutation | Outcome | Tests that failed |")
    print("|---|---|---|---|")
    for m, outcome, detail in results:
        print("| %s | %s | %s | %s |" % (m["hazard"], m["id"], outcome,
                                         detail[len("failed: "):] if outcome == "KILLED" else detail))
    killed = sum(1 for _, o, _ in results if o == "KILLED")
    print("\n%d of %d mutations killed" % (killed, len(results)))
    return 0 if killed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
