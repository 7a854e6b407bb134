#!/usr/bin/env bash
# The benchmarks, in one command from a fresh clone: builds the service if needed, makes a fresh database on the
# PostgreSQL server, starts the service in it with the JVM held to 256 MB of heap, generates the register
# (bench/generate.sh), runs each scenario with wrk and its floor with pgbench or COPY in the same run, and writes the
# table to bench/results/<date>.md. Settings: the environment variables below.
set -Eeuo pipefail
trap 'echo "bench/run.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."

PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
export PGPASSWORD=${BENCH_PGPASSWORD:-postgres}
DB=${BENCH_DB:-openropa_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
HEAP=${BENCH_HEAP:-256m}
KEY=ork_benchadmin00_bench-admin-key-0123456789abcdef
PREFIX=ork_benchadmin00
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PSQL="psql -q -X -v ON_ERROR_STOP=1 -h $PGHOST -p $PGPORT -U $PGUSER"

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }; }
command -v pgbench >/dev/null || { echo "pgbench (PostgreSQL's client tools) is needed" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

$PSQL -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
OPENROPA_BOOTSTRAP_API_KEY=$KEY OPENROPA_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT \
  java -Xmx$HEAP -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf "$BASE/q/health/ready" >/dev/null; do
  kill -0 $SERVICE 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 0.5
done

BENCH_BASE=$BASE BENCH_KEY=$KEY BENCH_PSQL="$PSQL -d $DB" bench/generate.sh | tee "$WORK/generate.txt"
LINKS=$(tr -d '\n' < bench/floors/links.sql.in)
for f in bench/floors/*.sql; do sed "s|@LINKS@|$LINKS|" "$f" > "$WORK/$(basename "$f")"; done

# The service's peak resident memory during a scenario, sampled from /proc.
sample_start() { : > "$WORK/rss"; (while kill -0 $SERVICE 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$SERVICE/status >> "$WORK/rss"; sleep 0.2; done) & SAMPLER=$!; }
sample_stop() { kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true; sort -n "$WORK/rss" | tail -1 | awk '{printf "%d MB", $1 / 1024}'; }

ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }'; }

ROWS=()
row() { ROWS+=("| $* |"); }

# A load scenario: wrk through the API against pgbench running the same work on PostgreSQL, at the same concurrency.
load() { # name wrk-script floor-script target-ratio
  local name=$1
  BENCH_NONCE=w$(date +%s%N) wrk --timeout 10s -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $KEY" -s "$2" "$BASE" > /dev/null  # warm-up
  sample_start
  BENCH_NONCE=m$(date +%s%N) wrk --timeout 10s -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $KEY" -s "$2" "$BASE" > "$WORK/wrk.txt"
  local rss; rss=$(sample_stop)
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt" | ms)
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt" | ms)
  errors=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt"); errors=${errors:-0}
  pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -D prefix="$PREFIX" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -f "$WORK/$3" "$DB" > "$WORK/pgbench.txt" 2>&1
  local tps; tps=$(awk '/^tps/ {printf "%.0f", $3}' "$WORK/pgbench.txt")
  local ratio; ratio=$(awk -v a="$rps" -v f="$tps" 'BEGIN { printf "%.0f%%", 100 * a / f }')
  local tail; tail=$(awk -v a="$p50" -v b="$p99" 'BEGIN { printf "%.1f", b / a }')
  local met; met=$(awk -v a="$rps" -v f="$tps" -v t="$4" -v r="$tail" 'BEGIN { print ((100 * a / f >= t && r <= 5) ? "yes" : "no") }')
  row "$name | $rps req/s | $p50 ms | $p99 ms | $tail | $errors | $rss | $tps tx/s (pgbench) | $ratio of floor | >= $4% of floor, p99 <= 5x p50 | $met"
}

# The floor of an export: PostgreSQL's COPY of the same rows the export reads (the activities with their links),
# the median of three.
copy_seconds() { # organisation status-condition
  local start end times=()
  for _ in 1 2 3; do
    start=$(date +%s.%N)
    $PSQL -d "$DB" -c "\\copy (select a.*, $LINKS from processing_activity a where a.organisation_id = '$1' $2 order by coalesce(a.business_function, '~') collate \"C\", lower(a.name) collate \"C\", a.id) to '/dev/null' with csv"
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk 'NR == 2'
}

export_seconds() { # organisation format query
  curl -sS -o "$WORK/export.out" -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $KEY" \
    "$BASE/v1/organisations/$1/ropa?format=$2$3" > "$WORK/curl.txt"
  read -r code seconds bytes < "$WORK/curl.txt"
  [ "$code" = 200 ] || { echo "export $1 $2 answered $code" >&2; exit 1; }
  echo "$seconds $bytes"
}

exports() { # name organisation query status-condition runs
  local floor; floor=$(copy_seconds "$2" "$4")
  for format in csv json xlsx html jsonld; do
    sample_start
    local times=() bytes=0
    for _ in $(seq 1 "$5"); do read -r t bytes < <(export_seconds "$2" "$format" "$3"); times+=("$t"); done
    local rss; rss=$(sample_stop)
    local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    local ratio; ratio=$(awk -v a="$median" -v f="$floor" 'BEGIN { printf "%.1fx", a / f }')
    local target="-" met="-"
    case $format in
      csv) target="<= 3x COPY"; met=$(awk -v a="$median" -v f="$floor" 'BEGIN { print (a / f <= 3 ? "yes" : "no") }') ;;
      xlsx) target="<= 6x COPY"; met=$(awk -v a="$median" -v f="$floor" 'BEGIN { print (a / f <= 6 ? "yes" : "no") }') ;;
    esac
    [ "$1" = "all" ] && { target="completes under $HEAP heap${target:+; $target}"; }
    row "$1 export, $format ($(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1048576 }')) | $(awk -v t="$median" 'BEGIN { printf "%.2f", 1 / t }') exports/s | $(awk -v t="$median" 'BEGIN { printf "%.0f", t * 1000 }') ms | - | - | 0 | $rss | ${floor} s (COPY) | $ratio COPY | $target | $met"
  done
}

echo "== load scenarios"
load "read one fully populated activity" bench/scenarios/read-one.lua read-one.sql 50
load "filtered page of 100 activities" bench/scenarios/list-page.lua list-page.sql 30
load "create an activity (with its revision)" bench/scenarios/create.lua create.sql 30
load "update an activity (with its revision)" bench/scenarios/update.lua update.sql 30
echo "== exports"
exports "county" county "" "and a.status = 'ACTIVE'" 3
exports "all" giant "&status=ALL" "" 1
echo "== findings"
sample_start
times=()
for _ in 1 2 3 4 5; do times+=("$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $KEY" "$BASE/v1/organisations/county/findings")"); done
rss=$(sample_stop)
median=$(printf '%s\n' "${times[@]}" | sort -n | awk 'NR == 3')
row "findings over the county register | - | $(awk -v t="$median" 'BEGIN { printf "%.0f", t * 1000 }') ms | - | - | 0 | $rss | - | - | < 1 s | $(awk -v t="$median" 'BEGIN { print (t < 1 ? "yes" : "no") }')"

mkdir -p bench/results
OUT="bench/results/$(date -u +%Y-%m-%d-%H%M).md"
{
  echo "# OpenROPA benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr); $(java -version 2>&1 | head -1);"
  echo "PostgreSQL $($PSQL -d "$DB" -At -c 'show server_version') at $PGHOST:$PGPORT. Service: \`java -Xmx$HEAP\`, commit $(git rev-parse --short HEAD)."
  echo "Load: wrk, 2 threads, $CONNECTIONS connections, ${DURATION} s after a 5 s warm-up, every request with an API key; floors: pgbench"
  echo "(\`-M prepared\`, same clients, same duration) or COPY, in the same run. Register: $(tail -1 "$WORK/generate.txt" | sed 's/^generated in [0-9]* s: //')."
  echo
  echo "| scenario | API throughput | p50 | p99 | p99/p50 | non-2xx | service peak RSS | floor | API / floor | target | met |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} > "$OUT"
cat "$OUT"
echo "written to $OUT"
