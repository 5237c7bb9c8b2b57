package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ticketflow.TicketflowTest;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's job executor as the application configures it. */
@TicketflowTest
class JobExecutorTests {

	@Autowired
	CamundaBpmProperties camunda;

	@Autowired
	DataSource dataSource;

	/**
	 * Every thread of the job executor may wait for a ticket another transaction holds, each with a database
	 * connection; requests and mail still get connections of their own.
	 */
	@Test
	void theDatabasePoolOutnumbersTheJobExecutorsThreads() {
		int jobThreads = camunda.getJobExecution().getMaxPoolSize();
		assertThat(((HikariDataSource) dataSource).getMaximumPoolSize())
			.as("connections beside %d job threads", jobThreads).isGreaterThanOrEqualTo(2 * jobThreads);
	}
}
