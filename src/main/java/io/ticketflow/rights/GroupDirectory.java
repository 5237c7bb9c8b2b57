package io.ticketflow.rights;

import java.util.Set;

/** Where the groups of a user come from. */
public interface GroupDirectory {

	Set<String> groupsOf(String userId);
}
