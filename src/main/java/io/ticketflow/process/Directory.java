package io.ticketflow.process;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.ticketflow.rights.GroupDirectory;
import io.ticketflow.shared.Language;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Users and groups, kept in Camunda's identity service so that the webapps and the API share one login.
 * Memberships and addresses are read on nearly every request and change seldom: an answer is kept for
 * {@link #FRESH_FOR}. Changes made here are seen at once; a membership changed in Camunda Admin counts within
 * that time (Camunda's webapps themselves keep a login's groups for minutes).
 */
@Service
public class Directory implements GroupDirectory {

	static final Duration FRESH_FOR = Duration.ofSeconds(5);

	private final IdentityService identity;

	private final Cache<String, Set<String>> groupsOfUser;

	private final Cache<String, Map<String, Language>> addresseesOfGroup;

	@Autowired
	Directory(IdentityService identity) {
		this(identity, Ticker.systemTicker());
	}

	/** A directory whose kept answers age by the given ticker: a test moves time instead of waiting. */
	Directory(IdentityService identity, Ticker ticker) {
		this.identity = identity;
		this.groupsOfUser = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).ticker(ticker).build();
		this.addresseesOfGroup = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).ticker(ticker).build();
	}

	/** The groups of a user whose password is right; empty when the login fails. */
	public Optional<List<String>> authenticate(String userId, String password) {
		if (userId == null || password == null || !identity.checkPassword(userId, password)) {
			return Optional.empty();
		}
		return Optional.of(List.copyOf(groupsOf(userId)));
	}

	@Override
	public Set<String> groupsOf(String userId) {
		return groupsOfUser.get(userId, this::memberships);
	}

	@Override
	public String nameOf(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

	private Set<String> memberships(String userId) {
		return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
			.collect(Collectors.toUnmodifiableSet());
	}

	public void ensureGroup(String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
			forgetMemberships();
		}
	}

	/** Creates the user unless it exists, and makes it a member of the given groups. */
	public void ensureUser(String id, String firstName, String lastName, String password, List<String> groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(id + "@ticketflow.localhost");
			user.setPassword(password);
			identity.saveUser(user);
		}
		Set<String> current = memberships(id);
		groups.stream().filter(g -> !current.contains(g)).forEach(g -> identity.createMembership(id, g));
		forgetMemberships();
	}

	/** Everyone who can sign in, by last name: whom a picker may offer. */
	public List<Person> people() {
		return identity.createUserQuery().orderByUserLastName().asc().orderByUserFirstName().asc().list().stream()
			.map(user -> new Person(user.getId(), name(user)))
			.toList();
	}

	/** A user as pickers show them: the full name, and the login that tells two namesakes apart. */
	public record Person(String id, String name) {

		public String label() {
			return name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
		}
	}

	private static String name(User user) {
		String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
		String last = user.getLastName() == null ? "" : user.getLastName().strip();
		return (first + " " + last).strip();
	}

	/** The ids of a group's members. */
	public Set<String> membersOf(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The e-mail addresses of the given users and of the members of the given groups. */
	public Set<String> emailsOf(Set<String> users, Set<String> groups) {
		return addresseesOf(users, groups).keySet();
	}

	/**
	 * The e-mail addresses of the given users and of the members of the given groups, each with the language its
	 * person reads the help desk in: the one the webapps last spoke to them ({@link #readsIn}), English before.
	 */
	public Map<String, Language> addresseesOf(Set<String> users, Set<String> groups) {
		Map<String, Language> addressees = new TreeMap<>();
		users.forEach(u -> identity.createUserQuery().userId(u).list().forEach(user -> add(addressees, user)));
		groups.forEach(g -> addressees.putAll(addresseesOfGroup.get(g, group -> {
			Map<String, Language> members = new TreeMap<>();
			identity.createUserQuery().memberOfGroup(group).list().forEach(user -> add(members, user));
			return Map.copyOf(members);
		})));
		return addressees;
	}

	/** The language the person reads the help desk in, where it is known. */
	public Optional<Language> languageOf(String userId) {
		return Optional.ofNullable(identity.getUserInfo(userId, LANGUAGE)).map(code -> Language.of(code, LANGUAGE));
	}

	/** The person reads the help desk in this language: the mails it sends them are written in it. */
	public void readsIn(String userId, Language language) {
		if (!languageOf(userId).equals(Optional.of(language))) {
			identity.setUserInfo(userId, LANGUAGE, language.code());
			forgetMemberships();
		}
	}

	/** The key of a person's language among Camunda's user infos. */
	static final String LANGUAGE = "language";

	private void forgetMemberships() {
		groupsOfUser.invalidateAll();
		addresseesOfGroup.invalidateAll();
	}

	private void add(Map<String, Language> addressees, User user) {
		if (user.getEmail() != null && !user.getEmail().isBlank()) {
			addressees.put(user.getEmail(), languageOf(user.getId()).orElse(Language.DEFAULT));
		}
	}
}
