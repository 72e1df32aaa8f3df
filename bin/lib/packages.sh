# shellcheck shell=bash
# Installs Debian packages the tests need. Sourced by bin/test.
# Machines have no systemd and may run another apt at the same time, hence the lock timeout; CI has no stdin,
# hence noninteractive.

DIALOOG_APT_UPDATED=

# True when every package named is installed.
packages_installed() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || return 1
  done
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    echo "error: '$*' needs root; run bin/test as root or install the packages yourself" >&2
    return 1
  fi
}

apt_update_once() {
  if [ -z "$DIALOOG_APT_UPDATED" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update
    DIALOOG_APT_UPDATED=1
  fi
}

# Installs the packages that are missing. Updates the package lists only when needed: when apt does not know a
# package (a fresh image has empty lists), or when an install from stale lists fails.
apt_install() {
  packages_installed "$@" && return 0
  echo "Installing Debian packages: $*"
  if ! apt-cache show "$@" >/dev/null 2>&1; then
    apt_update_once
  fi
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "$@"; then
    [ -z "$DIALOOG_APT_UPDATED" ] || return 1
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "$@"
  fi
}
