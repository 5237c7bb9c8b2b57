package io.ticketflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class KeptValuesTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));

	private final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now.get();
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	};

	private final AtomicInteger worked = new AtomicInteger();

	@Test
	void aValueIsKeptForTheWhileThenGivenAsItIsWhileItIsWorkedOutAgainInTheBackground() {
		KeptValues<String, Integer> kept = new KeptValues<>("test", Duration.ofSeconds(10), clock);
		try {
			assertThat(kept.get("a", worked::incrementAndGet)).isEqualTo(1);
			assertThat(kept.get("a", worked::incrementAndGet)).as("within the while").isEqualTo(1);
			now.set(now.get().plusSeconds(11));
			assertThat(kept.get("a", worked::incrementAndGet)).as("older: the last value, at once").isEqualTo(1);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> kept.get("a", () -> -1) == 2);
			assertThat(kept.get("b", worked::incrementAndGet)).as("each key its own").isEqualTo(3);
			kept.forget("a"::equals);
			assertThat(kept.get("a", worked::incrementAndGet)).as("forgotten: worked out at once").isEqualTo(4);
			assertThat(kept.get("b", worked::incrementAndGet, value -> value > 100)).as("not worth keeping")
				.isEqualTo(5);
		}
		finally {
			kept.stop();
		}
	}

	@Test
	void anOutdatedValueIsGivenOnceMoreWhileItIsWorkedOutAgainInTheBackground() {
		KeptValues<String, Integer> kept = new KeptValues<>("test", Duration.ofHours(1), clock);
		try {
			assertThat(kept.get("a", worked::incrementAndGet)).isEqualTo(1);
			assertThat(kept.get("b", () -> 100)).isEqualTo(100);
			kept.outdate(key -> true, value -> value >= 100);
			assertThat(kept.get("a", worked::incrementAndGet)).as("the last value, at once").isEqualTo(1);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> kept.get("a", () -> -1) == 2);
			assertThat(kept.get("a", worked::incrementAndGet)).as("then kept for the while again").isEqualTo(2);
			assertThat(kept.get("b", () -> 200)).as("forgotten instead: worked out at once").isEqualTo(200);
		}
		finally {
			kept.stop();
		}
	}

	@Test
	void aLargerValueIsKeptForALongerWhileAndOneOfZeroNotAtAll() {
		KeptValues<String, Integer> kept = new KeptValues<>("test",
				value -> value >= 100 ? Duration.ofMinutes(1) : value > 0 ? Duration.ofSeconds(10) : Duration.ZERO, clock,
				null);
		try {
			assertThat(kept.get("small", () -> 1)).isEqualTo(1);
			assertThat(kept.get("large", () -> 100)).isEqualTo(100);
			assertThat(kept.get("none", () -> 0)).isEqualTo(0);
			assertThat(kept.get("none", () -> -1)).as("a while of zero: worked out at every ask").isEqualTo(-1);
			now.set(now.get().plusSeconds(11));
			assertThat(kept.ifFresh("small")).as("past its while").isNull();
			assertThat(kept.ifFresh("large")).as("within its longer while").isEqualTo(100);
			assertThat(kept.get("large", worked::incrementAndGet)).isEqualTo(100);
			assertThat(kept.beingWorkedOut()).as("nothing to work out again").isZero();
			assertThat(worked).hasValue(0);
			now.set(now.get().plusSeconds(50));
			assertThat(kept.get("large", () -> 200)).as("past it: the last, while worked out again").isEqualTo(100);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(200).equals(kept.ifFresh("large")));
			assertThat(kept.beingWorkedOut()).isZero();
		}
		finally {
			kept.stop();
		}
	}

	@Test
	void aWhileOfZeroKeepsNothing() {
		KeptValues<String, Integer> kept = new KeptValues<>("test", Duration.ZERO, clock);
		assertThat(kept.get("a", worked::incrementAndGet)).isEqualTo(1);
		assertThat(kept.get("a", worked::incrementAndGet)).isEqualTo(2);
		kept.stop();
	}

	@Test
	void beyondTheMostKeysAllAreForgotten() {
		KeptValues<Integer, Integer> kept = new KeptValues<>("test", Duration.ofHours(1), clock);
		for (int key = 0; key < KeptValues.MAX_KEYS; key++) {
			kept.get(key, () -> 0);
		}
		assertThat(kept.get(0, () -> 1)).as("still kept").isZero();
		kept.get(KeptValues.MAX_KEYS, () -> 0);
		assertThat(kept.get(0, () -> 1)).as("forgotten with the others").isEqualTo(1);
		kept.stop();
	}

	@Test
	void aValueRememberedElsewhereAnswersTheFirstAskAndIsWorkedOutAgainInTheBackground() {
		Map<String, Integer> remembered = new ConcurrentHashMap<>(Map.of("a", 41));
		KeptValues<String, Integer> kept = new KeptValues<>("test", Duration.ofHours(1), clock, memoryOf(remembered));
		try {
			assertThat(kept.get("a", () -> 42)).as("as remembered, at once").isEqualTo(41);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> kept.get("a", () -> -1) == 42);
			assertThat(remembered).as("what is worked out is remembered").containsEntry("a", 42);
			assertThat(kept.get("b", () -> 7)).as("nothing remembered: worked out at once").isEqualTo(7);
			assertThat(remembered).containsEntry("b", 7);
			remembered.put("c", 1);
			assertThat(kept.get("c", () -> 500, value -> value > 100)).as("remembered, but not worth keeping")
				.isEqualTo(500);
		}
		finally {
			kept.stop();
		}
	}

	@Test
	void aValueIsFreshWithinTheWhileAfterItWasWorkedOut() throws Exception {
		CountDownLatch asked = new CountDownLatch(1);
		KeptValues<String, Integer> kept = new KeptValues<>("test", Duration.ofSeconds(10), clock,
				memoryOf(new ConcurrentHashMap<>(Map.of("r", 3))));
		try {
			assertThat(kept.ifFresh("a")).as("nothing kept").isNull();
			assertThat(kept.get("a", worked::incrementAndGet)).isEqualTo(1);
			assertThat(kept.ifFresh("a")).as("within the while").isEqualTo(1);
			now.set(now.get().plusSeconds(11));
			assertThat(kept.ifFresh("a")).as("older than the while").isNull();
			assertThat(kept.get("r", () -> {
				await(asked);
				return 4;
			})).as("remembered").isEqualTo(3);
			assertThat(kept.ifFresh("r")).as("a remembered value, until worked out").isNull();
			asked.countDown();
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(4).equals(kept.ifFresh("r")));
			assertThat(worked).as("nothing worked out to answer").hasValue(1);
		}
		finally {
			kept.stop();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static KeptValues.Memory<String, Integer> memoryOf(Map<String, Integer> remembered) {
		return new KeptValues.Memory<>() {
			@Override
			public Integer recall(String key) {
				return remembered.get(key);
			}

			@Override
			public void remember(String key, Integer value) {
				remembered.put(key, value);
			}
		};
	}

	@Test
	void aMemoryThatFailsIsPassedBy() {
		KeptValues<String, Integer> kept = new KeptValues<>("test", Duration.ofHours(1), clock,
				new KeptValues.Memory<>() {
					@Override
					public Integer recall(String key) {
						throw new IllegalStateException("the database is gone");
					}

					@Override
					public void remember(String key, Integer value) {
						throw new IllegalStateException("the database is gone");
					}
				});
		try {
			assertThat(kept.get("a", () -> 42)).isEqualTo(42);
			assertThat(kept.get("a", () -> -1)).as("kept as without a memory").isEqualTo(42);
		}
		finally {
			kept.stop();
		}
	}
}
