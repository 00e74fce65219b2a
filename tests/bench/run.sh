#!/usr/bin/env bash
# Benchmarks `statusscope check` side by side with curl and HTTPie in one run (hyperfine), and
# prints the figures with their ratios. A report, never a pass/fail test: these machines are shared.
# Usage: tests/bench/run.sh BINARY [CONSOLESTALL]
set -euo pipefail
binary=$(readlink -f "$1")
stall=${2:-}
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

hyperfine --style basic --warmup 3 --runs 30 --export-json "$work/chain.json" \
    -n "statusscope check (20 hops)" "$binary check --max-redirs 20 $base/r/20 > /dev/null" \
    -n "curl -sL (20 hops)" "curl -sL --max-redirs 20 -o /dev/null $base/r/20" \
    -n "httpie --follow --all (20 hops)" "http --follow --all --max-redirects 30 GET $base/r/20 > /dev/null"

hyperfine --style basic --warmup 1 --runs 10 --export-json "$work/batch.json" \
    -n "statusscope check --parallel 8 (200 URLs)" "$binary check --parallel 8 --json --input $work/urls.txt > /dev/null" \
    -n "xargs -P8 curl (200 URLs)" "xargs -P8 -n1 curl -sL -o /dev/null < $work/urls.txt"

/usr/bin/python3 - "$work/chain.json" "$work/batch.json" <<'PY'
import json, sys
chain = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
batch = {r["command"]: r for r in json.load(open(sys.argv[2]))["results"]}
def row(name, r, ref):
    return f"| {name} | {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f} ms | {r['mean']/ref['mean']:.2f}× |"
print("\n| one 20-hop chain | mean | vs curl |\n|---|---|---|")
ref = chain["curl -sL (20 hops)"]
for name, r in chain.items():
    print(row(name, r, ref))
print("\n| 200 URLs, 8 at a time | mean | vs xargs -P8 curl |\n|---|---|---|")
ref = batch["xargs -P8 curl (200 URLs)"]
for name, r in batch.items():
    print(row(name, r, ref))
ours = batch["statusscope check --parallel 8 (200 URLs)"]
print(f"\nThroughput: statusscope {200/ours['mean']:.0f} URLs/s, xargs -P8 curl {200/ref['mean']:.0f} URLs/s "
      f"({ref['mean']/ours['mean']:.2f}× curl's).")
PY

if [ -n "$stall" ]; then
    echo
    "$stall" "$base"
fi
