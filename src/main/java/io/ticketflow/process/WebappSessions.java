package io.ticketflow.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Service;

/**
 * The user signed in to Tasklist or Cockpit, for the help desk's own API: the webapp plugins call it with the
 * webapps' session. A request that changes something must also carry the webapps' CSRF token in
 * {@code X-XSRF-TOKEN}, as the webapps' own requests do, so another site cannot ride on the session.
 */
@Service
public class WebappSessions {

	private static final Pattern READING = Pattern.compile("^(GET|HEAD|OPTIONS)$");

	private final ProcessEngine engine;

	WebappSessions(ProcessEngine engine) {
		this.engine = engine;
	}

	/** The id of the user the request's webapp session belongs to, if it has one and may use it for this request. */
	public Optional<String> signedInUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute("authenticatedUser") == null) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		Authentication user = authentications.getAuthenticationForProcessEngine(engine.getName());
		if (user == null || user.getIdentityId() == null) {
			return Optional.empty();
		}
		if (!READING.matcher(request.getMethod()).matches() && !csrfTokenMatches(request, session)) {
			return Optional.empty();
		}
		return Optional.of(user.getIdentityId());
	}

	private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
		Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
				sent.getBytes(StandardCharsets.UTF_8));
	}
}
