#!/usr/bin/env bash
# Bounded work for writers: posts one large article dense with place names to a running placemap and,
# while it is being parsed and stored, posts a small article every second and times each answer.
# Usage: bench/write-contention.sh [MB] [PORT]   (default 5 MB, port 8080; the app must be running:
#   java -Xmx1g -jar target/placemap.jar --placemap.data-dir=/tmp/pm-bench)
set -euo pipefail
mb=${1:-5}
port=${2:-8080}
base="http://127.0.0.1:$port/api/articles"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Sentences of real Syrian place names with distances between them, repeated to the size asked for;
# a run number in each paragraph keeps the text unique so the library never sees a duplicate.
python3 - "$mb" "$work/big.json" <<'PY'
import json, sys, random
mb, out = float(sys.argv[1]), sys.argv[2]
names = ["Aleppo", "Hama", "Homs", "Tartus", "Latakia", "Damascus", "Idlib", "Raqqa", "Deir ez-Zor", "Palmyra",
         "Daraa", "Quneitra", "Qamishli", "Hasakah", "Manbij", "Kobani", "Afrin", "Jableh", "Baniyas", "Suwayda"]
rnd = random.Random(7)
parts, size, n = ["Dispatches from across Syria\n\n"], 0, 0
while size < mb * 1_000_000:
    a, b, c = rnd.sample(names, 3)
    s = f"Report {n}: fighting near {a} and {b} was reported, {rnd.randint(5, 300)} km from {c}, officials in {a} said.\n"
    if n % 5 == 4:
        s += "\n"
    parts.append(s); size += len(s.encode()); n += 1
json.dump({"title": f"Large dense article {mb} MB {rnd.random()}", "text": "".join(parts)}, open(out, "w"))
PY
echo "large article: $(stat -c %s "$work/big.json") bytes of JSON"
start=$(date +%s%N)
curl -s -o "$work/big.out" -w "large article: HTTP %{http_code} after %{time_total} s\n" \
  -H 'Content-Type: application/json' --data-binary @"$work/big.json" "$base" > "$work/big.status" &
big=$!
i=0
while kill -0 "$big" 2>/dev/null; do
  i=$((i + 1))
  curl -s -o /dev/null -w "small article $i: HTTP %{http_code} after %{time_total} s\n" \
    -H 'Content-Type: application/json' \
    --data "{\"text\": \"Small note $i $start: Hama lies about 50 miles from Tartus.\"}" "$base"
  sleep 1
done
wait "$big"
cat "$work/big.status"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); a=d.get('article',{}); print('stored:', a.get('status'), a.get('mentionCount'), 'mentions,', a.get('claimCount'), 'claims', a.get('failureReason') or '')" "$work/big.out" || head -c 400 "$work/big.out"
echo "total: $(( ($(date +%s%N) - start) / 1000000 )) ms"
