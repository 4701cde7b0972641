#!/usr/bin/env bash
# Renders the report of every example proposal next to it (<name>.report.txt), with the
# jar built by `mvn -B -DskipTests package`. Review the diff after a change of law.
# One JVM checks all examples (the knowledge base is built once); its text output, one report
# per file in argument order, each from "Conformity report:" to its "Rules ..." line, is split
# back into one file per example.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(examples/*.json)
java -jar target/lexcheck.jar check --format text "${files[@]}" > target/examples.txt || [ $? -eq 1 ]
awk -v list="${files[*]}" '
  BEGIN { n = split(list, names, " "); i = 0 }
  /^Conformity report: / { i++; out = names[i]; sub(/\.json$/, ".report.txt", out); printing = 1 }
  printing { print > out }
  printing && /^Rules [0-9a-f]+, ontology / { printing = 0; close(out) }
  END { if (i != n) { print "rendered " i " of " n " examples" > "/dev/stderr"; exit 2 } }
' target/examples.txt

# The Dutch examples side by side for the Netherlands, Denmark, Ireland and Belgium on
# 1 December 2026 (the Pact applies): what binds the Netherlands and not its neighbours.
export LC_ALL=C.UTF-8  # the file order of the test (Java string order), UTF-8 output
mkdir -p examples/side-by-side
java -jar target/lexcheck.jar check --jurisdictions NL,DK,IE,BE --date 2026-12-01 --format text examples/nl-*.json \
  > examples/side-by-side/nl-examples-nl-dk-ie-be-2026-12-01.txt || [ $? -eq 1 ]
