@echo off
rem roadmap: reads, checks, converts, compares and reports on WSIS Action Lines Roadmaps.
rem Starts the JVM with the settings that measured fastest for a short command (docs/release.md): C1
rem only, the serial collector, no perf-data file, and a static application class-data-sharing archive,
rem lib\roadmap.jsa, made on the first run from a training run of the common commands (as bin/roadmap).
rem Java uses the archive only with the JDK and the class path it was made with: after a change of
rem either, delete lib\roadmap.jsa (a stale archive is ignored, not harmful); bin/roadmap notices this
rem by itself. When lib\ is not writable, no archive is made.
rem JAVA_HOME chooses the JDK (java on the PATH otherwise); JAVA_OPTS adds JVM options (for example
rem -Xmx2g); ROADMAP_OPTS replaces the settings above; ROADMAP_CDS=off leaves the archive out.
setlocal
set "ROADMAP_HOME=%~dp0.."
set "ROADMAP_JAR=%ROADMAP_HOME%\lib\roadmap.jar"
rem The class path, the same for the training run, the archive and the command (';'-separated).
set "ROADMAP_CP=%ROADMAP_JAR%"
set "ROADMAP_MAIN=org.wsis.roadmap.cli.RoadmapCommand"
set "ROADMAP_JSA=%ROADMAP_HOME%\lib\roadmap.jsa"
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
if defined ROADMAP_OPTS goto run
set "ROADMAP_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
if /i "%ROADMAP_CDS%"=="off" goto run
if exist "%ROADMAP_JSA%" goto archive
rem lib\ not writable: no archive, and no training run on every start
copy /y nul "%ROADMAP_JSA%.probe" >nul 2>&1 || goto run
del /q "%ROADMAP_JSA%.probe" >nul 2>&1
"%JAVA_EXE%" %ROADMAP_OPTS% "-XX:DumpLoadedClassList=%ROADMAP_JSA%.classes" -cp "%ROADMAP_CP%" org.wsis.roadmap.cli.ArchiveTraining >nul 2>&1 <nul
if not errorlevel 1 "%JAVA_EXE%" -Xshare:dump "-XX:SharedClassListFile=%ROADMAP_JSA%.classes" "-XX:SharedArchiveFile=%ROADMAP_JSA%" -cp "%ROADMAP_CP%" >nul 2>&1 <nul
if exist "%ROADMAP_JSA%.classes" del /q "%ROADMAP_JSA%.classes" >nul 2>&1
:archive
if exist "%ROADMAP_JSA%" set ROADMAP_OPTS=%ROADMAP_OPTS% "-XX:SharedArchiveFile=%ROADMAP_JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off
:run
"%JAVA_EXE%" %ROADMAP_OPTS% %JAVA_OPTS% -cp "%ROADMAP_CP%" %ROADMAP_MAIN% %*
exit /b %ERRORLEVEL%
