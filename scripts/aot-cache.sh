#!/usr/bin/env bash
# Prints how to launch a Spring Boot jar with the JDK's ahead-of-time cache: the extracted
# jar and, when this JDK has one for it, the cache, one a line. Builds
# both when missing or older than the jar, next to it under aot/: the jar extracted with
# Spring Boot's jar tools, then one training run that starts the application up to a
# refreshed context (an empty database under a temporary directory) and stops. The
# JDK must be 25 or newer (-XX:AOTCacheOutput); with an older one, or when training
# fails, it prints the jar alone and the application starts without a cache. A cache
# made by another JDK or for another classpath is refused by the JVM itself, which then
# starts without it: rebuilt here when the JDK changes.
#   JAVA_HOME=… scripts/aot-cache.sh config/target/frontline.jar [training arguments…]
set -euo pipefail
jar="$1"; shift
java="${JAVA_HOME:?JAVA_HOME must name the JDK that will run the jar}/bin/java"
name="$(basename "$jar" .jar)"
dir="$(dirname "$jar")/aot"
extracted="$dir/$name/$name.jar"
cache="$dir/$name.aot"
stamp="$dir/$name.aot.jdk"

if [ ! -f "$extracted" ] || [ "$jar" -nt "$extracted" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/$name" >&2
  touch "$extracted"
fi

if ! "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  echo "$extracted"; exit 0
fi
jdk="$("$java" -version 2>&1 | tr '\n' ' ')"
if [ ! -f "$cache" ] || [ "$extracted" -nt "$cache" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$jdk" ]; then
  rm -f "$cache" "$stamp"
  echo "Training the start-up cache for $name (once per build and JDK)…" >&2
  data="$(mktemp -d)"
  if FRONTLINE_DATA_DIR="$data" FRONTLINE_CONSOLE_ENABLED=false \
      "$java" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh \
      -jar "$extracted" --server.port=0 --logging.level.root=WARN "$@" >"$dir/training.log" 2>&1 < /dev/null \
      && [ -f "$cache" ]; then
    echo "$jdk" > "$stamp"
  else
    echo "Training the start-up cache failed (see $dir/training.log); starting without it." >&2
    rm -f "$cache"
  fi
  rm -rf "$data"
fi
echo "$extracted"
[ -f "$cache" ] && echo "$cache"
exit 0
