#!/usr/bin/env python3
"""Summarise the .trx files of one `dotnet test` run.

Usage: trx-summary.py RESULTS_DIR [--solution Motus.slnx]

Prints one line per test project, the failed tests with the first line of their message, and as the very
last line `N passed, N failed` (`, N skipped` appended only when tests were skipped).
Exit status: 0 when at least one test ran and none failed and no test run reported an error; 1 otherwise.
With --solution, test projects of the solution (names ending in .Tests) that left no .trx are listed too.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
PASSED = {"Passed", "PassedButRunAborted"}
SKIPPED = {"NotExecuted", "Inconclusive", "NotRunnable", "Pending"}


@dataclass
class ProjectResult:
    name: str
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.skipped


def project_name(root: ET.Element, trx: Path) -> str:
    """The test assembly's name, from the adapter's output (VSTest lower-cases the storage path)."""
    text = " ".join(e.text or "" for e in root.iter() if e.tag.endswith(("}Text", "}StdOut")))
    match = re.search(r"Discover(?:ing|ed):\s+([\w.]+)", text) or re.search(r"([\w.]+)\.dll", text)
    if match:
        return match.group(1)
    for unit_test in root.iterfind("t:TestDefinitions/t:UnitTest", NS):
        storage = unit_test.get("storage")
        if storage:
            return re.sub(r"\.dll$", "", os.path.basename(storage), flags=re.IGNORECASE)
    return trx.stem


def first_line(element: ET.Element | None) -> str:
    text = (element.text or "").strip() if element is not None else ""
    return text.splitlines()[0] if text else ""


def read_trx(trx: Path, projects: dict[str, ProjectResult], known: dict[str, str]) -> None:
    root = ET.parse(trx).getroot()
    name = project_name(root, trx)
    name = known.get(name.lower(), name)
    result = projects.setdefault(name, ProjectResult(name))

    # Direct children only: a data-driven test's inner results are already counted in its parent.
    for test in root.iterfind("t:Results/t:UnitTestResult", NS):
        outcome = test.get("outcome", "")
        if outcome in PASSED:
            result.passed += 1
        elif outcome in SKIPPED:
            result.skipped += 1
        else:
            result.failed += 1
            message = first_line(test.find("t:Output/t:ErrorInfo/t:Message", NS))
            label = test.get("testName", "?") + (f" [{outcome}]" if outcome != "Failed" else "")
            result.failures.append(f"{label}: {message}" if message else label)

    for info in root.iterfind("t:ResultSummary/t:RunInfos/t:RunInfo", NS):
        text = first_line(info.find("t:Text", NS))
        # The adapter's own [FAIL] lines arrive as RunInfo errors too; those tests are counted already.
        if info.get("outcome") == "Error" and not text.startswith("[xUnit.net"):
            result.errors.append(text)
        elif text.startswith("No test is available"):
            result.notes.append("no tests")


def solution_test_projects(solution: Path) -> list[str]:
    root = ET.parse(solution).getroot()
    names = (Path(p.get("Path", "").replace("\\", "/")).stem for p in root.iter("Project"))
    return sorted(n for n in names if n.endswith(".Tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results_dir", type=Path)
    parser.add_argument("--solution", type=Path)
    args = parser.parse_args()

    expected = solution_test_projects(args.solution) if args.solution else []
    known = {n.lower(): n for n in expected}

    projects: dict[str, ProjectResult] = {}
    unreadable: list[str] = []
    for trx in sorted(args.results_dir.glob("**/*.trx")):
        try:
            read_trx(trx, projects, known)
        except ET.ParseError as error:
            unreadable.append(f"{trx}: {error}")

    missing = [n for n in expected if n not in projects]

    width = max((len(n) for n in [*projects, *missing]), default=0)
    print(f"Test results ({args.results_dir}):")
    for result in sorted(projects.values(), key=lambda r: r.name):
        counts = f"{result.passed:4d} passed, {result.failed:3d} failed"
        if result.skipped:
            counts += f", {result.skipped} skipped"
        extra = [*result.notes] if result.total == 0 else []
        extra += [f"run error: {e}" for e in result.errors]
        print(f"  {result.name:<{width}}  {counts}" + (f"  ({'; '.join(extra)})" if extra else ""))
    for name in missing:
        print(f"  {name:<{width}}  no results (not built, or the test host did not start)")
    for line in unreadable:
        print(f"  unreadable: {line}")

    failures = [(r.name, f) for r in sorted(projects.values(), key=lambda r: r.name) for f in r.failures]
    if failures:
        print("Failed tests:")
        for name, failure in failures:
            print(f"  {name}: {failure}")

    passed = sum(r.passed for r in projects.values())
    failed = sum(r.failed for r in projects.values())
    skipped = sum(r.skipped for r in projects.values())
    run_errors = sum(len(r.errors) for r in projects.values()) + len(unreadable)

    final = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
    sys.stdout.flush()
    if passed + failed == 0:
        print("error: no test ran", file=sys.stderr)
    elif run_errors:
        print(f"error: {run_errors} test run error(s), see above", file=sys.stderr)
    sys.stderr.flush()
    print(final, flush=True)
    return 0 if failed == 0 and passed + failed > 0 and run_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
