#!/usr/bin/env bash
# Builds the three base images docker-compose.yml and the Dockerfiles name, without a registry: stand-ins made
# from Debian packages (debootstrap) and the Kafka jars from Maven, tagged with the upstream names so that `FROM`
# and `image:` resolve locally. They are NOT the upstream images: same names, same contracts (environment
# variables, paths, users), not the same contents. Used by bin/container-check.sh; the recipes are in
# deploy/containers/stand-ins/.
#
# Sourced, it defines:
#   stand_in_rootfs      builds (or finds) the root file system tarballs under $RAPOR_CONTAINER_CACHE
#   stand_in_load DOCKER loads them into a running engine (docker import) unless already there
set -euo pipefail

RAPOR_CONTAINER_CACHE=${RAPOR_CONTAINER_CACHE:-/var/cache/rapor-containers}
RAPOR_DEBIAN_MIRROR=${RAPOR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
rapor_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stand_ins=$rapor_root/deploy/containers/stand-ins

JRE_IMAGE=registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
POSTGRES_IMAGE=postgres:17
KAFKA_IMAGE=apache/kafka:4.2.1

# Bump when a build function below changes what goes into a tarball.
STAND_IN_RECIPE=1

# A recipe's key: its files and the recipe number. A changed recipe builds a new tarball; old ones are removed.
stand_in_key() {
  (cd "$rapor_root" && echo "$STAND_IN_RECIPE" && find "deploy/containers/stand-ins/$1" -type f | sort | xargs cat) \
    | sha256sum | cut -c1-16
}

stand_in_log() { printf '[images %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# debootstrap SUITE DIR, then apt-get install PACKAGES inside it (with /proc mounted, unmounted whatever happens)
stand_in_debian() {
  local suite=$1 dir=$2
  shift 2
  debootstrap --variant=minbase "$suite" "$dir" "$RAPOR_DEBIAN_MIRROR" >"$dir.debootstrap.log" 2>&1 || {
    tail -20 "$dir.debootstrap.log" >&2
    return 1
  }
  mount -t proc proc "$dir/proc"
  local rc=0
  chroot "$dir" /bin/sh -c "$1" >"$dir.chroot.log" 2>&1 || rc=$?
  umount "$dir/proc"
  if [ "$rc" != 0 ]; then
    tail -30 "$dir.chroot.log" >&2
    return "$rc"
  fi
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/var/cache/apt/archives/*.deb \
    "$dir"/usr/share/doc/* "$dir"/usr/share/man/* "$dir"/usr/share/locale/*
}

stand_in_pack() { # DIR TAR
  tar --numeric-owner -C "$1" -cf "$2.part" . && mv "$2.part" "$2"
}

build_jre_rootfs() { # TAR
  local work=$1.work
  rm -rf "$work" && mkdir -p "$work"
  stand_in_debian bookworm "$work/root" \
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
       openjdk-17-jre-headless curl ca-certificates \
     && useradd --uid 185 --gid 0 --home-dir /home/jboss --create-home --shell /sbin/nologin jboss \
     && mkdir -p /deployments /opt/jboss/container/java/run && chown 185:0 /deployments"
  install -m 0755 "$stand_ins/jre/run-java.sh" "$work/root/opt/jboss/container/java/run/run-java.sh"
  stand_in_pack "$work/root" "$1"
  rm -rf "$work" "$work".*.log "$work/root".*.log
}

build_postgres_rootfs() { # TAR
  local work=$1.work
  rm -rf "$work" && mkdir -p "$work"
  stand_in_debian trixie "$work/root" \
    "mkdir -p /etc/postgresql-common && echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf \
     && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
       postgresql-17 \
     && mkdir -p /docker-entrypoint-initdb.d /var/lib/postgresql/data /var/run/postgresql \
     && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql"
  install -m 0755 "$stand_ins/postgres/docker-entrypoint.sh" "$work/root/usr/local/bin/docker-entrypoint.sh"
  stand_in_pack "$work/root" "$1"
  rm -rf "$work"
}

build_kafka_rootfs() { # TAR JRE_TAR
  local work=$1.work
  rm -rf "$work" && mkdir -p "$work/root"
  tar -C "$work/root" -xf "$2"
  mkdir -p "$work/root/opt/kafka/libs" "$work/root/opt/kafka/bin" "$work/root/opt/kafka/config" \
    "$work/root/etc/kafka/docker" "$work/root/var/lib/kafka/data"
  (cd "$rapor_root" && ./mvnw -B -q -f deploy/containers/stand-ins/kafka/pom.xml dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$work/root/opt/kafka/libs") >&2
  install -m 0755 "$stand_ins/kafka/run" "$work/root/etc/kafka/docker/run"
  install -m 0755 "$stand_ins/kafka/kafka-broker-api-versions.sh" "$stand_ins/kafka/kafka-consumer-groups.sh" \
    "$work/root/opt/kafka/bin/"
  install -m 0644 "$stand_ins/kafka/log4j2.properties" "$stand_ins/kafka/log4j2-tools.properties" \
    "$work/root/opt/kafka/config/"
  chroot "$work/root" useradd --uid 1000 --user-group --home-dir /home/appuser --create-home appuser
  chroot "$work/root" chown -R appuser:appuser /opt/kafka/config /var/lib/kafka
  stand_in_pack "$work/root" "$1"
  rm -rf "$work"
}

# Sets JRE_TAR, POSTGRES_TAR, KAFKA_TAR, building what the cache lacks.
stand_in_rootfs() {
  mkdir -p "$RAPOR_CONTAINER_CACHE/rootfs"
  local dir=$RAPOR_CONTAINER_CACHE/rootfs jre_key pg_key kafka_key
  jre_key=$(stand_in_key jre)
  pg_key=$(stand_in_key postgres)
  kafka_key=$(stand_in_key kafka)-$jre_key
  JRE_TAR=$dir/jre-$jre_key.tar
  POSTGRES_TAR=$dir/postgres-$pg_key.tar
  KAFKA_TAR=$dir/kafka-$kafka_key.tar
  for tar in "$JRE_TAR" "$POSTGRES_TAR" "$KAFKA_TAR"; do
    local prefix
    prefix=$(basename "$tar" | cut -d- -f1)
    find "$dir" -maxdepth 1 -name "$prefix-*" ! -name "$(basename "$tar")" -exec rm -rf {} + 2>/dev/null || true
  done
  local started
  if [ ! -s "$JRE_TAR" ] || [ ! -s "$POSTGRES_TAR" ]; then
    started=$SECONDS
    stand_in_log "building the JRE and PostgreSQL root file systems (debootstrap, ~1-2 min)"
    local pids=()
    [ -s "$JRE_TAR" ] || { build_jre_rootfs "$JRE_TAR" & pids+=($!); }
    [ -s "$POSTGRES_TAR" ] || { build_postgres_rootfs "$POSTGRES_TAR" & pids+=($!); }
    local pid failed=0
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    [ "$failed" = 0 ] || { stand_in_log "building a base root file system failed"; return 1; }
    stand_in_log "root file systems built in $((SECONDS - started)) s"
  fi
  if [ ! -s "$KAFKA_TAR" ]; then
    started=$SECONDS
    build_kafka_rootfs "$KAFKA_TAR" "$JRE_TAR"
    stand_in_log "Kafka root file system built in $((SECONDS - started)) s"
  fi
}

# docker import TAR as IMAGE with the given Dockerfile-like changes, unless IMAGE already has that tarball's key.
stand_in_import() { # DOCKER-CMD... -- TAR IMAGE CHANGES...
  local docker=()
  while [ "$1" != -- ]; do docker+=("$1"); shift; done
  shift
  local tar=$1 image=$2 key
  shift 2
  key=$(basename "$tar" .tar)
  if [ "$("${docker[@]}" image inspect -f '{{index .Config.Labels "id.rapor.stand-in"}}' "$image" 2>/dev/null)" = "$key" ]
  then
    return 0
  fi
  local changes=(--change "LABEL id.rapor.stand-in=$key")
  local c
  for c in "$@"; do changes+=(--change "$c"); done
  "${docker[@]}" import "${changes[@]}" "$tar" "$image" >/dev/null
  stand_in_log "imported $image"
}

stand_in_load() { # DOCKER-CMD...
  stand_in_import "$@" -- "$JRE_TAR" "$JRE_IMAGE" \
    "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64" "ENV JAVA_APP_DIR=/deployments" "WORKDIR /deployments" \
    "USER 185" 'ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]'
  stand_in_import "$@" -- "$POSTGRES_TAR" "$POSTGRES_IMAGE" \
    "ENV PATH=/usr/lib/postgresql/17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    "ENV PGDATA=/var/lib/postgresql/data" "VOLUME /var/lib/postgresql/data" "EXPOSE 5432" \
    'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]'
  stand_in_import "$@" -- "$KAFKA_TAR" "$KAFKA_IMAGE" \
    "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64" "USER appuser" "WORKDIR /opt/kafka" "EXPOSE 9092" \
    'CMD ["/etc/kafka/docker/run"]'
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  stand_in_rootfs
  ls -la "$JRE_TAR" "$POSTGRES_TAR" "$KAFKA_TAR"
fi
