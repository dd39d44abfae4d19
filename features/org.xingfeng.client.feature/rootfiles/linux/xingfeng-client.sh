#!/bin/sh
# Starts the Xingfeng rich client from this folder. Settings are Java system properties, e.g.
#   XINGFENG_OPTS="-Dxingfeng.server.url=http://10.1.2.3:8080 -Dxingfeng.locale=zh_CN"
# The county's server: its URL in the login dialog (remembered; prefilled from xingfeng.server.url). Left empty, the
# client works alone on its own embedded database in xingfeng.data. A county's PC holds no database password.
# Java 17 or later: JAVA_HOME's, else the one on PATH. (xingfeng-client.cmd does the same on Windows.)
cd "$(dirname "$0")" || exit 1

# java_major JAVA: the Java major version it runs (8 for 1.8), empty when it does not run
java_major() {
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case "$v" in
    1.*) v=${v#1.} ;;
  esac
  case "${v%%.*}" in
    '' | *[!0-9]*) ;;
    *) echo "${v%%.*}" ;;
  esac
}
JAVA=""
FOUND=""
# try NAME JAVA: use JAVA when it is Java 17 or later, else note what NAME gave
try() {
  [ -z "$JAVA" ] || return 0
  m=$(java_major "$2")
  if [ -z "$m" ]; then
    FOUND="$FOUND
  $1: $2 无法运行 / does not run"
  elif [ "$m" -lt 17 ]; then
    FOUND="$FOUND
  $1: $2 是 Java $m, 版本过低 / is Java $m, too old"
  else
    JAVA=$2
  fi
}
if [ -n "${JAVA_HOME:-}" ]; then
  if [ -x "$JAVA_HOME/bin/java" ]; then
    try JAVA_HOME "$JAVA_HOME/bin/java"
  else
    FOUND="$FOUND
  JAVA_HOME: $JAVA_HOME/bin/java 不存在 / does not exist"
  fi
fi
if command -v java >/dev/null 2>&1; then
  try PATH "$(command -v java)"
else
  FOUND="$FOUND
  PATH: 没有 java / no java"
fi
if [ -z "$JAVA" ]; then
  cat >&2 <<MESSAGE
行风客户端需要 Java 17 或更高版本 / The Xingfeng client needs Java 17 or later.$FOUND
请安装 Java 17, 并设置 JAVA_HOME 或把 Java 的 bin 目录加入 PATH。
Install Java 17 and set JAVA_HOME, or put Java's bin directory on PATH.
MESSAGE
  exit 1
fi
# Class-data sharing: the classes a start loads, archived by the JVM as the client exits (the first time after each
# change of its bundles) and used from the next start on, a sixth off each start. A new archive is taken only once a
# JVM has mapped it: a client killed while writing one leaves it broken, and the JVM would crash on it.
CDS=""
if [ -w configuration ] && [ "${XINGFENG_CDS:-true}" != false ]; then
  first() { echo "$1"; }
  jsa=configuration/xingfeng-client-$(first $(cksum < configuration/org.eclipse.equinox.simpleconfigurator/bundles.info)).jsa
  for part in configuration/xingfeng-client-*.jsa.part.*; do
    [ -f "$part" ] || continue
    if [ ! -f "$jsa" ] && [ "${part%.part.*}" = "$jsa" ] && "$JAVA" -XX:SharedArchiveFile="$part" -Xshare:on \
        -cp plugins/org.eclipse.equinox.launcher_*.jar -version >/dev/null 2>&1; then
      mv "$part" "$jsa"
    else
      rm -f "$part"
    fi
  done
  for old in configuration/xingfeng-client-*.jsa; do
    [ ! -f "$old" ] || [ "$old" = "$jsa" ] || rm -f "$old"
  done
  if [ -f "$jsa" ]; then
    CDS="-XX:SharedArchiveFile=$jsa"
  else
    # no class unloading in the session that writes it: Java 17's writer can crash on a class unloaded before it
    CDS="-XX:-ClassUnloading -XX:ArchiveClassesAtExit=$jsa.part.$$"
  fi
  CDS="$CDS -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
exec "$JAVA" ${JAVA_OPTS:--Xmx1g} $CDS ${XINGFENG_OPTS} -jar plugins/org.eclipse.equinox.launcher_*.jar \
  -data "${XINGFENG_WORKSPACE:-@user.home/.xingfeng/client/workspace}" "$@"
