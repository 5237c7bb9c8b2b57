package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.Waiting;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
import io.ticketflow.sla.DeadlineKind;
import io.ticketflow.sla.EscalationLevel;
import io.ticketflow.sla.EscalationTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every text the agents' mails are made of has its words in every other language: a new wait or deadline too. */
class AgentMailWordsTests {

	@Test
	void everyTextOfTheAgentsMailsHasItsWords() {
		List<String> texts = new ArrayList<>(List.of(AgentNotifications.WROTE_AGAIN, AgentNotifications.WORK_RELEASED,
				AgentNotifications.STATE_CHANGED, AgentNotifications.ESCALATION, AgentNotifications.BODY));
		Arrays.stream(Waiting.values()).map(Waiting::label).forEach(texts::add);
		Arrays.stream(DeadlineKind.values()).map(EscalationTexts::of).forEach(texts::add);
		Arrays.stream(EscalationLevel.values()).map(EscalationTexts::of).forEach(texts::add);
		for (Language language : Arrays.stream(Language.values()).filter(l -> l != Language.EN).toList()) {
			Map<String, String> words = Translations.of(AgentNotifications.TEXTS, language);
			assertThat(words).as(language + " words of the agents' mails").containsKeys(texts.toArray(String[]::new));
			assertThat(texts).as("words for texts the mails no longer have").containsAll(words.keySet());
		}
	}
}
