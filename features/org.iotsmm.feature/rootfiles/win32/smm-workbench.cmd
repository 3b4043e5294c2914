@echo off
rem Starts the IoT SMM Workbench on Windows. Needs Java 21 or newer: %JAVA_HOME%, else javaw on the PATH.
rem Usage: smm-workbench.cmd [-data WORKSPACE] [other Eclipse arguments]
rem ZGC: its pauses stay under a millisecond (G1 stopped the UI thread for tens of milliseconds)
setlocal
set "HERE=%~dp0"
set "JAVA=javaw.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw.exe"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo smm-workbench: no org.eclipse.equinox.launcher jar in "%HERE%plugins" 1>&2
  exit /b 2
)
echo.%* | findstr /I /C:"-data" >nul
if errorlevel 1 (
  start "IoT SMM Workbench" "%JAVA%" -splash:"%HERE%splash.png" -Xmx2g -XX:+UseZGC -jar "%LAUNCHER%" -data "%USERPROFILE%\smm-workspace" %*
) else (
  start "IoT SMM Workbench" "%JAVA%" -splash:"%HERE%splash.png" -Xmx2g -XX:+UseZGC -jar "%LAUNCHER%" %*
)
