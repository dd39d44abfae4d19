#!/bin/sh
# Starts the Xingfeng rich client from this folder. Settings are Java system properties, e.g.
#   XINGFENG_OPTS="-Dxingfeng.data=$HOME/.xingfeng/client -Dxingfeng.locale=zh_CN"
# Database: -Dxingfeng.db.kind=derby-embedded (default, one office alone) | derby-network | postgresql
#           -Dxingfeng.db.url=... -Dxingfeng.db.user=... -Dxingfeng.db.password=...
cd "$(dirname "$0")" || exit 1
exec java ${JAVA_OPTS:--Xmx1g} ${XINGFENG_OPTS} -jar plugins/org.eclipse.equinox.launcher_*.jar \
  -data "${XINGFENG_WORKSPACE:-@user.home/.xingfeng/client/workspace}" "$@"
