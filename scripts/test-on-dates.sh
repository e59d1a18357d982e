#!/usr/bin/env bash
# Runs the tests with the app's clock set to each of the days that have tripped a
# calendar before: the 1st, 7th, 15th, 16th, 28th and 31st of a month, 1 January and
# 29 February (JALON_NOW; tests/helpers/test-clock.ts). A day's failures are kept in
# test-results/dates/DAY.log. Usage: scripts/test-on-dates.sh [unit|e2e|all] [DAY…]
# About 8 minutes a day for `all` on a 2-core machine.
set -uo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
shift || true
days=("$@")
[ ${#days[@]} -gt 0 ] || days=(2026-12-01 2026-12-07 2026-12-15 2026-12-16 2026-12-28 2026-12-31 2027-01-01 2028-02-29)
case "$which" in
  unit) command=(npm run test:unit) ;;
  e2e) command=(npm run test:e2e) ;;
  all) command=(sh -c 'npm run test:unit && npm run test:e2e') ;;
  *) echo "usage: scripts/test-on-dates.sh [unit|e2e|all] [YYYY-MM-DD…]" >&2; exit 2 ;;
esac
mkdir -p test-results/dates
failed=()
for day in "${days[@]}"; do
  echo "== $day"
  if JALON_NOW="$day" "${command[@]}" > "test-results/dates/$day.log" 2>&1; then
    echo "   passed"
  else
    echo "   FAILED: test-results/dates/$day.log"
    failed+=("$day")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed on: ${failed[*]}"
  exit 1
fi
echo "Passed on every day."
