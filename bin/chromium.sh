#!/usr/bin/env bash
# Shared by CI: make sure a Chromium for the browser test of the public pages (system-tests PublicPagesBrowserTest)
# is installed. With RAPOR_CHROMIUM_INSTALL=1 (CI) it installs the Debian package when missing; otherwise it only
# says how. The test itself fails with the same advice when no browser is found.

rapor_chromium_path() {
  if [ -n "${RAPOR_CHROMIUM:-}" ]; then
    echo "$RAPOR_CHROMIUM"
  elif [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium
  else
    command -v chromium 2>/dev/null || command -v chromium-browser 2>/dev/null || true
  fi
}

ensure_chromium() {
  local path
  path=$(rapor_chromium_path)
  if [ -n "$path" ] && [ -x "$path" ]; then
    return 0
  fi
  if [ "${RAPOR_CHROMIUM_INSTALL:-0}" = "1" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium from the Debian packages (browser test of the public pages)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    path=$(rapor_chromium_path)
    [ -n "$path" ] && [ -x "$path" ] && return 0
  fi
  cat >&2 <<MSG
The browser test of the public pages needs Chromium.
  - Debian/Ubuntu: sudo apt-get install -y chromium
  - or any Chromium/Chrome: export RAPOR_CHROMIUM=/path/to/chromium
MSG
  return 1
}
