package io.ticketflow.benchmark;

/**
 * One round of the mail benchmark.
 *
 * @param mails mails ingested by the poll, and bare process starts
 * @param poll the poll's wall time and per-message latencies
 * @param bareNanos wall time of as many bare process starts, one after the other
 * @param bareStarts latency of each bare start
 */
record MailRound(int mails, MailSide.Poll poll, long bareNanos, Latencies bareStarts) {

	double mailsPerSecond() {
		return mails / (poll.nanos() / 1e9);
	}

	double startsPerSecond() {
		return mails / (bareNanos / 1e9);
	}
}
