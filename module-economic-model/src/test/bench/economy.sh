#!/usr/bin/env bash
# Times the economic model's forecast (10 years, 200 lines, 3 variants; target 20 ms) and 10,000
# Monte Carlo runs (target 3 s).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
mvn -B -q -ntp -DskipTests install -pl module-economic-model -am
cd module-economic-model
mvn -B -q -ntp test-compile
java -cp target/test-classes:target/classes fr.tierslieu.economy.domain.EconomyBenchmark
