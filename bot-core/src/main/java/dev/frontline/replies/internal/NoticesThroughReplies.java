package dev.frontline.replies.internal;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.incidents.NoticeChannel;

/**
 * Notices to an incident's customers are checked by the reply policy and posted through
 * the replies' connector, so the same rules and the same endpoint hold for both.
 */
@Component
class NoticesThroughReplies implements NoticeChannel {

	private final ReplyPolicy policy;

	private final OutboundConnector connector;

	NoticesThroughReplies(ReplyPolicy policy, OutboundConnector connector) {
		this.policy = policy;
		this.connector = connector;
	}

	@Override
	public List<Finding> check(String text, String source) {
		return policy.check(text, new DraftContext(source, List.of(), null))
			.stream()
			.map(finding -> new Finding(finding.blocks(), finding.message()))
			.toList();
	}

	@Override
	public boolean connected() {
		return connector.configured();
	}

	@Override
	public Answer post(String idempotencyKey, String json) throws InterruptedException {
		OutboundConnector.Answer answer = connector.post(idempotencyKey, json);
		return new Answer(answer.taken(), answer.error(), answer.retryAfter());
	}

	@Override
	public Duration retryIn(int attempts, @Nullable Duration asked) {
		return OutboundConnector.backoff(attempts, asked);
	}

}
