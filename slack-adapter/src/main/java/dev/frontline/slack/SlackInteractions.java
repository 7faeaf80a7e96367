package dev.frontline.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;

/**
 * What every press shares: telling the presser privately once Slack has its
 * acknowledgement, and reading what the pressed button carries.
 */
final class SlackInteractions {

	private static final Logger log = LoggerFactory.getLogger(SlackInteractions.class);

	/** The action id of every input in our forms; blocks tell them apart. */
	static final String INPUT = "value";

	/**
	 * Replies to the person after the acknowledgement, so Slack's three seconds are never
	 * at risk.
	 */
	private final ExecutorService afterAck = Executors.newVirtualThreadPerTaskExecutor();

	/** Runs work after the acknowledgement has gone back to Slack. */
	void afterAck(Runnable work) {
		afterAck.submit(work);
	}

	/** Tells only the person who pressed, through the press's {@code response_url}. */
	void tellPrivately(ActionContext context, String message) {
		afterAck.submit(() -> {
			try {
				context
					.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(SlackText.escape(message)));
			}
			catch (Exception ex) {
				log.warn("Could not tell {} privately: {}", context.getRequestUserId(), ex.toString());
			}
		});
	}

	/** The value the pressed button carries, such as a case number. */
	static String pressedValue(BlockActionRequest request) {
		return request.getPayload().getActions().getFirst().getValue();
	}

}
