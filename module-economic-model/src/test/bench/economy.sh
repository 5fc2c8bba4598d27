#!/usr/bin/env bash
# Times the economic model's forecast (10 years, 200 lines, 3 variants; target 20 ms) and 10,000
# Monte Carlo runs (target 3 s); then the premises occupancy simulation, 30 spaces × 20
# activities over a year hour by hour (target 200 ms) and 50 × 50.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
"$root/mvnw" -B -q -ntp -DskipTests install -pl module-economic-model -am
cd module-economic-model
"$root/mvnw" -B -q -ntp test-compile
java -cp target/test-classes:target/classes fr.tierslieu.economy.domain.EconomyBenchmark
java -cp target/test-classes:target/classes fr.tierslieu.economy.domain.PremisesBenchmark
