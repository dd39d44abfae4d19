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
exec "$JAVA" ${JAVA_OPTS:--Xmx1g} ${XINGFENG_OPTS} -jar plugins/org.eclipse.equinox.launcher_*.jar \
  -data "${XINGFENG_WORKSPACE:-@user.home/.xingfeng/client/workspace}" "$@"
