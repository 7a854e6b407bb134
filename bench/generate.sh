#!/usr/bin/env bash
# Fills a running OpenROPA with a realistic register: one county-sized organisation, many smaller ones and, for the
# streaming export, one organisation holding a whole 200,000-activity register. Each organisation's template entries
# (a fully populated activity, a retention rule, a security measure, an asset) are made through the API, so they are
# exactly what the service writes; the bulk is cloned from them in PostgreSQL, with links, in seconds.
#
#   bench/generate.sh            (settings from the environment, defaults below)
set -euo pipefail
cd "$(dirname "$0")"

BASE=${BENCH_BASE:-http://127.0.0.1:8080}
KEY=${BENCH_KEY:?BENCH_KEY: an ADMIN API key}
PSQL=${BENCH_PSQL:-psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d openropa_bench}
COUNTY_ACTIVITIES=${BENCH_COUNTY_ACTIVITIES:-2000}
COUNTY_ASSETS=${BENCH_COUNTY_ASSETS:-5000}
SMALL_ORGS=${BENCH_SMALL_ORGS:-199}
SMALL_ACTIVITIES=${BENCH_SMALL_ACTIVITIES:-995}
SMALL_ASSETS=${BENCH_SMALL_ASSETS:-200}
RULES=${BENCH_RULES:-60}
MEASURES=${BENCH_MEASURES:-30}
GIANT_ACTIVITIES=${BENCH_GIANT_ACTIVITIES:-200000}
REVISIONS=${BENCH_REVISIONS:-500}

api() { # method path [body-file|-]
  curl -sS -o /dev/null -w '%{http_code}' -X "$1" "$BASE$2" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' ${3:+--data-binary "@$3"}
}
expect() { local got; got=$("${@:2}"); [ "$got" = "$1" ] || { echo "expected $1, got $got: ${*:2}" >&2; exit 1; }; }

templates() { # org name
  local org=$1 body
  body=$(mktemp)
  printf '{"id":"%s","name":"%s","type":"DISTRICT","businessFunctions":[{"reference":"FIN","name":"Finance"},{"reference":"ICT","name":"ICT and Digital"},{"reference":"ASC","name":"Adult Social Care"},{"reference":"CHS","name":"Children'"'"'s Services"},{"reference":"HOU","name":"Housing"},{"reference":"REV","name":"Revenues and Benefits"}],"email":"dpo@%s.example.gov.uk","dataProtectionOfficer":{"name":"Data Protection Officer","email":"dpo@%s.example.gov.uk"}}' "$org" "$2" "$org" "$org" > "$body"
  expect 201 api POST /v1/organisations "$body"
  printf '%s' '{"reference":"RR-T","recordSeries":"Council tax accounts","function":"Finance","triggerEvent":"END_OF_FINANCIAL_YEAR_LAST_MODIFIED","period":"P6Y","disposalAction":"SECURE_DESTROY","rationaleType":"LIMITATION_PERIOD","rationaleCitation":"Limitation Act 1980 s.5"}' > "$body"
  expect 201 api POST "/v1/organisations/$org/retention-rules" "$body"
  printf '%s' '{"reference":"SM-T","name":"Encryption at rest","kind":"TECHNICAL","description":"Databases and backups are encrypted with AES-256"}' > "$body"
  expect 201 api POST "/v1/organisations/$org/security-measures" "$body"
  printf '%s' '{"reference":"IA-T","name":"Revenues system","assetType":"APPLICATION_SYSTEM","retentionRule":"RR-T","securityMeasures":["SM-T"]}' > "$body"
  expect 201 api POST "/v1/organisations/$org/information-assets" "$body"
  expect 201 api POST "/v1/organisations/$org/processing-activities" data/activity.json
  rm -f "$body"
}

start=$(date +%s)
templates county "Bench County Council"
templates giant "Bench Shared Service (whole register)"
for i in $(seq -f '%03g' 1 "$SMALL_ORGS"); do templates "district-$i" "Bench District Council $i"; done
echo "templates made through the API in $(( $(date +%s) - start )) s"

{
  cat data/clone.sql
  echo "select pg_temp.bench_fill('county', $RULES, $MEASURES, $COUNTY_ASSETS, $COUNTY_ACTIVITIES);"
  echo "select pg_temp.bench_fill('giant', $RULES, $MEASURES, $SMALL_ASSETS, $GIANT_ACTIVITIES);"
  for i in $(seq -f '%03g' 1 "$SMALL_ORGS"); do
    echo "select pg_temp.bench_fill('district-$i', $RULES, $MEASURES, $SMALL_ASSETS, $SMALL_ACTIVITIES);"
  done
  echo "analyze;"
} | $PSQL >/dev/null
echo "registers cloned in $(( $(date +%s) - start )) s"

# Revisions through the API: replacing county activities by reference writes a revision each, as a clerk's edits do.
body=$(mktemp)
for n in $(seq 1 "$REVISIONS"); do
  ref=$(printf 'PA-%06d' "$n")
  sed "s/\"PA-T\"/\"$ref\"/; s/Council tax billing and collection/Council tax billing and collection $n (revised)/" data/activity.json > "$body"
  expect 200 api PUT "/v1/organisations/county/processing-activities/by-reference/$ref" "$body"
done
rm -f "$body"
echo "generated in $(( $(date +%s) - start )) s: $($PSQL -At -c "select count(*) || ' activities, ' || (select count(*) from information_asset) || ' assets, ' || (select count(*) from organisation) || ' organisations, ' || (select count(*) from revision) || ' revisions' from processing_activity")"
