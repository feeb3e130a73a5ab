# shellcheck shell=bash
# Progress messages for the scripts: to stderr, so stdout keeps only what the scripts are asked to print.

motus_log() {
  printf '==> %s\n' "$*" >&2
}

motus_warn() {
  printf 'warning: %s\n' "$*" >&2
}
