#!/usr/bin/env bash
# Case intake over HTTP against PostgreSQL (127.0.0.1:5432, superuser postgres), next to the bare
# JDBC rate of the same insert with one commit each: both rates, the ratio, and p50/p99 latency at
# half the maximum HTTP rate. Deploys the platform on Payara Micro like the ITs. Prints figures;
# asserts nothing. About 10 minutes (the server is warmed up until its rate settles). -Dbench.clients=16 -Dbench.seconds=20 to change the load.
# Usage: platform/bench/intake.sh   (after `mvn install -DskipTests` once)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The HTTP load comes from wrk (a C load generator); a JVM client on the same two cores slows the server.
command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }; }
mvn -q -pl platform/app verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=CaseIntakeBench -Dfailsafe.failIfNoSpecifiedTests=false -Dpayara.cmdOptions=-Xmx2g "$@" 2>&1 \
  | grep -E '^(sequential|synchronous_commit|warm-up|bare JDBC|HTTP intake|ratio|at [0-9])|ERROR|FAIL|wrk'
