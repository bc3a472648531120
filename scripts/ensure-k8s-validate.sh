#!/usr/bin/env bash
# Makes what validates deploy/k8s without a cluster available, and prints where, as its last two lines:
#
#   CRDS=<folder of the CustomResourceDefinitions>
#   VALIDATOR=<path of the deploy/k8s/validate program>
#
# - the CRDs of the pinned operator releases, into ${OKR_LOCAL_DIR:-<repo root>/.local}/cache/k8s/crds, once:
#   - Strimzi $STRIMZI_VERSION: its Maven Central artifacts io.strimzi:api (the CRD classes) and io.strimzi:crd-generator
#     (their generator, which needs Java 21 or newer) resolved with mvn, checked against pinned SHA-256 sums, and the
#     generator run as Strimzi's own build runs it, for the kinds the platform uses (Kafka, KafkaNodePool,
#     KafkaTopic). The api jar carries the CRDs as classes, not as YAML;
#   - MongoDBCommunity from the Go module of MongoDB's Kubernetes operator, with `go mod download` (the Go
#     checksum database and the pinned h1: sum vouch for the zip, a pinned SHA-256 for the file taken from it). The
#     module proxy refuses every version of the successor, github.com/mongodb/mongodb-kubernetes, so the CRD is the
#     one of the last Community Operator release, whose API (mongodbcommunity.mongodb.com/v1) the successor kept;
#     docs/adr/0010-kubernetes.md says what that leaves unchecked;
# - the validator, built with Go from deploy/k8s/validate (go.mod and go.sum pin every module) with its build cache
#   in <state dir>/cache/go-build, so a repeat build takes a second or two.
# Nothing is fetched when the tests run: they call this script first, which finds everything in place.
set -euo pipefail

STRIMZI_VERSION=1.2.0
STRIMZI_API_SHA256=566961ae5e5646a001ae91312beda5cba3a5d467e740e205e1b761754335fe4e
STRIMZI_CRD_GENERATOR_SHA256=76bb2430e702a1e6a24c071d26c865d5e9572cbc630d176d3b912033ae23ed00
MONGODB_OPERATOR_MODULE=github.com/mongodb/mongodb-kubernetes-operator
MONGODB_OPERATOR_VERSION=v0.13.0
MONGODB_OPERATOR_SUM=h1:tbR6z7f3DZmeQJgPsC+Xp193kdADMzcwFGqlTvO9gh0=
MONGODB_CRD_PATH=config/crd/bases/mongodbcommunity.mongodb.com_mongodbcommunity.yaml
MONGODB_CRD_SHA256=15927cb1b9b4ace543128a0f399f9a43e6035882db921c8373d4aee695271e34

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR=${OKR_LOCAL_DIR:-$REPO_ROOT/.local}
if [[ $STATE_DIR != /* ]]; then
  STATE_DIR=$REPO_ROOT/$STATE_DIR
fi
CACHE=$STATE_DIR/cache/k8s
CRDS=$CACHE/crds
VALIDATOR=$CACHE/bin/validate-k8s
LOG=$STATE_DIR/run/k8s-validate-install.log
M2_REPO=${OKR_M2_REPO:-$HOME/.m2/repository}
STAMP=$CRDS/.complete-strimzi-$STRIMZI_VERSION-mongodb-$MONGODB_OPERATOR_VERSION

say() { printf 'k8s-validate: %s\n' "$*" >&2; }
fail() {
  printf 'k8s-validate: ERROR: %s\n' "$*" >&2
  if [[ -s $LOG ]]; then tail -n 20 "$LOG" >&2; fi
  exit 1
}
check_sha256() { # file expected
  local actual
  actual=$(sha256sum "$1" | cut -d' ' -f1)
  [[ $actual == "$2" ]] || fail "$1 has SHA-256 $actual, expected $2"
}
java_major() { # java binary → its major version, or 0
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1 || echo 0
}
# Strimzi's generator is built for Java 21; the machine's default Java may be older (17), so look for a newer one.
find_java() {
  local candidate
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [[ -x $candidate ]] && (($(java_major "$candidate") >= 21)); then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

mkdir -p "$STATE_DIR/run" "$CACHE/bin"
: >"$LOG"
command -v go >/dev/null || fail "go not found: install Go 1.26 (its toolchain builds deploy/k8s/validate)"

if [[ ! -f $STAMP ]]; then
  rm -rf "$CRDS"
  mkdir -p "$CRDS/strimzi-$STRIMZI_VERSION" "$CRDS/mongodb"

  command -v mvn >/dev/null || fail "Maven (mvn) not found: it resolves Strimzi's CRD artifacts from Maven Central"
  java=$(find_java) || fail "no Java 21 or newer (Strimzi's CRD generator needs it): set JAVA_HOME to one"
  say "resolving io.strimzi:api and io.strimzi:crd-generator $STRIMZI_VERSION with mvn…"
  for artifact in api crd-generator; do
    mvn -q -B -Dmaven.repo.local="$M2_REPO" dependency:get -Dtransitive=false \
      -Dartifact="io.strimzi:$artifact:$STRIMZI_VERSION" >>"$LOG" 2>&1 ||
      fail "mvn could not fetch io.strimzi:$artifact:$STRIMZI_VERSION (log: $LOG)"
  done
  api_jar=$M2_REPO/io/strimzi/api/$STRIMZI_VERSION/api-$STRIMZI_VERSION.jar
  generator_jar=$M2_REPO/io/strimzi/crd-generator/$STRIMZI_VERSION/crd-generator-$STRIMZI_VERSION.jar
  check_sha256 "$api_jar" "$STRIMZI_API_SHA256"
  check_sha256 "$generator_jar" "$STRIMZI_CRD_GENERATOR_SHA256"
  say "generating Strimzi's CRDs with $java…"
  # The arguments of the generate-crd-co-install-v1 execution in the pom of io.strimzi:api.
  out=$CRDS/strimzi-$STRIMZI_VERSION
  "$java" -cp "$api_jar:$generator_jar" io.strimzi.crdgenerator.CrdGenerator \
    --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
    --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
    "io.strimzi.api.kafka.model.kafka.Kafka=$out/040-Crd-kafka.yaml" \
    "io.strimzi.api.kafka.model.nodepool.KafkaNodePool=$out/045-Crd-kafkanodepool.yaml" \
    "io.strimzi.api.kafka.model.topic.KafkaTopic=$out/043-Crd-kafkatopic.yaml" >>"$LOG" 2>&1 ||
    fail "Strimzi's CRD generator failed (log: $LOG)"

  say "downloading $MONGODB_OPERATOR_MODULE@$MONGODB_OPERATOR_VERSION with go mod download…"
  download=$(cd "$REPO_ROOT/deploy/k8s/validate" &&
    go mod download -json "$MONGODB_OPERATOR_MODULE@$MONGODB_OPERATOR_VERSION" 2>>"$LOG") ||
    fail "go mod download $MONGODB_OPERATOR_MODULE@$MONGODB_OPERATOR_VERSION failed (log: $LOG)"
  sum=$(sed -n 's/^\s*"Sum": "\(.*\)",\{0,1\}$/\1/p' <<<"$download")
  zip=$(sed -n 's/^\s*"Zip": "\(.*\)",\{0,1\}$/\1/p' <<<"$download")
  [[ $sum == "$MONGODB_OPERATOR_SUM" ]] || fail "$MONGODB_OPERATOR_MODULE@$MONGODB_OPERATOR_VERSION has sum $sum, expected $MONGODB_OPERATOR_SUM"
  unzip -p "$zip" "$MONGODB_OPERATOR_MODULE@$MONGODB_OPERATOR_VERSION/$MONGODB_CRD_PATH" >"$CRDS/mongodb/$(basename "$MONGODB_CRD_PATH")" ||
    fail "$zip holds no $MONGODB_CRD_PATH"
  check_sha256 "$CRDS/mongodb/$(basename "$MONGODB_CRD_PATH")" "$MONGODB_CRD_SHA256"
  touch "$STAMP"
fi

say "building deploy/k8s/validate…"
(cd "$REPO_ROOT/deploy/k8s/validate" &&
  GOCACHE=$STATE_DIR/cache/go-build go build -mod=readonly -buildvcs=false -o "$VALIDATOR" .) >>"$LOG" 2>&1 ||
  fail "go build of deploy/k8s/validate failed (log: $LOG)"

echo "CRDS=$CRDS"
echo "VALIDATOR=$VALIDATOR"
