#!/bin/bash
# A Grid node that relays to a WebKitWebDriver: the Grid jar has no driver info for WebKitGTK, so the
# driver runs beside the node and the node's [relay] section points at it.
#   relay-node.sh <driver-port> <node-config.toml>
# The container shares the host's network namespace, where X displays' abstract sockets live too:
# Xvfb picks a free display number itself (-displayfd) instead of a fixed :99 that may be taken.
set -euo pipefail
driver_port="$1"
config="$2"

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>/tmp/xvfb-display &
for _ in $(seq 1 100); do
  [ -s /tmp/xvfb-display ] && break
  sleep 0.1
done
display_number="$(head -n 1 /tmp/xvfb-display)"
[ -n "$display_number" ] || { echo "relay-node: Xvfb did not start within 10 s" >&2; exit 1; }
export DISPLAY=":$display_number"
echo "relay-node: Xvfb on $DISPLAY"

WebKitWebDriver --host=127.0.0.1 --port="$driver_port" &
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$driver_port") 2>/dev/null && break
  sleep 0.1
done
echo "relay-node: WebKitWebDriver on 127.0.0.1:$driver_port"

exec java -jar /opt/selenium/selenium-server.jar node --config "$config"
