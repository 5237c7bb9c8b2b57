package io.ticketflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' script nonce with the request that made it. Camunda's Content-Security-Policy header writes a
 * fresh nonce into an attribute of the servlet context, and the page it sends reads it back from there; a request
 * arriving in between (an open Tasklist asking for its counts) replaces it, the page's scripts then carry a nonce
 * its header does not name, the browser runs none of them and the page stays a spinner. Here each webapp request
 * sees a servlet context of its own for that one attribute; everything else is the application's.
 */
class WebappNonces extends OncePerRequestFilter {

	/** The attribute Camunda's {@code ContentSecurityPolicyProvider} and {@code ProcessEnginesFilter} share. */
	static final String NONCE = "org.camunda.bpm.csp.nonce";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ServletContext own = ownNonce(request.getServletContext());
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public ServletContext getServletContext() {
				return own;
			}
		}, response);
	}

	private static ServletContext ownNonce(ServletContext shared) {
		Object[] nonce = new Object[1];
		return (ServletContext) Proxy.newProxyInstance(WebappNonces.class.getClassLoader(),
				new Class<?>[] { ServletContext.class }, (proxy, method, arguments) -> {
					if (arguments != null && arguments.length > 0 && NONCE.equals(arguments[0])) {
						switch (method.getName()) {
							case "getAttribute":
								return nonce[0];
							case "setAttribute":
								nonce[0] = arguments[1];
								return null;
							case "removeAttribute":
								nonce[0] = null;
								return null;
							default:
								break;
						}
					}
					try {
						return method.invoke(shared, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}
}
