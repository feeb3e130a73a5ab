# shellcheck shell=bash
# Installs Debian packages that are missing; runs `apt-get update` once, and only when something must be installed.

# Prints the packages of "$@" that dpkg does not report as installed, one per line.
motus_missing_apt_packages() {
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$package"
    fi
  done
}

# motus_ensure_apt_packages PACKAGE...: installs the missing ones (needs root); a no-op when all are present.
motus_ensure_apt_packages() {
  local missing=() log
  mapfile -t missing < <(motus_missing_apt_packages "$@")
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  if [[ $EUID -ne 0 ]]; then
    motus_warn "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install -y ${missing[*]})"
    return 0
  fi

  motus_log "installing ${missing[*]} (apt-get)"
  log="$(mktemp "${TMPDIR:-/tmp}/motus-apt.XXXXXX.log")"
  # Output goes to a file, not a pipe: a service that a package's postinst starts must not hold our pipe open.
  if ! DEBIAN_FRONTEND=noninteractive apt-get -q update >"$log" 2>&1 \
    || ! DEBIAN_FRONTEND=noninteractive apt-get -q install -y "${missing[@]}" >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    motus_warn "apt-get failed; full log: $log"
    return 1
  fi
  rm -f "$log"
}
