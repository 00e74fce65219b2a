#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `statusscope audit` at scale (issue 18), side by side with its reference in one run:
# - 10,000 sources against chainserver.py, a quarter each with 0, 1, 2 and 3 redirects, against
#   `xargs -P16 curl -sL -w '%{http_code} %{url_effective}'` over the same list (goal: 5× curl's
#   throughput). The audit runs twice: with its polite defaults (16 chains, 4 requests per host:
#   here every source is on one host), and with 16 per host, curl's concurrency;
# - the audit's peak resident memory (/usr/bin/time -v) at 10,000 sources against 1,000 (goal: no
#   more than 8 MiB above): nothing is kept per source once its row is out.
# A report, never a pass/fail test: these machines are shared.
# Usage: tests/bench/auditbench.sh BINARY BASE_URL WORK_DIR [SOURCES]   (AUDIT_BENCH_RUNS: runs each, 5)
set -euo pipefail
binary=$1
base=$2
work=$3
count=${4:-10000}
small=$((count / 10))

for i in $(seq "$count"); do echo "$base/r/$((i % 4))?n=$i"; done > "$work/audit-large.txt"
head -n "$small" "$work/audit-large.txt" > "$work/audit-small.txt"

hyperfine --style basic --warmup 1 --runs "${AUDIT_BENCH_RUNS:-5}" --export-json "$work/audit.json" \
    -n "statusscope audit (defaults: 16 chains, 4 per host)" \
    "$binary audit --list --max-chain 3 --format jsonl $work/audit-large.txt > $work/audit-out.jsonl" \
    -n "statusscope audit --per-host 16" \
    "$binary audit --list --max-chain 3 --per-host 16 --format jsonl $work/audit-large.txt > /dev/null" \
    -n "xargs -P16 curl -sL -w" \
    "xargs -P16 -n1 curl -sL -o /dev/null -w '%{http_code} %{url_effective}\n' < $work/audit-large.txt > /dev/null"

# The output is checked once: every source has its row, and the summary closes the file.
rows=$(grep -c '"source"' "$work/audit-out.jsonl" || true)
summary=$(tail -n 1 "$work/audit-out.jsonl")

peak() {
    /usr/bin/time -v "$binary" audit --list --max-chain 3 --format jsonl "$1" 2>&1 >/dev/null \
        | sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p'
}
small_kib=$(peak "$work/audit-small.txt")
large_kib=$(peak "$work/audit-large.txt")

/usr/bin/python3 - "$work/audit.json" "$count" "$small" "$small_kib" "$large_kib" "$rows" "$summary" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
count, small, small_kib, large_kib, rows = (int(v) for v in sys.argv[2:7])
curl = results["xargs -P16 curl -sL -w"]
print(f"\n| {count:,} sources (0–3 redirects each) | mean | sources/s | vs xargs -P16 curl (goal ≥ 5×) |")
print("|---|---|---|---|")
for name, r in results.items():
    print(f"| {name} | {r['mean']:.2f} ± {r['stddev']:.2f} s | {count / r['mean']:,.0f} "
          f"| {curl['mean'] / r['mean']:.2f}× |")
print(f"\nRows written: {rows:,} of {count:,}; last line: {sys.argv[7]}")
print(f"\n| audit peak resident memory | MiB |\n|---|---|")
print(f"| {small:,} sources | {small_kib / 1024:.1f} |")
print(f"| {count:,} sources | {large_kib / 1024:.1f} |")
print(f"| growth (goal ≤ 8 MiB) | {(large_kib - small_kib) / 1024:+.1f} |")
PY
