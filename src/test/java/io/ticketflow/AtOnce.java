package io.ticketflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Work done by several at the same moment, as several nodes would: each starts when all are ready. */
public final class AtOnce {

	private AtOnce() {
	}

	/** Runs the work in the given number of threads at once; returns what each returned. */
	public static <T> List<T> run(int times, Callable<T> work) throws Exception {
		CyclicBarrier together = new CyclicBarrier(times);
		ExecutorService threads = Executors.newFixedThreadPool(times);
		try {
			List<Future<T>> started = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				started.add(threads.submit(() -> {
					together.await();
					return work.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> each : started) {
				results.add(each.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}
}
