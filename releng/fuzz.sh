#!/usr/bin/env bash
# Coverage-guided fuzzing of what smm reads from outside, with Jazzer (libFuzzer for the JVM, from
# Maven Central, Apache-2.0; a test tool, never shipped). Targets (releng/fuzz/src/org/iotsmm/fuzz):
#   smm-text              any bytes as a .smm file: smm validate + smm format --check
#   questionnaire-import  a workbook into smm import --into (a copy of examples/getting-started)
#   oscal-catalog         any bytes into smm import --oscal-catalog
#   report                models that validate through smm report (every format) and smm questionnaire
# Each target runs SECONDS on the committed corpus (releng/fuzz/corpus/TARGET) plus what it finds;
# new inputs go to build-output/fuzz/TARGET/corpus, findings to build-output/fuzz/TARGET/crash-*.
# Any finding (an exception other than the tool's own error, a stack trace printed, a wrong exit
# code, a changed input, a hang over --timeout, memory over the limit) fails the script.
# Usage: releng/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]   (default 20 s, every target)
#        releng/fuzz.sh --make-corpus                       (rebuild the committed seed corpus)
#        releng/fuzz.sh --reproduce TARGET FILE             (run one input once, e.g. a crash file)
# Environment: FUZZ_OUT (default build-output/fuzz), FUZZ_CLI_LIB (jars to fuzz instead of building smm),
#   FUZZ_KEEP_GOING (go on until N distinct findings; default 1: stop at the first), FUZZ_TIMEOUT (seconds
#   one input may take before it counts as a hang; default 120, 600 for report).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAZZER_VERSION=0.30.0
all_targets="smm-text questionnaire-import oscal-catalog report"

if [ -n "${FUZZ_CLI_LIB:-}" ]; then
  cli_lib="$FUZZ_CLI_LIB"   # a copy of build-output/smm/lib (a long campaign keeps fuzzing it while the sources change)
  export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
else
  source "$root/releng/cli-classpath.sh" fuzz   # the command line built from the current sources: $cli_lib
fi
out="${FUZZ_OUT:-$root/build-output/fuzz}"
mkdir -p "$out"

# Jazzer from Maven Central through the ordinary client (offline when ~/.m2 has it already).
repo="${MAVEN_REPO:-$HOME/.m2/repository}/com/code-intelligence"
jazzer="$repo/jazzer/$JAZZER_VERSION/jazzer-$JAZZER_VERSION.jar"
jazzer_api="$repo/jazzer-api/$JAZZER_VERSION/jazzer-api-$JAZZER_VERSION.jar"
if [ ! -f "$jazzer" ] || [ ! -f "$jazzer_api" ]; then
  echo "fuzz: fetching Jazzer $JAZZER_VERSION from Maven Central" >&2
  tmp="$(mktemp -d)"   # outside the project: no Tycho extension for a plain artifact fetch
  (cd "$tmp" && "$root/mvnw" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
      -Dartifact="com.code-intelligence:jazzer:$JAZZER_VERSION" -Dtransitive=true ${MAVEN_REPO:+-Dmaven.repo.local="$MAVEN_REPO"}) >&2
  rm -rf "$tmp"
fi

classes="$out/classes"
rm -rf "$classes" && mkdir -p "$classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$classes" -cp "$cli_lib/*:$jazzer_api" $(find "$root/releng/fuzz/src" -name '*.java')
cp="$jazzer:$jazzer_api:$classes:$cli_lib/*"
jvm=(-XX:+UseSerialGC -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Djava.awt.headless=true
     -Diotsmm.root="$root" -Xss8m)

target_class() {
  case "$1" in
    smm-text) echo org.iotsmm.fuzz.SmmTextFuzzer ;;
    questionnaire-import) echo org.iotsmm.fuzz.QuestionnaireImportFuzzer ;;
    oscal-catalog) echo org.iotsmm.fuzz.OscalCatalogFuzzer ;;
    report) echo org.iotsmm.fuzz.ReportFuzzer ;;
    *) echo "fuzz: unknown target '$1' (targets: $all_targets)" >&2; exit 2 ;;
  esac
}
# What the fuzzer instruments for coverage: our code, the parser and the readers of outside input.
includes() {
  case "$1" in
    smm-text|report) echo 'org.iotsmm.**:org.eclipse.xtext.parser.**:org.eclipse.xtext.nodemodel.**:org.antlr.runtime.**' ;;
    questionnaire-import) echo 'org.iotsmm.**:org.apache.poi.xssf.**:org.apache.poi.ss.**:org.apache.poi.openxml4j.**' ;;
    oscal-catalog) echo 'org.iotsmm.**:com.fasterxml.jackson.core.**:com.fasterxml.jackson.databind.node.**' ;;
  esac
}
heap() { [ "$1" = report ] && echo 2g || echo 1g; }
# A whole report (PDF, PNG) of a large example takes long on a loaded machine: only a hang should fail.
# FUZZ_TIMEOUT overrides both (a campaign at nice 19 on a busy machine gets a few per cent of a core).
timeout_of() { if [ -n "${FUZZ_TIMEOUT:-}" ]; then echo "$FUZZ_TIMEOUT"; elif [ "$1" = report ]; then echo 600; else echo 120; fi; }
max_len_of() { [ "$1" = questionnaire-import ] && echo 262144 || echo 65536; }

if [ "${1:-}" = --make-corpus ]; then
  c="$root/releng/fuzz/corpus"
  rm -rf "$c" && mkdir -p "$c"/{smm-text,questionnaire-import,oscal-catalog,report}
  for f in "$root"/examples/*/*.smm; do cp "$f" "$c/report/"; cp "$f" "$c/smm-text/"; done
  cp "$root"/plugins/org.iotsmm.dsl.tests/fixtures/validation/*.smm "$root"/plugins/org.iotsmm.cli.tests/fixtures/*.smm \
     "$root"/plugins/org.iotsmm.report.tests/fixtures/*.smm "$root"/plugins/org.iotsmm.dsl.tests/fixtures/formatting/messy.smm \
     "$root"/plugins/org.iotsmm.catalog/org/iotsmm/catalog/{iec-62443-2-1,mapping-smm-iec-62443-2-1}.smm "$c/smm-text/"
  cp "$root"/plugins/org.iotsmm.report.tests/fixtures/*.smm "$c/report/"
  cp "$root"/plugins/org.iotsmm.oscal.tests/fixtures/import/*.json "$root"/plugins/org.iotsmm.oscal.tests/fixtures/nist/basic-catalog.json \
     "$c/oscal-catalog/"
  "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.iotsmm.fuzz.MakeCorpus "$c/questionnaire-import"
  du -sh "$c"/*
  exit 0
fi

if [ "${1:-}" = --reproduce ]; then
  t="$2"; file="$3"
  exec "$JAVA_HOME/bin/java" "${jvm[@]}" -Xmx"$(heap "$t")" -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="$(target_class "$t")" --instrumentation_includes="$(includes "$t")" "$file"
fi

seconds="${1:-20}"; shift || true
targets="${*:-$all_targets}"
failed=""
summary="$out/summary.txt"; : >"$summary"
for t in $targets; do
  class="$(target_class "$t")"
  work="$out/$t"; mkdir -p "$work/corpus"
  rm -f "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/slow-unit-*
  log="$work/fuzz.log"
  echo "fuzz: $t for ${seconds}s (log: $log)" >&2
  set +e
  "$JAVA_HOME/bin/java" "${jvm[@]}" -Xmx"$(heap "$t")" -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" --instrumentation_includes="$(includes "$t")" \
    --reproducer_path="$work" --keep_going="${FUZZ_KEEP_GOING:-1}" \
    -max_total_time="$seconds" -timeout="$(timeout_of "$t")" -rss_limit_mb=4096 -max_len="$(max_len_of "$t")" -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$root/releng/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -oE '#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || echo "cov: ? ft: ?")
  findings=$(ls "$work" | grep -cE '^(crash|timeout|oom|leak)-' || true)
  echo "$t: ${seconds}s, ${execs} inputs tried, ${cov}, findings: ${findings}, exit ${rc}" | tee -a "$summary" >&2
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
    failed="$failed $t"
    grep -E '^(== Java Exception|java\.|org\.|\s+at |Caused by|.*Finding)' "$log" | head -n 30 >&2 || tail -n 30 "$log" >&2
    for f in "$work"/crash-* "$work"/timeout-* "$work"/oom-*; do
      [ -f "$f" ] && echo "fuzz: reproduce with: releng/fuzz.sh --reproduce $t $f" >&2
    done
  fi
done
echo "fuzz: reproduce with: releng/fuzz.sh $seconds $targets" >&2
if [ -n "$failed" ]; then
  echo "fuzz: FAILED:$failed" >&2
  exit 1
fi
echo "fuzz: no finding in $targets" >&2
