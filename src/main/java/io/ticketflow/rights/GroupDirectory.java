package io.ticketflow.rights;

import java.util.Set;

/** Where the groups of a user come from. */
public interface GroupDirectory {

	Set<String> groupsOf(String userId);

	/** The person's full name, as a customer may read it; the login when there is none. */
	default String nameOf(String userId) {
		return userId;
	}
}
