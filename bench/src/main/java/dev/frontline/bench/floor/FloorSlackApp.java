package dev.frontline.bench.floor;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A Spring Boot app on Tomcat with virtual threads whose Bolt app only acknowledges
 * {@code /case}: the same request path as Frontline's {@code SlackEventsController}
 * (signature check over the raw body, Bolt's routing and its single-team authorization),
 * without any of Frontline's work. Started by the bench as its own process.
 */
@SpringBootApplication
public class FloorSlackApp {

	/** Runs the floor app; Spring Boot properties come as arguments. */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(FloorSlackApp.class);
		application.setDefaultProperties(Map.of("spring.threads.virtual.enabled", "true", "spring.main.banner-mode",
				"off", "logging.level.root", "WARN"));
		application.run(args);
	}

	@Bean
	App floorApp(@Value("${floor.signing-secret}") String signingSecret, @Value("${floor.bot-token}") String botToken,
			@Value("${floor.api-url}") String apiUrl) {
		SlackConfig slackConfig = new SlackConfig();
		slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
		slackConfig.setStatsEnabled(false);
		App app = new App(AppConfig.builder()
			.slack(Slack.getInstance(slackConfig))
			.singleTeamBotToken(botToken)
			.signingSecret(signingSecret)
			.build());
		app.command("/case", (request, context) -> context.ack(r -> r.responseType("ephemeral").text("ok")));
		return app;
	}

	/** The same handler as Frontline's {@code SlackEventsController}. */
	@RestController
	static class FloorEventsController {

		private final App app;

		private final SlackRequestParser parser;

		FloorEventsController(App app) {
			this.app = app;
			this.parser = new SlackRequestParser(app.config());
		}

		@PostMapping("/slack/events")
		ResponseEntity<String> handle(@RequestBody(required = false) byte[] body, @RequestHeader HttpHeaders headers,
				HttpServletRequest servletRequest) throws Exception {
			Map<String, List<String>> headerMap = new LinkedHashMap<>();
			headers.forEach((name, values) -> headerMap.put(name.toLowerCase(Locale.ROOT), values));
			Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
				.requestUri(servletRequest.getRequestURI())
				.queryString(Collections.emptyMap())
				.headers(new RequestHeaders(headerMap))
				.requestBody(body == null ? "" : new String(body, StandardCharsets.UTF_8))
				.remoteAddress(servletRequest.getRemoteAddr())
				.build());
			Response response = app.run(request);
			ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.getStatusCode());
			if (response.getContentType() != null) {
				answer.header(HttpHeaders.CONTENT_TYPE, response.getContentType());
			}
			return answer.body(response.getBody() == null ? "" : response.getBody());
		}

	}

}
