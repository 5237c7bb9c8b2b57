package io.ticketflow.benchmark;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one side did in one round.
 *
 * @param createdPerSecond tickets opened per second by one thread
 * @param parallelCreatedPerSecond tickets opened per second by several threads; NaN when not measured
 * @param lifecyclesPerSecond tickets walked from triage to close per second
 * @param latencies per step, of the single-threaded runs
 */
record RoundResult(double createdPerSecond, double parallelCreatedPerSecond, double lifecyclesPerSecond,
		Map<Step, Latencies> latencies) {

	static Map<Step, Latencies> emptyLatencies() {
		Map<Step, Latencies> latencies = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			latencies.put(step, new Latencies());
		}
		return latencies;
	}
}
