package io.ticketflow.rights;

/** The Camunda webapps a persona works in; the process module grants what each needs. */
public enum Webapp {

	/** Works or reads tasks. */
	TASKLIST,
	/** Reads processes, their history and the help desk's figures. */
	COCKPIT
}
