#!/usr/bin/env bash
# The Wuhan scale case of the households register on PostgreSQL (127.0.0.1:5432, superuser
# postgres): 20,297 units and 5,088,600 households (300 a grid over 16,962 grids) generated and
# written with COPY, then the register's queries as the application role under row-level security
# (a street's, a community's and a grid's count and first page, one household by number; median
# and p99 of 100). Prints figures; asserts nothing. Takes a few minutes and about 1.5 GB of disk.
# Usage: platform/bench/households.sh   (after `mvn install -DskipTests` once)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -q -pl platform/app test -Dtest=HouseholdScaleBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep -v -E '^\[EL|WARNING|^[A-Z][a-z]{2} [0-9]+, 20|^INFO: '
