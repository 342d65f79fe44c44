"""The desktop integration files in packaging/linux and the icon sizes rendered from the SVG:
valid for the freedesktop tools, named by one application id, at the sizes desktops use."""

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from score_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run scripts/install-system-deps.sh"
    return path


def test_the_desktop_entry_is_valid_and_names_the_icon_and_command():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = DESKTOP.read_text(encoding="utf-8")
    assert f"\nIcon={APP_ID}\n" in entry and "\nExec=score-desktop\n" in entry


def test_the_appstream_metainfo_is_valid_and_matches_the_app():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    newest = root.find("releases/release")
    assert newest.get("version") == __version__  # a release note for the version shipped


def test_every_icon_size_is_rendered_square_with_transparency():
    for size in ICON_SIZES:
        path = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        with Image.open(path / f"{APP_ID}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0  # rounded corner: the desktop shows through
            assert image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(ROOT / "resources" / "icons" / "score-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "resources" / "icons" / "score-desktop.icns") as icns:
        assert icns.format == "ICNS" and (256, 256, 1) in icns.info["sizes"]


def test_the_window_icon_offers_every_size(qapp):
    from score_desktop.gui.app_icon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(s, s) for s in ICON_SIZES}


def _bundle_contents():
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_macos_info_plist_template_carries_the_id_and_version():
    keys = _bundle_contents().mac_info_plist(ROOT, __version__)
    assert keys["CFBundleIdentifier"] == APP_ID
    assert keys["CFBundleShortVersionString"] == keys["CFBundleVersion"] == __version__


def test_the_windows_installer_is_per_user_with_the_icon_and_the_bundle():
    script = (ROOT / "packaging" / "windows" / "score-desktop.iss").read_text(encoding="utf-8")
    assert "\nPrivilegesRequired=lowest\n" in script  # no administrator rights needed
    icon = script.split("SetupIconFile={#Root}\\")[1].split("\n")[0]
    assert (ROOT / icon.replace("\\", "/")).is_file()
    assert 'Source: "{#Root}\\dist\\score-desktop\\*"' in script
    assert 'Name: "{autoprograms}\\{#AppName}"' in script  # the Start-menu entry


def test_the_bundle_leaves_out_the_qt_files_the_app_never_uses():
    contents = _bundle_contents()
    qt = "PySide6/Qt"
    collected = [
        (f"{qt}/translations/qtbase_zh_CN.qm", "", "DATA"),
        (f"{qt}/translations/qtbase_de.qm", "", "DATA"),
        (f"{qt}/translations/qtdeclarative_zh_CN.qm", "", "DATA"),
        (f"{qt}/plugins/platforms/libqxcb.so", "", "BINARY"),
        (f"{qt}/plugins/platforms/libqwayland.so", "", "BINARY"),
        (f"{qt}/plugins/platforms/libqvnc.so", "", "BINARY"),
        (f"{qt}/plugins/imageformats/libqjpeg.so", "", "BINARY"),
        (f"{qt}/plugins/imageformats/libqtiff.so", "", "BINARY"),
        (f"{qt}/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", "", "BINARY"),
        (f"{qt}/lib/libQt6EglFSDeviceIntegration.so.6", "", "BINARY"),
        (f"{qt}/lib/libQt6Widgets.so.6", "", "BINARY"),
    ]
    kept = {Path(dest).name for dest, _, _ in contents.keep(collected)}
    assert kept == {"qtbase_zh_CN.qm", "libqxcb.so", "libqwayland.so", "libqjpeg.so",
                    "libQt6Widgets.so.6"}  # fmt: skip


def test_shipped_fonts_become_application_fonts(qapp, tmp_path):
    from score_desktop.gui.shipped_fonts import add_shipped_fonts

    shutil.copy(_system_font("NotoSansEthiopic-Regular.ttf"), tmp_path)
    (tmp_path / "notes.txt").write_text("not a font")
    assert add_shipped_fonts(tmp_path) == ["Noto Sans Ethiopic"]


def _system_font(name: str) -> Path:
    path = Path("/usr/share/fonts/truetype/noto") / name
    assert path.is_file(), "fonts-noto-core is missing: run scripts/install-system-deps.sh"
    return path
