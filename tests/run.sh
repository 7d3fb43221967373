#!/usr/bin/env bash
# The project's test command: sets up what the tests need, then runs every test.
# Afterwards it checks that setup left nothing to install (a second setup would install
# nothing) and that the run left the working tree as it found it: tests write outside the
# repository. A tree that was dirty before the run is fine; only changes made by the run fail.
set -euo pipefail
cd "$(dirname "$0")/.."

tree_state() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git status --porcelain --untracked-files=all
    git diff --binary | sha256sum
  fi
}

before="$(tree_state)"
bash tests/setup.sh
bash tests/setup.sh --check

status=0
dotnet test Minutes.Templating.sln -c Release --logger "console;verbosity=normal" "$@" || status=$?

after="$(tree_state)"
if [ "$before" != "$after" ]; then
  echo "run.sh: the test run changed the working tree (tests must write outside the repository):" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  [ "$status" -ne 0 ] || status=1
else
  echo "run.sh: working tree unchanged by the run"
fi
exit "$status"
