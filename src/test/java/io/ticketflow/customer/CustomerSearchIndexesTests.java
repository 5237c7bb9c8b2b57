package io.ticketflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.Plans;
import io.ticketflow.PostgresTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A search looks for its text inside every customer's address and name. PostgreSQL read every customer and lowered
 * both fields for it (10 ms with 14,000 customers); the indexes of their trigrams (V38) give it the customers that
 * hold the text's pieces.
 */
@PostgresTest
class CustomerSearchIndexesTests {

	@Autowired
	DatabaseOwner owner;

	@Test
	void aSearchOfAddressesAndNamesReadsTheirTrigramIndexes() {
		String plan = Plans.explain(owner.jdbc(), List.of(
				"insert into ticketflow.customer (email, name, created_at, language) select 'someone' || n "
						+ "|| '@volume.example', 'Someone ' || n, now(), 'en' from generate_series(1, 20000) n",
				// as autovacuum does: the rows go into each index's pending list first, which the planner weighs
				"select gin_clean_pending_list('ticketflow.customer_email_trigram_idx'::regclass), "
						+ "gin_clean_pending_list('ticketflow.customer_name_trigram_idx'::regclass)",
				"analyze ticketflow.customer"),
				// Customers.idsMatching's question of addresses and names, as Hibernate asks it
				"select c1_0.id from ticketflow.customer c1_0 where lower(c1_0.email) like ? escape '\\' or "
						+ "lower(c1_0.name) like ? escape '\\' order by c1_0.id desc fetch first ? rows only",
				"%forklift%", "%forklift%", 200);

		assertThat(plan).contains("customer_email_trigram_idx", "customer_name_trigram_idx")
			.doesNotContain("Seq Scan on customer");
	}
}
