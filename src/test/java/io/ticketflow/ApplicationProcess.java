package io.ticketflow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The application as it is run: in a JVM of its own, from the build's classes and the application's libraries. */
public final class ApplicationProcess {

	private ApplicationProcess() {
	}

	/**
	 * Starts the application in the given folder (where its relative paths, e.g. the H2 file database, lie) with the
	 * given arguments; what it writes goes to the log.
	 */
	public static Process start(File folder, File log, List<String> arguments) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// a short run: the JIT's first tier and the serial collector start it in half the time
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-cp", classPath(), TicketflowApplication.class.getName()));
		command.addAll(arguments);
		return new ProcessBuilder(command).directory(folder).redirectErrorStream(true).redirectOutput(log).start();
	}

	/** The application's classes and libraries, without the tests' classes and folders. */
	private static String classPath() {
		String classes = Path.of("target", "classes").toAbsolutePath().toString();
		List<String> entries = new ArrayList<>(List.of(classes));
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.endsWith(".jar")) {
				entries.add(Path.of(entry).toAbsolutePath().toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
