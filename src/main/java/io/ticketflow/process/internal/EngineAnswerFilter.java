package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Changes the engine's JSON answer of one status after the engine gave it: what the engine decided stays decided,
 * the help desk only adds to the answer or words it for people.
 */
abstract class EngineAnswerFilter extends OncePerRequestFilter {

	private final ObjectMapper json;

	private final int status;

	EngineAnswerFilter(ObjectMapper json, int status) {
		this.json = json;
		this.status = status;
	}

	/** Changes the answer in place; returns whether it did. */
	protected abstract boolean change(HttpServletRequest request, ObjectNode answer);

	/** The language the reader's browser asks for, in which the answer is worded. */
	protected static Language reader(HttpServletRequest request) {
		return Language.asked(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/** Changes an answer that is a list in place; returns whether it did. By default a list stays as it is. */
	protected boolean changeList(HttpServletRequest request, ArrayNode answer) {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == status) {
			JsonNode answer = json.readTree(wrapper.getContentAsByteArray());
			if (answer instanceof ObjectNode object && change(request, object)
					|| answer instanceof ArrayNode list && changeList(request, list)) {
				wrapper.resetBuffer();
				wrapper.getOutputStream().write(json.writeValueAsBytes(answer));
			}
		}
		wrapper.copyBodyToResponse();
	}
}
