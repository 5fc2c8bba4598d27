#!/usr/bin/env bash
# Times the core's engines against the issues' targets (see docs/benchmarks.md): the roadmap
# scheduler (2,000 tasks, 5,000 links, target 200 ms) and MACTOR (60 actors x 40 objectives,
# target 20 ms). Runs in well under a minute. BENCH_RUNS / BENCH_WARMUP change the counts.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
mvn -B -q -ntp -DskipTests install -pl core -am
cd core
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dbench.runs="${BENCH_RUNS:-50}" -Dbench.warmup="${BENCH_WARMUP:-30}" \
  fr.tierslieu.core.bench.EngineBenchmark
