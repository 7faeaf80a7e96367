package dev.frontline.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;

/**
 * One HTTP request as a loopback fake saw it.
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param authorization the {@code Authorization} header, or "" when absent
 * @param userAgent the {@code User-Agent} header, or "" when absent
 * @param body the request body as text
 */
record RecordedRequest(String method, String path, String authorization, String userAgent, String body) {

	static RecordedRequest of(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					header(exchange, "Authorization"), header(exchange, "User-Agent"),
					new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static String header(HttpExchange exchange, String name) {
		return Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst(name), "");
	}

	/**
	 * The body read as {@code application/x-www-form-urlencoded} fields, which is how
	 * Slack's Web API is called.
	 */
	Map<String, String> formFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body.isEmpty()) {
			return fields;
		}
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return fields;
	}

	@Override
	public String toString() {
		return method + " " + path + " (Authorization: " + authorization + ")";
	}

}
