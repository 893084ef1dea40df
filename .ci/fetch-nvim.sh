#!/usr/bin/env bash
# Fetch the Neovim of a Debian suite (default: unstable, i.e. the current release) into a cache folder,
# without installing it: test/nvim-examples.test.ts runs the editor examples on it as well as on the
# machine's own nvim. Usage: .ci/fetch-nvim.sh [SUITE...]   (e.g. trixie unstable)
#
# How: apt resolves and downloads neovim and the libraries it needs from that suite with lists of its
# own (the machine's apt sources and dpkg database are not touched), dpkg-deb unpacks them into
# <cache>/<suite>/root, and <cache>/<suite>/bin/nvim runs that nvim with the suite's own C library
# through its own dynamic loader, so it works on an older Debian too. Programs nvim starts (the
# language server) run with the machine's libraries as usual.
# Cache: $VACANCY_LINT_NVIM_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/vacancy-lint/nvim (where the
# test looks). Prints the path of each nvim it made.
set -euo pipefail
cache="${VACANCY_LINT_NVIM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vacancy-lint/nvim}"
[ $# -gt 0 ] || set -- unstable
arch="$(dpkg --print-architecture)"
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo "$(uname -m)-linux-gnu")"
for suite in "$@"; do
  dir="$cache/$suite"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/lists/partial" "$work/debs/partial" "$work/cache"
  echo "deb [arch=$arch signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >"$work/sources.list"
  : >"$work/status" # an empty dpkg database: download everything neovim needs from this suite
  apt=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/lists" -o "Dir::State::status=$work/status" -o "Dir::Cache=$work/cache"
    -o "Dir::Cache::archives=$work/debs" -o Debug::NoLocking=1 -o APT::Get::Download-Only=1 -o APT::Sandbox::User=root)
  apt-get "${apt[@]}" update -qq
  apt-get "${apt[@]}" install -y -qq --no-install-recommends neovim >/dev/null
  rm -rf "$dir.new" && mkdir -p "$dir.new/root" "$dir.new/bin"
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$dir.new/root"; done
  root="$dir/root"
  # A copy of the suite's dynamic loader beside nvim: nvim takes the folder of the running program
  # (the loader) to find its own files, such as the tree-sitter parsers in usr/lib/nvim/parser.
  cp "$(ls "$dir.new/root/usr/lib/$multiarch"/ld-linux*.so.* | head -n 1)" "$dir.new/root/usr/bin/nvim-ld.so"
  cat >"$dir.new/bin/nvim" <<EOF
#!/bin/sh
# Neovim from Debian $suite (made by .ci/fetch-nvim.sh), run with that suite's libraries.
VIMRUNTIME='$root/usr/share/nvim/runtime' exec '$root/usr/bin/nvim-ld.so' --library-path '$root/usr/lib/$multiarch:$root/lib/$multiarch' '$root/usr/bin/nvim' "\$@"
EOF
  chmod +x "$dir.new/bin/nvim"
  rm -rf "$dir" && mv "$dir.new" "$dir"
  rm -rf "$work"
  trap - EXIT
  "$dir/bin/nvim" --version | head -n 1 >&2
  echo "$dir/bin/nvim"
done
