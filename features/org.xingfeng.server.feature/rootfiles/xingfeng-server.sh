#!/bin/sh
# Starts the Xingfeng server from this folder. Settings are Java system properties, e.g.
#   XINGFENG_OPTS="-Dorg.osgi.service.http.port=8080 -Dxingfeng.data=/var/lib/xingfeng -Dxingfeng.demo=true"
# Database: -Dxingfeng.db.kind=derby-embedded (default) | derby-network | postgresql
#           -Dxingfeng.db.url=... -Dxingfeng.db.user=... -Dxingfeng.db.password=...
cd "$(dirname "$0")" || exit 1
exec java ${JAVA_OPTS:--Xmx1g} -Djava.util.logging.config.file=logging.properties ${XINGFENG_OPTS} \
  -jar plugins/org.eclipse.equinox.launcher_*.jar "$@"
