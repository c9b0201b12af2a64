#!/usr/bin/env bash
# Mutation testing of the guards (not CI: slow). Runs Stryker with stryker.config.mjs and prints
# the mutation score and every surviving mutant (file:line, mutator, replacement).
#   bench/mutation.sh                 # MUTATION_SCOPE=all
#   MUTATION_SCOPE=rules bench/mutation.sh
#   MUTATION_SCOPE=services MUTATION_TESTS=test/integration/access-matrix.int.test.ts bench/mutation.sh
# The JSON report is kept in reports/mutation/<scope>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scope="${MUTATION_SCOPE:-all}"
export MUTATION_SCOPE="$scope"
start=$(date +%s)
npx stryker run stryker.config.mjs --logLevel "${STRYKER_LOG_LEVEL:-warn}" || true
echo "Thời gian chạy: $(( $(date +%s) - start )) s"
node bench/mutation-summary.mjs "reports/mutation/${MUTATION_REPORT:-$scope}.json"
