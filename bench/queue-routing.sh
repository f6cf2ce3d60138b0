#!/usr/bin/env bash
# The queue service's routing decisions under load (issue 7: decision p99 under 5 ms): a real
# ContactCentre with 300 agents in four queues, calls at RATE a second for SECONDS, every offer
# answered, calls of 1-4 s. Prints p50/p99/max per routing command, timed on the centre's thread.
#   bench/queue-routing.sh [RATE=100] [SECONDS=20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -pl queue-service -am install -DskipTests -Djacoco.skip=true >/dev/null
./mvnw -q -B -pl queue-service test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  "-Dexec.args=-Xmx256m -cp %classpath org.switchboard.queue.service.bench.RoutingDecisionBench ${1:-100} ${2:-20}"
