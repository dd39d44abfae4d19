# Shared by the scripts in releng/bin: project root, Java check, product location.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PRODUCT_DIR="$ROOT/releng/org.xingfeng.site/target/products/org.xingfeng.server.product/linux/gtk/x86_64/xingfeng-server"
CLIENT_PRODUCT_DIR="$ROOT/releng/org.xingfeng.site/target/products/org.xingfeng.client.product/linux/gtk/x86_64/xingfeng-client"
# The update site the build makes, the p2 director product, and the full server assembled from them (every module).
SITE_DIR="$ROOT/releng/org.xingfeng.site/target/repository"
DIRECTOR_DIR="$ROOT/releng/org.xingfeng.site/target/products/org.xingfeng.director.product/linux/gtk/x86_64/xingfeng-director"
FULL_SERVER_DIR="$ROOT/releng/org.xingfeng.site/target/xingfeng-server-full"
# Every module: each feature features/org.xingfeng.<id>.feature except the platform's own (platform, server, client,
# provisioning) and the modules' client features (org.xingfeng.<id>.ui.feature), comma-separated.
all_modules() {
  local dir id list=""
  for dir in "$ROOT"/features/org.xingfeng.*.feature; do
    id=${dir##*/org.xingfeng.}; id=${id%.feature}
    case "$id" in platform|server|client|provisioning|*.*) continue ;; esac
    list="$list,$id"
  done
  echo "${list#,}"
}
ALL_MODULES=$(all_modules)

require_java17() {
  if ! command -v java >/dev/null 2>&1; then
    echo "Java 17 is required (java not found on PATH)" >&2
    exit 1
  fi
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "${v%%.*}" -lt 17 ] 2>/dev/null; then
    echo "Java 17 or later is required, found $v" >&2
    exit 1
  fi
}

# Builds the products when the one in $1 (default: the server) is missing or older than any source file.
build_if_needed() {
  local launcher
  launcher=$(ls "${1:-$PRODUCT_DIR}"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
  if [ -n "$launcher" ] && [ -z "$(find "$ROOT/bundles" "$ROOT/features" "$ROOT/releng/org.xingfeng.site" "$ROOT/target-platform" \
        -newer "$launcher" -type f -not -path '*/target/*' -print -quit)" ]; then
    return 0
  fi
  echo "Building (first time: about 3 minutes to download dependencies) ..."
  (cd "$ROOT" && ./mvnw -B -q verify -DskipTests) || { echo "build failed" >&2; exit 1; }
}

# A free TCP port on loopback at or above $1 (the test servers must not meet a stranger's server).
free_port() {
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

# Waits until the server at $1 answers /health with 200 and its login resource with 400; gives up after $2 seconds.
wait_for_server() {
  local base=$1 limit=$2 start=$SECONDS code
  while [ $((SECONDS - start)) -lt "$limit" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' "$base/api/v1/auth/login" || true)
    if [ "$code" = 400 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)" = 200 ]; then
      return 0
    fi
    sleep 0.2
  done
  return 1
}

# Assembles the full server (every module) with the director when it is missing or older than the update site.
assemble_full_if_needed() {
  # artifacts.xml, as the director writes it at each assembly (the start script keeps its build's time)
  if [ -f "$FULL_SERVER_DIR/xingfeng-server.sh" ] && [ ! "$SITE_DIR/content.jar" -nt "$FULL_SERVER_DIR/artifacts.xml" ]; then
    return 0
  fi
  "$ROOT/releng/bin/assemble" --modules "$ALL_MODULES" --dest "$FULL_SERVER_DIR" --repository "$SITE_DIR" --fresh >/dev/null \
    || { echo "assembling the server failed" >&2; exit 1; }
}
