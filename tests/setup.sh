#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, on a fresh Debian machine:
# LibreOffice (documents must open in a Word-compatible consumer), poppler-utils (PDF to
# text and PNG), Chromium (the add-in's browser test), CJK fonts, and the add-in's npm
# packages. Idempotent: a second run installs nothing and says "setup: nothing to install".
# `bash tests/setup.sh --check` only reports what is missing (exit 1 if anything is).
set -euo pipefail
cd "$(dirname "$0")/.."

# True when the Debian package is installed. No pipe: `cmd | grep -q` can fail under
# pipefail when grep exits at the first match and cmd is killed by SIGPIPE.
installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# True when fontconfig knows a Noto CJK font (whichever package brought it).
has_cjk_fonts() {
  local fonts
  fonts="$(fc-list : family 2>/dev/null || true)"
  [[ "$fonts" == *"Noto Sans CJK"* || "$fonts" == *"Noto Serif CJK"* ]]
}

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
has_cjk_fonts || installed fonts-noto-cjk || need+=(fonts-noto-cjk)
# The official types' stand-ins for PDF and ODT (src/Minutes.Cli/Resources/fonts.conf):
# AR PL UKai TW for 標楷體, Liberation Serif (metric-compatible) for Times New Roman.
installed fonts-arphic-ukai || need+=(fonts-arphic-ukai)
installed fonts-liberation || need+=(fonts-liberation)

taskpane=addin/taskpane
if [ -f "$taskpane/package-lock.json" ] && { [ ! -f "$taskpane/node_modules/.package-lock.json" ] \
     || [ "$taskpane/package-lock.json" -nt "$taskpane/node_modules/.package-lock.json" ]; }; then
  npm_missing=1
else
  npm_missing=0
fi

if [ "${1:-}" = "--check" ]; then
  missing=("${need[@]}")
  [ "$npm_missing" -eq 0 ] || missing+=("$taskpane/node_modules (npm ci)")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: missing ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: nothing to install"
  exit 0
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} (Debian packages)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
elif [ "$npm_missing" -eq 1 ]; then
  echo "setup: Debian packages present; installing the add-in's npm packages"
else
  echo "setup: nothing to install"
fi

if [ -f addin/install.sh ]; then
  bash addin/install.sh
fi
