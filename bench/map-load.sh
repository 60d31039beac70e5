#!/usr/bin/env bash
# Page load and click latency of the map with a large library (issue 11: 100 articles, 1,000 claims):
# fills a fresh data folder with 100 real news texts (the first 100 of LGL, ../shared/eval), each followed
# by ten sentences that state a distance between two cities of over a million people (GeoNames
# cities500, fixed seed: "Lagos lies about 840 km from Accra."), so the library holds about 1,000 claims;
# then opens the map in Chromium five times (MapLoadBenchmark): navigation → first marker, → claim lines,
# and click on a marker → its first excerpt.
# Usage: bench/map-load.sh [PORT]   (after a build: target/placemap.jar and target/test-classes must exist;
# PLACEMAP_BENCH_ARGS adds options to the server, e.g. "--vaadin.eagerServerLoad=true"; PLACEMAP_BENCH_JVM replaces
# the JVM options, "-Xmx1g" by default, e.g. "@src/main/jvm/placemap.args")
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18091}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
data=$(mktemp -d)
log=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
"$java" ${PLACEMAP_BENCH_JVM:--Xmx1g} -jar target/placemap.jar --server.port="$port" --placemap.data-dir="$data" \
  --placemap.writes-per-minute=0 ${PLACEMAP_BENCH_ARGS:-} >"$log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/api/articles" -o /dev/null; do
  kill -0 "$pid" 2>/dev/null || { tail -40 "$log" >&2; exit 1; }
  sleep 0.2
done
python3 - "$port" <<'PY'
import gzip, json, random, sys, urllib.request, xml.etree.ElementTree as ET
port = sys.argv[1]
cities = []
with gzip.open("../shared/geodata/geonames/cities500.txt.gz", "rt", encoding="utf-8") as f:
    for line in f:
        c = line.split("\t")
        if int(c[14] or 0) >= 1_000_000 and c[1].isascii():
            cities.append(c[1])
rnd = random.Random(11)
texts = [a.findtext("text").strip() for a in ET.parse("../shared/eval/LGL/lgl.xml").getroot().iter("article")
         if (a.findtext("text") or "").strip()][:100]
for i, t in enumerate(texts):
    claims = " ".join(f"{a} lies about {rnd.randrange(20, 2000, 10)} km from {b}."
                      for a, b in (rnd.sample(cities, 2) for _ in range(10)))
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/articles",
                                 json.dumps({"title": f"Article {i + 1}", "text": t + "\n\n" + claims}).encode(),
                                 {"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=600).read()
claims = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/claims"))
places = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/places"))["features"]
print(f"library: {len(texts)} articles, {len(places)} places, {len(claims)} claims "
      f"({sum(1 for c in claims if c['from'].get('lat') is not None and c['to'].get('lat') is not None)} drawable)")
PY
cp=$(cat target/test-classpath.txt 2>/dev/null || true)
if [ -z "$cp" ]; then
  mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
  cp=$(cat target/test-classpath.txt)
fi
"$java" -cp "target/test-classes:target/classes:$cp" org.placemap.bench.MapLoadBenchmark "http://127.0.0.1:$port/" 5
