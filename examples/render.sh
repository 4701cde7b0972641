#!/usr/bin/env bash
# Renders the report of every example proposal next to it (<name>.report.txt), with the
# jar built by `mvn -B -DskipTests package`. Review the diff after a change of law.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in examples/*.json; do
  java -jar target/lexcheck.jar check --format text "$f" > "${f%.json}.report.txt" || [ $? -eq 1 ]
done
