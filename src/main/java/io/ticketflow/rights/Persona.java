package io.ticketflow.rights;

/** The seed's personas, each a Camunda group of the same id. */
public enum Persona {

	ADMINS("admins", "Administrators"),
	DISPATCHERS("dispatchers", "Dispatchers (secretaries)"),
	AGENTS("agents", "Agents"),
	TRAINEES("trainees", "Trainees"),
	SPECIALISTS("specialists", "Special agents"),
	AUTHORIZERS("authorizers", "Authorizers"),
	OBSERVERS("observers", "Observers"),
	MANAGERS("managers", "Managers");

	private final String group;

	private final String title;

	Persona(String group, String title) {
		this.group = group;
		this.title = title;
	}

	public String group() {
		return group;
	}

	public String title() {
		return title;
	}
}
