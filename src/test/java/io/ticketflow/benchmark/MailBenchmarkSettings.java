package io.ticketflow.benchmark;

/**
 * What one run of the mail benchmark does, read from system properties.
 *
 * @param mails mails ingested per round, and as many bare process starts ({@code benchmark.mails})
 * @param warmup mails and bare starts before the first round, not counted ({@code benchmark.warmup})
 * @param rounds measured rounds; the report quotes the median ({@code benchmark.rounds})
 * @param customers distinct sender addresses the mails come from ({@code benchmark.customers})
 */
record MailBenchmarkSettings(int mails, int warmup, int rounds, int customers) {

	MailBenchmarkSettings {
		if (mails < 1 || warmup < 0 || rounds < 1 || customers < 1) {
			throw new IllegalArgumentException("need mails >= 1, warmup >= 0, rounds >= 1 and customers >= 1, got "
					+ mails + "/" + warmup + "/" + rounds + "/" + customers);
		}
	}

	static MailBenchmarkSettings fromSystemProperties() {
		return new MailBenchmarkSettings(BenchmarkSettings.number("benchmark.mails", 300),
				BenchmarkSettings.number("benchmark.warmup", 500), BenchmarkSettings.number("benchmark.rounds", 5),
				BenchmarkSettings.number("benchmark.customers", 5));
	}

	/** Mails that become tickets over the whole run. */
	long total() {
		return warmup + (long) rounds * mails;
	}
}
