package io.ticketflow.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Actors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public FAQ needs no login and never shows an internal entry. */
@TicketflowTest
class PublicFaqTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KnowledgeBase knowledgeBase;

	FaqView published;

	FaqView internal;

	@BeforeEach
	void setUp() {
		published = knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Mail", "How do I set up mail on my phone?",
				"Use the server imap.example.com with your login.", null, "phone mail setup", "en", FaqState.PUBLIC));
		internal = knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Mail", "Phone mail setup for the board members",
				"Secret: the board's server is board-imap.internal.", null, "phone mail setup board", "en",
				FaqState.INTERNAL));
	}

	@Test
	void publicEntriesAreListedSearchedAndShownWithoutLogin() throws Exception {
		mvc.perform(get("/faq")).andExpect(status().isOk())
			.andExpect(content().string(containsString("How do I set up mail on my phone?")));
		mvc.perform(get("/faq").param("q", "phone mail setup")).andExpect(status().isOk())
			.andExpect(content().string(containsString("How do I set up mail on my phone?")));
		mvc.perform(get("/faq/" + published.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("imap.example.com")));
		mvc.perform(get("/api/public/faq").param("q", "phone mail setup")).andExpect(status().isOk())
			.andExpect(content().string(containsString("How do I set up mail on my phone?")));
	}

	@Test
	void theFaqSpeaksTheReadersLanguageAndShowsItsEntriesFirst() throws Exception {
		FaqView russian = knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Почта", "Как настроить почту на телефоне?",
				"Сервер imap.example.com, ваш логин.", null, "телефон почта phone mail setup", "ru", FaqState.PUBLIC));
		String page = mvc.perform(get("/faq").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<html lang=\"ru\">", "Вопросы и ответы", "Поиск по вопросам", "hreflang=\"en\"")
			.doesNotContain("Search the questions");
		assertThat(page.indexOf("Как настроить почту на телефоне?")).as("Russian entries first")
			.isLessThan(page.indexOf("How do I set up mail on my phone?"));

		String english = mvc.perform(get("/faq").param("lang", "en").header("Accept-Language", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("<html lang=\"en\">", "Frequently asked questions");
		assertThat(english.indexOf("How do I set up mail on my phone?")).as("a link's choice wins")
			.isLessThan(english.indexOf("Как настроить почту на телефоне?"));

		mvc.perform(get("/faq/" + russian.id()).header("Accept-Language", "ru")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Все вопросы")));
		mvc.perform(get("/faq").param("q", "phone mail setup").header("Accept-Language", "ru"))
			.andExpect(content().string(containsString("Как настроить почту")));
		mvc.perform(get("/faq").param("q", "zzzqqqxxx").param("lang", "ru"))
			.andExpect(content().string(containsString("Подходящих вопросов нет")));
		mvc.perform(get("/api/public/faq").header("Accept-Language", "ru"))
			.andExpect(jsonPath("$[0].language").value("ru"));
		// a header nobody can read asks for nothing: English
		mvc.perform(get("/faq").header("Accept-Language", ";;;q=x")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void internalEntriesNeverLeak() throws Exception {
		for (String page : new String[] { "/faq", "/faq?q=board+phone+mail+setup", "/api/public/faq",
				"/api/public/faq?q=board+phone+mail+setup" }) {
			mvc.perform(get(page)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("board-imap.internal"))))
				.andExpect(content().string(not(containsString("for the board members"))));
		}
		mvc.perform(get("/faq/" + internal.id())).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("board-imap.internal"))));
		mvc.perform(get("/api/public/faq/" + internal.id())).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("board-imap.internal"))));
	}

	@Test
	void searchTermsAreEscapedInThePage() throws Exception {
		mvc.perform(get("/faq").param("q", "<script>alert(1)</script>")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}
}
