#!/usr/bin/env bash
# Every figure of the README's Performance section, each side by side with its reference in one
# run, printed with the ratios. A report, never a pass/fail test: these machines are shared.
# Usage: tests/bench/run.sh BINARY BENCH_DIR   (BENCH_DIR holds barewindow, qnamloop, memorybench,
#        searchbench, consolestall, harimportbench from the same Release build)
set -euo pipefail
binary=$(readlink -f "$1")
benchdir=$(readlink -f "$2")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

/usr/bin/python3 "$here/chainserver.py" "$work/port" &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

for i in $(seq 200); do echo "$base/r/$((i % 3))?n=$i"; done > "$work/urls.txt"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo "Versions: $("$binary" --version), $(curl --version | head -1 | cut -d' ' -f1-2), HTTPie $(http --version 2>/dev/null || echo missing)"
echo

# Start-up: from the launch (CLOCK_MONOTONIC, taken just before the process is spawned) to the
# end of the first paint of the main window, as the program reports it, against the bare Qt
# Widgets window; runs alternate, offscreen, with the settings and history a previous run left.
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
/usr/bin/python3 - "$binary" "$benchdir/barewindow" > "$work/startup.txt" <<'PY'
import os, statistics, subprocess, sys, time
env = dict(os.environ, STATUSSCOPE_EXIT_AFTER_FIRST_PAINT="1")
def launch(program):
    start = time.monotonic_ns()
    err = subprocess.run([program], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL).stderr.decode()
    fields = dict(line.split(" ", 1) for line in err.splitlines() if line.startswith(("first_paint_ns", "resident_kib")))
    return (int(fields["first_paint_ns"]) - start) / 1e6, int(fields["resident_kib"])
runs = {p: [] for p in sys.argv[1:3]}
for program in sys.argv[1:3]:
    for _ in range(3):
        launch(program)  # warm-up: caches, and the settings and history a user has
for _ in range(30):
    for program in sys.argv[1:3]:
        runs[program].append(launch(program))
for program in sys.argv[1:3]:
    times = [t for t, _ in runs[program]]
    print(statistics.mean(times), statistics.stdev(times), statistics.median(times), runs[program][-1][1])
PY
read -r ours_ms ours_sd ours_median ours_rss < <(sed -n 1p "$work/startup.txt")
read -r bare_ms bare_sd bare_median bare_rss < <(sed -n 2p "$work/startup.txt")
read -r _ _ started _ after100 _ after200 < <("$benchdir/memorybench" "$base")

# The same start-up counted in instructions (callgrind, every thread): the same count on every run,
# however busy the machine, so it shows the work behind the noisy times above.
instructions() {
    STATUSSCOPE_EXIT_AFTER_FIRST_PAINT=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1
}
ours_instructions=$(instructions "$binary")
bare_instructions=$(instructions "$benchdir/barewindow")

hyperfine --style basic --warmup 3 --runs 30 --export-json "$work/chain.json" \
    -n "statusscope check (20 hops)" "$binary check --max-redirs 20 $base/r/20 > /dev/null" \
    -n "curl -sL (20 hops)" "curl -sL --max-redirs 20 -o /dev/null $base/r/20" \
    -n "bare QNAM redirect loop (20 hops)" "$benchdir/qnamloop $base/r/20 20 > /dev/null" \
    -n "httpie --follow --all (20 hops)" "http --follow --all --max-redirects 30 GET $base/r/20 > /dev/null"

hyperfine --style basic --warmup 1 --runs 10 --export-json "$work/batch.json" \
    -n "statusscope check --parallel 8 (200 URLs)" "$binary check --parallel 8 --json --input $work/urls.txt > /dev/null" \
    -n "xargs -P8 curl (200 URLs)" "xargs -P8 -n1 curl -sL -o /dev/null < $work/urls.txt"

/usr/bin/python3 - "$work/chain.json" "$work/batch.json" "$ours_rss" "$bare_rss" "$started" "$after100" \
    "$after200" "$ours_ms" "$ours_sd" "$ours_median" "$bare_ms" "$bare_sd" "$bare_median" \
    "$ours_instructions" "$bare_instructions" <<'PY'
import json, sys
chain = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
batch = {r["command"]: r for r in json.load(open(sys.argv[2]))["results"]}
ours_rss, bare_rss, started, after100, after200 = (int(v) / 1024 for v in sys.argv[3:8])
ours_ms, ours_sd, ours_median, bare_ms, bare_sd, bare_median = (float(v) for v in sys.argv[8:14])
print("\n| start-up to the first painted window (30 runs each) | mean | median | vs bare window |\n|---|---|---|---|")
print(f"| statusscope | {ours_ms:.1f} ± {ours_sd:.1f} ms | {ours_median:.1f} ms | {ours_ms/bare_ms:.2f}× |")
print(f"| bare Qt Widgets window | {bare_ms:.1f} ± {bare_sd:.1f} ms | {bare_median:.1f} ms | 1.00× |")
ours_ir, bare_ir = int(sys.argv[14]), int(sys.argv[15])
print(f"\nInstructions to the first paint (callgrind): statusscope {ours_ir/1e6:.1f} M, "
      f"bare window {bare_ir/1e6:.1f} M ({ours_ir/bare_ir:.2f}×).")
print("\n| resident memory | MiB | vs bare window |\n|---|---|---|")
print(f"| bare Qt Widgets window, first paint | {bare_rss:.1f} | 1.00× |")
print(f"| statusscope, first paint | {ours_rss:.1f} | {ours_rss/bare_rss:.2f}× |")
print(f"| statusscope window after 100 chains (4 hops each) | {after100:.1f} | {after100/bare_rss:.2f}× |")
print(f"| the same after 200 chains | {after200:.1f} | growth from 100 to 200: {after200-after100:+.1f} MiB |")
def row(name, r, ref):
    return f"| {name} | {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f} ms | {r['mean']/ref['mean']:.2f}× |"
print("\n| one 20-hop chain | mean | vs curl | vs bare QNAM loop |\n|---|---|---|---|")
ref = chain["curl -sL (20 hops)"]
floor = chain["bare QNAM redirect loop (20 hops)"]
for name, r in chain.items():
    print(row(name, r, ref) + f" {r['mean']/floor['mean']:.2f}× |")
print("\n| 200 URLs, 8 at a time | mean | vs xargs -P8 curl |\n|---|---|---|")
ref = batch["xargs -P8 curl (200 URLs)"]
for name, r in batch.items():
    print(row(name, r, ref))
ours = batch["statusscope check --parallel 8 (200 URLs)"]
print(f"\nThroughput: statusscope {200/ours['mean']:.0f} URLs/s, xargs -P8 curl {200/ref['mean']:.0f} URLs/s "
      f"({ref['mean']/ours['mean']:.2f}× curl's).")
PY

echo
"$benchdir/searchbench"
echo
"$benchdir/consolestall" "$base"
echo
"$benchdir/harimportbench"
