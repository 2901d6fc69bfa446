@echo off
rem roadmap: reads, checks, converts, compares and reports on WSIS Action Lines Roadmaps.
rem Starts the JVM with the settings that measured fastest for a short command (docs/release.md): C1
rem only, the serial collector, no perf-data file, and an application class-data-sharing archive,
rem lib\roadmap.jsa, made on the first run by a training run (roadmap validate of the bundled roadmaps).
rem Java 17 uses the archive only with the JDK and the jar it was made with: after a change of either,
rem delete lib\roadmap.jsa (a stale archive is ignored, not harmful).
rem JAVA_HOME chooses the JDK (java on the PATH otherwise); JAVA_OPTS adds JVM options (for example
rem -Xmx2g); ROADMAP_OPTS replaces the settings above.
setlocal
set "ROADMAP_HOME=%~dp0.."
set "ROADMAP_JAR=%ROADMAP_HOME%\lib\roadmap.jar"
set "ROADMAP_JSA=%ROADMAP_HOME%\lib\roadmap.jsa"
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
if defined ROADMAP_OPTS goto run
set "ROADMAP_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
if not exist "%ROADMAP_JSA%" "%JAVA_EXE%" %ROADMAP_OPTS% "-XX:ArchiveClassesAtExit=%ROADMAP_JSA%" -jar "%ROADMAP_JAR%" validate >nul 2>&1
if exist "%ROADMAP_JSA%" set "ROADMAP_OPTS=%ROADMAP_OPTS% "-XX:SharedArchiveFile=%ROADMAP_JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off"
:run
"%JAVA_EXE%" %ROADMAP_OPTS% %JAVA_OPTS% -jar "%ROADMAP_JAR%" %*
exit /b %ERRORLEVEL%
