#!/usr/bin/env bash
# Rewrites the PublicAPI.Unshipped.txt files from the code: run it after a deliberate change
# to the public API, then review the diff (that diff is the API change). The shipped files
# are left alone; move lines into them when a version is released.
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
frameworks=(netstandard2.0 net8.0)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

for file in "$project/PublicAPI.Unshipped.txt" "${frameworks[@]/#/$project/PublicAPI/}"; do
  [ -d "$file" ] && file="$file/PublicAPI.Unshipped.txt"
  printf '#nullable enable\n' > "$file"
done

dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true

symbols() { grep "RS0016" "$log" | grep "TargetFramework=$1\]" | grep -oE "Symbol '[^']+'" | sed "s/^Symbol '//; s/'\$//" | LC_ALL=C sort -u; }
symbols "${frameworks[0]}" > "$log.a"
symbols "${frameworks[1]}" > "$log.b"
LC_ALL=C comm -12 "$log.a" "$log.b" >> "$project/PublicAPI.Unshipped.txt"
LC_ALL=C comm -23 "$log.a" "$log.b" >> "$project/PublicAPI/${frameworks[0]}/PublicAPI.Unshipped.txt"
LC_ALL=C comm -13 "$log.a" "$log.b" >> "$project/PublicAPI/${frameworks[1]}/PublicAPI.Unshipped.txt"
rm -f "$log.a" "$log.b"

dotnet build "$project" >/dev/null && echo "public API files updated; review: git diff -- '$project/PublicAPI*'"
