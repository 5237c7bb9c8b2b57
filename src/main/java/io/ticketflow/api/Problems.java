package io.ticketflow.api;

import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details with a stable {@code type}, a human {@code title} and, for bad input,
 * the {@code field} at fault. Never an exception class name or SQL.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

	static final String BASE = "https://ticketflow.io/problems/";

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", ex.getMessage());
		problem.setProperty("field", ex.field());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your persona", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(ActionNotAllowedException ex) {
		return problem(HttpStatus.CONFLICT, "action-not-allowed", "Not allowed in this state", ex.getMessage());
	}

	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException ex) {
		log.info("conflicting write refused: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "conflict", "Conflicting change",
				"The change conflicts with data written at the same time; nothing was changed. Try again.");
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("unexpected error in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; nothing was changed.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
				.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
				.toList();
		return invalidFields(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a body checked with the path's parameters names its own field, not the parameter that carries it
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
				.flatMap(r -> r instanceof ParameterErrors body && body.hasFieldErrors()
						? body.getFieldErrors().stream()
							.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
						: r.getResolvableErrors().stream()
							.map(e -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
									"message", String.valueOf(e.getDefaultMessage()))))
				.toList();
		return invalidFields(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidFields(List.of(Map.of("field", ex.getParameterName(), "message", "is required")));
	}

	/** A file over the size an article takes ({@code spring.servlet.multipart.max-file-size}): nothing is kept. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidFields(List.of(Map.of("field", "files", "message",
				"a file is larger than an article takes (" + DataSize.ofBytes(Math.max(ex.getMaxUploadSize(), 0)).toMegabytes()
						+ " MB at most)")));
	}

	/** A parameter that is not of its type, e.g. a number too large for it. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
		return invalidFields(List.of(Map.of("field", field, "message", "has a value of the wrong type or form")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
					: r.getFieldName()).reduce((a, b) -> a + "." + b).orElse("body");
			return invalidFields(List.of(Map.of("field", field, "message", "has a value of the wrong type or form")));
		}
		return invalidFields(List.of(Map.of("field", "body", "message", "is not valid JSON")));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType().equals(URI.create("about:blank"))) {
			problem.setType(URI.create(BASE + "http-" + status.value()));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ResponseEntity<Object> invalidFields(List<Map<String, String>> errors) {
		String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message")).sorted()
				.reduce((a, b) -> a + "; " + b).orElse("invalid input");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + type));
		problem.setTitle(title);
		return problem;
	}
}
