#!/usr/bin/env bash
# The container check: builds the four service images from their Dockerfiles, brings up docker-compose.yml with
# two instances of the survey and ranking services (docker-compose.scale-out.yml) offline, and runs a scenario
# through the gateway: units, campaigns, responses through both survey instances, the ranking converges; an admin
# rebuild with two ranking instances gives the same numbers; the broker is recreated and both ranking services
# restarted, and the ranking survives (the topics are kept on Kafka's volume); a rebuild with one ranking instance
# gives the same numbers again. Then everything is torn down, also on failure.
#
# Needs root (Debian/Ubuntu): installs docker.io, docker-compose and debootstrap when missing. Runs its own
# dockerd inside a private network namespace (nothing on the host's network or firewall changes), with base
# images built from Debian packages (bin/container-images.sh; cached under $RAPOR_CONTAINER_CACHE).
# The services' jars are built with ./mvnw package when missing or older than their sources.
#
# Usage: bin/container-check.sh            (CI runs it after ./mvnw -B verify)
# Env:   RAPOR_CONTAINER_CACHE (default /var/cache/rapor-containers)  images, engine data, root file systems
#        RAPOR_CHECK_KEEP=1   leave the stack running at the end (tear down with: bin/container-check.sh --down)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export RAPOR_CONTAINER_CACHE=${RAPOR_CONTAINER_CACHE:-/var/cache/rapor-containers}
cache=$RAPOR_CONTAINER_CACHE
run=/run/rapor-check
netns=rapor-check
netns_file=/run/netns/$netns
data_root=$cache/docker
socket=$run/docker.sock
project=rapor-check
compose_files=(-f docker-compose.yml -f docker-compose.scale-out.yml -f deploy/containers/compose.check.yml)
issuer=https://rapor-check.invalid/realms/rapor
audience=rapor-check
started=$SECONDS
phase_started=$SECONDS

log() { printf '[check %s +%ss] %s\n' "$(date +%H:%M:%S)" "$((SECONDS - started))" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
phase() {
  log "$1 done in $((SECONDS - phase_started)) s"
  timings+=("$1=$((SECONDS - phase_started))s")
  phase_started=$SECONDS
}
timings=()

[ "$(id -u)" = 0 ] || fail "run as root (it starts its own container engine in a private network namespace)"

# ---- packages ------------------------------------------------------------------------------------------------
need=()
[ -x /usr/sbin/dockerd ] && [ -x /usr/bin/docker ] || need+=(docker.io)
command -v docker-compose >/dev/null || need+=(docker-compose)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v curl >/dev/null || need+=(curl)
command -v jq >/dev/null || need+=(jq)
command -v openssl >/dev/null || need+=(openssl)
command -v ip >/dev/null || need+=(iproute2)
if [ "${#need[@]}" -gt 0 ]; then
  log "installing ${need[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Debian's client matches Debian's engine (another docker client may come first on the PATH).
docker_bin=/usr/bin/docker
# Children never inherit the lock's descriptor (9): a leftover of a killed run must not hold the lock.
in_ns() { nsenter --net="$netns_file" "$@" 9>&-; }
docker() { in_ns "$docker_bin" -H "unix://$socket" "$@"; }
compose() {
  in_ns env DOCKER_HOST="unix://$socket" COMPOSE_DOCKER_CLI_BUILD=0 DOCKER_BUILDKIT=0 \
    docker-compose --ansi never -p "$project" "${compose_files[@]}" "$@"
}

mkdir -p "$cache" "$run"
exec 9>"$cache/check.lock"
if ! flock -n 9; then
  log "waiting for another container check (lock $cache/check.lock)"
  flock -w 1800 9 || fail "another container check holds $cache/check.lock"
fi

# ---- engine: start, stop, and clean up what a killed run left behind ------------------------------------------
pid_of() { # PIDFILE NEEDLE: the pid in the file if that process is alive and its command line has NEEDLE
  local pid
  pid=$(cat "$1" 2>/dev/null || true)
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q -- "$2" && echo "$pid"
  return 0
}

stop_pid() { # PID NAME
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "$2 ($pid) did not stop in 30 s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

stop_engine() {
  local pid
  pid=$(pid_of "$run/dockerd.pid" "$run/exec")
  [ -z "$pid" ] || stop_pid "$pid" dockerd
  pid=$(pid_of "$run/exec/containerd/containerd.pid" "$run/exec/containerd")
  [ -z "$pid" ] || stop_pid "$pid" containerd
  # container shims of this engine (found by its containerd socket, which no other engine uses)
  local p
  for p in /proc/[0-9]*; do
    if tr '\0' ' ' 2>/dev/null <"$p/cmdline" | grep -q -- "-address $run/exec/containerd/containerd.sock"; then
      stop_pid "${p#/proc/}" containerd-shim
    fi
  done
  # mounts of this engine (overlays, shm, netns files), deepest first
  awk -v a="$data_root/" -v b="$run/" 'index($2, a) == 1 || index($2, b) == 1 { print $2 }' /proc/mounts \
    | sort -r | while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
  rm -f "$run/dockerd.pid" "$socket"
  if ip netns list 2>/dev/null | grep -qw "$netns" || [ -e "$netns_file" ]; then
    ip netns delete "$netns" 2>/dev/null || { umount -l "$netns_file" 2>/dev/null || true; rm -f "$netns_file"; }
  fi
}

start_engine() {
  ip netns add "$netns"
  in_ns ip link set lo up
  mkdir -p "$data_root" "$run/exec"
  in_ns setsid dockerd --data-root "$data_root" --exec-root "$run/exec" -H "unix://$socket" --pidfile "$run/dockerd.pid" \
    --log-level warn >"$run/dockerd.log" 2>&1 9>&- &
  local i
  for i in $(seq 120); do
    if docker version >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  tail -n 30 "$run/dockerd.log" >&2 || true
  return 1
}

diagnostics() {
  log "diagnostics: container states"
  docker ps -a --format '{{.Names}}\t{{.Status}}' 2>/dev/null >&2 || true
  log "diagnostics: last log lines of every service"
  compose logs --no-color --tail=60 2>/dev/null >&2 || true
}

teardown() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$rc" != 0 ] && [ -S "$socket" ]; then diagnostics; fi
  if [ "${RAPOR_CHECK_KEEP:-0}" = 1 ] && [ "$rc" = 0 ]; then
    log "stack left running (RAPOR_CHECK_KEEP=1): nsenter --net=$netns_file curl http://127.0.0.1:8080/q/health"
    exit 0
  fi
  if [ -S "$socket" ]; then
    compose down -v --remove-orphans --timeout 20 >/dev/null 2>&1 || true
  fi
  stop_engine
  rm -rf "$run/jwt"
  log "torn down in $((SECONDS - phase_started)) s; total $((SECONDS - started)) s"
  exit "$rc"
}

if [ "${1:-}" = --down ]; then
  stop_engine
  log "stopped"
  exit 0
fi

stop_engine
trap teardown EXIT
trap 'exit 130' INT TERM

# ---- base images, engine, service jars and images ---------------------------------------------------------------
. bin/container-images.sh
stand_in_rootfs
phase "base root file systems"

if ! start_engine; then
  log "the engine did not start with the cached data root; starting from an empty one"
  stop_engine
  rm -rf "$data_root"
  start_engine || fail "dockerd did not start (log: $run/dockerd.log)"
fi
stand_in_load docker
phase "engine and base images"

modules=(assessment-service survey-service ranking-service gateway)
stale=()
for m in "${modules[@]}"; do
  jar=$m/target/quarkus-app/quarkus-run.jar
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src/main" events/src/main scoring/src/main platform/src/main -newer "$jar" -type f -print -quit)" ]
  then
    stale+=("$m")
  fi
done
if [ "${#stale[@]}" -gt 0 ]; then
  log "building ${stale[*]} (./mvnw package, tests skipped: they ran in ./mvnw verify)"
  ./mvnw -B -q -o -DskipTests package -pl "$(IFS=,; echo "${stale[*]}")" -am >/dev/null \
    || ./mvnw -B -q -DskipTests package -pl "$(IFS=,; echo "${stale[*]}")" -am
fi
phase "service jars"

# A throw-away RS256 key pair: the services get the public key, the check mints its tokens with the private one.
rm -rf "$run/jwt" && mkdir -p "$run/jwt" && chmod 755 "$run/jwt"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$run/jwt/private.pem" 2>/dev/null
openssl pkey -in "$run/jwt/private.pem" -pubout -out "$run/jwt/public.pem"
chmod 600 "$run/jwt/private.pem" && chmod 644 "$run/jwt/public.pem"
export RAPOR_CHECK_JWT_DIR=$run/jwt
export RAPOR_JWT_PUBLIC_KEY_LOCATION=file:/etc/rapor/jwt/public.pem
export RAPOR_JWT_ISSUER=$issuer
export RAPOR_JWT_AUDIENCES=$audience
export RAPOR_GATEWAY_PORT=8080
# both survey instances sign and verify proof-of-work challenges with one throw-away key
export RAPOR_SURVEY_POW_HMAC_KEY=${RAPOR_SURVEY_POW_HMAC_KEY:-check-$(openssl rand -hex 24)}

compose down -v --remove-orphans --timeout 10 >/dev/null 2>&1 || true
compose build -q >"$run/build.log" 2>&1 || { tail -n 40 "$run/build.log" >&2; fail "building the service images"; }
docker image prune -f >/dev/null 2>&1 || true
phase "service images"

# ---- stack up -----------------------------------------------------------------------------------------------
wait_healthy() { # DEADLINE-SECONDS SERVICE...
  local deadline=$((SECONDS + $1)) service id state
  shift
  for service in "$@"; do
    while true; do
      id=$(compose ps -q "$service" 2>/dev/null || true)
      state=$([ -n "$id" ] && docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id" 2>/dev/null || echo missing)
      [ "$state" = healthy ] && break
      [ "$SECONDS" -lt "$deadline" ] || fail "$service is $state after the deadline"
      sleep 2
    done
  done
}

compose up -d --no-build >"$run/up.log" 2>&1 || { cat "$run/up.log" >&2; fail "docker-compose up"; }
wait_healthy 420 postgres kafka assessment-service survey-service survey-service-2 ranking-service ranking-service-2 \
  gateway
phase "stack healthy"

# ---- what the check asserts of the running stack ------------------------------------------------------------------
log "only the gateway is published; every service runs as a non-root user"
published=$(docker ps --format '{{.Names}} {{.Ports}}' | grep -- '->' || true)
[ "$(printf '%s\n' "$published" | grep -c . || true)" = 1 ] && printf '%s' "$published" | grep -q "gateway" \
  || fail "published ports other than the gateway's: $published"
for service in kafka assessment-service survey-service survey-service-2 ranking-service ranking-service-2 gateway; do
  uid=$(docker exec "$(compose ps -q "$service")" id -u)
  [ "$uid" != 0 ] || fail "$service runs as root"
done
pg_uid=$(docker exec "$(compose ps -q postgres)" sh -c 'stat -c %u /proc/1' )
[ "$pg_uid" != 0 ] || fail "PostgreSQL's server runs as root"

log "idle memory (RSS of each service's JVM; target < 256 MiB)"
rss_report=()
for service in assessment-service survey-service survey-service-2 ranking-service ranking-service-2 gateway; do
  kib=$(docker exec "$(compose ps -q "$service")" awk '/^VmRSS/ { print $2 }' /proc/1/status)
  rss_report+=("$service=$((kib / 1024))MiB")
  [ "$kib" -lt $((256 * 1024)) ] || fail "$service idles at $((kib / 1024)) MiB RSS (target < 256 MiB)"
done
log "RSS: ${rss_report[*]}"
docker stats --no-stream --format '{{.Name}}\t{{.MemUsage}}\t{{.CPUPerc}}' >&2

# ---- tokens and HTTP through the gateway ---------------------------------------------------------------------------
b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }
mint() { # SUBJECT ROLE [REGION]
  local now header payload input
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"rapor-check"}' | b64url)
  payload=$(jq -cn --arg iss "$issuer" --arg aud "$audience" --arg sub "$1" --arg role "$2" --arg region "${3:-}" \
    --argjson now "$now" '{iss: $iss, aud: $aud, sub: $sub, upn: $sub, groups: [$role], iat: $now,
      exp: ($now + 3600)} + (if $region == "" then {} else {region: $region} end)' | b64url)
  input=$header.$payload
  printf '%s.%s' "$input" "$(printf '%s' "$input" | openssl dgst -sha256 -sign "$run/jwt/private.pem" -binary | b64url)"
}
admin=$(mint admin@check admin)
evaluator=$(mint evaluator-73@check evaluator 73)

http_status=
http_body=
call() { # METHOD PATH TOKEN [JSON-BODY]: sets http_status and http_body
  local args=(-sS -o "$run/body" -w '%{http_code}' -X "$1" --max-time 60 "http://127.0.0.1:8080$2")
  [ -z "$3" ] || args+=(-H "Authorization: Bearer $3")
  [ -z "${4:-}" ] || args+=(-H 'Content-Type: application/json' --data-binary @-)
  http_status=$(printf '%s' "${4:-}" | in_ns curl "${args[@]}" || echo 000)
  http_body=$(cat "$run/body" 2>/dev/null || true)
}
expect() { # STATUS METHOD PATH TOKEN [BODY]
  local status=$1
  shift
  call "$@"
  [ "$http_status" = "$status" ] || fail "$1 $2 answered $http_status (expected $status): ${http_body:0:600}"
}
await() { # SECONDS DESCRIPTION COMMAND...: polls COMMAND until it succeeds
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "$what: not within $(( $1 )) s"
    sleep 1
  done
}

call POST /api/v1/units "$(mint forged admin | cut -d. -f1-2).$(printf 'forged' | b64url)" \
  '{"name":"Forged","type":"PUSKESMAS","regionCode":"73.06"}'
[ "$http_status" = 401 ] || fail "a token with a forged signature got $http_status"

# ---- scenario: two units, one campaign each, responses through both survey instances ---------------------------
log "scenario: units, campaigns and responses through the gateway"
region=73.06
unit_ids=()
for name in "Puskesmas Sungguminasa" "Puskesmas Bontonompo"; do
  expect 201 POST /api/v1/units "$admin" \
    "$(jq -cn --arg n "$name" --arg r "$region" '{name: $n, type: "PUSKESMAS", regionCode: $r}')"
  unit_ids+=("$(jq -r .id <<<"$http_body")")
done
unit_known() { # everywhere: the survey replica and the ranking projection
  call GET "/api/v1/survey/units/$1" "$admin"; [ "$http_status" = 200 ] || return 1
  call GET "/api/v1/ranking/units/$1" "$admin"; [ "$http_status" = 200 ]
}
for id in "${unit_ids[@]}"; do await 120 "unit $id reaches survey and ranking" unit_known "$id"; done

skm=00000000-0000-0000-0000-000000002017
period=2026-S1
campaign_ids=()
for id in "${unit_ids[@]}"; do
  expect 201 POST /api/v1/survey/campaigns "$admin" \
    "$(jq -cn --arg u "$id" --arg q "$skm" --arg p "$period" '{unitId: $u, questionnaireId: $q, period: $p,
      title: "SKM container check", population: 1000}')"
  campaign_ids+=("$(jq -r .id <<<"$http_body")")
done

batch() { # CAMPAIGN PREFIX COUNT ANSWER: COUNT responses answering ANSWER (1..4) to eight unsur and one step lower
  # (higher for 1) to the ninth, a different one in each response: no straight lines, no identical runs, which the
  # survey's quality flags would hold out of the tally.
  jq -cn --arg p "$2" --argjson n "$3" --argjson a "$4" '[range($n) as $j | {clientResponseId: "\($p)-\($j)",
    answers: ([range(9) as $k | {key: "U\($k + 1)", value: (if $k == ($j % 9) then
      (if $a > 1 then $a - 1 else $a + 1 end) else $a end)}] | from_entries), gender: "P", age: 40,
    education: "SMA", occupation: "Swasta", consent: true}]'
}
item_sum() { # ANSWER: the sum of one response's nine answers as batch() builds it
  if [ "$1" -gt 1 ]; then echo $(( 8 * $1 + $1 - 1 )); else echo $(( 8 * $1 + $1 + 1 )); fi
}
# unit 0: 12 responses around 4 and 12 around 3; unit 1: 24 around 3 and 6 around 2 (4 batches each, spread by the
# gateway)
declare -A answered_sum answered_count
submit() { # UNIT-INDEX PREFIX COUNT ANSWER
  local campaign=${campaign_ids[$1]}
  expect 200 POST "/api/v1/survey/campaigns/$campaign/responses/batch" "$admin" "$(batch "$campaign" "$2" "$3" "$4")"
  [ "$(jq -r .accepted <<<"$http_body")" = "$3" ] || fail "batch $2 not fully accepted: $http_body"
  answered_sum[$1]=$(( ${answered_sum[$1]:-0} + $3 * $(item_sum "$4") ))
  answered_count[$1]=$(( ${answered_count[$1]:-0} + $3 ))
}
submit 0 a1 6 4; submit 0 a2 6 3; submit 0 a3 6 4; submit 0 a4 6 3
submit 1 b1 6 3; submit 1 b2 6 3; submit 1 b3 6 2; submit 1 b4 12 3
# a batch sent again is idempotent (same client response ids)
expect 200 POST "/api/v1/survey/campaigns/${campaign_ids[0]}/responses/batch" "$admin" "$(batch x a1 6 4)"
[ "$(jq -r .duplicates <<<"$http_body")" = 6 ] || fail "a repeated batch was not recognised: $http_body"

log "both survey instances took batches"
for service in survey-service survey-service-2; do
  served=$(docker exec "$(compose ps -q gateway)" curl -fsS "http://$service:8082/q/metrics" \
    | awk '/^http_server_requests_seconds_count/ && /method="POST"/ && /responses\/batch/ { n += $NF } END { print n + 0 }')
  [ "${served%.*}" -gt 0 ] || fail "$service served no batch: the gateway does not spread requests"
  log "  $service: $served batch requests"
done

# Expected IKM per unit from the answers sent: nine unsur of weight 1/9, so IKM = (sum of all answers) / (9 x
# respondents) x 25, two decimals.
expected_ikm() { awk -v s="${answered_sum[$1]}" -v c="${answered_count[$1]}" 'BEGIN { printf "%.2f", s / (9 * c) * 25 }'; }
ranking_path="/api/v1/ranking/units?index=IKM&period=$period&region=$region&size=100"
ranking_rows() { # prints "unitId rank value respondents" per row, sorted by unit id
  call GET "$ranking_path" "$evaluator"
  [ "$http_status" = 200 ] || return 1
  jq -r '.items[] | "\(.unitId) \(.rank) \(.value) \(.respondents)"' <<<"$http_body" | sort
}
converged() {
  local rows i line
  rows=$(ranking_rows) || return 1
  for i in 0 1; do
    line=$(grep "^${unit_ids[$i]} " <<<"$rows") || return 1
    awk -v v="$(cut -d' ' -f3 <<<"$line")" -v e="$(expected_ikm "$i")" \
      'BEGIN { exit !(v != "null" && v - e < 0.005 && e - v < 0.005) }' || return 1
    [ "$(cut -d' ' -f4 <<<"$line")" = "${answered_count[$i]}" ] || return 1
  done
}
await 120 "the ranking converges to IKM $(expected_ikm 0) and $(expected_ikm 1)" converged
live=$(ranking_rows)
log "ranking (unit rank IKM respondents):"
sed 's/^/  /' <<<"$live" >&2
phase "scenario"

log "both ranking instances consume (one consumer group, partitions split between them)"
consuming_hosts() { # hosts holding partitions of the group $1
  docker exec "$(compose ps -q kafka)" /opt/kafka/bin/kafka-consumer-groups.sh --bootstrap-server localhost:9092 \
    --describe --group "$1" 2>/dev/null | awk '$1 == g && $(NF-2) != "-" { print $(NF-1) }' g="$1" | sort -u
}
two_consumers() { [ "$(consuming_hosts ranking-service-tallies | grep -c .)" -ge 2 ]; }
await 90 "both ranking instances hold partitions of ranking-service-tallies" two_consumers
log "  ranking-service-tallies consumed from: $(consuming_hosts ranking-service-tallies | tr '\n' ' ')"

rebuild() { # WHAT: rebuilds; the report must show records read and the ranking must be unchanged
  expect 200 POST /api/v1/ranking/admin/rebuild "$admin"
  local read
  read=$(jq -r .recordsRead <<<"$http_body")
  [ "$read" -gt 0 ] || fail "the rebuild read no records: the topics are gone ($http_body)"
  log "  rebuild: $(jq -c '{recordsRead, applied, duplicates, durationMillis}' <<<"$http_body")"
  local after
  after=$(ranking_rows) || fail "the ranking cannot be read after $1"
  [ "$after" = "$live" ] || fail "the ranking after $1 differs: $after (before: $live)"
}
log "admin rebuild with two ranking instances"
rebuild "a rebuild with two instances"
phase "rebuild, two instances"

log "recreating the broker (new container, same volume) and restarting both ranking services"
compose stop -t 20 kafka >/dev/null 2>&1
compose rm -f kafka >/dev/null 2>&1
compose up -d --no-build --no-deps kafka >/dev/null 2>&1
compose restart -t 20 ranking-service ranking-service-2 >/dev/null 2>&1
wait_healthy 420 kafka ranking-service ranking-service-2 gateway
[ "$(ranking_rows)" = "$live" ] || fail "the ranking changed across the restart"
rebuild "the broker was recreated"
phase "broker recreated, ranking kept"

log "ingestion after the restart still reaches the ranking"
submit 1 b5 6 4
await 120 "the ranking converges to IKM $(expected_ikm 1) for the second unit" converged
live=$(ranking_rows)

log "admin rebuild with one ranking instance gives the same numbers"
compose stop -t 20 ranking-service-2 >/dev/null 2>&1
rebuild "a rebuild with one instance"
phase "rebuild, one instance"

log "PASSED in $((SECONDS - started)) s: ${timings[*]}; idle ${rss_report[*]}"
