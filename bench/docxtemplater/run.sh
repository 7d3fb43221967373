#!/bin/sh
# Side by side: docxtemplater and minutes bench on the same meetings (seed, 50, 500 and 4,000 reports).
# Not part of the test suite. Needs Node 20+ and npm; see docs/performance.md.
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$here"
npm install --no-audit --no-fund --silent
dotnet build "$repo/src/Minutes.Cli" -c Release -v quiet -nologo >/dev/null
minutes="dotnet $repo/src/Minutes.Cli/bin/Release/net10.0/minutes.dll"
tmp=$(mktemp -d)
$minutes render "$repo/templates/examples/yilan-2017.yaml" -o "$tmp/seed.docx" 2>/dev/null
$minutes extract "$tmp/seed.docx" --format json > seed.json
rm -rf "$tmp"
for reports in seed 50 500 4000; do
  case "$reports" in
    seed) n=500; echo "== seed meeting";;
    4000) n=3; echo "== $reports reports";;
    *) n=20; echo "== $reports reports";;
  esac
  node run.js seed.json $reports $n | tail -1 | sed 's/^/docxtemplater: /'
  if [ "$reports" = seed ]; then extra=""; else extra="--reports $reports"; fi
  $minutes bench "$repo/templates/examples/yilan-2017.yaml" $extra -n $n | tail -1 | sed 's/^/minutes:       /'
done
