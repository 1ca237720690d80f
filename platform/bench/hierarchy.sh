#!/usr/bin/env bash
# The Wuhan scale case of the hierarchy on PostgreSQL (127.0.0.1:5432, superuser postgres): loads
# 20,297 units (16 districts, 106 streets, 3,213 communities, 16,962 grids) into a tenant beside a
# second tenant of the same size and times subtree queries at every level (median and p99 of 100),
# then prints PostgreSQL's plan of a subtree count. Prints figures; asserts nothing.
# Usage: platform/bench/hierarchy.sh   (after `mvn install -DskipTests` once)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -q -pl platform/app test -Dtest=HierarchyScaleBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep -v -E '^\[EL|WARNING|^[A-Z][a-z]{2} [0-9]+, 20|^INFO: '
