#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""How the program is split into files, measured side by side: the command line's start-up
(`--version`, `explain 418`), the window's first paint, resident memory, and the files each
program loads with their size and the copies of the core library among them.

Usage: layouts.py RUNS LABEL=BINARY [LABEL=BINARY ...]
The runs alternate between the programs (a busy shared machine slows them alike); figures are
medians. The first program is the reference of the ratios. Run offscreen, with XDG_CONFIG_HOME
and XDG_DATA_HOME pointing somewhere disposable: the window keeps its settings and history there.
"""
import os
import re
import statistics
import subprocess
import sys
import time

# A function only the core library defines: each loaded file that defines it is one copy of core.
CORE_SYMBOL = "StatusScope::Core::StatusCatalogue::builtin("


def run(argv, env):
    """Runs argv to its exit: wall milliseconds from just before the spawn, peak resident KiB, stderr."""
    start = time.monotonic_ns()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = process.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    end = time.monotonic_ns()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}):\n{err}")
    return start, (end - start) / 1e6, usage.ru_maxrss, err


def first_paint(binary, env):
    """Milliseconds from the spawn to the end of the first paint, and the resident KiB then."""
    start, _, _, err = run([binary], dict(env, STATUSSCOPE_EXIT_AFTER_FIRST_PAINT="1"))
    fields = dict(line.split(" ", 1) for line in err.splitlines()
                  if line.startswith(("first_paint_ns ", "resident_kib ")))
    return (int(fields["first_paint_ns"]) - start) / 1e6, int(fields["resident_kib"])


def loaded_files(binary, env):
    """The program and its own libraries as the window loads them (the module included)."""
    _, _, _, err = run([binary], dict(env, STATUSSCOPE_EXIT_AFTER_FIRST_PAINT="1", LD_DEBUG="files"))
    libraries = {os.path.realpath(path) for path in re.findall(r"calling init: (\S+)", err)
                 if "statusscope" in os.path.basename(path)}
    return [os.path.realpath(binary)] + sorted(libraries)


def defines_core(path):
    for options in (["--defined-only"], ["-D", "--defined-only"]):
        out = subprocess.run(["nm", "-C", *options, path], capture_output=True, text=True).stdout
        if out:
            return CORE_SYMBOL in out
    return False


def main():
    runs = int(sys.argv[1])
    programs = dict(argument.split("=", 1) for argument in sys.argv[2:])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    commands = {"--version": ["--version"], "explain 418": ["explain", "418"]}
    times = {(label, name): [] for label in programs for name in [*commands, "window"]}
    rss = {(label, name): [] for label in programs for name in [*commands, "window"]}

    for _ in range(3):  # warm-up: page cache, and the settings and history a user has
        for binary in programs.values():
            first_paint(binary, env)
            for arguments in commands.values():
                run([binary, *arguments], env)
    for _ in range(runs):
        for label, binary in programs.items():
            for name, arguments in commands.items():
                _, ms, kib, _ = run([binary, *arguments], env)
                times[label, name].append(ms)
                rss[label, name].append(kib)
            ms, kib = first_paint(binary, env)
            times[label, "window"].append(ms)
            rss[label, "window"].append(kib)

    reference = next(iter(programs))
    median = {key: statistics.median(values) for key, values in times.items()}
    print(f"| program ({runs} runs each, alternating; medians) | files loaded | size | copies of core "
          "| `--version` | `explain 418` | first paint | resident: `explain 418` | resident: first paint |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, binary in programs.items():
        files = loaded_files(binary, env)
        size = sum(os.path.getsize(path) for path in files) / 2**20
        copies = sum(defines_core(path) for path in files)
        cells = []
        for name in [*commands, "window"]:
            ratio = median[label, name] / median[reference, name]
            cells.append(f"{median[label, name]:.1f} ms ({ratio:.2f}×)")
        print(f"| {label} | {', '.join(os.path.basename(path) for path in files)} | {size:.2f} MiB "
              f"| {copies} | {' | '.join(cells)} "
              f"| {statistics.median(rss[label, 'explain 418']) / 1024:.1f} MiB "
              f"| {statistics.median(rss[label, 'window']) / 1024:.1f} MiB |")


if __name__ == "__main__":
    main()
