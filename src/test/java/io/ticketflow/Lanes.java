package io.ticketflow;

/**
 * The suite runs in two lanes at once (junit-platform.properties): the classes on PostgreSQL one after another,
 * and beside them the classes on H2 one after another. Each lane shares one application, so within a lane a class
 * sees what the classes before it left, as before; the two lanes share nothing but the JVM. A class that changes
 * something JVM-wide, such as the engine's clock, runs alone ({@code @Isolated}).
 */
public final class Lanes {

	/** The lane of the application on PostgreSQL. */
	public static final String POSTGRES = "io.ticketflow.lane.postgres";

	/** The lane of the application on H2, and of the classes that start applications of their own. */
	public static final String H2 = "io.ticketflow.lane.h2";

	private Lanes() {
	}
}
