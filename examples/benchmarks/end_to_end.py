#!/usr/bin/env python3
"""End to end: the wall time of `sapha validate` on the national document
against `python3 -c 'import json,sys; json.load(open(sys.argv[1]))'` on the
same file (issue 12: within 1.5 times). Each command runs once unmeasured
(the file into the page cache, the JVM's class data sharing archive), then
RUNS times, alternating; medians, minima and maxima are printed.

    ./mvnw -B -q -DskipTests package
    python3 examples/benchmarks/end_to_end.py [RUNS]

The file is generated once with `sapha generate --seed 7 --scale national`
into examples/benchmarks/target/national.json. Both commands run with their
defaults: the JVM picks its collector and heap as for any user.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAPHA = os.path.join(ROOT, "examples", "cli", "target", "sapha")
DOCUMENT = os.path.join(ROOT, "examples", "benchmarks", "target", "national.json")
COMMANDS = {
    "sapha validate": [SAPHA, "validate", DOCUMENT],
    "python3 json.load": ["python3", "-c", "import json,sys; json.load(open(sys.argv[1]))", DOCUMENT],
}


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not os.path.exists(SAPHA):
        sys.exit(f"{SAPHA} is missing: run ./mvnw -B -q -DskipTests package first")
    if not os.path.exists(DOCUMENT):
        subprocess.run([SAPHA, "generate", "--seed", "7", "--scale", "national", "--out", DOCUMENT],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"{DOCUMENT}: {os.path.getsize(DOCUMENT):,} bytes; {os.cpu_count()} cores; "
          f"{subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
          f"Python {sys.version.split()[0]}")
    times = {name: [] for name in COMMANDS}
    for name, command in COMMANDS.items():
        wall(command)
    for _ in range(runs):
        for name, command in COMMANDS.items():
            times[name].append(wall(command))
    for name, values in times.items():
        print(f"{name:18} median {statistics.median(values):6.2f} s  (min {min(values):.2f}, max {max(values):.2f}, "
              f"{runs} runs)")
    ratio = statistics.median(times["sapha validate"]) / statistics.median(times["python3 json.load"])
    print(f"sapha validate / python3 json.load: {ratio:.2f} (target: at most 1.5)")


if __name__ == "__main__":
    main()
