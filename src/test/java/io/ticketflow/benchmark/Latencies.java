package io.ticketflow.benchmark;

import java.util.Arrays;

/** Latencies of one kind of operation, in nanoseconds; safe to record from several threads. */
final class Latencies {

	private long[] nanos = new long[256];

	private int size;

	synchronized void record(long elapsedNanos) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = elapsedNanos;
	}

	synchronized int count() {
		return size;
	}

	/** The nearest-rank percentile in milliseconds, NaN when nothing was recorded. */
	synchronized double percentileMillis(double percentile) {
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * size);
		return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
	}
}
