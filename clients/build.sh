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

echo "== Redocly lint (recommended rules; rules turned off in redocly.yaml and problems ignored in"
echo "   .redocly.lint-ignore.yaml, each with its reason): an error or any other warning fails the build"
lint_log=$(mktemp)
node_modules/.bin/redocly lint "$contract" --config redocly.yaml --format=stylish 2>&1 | tee "$lint_log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    exit "$status"
fi
if grep -Eq "You have [0-9]+ warning" "$lint_log"; then
    echo "Redocly lint: warnings above; fix them in the contract (or list one with its reason in .redocly.lint-ignore.yaml)" >&2
    exit 1
fi
rm -f "$lint_log"

echo "== tsc --strict: generated client and end-to-end scenario"
node_modules/.bin/tsc --version
node_modules/.bin/tsc --project tsconfig.json --strict
echo "== contract lint and client compile took $(( $(date +%s) - start )) s"
