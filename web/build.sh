#!/usr/bin/env bash
# Builds the public pages into the jar: checks each script's syntax with Node, stamps the pages with a hash of the
# assets (the gateway serves assets under that version as immutable), and copies them to target/classes/rapor-web.
# Installs playwright-core (browser test only) from package-lock.json. Called by the build (web/pom.xml).
set -euo pipefail
cd "$(dirname "$0")"
out=target/classes/rapor-web

# npm packages pinned by package-lock.json. Installed again only when the lock file changed; npm's own cache
# (~/.npm) serves them afterwards, so the build works offline once they were fetched.
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null; then
    npm ci --prefer-offline --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json
fi

# Checked as ES modules (Node takes an ambiguous .js for CommonJS and lets some errors through).
checks=$(mktemp -d)
for script in src/main/web/assets/*.js src/test/browser/*.mjs; do
    cp "$script" "$checks/$(basename "${script%.*}").mjs"
    node --check "$checks/$(basename "${script%.*}").mjs"
done
rm -rf "$checks"

version=$(cat src/main/web/assets/* | sha256sum | cut -c1-12)
rm -rf "$out"
mkdir -p "$out/assets"
cp src/main/web/assets/* "$out/assets/"
for page in src/main/web/*.html; do
    sed "s/@VERSION@/$version/g" "$page" > "$out/$(basename "$page")"
done
echo "$version" > "$out/version"
echo "== public pages built, asset version $version"
