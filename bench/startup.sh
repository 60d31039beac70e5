#!/usr/bin/env bash
# Measures the web app's startup: wall time from `java -jar` to "Started Application", the gazetteer
# load and corpus parse times it logs, its resident memory once started, and the jar size.
# Usage: bench/startup.sh [RUNS] [--aot] [--bare]   (after a build: target/placemap.jar must exist)
#   The app starts with the JVM options it is documented to run with (src/main/jvm/placemap.args):
#          java @src/main/jvm/placemap.args -jar target/placemap.jar
#   --aot: start the extracted form with its AOT cache and its argument file instead (target/app, made by
#          `mvn package`; the argument file adds Spring's AOT-processed bean definitions):
#          java @target/app/placemap.args -XX:AOTCache=target/app/placemap.aot -jar target/app/placemap.jar
#   --bare: without those options (the JVM's defaults; with --aot, only the cache, which then needs a
#          cache trained without them), to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
aot=false
bare=false
for a in "$@"; do
  case "$a" in
    --aot) aot=true ;;
    --bare) bare=true ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=target/placemap.jar
flags=()
$bare || flags=(@src/main/jvm/placemap.args)
if $aot; then
  jar=target/app/placemap.jar
  [ -f target/app/placemap.aot ] || { echo "no target/app/placemap.aot: run mvn package with JDK 25" >&2; exit 1; }
  # the form's own argument file: the same options plus -Dspring.aot.enabled=true (src/build/aot-cache.sh)
  $bare || flags=(@target/app/placemap.args)
  flags+=(-XX:AOTCache=target/app/placemap.aot)
fi
[ -f "$jar" ] || { echo "no $jar: build first" >&2; exit 1; }
echo "jar: $(du -h "$jar" | cut -f1) ($(stat -c %s "$jar") bytes)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  start=$(date +%s%N)
  "$java" "${flags[@]}" -jar "$jar" --server.port=0 >"$log" 2>&1 &
  pid=$!
  until grep -q "Started Application" "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  gaz=$(grep -o "Gazetteer: .* in [0-9]* ms" "$log" | grep -o "[0-9]* ms$")
  corpus=$(grep -oE "Corpus: (parsed|restored) [0-9]* articles .* in [0-9]* ms" "$log" | tail -1 | grep -oE "in [0-9]* ms" | grep -oE "[0-9]* ms")
  spring=$(grep -o "Started Application in [0-9.]* seconds" "$log" | grep -o "[0-9.]* seconds")
  port=$(grep -oE "Tomcat started on port [0-9]+" "$log" | grep -oE "[0-9]+$" | head -1)
  curl -s -o /dev/null "http://localhost:$port/" || true
  sleep 5
  idle=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  echo "run $i: ready after $wall ms (Spring: $spring), gazetteer load $gaz, corpus load $corpus, RSS $rss MB at ready, $idle MB after a page load and 5 s idle"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
done
