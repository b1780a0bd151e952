#!/usr/bin/env bash
# The measurements behind "Native executables" in bench/RESULTS.md (2026-12-06), run piecewise from
# bench/native/run's pieces: the JVM stack (deploy/local/start) gives the database and the upstreams;
# each service then starts alone on port 18184, native and JVM in turn: ms from exec to the first 200
# of /q/health/ready (polled every 10 ms), RSS at rest after 5 s (split anonymous / file-mapped);
# then each gateway alone under the same wrk load on a warm /answer, with its CPU time per request.
# Usage: bench/results/2026-12-06-native/measure.sh <gateway runner> <catalog runner> <policy runner>
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$repo"
out="bench/results/2026-12-06-native"
gateway_runner=$1 catalog_runner=$2 policy_runner=$3
duration="${DURATION:-20}" rounds="${ROUNDS:-3}"
# PART=all (default); PART=load: only the RSS breakdown and the load (a second run, same day);
# PART=catalog: only the native catalog-service alone (first start, then the rounds).
part="${PART:-all}"
export CANRUN_GATEWAY_PORT=18180 CANRUN_CATALOG_PORT=18181 CANRUN_POLICY_PORT=18182 CANRUN_DB_PORT=18183
alone_port=18184
catalog="http://localhost:$CANRUN_CATALOG_PORT" policy="http://localhost:$CANRUN_POLICY_PORT"
java_opts="-Xmx256m -XX:+UseSerialGC"
data="$(mktemp -d /tmp/canrun-native-bench.XXXXXX)"
export CANRUN_DATA_DIR="$data"
stack=""
cleanup() { [ -n "$stack" ] && kill "$stack" 2>/dev/null && wait "$stack" 2>/dev/null; true; }
trap cleanup EXIT
now_ns() { date +%s%N; }
rss_mib() { awk '/VmRSS/ { r = $2 } /RssAnon/ { a = $2 } /RssFile/ { f = $2 }
  END { printf "%.0f MiB (anon %.0f, file %.0f)", r / 1024, a / 1024, f / 1024 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# RSS by mapping: the executable, each shared library, and anonymous memory, in KiB.
rss_by_mapping() {
  awk '/^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6 ? $6 : "[anon]") } /^Rss:/ { rss[name] += $2 }
    END { for (n in rss) if (rss[n] > 0) printf "%8d KiB  %s\n", rss[n], n }' "/proc/$1/smaps" | sort -rn
}

{ echo "date: $(date -u +%FT%TZ)"; echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "uptime before the measurements: $(uptime)"
  echo "runners: $gateway_runner ($(du -m "$gateway_runner" | cut -f1) MiB), $catalog_runner ($(du -m "$catalog_runner" | cut -f1) MiB), $policy_runner ($(du -m "$policy_runner" | cut -f1) MiB)"
  java -version 2>&1 | head -1; } | tee "$out/machine.txt"

echo "== JVM stack (database and upstreams)"
t0=$(now_ns)
CANRUN_NATIVE=0 deploy/local/start >"$out/stack-jvm.log" 2>&1 &
stack=$!
for _ in $(seq 2400); do grep -q "canrun ready" "$out/stack-jvm.log" && break; sleep 0.25; done
grep -q "canrun ready" "$out/stack-jvm.log" || { echo "stack did not start" >&2; exit 1; }
echo "JVM stack, first start to ready: $(( ($(now_ns) - t0) / 1000000 )) ms" | tee "$out/stack-start-$part.txt"
# Databases for the native catalog and policy runners, which come from an older source state
# (their own migrations on a fresh database; see RESULTS.md).
for db in catalog_native policy_native; do
  psql -q -h localhost -p "$CANRUN_DB_PORT" -U postgres -c "CREATE DATABASE $db" postgres
done

# alone <label> <service> <database> <command...>: one start; KEEP=1 leaves it running (pid in $alone_pid)
alone() {
  local label=$1 service=$2 db=$3; shift 3
  local t0 t log="$out/alone-$label-$service.log"
  t0=$(now_ns)
  env QUARKUS_HTTP_PORT=$alone_port CANRUN_JWT_PUBLIC_KEY="$data/keys/jwt-public.pem" \
    CANRUN_JWT_ISSUER=https://canrun.local QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$CANRUN_DB_PORT/$db" \
    QUARKUS_REST_CLIENT_CATALOG_URL="$catalog" QUARKUS_REST_CLIENT_POLICY_URL="$policy" \
    "$@" >"$log" 2>&1 &
  alone_pid=$!
  until curl -sf -o /dev/null "http://localhost:$alone_port/q/health/ready"; do
    kill -0 "$alone_pid" 2>/dev/null || { echo "$label $service exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.01
  done
  t=$(( ($(now_ns) - t0) / 1000000 ))
  sleep 5
  echo "$label $service alone: ready after $t ms ($(grep -o 'started in [0-9.]*s' "$log" | head -1)), RSS at rest $(rss_mib "$alone_pid"), load $(cut -d' ' -f1 /proc/loadavg)"
  if [ "${KEEP:-0}" != 1 ]; then kill "$alone_pid"; wait "$alone_pid" 2>/dev/null || true; fi
}

if [ "$part" = all ]; then
echo "== each service alone, native then JVM, $rounds rounds"
# First starts of the native catalog and policy runners migrate and seed their databases.
alone native-first catalog-service catalog_native "$catalog_runner" | tee -a "$out/startup.txt"
alone native-first policy-service policy_native "$policy_runner" | tee -a "$out/startup.txt"
for r in $(seq "$rounds"); do
  alone native gateway none "$gateway_runner"
  alone jvm gateway none java $java_opts -jar gateway/target/quarkus-app/quarkus-run.jar
  alone native catalog-service catalog_native "$catalog_runner"
  alone jvm catalog-service catalog java $java_opts -jar catalog-service/target/quarkus-app/quarkus-run.jar
  alone native policy-service policy_native "$policy_runner"
  alone jvm policy-service policy java $java_opts -jar policy-service/target/quarkus-app/quarkus-run.jar
done | tee -a "$out/startup.txt"
fi

if [ "$part" = catalog ]; then
  { alone native-first catalog-service catalog_native "$catalog_runner"
    for r in $(seq "$rounds"); do alone native catalog-service catalog_native "$catalog_runner"; done
  } | tee "$out/startup-catalog.txt"
  exit 0
fi

echo "== what holds the native gateway's RSS at rest"
KEEP=1 alone native-rss gateway none "$gateway_runner" >"$out/rss-gateway-native.txt"
{ grep -E "^(Rss|Pss|Shared|Private|Anonymous)" "/proc/$alone_pid/smaps_rollup"; rss_by_mapping "$alone_pid" | head -15; } \
  >>"$out/rss-gateway-native.txt"
cat "$out/rss-gateway-native.txt"
kill "$alone_pid"; wait "$alone_pid" 2>/dev/null || true

echo "== warm /answer, each gateway alone against the JVM stack's upstreams"
answer="http://localhost:$alone_port/api/v1/answer?model=llama-3.1-70b&chip=h100-sxm&destination=DE"
# Warm upstreams first: the stack's own gateway must get verdicts.
for _ in $(seq 120); do
  curl -sf "http://localhost:$CANRUN_GATEWAY_PORT/api/v1/answer?model=llama-3.1-70b&chip=h100-sxm&destination=DE" \
    | grep -q '"available":true' && break; sleep 1; done
load() { # $1 label, then the command
  local label=$1; shift
  KEEP=1 alone "load-$label" gateway none "$@"
  for _ in $(seq 60); do curl -sf "$answer" | grep -q '"available":true' && break; sleep 1; done
  wrk -t2 -c32 -d10s "$answer" >"$out/wrk-warmup-$label.txt"
  local c0 c1 reqs
  c0=$(cpu_ticks "$alone_pid")
  wrk -t2 -c32 -d"${duration}s" --latency -s bench/http/latency.lua "$answer" >"$out/wrk-$label.txt"
  c1=$(cpu_ticks "$alone_pid")
  reqs=$(grep -o 'requests=[0-9]*' "$out/wrk-$label.txt" | cut -d= -f2)
  echo "$label /answer at 32 connections: $(awk '/Requests\/sec/ {print $2}' "$out/wrk-$label.txt") req/s;" \
    "$(grep PERCENTILES "$out/wrk-$label.txt");" \
    "gateway CPU $(( (c1 - c0) * 10 )) ms for $reqs requests = $(awk -v c=$(( c1 - c0 )) -v n="$reqs" 'BEGIN { printf "%.1f", c * 10000 / n }') µs/request;" \
    "RSS after load $(rss_mib "$alone_pid"); load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$alone_pid"; wait "$alone_pid" 2>/dev/null || true
}
for r in $(seq 2); do
  load "native-$r" "$gateway_runner"
  load "jvm-$r" java $java_opts -jar gateway/target/quarkus-app/quarkus-run.jar
done | tee "$out/load.txt"
for opts in ${NATIVE_VARIANTS:-}; do
  load "native${opts}" "$gateway_runner" "$opts"
done | tee -a "$out/load.txt"
echo "uptime after: $(uptime)" | tee -a "$out/machine.txt"
