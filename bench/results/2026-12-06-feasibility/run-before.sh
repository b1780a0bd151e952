#!/bin/bash
# Runs BeforeHarness against the engine of main at bbea703 (before issue 10). Needs a JDK 17 and
# the Jackson and Quarkus jars from ~/.m2 (any recent version). Usage: run-before.sh REPO_ROOT
set -euo pipefail
root=$(cd "$1" && pwd)
work=$(mktemp -d)
for f in $(git -C "$root" ls-tree -r --name-only bbea703 gateway/src/main/java/io/canrun/gateway/feasibility) \
    gateway/src/main/java/io/canrun/gateway/service/EngineInputs.java \
    gateway/src/main/java/io/canrun/gateway/client/CatalogModel.java \
    gateway/src/main/java/io/canrun/gateway/client/CatalogChip.java \
    gateway/src/main/java/io/canrun/gateway/client/CatalogSource.java; do
  mkdir -p "$work/src/$(dirname "$f")"
  git -C "$root" show "bbea703:$f" > "$work/src/$f"
done
m2=~/.m2/repository
cp="$(ls $m2/com/fasterxml/jackson/core/jackson-databind/2.*/jackson-databind-2.*.jar | tail -1)"
cp="$cp:$(ls $m2/com/fasterxml/jackson/core/jackson-core/2.*/jackson-core-2.*.jar | tail -1)"
cp="$cp:$(ls $m2/com/fasterxml/jackson/core/jackson-annotations/2.*/jackson-annotations-2.*.jar | tail -1)"
cp="$cp:$(ls $m2/io/quarkus/quarkus-core/*/quarkus-core-*.jar | grep -v sources | tail -1)"
javac -nowarn -cp "$cp" -d "$work/classes" $(find "$work/src" -name '*.java') "$(dirname "$0")/BeforeHarness.java"
java -cp "$work/classes:$cp" io.canrun.gateway.feasibility.BeforeHarness "$root"
