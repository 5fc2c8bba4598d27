#!/usr/bin/env bash
# Times the study trip's carpool plan for 60 participants and 15 drivers (target: 1 s on 2 cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
mvn -B -q -ntp -DskipTests install -pl module-study-trip -am
cd module-study-trip
mvn -B -q -ntp test-compile
java -cp target/test-classes:target/classes -Dbench.runs="${BENCH_RUNS:-20}" fr.tierslieu.studytrip.domain.CarpoolBenchmark
