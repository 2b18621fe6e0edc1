"""The Windows installer's sources compile on a stock Inno Setup: every file the script names is
in the repository, our Vietnamese messages file is complete for the messages a standard install
shows, and every custom message the script uses is defined."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"

# The [Messages] of Default.isl in Inno Setup 6.5 and later (7.x has the same names): what a
# standard install and uninstall can show.
STANDARD_MESSAGES = [
    "SetupAppTitle",
    "SetupWindowTitle",
    "UninstallAppTitle",
    "UninstallAppFullTitle",
    "InformationTitle",
    "ConfirmTitle",
    "ErrorTitle",
    "SetupLdrStartupMessage",
    "LdrCannotCreateTemp",
    "LdrCannotExecTemp",
    "HelpTextNote",
    "LastErrorMessage",
    "SetupFileMissing",
    "SetupFileCorrupt",
    "SetupFileCorruptOrWrongVer",
    "InvalidParameter",
    "SetupAlreadyRunning",
    "WindowsVersionNotSupported",
    "WindowsServicePackRequired",
    "NotOnThisPlatform",
    "OnlyOnThisPlatform",
    "OnlyOnTheseArchitectures",
    "WinVersionTooLowError",
    "WinVersionTooHighError",
    "AdminPrivilegesRequired",
    "PowerUserPrivilegesRequired",
    "SetupAppRunningError",
    "UninstallAppRunningError",
    "PrivilegesRequiredOverrideTitle",
    "PrivilegesRequiredOverrideInstruction",
    "PrivilegesRequiredOverrideText1",
    "PrivilegesRequiredOverrideText2",
    "PrivilegesRequiredOverrideAllUsers",
    "PrivilegesRequiredOverrideAllUsersRecommended",
    "PrivilegesRequiredOverrideCurrentUser",
    "PrivilegesRequiredOverrideCurrentUserRecommended",
    "ErrorCreatingDir",
    "ErrorTooManyFilesInDir",
    "ExitSetupTitle",
    "ExitSetupMessage",
    "AboutSetupMenuItem",
    "AboutSetupTitle",
    "AboutSetupMessage",
    "AboutSetupNote",
    "TranslatorNote",
    "ButtonBack",
    "ButtonNext",
    "ButtonInstall",
    "ButtonOK",
    "ButtonCancel",
    "ButtonYes",
    "ButtonYesToAll",
    "ButtonNo",
    "ButtonNoToAll",
    "ButtonFinish",
    "ButtonBrowse",
    "ButtonWizardBrowse",
    "ButtonNewFolder",
    "SelectLanguageTitle",
    "SelectLanguageLabel",
    "ClickNext",
    "BeveledLabel",
    "BrowseDialogTitle",
    "BrowseDialogLabel",
    "NewFolderName",
    "WelcomeLabel1",
    "WelcomeLabel2",
    "WizardPassword",
    "PasswordLabel1",
    "PasswordLabel3",
    "PasswordEditLabel",
    "IncorrectPassword",
    "WizardLicense",
    "LicenseLabel",
    "LicenseLabel3",
    "LicenseAccepted",
    "LicenseNotAccepted",
    "WizardInfoBefore",
    "InfoBeforeLabel",
    "InfoBeforeClickLabel",
    "WizardInfoAfter",
    "InfoAfterLabel",
    "InfoAfterClickLabel",
    "WizardUserInfo",
    "UserInfoDesc",
    "UserInfoName",
    "UserInfoOrg",
    "UserInfoSerial",
    "UserInfoNameRequired",
    "WizardSelectDir",
    "SelectDirDesc",
    "SelectDirLabel3",
    "SelectDirBrowseLabel",
    "DiskSpaceGBLabel",
    "DiskSpaceMBLabel",
    "CannotInstallToNetworkDrive",
    "CannotInstallToUNCPath",
    "InvalidPath",
    "InvalidDrive",
    "DiskSpaceWarningTitle",
    "DiskSpaceWarning",
    "DirNameTooLong",
    "InvalidDirName",
    "BadDirName32",
    "DirExistsTitle",
    "DirExists",
    "DirDoesntExistTitle",
    "DirDoesntExist",
    "WizardSelectComponents",
    "SelectComponentsDesc",
    "SelectComponentsLabel2",
    "FullInstallation",
    "CompactInstallation",
    "CustomInstallation",
    "NoUninstallWarningTitle",
    "NoUninstallWarning",
    "ComponentSize1",
    "ComponentSize2",
    "ComponentsDiskSpaceGBLabel",
    "ComponentsDiskSpaceMBLabel",
    "WizardSelectTasks",
    "SelectTasksDesc",
    "SelectTasksLabel2",
    "WizardSelectProgramGroup",
    "SelectStartMenuFolderDesc",
    "SelectStartMenuFolderLabel3",
    "SelectStartMenuFolderBrowseLabel",
    "MustEnterGroupName",
    "GroupNameTooLong",
    "InvalidGroupName",
    "BadGroupName",
    "NoProgramGroupCheck2",
    "WizardReady",
    "ReadyLabel1",
    "ReadyLabel2a",
    "ReadyLabel2b",
    "ReadyMemoUserInfo",
    "ReadyMemoDir",
    "ReadyMemoType",
    "ReadyMemoComponents",
    "ReadyMemoGroup",
    "ReadyMemoTasks",
    "DownloadingLabel2",
    "ButtonStopDownload",
    "StopDownload",
    "ErrorDownloadAborted",
    "ErrorDownloadFailed",
    "ErrorDownloadSizeFailed",
    "ErrorProgress",
    "ErrorFileSize",
    "ExtractingLabel",
    "ButtonStopExtraction",
    "StopExtraction",
    "ErrorExtractionAborted",
    "ErrorExtractionFailed",
    "ArchiveIncorrectPassword",
    "ArchiveIsCorrupted",
    "ArchiveUnsupportedFormat",
    "WizardPreparing",
    "PreparingDesc",
    "PreviousInstallNotCompleted",
    "CannotContinue",
    "ApplicationsFound",
    "ApplicationsFound2",
    "CloseApplications",
    "DontCloseApplications",
    "ErrorCloseApplications",
    "PrepareToInstallNeedsRestart",
    "WizardInstalling",
    "InstallingLabel",
    "FinishedHeadingLabel",
    "FinishedLabelNoIcons",
    "FinishedLabel",
    "ClickFinish",
    "FinishedRestartLabel",
    "FinishedRestartMessage",
    "ShowReadmeCheck",
    "YesRadio",
    "NoRadio",
    "RunEntryExec",
    "RunEntryShellExec",
    "ChangeDiskTitle",
    "SelectDiskLabel2",
    "PathLabel",
    "FileNotInDir2",
    "SelectDirectoryLabel",
    "SetupAborted",
    "AbortRetryIgnoreSelectAction",
    "AbortRetryIgnoreRetry",
    "AbortRetryIgnoreIgnore",
    "AbortRetryIgnoreCancel",
    "RetryCancelSelectAction",
    "RetryCancelRetry",
    "RetryCancelCancel",
    "StatusClosingApplications",
    "StatusCreateDirs",
    "StatusExtractFiles",
    "StatusDownloadFiles",
    "StatusCreateIcons",
    "StatusCreateIniEntries",
    "StatusCreateRegistryEntries",
    "StatusRegisterFiles",
    "StatusSavingUninstall",
    "StatusRunProgram",
    "StatusRestartingApplications",
    "StatusRollback",
    "ErrorInternal2",
    "ErrorFunctionFailedNoCode",
    "ErrorFunctionFailed",
    "ErrorFunctionFailedWithMessage",
    "ErrorExecutingProgram",
    "ErrorRegOpenKey",
    "ErrorRegCreateKey",
    "ErrorRegWriteKey",
    "ErrorIniEntry",
    "FileAbortRetryIgnoreSkipNotRecommended",
    "FileAbortRetryIgnoreIgnoreNotRecommended",
    "SourceIsCorrupted",
    "SourceDoesntExist",
    "SourceVerificationFailed",
    "VerificationSignatureDoesntExist",
    "VerificationSignatureInvalid",
    "VerificationKeyNotFound",
    "VerificationFileNameIncorrect",
    "VerificationFileTagIncorrect",
    "VerificationFileSizeIncorrect",
    "VerificationFileHashIncorrect",
    "ExistingFileReadOnly2",
    "ExistingFileReadOnlyRetry",
    "ExistingFileReadOnlyKeepExisting",
    "ErrorReadingExistingDest",
    "FileExistsSelectAction",
    "FileExists2",
    "FileExistsOverwriteExisting",
    "FileExistsKeepExisting",
    "FileExistsOverwriteOrKeepAll",
    "ExistingFileNewerSelectAction",
    "ExistingFileNewer2",
    "ExistingFileNewerOverwriteExisting",
    "ExistingFileNewerKeepExisting",
    "ExistingFileNewerOverwriteOrKeepAll",
    "ErrorChangingAttr",
    "ErrorCreatingTemp",
    "ErrorReadingSource",
    "ErrorCopying",
    "ErrorDownloading",
    "ErrorExtracting",
    "ErrorReplacingExistingFile",
    "ErrorRestartReplace",
    "ErrorRenamingTemp",
    "ErrorRegisterServer",
    "ErrorRegSvr32Failed",
    "ErrorRegisterTypeLib",
    "UninstallDisplayNameMark",
    "UninstallDisplayNameMarks",
    "UninstallDisplayNameMark32Bit",
    "UninstallDisplayNameMark64Bit",
    "UninstallDisplayNameMarkAllUsers",
    "UninstallDisplayNameMarkCurrentUser",
    "ErrorOpeningReadme",
    "ErrorRestartingComputer",
    "UninstallNotFound",
    "UninstallOpenError",
    "UninstallUnsupportedVer",
    "UninstallUnknownEntry",
    "ConfirmUninstall",
    "UninstallOnlyOnWin64",
    "OnlyAdminCanUninstall",
    "UninstallStatusLabel",
    "UninstalledAll",
    "UninstalledMost",
    "UninstalledAndNeedsRestart",
    "UninstallDataCorrupted",
    "ConfirmDeleteSharedFileTitle",
    "ConfirmDeleteSharedFile2",
    "SharedFileNameLabel",
    "SharedFileLocationLabel",
    "WizardUninstalling",
    "StatusUninstalling",
    "ShutdownBlockReasonInstallingApp",
    "ShutdownBlockReasonUninstallingApp",
]
MAY_BE_EMPTY = {"HelpTextNote", "BeveledLabel", "AboutSetupNote", "TranslatorNote"}


def read_utf8_with_bom(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path.name}: Inno Setup reads UTF-8 only with a BOM"
    return data[3:].decode("utf-8")


def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("[") and line.rstrip().endswith("]"):
            current = line.strip()[1:-1]
            found.setdefault(current, [])
        elif line.strip() and not line.startswith(";"):
            found.setdefault(current, []).append(line)
    return found


def entries(lines: list[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for line in lines:
        key, _, value = line.partition("=")
        assert key not in result, f"{key} is defined twice"
        result[key] = value
    return result


ISS = read_utf8_with_bom(INSTALLER / "ketnghia.iss")
ISL = read_utf8_with_bom(INSTALLER / "Vietnamese.isl")


def test_vietnamese_messages_cover_every_standard_message():
    messages = entries(sections(ISL)["Messages"])
    missing = [name for name in STANDARD_MESSAGES if name not in messages]
    assert not missing, f"Vietnamese.isl lacks: {missing}"
    empty = [k for k, v in messages.items() if not v.strip() and k not in MAY_BE_EMPTY]
    assert not empty
    assert entries(sections(ISL)["LangOptions"])["LanguageID"] == "$042A"


def test_vietnamese_messages_keep_every_placeholder_of_their_kind():
    """A message that has %1 must keep it: Inno Setup puts the file or program name there."""
    messages = entries(sections(ISL)["Messages"])
    for name in ("SetupWindowTitle", "ConfirmUninstall", "UninstalledAll", "DirExists"):
        assert "%1" in messages[name], name
    for name in ("WelcomeLabel2", "FinishedLabel", "SelectDirDesc"):
        assert "[name" in messages[name], name


def test_every_file_the_script_names_is_in_the_repository():
    setup = entries(sections(ISS)["Setup"])
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["PrivilegesRequired"] == "lowest"
    for key in ("LicenseFile", "SetupIconFile"):
        assert (INSTALLER / setup[key].replace("\\", "/")).is_file(), key
    assert (ROOT / "LICENSE").read_text().startswith("                    GNU GENERAL PUBLIC")
    (languages,) = sections(ISS)["Languages"]
    files = re.search(r'MessagesFile: "([^"]+)"', languages).group(1).split(",")
    assert files[0] == "compiler:Default.isl"
    for name in files[1:]:
        assert (INSTALLER / name).is_file(), name
    for line in sections(ISS)["Files"]:
        source = re.search(r'Source: "([^"]+)"', line).group(1).replace("\\", "/")
        if "dist/" not in source:  # the frozen build is made before the installer
            assert (INSTALLER / source).is_file(), source


def test_every_custom_message_the_script_uses_is_defined():
    defined = set(entries(sections(ISL)["CustomMessages"]))
    defined |= {key.removeprefix("vi.") for key in entries(sections(ISS)["CustomMessages"])}
    used = set(re.findall(r"\{cm:(\w+)", ISS)) | set(re.findall(r"CustomMessage\('(\w+)'\)", ISS))
    assert used and used <= defined, used - defined


def test_the_data_folder_the_uninstaller_names_is_the_programs():
    """platformdirs' user data folder on Windows is %LOCALAPPDATA%\\<app>: the uninstaller names
    that folder, and the program folder is another one, so uninstalling never removes data."""
    source = (ROOT / "desktop" / "paths.py").read_text()
    assert 'user_data_dir("ketnghia", appauthor=False)' in source
    assert "{localappdata}\\ketnghia'" in ISS
    assert (
        entries(sections(ISS)["Setup"])["DefaultDirName"] == "{localappdata}\\Programs\\SoKetNghia"
    )
