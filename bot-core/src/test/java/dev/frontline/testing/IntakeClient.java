package dev.frontline.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running Frontline over real HTTP, as an integration would. */
public final class IntakeClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	public IntakeClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A response: its status, content type, body and other headers. */
	public record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

		public Response(int status, String contentType, String body) {
			this(status, contentType, body, Map.of());
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.flatMap(entry -> entry.getValue().stream())
				.findFirst()
				.orElse("");
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

	}

	public Response post(String body) {
		return post(body, "application/json", Map.of());
	}

	public Response post(byte[] body, String contentType, Map<String, String> headers) {
		return postTo("/api/v1/complaints", body, contentType, headers);
	}

	/** Posts to another of intake's paths, such as {@code /api/v1/signals}. */
	public Response postTo(String path, byte[] body, String contentType, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		return send(request.build());
	}

	public Response post(String body, String contentType, Map<String, String> headers) {
		return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType, headers);
	}

	public Response get(String pathAndQuery) {
		return get(pathAndQuery, Map.of());
	}

	public Response get(String pathAndQuery, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
