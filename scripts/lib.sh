# Shared by the scripts: finds the project, builds the jar when it is missing, runs a jar command.
# Java's --add-opens flags for Spark live in the jar's manifest (see pom.xml, spark.add-opens.*), so
# `java -jar` needs none of them here; the product's other JVM flags come from jobs/target/jvm.flags.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/jobs/target/social-care-jobs.jar"
LIB="$ROOT/jobs/target/lib"
# Relative paths in config (data/landing, data/warehouse) are relative to the project folder.
cd "$ROOT"
# The local environment file unless the caller chose another.
export SOCIAL_CARE_CONFIG="${SOCIAL_CARE_CONFIG:-$ROOT/config/local.conf}"
# The catalog's metastore: a Derby network server that the scripts start (see ensure_metastore), so
# that a Thrift server that stays up and the nightly runs share it; embedded Derby would admit one
# process at a time. SOCIAL_CARE_METASTORE=embedded, jdbc or platform opts out (config catalog.metastore).
export SOCIAL_CARE_METASTORE="${SOCIAL_CARE_METASTORE:-server}"
export SOCIAL_CARE_METASTORE_SERVER="${SOCIAL_CARE_METASTORE_SERVER:-localhost:1527}"
METASTORE_HOST="${SOCIAL_CARE_METASTORE_SERVER%:*}"
METASTORE_PORT="${SOCIAL_CARE_METASTORE_SERVER##*:}"
# The server's own folder (its log); each warehouse keeps its metastore database in <warehouse>/_metastore.
METASTORE_SERVER_HOME="${SOCIAL_CARE_METASTORE_SERVER_HOME:-$ROOT/data/metastore-server}"

build_jar() {
  echo "building $JAR ..." >&2
  mvn -B -q -DskipTests package >&2
}

ensure_jar() {
  if [[ ! -f "$JAR" || ! -f "$JVM_FLAGS_FILE" ]]; then
    build_jar
  fi
}

derby_classpath() {
  ls "$LIB"/derby-*.jar "$LIB"/derbynet-*.jar | paste -sd: -
}

metastore_listening() {
  (exec 3<>"/dev/tcp/$METASTORE_HOST/$METASTORE_PORT") 2>/dev/null
}

# Starts the Derby network server in the background unless it already listens (type server only).
ensure_metastore() {
  [[ "$SOCIAL_CARE_METASTORE" == server ]] || return 0
  metastore_listening && return 0
  ensure_jar
  mkdir -p "$METASTORE_SERVER_HOME"
  # Bound to the configured host (localhost by default); no security manager: it only serves files
  # of this user's warehouses.
  nohup java -Dderby.system.home="$METASTORE_SERVER_HOME" -cp "$(derby_classpath)" \
    org.apache.derby.drda.NetworkServerControl start -h "$METASTORE_HOST" -p "$METASTORE_PORT" -noSecurityManager \
    >> "$METASTORE_SERVER_HOME/server.log" 2>&1 &
  for _ in $(seq 1 60); do
    if metastore_listening; then
      echo "metastore: Derby network server started on $SOCIAL_CARE_METASTORE_SERVER (log $METASTORE_SERVER_HOME/server.log; scripts/metastore stop stops it)" >&2
      return 0
    fi
    sleep 0.5
  done
  echo "metastore: the Derby network server did not start on $SOCIAL_CARE_METASTORE_SERVER; see $METASTORE_SERVER_HOME/server.log" >&2
  return 1
}

stop_metastore() {
  metastore_listening || return 0
  java -cp "$(derby_classpath)" org.apache.derby.drda.NetworkServerControl shutdown -h "$METASTORE_HOST" -p "$METASTORE_PORT" >&2
  echo "metastore: Derby network server on $SOCIAL_CARE_METASTORE_SERVER stopped" >&2
}

# The JVM flags of every run (pom.xml, property spark.jvm.flags: the one place they are written; see
# README, Performance), written by the build beside the jar as a Java argument file: `java @<file>`.
JVM_FLAGS_FILE="$ROOT/jobs/target/jvm.flags"

# Class data sharing (AppCDS): the classes a run loads (Spark, Delta, Hive: some 20,000) are kept,
# parsed and verified, in an archive beside the jar, written by the first run after a build and mapped
# by every later one: a command starts about 4.5 s sooner (measured: a nightly's start stage 18.3 s ->
# 13.7 s, `sql "select count(*) ..."` 15.3 s -> 10.7 s). The archive is written under a temporary name
# and renamed, so that two commands started at once never see half of one; a jar newer than the
# archive (a rebuild) makes the next Spark command write it again. SOCIAL_CARE_CDS=off leaves it out.
CDS_ARCHIVE="${JAR%.jar}.jsa"

cds_flags() {
  [[ "${SOCIAL_CARE_CDS:-on}" == off ]] && return 0
  # A missing, stale or unusable archive is no error: the JVM then loads the classes as usual, silently.
  local quiet="-Xlog:cds=off,cds+dynamic=off"
  if [[ -f "$CDS_ARCHIVE" && "$CDS_ARCHIVE" -nt "$JAR" ]]; then
    echo "-XX:SharedArchiveFile=$CDS_ARCHIVE $quiet"
  else
    echo "-XX:ArchiveClassesAtExit=$CDS_ARCHIVE.$$ $quiet"
  fi
}

# A short command compiles with C1 alone (-XX:TieredStopAtLevel=1): `sql` lives some ten seconds, in
# which the C2 compiler's thread takes one of the two cores from the query and its code arrives too
# late to pay back (README, Performance: a count through `sql`, median 10.19 s -> 7.49 s). Long
# commands keep C2: the unit tests with C1 alone ran about twice as long, and a small nightly run
# gained nothing. A long query through `sql` can take C2 back with
# SOCIAL_CARE_JAVA_OPTS="-Xmx4g -XX:TieredStopAtLevel=4" (the last flag wins), or go through the Thrift server.
short_command_flags() {
  case "$1" in
    sql) echo "-XX:TieredStopAtLevel=1" ;;
  esac
}

# run_jar <command> [args...]: extra JVM flags via SOCIAL_CARE_JAVA_OPTS (default -Xmx4g).
run_jar() {
  ensure_jar
  local cds=""
  case "$1" in
    generate-sample|split-twcs|help|--help) ;;
    *) ensure_metastore; cds="$(cds_flags)" ;;
  esac
  local status=0
  # shellcheck disable=SC2086
  java "@$JVM_FLAGS_FILE" $(short_command_flags "$1") $cds ${SOCIAL_CARE_JAVA_OPTS:--Xmx4g} -jar "$JAR" "$@" || status=$?
  if [[ -f "$CDS_ARCHIVE.$$" ]]; then
    mv -f "$CDS_ARCHIVE.$$" "$CDS_ARCHIVE"
  fi
  return "$status"
}
