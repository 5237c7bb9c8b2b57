package io.ticketflow.process.internal;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.HelpDeskException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.NotFoundException;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
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
	}

	public static class Refusals implements ExceptionMapper<HelpDeskException> {

		@Override
		public Response toResponse(HelpDeskException ex) {
			Map<String, String> body = new LinkedHashMap<>();
			body.put("type", ex.getClass().getSimpleName().replace("Exception", ""));
			body.put("message", String.valueOf(ex.getMessage()));
			if (ex instanceof InvalidInputException invalid) {
				body.put("field", invalid.field());
			}
			return Response.status(status(ex)).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
		}

		private static int status(HelpDeskException ex) {
			if (ex instanceof ForbiddenException) {
				return 403;
			}
			if (ex instanceof NotFoundException) {
				return 404;
			}
			return ex instanceof ActionNotAllowedException ? 409 : 400;
		}
	}
}
