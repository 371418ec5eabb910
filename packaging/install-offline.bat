@echo off
rem EngageTrack offline install for this user only (no administrator rights, no network): a
rem virtual environment filled from this folder alone, every wheel checked against its
rem SHA-256 in requirements.txt.
rem   install-offline.bat [TARGET]    default TARGET: %LOCALAPPDATA%\Programs\EngageTrack
rem PYTHON chooses the interpreter (default: the py launchers Python 3; CPython 3.11 or 3.12).
setlocal
set "HERE=%~dp0"
if "%PYTHON%"=="" (
  where py >nul 2>nul && (set "PYTHON=py -3") || (set "PYTHON=python")
)
set "TARGET=%~1"
if "%TARGET%"=="" set "TARGET=%LOCALAPPDATA%\Programs\EngageTrack"
rem no pip configuration file applies: an index named there must not be asked
set "PIP_CONFIG_FILE=NUL"
set "PIP_NO_INPUT=1"
%PYTHON% -m venv "%TARGET%" || goto :failed
"%TARGET%\Scripts\python.exe" -m pip install --no-index --find-links "%HERE%." --only-binary=:all: --require-hashes --disable-pip-version-check --no-cache-dir -r "%HERE%requirements.txt" || goto :failed
echo EngageTrack installed in %TARGET%
echo Start it with: "%TARGET%\Scripts\engagetrack.exe"
exit /b 0
:failed
echo The installation did not finish; nothing outside %TARGET% was changed. 1>&2
exit /b 1
