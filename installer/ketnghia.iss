; Inno Setup 6.3+ script: the Windows installer of the PyInstaller folder build (dist\ketnghia).
; Build (on Windows, from the repository root):
;   py dev.py smoke                                   (builds dist\ketnghia and tests it)
;   iscc installer\ketnghia.iss      (the version is read from pyproject.toml; the workflow
;                                    passes /DAppVersion= what ketnghia.exe --version prints)
; Installs per user (no administrator needed on commune PCs) into
; %LOCALAPPDATA%\Programs\SoKetNghia. The data stay in %LOCALAPPDATA%\ketnghia, which the
; installer never touches: an upgrade in place keeps them, and uninstalling keeps them and says
; where they are. Registers .ketnghia bundles (a double-click opens the window on the bundle)
; and offers to put the program folder on the user's PATH for the `ketnghia` command line.
; The Vietnamese messages are our own installer\Vietnamese.isl (a stock Inno Setup ships none),
; loaded over Default.isl so that a message newer than our file still has its English text.

#define AppName "Sổ Kết Nghĩa"
#ifndef AppVersion
  #define AppVersion ReadIni(SourcePath + "..\pyproject.toml", "project", "version", "")
#endif
#if AppVersion == ""
  #error AppVersion is not set: pass /DAppVersion=X.Y.Z (what ketnghia.exe --version prints)
#endif

[Setup]
AppId={{6F1C2B7A-3D4E-4B8A-9C51-2A7E0D9F4C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Tổ công tác kết nghĩa
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\SoKetNghia
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\LICENSE
SetupIconFile=ketnghia.ico
UninstallDisplayIcon={app}\SoKetNghia.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
OutputDir=..\dist
OutputBaseFilename=SoKetNghia-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes
UsePreviousAppDir=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[CustomMessages]
vi.AddToPath=Thêm thư mục chương trình vào PATH (để dùng lệnh ketnghia trong cửa sổ dòng lệnh)
vi.CommandLine=Dòng lệnh:
vi.BundleFile=Gói đồng bộ Sổ Kết Nghĩa
vi.DataKept=Dữ liệu của Sổ Kết Nghĩa được giữ nguyên trong thư mục:%n%n%1%n%nCài lại chương trình sẽ dùng tiếp dữ liệu này. Muốn xóa hẳn, hãy sao lưu rồi tự xóa thư mục đó.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"

[InstallDelete]
; An upgrade replaces the program's libraries whole: files an older version had and this one
; has not must not linger. The data folder is elsewhere and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\ketnghia\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "ketnghia-file.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\SoKetNghia.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\SoKetNghia.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Classes\.ketnghia"; ValueType: string; ValueData: "SoKetNghia.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\SoKetNghia.Bundle"; ValueType: string; ValueData: "{cm:BundleFile}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SoKetNghia.Bundle\DefaultIcon"; ValueType: string; ValueData: "{app}\ketnghia-file.ico"
Root: HKCU; Subkey: "Software\Classes\SoKetNghia.Bundle\shell\open\command"; ValueType: string; ValueData: """{app}\SoKetNghia.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotInPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\SoKetNghia.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  EnvironmentKey = 'Environment';

function UserPath(): string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path', Result) then
    Result := '';
end;

function NotInPath(Dir: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(UserPath()) + ';') = 0;
end;

procedure RemoveFromPath(Dir: string);
var
  Paths: string;
  At: Integer;
begin
  Paths := ';' + UserPath() + ';';
  At := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if At = 0 then
    exit;
  Delete(Paths, At, Length(Dir) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvironmentKey, 'Path',
    Copy(Paths, 2, Length(Paths) - 2));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\ketnghia')]),
      mbInformation, MB_OK);
end;
