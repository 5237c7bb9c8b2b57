package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ticketflow} in the folder the build lays out (target/ticketflow), copied where it is to run, as the
 * README's "Start-up" says: the first start records the application's classes in an archive, and every start maps
 * them from it. Run after the package phase, which makes the folder.
 */
class StartScriptTests {

	private static final List<String> QUIET = List.of("--server.port=0", "--server.address=127.0.0.1",
			"--ticketflow.demo.enabled=false", "--ticketflow.mail.embedded.enabled=false");

	@TempDir
	Path folder;

	private Path installed;

	@BeforeEach
	void install() throws IOException {
		installed = ApplicationProcess.install(folder);
		Files.createDirectories(folder.resolve("work"));
	}

	@Test
	void theFirstStartRecordsTheClassesAndEveryStartMapsThem() throws Exception {
		Path firstLog = folder.resolve("first.log");
		Process first = start(firstLog, QUIET);
		try {
			ApplicationProcess.started(first, firstLog);
			assertThat(Files.readString(firstLog)).contains("recording the classes the application loads");
			Path archive = onlyArchive();
			assertThat(Files.readString(Path.of("/proc", String.valueOf(first.pid()), "maps")))
				.as("the JVM's mapped files").contains(archive.toString());
			assertThat(commandLine(first)).as("the defaults, then JAVA_OPTS").containsSubsequence("-Xmx512m",
					"-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive, "-jar",
					installed.resolve("ticketflow.jar").toString(), "--ticketflow.demo.enabled=false");
		}
		finally {
			stop(first);
		}
		Path againLog = folder.resolve("again.log");
		Process again = start(againLog, QUIET);
		try {
			ApplicationProcess.started(again, againLog);
			assertThat(Files.readString(againLog)).doesNotContain("recording the classes");
			assertThat(Files.readString(Path.of("/proc", String.valueOf(again.pid()), "maps")))
				.contains(onlyArchive().toString());
		}
		finally {
			stop(again);
		}
	}

	@Test
	void anApplicationThatCannotStartLeavesNoArchiveAndSaysWhy() throws Exception {
		Path log = folder.resolve("start.log");
		List<String> arguments = new ArrayList<>(QUIET);
		arguments.add("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:1/nowhere");
		Process failing = start(log, arguments);
		assertThat(failing.waitFor(3, TimeUnit.MINUTES)).as("ended").isTrue();
		assertThat(failing.exitValue()).as("exit code").isNotZero();
		assertThat(Files.readString(log)).contains("no class archive (see " + installed.resolve("class-archive.log"))
			.contains("Connection refused");
		assertThat(Files.readString(installed.resolve("class-archive.log"))).contains("Connection refused");
		assertThat(Files.readString(log)).as("the reason, instead of a trace with it at the bottom")
			.contains("APPLICATION FAILED TO START", "cannot reach or log in to its database "
					+ "jdbc:h2:tcp://127.0.0.1:1/nowhere: Connection is broken")
			.doesNotContain("\tat org.springframework");
		try (Stream<Path> files = Files.list(installed)) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains(".jsa"));
		}
	}

	@Test
	void theScriptOutsideTheBuiltFolderSaysWhereToRunIt() throws Exception {
		Process misplaced = new ProcessBuilder(Path.of("bin", "ticketflow").toAbsolutePath().toString())
			.redirectErrorStream(true).start();
		String said = new String(misplaced.getInputStream().readAllBytes());
		assertThat(misplaced.waitFor()).as("exit code").isEqualTo(1);
		assertThat(said).contains("ticketflow.jar; run bin/ticketflow in the folder the build lays out");
	}

	/** Starts bin/ticketflow from a work folder of its own, a short run's JIT settings in JAVA_OPTS. */
	private Process start(Path log, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(installed.resolve("bin/ticketflow").toString()));
		command.addAll(arguments);
		command.add("--logging.level.org.springframework.boot.web=info");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.resolve("work").toFile())
			.redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("JAVA_OPTS", "-XX:TieredStopAtLevel=1");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder.start();
	}

	private Path onlyArchive() throws IOException {
		try (Stream<Path> files = Files.list(installed)) {
			List<Path> archives = files.filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
			assertThat(archives).as("class archives").hasSize(1);
			return archives.get(0);
		}
	}

	private static List<String> commandLine(Process process) throws IOException {
		String line = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
		return Arrays.asList(line.split("\0"));
	}

	private static void stop(Process application) throws InterruptedException {
		application.destroy();
		assertThat(application.waitFor(2, TimeUnit.MINUTES)).as("stopped on SIGTERM").isTrue();
	}
}
