#!/usr/bin/env bash
# Measures the quickstart: time from launch to /health/ready answering 200, and the resident set
# size (RSS) right after, as the median of N runs (default 5), for the two ways of running:
#   deploy  java -jar payara-micro.jar --deploy gongzhi.war   (what `mvn -Pstart package` runs)
#   uber    java -jar gongzhi-micro.jar                        (made with Payara's --outputuberjar)
# Each run starts on a fresh embedded H2 data directory with the demo tenants.
# Usage: platform/bench/startup.sh [runs] [deploy|uber|both]   (after `mvn package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
which=${2:-both}
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
target=platform/app/target
port=${PORT:-18080}
[ -f "$target/gongzhi.war" ] && [ -f "$target/payara-micro.jar" ] || { echo "run: mvn package -DskipTests" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # $1 = label, rest = command after java
  local label=$1; shift
  local times=() rss=()
  for i in $(seq "$runs"); do
    local data; data=$(mktemp -d)
    local start; start=$(date +%s%N)
    "$java" -Dgongzhi.mode=development -Dgongzhi.tenants-dir="$PWD/tenants" -Dgongzhi.data-dir="$data" \
      "$@" --nocluster --port "$port" >"$data/log" 2>&1 &
    local pid=$!
    until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
      kill -0 $pid 2>/dev/null || { echo "$label: process died, see $data/log" >&2; exit 1; }
      sleep 0.05
    done
    local end; end=$(date +%s%N)
    local kb; kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$data"
    times+=("$(( (end - start) / 1000000 ))"); rss+=("$(( kb / 1024 ))")
    echo "  $label run $i: ready in ${times[-1]} ms, RSS ${rss[-1]} MB"
  done
  echo "$label: median ready $(printf '%s\n' "${times[@]}" | median) ms, median RSS $(printf '%s\n' "${rss[@]}" | median) MB ($runs runs, $("$java" -version 2>&1 | head -1))"
}

if [ "$which" = deploy ] || [ "$which" = both ]; then
  measure deploy -jar "$target/payara-micro.jar" --deploy "$target/gongzhi.war" --contextroot /
fi
if [ "$which" = uber ] || [ "$which" = both ]; then
  if [ ! -f "$target/gongzhi-micro.jar" ] || [ "$target/gongzhi.war" -nt "$target/gongzhi-micro.jar" ]; then
    s=$(date +%s%N)
    "$java" -jar "$target/payara-micro.jar" --deploy "$target/gongzhi.war" --contextroot / \
      --outputuberjar "$target/gongzhi-micro.jar" >/dev/null 2>&1
    echo "uber jar built in $(( ($(date +%s%N) - s) / 1000000 )) ms ($(du -m "$target/gongzhi-micro.jar" | cut -f1) MB)"
  fi
  measure uber -jar "$target/gongzhi-micro.jar"
fi
