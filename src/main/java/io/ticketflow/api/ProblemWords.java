package io.ticketflow.api;

import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem the API answers reads in the language of whoever asked (Accept-Language): its title, its detail and
 * each field's message. The code writes them in English; their words are in texts/messages_xx.json. The type and
 * the field stay as they are: programs read those.
 */
@RestControllerAdvice
class ProblemWords implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			Language language = Language.asked(null, request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
			if (language != Language.EN) {
				word(problem, language);
			}
		}
		return body;
	}

	private static void word(ProblemDetail problem, Language language) {
		problem.setTitle(words(language, problem.getTitle()));
		Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
		if (errors instanceof List<?> list && list.size() > 1) {
			// several fields: the detail names each with its message, and so it is worded again
			List<Map<String, Object>> worded = list.stream().map(e -> worded((Map<?, ?>) e, language)).toList();
			problem.setProperty("errors", worded);
			problem.setDetail(String.join("; ", worded.stream().map(e -> e.get("field") + ": " + e.get("message"))
				.sorted().toList()));
			return;
		}
		if (errors instanceof List<?> list && list.size() == 1) {
			Map<String, Object> error = worded((Map<?, ?>) list.get(0), language);
			problem.setProperty("errors", List.of(error));
			String english = problem.getDetail();
			problem.setDetail(english != null && english.startsWith(error.get("field") + ": ")
					? error.get("field") + ": " + error.get("message") : words(language, english));
			return;
		}
		problem.setDetail(words(language, problem.getDetail()));
	}

	private static Map<String, Object> worded(Map<?, ?> error, Language language) {
		Map<String, Object> worded = new LinkedHashMap<>();
		error.forEach((key, value) -> worded.put(String.valueOf(key),
				"message".equals(key) ? words(language, String.valueOf(value)) : value));
		return worded;
	}

	private static String words(Language language, String english) {
		return Translations.sentence(Translations.MESSAGES, language, english);
	}
}
