#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME if it is one, else the newest under
# /usr/lib/jvm, else (with --install) one installed from the system's packages.
set -euo pipefail

major_of() {
  local release="$1/release"
  [ -x "$1/bin/javac" ] && [ -f "$release" ] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

if [ -n "${JAVA_HOME:-}" ] && [ "$(major_of "$JAVA_HOME")" -ge 21 ]; then
  echo "$JAVA_HOME"; exit 0
fi

best=""; best_major=0
for home in /usr/lib/jvm/*/; do
  home="${home%/}"; [ -L "$home" ] && continue
  major="$(major_of "$home")"
  if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi

if [ "${1:-}" = "--install" ] && command -v apt-get >/dev/null; then
  echo "No JDK 21+ found; installing one from the system's packages" >&2
  apt-get update -qq >&2
  for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
    if apt-get install -y -qq "$pkg" >&2; then exec "$0"; fi
  done
fi
echo "Frontline needs JDK 21 or newer: install one and set JAVA_HOME to it." >&2
exit 1
