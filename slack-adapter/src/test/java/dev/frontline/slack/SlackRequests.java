package dev.frontline.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.slack.api.app_backend.SlackSignature;

/**
 * Requests to {@code /slack/events} signed exactly as Slack signs them (v0 HMAC-SHA256
 * over {@code v0:ts:body}), each interaction carrying a trigger the fake Slack has just
 * handed out.
 */
final class SlackRequests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String endpoint;

	private final SlackSignature.Generator signer;

	/** Hands out the trigger each interaction carries, as Slack does. */
	private final FakeSlack slack;

	SlackRequests(int port, String signingSecret, FakeSlack slack) {
		this.endpoint = "http://127.0.0.1:" + port + "/slack/events";
		this.signer = new SlackSignature.Generator(signingSecret);
		this.slack = slack;
	}

	record Answer(int status, String body) {
	}

	Answer slashCommand(String command, String text, String userId, String responseUrl) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "legacy");
		form.put("team_id", "T0TEAM");
		form.put("channel_id", "C0BAGGAGE");
		form.put("user_id", userId);
		form.put("user_name", "someone");
		form.put("command", command);
		form.put("text", text);
		form.put("response_url", responseUrl);
		form.put("trigger_id", slack.issueTrigger("13345224609.738474920.8088930838d88f008e0"));
		form.put("api_app_id", "A0APP");
		return send(formBody(form), "application/x-www-form-urlencoded", now(), Map.of());
	}

	Answer buttonPress(String actionId, String value, String userId, String responseUrl) {
		String payload = """
				{"type":"block_actions","team":{"id":"T0TEAM","domain":"test"},"user":{"id":"%s","username":"someone","team_id":"T0TEAM"},
				"api_app_id":"A0APP","token":"legacy","trigger_id":"%s","response_url":"%s",
				"container":{"type":"message","message_ts":"1700000000.000001","channel_id":"C0BAGGAGE"},
				"channel":{"id":"C0BAGGAGE","name":"baggage"},
				"actions":[{"type":"button","action_id":"%s","block_id":"b1","value":"%s","action_ts":"1700000001.000000","text":{"type":"plain_text","text":"x"}}]}"""
			.formatted(userId, slack.issueTrigger("trigger-" + actionId), responseUrl, actionId, value);
		return send(formBody(Map.of("payload", payload)), "application/x-www-form-urlencoded", now(), Map.of());
	}

	Answer viewSubmission(String callbackId, String caseNumber, String text, String userId) {
		return viewSubmission(callbackId, caseNumber,
				Map.of("text",
						"{\"type\":\"plain_text_input\",\"value\":" + (text == null ? "null" : quoted(text)) + "}"),
				userId);
	}

	/**
	 * A form submitted with inputs, each given as its block id and the JSON Slack sends
	 * for its one element (action id {@code value}).
	 */
	Answer viewSubmission(String callbackId, String metadata, Map<String, String> inputs, String userId) {
		String values = inputs.entrySet()
			.stream()
			.map(input -> quoted(input.getKey()) + ":{\"value\":" + input.getValue() + "}")
			.collect(Collectors.joining(","));
		String payload = """
				{"type":"view_submission","team":{"id":"T0TEAM","domain":"test"},"user":{"id":"%s","username":"someone","team_id":"T0TEAM"},
				"api_app_id":"A0APP","token":"legacy","trigger_id":"%s",
				"view":{"id":"V0001","type":"modal","callback_id":"%s","private_metadata":"%s","team_id":"T0TEAM",
				"state":{"values":{%s}}}}"""
			.formatted(userId, slack.issueTrigger("trigger-submit"), callbackId, metadata, values);
		return send(formBody(Map.of("payload", payload)), "application/x-www-form-urlencoded", now(), Map.of());
	}

	/** A plain text input's state as Slack sends it. */
	static String textInput(String text) {
		return "{\"type\":\"plain_text_input\",\"value\":" + quoted(text) + "}";
	}

	/** A select's state, with the option chosen. */
	static String chosenOption(String value) {
		return "{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
				+ "\"value\":" + quoted(value) + "}}";
	}

	/** A checkbox input's state, with the options ticked. */
	static String checkboxes(String... ticked) {
		return "{\"type\":\"checkboxes\",\"selected_options\":[" + java.util.Arrays.stream(ticked)
			.map(value -> "{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":" + quoted(value) + "}")
			.collect(Collectors.joining(",")) + "]}";
	}

	/** The person closed a form with Cancel. */
	Answer viewClosed(String callbackId, String metadata, String userId) {
		String payload = """
				{"type":"view_closed","team":{"id":"T0TEAM","domain":"test"},"user":{"id":"%s","username":"someone","team_id":"T0TEAM"},
				"api_app_id":"A0APP","token":"legacy","is_cleared":false,
				"view":{"id":"V0001","type":"modal","callback_id":"%s","private_metadata":"%s","team_id":"T0TEAM",
				"state":{"values":{}}}}"""
			.formatted(userId, callbackId, metadata);
		return send(formBody(Map.of("payload", payload)), "application/x-www-form-urlencoded", now(), Map.of());
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	Answer appHomeOpened(String eventId, String userId, Map<String, String> headers) {
		String body = """
				{"token":"legacy","team_id":"T0TEAM","api_app_id":"A0APP","type":"event_callback","event_id":"%s","event_time":1700000000,
				"event":{"type":"app_home_opened","user":"%s","channel":"D0HOME","tab":"home","event_ts":"1700000000.000100"}}"""
			.formatted(eventId, userId);
		return send(body, "application/json", now(), headers);
	}

	/** A request whose signature was made at another time than now. */
	Answer slashCommandSignedAt(long timestamp) {
		String body = formBody(Map.of("command", "/case", "text", "1001", "user_id", "U0STAFF", "team_id", "T0TEAM"));
		return send(body, "application/x-www-form-urlencoded", timestamp, Map.of());
	}

	/** A request with a signature that does not match its body, or none. */
	Answer slashCommandWithSignature(String signature) {
		String body = formBody(Map.of("command", "/case", "text", "1001", "user_id", "U0STAFF", "team_id", "T0TEAM"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", String.valueOf(now()))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Slack-Signature", signature);
		}
		return exchange(request.build());
	}

	private Answer send(String body, String contentType, long timestamp, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
			.header("Content-Type", contentType)
			.header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
			.header("X-Slack-Signature", signer.generate(String.valueOf(timestamp), body))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return exchange(request.build());
	}

	private Answer exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long now() {
		return System.currentTimeMillis() / 1000;
	}

	private static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
