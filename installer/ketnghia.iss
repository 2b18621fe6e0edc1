; Inno Setup script: Windows installer for the PyInstaller folder build (dist\ketnghia).
; Build: iscc installer\ketnghia.iss  (after pyinstaller installer\ketnghia.spec)
; Installs per user (no administrator needed on commune PCs), registers the .ketnghia bundle
; extension so a double-click on a bundle opens the program on it.

#define AppName "Sổ Kết Nghĩa"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1C2B7A-3D4E-4B8A-9C51-2A7E0D9F4C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Tổ công tác kết nghĩa
DefaultDirName={localappdata}\Programs\SoKetNghia
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=SoKetNghia-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Files]
Source: "..\dist\ketnghia\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ketnghia.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\ketnghia.exe"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.ketnghia"; ValueType: string; ValueData: "SoKetNghia.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\SoKetNghia.Bundle"; ValueType: string; ValueData: "Gói đồng bộ Sổ Kết Nghĩa"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SoKetNghia.Bundle\shell\open\command"; ValueType: string; ValueData: """{app}\ketnghia.exe"" ""%1"""

[Run]
Filename: "{app}\ketnghia.exe"; Description: "Mở {#AppName}"; Flags: nowait postinstall skipifsilent
