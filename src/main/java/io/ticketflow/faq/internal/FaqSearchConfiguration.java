package io.ticketflow.faq.internal;

import io.ticketflow.shared.Databases;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class FaqSearchConfiguration {

	/** PostgreSQL's full-text search where there is PostgreSQL, the portable one elsewhere. */
	@Bean
	FaqSearch faqSearch(DataSource dataSource, JdbcTemplate jdbc, FaqVersionRepository versions) {
		return Databases.isPostgres(dataSource) ? new PostgresFaqSearch(jdbc) : new PortableFaqSearch(versions);
	}
}
