#!/usr/bin/env bash
# Make Debian's Chromium available for the browser tests (tests/browser).
# Installs the `chromium` package, and a CJK font so that Chinese pages in the
# screenshots show glyphs, when running as root (CI, a fresh dev machine);
# otherwise says how, and the browser tests are skipped.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "note: Chromium not found; browser tests will be skipped (Debian: apt-get install chromium)." >&2
  exit 0
fi
echo "==> installing Chromium for the browser tests (Debian package)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
