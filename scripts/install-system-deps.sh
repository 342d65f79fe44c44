#!/usr/bin/env bash
# Installs the Debian packages SCORE Desktop needs: Qt's runtime libraries (even offscreen Qt
# links against X11/GL/fontconfig), fonts that cover Latin/Vietnamese and Chinese for the PDF
# reports, Xvfb for real-window tests, poppler-utils to check PDFs, librsvg to render SVGs,
# the desktop-entry and AppStream validators, and PostgreSQL for the office-server tests.
# Idempotent: skips apt entirely when everything is already present.
set -euo pipefail

packages=(
  python3-venv make
  # Qt runtime libraries (see docs/ARCHITECTURE.md, "Platform")
  libgl1 libegl1 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
  libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libwayland-client0 libwayland-cursor0
  libdrm2 libbrotli1
  # Fonts embedded in PDF reports: Noto (Latin, Vietnamese, more) and WenQuanYi Zen Hei (Chinese)
  fonts-noto-core fonts-wqy-zenhei
  # Tests: a real X server, screenshots, PDF text extraction and rendering
  xvfb xauth poppler-utils
  # Tests: an SVG renderer of its own (librsvg), to check exported plans open as drawn
  librsvg2-bin
  # Tests: the freedesktop validators for packaging/linux (desktop entry, AppStream metainfo)
  desktop-file-utils appstream
  # Tests: a PostgreSQL server (15 on Debian 12) for the office database; the tests start a
  # throwaway cluster of their own (scripts/postgres-for-tests.sh), never the system one
  postgresql
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
