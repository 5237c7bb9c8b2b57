package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The README's first command on its defaults (an H2 file database under ./data) stops cleanly: on SIGTERM the engine
 * and everything that writes stop before the database closes, so no stop logs "Database is already closed".
 */
@ResourceLock(Lanes.POSTGRES)
class H2ShutdownTests {

	@Test
	void aStoppedApplicationClosesItsDatabaseLast(@TempDir Path folder) throws Exception {
		File log = folder.resolve("application.log").toFile();
		Process application = ApplicationProcess.start(folder.toFile(), log, List.of("--server.port=0",
				"--server.address=127.0.0.1", "--ticketflow.demo.enabled=false",
				"--ticketflow.mail.embedded.enabled=false"));
		try {
			ApplicationProcess.started(application, log.toPath());
		}
		finally {
			application.destroy();
			assertThat(application.waitFor(2, TimeUnit.MINUTES)).as("stopped on SIGTERM").isTrue();
		}
		String written = Files.readString(log.toPath());
		assertThat(written).as("what the stop logged").doesNotContain("Database is already closed")
			.doesNotContain("ERROR [");
		assertThat(folder.resolve("data")).as("the H2 file database under ./data").isDirectoryContaining(
				path -> path.getFileName().toString().startsWith("ticketflow"));
	}
}
