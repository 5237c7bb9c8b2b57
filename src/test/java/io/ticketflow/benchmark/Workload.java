package io.ticketflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens tickets and walks them through their life, timing every step. In a round the sides take turns in small
 * chunks, so that both see the same load of the machine, also when something else runs on it.
 */
final class Workload {

	static final int CREATE_CHUNK = 50;

	static final int LIFECYCLE_CHUNK = 10;

	private final BenchmarkSettings settings;

	private final AtomicInteger sequence = new AtomicInteger();

	Workload(BenchmarkSettings settings) {
		this.settings = settings;
	}

	/** Runs the side's code paths before anything is timed: the same mix, results dropped. */
	void warmUp(Side side) throws Exception {
		Map<Step, Latencies> ignored = RoundResult.emptyLatencies();
		walk(side, create(side, settings.warmup(), ignored), ignored);
		if (settings.threads() > 1) {
			createInParallel(side, settings.warmup());
		}
	}

	/** One round; the results are in the order of the sides, the first of which begins every chunk. */
	List<RoundResult> round(List<Side> sides) throws Exception {
		List<Tally> tallies = sides.stream().map(side -> new Tally()).toList();
		System.gc();
		for (int done = 0; done < settings.tickets(); done += CREATE_CHUNK) {
			int count = Math.min(CREATE_CHUNK, settings.tickets() - done);
			for (int i = 0; i < sides.size(); i++) {
				Tally tally = tallies.get(i);
				long start = System.nanoTime();
				tally.keys.addAll(create(sides.get(i), count, tally.latencies));
				tally.createNanos += System.nanoTime() - start;
			}
		}
		System.gc();
		for (int done = 0; done < settings.lifecycles(); done += LIFECYCLE_CHUNK) {
			int end = Math.min(done + LIFECYCLE_CHUNK, settings.lifecycles());
			for (int i = 0; i < sides.size(); i++) {
				Tally tally = tallies.get(i);
				long start = System.nanoTime();
				walk(sides.get(i), tally.keys.subList(done, end), tally.latencies);
				tally.walkNanos += System.nanoTime() - start;
			}
		}
		if (settings.threads() > 1) {
			System.gc();
			for (int done = 0; done < settings.tickets(); done += CREATE_CHUNK) {
				int count = Math.min(CREATE_CHUNK, settings.tickets() - done);
				for (int i = 0; i < sides.size(); i++) {
					long start = System.nanoTime();
					createInParallel(sides.get(i), count);
					tallies.get(i).parallelNanos += System.nanoTime() - start;
				}
			}
		}
		return tallies.stream().map(this::result).toList();
	}

	private RoundResult result(Tally tally) {
		double parallel = settings.threads() > 1 ? perSecond(settings.tickets(), tally.parallelNanos) : Double.NaN;
		return new RoundResult(perSecond(settings.tickets(), tally.createNanos), parallel,
				perSecond(settings.lifecycles(), tally.walkNanos), tally.latencies);
	}

	private List<String> create(Side side, int count, Map<Step, Latencies> latencies) {
		List<String> keys = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			keys.add(side.open(sequence.incrementAndGet()));
			latencies.get(Step.CREATE).record(System.nanoTime() - start);
		}
		return keys;
	}

	private void walk(Side side, List<String> keys, Map<Step, Latencies> latencies) {
		for (String key : keys) {
			long start = System.nanoTime();
			side.triage(key);
			long triaged = System.nanoTime();
			side.reply(key);
			long replied = System.nanoTime();
			side.closeTicket(key);
			long closed = System.nanoTime();
			latencies.get(Step.TRIAGE).record(triaged - start);
			latencies.get(Step.REPLY).record(replied - triaged);
			latencies.get(Step.CLOSE).record(closed - replied);
		}
	}

	/** The given number of tickets, opened by all threads together as fast as they can. */
	private void createInParallel(Side side, int count) throws Exception {
		AtomicInteger left = new AtomicInteger(count);
		ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < settings.threads(); t++) {
				workers.add(pool.submit(() -> {
					while (left.getAndDecrement() > 0) {
						side.open(sequence.incrementAndGet());
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static double perSecond(int operations, long nanos) {
		return operations / (nanos / 1e9);
	}

	/** What one side did in the round so far. */
	private static final class Tally {

		final List<String> keys = new ArrayList<>();

		final Map<Step, Latencies> latencies = RoundResult.emptyLatencies();

		long createNanos;

		long walkNanos;

		long parallelNanos;
	}
}
