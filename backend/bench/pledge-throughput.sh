#!/usr/bin/env bash
# Throughput of the pledge endpoint (POST /api/activities/{code}/pledges) at 1, 8 and 32 concurrent clients.
# Needs: a running Kollekt (BASE_URL, default http://localhost:8090) with the demo realm's Keycloak, and wrk.
# Each level runs RUNS times (default 3) for DURATION (default 20s); the median requests/s is reported.
# One user pledges throughout: start Kollekt with KOLLEKT_MONEY_WRITES_PER_MINUTE=100000000, or the per-caller
# limit on money-creating writes (30 a minute) answers 429 after the first burst.
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:8090}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180/realms/kollekt}
RUNS=${RUNS:-3}
DURATION=${DURATION:-20s}
here=$(cd "$(dirname "$0")" && pwd)

token() {
  curl -sf -d client_id=kollekt-cli -d grant_type=password -d username="$1" -d password=demo \
    "$KEYCLOAK/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
owner=$(token emma)
post=$(curl -sf -H "Authorization: Bearer $owner" "$BASE_URL/api/ngos" | sed 's/.*"posts":\[{"id":\([0-9]*\).*/\1/')
CODE=$(curl -sf -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Benchmark relay\",\"date\":\"$(date +%F)\",\"unit\":\"NONE\",\"projectPostId\":$post}" \
  "$BASE_URL/api/activities" | sed 's/.*"code":"\([A-Z0-9]*\)".*/\1/')
export CODE
echo "activity $CODE, project post $post"

for clients in 1 8 32; do
  threads=$(( clients < 2 ? 1 : 2 ))
  results=()
  for run in $(seq "$RUNS"); do
    TOKEN=$(token lars) && export TOKEN   # fresh token: it lives 5 minutes
    line=$(wrk -t"$threads" -c"$clients" -d"$DURATION" -s "$here/pledge.lua" "$BASE_URL" | grep '^requests=')
    echo "clients=$clients run=$run $line"
    results+=("$(echo "$line" | sed 's/.*rps=\([0-9.]*\).*/\1/')")
  done
  median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "clients=$clients median_rps=$median"
done
raised=$(curl -sf -H "Authorization: Bearer $owner" "$BASE_URL/api/activities/$CODE" | sed 's/.*"raisedMinor":\([0-9]*\).*/\1/')
echo "activity $CODE raised ${raised} minor units (= 10000 x acknowledged pledges)"
