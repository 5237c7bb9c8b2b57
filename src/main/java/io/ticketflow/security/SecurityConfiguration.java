package io.ticketflow.security;

import io.ticketflow.process.Directory;
import io.ticketflow.process.WebappSessions;
import io.ticketflow.rights.Rights;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The API wants HTTP Basic with a Camunda user, or the session of a user signed in to the
 * Camunda webapps (their plugins call the API; changes need the webapps' CSRF token); the engine's REST API and the Camunda webapps
 * log users in themselves (with their own CSRF protection); only health, the API description and static resources
 * are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The files a page loads, by their extension. */
	private static final Pattern STATIC_FILE = Pattern.compile("\\.(js|css|woff2?|ttf|eot|svg|png|gif|ico)$");

	/**
	 * The management endpoints: health (and its liveness and readiness probes) open to load balancers and
	 * orchestrators, the figures (/actuator/prometheus) for administrators only, over HTTP Basic.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, DirectoryAuthenticationProvider directory,
			ProblemAuthenticationEntryPoint entryPoint, Rights rights) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(authentication.get().isAuthenticated()
						&& !(authentication.get() instanceof AnonymousAuthenticationToken)
						&& rights.isAdmin(authentication.get().getName()))))
			.authenticationProvider(directory)
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, DirectoryAuthenticationProvider directory,
			ProblemAuthenticationEntryPoint entryPoint, WebappSessions sessions, Directory users) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/openapi/**", "/api/docs/**", "/api/docs", "/api/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationProvider(directory)
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.addFilterBefore(new WebappSessionAuthentication(sessions, users), BasicAuthenticationFilter.class)
			.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
			// the API never starts, changes or ends a session: the webapps' session it may use stays theirs
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/**
	 * Everything else: Camunda's own filters authenticate /camunda and /engine-rest. The webapps' scripts, styles,
	 * fonts and images may be kept by the browser as long as it asks whether they changed ({@code no-cache}): a
	 * Tasklist page then starts from what the browser already has, and an upgrade is still seen at once. Pages and
	 * answers are never stored.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain rest(HttpSecurity http) throws Exception {
		RequestMatcher files = request -> STATIC_FILE.matcher(request.getRequestURI()).find();
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
				.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(files,
						new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-cache")))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(files),
						new CacheControlHeadersWriter())))
			.build();
	}

	/** Before the webapps' own filters, which write the nonce (see {@link WebappNonces}). */
	@Bean
	FilterRegistrationBean<WebappNonces> webappNonces() {
		FilterRegistrationBean<WebappNonces> registration = new FilterRegistrationBean<>(new WebappNonces());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
