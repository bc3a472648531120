# shellcheck shell=bash
# Kafka part: a single KRaft node (broker and controller) run straight from the
# Maven jars, without a Kafka distribution. Sourced by ../lib.sh.

KAFKA_VERSION=4.4.0
KAFKA_MIN_JAVA=17
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_READY_TOPIC=okr.local.ready-check
KAFKA_READY_TIMEOUT=90

KAFKA_POM=$LOCAL_SCRIPT_DIR/kafka/pom.xml
KAFKA_LOG4J=$LOCAL_SCRIPT_DIR/kafka/log4j2.properties
KAFKA_TEMPLATE=$LOCAL_SCRIPT_DIR/kafka/server.properties.template
KAFKA_LIBS=$CACHE_DIR/kafka-$KAFKA_VERSION/libs
KAFKA_DATA=$DATA_DIR/kafka
KAFKA_LOG_DIRS=$KAFKA_DATA/logs
KAFKA_PROPERTIES=$KAFKA_DATA/server.properties
KAFKA_ADMIN_PROPERTIES=$KAFKA_DATA/admin.properties

# Honour JAVA_HOME like mvn does; otherwise use java from PATH.
JAVA_BIN=java
if [[ -n ${JAVA_HOME:-} ]]; then
  JAVA_BIN=$JAVA_HOME/bin/java
fi

kafka_start() {
  kafka_check_java
  kafka_check_controller_port
  kafka_resolve_jars
  kafka_write_config
  rotate_log kafka
  kafka_format_storage

  say kafka "starting broker and controller on 127.0.0.1:$KAFKA_PORT (controller 127.0.0.1:$KAFKA_CONTROLLER_PORT)…"
  start_detached kafka "$JAVA_BIN" -Xms256m -Xmx768m \
    -cp "$KAFKA_LIBS/*" \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    kafka.Kafka "$KAFKA_PROPERTIES"
  say kafka "waiting until a client can create and list topic $KAFKA_READY_TOPIC (up to ${KAFKA_READY_TIMEOUT}s)…"
  wait_until_ready kafka "$STARTED_PID" "$KAFKA_READY_TIMEOUT"
  say kafka "started (pid $STARTED_PID), ready in $(format_ms "$READY_MS")"
  kafka_finalize_features
}

# Storage formatted by an older Kafka (3.9 before this platform moved to 4.x) keeps that metadata version until it
# is upgraded; until then the broker runs with the old feature levels. Upgrading to the running release finalizes
# them, and is a no-op on storage formatted by this release.
kafka_finalize_features() {
  local log release=${KAFKA_VERSION%.*}
  log=$(log_file kafka)
  if ! timeout 30 "$JAVA_BIN" -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    org.apache.kafka.tools.FeatureCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --command-config "$KAFKA_ADMIN_PROPERTIES" upgrade --release-version "$release" >>"$log" 2>&1; then
    fail_with_log kafka "$log" "could not finalize the Kafka $release feature levels (log: $log)"
  fi
  say kafka "feature levels finalized at release $release"
}

# A broker that up started from an older Kafka keeps running after the version changes; say how to move it.
kafka_check_running_version() {
  local pid=$1
  if [[ $(pid_command_line "$pid") != *"kafka-$KAFKA_VERSION/libs"* ]]; then
    say kafka "the running broker (pid $pid) is not Kafka $KAFKA_VERSION: run deploy/local/down kafka, then deploy/local/up kafka to move it (its data is kept)"
  fi
}

# The broker answering on its port is not enough: right after start-up the
# controller may not have elected itself yet and clients get errors. Creating and
# listing a topic is what the services will do first.
kafka_is_ready() {
  tcp_answers 127.0.0.1 "$KAFKA_PORT" || return 1
  kafka_topic_command --create --if-not-exists --topic "$KAFKA_READY_TOPIC" \
    --partitions 1 --replication-factor 1 >/dev/null 2>&1 || return 1
  local topics
  topics=$(kafka_topic_command --list 2>/dev/null) || return 1
  grep -qx "$KAFKA_READY_TOPIC" <<<"$topics"
}

kafka_topic_command() {
  timeout 30 "$JAVA_BIN" -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --command-config "$KAFKA_ADMIN_PROPERTIES" "$@"
}

kafka_check_java() {
  if ! command -v "$JAVA_BIN" >/dev/null; then
    fail kafka "Java $KAFKA_MIN_JAVA not found: install a JDK $KAFKA_MIN_JAVA or set KAFKA_BROKERS"
  fi
  local major
  major=$(java_major_version)
  if ! [[ $major =~ ^[0-9]+$ ]] || ((major < KAFKA_MIN_JAVA)); then
    fail kafka "Java $KAFKA_MIN_JAVA not found ($JAVA_BIN is version '$major'): install a JDK $KAFKA_MIN_JAVA or set KAFKA_BROKERS"
  fi
  say kafka "using Java $major ($JAVA_BIN)"
}

# "openjdk version "17.0.15" 2025-04-15" -> 17; "java version "1.8.0_392"" -> 8
java_major_version() {
  local output version
  output=$("$JAVA_BIN" -version 2>&1) || true
  version=${output#*\"}
  version=${version%%\"*}
  if [[ $version == 1.* ]]; then
    version=${version#1.}
  fi
  echo "${version%%[.+_-]*}"
}

# The controller port is not what the services use, so nothing else checks it.
kafka_check_controller_port() {
  if tcp_answers 127.0.0.1 "$KAFKA_CONTROLLER_PORT"; then
    fail kafka "port $KAFKA_CONTROLLER_PORT (Kafka controller) is taken by another process: stop it (see: ss -ltnp), or set KAFKA_BROKERS to a running broker"
  fi
}

# Copies Kafka and its dependencies from Maven into the cache once. The marker
# holds a checksum of pom.xml, so that changing the pom resolves again.
kafka_resolve_jars() {
  local marker=$KAFKA_LIBS/.resolved pom_sum
  pom_sum=$(sha256sum "$KAFKA_POM")
  pom_sum=${pom_sum%% *}
  if [[ -f $marker && $(<"$marker") == "$pom_sum" ]]; then
    say kafka "using cached jars in $KAFKA_LIBS"
    return
  fi

  if ! command -v mvn >/dev/null; then
    fail kafka "Maven (mvn) not found: install Maven or set KAFKA_BROKERS"
  fi
  # Into a side folder first, so that an interrupted download is never taken for a complete one.
  local partial=$KAFKA_LIBS.partial log=$RUN_DIR/kafka-resolve.log
  rm -rf "$partial"
  say kafka "resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION with mvn…"
  local start
  start=$(now_ms)
  if ! mvn -q -B -f "$KAFKA_POM" dependency:copy-dependencies \
    -DoutputDirectory="$partial" -DincludeScope=runtime >"$log" 2>&1; then
    fail_with_log kafka "$log" "mvn could not fetch the Kafka jars (log: $log): check access to Maven Central, or set KAFKA_BROKERS"
  fi
  echo "$pom_sum" >"$partial/.resolved"
  rm -rf "$KAFKA_LIBS"
  mv "$partial" "$KAFKA_LIBS"
  local jars=("$KAFKA_LIBS"/*.jar)
  say kafka "copied ${#jars[@]} jars into $KAFKA_LIBS in $(format_ms "$(since_ms "$start")")"
}

# Written on every start, so that a moved state folder gets the right log.dirs.
kafka_write_config() {
  mkdir -p "$KAFKA_LOG_DIRS"
  local template
  template=$(<"$KAFKA_TEMPLATE")
  # The quotes around the replacement keep "&" in a path literal.
  printf '%s\n' "${template//@KAFKA_LOG_DIRS@/"$KAFKA_LOG_DIRS"}" >"$KAFKA_PROPERTIES"

  # Short client timeouts, so that a readiness probe against a starting broker
  # fails fast and is retried instead of hanging for the default 60 s.
  cat >"$KAFKA_ADMIN_PROPERTIES" <<'EOF'
request.timeout.ms=5000
default.api.timeout.ms=10000
EOF
}

# KRaft storage must be formatted with a cluster id once, before the first start.
kafka_format_storage() {
  if [[ -f $KAFKA_LOG_DIRS/meta.properties ]]; then
    say kafka "storage in $KAFKA_LOG_DIRS already formatted"
    return
  fi
  local log cluster_id
  log=$(log_file kafka)
  cluster_id=$("$JAVA_BIN" -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    kafka.tools.StorageTool random-uuid 2>>"$log") ||
    fail_with_log kafka "$log" "could not generate a Kafka cluster id (log: $log)"
  say kafka "formatting storage in $KAFKA_LOG_DIRS (cluster id $cluster_id)…"
  if ! "$JAVA_BIN" -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_PROPERTIES" >>"$log" 2>&1; then
    fail_with_log kafka "$log" "formatting Kafka storage failed (log: $log)"
  fi
}
