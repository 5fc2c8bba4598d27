#!/usr/bin/env bash
# Measures the foundation's performance targets on this machine (see docs/benchmarks.md):
# cold start to ready, resident memory after start, and the actor table's first page with 5,000
# actors. Builds the application first. Takes about 3 minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
mvn -B -q -ntp -DskipTests install
cd webapp
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dbench.starts="${BENCH_STARTS:-3}" -Dbench.requests="${BENCH_REQUESTS:-300}" -Dbench.actors="${BENCH_ACTORS:-5000}" \
  fr.tierslieu.web.bench.ServerBenchmark "$root"
