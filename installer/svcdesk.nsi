; svcdesk Windows installer. Built on Linux by installer/build.py with `makensis -WX` (warnings are errors).
;
; The installer itself decides nothing: it unpacks uv.exe, the app wheel, bootstrap.py and the
; version files (requirements.lock, torch-builds.toml) into
; $INSTDIR\bin, then runs `uv run --python 3.11 bootstrap.py`. uv downloads a managed Python 3.11 into
; $INSTDIR\python (the target PC needs no Python), and bootstrap.py (tested on Linux) picks the torch
; build for the GPU, checks the install path and the VC++ runtime, builds $INSTDIR\env with uv and
; writes $INSTDIR\install.log. The shortcuts are made here, so the uninstaller can remove them.
;
; Defines (passed by build.py): VERSION, PAYLOAD_DIR (folder with uv.exe, bootstrap.py and the wheel),
; WHEEL (the wheel's file name), OUTFILE; VC_REDIST when PAYLOAD_DIR holds vc_redist.x64.exe.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD_DIR
  !error "Define PAYLOAD_DIR (makensis -DPAYLOAD_DIR=...); installer/build.py does it"
!endif
!ifndef WHEEL
  !error "Define WHEEL, the svcdesk wheel's file name inside PAYLOAD_DIR"
!endif
!ifndef OUTFILE
  !define OUTFILE "svcdesk-${VERSION}-setup.exe"
!endif

!define APP "svcdesk"
!define PYTHON_VERSION "3.11"
!define LAUNCHER "$INSTDIR\env\Scripts\svcdesk-gui.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
; Short, ASCII, no spaces: bootstrap.py refuses other paths (torch and its tools fail on them).
InstallDir "C:\svcdesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
; Per-user: nothing needs admin rights except the VC++ runtime, whose own installer asks for them.
RequestExecutionLevel user
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP} ${VERSION}"

!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Welcome to ${APP} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "svcdesk turns your own vocals into a voice model and sings any song in that voice.$\r$\n$\r$\nThe installer downloads Python 3.11 and PyTorch for your graphics card (up to about 3 GB for an NVIDIA GPU), so keep the internet connection on. It takes 5 to 20 minutes.$\r$\n$\r$\nThe weight files (ContentVec, RMVPE, pretrained bases) are downloaded later from inside the app."
!insertmacro MUI_PAGE_WELCOME
!define MUI_DIRECTORYPAGE_TEXT_TOP "Choose a short folder without spaces or accented/non-Latin characters, outside OneDrive (for example C:\svcdesk or D:\svcdesk). Python, PyTorch and the app go here; your projects and weight files are kept elsewhere."
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "${LAUNCHER}"
!define MUI_FINISHPAGE_RUN_TEXT "Start svcdesk"
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\install.log"
!define MUI_FINISHPAGE_SHOWREADME_TEXT "Show the install log"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; The Next button stays disabled while the folder contains a space (bootstrap.py also checks
; non-ASCII characters, OneDrive, network paths and length, and suggests a folder).
Function .onVerifyInstDir
  StrLen $R1 $INSTDIR
  StrCpy $R0 0
  ${While} $R0 < $R1
    StrCpy $R2 $INSTDIR 1 $R0
    ${If} $R2 == " "
      Abort
    ${EndIf}
    IntOp $R0 $R0 + 1
  ${EndWhile}
FunctionEnd

!macro SetEnv NAME VALUE
  System::Call 'Kernel32::SetEnvironmentVariable(t "${NAME}", t "${VALUE}") i.r0'
!macroend

Section "svcdesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR\bin"
  File "${PAYLOAD_DIR}\uv.exe"
  File "${PAYLOAD_DIR}\bootstrap.py"
  File "${PAYLOAD_DIR}\requirements.lock"
  File "${PAYLOAD_DIR}\torch-builds.toml"
  File "${PAYLOAD_DIR}\${WHEEL}"
  !ifdef VC_REDIST
    File "${PAYLOAD_DIR}\vc_redist.x64.exe"
  !endif
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; uv keeps its managed Python and its download cache inside the install folder (the user's
  ; profile path may contain characters some tools cannot handle) and never uses another Python.
  !insertmacro SetEnv "UV_PYTHON_INSTALL_DIR" "$INSTDIR\python"
  !insertmacro SetEnv "UV_CACHE_DIR" "$INSTDIR\cache\uv"
  !insertmacro SetEnv "UV_PYTHON_PREFERENCE" "only-managed"
  !insertmacro SetEnv "UV_NO_CONFIG" "1"

  DetailPrint "Downloading Python ${PYTHON_VERSION}, PyTorch and svcdesk's packages; this takes a while..."
  nsExec::ExecToLog '"$INSTDIR\bin\uv.exe" run --no-project --python ${PYTHON_VERSION} "$INSTDIR\bin\bootstrap.py" --install-dir "$INSTDIR" --wheel "$INSTDIR\bin\${WHEEL}" --uv "$INSTDIR\bin\uv.exe"'
  Pop $0
  ${If} $0 != 0
    DetailPrint "bootstrap.py failed with exit code $0"
    MessageBox MB_OK|MB_ICONSTOP "svcdesk could not be installed (code $0).$\r$\n$\r$\nThe reason is shown above and in $INSTDIR\install.log. Check the internet connection and the install folder, then run the installer again: finished downloads are reused." /SD IDOK
    Abort
  ${EndIf}

  SetShellVarContext current
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "${LAUNCHER}" "" "${LAUNCHER}" 0
  CreateShortcut "$SMPROGRAMS\${APP}\Install log.lnk" "$INSTDIR\install.log"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP}.lnk" "${LAUNCHER}" "" "${LAUNCHER}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "svcdesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Only what the installer made is removed (never RMDir /r $INSTDIR: the user may have chosen a
; folder holding other files). Projects and weight files live in the user's data folder and stay.
Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\env"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\cache"
  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\install.log"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
