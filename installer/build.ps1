<#
.SYNOPSIS
  Builds Sanad on Windows: the frozen one-folder app (dist\Sanad), its self-test (security case
  B1), a portable zip of that folder, and the per-user installer (Inno Setup 6), with SHA-256 sums.

.DESCRIPTION
  Run from any folder, in a Python 3.11 environment made from the lock (security case B3):
    python -m pip install --require-hashes -r requirements.lock
    .\installer\build.ps1
  Outputs in dist\: Sanad\ (the app), Sanad-<version>-win64.zip, Sanad-<version>-setup.exe,
  Sanad-<version>-SHA256SUMS.txt. The same steps run in .github/workflows/windows.yml.

.PARAMETER Python
  The Python to build with (default: python on PATH, e.g. .venv\Scripts\python.exe).

.PARAMETER SkipInstaller
  Build, test and zip only; no Inno Setup needed.
#>
param(
    [string]$Python = "python",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Split-Path -Parent $PSScriptRoot)

# Native programs do not throw on failure: check every exit code.
function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# Name and version come from the package, as in the spec; Windows wants a numeric a.b.c.d too.
$version = (& $Python -c "from desktop import __version__; print(__version__)").Trim()
$numeric = (& $Python -c @"
from packaging.version import Version
from desktop import __version__
print('.'.join(str(n) for n in (list(Version(__version__).release) + [0, 0, 0])[:4]))
"@).Trim()
Write-Host "build: Sanad $version ($numeric)"

$started = Get-Date
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\sanad.spec
}
Write-Host ("build: PyInstaller took {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)

# sanad-cli.exe is the console twin of Sanad.exe, so the self-test's lines show here. A throwaway
# SANAD_HOME keeps its log and test vault out of the user's own data folder.
$selftestHome = Join-Path ([IO.Path]::GetTempPath()) ("sanad-selftest-" + [guid]::NewGuid())
$env:SANAD_HOME = $selftestHome
try {
    Invoke-Checked "Frozen self-test" { & dist\Sanad\sanad-cli.exe self-test }
    Invoke-Checked "Frozen --version" { & dist\Sanad\sanad-cli.exe --version }
}
finally {
    Remove-Item Env:SANAD_HOME
    Remove-Item -Recurse -Force $selftestHome -ErrorAction SilentlyContinue
}

$zip = "dist\Sanad-$version-win64.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path dist\Sanad -DestinationPath $zip

if (-not $SkipInstaller) {
    $iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source
    if (-not $iscc) {
        $iscc = @(
            "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
            "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
            "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
        ) | Where-Object { Test-Path $_ } | Select-Object -First 1
    }
    if (-not $iscc) { throw "Inno Setup 6 not found: choco install innosetup, or pass -SkipInstaller" }
    Invoke-Checked "Inno Setup" {
        & $iscc /Qp "/DAppVersion=$version" "/DAppNumericVersion=$numeric" installer\sanad.iss
    }
}

# Checksums of what gets published (security case B2 asks for them next to the files).
$sums = "dist\Sanad-$version-SHA256SUMS.txt"
Get-ChildItem dist -File |
    Where-Object { $_.Name -like "Sanad-$version-*" -and $_.Extension -in ".zip", ".exe" } |
    ForEach-Object { "{0}  {1}" -f (Get-FileHash $_.FullName -Algorithm SHA256).Hash.ToLower(), $_.Name } |
    Set-Content -Encoding ascii $sums
Get-Content $sums
