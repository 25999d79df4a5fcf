#!/bin/sh
# Stand-in for the UBI OpenJDK image's run-java.sh: the same variables, none of its auto-tuning.
# JAVA_OPTS replaces the defaults, GC_CONTAINER_OPTIONS picks the collector, JAVA_OPTS_APPEND comes last.
set -e
: "${JAVA_APP_JAR:?JAVA_APP_JAR must name the application jar}"
gc=${GC_CONTAINER_OPTIONS:--XX:+UseParallelGC}
defaults=${JAVA_OPTS:--XX:MaxRAMPercentage=80.0 $gc -XX:+ExitOnOutOfMemoryError}
cd "${JAVA_APP_DIR:-/deployments}"
# shellcheck disable=SC2086
exec java $defaults $JAVA_OPTS_APPEND -jar "$JAVA_APP_JAR" "$@"
