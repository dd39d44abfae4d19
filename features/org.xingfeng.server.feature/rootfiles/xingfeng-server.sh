#!/bin/sh
# Starts the Xingfeng server from this folder. Settings are Java system properties, e.g.
#   XINGFENG_OPTS="-Dorg.osgi.service.http.port=8080 -Dxingfeng.data=/var/lib/xingfeng -Dxingfeng.demo=true"
# Database: -Dxingfeng.db.kind=derby-embedded (default) | derby-network | postgresql
#           -Dxingfeng.db.url=... -Dxingfeng.db.user=... -Dxingfeng.db.password=...
cd "$(dirname "$0")" || exit 1
# The classes a start loads, archived by a training start when the server was assembled (class-data sharing): a sixth
# off every start. Without the archive (or on another Java) the start is the same, only slower.
CDS=""
[ -r configuration/xingfeng.jsa ] && CDS="-XX:SharedArchiveFile=configuration/xingfeng.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
exec java ${JAVA_OPTS:--Xmx1g} $CDS -Djava.util.logging.config.file=logging.properties ${XINGFENG_OPTS} \
  -jar plugins/org.eclipse.equinox.launcher_*.jar "$@"
