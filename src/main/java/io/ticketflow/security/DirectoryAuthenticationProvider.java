package io.ticketflow.security;

import io.ticketflow.process.Directory;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Logs API users in against the same users and passwords the Camunda webapps use; groups become authorities. */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_PREFIX = "GROUP_";

	private final Directory directory;

	DirectoryAuthenticationProvider(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		List<String> groups = directory.authenticate(user, password)
				.orElseThrow(() -> new BadCredentialsException("wrong user name or password"));
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				groups.stream().map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g)).toList());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
