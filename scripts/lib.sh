# Shared by the scripts: finds the project, builds the jar when it is missing, runs a jar command.
# Java's --add-opens flags for Spark live in the jar's manifest (see pom.xml, spark.add-opens.*),
# so `java -jar` needs no flags here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/jobs/target/social-care-jobs.jar"
# Relative paths in config (data/landing, data/warehouse) are relative to the project folder.
cd "$ROOT"
# The local environment file unless the caller chose another.
export SOCIAL_CARE_CONFIG="${SOCIAL_CARE_CONFIG:-$ROOT/config/local.conf}"

build_jar() {
  echo "building $JAR ..." >&2
  mvn -B -q -DskipTests package >&2
}

ensure_jar() {
  if [[ ! -f "$JAR" ]]; then
    build_jar
  fi
}

# run_jar <command> [args...]: extra JVM flags via SOCIAL_CARE_JAVA_OPTS (default -Xmx4g).
run_jar() {
  ensure_jar
  # shellcheck disable=SC2086
  java ${SOCIAL_CARE_JAVA_OPTS:--Xmx4g} -jar "$JAR" "$@"
}
