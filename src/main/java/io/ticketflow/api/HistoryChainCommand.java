package io.ticketflow.api;

import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.HistoryChain;
import io.ticketflow.ticket.HistoryChain.BrokenLink;
import io.ticketflow.ticket.HistoryChain.ChainReport;
import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-history[=<ticket number>]}: checks the hash chains of history and articles, prints the first
 * broken link of each ticket and exits with 0 when everything is intact, 3 when not.
 */
@Component
@Order(100)
class HistoryChainCommand implements ApplicationRunner {

	static final String OPTION = "verify-history";

	private final HistoryChain chain;

	private final ApplicationContext context;

	HistoryChainCommand(HistoryChain chain, ApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int code = check(args.getOptionValues(OPTION).stream().findFirst().orElse(null), System.out);
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
	}

	/** Checks one ticket, or all when none is named; prints what it found and returns the exit code. */
	int check(String ticket, PrintStream out) {
		ChainReport report = ticket == null || ticket.isBlank() ? chain.verifyAll(Actors.SYSTEM)
				: chain.verify(Actors.SYSTEM, ticket);
		out.printf("history chains checked: %d tickets, %d broken%n", report.tickets(), report.broken().size());
		report.broken().forEach(b -> out.printf("  ticket %s, %s: %s%n", b.ticket(), where(b), b.reason()));
		return report.intact() ? 0 : 3;
	}

	private static String where(BrokenLink link) {
		if (link.articleId() != null) {
			return "article " + link.articleId();
		}
		return link.entryId() != null ? "history entry " + link.entryId() : "at the end";
	}
}
