package dev.frontline.slack;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.frontline.delivery.PlatformSettings;

/**
 * Slack, bound from {@code frontline.slack} ({@code SLACK_BOT_TOKEN},
 * {@code SLACK_SIGNING_SECRET}, {@code SLACK_APP_TOKEN},
 * {@code FRONTLINE_SLACK_API_URL}).
 *
 * @param botToken the bot token ({@code xoxb-…}); Slack is off without it
 * @param signingSecret verifies requests to {@code /slack/events}; required in HTTP mode
 * @param appToken an app-level token ({@code xapp-…}): with it, Socket Mode instead of
 * HTTP
 * @param apiUrl the Web API base, {@code https://slack.com/api/} unless GovSlack or a
 * test says otherwise
 * @param pacePerChannel the least time between two messages in one channel: one second,
 * as Slack allows; tests against a fake Slack set less
 */
@ConfigurationProperties(prefix = "frontline.slack", ignoreUnknownFields = false)
public record SlackSettings(@Nullable String botToken, @Nullable String signingSecret, @Nullable String appToken,
		@Nullable String apiUrl, @Nullable Duration pacePerChannel) {

	public SlackSettings {
		if (pacePerChannel == null) {
			pacePerChannel = Duration.ofSeconds(1);
		}
		botToken = PlatformSettings.blankToNull(botToken);
		signingSecret = PlatformSettings.blankToNull(signingSecret);
		appToken = PlatformSettings.blankToNull(appToken);
		apiUrl = PlatformSettings.base(apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/" : apiUrl);
		if (botToken != null && appToken == null && signingSecret == null) {
			throw new IllegalArgumentException("frontline.slack.signing-secret (SLACK_SIGNING_SECRET): required to "
					+ "verify Slack's requests in HTTP mode; or set frontline.slack.app-token (SLACK_APP_TOKEN) for Socket Mode");
		}
		if (appToken != null && !appToken.startsWith("xapp-")) {
			throw new IllegalArgumentException(
					"frontline.slack.app-token (SLACK_APP_TOKEN): an app-level token starts with xapp-");
		}
	}

}
