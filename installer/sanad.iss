; Sanad installer (Inno Setup 6.3 or later): a per-user install of the one-folder PyInstaller build
; in dist\Sanad, with no administrator rights needed. installer\build.ps1 builds the app first and
; then runs, from the repository root:
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 installer\sanad.iss
; The version always comes from desktop/__init__.py through build.ps1; nothing here hard-codes it.
;
; THE VAULT IS NEVER TOUCHED. Records live in the user's data folder, %LOCALAPPDATA%\Sanad\...
; (platformdirs, desktop/paths.py; or SANAD_HOME), which is not the program folder
; %LOCALAPPDATA%\Programs\Sanad. This script installs only into {app}, and the uninstaller deletes
; only what it installed plus the [UninstallDelete] entries, which name nothing outside {app}.
; Uninstalling or upgrading Sanad leaves every vault, key file, backup, setting and log in place.
; Do not add an entry for {localappdata}\Sanad, {userappdata} or the registry settings here.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z installer\sanad.iss (installer\build.ps1 does)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#define AppName "Sanad"
#define AppExe "Sanad.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{D89955D4-49D0-4529-A4F0-B0EE28F4518A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} setup
; Per user: {userpf} is %LOCALAPPDATA%\Programs; no UAC prompt, nothing for other accounts.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=installer\sanad.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Sanad must not run while its files are replaced or removed (the vault itself is safe either way).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Arabic is an official translation in current Inno Setup 6 releases; an older compiler without
; it still builds an English-only installer rather than failing.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#else
  #pragma message "Languages\Arabic.isl not found in this Inno Setup: the installer will be English only"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of an older version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Sanad.exe (the window), sanad-cli.exe (the same program for scripts, with console output) and _internal\.
Source: "dist\Sanad\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only inside the program folder, for files the app might create there at run time (none today).
; Never the user's data folder: see the note at the top.
Type: dirifempty; Name: "{app}"
