#!/usr/bin/env bash
# Makes a Docker engine answer for the container path (`--browsers-from containers`) and its tests.
# Idempotent: an engine that already answers is left alone. Otherwise Debian's `dockerd` (package
# docker.io) is started in the background, because CI machines and containers here have no systemd to
# start it; its log goes to /tmp/permission-harness-dockerd.log.
set -uo pipefail

LOG=/tmp/permission-harness-dockerd.log
WAIT_SECONDS=30

if docker info >/dev/null 2>&1; then
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  echo "start-docker: dockerd is not installed; install it: apt-get install -y --no-install-recommends docker.io (or run npm run setup)" >&2
  exit 1
fi
if ! command -v docker >/dev/null 2>&1; then
  echo "start-docker: the docker CLI is not installed; install it: apt-get install -y --no-install-recommends docker.io" >&2
  exit 1
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

echo "start-docker: starting dockerd (log: $LOG)"
# setsid: the engine outlives this script and is not stopped by a Ctrl-C meant for the test run.
$SUDO setsid dockerd >"$LOG" 2>&1 </dev/null &

for _ in $(seq 1 "$WAIT_SECONDS"); do
  if docker info >/dev/null 2>&1; then
    echo "start-docker: Docker engine ready ($(docker version --format '{{.Server.Version}}' 2>/dev/null))"
    exit 0
  fi
  sleep 1
done

echo "start-docker: dockerd did not answer within ${WAIT_SECONDS} s; last log line: $(tail -n 1 "$LOG" 2>/dev/null)" >&2
exit 1
