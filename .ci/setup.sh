#!/usr/bin/env bash
# Set up everything the project needs on a fresh Debian/Ubuntu machine:
# ffmpeg, espeak-ng and a Java runtime for EPUBCheck (system packages), then a
# virtualenv in .venv with the project, its Piper, Kindle, Dask and EPUB extras and the test tools. With --tests, also
# Chromium, which the UI tests drive headless. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)  # EPUBCheck, for --format epub
if [ "${1:-}" = "--tests" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# .ci/constraints.txt holds the versions the tests last passed with; AUDIOBOOK_UNPINNED=1 takes the newest instead
pins=(-c .ci/constraints.txt)
[ -z "${AUDIOBOOK_UNPINNED:-}" ] || pins=()
.venv/bin/python -m pip install -q "${pins[@]}" -e ".[piper,kindle,dask,epub,test]"
