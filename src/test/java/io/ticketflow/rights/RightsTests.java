package io.ticketflow.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.ForbiddenException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rights without Spring: a user's groups stand in for the directory. Milliseconds. */
class RightsTests {

	static final String QUEUE = "queue-support";

	final Map<String, Set<String>> memberships = new HashMap<>();

	final Rights rights = new Rights(user -> memberships.getOrDefault(user, Set.of()));

	/** Generated from the declaration: each persona passes exactly the checks of the rights it is declared with. */
	@ParameterizedTest
	@EnumSource(Persona.class)
	void eachPersonaMayWhatItsDeclarationSays(Persona persona) {
		String user = user(persona, QUEUE);

		allowedIf(persona.has(Right.TRIAGE), () -> rights.requireMayTriage(user));
		allowedIf(persona.has(Right.EDIT_FAQ), () -> rights.requireMayEditFaq(user));
		allowedIf(persona.has(Right.SEE_FIGURES), () -> rights.requireMaySeeFigures(user));
		allowedIf(persona.has(Right.ADMINISTER), () -> rights.requireAdmin(user));
		allowedIf(persona.has(Right.AUTHORIZE), () -> rights.requireMayAuthorize(user, "agent"));
		allowedIf(persona.has(Right.REVIEW), () -> rights.requireMayReview(user, "trainee"));
		allowedIf(persona.has(Right.WRITE_TO_CUSTOMERS) && !persona.has(Right.INTERNAL_NOTES_ONLY),
				() -> rights.requireMayWriteToCustomer(user));
		allowedIf(persona.writes(), () -> rights.requireMayChange(user));
		allowedIf(persona.writes(), () -> rights.requireMayWork(user, QUEUE));
		allowedIf(persona.has(Right.WORK_ANY_QUEUE), () -> rights.requireMayWork(user, "queue-billing"));
		allowedIf(persona.has(Right.SEE_ALL_QUEUES), () -> rights.requireMaySee(user, "queue-billing"));
		assertThat(rights.needsReview(user)).isEqualTo(persona.has(Right.REPLIES_REVIEWED));
		assertThat(rights.visibleQueueGroups(user).isEmpty()).isEqualTo(persona.has(Right.SEE_ALL_QUEUES));
	}

	/** The seed's table, written out by hand: who opens tickets for customers, who works which ticket. */
	@Test
	void theSeedsPersonasAsTheDocumentDescribesThem() {
		List<Persona> opening = List.of(Persona.ADMINS, Persona.DISPATCHERS, Persona.AGENTS, Persona.TRAINEES);
		for (Persona persona : Persona.values()) {
			String user = user(persona, QUEUE);
			allowedIf(opening.contains(persona), () -> rights.requireMayOpen(user));
		}
		assertThat(rights.mayWork(user(Persona.AGENTS, "queue-billing"), QUEUE)).isFalse();
		assertThat(rights.mayWork(user(Persona.SPECIALISTS), QUEUE)).isTrue();
		assertThat(rights.mayWork(user(Persona.OBSERVERS, QUEUE), QUEUE)).isFalse();
		assertThat(rights.mayWork(user(Persona.MANAGERS), QUEUE)).isFalse();
	}

	@Test
	void aTraineeWhoIsAlsoAnAgentIsNotReviewed() {
		String senior = user(Set.of(Persona.TRAINEES.group(), Persona.AGENTS.group(), QUEUE));

		assertThat(rights.needsReview(senior)).isFalse();
	}

	@Test
	void aSpecialAgentNeverWritesToCustomersWhateverElseTheyAre() {
		String specialist = user(Set.of(Persona.SPECIALISTS.group(), Persona.AGENTS.group(), QUEUE));

		assertThatThrownBy(() -> rights.requireMayWriteToCustomer(specialist)).isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("internal notes only");
		assertThatCode(() -> rights.requireMayWork(specialist, "queue-billing")).doesNotThrowAnyException();
	}

	@Test
	void nobodyReviewsTheirOwnReplyOrAuthorizesTheirOwnRequest() {
		String both = user(Set.of(Persona.AGENTS.group(), Persona.AUTHORIZERS.group()));

		assertThatThrownBy(() -> rights.requireMayReview(both, both)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> rights.requireMayAuthorize(both, both)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void someoneOfNoPersonaMayNothingAndSeesOnlyTheirGroups() {
		String stranger = user(Set.of(QUEUE));

		assertThatThrownBy(() -> rights.requireMayChange(stranger)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> rights.requireMayWork(stranger, QUEUE)).isInstanceOf(ForbiddenException.class);
		assertThat(rights.visibleQueueGroups(stranger)).isEqualTo(Optional.of(Set.of(QUEUE)));
		assertThatThrownBy(() -> rights.requireMayWork(null, QUEUE)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void theSystemMayEverythingButIsNoPersonToWorkATicket() {
		assertThatCode(() -> {
			rights.requireAdmin(Actors.SYSTEM);
			rights.requireMayWork(Actors.SYSTEM, QUEUE);
			rights.requireMayWriteToCustomer(Actors.SYSTEM);
			rights.requireMayAuthorize(Actors.SYSTEM, "agent");
		}).doesNotThrowAnyException();
		assertThat(rights.mayWork(Actors.SYSTEM, QUEUE)).isFalse();
	}

	@Test
	void aCustomerIsSeenByThoseWhoOpenTicketsOrSeeOneOfTheirs() {
		String observer = user(Persona.OBSERVERS);
		String stranger = user(Set.of("queue-billing"));

		assertThatCode(() -> rights.requireMaySeeCustomer(user(Persona.DISPATCHERS), Set.of())).doesNotThrowAnyException();
		assertThatCode(() -> rights.requireMaySeeCustomer(observer, Set.of(QUEUE))).doesNotThrowAnyException();
		assertThatThrownBy(() -> rights.requireMaySeeCustomer(observer, Set.of())).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> rights.requireMaySeeCustomer(stranger, Set.of(QUEUE)))
			.isInstanceOf(ForbiddenException.class);
	}

	private String user(Persona persona, String... queueGroups) {
		Set<String> groups = new HashSet<>(Set.of(queueGroups));
		groups.add(persona.group());
		return user(groups);
	}

	private String user(Set<String> groups) {
		String user = "u" + memberships.size();
		memberships.put(user, groups);
		return user;
	}

	private static void allowedIf(boolean allowed, Executable check) {
		if (allowed) {
			assertThatCode(check::execute).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(check::execute).isInstanceOf(ForbiddenException.class);
		}
	}
}
