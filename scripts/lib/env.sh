# Shared set-up for the developer scripts: finds Swift and installs the system
# libraries the package links (GNU readline for the console).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  PATH="/opt/swift/usr/bin:$PATH"
fi
if [ ! -f /usr/include/readline/readline.h ]; then
  echo "jiceng: installing libreadline-dev (GNU readline, for the console)…" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libreadline-dev >&2
fi
