; Inno Setup 6 script: a per-user installer for the Windows bundle (no administrator rights).
; Build on Windows after `pyinstaller packaging\score-desktop.spec` (see packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\score-desktop.iss
; Output: dist\score-desktop-0.1.0-windows-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SCORE Desktop"
#define AppExe "score-desktop.exe"
#define Root "..\.."

[Setup]
; A fixed id: an update installs over the previous version instead of beside it.
AppId={{6F0D3B52-2C4E-4C3B-9D2A-5E8F7A1C4B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SCORE Desktop
; Per user, in %LOCALAPPDATA%\Programs: no administrator rights needed; the dialog lets an
; administrator choose an install for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#Root}\dist
OutputBaseFilename=score-desktop-{#AppVersion}-windows-setup
SetupIconFile={#Root}\resources\icons\score-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app keeps its workspace in the user's data folder: uninstalling never removes it.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) ships with Inno Setup as an unofficial translation: add it here once it
; is in the build machine's Inno Setup "Languages" folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\score-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

; File association for the exchange package, once that file type exists (its extension is
; not decided yet). Per-user installs write HKCU, all-users installs HKLM: HKA picks.
; [Registry]
; Root: HKA; Subkey: "Software\Classes\.scorepkg\OpenWithProgids"; ValueType: string; ValueName: "ScoreDesktop.Package"; ValueData: ""; Flags: uninsdeletevalue
; Root: HKA; Subkey: "Software\Classes\ScoreDesktop.Package"; ValueType: string; ValueName: ""; ValueData: "SCORE Desktop exchange package"; Flags: uninsdeletekey
; Root: HKA; Subkey: "Software\Classes\ScoreDesktop.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; Root: HKA; Subkey: "Software\Classes\ScoreDesktop.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
