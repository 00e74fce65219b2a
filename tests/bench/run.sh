#!/usr/bin/env bash
# Every figure of the README's Performance section, each side by side with its reference in one
# run, printed with the ratios. A report, never a pass/fail test: these machines are shared.
# Usage: tests/bench/run.sh BINARY BENCH_DIR [--startup]
#   BENCH_DIR holds barewindow, barewindow_keychain, barelistwindow, statusscope_one_executable,
#   qnamloop, memorybench, searchbench, consolestall, harimportbench, harliststall from the same Release build; --startup measures only
#   the start-up figures (the windows, and the command line against one executable).
set -euo pipefail
binary=$(readlink -f "$1")
benchdir=$(readlink -f "$2")
only_startup=false
[ "${3:-}" = "--startup" ] && only_startup=true
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo "Versions: $("$binary" --version), $(curl --version 2>/dev/null | head -1 | cut -d' ' -f1-2), HTTPie $(http --version 2>/dev/null || echo missing)"

# Start-up: from the launch (CLOCK_MONOTONIC, taken just before the process is spawned) to the
# end of the first paint of the main window, as the program reports it, against two bare Qt
# Widgets windows: one that paints a label, and one that shows the catalogue page's list and
# detail pane filled before it is shown (tests/bench/barelistwindow.cpp); the goal is 1.05× the
# second. Runs alternate, offscreen, with the settings and history a previous run left.
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
"$binary" codes --json > "$work/catalogue.json"
/usr/bin/python3 - "$work/startup-rss.txt" "$binary" "$benchdir/barewindow" "$benchdir/barelistwindow" \
    "$work/catalogue.json" "$benchdir/barewindow_keychain" <<'PY'
import os, statistics, subprocess, sys, time
env = dict(os.environ, STATUSSCOPE_EXIT_AFTER_FIRST_PAINT="1")
def launch(argv):
    start = time.monotonic_ns()
    err = subprocess.run(argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL).stderr.decode()
    fields = dict(line.split(" ", 1) for line in err.splitlines() if line.startswith(("first_paint_ns", "resident_kib")))
    return (int(fields["first_paint_ns"]) - start) / 1e6, int(fields["resident_kib"])
# The label window once more with libqt6keychain loaded, as the window module loads it: the
# difference is what linking QtKeychain costs the first paint (the keychain is read after it).
programs = {"statusscope": [sys.argv[2]], "bare window, a label": [sys.argv[3]],
            "bare window, the list and detail pane": [sys.argv[4], sys.argv[5]],
            "bare window, a label, libqt6keychain loaded": [sys.argv[6]]}
runs = {name: [] for name in programs}
for argv in programs.values():
    for _ in range(3):
        launch(argv)  # warm-up: caches, and the settings and history a user has
for _ in range(30):
    for name, argv in programs.items():
        runs[name].append(launch(argv))
median = {name: statistics.median(t for t, _ in runs[name]) for name in programs}
label, listed = median["bare window, a label"], median["bare window, the list and detail pane"]
print("\n| start-up to the first painted window (30 runs each, alternating) | mean | median "
      "| vs label window | vs list window (goal ≤ 1.05×) |\n|---|---|---|---|---|")
for name in programs:
    times = [t for t, _ in runs[name]]
    print(f"| {name} | {statistics.mean(times):.1f} ± {statistics.stdev(times):.1f} ms | {median[name]:.1f} ms "
          f"| {median[name] / label:.2f}× | {median[name] / listed:.2f}× |")
print("(ratios of the medians)")
keychain = median["bare window, a label, libqt6keychain loaded"]
print(f"Loading libqt6keychain at start-up: {keychain - label:+.1f} ms on the label window's median first paint.")
with open(sys.argv[1], "w") as out:
    print(*(runs[name][-1][1] for name in list(programs)[:3]), file=out)
PY
read -r ours_rss bare_rss barelist_rss < "$work/startup-rss.txt"

# The same start-up counted in instructions (callgrind, every thread): the same count on every run,
# however busy the machine, so it shows the work behind the noisy times above.
instructions() {
    STATUSSCOPE_EXIT_AFTER_FIRST_PAINT=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1
}
ours_instructions=$(instructions "$binary")
bare_instructions=$(instructions "$benchdir/barewindow")
barelist_instructions=$(instructions "$benchdir/barelistwindow" "$work/catalogue.json")
awk -v o="$ours_instructions" -v b="$bare_instructions" -v l="$barelist_instructions" 'BEGIN {
    printf "\nInstructions to the first paint (callgrind): statusscope %.1f M, label window %.1f M (%.2f×), " \
           "list window %.1f M (%.2f×).\n", o / 1e6, b / 1e6, o / b, l / 1e6, o / l }'

# The window is a module the program loads only when there is no subcommand, and both share one
# core library: the command line's start-up, memory and files against the same program built as
# one executable that links the window (tests/bench/CMakeLists.txt).
echo
"$here/layouts.py" 30 "statusscope (window module, shared core)=$binary" \
    "one executable linking the window=$benchdir/statusscope_one_executable"
$only_startup && exit 0

/usr/bin/python3 "$here/chainserver.py" "$work/port" &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

for i in $(seq 200); do echo "$base/r/$((i % 3))?n=$i"; done > "$work/urls.txt"

read -r _ _ started _ after100 _ after200 < <("$benchdir/memorybench" "$base")

# One 20-hop chain: the programs take turns (one run of each, 60 rounds), so a busy moment of this
# shared machine falls on all of them alike; medians, as one slow run moves a mean. Each is started
# directly (no shell), its output to /dev/null. HTTPie is slow: 10 rounds of it.
/usr/bin/python3 - "$work/chain.json" "$binary" "$benchdir/qnamloop" "$base" <<'PY'
import json, statistics, subprocess, sys, time
out, binary, qnamloop, base = sys.argv[1:5]
programs = {
    "statusscope check (20 hops)": [binary, "check", "--max-redirs", "20", f"{base}/r/20"],
    "statusscope check --json (20 hops)": [binary, "check", "--json", "--max-redirs", "20", f"{base}/r/20"],
    "bare QNAM redirect loop (20 hops)": [qnamloop, f"{base}/r/20", "20"],
    "curl -sL (20 hops)": ["curl", "-sL", "--max-redirs", "20", "-o", "/dev/null", f"{base}/r/20"],
    "httpie --follow --all (20 hops)": ["http", "--follow", "--all", "--max-redirects", "30", "GET", f"{base}/r/20"],
}
times = {name: [] for name in programs}
def once(name):
    start = time.perf_counter_ns()
    subprocess.run(programs[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times[name].append((time.perf_counter_ns() - start) / 1e9)
for name in programs:
    for _ in range(3):
        subprocess.run(programs[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
for round in range(60):
    for name in programs:
        if not name.startswith("httpie") or round % 6 == 0:
            once(name)
results = [{"command": name, "mean": statistics.mean(t), "stddev": statistics.stdev(t),
            "median": statistics.median(t), "runs": len(t)} for name, t in times.items()]
json.dump({"results": results}, open(out, "w"))
PY

hyperfine --style basic --warmup 1 --runs 10 --export-json "$work/batch.json" \
    -n "statusscope check --parallel 8 (200 URLs)" "$binary check --parallel 8 --json --input $work/urls.txt > /dev/null" \
    -n "xargs -P8 curl (200 URLs)" "xargs -P8 -n1 curl -sL -o /dev/null < $work/urls.txt"

/usr/bin/python3 - "$work/chain.json" "$work/batch.json" "$ours_rss" "$bare_rss" "$started" "$after100" \
    "$after200" "$barelist_rss" <<'PY'
import json, sys
chain = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
batch = {r["command"]: r for r in json.load(open(sys.argv[2]))["results"]}
ours_rss, bare_rss, started, after100, after200, barelist_rss = (int(v) / 1024 for v in sys.argv[3:9])
print("\n| resident memory | MiB | vs bare window |\n|---|---|---|")
print(f"| bare Qt Widgets window, first paint | {bare_rss:.1f} | 1.00× |")
print(f"| bare list and detail window, first paint | {barelist_rss:.1f} | {barelist_rss/bare_rss:.2f}× |")
print(f"| statusscope, first paint | {ours_rss:.1f} | {ours_rss/bare_rss:.2f}× |")
print(f"| statusscope window after 100 chains (4 hops each) | {after100:.1f} | {after100/bare_rss:.2f}× |")
print(f"| the same after 200 chains | {after200:.1f} | growth from 100 to 200: {after200-after100:+.1f} MiB |")
def row(name, r, ref):
    return f"| {name} | {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f} ms | {r['mean']/ref['mean']:.2f}× |"
print("\n| one 20-hop chain (alternating runs) | median | mean | runs | vs curl | vs bare QNAM loop (goal ≤ 1.10×) |"
      "\n|---|---|---|---|---|---|")
ref = chain["curl -sL (20 hops)"]
floor = chain["bare QNAM redirect loop (20 hops)"]
for name, r in chain.items():
    print(f"| {name} | {r['median']*1000:.1f} ms | {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f} ms | {r['runs']} "
          f"| {r['median']/ref['median']:.2f}× | {r['median']/floor['median']:.2f}× |")
print("(ratios of the medians)")
print("\n| 200 URLs, 8 at a time | mean | vs xargs -P8 curl |\n|---|---|---|")
ref = batch["xargs -P8 curl (200 URLs)"]
for name, r in batch.items():
    print(row(name, r, ref))
ours = batch["statusscope check --parallel 8 (200 URLs)"]
print(f"\nThroughput: statusscope {200/ours['mean']:.0f} URLs/s, xargs -P8 curl {200/ref['mean']:.0f} URLs/s "
      f"({ref['mean']/ours['mean']:.2f}× curl's).")
PY

# Audits at scale (issue 18): 10,000 sources against xargs -P16 curl, and memory at 1,000 vs 10,000.
echo
"$here/auditbench.sh" "$binary" "$base" "$work"

echo
"$benchdir/searchbench"
echo
"$benchdir/consolestall" "$base"
echo
"$benchdir/harimportbench"
echo
"$benchdir/harliststall"
