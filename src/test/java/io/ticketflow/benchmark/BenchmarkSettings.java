package io.ticketflow.benchmark;

/**
 * What one benchmark run does, read from system properties.
 *
 * @param tickets tickets created per side and round ({@code benchmark.tickets})
 * @param lifecycles tickets of those walked through triage, work, reply and close ({@code benchmark.lifecycles})
 * @param warmup creations and lifecycles per side before the first round, not counted ({@code benchmark.warmup})
 * @param rounds measured rounds; the report quotes the median ({@code benchmark.rounds})
 * @param threads threads of an extra creation run that measures throughput only; 1 skips it
 *     ({@code benchmark.threads})
 */
record BenchmarkSettings(int tickets, int lifecycles, int warmup, int rounds, int threads) {

	BenchmarkSettings {
		if (tickets < 1 || lifecycles < 0 || lifecycles > tickets || warmup < 0 || rounds < 1 || threads < 1) {
			throw new IllegalArgumentException("need tickets >= 1, 0 <= lifecycles <= tickets, warmup >= 0, "
					+ "rounds >= 1 and threads >= 1, got " + tickets + "/" + lifecycles + "/" + warmup + "/" + rounds
					+ "/" + threads);
		}
	}

	static BenchmarkSettings fromSystemProperties() {
		return new BenchmarkSettings(number("benchmark.tickets", 300), number("benchmark.lifecycles", 100),
				number("benchmark.warmup", 500), number("benchmark.rounds", 5), number("benchmark.threads", 2));
	}

	static int number(String property, int fallback) {
		String value = System.getProperty(property);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
	}
}
