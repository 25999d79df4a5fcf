#!/usr/bin/env bash
# Runs the whole Rapor system on this machine: PostgreSQL (started when installed and stopped), a Kafka broker in
# KRaft mode from the Maven artifacts (data under target/local/kafka), the three services and the gateway.
# Ctrl-C stops everything it started.  Options: --no-build (use what is built), --no-demo (skip demo data).
# Each service runs with the Dockerfiles' JVM settings (local/.../ServiceProcess.jvmOptions: serial GC, 96 MiB heap,
# 128 MiB metaspace, C1 only, 512 KiB thread stacks, MALLOC_ARENA_MAX=2); export RAPOR_SERVICE_JVM_OPTS to replace
# them. The start time of each service is printed once all are up.
set -euo pipefail
cd "$(dirname "$0")"
. bin/postgres.sh

build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) args+=("$arg") ;;
  esac
done

command -v java >/dev/null 2>&1 || { echo "Rapor needs a JDK 17 or newer (java on the PATH)." >&2; exit 1; }
ensure_postgres

if [ "$build" = "1" ]; then
  echo "Building (tests skipped; run them with ./mvnw verify)..."
  ./mvnw -B -q -DskipTests package -pl local,assessment-service,survey-service,ranking-service,gateway -am
fi

exec java -Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "local/target/classes:local/target/lib/*" id.rapor.local.LocalStack "${args[@]+"${args[@]}"}"
