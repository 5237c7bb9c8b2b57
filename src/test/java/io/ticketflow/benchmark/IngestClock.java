package io.ticketflow.benchmark;

import io.ticketflow.mail.IngestResult;
import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.MailIngestion;
import java.util.EnumMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times every {@link MailIngestion#ingest} the mailbox poller makes, from outside the application: an initializer
 * of the benchmark's application context wraps the MailIngestion bean in a class proxy, which the poller then gets
 * injected. For each message it records
 * <ul>
 * <li>ingest: the call itself, from the raw bytes to the committed ticket (parse, keep the raw message, customer,
 * ticket and process start, auto-response into the outbox, commit);</li>
 * <li>fetch to commit: from the return of the previous message's ingest (for the first message: from the start of
 * the poll) to the return of this one, so the poller's IMAP work for this message is in it (flags and body
 * fetched), plus the deletion flag set on the previous message; the first message also carries connect, login and
 * select.</li>
 * </ul>
 * The difference of the two, the poller's own work for a message, is recorded as well.
 */
final class IngestClock implements MethodInterceptor {

	private long lastReturn;

	private Latencies fetchToCommit = new Latencies();

	private Latencies ingest = new Latencies();

	private Latencies outside = new Latencies();

	private Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);

	/** Registers the proxying post-processor with the context before it is refreshed. */
	ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof MailIngestion)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice(IngestClock.this);
				return proxy.getProxy(MailIngestion.class.getClassLoader());
			}
		});
	}

	/** Starts a lap at the given time, the start of a poll. */
	synchronized void begin(long startNanos) {
		lastReturn = startNanos;
		fetchToCommit = new Latencies();
		ingest = new Latencies();
		outside = new Latencies();
		outcomes = new EnumMap<>(Outcome.class);
	}

	synchronized Lap lap() {
		return new Lap(fetchToCommit, ingest, outside, Map.copyOf(outcomes));
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (!invocation.getMethod().getName().equals("ingest")) {
			return invocation.proceed();
		}
		long entered = System.nanoTime();
		Object result = invocation.proceed();
		long returned = System.nanoTime();
		synchronized (this) {
			ingest.record(returned - entered);
			fetchToCommit.record(returned - lastReturn);
			outside.record(entered - lastReturn);
			lastReturn = returned;
			outcomes.merge(((IngestResult) result).outcome(), 1, Integer::sum);
		}
		return result;
	}

	/**
	 * What the ingestions of one poll took and what became of the messages; outside is fetch to commit without
	 * the ingest call, the poller's own work for the message.
	 */
	record Lap(Latencies fetchToCommit, Latencies ingest, Latencies outside, Map<Outcome, Integer> outcomes) {
	}
}
