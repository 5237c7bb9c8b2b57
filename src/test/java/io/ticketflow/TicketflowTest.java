package io.ticketflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database, without demo data and without the job executor.
 * <p>
 * These classes run one after another, beside the PostgreSQL ones ({@link Lanes}). The engine has its own name:
 * Camunda keeps engines in a JVM-wide registry by name, and the engine REST API and the webapps of the
 * PostgreSQL application serve the one named {@code default}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.process-engine-name=h2tests")
@ResourceLock(Lanes.H2)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface TicketflowTest {
}
