#!/usr/bin/env bash
# The project's test command: sets up what the tests need, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup.sh
dotnet test Minutes.Templating.sln -c Release --logger "console;verbosity=normal" "$@"
