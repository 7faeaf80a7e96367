package dev.frontline.slack;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;

import jakarta.servlet.http.HttpServletRequest;

import dev.frontline.delivery.WhenSet;

/**
 * {@code POST /slack/events}: hands each request to Bolt as it arrived, so Bolt checks
 * the signature over the exact bytes (a bad, missing or stale one gets 401 and runs
 * nothing), routes it and writes the acknowledgement back. The body is read by hand and
 * capped before anything else: this endpoint is public, and what reaches it is only known
 * to be Slack's once the signature is checked.
 */
@RestController
@WhenSet(value = "frontline.slack.bot-token", unless = "frontline.slack.app-token")
class SlackEventsController {

	/** Slack's own payloads are far smaller; anything larger is not from Slack. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final App app;

	private final SlackRequestParser parser;

	SlackEventsController(App app) {
		this.app = app;
		this.parser = new SlackRequestParser(app.config());
	}

	@PostMapping("/slack/events")
	ResponseEntity<String> handle(@RequestHeader HttpHeaders headers, HttpServletRequest servletRequest)
			throws Exception {
		if (servletRequest.getContentLengthLong() > MAX_BODY_BYTES) {
			return tooLarge();
		}
		byte[] body = servletRequest.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			return tooLarge();
		}
		Map<String, List<String>> headerMap = new LinkedHashMap<>();
		headers.forEach((name, values) -> headerMap.put(name.toLowerCase(Locale.ROOT), values));
		Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
			.requestUri(servletRequest.getRequestURI())
			.queryString(Collections.emptyMap())
			.headers(new RequestHeaders(headerMap))
			.requestBody(new String(body, StandardCharsets.UTF_8))
			.remoteAddress(servletRequest.getRemoteAddr())
			.build());
		Response response;
		try {
			response = app.run(request);
		}
		catch (Exception ex) {
			response = SlackOutageAnswers.answer(request, ex).orElseThrow(() -> ex);
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.getStatusCode());
		if (response.getContentType() != null) {
			answer.header(HttpHeaders.CONTENT_TYPE, response.getContentType());
		}
		if (response.getHeaders() != null) {
			response.getHeaders().forEach((name, values) -> values.forEach(value -> answer.header(name, value)));
		}
		return answer.body(response.getBody() == null ? "" : response.getBody());
	}

	private static ResponseEntity<String> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body("{\"type\":\"about:blank\",\"title\":\"Body too large\",\"status\":413,"
					+ "\"detail\":\"the body may be at most " + MAX_BODY_BYTES + " bytes (1 MiB)\"}");
	}

}
