package io.ticketflow.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rights.Actors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The FAQ search finds the entry that answers a customer's words, in English and in Russian, on every database. */
abstract class FaqSearchContract {

	@Autowired
	KnowledgeBase knowledgeBase;

	@Test
	void findsTheEnglishEntryThatAnswersTheMail() {
		FaqView token = create("How do I renew my hardware token?", "Order a new hardware token in the shop.",
				"token renew hardware", "en", FaqState.PUBLIC);
		FaqView projector = create("The projector shows no picture", "Check the HDMI cable and the input source.",
				"projector hdmi beamer", "en", FaqState.PUBLIC);
		assertThat(top("Hello, my hardware token expired yesterday, how can I renew it?")).isEqualTo(token.id());
		assertThat(top("The projector in room 4 shows no picture at all")).isEqualTo(projector.id());
	}

	@Test
	void findsTheRussianEntryThatAnswersTheMail() {
		FaqView plotter = create("Плоттер не печатает чертежи", "Проверьте, что в плоттере есть бумага нужного формата.",
				"плоттер печать чертёж", "ru", FaqState.PUBLIC);
		FaqView badge = create("Как получить пропуск в офис?", "Пропуск выдаёт охрана на первом этаже по паспорту.",
				"пропуск офис охрана", "ru", FaqState.PUBLIC);
		assertThat(top("Добрый день! Наш плоттер перестал печатать чертежи")).isEqualTo(plotter.id());
		assertThat(top("Подскажите, где получить пропуски в офис для новых сотрудников?")).isEqualTo(badge.id());
	}

	@Test
	void editingKeepsEveryVersionAndSearchSeesTheCurrentOne() {
		FaqView entry = create("Where is the coffee machine?", "On the second floor.", "coffee", "en", FaqState.PUBLIC);
		knowledgeBase.edit(Actors.SYSTEM, entry.id(), new FaqDraft("Office", "Where is the espresso machine?",
				"On the third floor since the move.", null, "espresso", "en", FaqState.PUBLIC));
		assertThat(knowledgeBase.versions(entry.id())).extracting(FaqView::answer)
			.containsExactly("On the second floor.", "On the third floor since the move.");
		assertThat(knowledgeBase.entry(entry.id()).version()).isEqualTo(2);
		assertThat(ids(knowledgeBase.search("espresso machine", false, 5))).contains(entry.id());
		assertThat(ids(knowledgeBase.search("coffee", false, 5))).doesNotContain(entry.id());
	}

	@Test
	void internalEntriesAreFoundByAgentsOnly() {
		FaqView internal = create("Gateway idle timeout of the kiosk", "Sixty minutes; raise a change to alter it.",
				"kiosk gateway", "en", FaqState.INTERNAL);
		assertThat(ids(knowledgeBase.search("kiosk gateway timeout", false, 5))).contains(internal.id());
		assertThat(ids(knowledgeBase.search("kiosk gateway timeout", true, 5))).doesNotContain(internal.id());
	}

	private FaqView create(String question, String answer, String keywords, String language, FaqState state) {
		return knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Test", question, answer, null, keywords, language, state));
	}

	private long top(String text) {
		List<FaqHit> hits = knowledgeBase.search(text, false, 3);
		assertThat(hits).as(text).isNotEmpty();
		return hits.get(0).id();
	}

	private static List<Long> ids(List<FaqHit> hits) {
		return hits.stream().map(FaqHit::id).toList();
	}
}
