#!/usr/bin/env bash
# Builds the `minutes` tool as one self-contained file per platform, for machines without .NET:
#   artifacts/cli/linux-x64/minutes
#   artifacts/cli/win-x64/minutes.exe
# Usage: bash scripts/publish-cli.sh [rid ...]      (default: linux-x64 win-x64)
# Environment: MINUTES_PUBLISH_DIR   where the files go (default: artifacts/cli under the repository)
#              MINUTES_BUILD_DIR     intermediate build files (default: artifacts/publish-build)
# The runtime packs (Microsoft.NETCore.App.Runtime.<rid>, Microsoft.NETCore.App.Host.<rid>)
# are restored from NuGet like any other package. The build uses its own artifacts folder, so it
# never touches bin/ and obj/ of the ordinary build (tests may run from there meanwhile).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${MINUTES_PUBLISH_DIR:-$root/artifacts/cli}"
build="${MINUTES_BUILD_DIR:-$root/artifacts/publish-build}"
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64)

for rid in "${rids[@]}"; do
  echo "publish-cli: $rid"
  dotnet publish "$root/src/Minutes.Cli/Minutes.Cli.csproj" -c Release -r "$rid" \
    --self-contained true \
    --artifacts-path "$build/$rid" \
    -o "$out/$rid" \
    -p:PublishSingleFile=true \
    -p:PublishReadyToRun=true \
    -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:DebugType=none \
    -p:GenerateDocumentationFile=false \
    -nologo -v quiet
  exe="$out/$rid/minutes"
  case "$rid" in win-*) exe="$exe.exe" ;; esac
  [ -f "$exe" ] || { echo "publish-cli: $exe was not produced" >&2; exit 1; }
  echo "publish-cli: $exe ($(( $(stat -c %s "$exe") / 1024 / 1024 )) MB)"
done
