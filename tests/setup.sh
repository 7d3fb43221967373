#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, on a fresh Debian machine:
# LibreOffice (documents must open in a Word-compatible consumer), poppler-utils (PDF to
# text and PNG), Chromium (the add-in's browser test), CJK fonts, and the add-in's npm
# packages. Idempotent: a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK\|Noto Serif CJK" || need+=(fonts-noto-cjk)

# The official types' stand-ins for PDF and ODT (src/Minutes.Cli/Resources/fonts.conf):
# AR PL UKai TW for 標楷體, Liberation Serif (metric-compatible) for Times New Roman.
for pkg in fonts-arphic-ukai fonts-liberation; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} (Debian packages)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ -f addin/install.sh ]; then
  bash addin/install.sh
fi
