package io.ticketflow.process.internal;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.HelpDeskException;
import io.ticketflow.shared.NotFoundException;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
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
		register(ClaimConflicts.class);
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

	public static class Refusals implements ExceptionMapper<HelpDeskException> {

		@Override
		public Response toResponse(HelpDeskException ex) {
			return Response.status(status(ex)).type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", ex.getClass().getSimpleName().replace("Exception", ""), "message",
						String.valueOf(ex.getMessage())))
				.build();
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
