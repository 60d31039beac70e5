#!/usr/bin/env bash
# Heap and restore time of a large library: fills a fresh data folder with 1,000 articles (980 real news
# and encyclopaedia texts from ../shared/eval: LGL, GeoVirus, WikToR; and twenty of 5 MB, each the same
# texts shuffled into one article), then restarts the app on it with -Xmx1g and reports the restore
# time, the heap after a full GC, the resident memory and whether the map and the API answer.
# Usage: bench/library-heap.sh [PORT]   (after a build: target/placemap.jar must exist; takes ~10 min)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18090}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jcmd=$(dirname "$java")/jcmd
data=$(mktemp -d)
log=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
start() {
  "$java" -Xmx1g -jar target/placemap.jar --server.port="$port" --placemap.data-dir="$data" \
    --placemap.writes-per-minute=0 --placemap.max-library-bytes=1GB --placemap.parse-time-budget=120s >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/articles" -o /dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$log" >&2; exit 1; }
    sleep 0.2
  done
}
heap() { "$jcmd" "$pid" GC.run >/dev/null; sleep 1; "$jcmd" "$pid" GC.heap_info | grep -o "used [0-9]*K" | head -1; }
start
echo "filling: $(date +%T)"
python3 - "$port" <<'PY'
import json, random, re, sys, urllib.request, xml.etree.ElementTree as ET
port = sys.argv[1]
texts = []
for path in ["../shared/eval/LGL/lgl.xml", "../shared/eval/GeoVirus/GeoVirus.xml"]:
    for a in ET.parse(path).getroot().iter("article"):
        t = a.findtext("text")
        if t and t.strip():
            texts.append(t.strip())
texts += [json.loads(l)["text"] for l in open("../shared/eval/WikToR/wiktor_docs.jsonl")]
def post(text, title):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/articles", json.dumps({"title": title, "text": text}).encode(),
                                 {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req, timeout=600))
small = 0
for i, t in enumerate(texts):
    if small == 980: break
    r = post(t, None)
    small += 0 if r.get("duplicate") else 1
rnd = random.Random(1)
for k in range(20):
    rnd.shuffle(texts)
    parts, size = [], 0
    for t in texts:
        if size + len(t.encode()) + 2 > 4_900_000: break
        parts.append(t); size += len(t.encode()) + 2
    r = post("\n\n".join(parts), f"Large article {k + 1}")
    print(f"large {k + 1}: {r['article']['status']}, {r['article']['mentionCount']} mentions", flush=True)
print(f"small articles added: {small}")
PY
echo "filled: $(date +%T); heap with the library built by adding: $(heap)"
kill "$pid"; wait "$pid" 2>/dev/null || true
t0=$(date +%s%N)
start
ready=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "restart with -Xmx1g: API answering after $ready ms"
grep -o "Corpus: restored .*" "$log" | head -1
echo "heap after a full GC: $(heap); RSS $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
curl -s -o /dev/null -w "GET /api/places.geojson: HTTP %{http_code}, %{size_download} bytes, %{time_total} s\n" "http://127.0.0.1:$port/api/places.geojson"
curl -s -o /dev/null -w "GET / (the map page): HTTP %{http_code}, %{time_total} s\n" "http://127.0.0.1:$port/"
echo "OutOfMemoryError lines in the log: $(grep -c OutOfMemoryError "$log" || true)"
