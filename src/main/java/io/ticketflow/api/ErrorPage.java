package io.ticketflow.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error page, except that asking for it directly is not a server error: without an error to report
 * there is nothing at {@code /error}, so it answers 404.
 */
@Controller
class ErrorPage extends BasicErrorController {

	ErrorPage(ErrorAttributes attributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
		super(attributes, server.getError(), resolvers.orderedStream().toList());
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isErrorDispatch(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Map.of("type", Problems.BASE + "not-found", "title", "Not found", "status", 404, "detail",
						"There is nothing at " + request.getRequestURI()));
		}
		return super.error(request);
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		return isErrorDispatch(request) ? super.getStatus(request) : HttpStatus.NOT_FOUND;
	}

	private static boolean isErrorDispatch(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
	}
}
