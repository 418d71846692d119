#!/usr/bin/env bash
# Install the JavaScript libraries of the web pages from npm (versions pinned in
# src/chronik/web/package-lock.json) and copy their browser builds to src/chronik/web/static/vendor,
# from where `chronik serve` serves them: the pages never load anything from a CDN.
set -euo pipefail
web="$(cd "$(dirname "$0")/.." && pwd)/src/chronik/web"
npm ci --prefix "$web" --no-audit --no-fund --loglevel=error
vendor="$web/static/vendor"
mkdir -p "$vendor"
modules="$web/node_modules"
cp "$modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" \
   "$modules/vis-timeline/styles/vis-timeline-graph2d.min.css" \
   "$modules/vis-network/standalone/umd/vis-network.min.js" \
   "$modules/vis-network/styles/vis-network.min.css" \
   "$modules/swagger-ui-dist/swagger-ui-bundle.js" "$modules/swagger-ui-dist/swagger-ui.css" \
   "$vendor/"
cp "$modules/vis-timeline/LICENSE.Apache-2.0.txt" "$vendor/LICENSE-vis-Apache-2.0.txt"
cp "$modules/vis-timeline/LICENSE.MIT.txt" "$vendor/LICENSE-vis-MIT.txt"
cp "$modules/swagger-ui-dist/LICENSE" "$vendor/LICENSE-swagger-ui.txt"
echo "web libraries in $vendor"
