package io.ticketflow.rights;

import static io.ticketflow.rights.Right.ADMINISTER;
import static io.ticketflow.rights.Right.AUTHORIZE;
import static io.ticketflow.rights.Right.EDIT_FAQ;
import static io.ticketflow.rights.Right.INTERNAL_NOTES_ONLY;
import static io.ticketflow.rights.Right.REPLIES_REVIEWED;
import static io.ticketflow.rights.Right.REVIEW;
import static io.ticketflow.rights.Right.SEE_ALL_QUEUES;
import static io.ticketflow.rights.Right.SEE_FIGURES;
import static io.ticketflow.rights.Right.TRIAGE;
import static io.ticketflow.rights.Right.WORK_ANY_QUEUE;
import static io.ticketflow.rights.Right.WORK_OWN_QUEUES;
import static io.ticketflow.rights.Right.WRITE_TO_CUSTOMERS;
import static io.ticketflow.rights.Webapp.COCKPIT;
import static io.ticketflow.rights.Webapp.TASKLIST;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seed's personas, each declared once: its Camunda group, its demo login, its help-desk rights and the webapps
 * it works in. {@link Rights} answers from the rights, the process module grants the webapps, the demo data and the
 * tests' matrix read the same declaration. Adding a persona or a right is an edit here (and a line in the README).
 */
public enum Persona {

	ADMINS("admins", "Administrators", "admin", EnumSet.of(ADMINISTER, SEE_ALL_QUEUES, WORK_ANY_QUEUE,
			WRITE_TO_CUSTOMERS, REVIEW, TRIAGE, EDIT_FAQ, SEE_FIGURES), EnumSet.of(TASKLIST, COCKPIT)),
	DISPATCHERS("dispatchers", "Dispatchers (secretaries)", "secretary", EnumSet.of(SEE_ALL_QUEUES, WORK_ANY_QUEUE,
			WRITE_TO_CUSTOMERS, TRIAGE), EnumSet.of(TASKLIST)),
	AGENTS("agents", "Agents", "agent", EnumSet.of(WORK_OWN_QUEUES, WRITE_TO_CUSTOMERS, REVIEW, EDIT_FAQ),
			EnumSet.of(TASKLIST)),
	TRAINEES("trainees", "Trainees", "trainee", EnumSet.of(WORK_OWN_QUEUES, WRITE_TO_CUSTOMERS, REPLIES_REVIEWED),
			EnumSet.of(TASKLIST)),
	SPECIALISTS("specialists", "Special agents", "specialist", EnumSet.of(SEE_ALL_QUEUES, WORK_ANY_QUEUE,
			INTERNAL_NOTES_ONLY), EnumSet.of(TASKLIST)),
	AUTHORIZERS("authorizers", "Authorizers", "authorizer", EnumSet.of(SEE_ALL_QUEUES, WORK_ANY_QUEUE, AUTHORIZE),
			EnumSet.of(TASKLIST)),
	OBSERVERS("observers", "Observers", "observer", EnumSet.of(SEE_ALL_QUEUES, SEE_FIGURES),
			EnumSet.of(TASKLIST, COCKPIT)),
	MANAGERS("managers", "Managers", "manager", EnumSet.of(SEE_ALL_QUEUES, SEE_FIGURES), EnumSet.of(COCKPIT));

	private final String group;

	private final String title;

	private final String login;

	private final Set<Right> rights;

	private final Set<Webapp> webapps;

	Persona(String group, String title, String login, Set<Right> rights, Set<Webapp> webapps) {
		this.group = group;
		this.title = title;
		this.login = login;
		this.rights = Set.copyOf(rights);
		this.webapps = Set.copyOf(webapps);
	}

	public String group() {
		return group;
	}

	public String title() {
		return title;
	}

	/** The user id of this persona's login in the demo data and the tests. */
	public String login() {
		return login;
	}

	public Set<Right> rights() {
		return rights;
	}

	public boolean has(Right right) {
		return rights.contains(right);
	}

	public Set<Webapp> webapps() {
		return webapps;
	}

	/** Whether the persona changes anything at all: observers and managers only look. */
	public boolean writes() {
		return has(WORK_ANY_QUEUE) || has(WORK_OWN_QUEUES);
	}
}
