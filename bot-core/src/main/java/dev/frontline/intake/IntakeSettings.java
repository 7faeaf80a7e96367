package dev.frontline.intake;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake configuration, bound from {@code frontline.intake}.
 *
 * @param webhookSecret every intake request must be signed with it; without it intake is
 * closed unless {@code allowUnsigned}
 * @param allowUnsigned take unsigned requests when no secret is set (the {@code local}
 * profile, bound to 127.0.0.1, sets it)
 * @param signatureTolerance how old a signed request may be before it counts as a replay
 * @param feeds RSS/Atom feeds to poll
 * @param limits how much one source may send
 * @param statusFeeds RSS/Atom status feeds (an operations status page) whose entries are
 * operations signals, as if posted to {@code /api/v1/signals}
 */
@ConfigurationProperties(prefix = "frontline.intake", ignoreUnknownFields = false)
public record IntakeSettings(@Nullable String webhookSecret, boolean allowUnsigned,
		@Nullable Duration signatureTolerance, @Nullable List<Feed> feeds, @Nullable Limits limits,
		@Nullable List<StatusFeed> statusFeeds) {

	/** The variable that holds the secret, named when intake refuses for want of it. */
	public static final String SECRET_VARIABLE = "FRONTLINE_WEBHOOK_SECRET";

	/** The variable that opens intake without a secret. */
	public static final String ALLOW_UNSIGNED_VARIABLE = "FRONTLINE_INTAKE_ALLOW_UNSIGNED";

	public IntakeSettings {
		if (limits == null) {
			limits = new Limits(0);
		}
		if (webhookSecret != null && webhookSecret.isBlank()) {
			webhookSecret = null;
		}
		if (signatureTolerance == null) {
			signatureTolerance = Duration.ofMinutes(5);
		}
		feeds = feeds == null ? List.of() : List.copyOf(feeds);
		Set<String> names = new HashSet<>();
		for (int i = 0; i < feeds.size(); i++) {
			Feed feed = feeds.get(i);
			checkPolled("frontline.intake.feeds[" + i + "]", feed.name(), feed.url(), feed.every(), names, "feed");
		}
		statusFeeds = statusFeeds == null ? List.of() : List.copyOf(statusFeeds);
		Set<String> statusNames = new HashSet<>();
		for (int i = 0; i < statusFeeds.size(); i++) {
			StatusFeed feed = statusFeeds.get(i);
			checkPolled("frontline.intake.status-feeds[" + i + "]", feed.name(), feed.url(), feed.every(), statusNames,
					"status feed");
		}
	}

	/** A polled feed's name, address and pace, each named with its key when wrong. */
	private static void checkPolled(String key, @Nullable String name, @Nullable URI url, Duration every,
			Set<String> namesSoFar, String what) {
		if (name == null || !name.matches(SOURCE_PATTERN)) {
			throw new IllegalArgumentException(
					key + ".name: required, lower-case letters, digits, '.', '_' or '-' (at most 40)");
		}
		if (!namesSoFar.add(name)) {
			throw new IllegalArgumentException(key + ".name: '" + name + "' is used by another " + what);
		}
		if (!usableUrl(url)) {
			throw new IllegalArgumentException(key + ".url: required, an http, https or file URL");
		}
		if (every.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException(key + ".every: poll at most once a second");
		}
	}

	private static boolean usableUrl(@Nullable URI url) {
		return url != null && url.getScheme() != null && (url.getScheme().equals("http")
				|| url.getScheme().equals("https") || url.getScheme().equals("file"));
	}

	/**
	 * @param complaintsPerMinute how many complaints one source (an intake {@code source}
	 * name or a feed) may send a minute before it is asked to slow down (429); 0 for the
	 * default, 600
	 */
	public record Limits(int complaintsPerMinute) {

		public Limits {
			if (complaintsPerMinute < 0) {
				throw new IllegalArgumentException(
						"frontline.intake.limits.complaints-per-minute: must be 1 or more (0 for the default, 600)");
			}
			if (complaintsPerMinute == 0) {
				complaintsPerMinute = 600;
			}
		}

	}

	/**
	 * What a source name looks like: {@code x}, {@code trustpilot}, {@code mastodon-tag}.
	 */
	public static final String SOURCE_PATTERN = "[a-z0-9][a-z0-9._-]{0,39}";

	/**
	 * A feed polled for complaints; each entry becomes a complaint whose source is the
	 * feed's name.
	 *
	 * @param name the source name its complaints get
	 * @param url where to fetch it
	 * @param every how often, default five minutes
	 */
	public record Feed(String name, URI url, Duration every) implements PolledFeed {

		public Feed {
			if (every == null) {
				every = Duration.ofMinutes(5);
			}
		}

	}

	/**
	 * An operations status feed (a status page's RSS or Atom): each entry naming an
	 * incident key is a signal that opens or updates that key's incident.
	 *
	 * @param name what the logs call it
	 * @param url where to fetch it
	 * @param every how often, default every minute: a status page says what customers are
	 * about to complain of
	 */
	public record StatusFeed(String name, URI url, Duration every) implements PolledFeed {

		public StatusFeed {
			if (every == null) {
				every = Duration.ofMinutes(1);
			}
		}

	}

	/** A feed read now and then: what it is called, where it is, how often. */
	public sealed interface PolledFeed permits Feed, StatusFeed {

		String name();

		URI url();

		Duration every();

	}

}
