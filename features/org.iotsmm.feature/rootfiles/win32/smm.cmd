@echo off
rem The headless smm command of an installed IoT SMM Workbench on Windows. Try: smm --help
rem Needs Java 21 or newer: %JAVA_HOME%, else java on the PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -cp "%HERE%plugins\*" org.iotsmm.cli.Main %*
exit /b %ERRORLEVEL%
