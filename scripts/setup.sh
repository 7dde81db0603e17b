#!/usr/bin/env bash
# Installs what permission-harness needs on Debian/Ubuntu: the distribution's browsers and drivers
# (browser downloads are not assumed to work), a virtual display, then the pinned npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# docker.io + debootstrap: the container path builds its images from a local Debian base (no registry
# is assumed to answer); default-jre-headless runs the Selenium Grid 4 jar.
PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth xdotool fonts-dejavu-core
  docker.io debootstrap default-jre-headless)
# A machine with another Docker engine (docker-ce, whose packages conflict with docker.io) keeps it.
if command -v dockerd >/dev/null 2>&1 && ! dpkg-query -W -f='${Status}' docker.io 2>/dev/null | grep -q "install ok installed"; then
  PACKAGES=("${PACKAGES[@]/docker.io}")
fi
missing=()
for p in "${PACKAGES[@]}"; do
  [ -n "$p" ] || continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: not a Debian/Ubuntu system; install these yourself: ${missing[*]} (see README, 'Other systems')" >&2
  else
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "setup: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "setup: system packages already installed"
fi

npm ci --no-audit --no-fund
# The CLI compiled to dist/ (the bin runs the sources through tsx whenever dist/ is older than them).
node scripts/build.mjs
node bin/permission-harness.mjs doctor || true
