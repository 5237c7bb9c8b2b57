package io.ticketflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP requests to the running application, logged in as a user with the demo password. */
public final class Http {

	private static final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String user, String path) {
		return send(user, "GET", path, null);
	}

	/** As a browser that asks for the given languages (Accept-Language). */
	public HttpResponse<String> get(String user, String path, String languages) {
		return exchange(request(path).header("Accept", "application/json").header("Accept-Language", languages)
			.header("Authorization", basic(user)), HttpResponse.BodyHandlers.ofString(), "GET " + path);
	}

	public HttpResponse<String> post(String user, String path, String json) {
		return send(user, "POST", path, json);
	}

	/** As a browser that asks for the given languages (Accept-Language). */
	public HttpResponse<String> post(String user, String path, String json, String languages) {
		return exchange(request(path).header("Accept", "application/json").header("Accept-Language", languages)
			.header("Content-Type", "application/json").header("Authorization", basic(user))
			.POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString(), "POST " + path);
	}

	public HttpResponse<String> put(String user, String path, String json) {
		return send(user, "PUT", path, json);
	}

	public HttpResponse<String> delete(String user, String path) {
		return send(user, "DELETE", path, null);
	}

	/** A raw message, as an MTA pipes it. */
	public HttpResponse<String> postMail(String user, String path, byte[] raw) {
		return exchange(request(path).header("Content-Type", "message/rfc822").header("Authorization", basic(user))
			.POST(HttpRequest.BodyPublishers.ofByteArray(raw)), HttpResponse.BodyHandlers.ofString(), "POST " + path);
	}

	/** Any body with any content type; user null sends no login. */
	public HttpResponse<String> sendBytes(String user, String method, String path, byte[] body, String contentType) {
		HttpRequest.Builder request = request(path).header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return exchange(request, HttpResponse.BodyHandlers.ofString(), method + " " + path);
	}

	/** A binary answer, e.g. an attachment. */
	public byte[] bytes(String user, String path) {
		return exchange(request(path).header("Authorization", basic(user)), HttpResponse.BodyHandlers.ofByteArray(),
				"GET " + path).body();
	}

	/** Without any login. */
	public HttpResponse<String> anonymous(String path) {
		return send(null, "GET", path, null);
	}

	public HttpResponse<String> send(String user, String method, String path, String json) {
		return send(user, method, path, json, "application/json");
	}

	public HttpResponse<String> send(String user, String method, String path, String json, String accept) {
		HttpRequest.Builder request = request(path).header("Accept", accept)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return exchange(request, HttpResponse.BodyHandlers.ofString(), method + " " + path);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	/** Sends the request; a failure to reach the application fails the test, naming the call. */
	private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> answer,
			String call) {
		try {
			return client.send(request.build(), answer);
		}
		catch (IOException ex) {
			throw new IllegalStateException(call + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(call + " interrupted", ex);
		}
	}

	/** The user's login with the demo password, as an Authorization header's value. */
	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}
}
