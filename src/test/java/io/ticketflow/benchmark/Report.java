package io.ticketflow.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Prints the results of both sides as one table; every figure is the median over the rounds. */
final class Report {

	private static final String ROW = "%-34s %12s %12s %10s%n";

	private final PrintStream out;

	private final List<RoundResult> application;

	private final List<RoundResult> bare;

	Report(PrintStream out, List<RoundResult> application, List<RoundResult> bare) {
		this.out = out;
		this.application = application;
		this.bare = bare;
	}

	void print(BenchmarkSettings settings) {
		out.printf(ROW, "", "application", "bare engine", "app/bare");
		rate("tickets created/s", RoundResult::createdPerSecond);
		if (settings.threads() > 1) {
			rate("tickets created/s, " + settings.threads() + " threads", RoundResult::parallelCreatedPerSecond);
		}
		rate("lifecycles/s", RoundResult::lifecyclesPerSecond);
		for (Step step : Step.values()) {
			latency(step, 50);
			latency(step, 95);
		}
		out.println();
		out.println("steps:");
		for (Step step : Step.values()) {
			out.printf("  %-7s %s%n", step.label(), step.description());
		}
		out.println();
		out.println("rounds (created/s, lifecycles/s" + (settings.threads() > 1 ? ", created/s with threads" : "")
				+ "):");
		rounds("application", application);
		rounds("bare engine", bare);
		ratios();
		out.println();
		double share = median(application, RoundResult::createdPerSecond) / median(bare, RoundResult::createdPerSecond);
		out.printf(Locale.ROOT, "goal: ticket creation at >= 50%% of the bare engine's start rate: %.0f%%, %s%n",
				share * 100, share >= 0.5 ? "met" : "NOT met");
	}

	private void rate(String label, ToDoubleFunction<RoundResult> figure) {
		double app = median(application, figure);
		double engine = median(bare, figure);
		out.printf(ROW, label, format(app, 1), format(engine, 1), format(app / engine, 2));
	}

	private void latency(Step step, int percentile) {
		ToDoubleFunction<RoundResult> figure = r -> r.latencies().get(step).percentileMillis(percentile);
		double app = median(application, figure);
		double engine = median(bare, figure);
		out.printf(ROW, step.label() + " p" + percentile + " ms", format(app, 2), format(engine, 2),
				format(app / engine, 2));
	}

	private void rounds(String side, List<RoundResult> results) {
		StringBuilder line = new StringBuilder(String.format("  %-12s", side));
		for (int i = 0; i < results.size(); i++) {
			RoundResult r = results.get(i);
			line.append(String.format(Locale.ROOT, "  #%d %.1f, %.1f", i + 1, r.createdPerSecond(),
					r.lifecyclesPerSecond()));
			if (!Double.isNaN(r.parallelCreatedPerSecond())) {
				line.append(String.format(Locale.ROOT, ", %.1f", r.parallelCreatedPerSecond()));
			}
		}
		out.println(line);
	}

	private void ratios() {
		StringBuilder line = new StringBuilder(String.format("  %-12s", "app/bare"));
		for (int i = 0; i < application.size(); i++) {
			RoundResult app = application.get(i);
			RoundResult engine = bare.get(i);
			line.append(String.format(Locale.ROOT, "  #%d %.2f, %.2f", i + 1,
					app.createdPerSecond() / engine.createdPerSecond(),
					app.lifecyclesPerSecond() / engine.lifecyclesPerSecond()));
			if (!Double.isNaN(app.parallelCreatedPerSecond())) {
				line.append(String.format(Locale.ROOT, ", %.2f",
						app.parallelCreatedPerSecond() / engine.parallelCreatedPerSecond()));
			}
		}
		out.println(line);
	}

	static <T> double median(List<T> results, ToDoubleFunction<T> figure) {
		double[] values = results.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static String format(double value, int decimals) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}
}
