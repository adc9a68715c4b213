@echo off
rem sapha: runs the Sapha command line from sapha.jar in this script's directory.
rem Java 17 or newer: from JAVA_HOME if set, else the java on the PATH.
setlocal
set "SAPHA_JAVA=java"
if defined JAVA_HOME set "SAPHA_JAVA=%JAVA_HOME%\bin\java"
"%SAPHA_JAVA%" %JAVA_OPTS% %SAPHA_OPTS% -jar "%~dp0sapha.jar" %*
exit /b %ERRORLEVEL%
