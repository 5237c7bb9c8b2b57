package io.ticketflow.sla;

/** A deadline comes near (its warning share of the time is used) or passes. */
public enum EscalationLevel {

	WARNING, BREACH
}
