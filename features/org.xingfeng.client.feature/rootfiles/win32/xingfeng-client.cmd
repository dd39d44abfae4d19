@echo off
rem Starts the Xingfeng rich client from this folder on Windows. Settings are Java system properties, e.g.
rem   set XINGFENG_OPTS=-Dxingfeng.server.url=http://10.1.2.3:8080 -Dxingfeng.locale=zh_CN
rem The county's server: its URL in the login dialog (remembered; prefilled from xingfeng.server.url). Left empty, the
rem client works alone on its own embedded database in xingfeng.data. A county's PC holds no database password.
rem Java 17 or later: JAVA_HOME's, else the one on PATH (as xingfeng-client.sh does on Linux).
rem No parenthesised blocks: a path such as "C:\Program Files (x86)\..." would end them early.
setlocal EnableExtensions DisableDelayedExpansion
rem the messages are UTF-8: switch the console's code page, and back at the end
set "XF_CODEPAGE="
for /f "delims=" %%c in ('chcp') do for %%n in (%%c) do set "XF_CODEPAGE=%%n"
if defined XF_CODEPAGE set "XF_CODEPAGE=%XF_CODEPAGE:.=%"
chcp 65001 >nul
cd /d "%~dp0"
set "XF_JAVA="
set "XF_FOUND1="
set "XF_FOUND2="

if not defined JAVA_HOME goto :path
if not exist "%JAVA_HOME%\bin\java.exe" goto :nohomejava
call :major "%JAVA_HOME%\bin\java.exe"
call :judge XF_FOUND1 JAVA_HOME "%JAVA_HOME%\bin\java.exe"
goto :path
:nohomejava
set "XF_FOUND1=  JAVA_HOME: %JAVA_HOME%\bin\java.exe 不存在 / does not exist"

:path
if defined XF_JAVA goto :run
set "XF_PATHJAVA="
rem cmd's own PATH search (where.exe is not on every system)
for %%j in (java.exe) do set "XF_PATHJAVA=%%~$PATH:j"
if not defined XF_PATHJAVA goto :nopathjava
call :major "%XF_PATHJAVA%"
call :judge XF_FOUND2 PATH "%XF_PATHJAVA%"
if defined XF_JAVA goto :run
goto :missing
:nopathjava
set "XF_FOUND2=  PATH: 没有 java / no java"

:missing
echo 行风客户端需要 Java 17 或更高版本 / The Xingfeng client needs Java 17 or later.
setlocal EnableDelayedExpansion
if defined XF_FOUND1 echo !XF_FOUND1!
if defined XF_FOUND2 echo !XF_FOUND2!
endlocal
echo 请安装 Java 17, 并设置 JAVA_HOME 或把 Java 的 bin 目录加入 PATH。
echo Install Java 17 and set JAVA_HOME, or put Java's bin directory on PATH.
rem started by a double click: keep the window open so that the message can be read
echo %CMDCMDLINE% | findstr /i /c:"%~nx0" >nul && pause
set "XF_RC=1"
goto :end

:run
set "XF_LAUNCHER="
rem relative to this folder (the current one): a quoted pattern is not expanded everywhere
for %%f in (plugins\org.eclipse.equinox.launcher_*.jar) do set "XF_LAUNCHER=%%~ff"
if not defined JAVA_OPTS set "JAVA_OPTS=-Xmx1g"
if not defined XINGFENG_WORKSPACE set "XINGFENG_WORKSPACE=@user.home/.xingfeng/client/workspace"
"%XF_JAVA%" %JAVA_OPTS% %XINGFENG_OPTS% -jar "%XF_LAUNCHER%" -data "%XINGFENG_WORKSPACE%" %*
set "XF_RC=%ERRORLEVEL%"

:end
if defined XF_CODEPAGE chcp %XF_CODEPAGE% >nul
endlocal & exit /b %XF_RC%

rem major JAVA: sets XF_MAJOR to the Java major version it runs (8 for 1.8), empty when it does not run
:major
set "XF_MAJOR="
set "XF_SPEC="
rem through a file: a path with parentheses inside a for /f command would end its parenthesis
set "XF_PROBE=%TEMP%\xingfeng-java-%RANDOM%.txt"
"%~1" -XshowSettings:properties -version >"%XF_PROBE%" 2>&1
for /f "usebackq tokens=1,2 delims== " %%u in ("%XF_PROBE%") do if "%%u"=="java.specification.version" set "XF_SPEC=%%v"
del "%XF_PROBE%" 2>nul
if not defined XF_SPEC exit /b 0
if "%XF_SPEC:~0,2%"=="1." set "XF_SPEC=%XF_SPEC:~2%"
for /f "tokens=1 delims=." %%m in ("%XF_SPEC%") do set /a "XF_MAJOR=%%m" 2>nul
exit /b 0

rem judge VARIABLE NAME JAVA: uses JAVA when XF_MAJOR is 17 or later, else notes in VARIABLE what NAME gave
:judge
if not defined XF_MAJOR goto :doesnotrun
if %XF_MAJOR% LSS 17 goto :tooold
set "XF_JAVA=%~3"
exit /b 0
:doesnotrun
set "%~1=  %~2: %~3 无法运行 / does not run"
exit /b 0
:tooold
set "%~1=  %~2: %~3 是 Java %XF_MAJOR%, 版本过低 / is Java %XF_MAJOR%, too old"
exit /b 0
