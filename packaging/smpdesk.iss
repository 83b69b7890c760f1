; Inno Setup script for the Windows installer of smpdesk.
;
; Built by the release workflow after `python packaging/build.py`:
;   ISCC.exe /DAppVersion=0.1.0 packaging\smpdesk.iss
; AppVersion comes from smpdesk/__init__.py (__version__), the one place the version is
; written; the workflow reads it there and passes it in.  Without /DAppVersion the
; build stops rather than ship a wrong version.
; Output: dist\smpdesk-<version>-windows-x86_64-setup.exe

#ifndef AppVersion
  #error Pass the version from smpdesk/__init__.py: ISCC /DAppVersion=X.Y.Z packaging\smpdesk.iss
#endif

#define AppName "smpdesk"
#define BundleDir "..\dist\smpdesk"

[Setup]
AppId={{6F1C3E52-2C1B-4D8F-9B1E-5D3A7C1E9A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=smpdesk developers
VersionInfoVersion={#AppVersion}
; Per-user install by default (no administrator needed on a clinic laptop); an
; administrator can choose all users in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=smpdesk-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\build\icons\smpdesk.ico
UninstallDisplayIcon={app}\smpdesk.exe
LicenseFile=..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: smpdesk.exe (the window), smpdesk-cli.exe (the command
; line), _internal\ and the licence files.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\smpdesk.exe"
Name: "{group}\Third-party licences"; Filename: "{app}\THIRD_PARTY_LICENSES.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\smpdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\smpdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The clinic's data lives in the user-data folder, never under {app}: uninstalling
; removes the program only, not a single client record.
