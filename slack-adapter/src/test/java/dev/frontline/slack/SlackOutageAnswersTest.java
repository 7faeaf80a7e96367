package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/**
 * While the database is out of reach, Slack hears "try again in a moment" at once rather
 * than an error: a command privately, a form as a view on top of it so nothing typed is
 * lost. Any other failure is left to Bolt.
 */
class SlackOutageAnswersTest {

	static final RequestHeaders NO_HEADERS = new RequestHeaders(Map.of());

	static final Exception UNREACHABLE = new CannotCreateTransactionException("no connection",
			new CannotGetJdbcConnectionException("Connection is not available, request timed out after 2000ms"));

	@Test
	void aCommandIsToldPrivatelyToTryAgain() {
		SlashCommandRequest command = new SlashCommandRequest(
				"command=%2Fcases&text=open&user_id=U0STAFF&team_id=T0TEAM&channel_id=C0CARE", NO_HEADERS);

		Response answer = SlackOutageAnswers.answer(command, UNREACHABLE).orElseThrow();

		assertThat(answer.getStatusCode()).isEqualTo(200);
		assertThat(answer.getBody()).contains("\"response_type\":\"ephemeral\"")
			.contains("Frontline cannot reach its database just now. Please try again in a moment.");
	}

	@Test
	void aFormGetsAViewOnTopSoWhatWasTypedStays() {
		String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0TEAM\"},\"user\":{\"id\":\"U0STAFF\"},"
				+ "\"view\":{\"id\":\"V1\",\"callback_id\":\"story-form\",\"state\":{\"values\":{}}}}";
		ViewSubmissionRequest submission = new ViewSubmissionRequest(
				"payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), payload, NO_HEADERS);

		Response answer = SlackOutageAnswers.answer(submission, UNREACHABLE).orElseThrow();

		assertThat(answer.getBody()).contains("\"response_action\":\"push\"").contains("try again in a moment");
	}

	@Test
	void anyOtherFailureIsNotAnsweredHere() {
		SlashCommandRequest command = new SlashCommandRequest("command=%2Fcases&text=open", NO_HEADERS);

		assertThat(SlackOutageAnswers.answer(command, new IllegalStateException("a bug"))).isEmpty();
	}

}
