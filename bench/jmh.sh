#!/bin/sh
# Runs the JMH benchmarks of src/test/java/org/placemap/bench from compiled classes with the Maven test
# classpath; see BENCHMARKS.md. Compile first (mvn test-compile): this script does not build.
#
#   bench/jmh.sh                       every benchmark (about 4 minutes on two cores)
#   bench/jmh.sh GazetteerLookup       benchmarks whose name matches the regex
#   bench/jmh.sh GazetteerLookup -f 1 -wi 1 -i 2   any further JMH options after the regex
#
# Environment: JAVA_HOME (else java on PATH), CLASSES (target/classes), TEST_CLASSES
# (target/test-classes), CPFILE (target/jmh-classpath.txt: written by `mvn dependency:build-classpath`
# when missing or older than pom.xml). The gazetteer cache for the benchmarks lives in target/bench-cache,
# never in the user's own cache.
set -eu
cd "$(dirname "$0")/.."
JAVA=java
[ -n "${JAVA_HOME:-}" ] && JAVA="$JAVA_HOME/bin/java"
CLASSES=${CLASSES:-target/classes}
TEST_CLASSES=${TEST_CLASSES:-target/test-classes}
CPFILE=${CPFILE:-target/jmh-classpath.txt}
CACHE=target/bench-cache

if [ ! -s "$CPFILE" ] || [ pom.xml -nt "$CPFILE" ]; then
  mkdir -p "$(dirname "$CPFILE")"
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CPFILE"
fi
if [ ! -f "$TEST_CLASSES/META-INF/BenchmarkList" ]; then
  echo "bench/jmh.sh: no compiled benchmarks in $TEST_CLASSES (run: mvn test-compile)" >&2
  exit 1
fi
CP="$TEST_CLASSES:$CLASSES:$(cat "$CPFILE")"
if [ $# -eq 0 ]; then
  set -- 'org.placemap.bench.'
fi

# heap retained by the loaded gazetteer, under the issue's limit; also writes the benchmark cache
"$JAVA" -Xmx512m -Dplacemap.bench.cache="$CACHE" -cp "$CP" org.placemap.bench.GazetteerFootprint
exec "$JAVA" -Dplacemap.bench.cache="$CACHE" -cp "$CP" org.openjdk.jmh.Main "$@"
