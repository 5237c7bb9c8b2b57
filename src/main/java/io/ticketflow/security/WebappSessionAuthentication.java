package io.ticketflow.security;

import io.ticketflow.process.Directory;
import io.ticketflow.process.WebappSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Tasklist and Cockpit plugins call the API as the user signed in to the webapps; a request with HTTP
 * Basic credentials is left to the Basic login.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

	private final WebappSessions sessions;

	private final Directory directory;

	WebappSessionAuthentication(WebappSessions sessions, Directory directory) {
		this.sessions = sessions;
		this.directory = directory;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			sessions.signedInUser(request).ifPresent(user -> {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
						directory.groupsOf(user).stream()
							.map(g -> new SimpleGrantedAuthority(DirectoryAuthenticationProvider.GROUP_PREFIX + g))
							.toList()));
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}
}
