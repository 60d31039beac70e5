#!/bin/sh
# Makes the fast-starting form of the app at package time (issue 13): target/app, the jar extracted by
# Spring Boot's jarmode tools (a thin placemap.jar and lib/), the gazetteer's binary index in
# target/app/gazetteer, and target/app/placemap.aot, a JDK 25 AOT
# cache (JEP 483/514) recorded by one training run on a throw-away database (target/aot-training) that serves
# a first visit (see below).
# With the build's Spring AOT processing (pom.xml, process-aot), target/app/placemap.args also turns that on.
# Start it with: java @target/app/placemap.args -XX:AOTCache=target/app/placemap.aot -jar target/app/placemap.jar
#
# The cache only holds for the same JDK and the same jars; a JDK without AOT caches (before 25) or a
# failed training run leaves target/placemap.jar as it was, so this never fails the build.
# Usage: aot-cache.sh JAVA TARGET_DIR
set -u
java="$1"
target="$2"
rm -rf "$target/app" "$target/aot-training"
if ! "$java" -Djarmode=tools -jar "$target/placemap.jar" extract --destination "$target/app" >"$target/aot-extract.log" 2>&1; then
  echo "aot-cache: could not extract $target/placemap.jar (see $target/aot-extract.log); it still runs as it is" >&2
  exit 0
fi
# The gazetteer's binary index, shipped with the app (target/app/gazetteer, read-only at run time; see
# IndexCache): built here once from the geodata folder, so that a first start on a fresh machine, or on a server
# the app was copied to, reads it instead of parsing the TSV files, and so that the training run below records the
# classes of that read. A failure only leaves the app making its index in the user's cache on its first start.
mkdir -p "$target/app/gazetteer"
if ! PLACEMAP_GAZETTEER_CACHE_DIR="$target/app/gazetteer" "$java" -jar "$target/app/placemap.jar" \
    gazetteer lookup Aleppo --limit 1 >"$target/gazetteer-index.log" 2>&1 \
    || ! ls "$target/app/gazetteer"/gazetteer-*.bin >/dev/null 2>&1; then
  echo "aot-cache: no gazetteer index shipped (see $target/gazetteer-index.log); the first start will make one" >&2
  rm -rf "$target/app/gazetteer"
else
  chmod a+r "$target/app/gazetteer"/gazetteer-*.bin # readable by whichever account runs the copied app
fi
# The training run uses the options the app runs with (an AOT cache holds only for the same collector and
# object header layout), and Spring's AOT-processed bean definitions when the build made them (the
# process-aot goal: the context is then set up from generated code, without parsing configuration classes).
cp src/main/jvm/placemap.args "$target/app/placemap.args"
if [ -f "$target/classes/org/placemap/Application__ApplicationContextInitializer.class" ]; then
  printf '%s\n' "# Spring's AOT-processed bean definitions (made by the build; see pom.xml, process-aot)" \
    "-Dspring.aot.enabled=true" >> "$target/app/placemap.args"
fi
# The training run serves what a first visit asks for, so that the classes of the first requests are in the
# cache too: it starts the app on a free port, waits until it is ready, asks for the readiness probe, the
# page, the UI's first message (?v-r=init: the map view made on the server) and the article, place and claim
# lists, then stops it (SIGTERM: a graceful shutdown, after which the JVM writes the cache). Without curl, or
# if that run goes wrong, the training only starts the context and exits once it has refreshed.
log="$target/aot-training.log"
train_serving() {
  command -v curl >/dev/null 2>&1 || return 1
  PLACEMAP_DATA_DIR="$target/aot-training" "$java" @"$target/app/placemap.args" \
      -XX:AOTCacheOutput="$target/app/placemap.aot" -jar "$target/app/placemap.jar" --server.port=0 >"$log" 2>&1 &
  pid=$!
  port=""
  n=0
  while [ $n -lt 900 ] && kill -0 "$pid" 2>/dev/null; do
    port=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log" | head -1)
    if [ -n "$port" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then
      break
    fi
    port=""
    sleep 0.2
    n=$((n + 1))
  done
  if [ -z "$port" ]; then
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 1
  fi
  jar="$target/aot-training/cookies"
  for path in / "/?v-r=init&location=&query=" /api/articles /api/places /api/claims; do
    curl -s -m 60 -b "$jar" -c "$jar" -o /dev/null "http://127.0.0.1:$port$path"
  done
  kill -TERM "$pid"
  wait "$pid"
  [ -s "$target/app/placemap.aot" ]
}
train_refresh() {
  PLACEMAP_DATA_DIR="$target/aot-training" "$java" @"$target/app/placemap.args" \
      -XX:AOTCacheOutput="$target/app/placemap.aot" -Dspring.context.exit=onRefresh -jar "$target/app/placemap.jar" \
      --server.port=0 >"$log" 2>&1 && [ -s "$target/app/placemap.aot" ]
}
if train_serving || { rm -rf "$target/app/placemap.aot" "$target/aot-training"; train_refresh; }; then
  echo "aot-cache: $target/app/placemap.aot ($(du -h "$target/app/placemap.aot" | cut -f1)) for $target/app/placemap.jar"
else
  rm -f "$target/app/placemap.aot"
  echo "aot-cache: no AOT cache (see $log); $target/app/placemap.jar starts without it" >&2
fi
rm -rf "$target/aot-training"
exit 0
