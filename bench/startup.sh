#!/usr/bin/env bash
# Cold start as a reader and an embedder feel it, next to a bare `java -cp DIR Hello` on the same
# JVM in the same run. Wall clock of the whole process (for ./atlas: the launcher script, the JVM,
# reading the bundled pack, printing), median over RUNS rounds; each round runs every command once,
# in turn, so load that drifts on a shared machine hits all of them alike. CPU time is printed too:
# on a busy machine it says more than wall clock about what changed.
#
#   bench/startup.sh                      # the five commands below and the embedded program
#   bench/startup.sh show infidelity      # only ./atlas with these arguments (and hello)
#   RUNS=15 bench/startup.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh   # another JVM, for all of them
#   BASELINE=../other-checkout bench/startup.sh   # the same commands of another checkout, in the same rounds
#
# "embedded" is bench/Embedded.java on the library's class path (content-model, core and their
# jars, no archive of any kind): TrustAtlas.bundled(), then one plan, one search and one simulation.
# The raw times (JSON) go to bench/results/startup.json, which git ignores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-9}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
results="$root/bench/results"
mkdir -p "$results"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The first ./atlas run builds the jars and its start-up archive: a one-off, not start-up.
"$root/atlas" --version >/dev/null
baseline="${BASELINE:+$(cd "$BASELINE" && pwd)}"
[[ -n $baseline ]] && "$baseline/atlas" --version >/dev/null

printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' >"$work/Hello.java"
"$javac" -d "$work" "$work/Hello.java"
# The library's class path: cli/target/lib holds exactly content-model, core and their jars.
library="$(find "$root/cli/target/lib" -name '*.jar' | sort | paste -sd: -)"
"$javac" -d "$work" -cp "$library" "$root/bench/Embedded.java"

commands=(hello "$java -cp $work Hello")
# add_commands LABEL-SUFFIX CHECKOUT EMBEDDED-CLASS-DIR: the commands of one checkout.
add_commands() {
  local suffix=$1 tree=$2 classes=$3 lib
  if [[ ${#args[@]} -gt 0 ]]; then
    commands+=("atlas ${args[*]}$suffix" "$tree/atlas ${args[*]}")
    return
  fi
  lib="$(find "$tree/cli/target/lib" -name '*.jar' | sort | paste -sd: -)"
  commands+=(
    "atlas concepts$suffix" "$tree/atlas concepts"
    "atlas show infidelity$suffix" "$tree/atlas show infidelity"
    "atlas search my partner cheated$suffix" "$tree/atlas search my partner cheated"
    "atlas plan --challenge infidelity --role hurt-partner --region GB$suffix"
    "$tree/atlas plan --challenge infidelity --role hurt-partner --region GB"
    "atlas simulate --scenario disclosed-affair-sincere-apology$suffix"
    "$tree/atlas simulate --scenario disclosed-affair-sincere-apology"
    "embedded: bundled + plan + search + simulate$suffix" "$java -cp $classes:$lib Embedded")
}
args=("$@")
add_commands "" "$root" "$work"
if [[ -n $baseline ]]; then
  mkdir -p "$work/baseline"
  "$javac" -d "$work/baseline" -cp "$(find "$baseline/cli/target/lib" -name '*.jar' | sort | paste -sd: -)" \
    "$root/bench/Embedded.java"
  add_commands " (baseline)" "$baseline" "$work/baseline"
fi

echo "JVM:      $("$java" -version 2>&1 | head -1) ($(command -v "$java"))"
echo "launcher: $("$root/atlas" --version --verbose 2>&1 | grep -i -m1 -E 'start|cds|aot' || echo '(does not say)')"
echo "host:     $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "tool:     python3 subprocess loop: $runs rounds, each runs every command once in turn (one warm-up round)"

python3 - "$runs" "$results/startup.json" "${commands[@]}" <<'PY'
import json, os, resource, statistics, subprocess, sys, time

runs, out, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
commands = [(rest[i], rest[i + 1].split()) for i in range(0, len(rest), 2)]

def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def once(cmd):
    started, used = time.perf_counter(), cpu()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started, cpu() - used

for _, cmd in commands:
    once(cmd)
wall = {name: [] for name, _ in commands}
cpus = {name: [] for name, _ in commands}
for r in range(runs):
    # Rotate who goes first, so no command always follows the same one.
    order = commands[r % len(commands):] + commands[:r % len(commands)]
    for name, cmd in order:
        w, c = once(cmd)
        wall[name].append(w)
        cpus[name].append(c)
json.dump({"wall": wall, "cpu": cpus}, open(out, "w"), indent=1)

hello = statistics.median(wall["hello"])
print(f"load:     {' '.join(open('/proc/loadavg').read().split()[:3])} at end")
print(f"{'command':<77} {'median ms':>9} {'cpu ms':>7} {'ratio':>6}")
for name, _ in commands:
    w, c = statistics.median(wall[name]), statistics.median(cpus[name])
    print(f"{name:<77} {w * 1000:9.1f} {c * 1000:7.1f} {w / hello:5.2f}x")
PY
