#!/bin/sh
# Install SCORE Desktop for this user from the unpacked bundle (no administrator rights):
# a `score-desktop` command in ~/.local/bin, the menu entry, the icon and the AppStream
# metainfo under ~/.local/share. Run it from the unpacked folder:
#   tar -xzf score-desktop-VERSION-linux-x86_64.tar.gz && score-desktop/install.sh
# `install.sh --uninstall` removes those again (the workspace and its backups stay).
# An update: unpack the new archive over the old folder (or elsewhere) and run install.sh again.
set -eu

APP_ID=org.scoredesktop.ScoreDesktop
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/score-desktop" "$data/applications/$APP_ID.desktop" \
    "$data/metainfo/$APP_ID.metainfo.xml"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x$size/apps/$APP_ID.png"; done
  echo "SCORE Desktop removed from the menu; $here and your workspace are left as they are."
  exit 0
fi

[ -x "$here/score-desktop" ] || { echo "install.sh: no score-desktop next to it" >&2; exit 1; }
mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$here/score-desktop" "$bin/score-desktop"
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x$size/apps"
  cp "$here/_internal/resources/icons/hicolor/${size}x$size/apps/$APP_ID.png" \
    "$data/icons/hicolor/${size}x$size/apps/"
done
# The menu entry runs this folder's executable by its full path (~/.local/bin may not be on
# the desktop session's PATH).
sed -e "s|^Exec=score-desktop$|Exec=\"$here/score-desktop\"|" \
    -e "s|^TryExec=score-desktop$|TryExec=$here/score-desktop|" \
    "$here/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$data/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "SCORE Desktop installed: in the applications menu, and as $bin/score-desktop"
