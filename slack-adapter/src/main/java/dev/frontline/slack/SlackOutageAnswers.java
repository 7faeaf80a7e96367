package dev.frontline.slack;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

import dev.frontline.storage.DatabaseUnavailable;

/**
 * What Slack is answered while the database is out of reach, within its three seconds: a
 * command gets "try again in a moment" privately, a button press gets it through the
 * press's response URL, and a form gets a small view on top of it, so closing that view
 * returns to the form with everything typed still there.
 */
final class SlackOutageAnswers {

	private static final Logger log = LoggerFactory.getLogger(SlackOutageAnswers.class);

	private SlackOutageAnswers() {
	}

	/** The answer to a request that failed, when it failed for want of the database. */
	static Optional<Response> answer(Request<?> request, Exception failure) {
		if (!DatabaseUnavailable.isCause(failure)) {
			return Optional.empty();
		}
		log.warn("Slack request answered 'try again': the database is out of reach ({})", failure.toString());
		String text = SlackText.escape(DatabaseUnavailable.TRY_AGAIN);
		if (request instanceof SlashCommandRequest) {
			return Optional.of(Response.json(200, "{\"response_type\":\"ephemeral\",\"text\":\"" + text + "\"}"));
		}
		if (request instanceof ViewSubmissionRequest) {
			return Optional.of(Response.json(200,
					"{\"response_action\":\"push\",\"view\":{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\","
							+ "\"text\":\"Try again\"},\"close\":{\"type\":\"plain_text\",\"text\":\"Back\"},"
							+ "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + text
							+ "\"}}]}}"));
		}
		if (request instanceof BlockActionRequest press) {
			SlackConversation.respondPrivately(press.getContext(), DatabaseUnavailable.TRY_AGAIN);
		}
		return Optional.of(Response.ok());
	}

}
