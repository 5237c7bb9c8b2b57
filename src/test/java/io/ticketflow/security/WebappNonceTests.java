package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A webapp page runs only the scripts that carry the nonce its Content-Security-Policy names. The webapps keep
 * that nonce for the whole application, so while other requests come in (every open Tasklist asks for its
 * counts), a page could be sent with another request's nonce and stay a spinner for good.
 */
@PostgresTest
class WebappNonceTests {

	private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");

	private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void everyPageNamesTheNonceItsScriptsCarryWhileOtherRequestsComeIn() throws Exception {
		Http http = new Http(port);
		ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> running = IntStream.range(0, 6).<Future<?>>mapToObj(worker -> pool.submit(() -> {
				for (int round = 0; round < 40; round++) {
					if (worker % 2 == 1) {
						// what the other open pages ask meanwhile
						http.anonymous("/camunda/api/engine/engine/");
						continue;
					}
					String page = worker == 0 ? "/camunda/app/tasklist/default/" : "/camunda/app/cockpit/default/";
					HttpResponse<String> response = http.anonymous(page);
					String header = response.headers().firstValue("Content-Security-Policy").orElse("");
					Matcher named = HEADER_NONCE.matcher(header);
					Matcher carried = PAGE_NONCE.matcher(response.body());
					String expected = named.find() ? named.group(1) : "(none in the header)";
					while (carried.find()) {
						if (!carried.group(1).equals(expected)) {
							mismatches.add(page + " names " + expected + " but carries " + carried.group(1));
							break;
						}
					}
				}
			})).toList();
			for (Future<?> worker : running) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(mismatches).isEmpty();
	}
}
