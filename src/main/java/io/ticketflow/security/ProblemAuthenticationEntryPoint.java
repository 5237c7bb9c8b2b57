package io.ticketflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** A missing or wrong login on the API answers with RFC 9457 problem details, like every other API error. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Basic realm=\"Ticketflow\"");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"type":"https://ticketflow.io/problems/unauthenticated","title":"Login required",\
				"status":401,"detail":"Log in with your Ticketflow user name and password (HTTP Basic)."}""");
	}
}
