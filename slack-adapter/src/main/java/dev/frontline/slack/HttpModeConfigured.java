package dev.frontline.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * HTTP mode: a bot token and no app-level token, so Slack calls
 * {@code POST /slack/events}.
 */
class HttpModeConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("frontline.slack.bot-token"))
				&& !StringUtils.hasText(context.getEnvironment().getProperty("frontline.slack.app-token"));
	}

}
