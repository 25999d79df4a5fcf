#!/usr/bin/env bash
# Lints the merged contract and compiles the generated TypeScript client with its end-to-end scenario.
# Called by the build (clients/pom.xml, compile phase) with the merged contract's path.
set -euo pipefail
cd "$(dirname "$0")"
contract="$1"
start=$(date +%s)

# npm packages pinned by package-lock.json. Installed again only when the lock file changed; npm's own cache
# (~/.npm) serves them afterwards, so the build works offline once they were fetched.
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null; then
    npm ci --prefer-offline --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json
fi

echo "== Redocly lint (recommended rules, ignored warnings with their reasons in redocly.yaml)"
node_modules/.bin/redocly lint "$contract" --config redocly.yaml --format=stylish

echo "== tsc --strict: generated client and end-to-end scenario"
node_modules/.bin/tsc --version
node_modules/.bin/tsc --project tsconfig.json --strict
echo "== contract lint and client compile took $(( $(date +%s) - start )) s"
