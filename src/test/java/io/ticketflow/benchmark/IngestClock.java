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
 * injected. For each message it records the call itself, from the raw bytes to the committed ticket (parse, keep
 * the raw message, customer, ticket and process start, auto-response into the outbox, commit), and its outcome.
 * The poller calls it from several threads.
 */
final class IngestClock implements MethodInterceptor {

	private Latencies ingest = new Latencies();

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

	/** Starts a lap, at the start of a poll. */
	synchronized void begin(long startNanos) {
		ingest = new Latencies();
		outcomes = new EnumMap<>(Outcome.class);
	}

	synchronized Lap lap() {
		return new Lap(ingest, Map.copyOf(outcomes));
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
			outcomes.merge(((IngestResult) result).outcome(), 1, Integer::sum);
		}
		return result;
	}

	/** What the ingestions of one poll took and what became of the messages. */
	record Lap(Latencies ingest, Map<Outcome, Integer> outcomes) {
	}
}
