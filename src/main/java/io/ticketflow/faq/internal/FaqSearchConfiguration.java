package io.ticketflow.faq.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class FaqSearchConfiguration {

	/** PostgreSQL's full-text search where there is PostgreSQL, the portable one elsewhere. */
	@Bean
	FaqSearch faqSearch(DataSource dataSource, JdbcTemplate jdbc, FaqVersionRepository versions) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			return postgres ? new PostgresFaqSearch(jdbc) : new PortableFaqSearch(versions);
		}
	}
}
