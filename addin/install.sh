#!/usr/bin/env bash
# Installs and builds what the Word add-in needs, and may be run any number of times:
#   - Debian's Chromium for the browser test (only when /usr/bin/chromium is missing);
#   - the task pane's npm packages (npm ci, only when package-lock.json changed);
#   - the task pane build into Minutes.Addin.Service/wwwroot.
# Needs Node.js 20+ with npm on PATH, and root (or sudo) for apt-get.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
taskpane="$here/taskpane"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ! -x /usr/bin/chromium ]; then
  echo "install.sh: installing Debian's chromium"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install.sh: Node.js 20+ and npm are required on PATH" >&2
  exit 1
fi

cd "$taskpane"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install.sh: npm ci in addin/taskpane"
  npm ci --no-audit --no-fund
fi

echo "install.sh: building the task pane"
npm run build
