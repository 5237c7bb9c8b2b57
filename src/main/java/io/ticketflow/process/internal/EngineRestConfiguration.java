package io.ticketflow.process.internal;

import io.ticketflow.shared.HelpDeskException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API with one addition: when a help-desk rule refuses a step (a specialist replying to a
 * customer, say), the caller gets the status that says so instead of a server error.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(Refusals.class);
		register(BadRequests.class);
		register(ClaimConflicts.class);
	}

	/**
	 * The engine's REST API answers some malformed requests with a server error (a missing list, options that do not
	 * go together): nothing a caller sends is the server's fault, so they are bad requests. Errors of the database
	 * stay server errors; a conflicting change is a conflict.
	 */
	public static class BadRequests implements ContainerResponseFilter {

		private static final Set<String> BAD_INPUT = Set.of("NullPointerException", "IllegalArgumentException",
				"NumberFormatException", "ClassCastException", "RestException", "ProcessEngineException",
				"BadUserRequestException", "NotValidException", "NullValueException");

		@Override
		public void filter(ContainerRequestContext request, ContainerResponseContext response) {
			if (response.getStatus() == 500 && response.getEntity() instanceof ExceptionDto error) {
				if ("OptimisticLockingException".equals(error.getType())) {
					response.setStatus(409);
				}
				else if (BAD_INPUT.contains(error.getType()) && !String.valueOf(error.getMessage()).contains("SQL")) {
					response.setStatus(400);
				}
			}
		}
	}

	/** Two people claiming the same task is a conflict between them, not a server error: the later one is told so. */
	public static class ClaimConflicts implements ExceptionMapper<TaskAlreadyClaimedException> {

		@Override
		public Response toResponse(TaskAlreadyClaimedException ex) {
			return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", "TaskAlreadyClaimed", "message", String.valueOf(ex.getMessage())))
				.build();
		}
	}

	/** A help-desk rule's refusal, in the caller's language. */
	public static class Refusals implements ExceptionMapper<HelpDeskException> {

		@Context
		HttpHeaders headers;

		@Override
		public Response toResponse(HelpDeskException ex) {
			Map<String, String> body = new LinkedHashMap<>();
			body.put("type", ex.getClass().getSimpleName().replace("Exception", ""));
			Language language = Language.asked(null, headers == null ? null
					: headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
			body.put("message", Translations.sentence(Translations.MESSAGES, language, String.valueOf(ex.getMessage())));
			if (ex instanceof InvalidInputException invalid) {
				body.put("field", invalid.field());
			}
			return Response.status(ex.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
		}
	}
}
