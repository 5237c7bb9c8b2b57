package io.ticketflow.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values that take long to work out and are asked for again and again, kept per key for a while. The first ask for
 * a key works its value out at once; later asks get the kept value, and once it is older than the while, the value
 * is worked out again in the background (one key at a time, on one thread) while the asks go on getting the last
 * one. The while may depend on the value: a large count, long to work out, kept longer than a small one. A while of
 * zero keeps nothing: every ask works its value out. At most {@link #MAX_KEYS} keys are kept.
 * <p>
 * A {@link Memory} lets values outlive the process: the first ask for a key that it remembers gets the remembered
 * value at once, which is then worked out again in the background as an old one is.
 */
public final class KeptValues<K, V> {

	private static final Logger log = LoggerFactory.getLogger(KeptValues.class);

	/** At most this many keys are kept; beyond, all are forgotten at once. */
	static final int MAX_KEYS = 10_000;

	private final String what;

	/** How long a value is kept, by the value: a larger count, longer to work out, may be kept longer. */
	private final Function<V, Duration> keepFor;

	/** A while of zero for every value: nothing is kept, nothing remembered. */
	private final boolean keepsNothing;

	private final Clock clock;

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final Set<K> working = ConcurrentHashMap.newKeySet();

	private final ExecutorService background;

	private final Memory<K, V> memory;

	/** Where the last value worked out for a key is kept beyond the process: a restart, another node. */
	public interface Memory<K, V> {

		/** The key's last value, or null when none is worth giving. */
		V recall(K key);

		/** The value just worked out for the key; the memory decides whether to keep it. */
		void remember(K key, V value);
	}

	/** @param what what the values are, for the log and the background thread's name */
	public KeptValues(String what, Duration keepFor, Clock clock) {
		this(what, keepFor, clock, null);
	}

	/** @param memory where values outlive the process, or null */
	public KeptValues(String what, Duration keepFor, Clock clock, Memory<K, V> memory) {
		this(what, value -> keepFor, keepFor.isZero(), clock, memory);
	}

	/**
	 * @param keepFor how long a value is kept, by the value; one of zero is worked out at every ask
	 * @param memory where values outlive the process, or null
	 */
	public KeptValues(String what, Function<V, Duration> keepFor, Clock clock, Memory<K, V> memory) {
		this(what, keepFor, false, clock, memory);
	}

	private KeptValues(String what, Function<V, Duration> keepFor, boolean keepsNothing, Clock clock,
			Memory<K, V> memory) {
		this.memory = memory;
		this.what = what;
		this.keepFor = keepFor;
		this.keepsNothing = keepsNothing;
		this.clock = clock;
		this.background = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, what);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The key's value: as kept, or worked out now when none is kept (see the class). */
	public V get(K key, Supplier<V> workOut) {
		return get(key, workOut, value -> true);
	}

	/**
	 * The key's value: as kept when the kept one is worth keeping, else worked out now (see the class); e.g. a count
	 * small enough to count each time.
	 */
	public V get(K key, Supplier<V> workOut, Predicate<V> worthKeeping) {
		if (keepsNothing) {
			return workOut.get();
		}
		Predicate<V> worth = worthKeeping.and(value -> !keepFor.apply(value).isZero());
		Kept<V> found = kept.get(key);
		Kept<V> value = found != null ? found : recalled(key, worth);
		if (value == null || !worth.test(value.value())) {
			V now = workOut.get();
			keep(key, new Kept<>(now, clock.instant()));
			remember(key, now);
			return now;
		}
		if (!fresh(value) && working.add(key)) {
			background.execute(() -> {
				try {
					// unless the value was forgotten meanwhile: then what was worked out may be from before
					V now = workOut.get();
					if (kept.replace(key, value, new Kept<>(now, clock.instant()))) {
						remember(key, now);
					}
				}
				catch (RuntimeException ex) {
					kept.remove(key, value);
					log.warn("{} could not be worked out again; the next ask works it out itself: {}", what, ex.toString());
				}
				finally {
					working.remove(key);
				}
			});
		}
		return value.value();
	}

	/**
	 * The key's value if it was worked out within the while, else null: nothing is worked out, and neither a value
	 * older than the while nor one a {@link Memory} gave is fresh.
	 */
	public V ifFresh(K key) {
		Kept<V> value = kept.get(key);
		return value != null && fresh(value) ? value.value() : null;
	}

	private boolean fresh(Kept<V> value) {
		Duration keep = keepFor.apply(value.value());
		return !keep.isZero() && !value.at().plus(keep).isBefore(clock.instant());
	}

	/** How many keys' values are being worked out again in the background, or wait for it. */
	public int beingWorkedOut() {
		return working.size();
	}

	private void keep(K key, Kept<V> value) {
		if (kept.size() >= MAX_KEYS) {
			kept.clear();
		}
		kept.put(key, value);
	}

	/**
	 * The memory's value of the key, kept as older than the while: given now, worked out again in the background. None
	 * when the memory fails, whose values only save time.
	 */
	private Kept<V> recalled(K key, Predicate<V> worthKeeping) {
		V recalled;
		try {
			recalled = memory == null ? null : memory.recall(key);
		}
		catch (RuntimeException ex) {
			log.warn("{} could not be recalled; worked out instead: {}", what, ex.toString());
			return null;
		}
		if (recalled == null || !worthKeeping.test(recalled)) {
			return null;
		}
		Kept<V> value = new Kept<>(recalled, Instant.MIN);
		keep(key, value);
		return value;
	}

	private void remember(K key, V value) {
		try {
			if (memory != null) {
				memory.remember(key, value);
			}
		}
		catch (RuntimeException ex) {
			log.warn("{} could not be remembered: {}", what, ex.toString());
		}
	}

	/** Forgets the values of the keys: the next ask for one of them works it out at once. */
	public void forget(Predicate<K> which) {
		kept.keySet().removeIf(which);
	}

	/**
	 * Makes the kept values of the keys older than the while: the next ask for one of them gets it once more, at once,
	 * while it is worked out again in the background. Those that {@code forget} picks are forgotten instead: the next
	 * ask works them out itself.
	 */
	public void outdate(Predicate<K> which, Predicate<V> forget) {
		kept.entrySet().removeIf(entry -> which.test(entry.getKey()) && forget.test(entry.getValue().value()));
		kept.replaceAll((key, value) -> which.test(key) ? new Kept<>(value.value(), Instant.MIN) : value);
	}

	/** Stops working values out in the background. */
	public void stop() {
		background.shutdownNow();
	}

	private record Kept<V>(V value, Instant at) {
	}
}
