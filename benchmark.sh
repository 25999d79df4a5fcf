#!/usr/bin/env bash
# Runs the Rapor benchmark suite: builds what it needs (tests skipped), starts an isolated stack (free ports,
# throw-away databases) unless --url is given, prints a table and writes target/benchmarks/results-<time>.json and
# target/benchmarks/latest.json.  ./benchmark.sh --help lists the options; benchmarks/README.md explains the numbers.
#   ./benchmark.sh                         the suite (200,000-row ingestion, a few minutes)
#   ./benchmark.sh --rows 1000000          the 1,000,000-row ingestion, then its CSV and XLSX export
#   ./benchmark.sh --soak 10m              10 minutes of steady mixed load, errors and memory per minute
#   ./benchmark.sh --compare target/benchmarks/latest.json   the change against an earlier run
# Options: --no-build (use what is built) plus the suite's own options.
set -euo pipefail
cd "$(dirname "$0")"
. bin/postgres.sh

build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --help) build=0; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

command -v java >/dev/null 2>&1 || { echo "Rapor needs a JDK 17 or newer (java on the PATH)." >&2; exit 1; }
ensure_postgres

if [ "$build" = "1" ]; then
  echo "Building (tests skipped)..."
  ./mvnw -B -q -DskipTests package -pl benchmarks,assessment-service,survey-service,ranking-service,gateway -am
fi

# The benchmark measures what a submission costs, not the abuse limits: the stack it starts lifts the service's and
# the gateway's per client and per campaign submission limits (override by exporting these before the run).
export SURVEY_INTEGRITY_RATE_LIMIT_CLIENT_BURST="${SURVEY_INTEGRITY_RATE_LIMIT_CLIENT_BURST:-1000000000}"
export SURVEY_INTEGRITY_RATE_LIMIT_CAMPAIGN_BURST="${SURVEY_INTEGRITY_RATE_LIMIT_CAMPAIGN_BURST:-1000000000}"
export RAPOR_GATEWAY_SURVEY_SUBMISSION_LIMIT_BURST="${RAPOR_GATEWAY_SURVEY_SUBMISSION_LIMIT_BURST:-1000000000}"

exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$PWD/benchmarks/target/classes:$PWD/benchmarks/target/lib/*" id.rapor.bench.BenchmarkSuite \
  "${args[@]+"${args[@]}"}"
