package io.ticketflow.process.internal;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.NotFoundException;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
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
		register(Forbidden.class);
		register(Invalid.class);
		register(NotAllowed.class);
		register(Missing.class);
	}

	static Response refused(int status, RuntimeException ex) {
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
			.entity(Map.of("type", ex.getClass().getSimpleName().replace("Exception", ""), "message",
					String.valueOf(ex.getMessage())))
			.build();
	}

	public static class Forbidden implements ExceptionMapper<ForbiddenException> {

		@Override
		public Response toResponse(ForbiddenException ex) {
			return refused(403, ex);
		}
	}

	public static class Invalid implements ExceptionMapper<InvalidInputException> {

		@Override
		public Response toResponse(InvalidInputException ex) {
			return refused(400, ex);
		}
	}

	public static class NotAllowed implements ExceptionMapper<ActionNotAllowedException> {

		@Override
		public Response toResponse(ActionNotAllowedException ex) {
			return refused(409, ex);
		}
	}

	public static class Missing implements ExceptionMapper<NotFoundException> {

		@Override
		public Response toResponse(NotFoundException ex) {
			return refused(404, ex);
		}
	}
}
