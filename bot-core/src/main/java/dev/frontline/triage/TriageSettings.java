package dev.frontline.triage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator tunes about triage, bound from {@code frontline.triage}. Every
 * list holds words or phrases matched whole and case-insensitively ({@code sue} never
 * matches inside {@code issue}). Missing parts fall back to the defaults here.
 *
 * @param defaultTeam the team of complaints no category or rule claims
 * @param acknowledgeWithin the acknowledgement SLA per severity; a severity without one
 * runs no clock
 * @param thresholds the scores at which a complaint is at least SEV3, SEV2, SEV1
 * @param basePoints what any complaint starts with
 * @param reach followers and shares: their points and the lines for high reach and going
 * viral
 * @param risks safety, legal, media, discrimination…: each found forces SEV1
 * @param highImpact what makes it high impact on this customer (a missed wedding…):
 * forces at least SEV2
 * @param live words saying the problem is happening now, and how recent a post must be to
 * count
 * @param anger strong negative intensity
 * @param problem words of a concrete problem
 * @param request words of a request or question that deserves a reply
 * @param mild a mild or sarcastic tone: lowers the score
 * @param tiers points per customer tier, and which tiers count as VIP while their problem
 * is live
 * @param repeatContactPoints points per earlier unresolved complaint of the same author
 * (at most three count)
 * @param categories what complaints are about, each with its team, its impact points and
 * its words
 * @param routing rules tried first, in order, to pick the team
 * @param model the learned layer that reads what complaints mean
 */
@ConfigurationProperties(prefix = "frontline.triage", ignoreUnknownFields = false)
public record TriageSettings(String defaultTeam, Map<Severity, Duration> acknowledgeWithin, Thresholds thresholds,
		int basePoints, Reach reach, Map<String, Signal> risks, Signal highImpact, Live live, Anger anger,
		Signal problem, Signal request, Signal mild, Tiers tiers, int repeatContactPoints,
		Map<String, Category> categories, List<RoutingRule> routing, Model model) {

	private static final String KEY = "frontline.triage";

	public TriageSettings {
		if (defaultTeam == null || defaultTeam.isBlank()) {
			throw new IllegalArgumentException(
					KEY + ".default-team: required, the team of complaints nothing else claims");
		}
		if (acknowledgeWithin == null || acknowledgeWithin.isEmpty()) {
			acknowledgeWithin = new EnumMap<>(Map.of(Severity.SEV1, Duration.ofMinutes(5), Severity.SEV2,
					Duration.ofMinutes(15), Severity.SEV3, Duration.ofMinutes(60)));
		}
		acknowledgeWithin.forEach((severity, within) -> {
			if (within.isNegative() || within.isZero()) {
				throw new IllegalArgumentException(KEY + ".acknowledge-within." + severity + ": must be positive");
			}
		});
		acknowledgeWithin = Map.copyOf(acknowledgeWithin);
		thresholds = thresholds == null ? new Thresholds(90, 70, 20) : thresholds;
		reach = reach == null ? new Reach(0, 0, 0, 0, 0, 0) : reach;
		risks = risks == null ? Map.of() : Map.copyOf(risks);
		risks.forEach((name, risk) -> requirePhrases(KEY + ".risks." + name, risk));
		highImpact = orEmpty(highImpact, 25);
		live = live == null ? new Live(10, List.of(), List.of(), Duration.ofHours(12)) : live;
		anger = anger == null ? new Anger(10, List.of(), 2) : anger;
		problem = orEmpty(problem, 10);
		request = orEmpty(request, 10);
		mild = orEmpty(mild, 20);
		tiers = tiers == null ? new Tiers(Map.of(), List.of()) : tiers;
		if (repeatContactPoints < 0) {
			throw new IllegalArgumentException(KEY + ".repeat-contact-points: must not be negative");
		}
		categories = categories == null ? Map.of() : new LinkedHashMap<>(categories);
		categories.forEach((name, category) -> {
			if (category.team() == null || category.team().isBlank()) {
				throw new IllegalArgumentException(KEY + ".categories." + name + ".team: required");
			}
		});
		model = model == null
				? new Model(false, List.of(), null, Double.parseDouble(Model.DEFAULT_MISSED_SEV1_COST), null, false)
				: model;
		routing = routing == null ? List.of() : new ArrayList<>(routing);
		for (int i = 0; i < routing.size(); i++) {
			if (routing.get(i).team() == null || routing.get(i).team().isBlank()) {
				throw new IllegalArgumentException(KEY + ".routing[" + i + "].team: required");
			}
		}
	}

	private static Signal orEmpty(@Nullable Signal signal, int points) {
		return signal == null ? new Signal(points, List.of()) : signal;
	}

	private static void requirePhrases(String key, Signal signal) {
		if (signal.phrases().isEmpty()) {
			throw new IllegalArgumentException(key + ".phrases: list at least one word or phrase");
		}
	}

	/** The acknowledgement SLA of a severity, if it has one. */
	public @Nullable Duration acknowledgeWithin(Severity severity) {
		return acknowledgeWithin.get(severity);
	}

	/**
	 * The lowest score of each severity; below {@code sev3} a complaint is SEV4.
	 */
	public record Thresholds(int sev1, int sev2, int sev3) {

		public Thresholds {
			if (!(0 < sev3 && sev3 < sev2 && sev2 < sev1 && sev1 <= 100)) {
				throw new IllegalArgumentException(KEY + ".thresholds: need 0 < sev3 < sev2 < sev1 <= 100, got " + sev3
						+ ", " + sev2 + ", " + sev1);
			}
		}

	}

	/**
	 * Public reach.
	 *
	 * @param someFollowers followers from which reach adds {@code somePoints}
	 * @param somePoints points for some reach
	 * @param highFollowers followers from which reach is high (at least SEV2) and adds
	 * {@code highPoints}
	 * @param highPoints points for high reach
	 * @param viralShares shares from which a post is going viral (SEV1)
	 * @param viralFollowers followers from which an angry post is going viral (SEV1)
	 */
	public record Reach(long someFollowers, int somePoints, long highFollowers, int highPoints, long viralShares,
			long viralFollowers) {

		public Reach {
			someFollowers = someFollowers <= 0 ? 5_000 : someFollowers;
			somePoints = somePoints <= 0 ? 5 : somePoints;
			highFollowers = highFollowers <= 0 ? 50_000 : highFollowers;
			highPoints = highPoints <= 0 ? 15 : highPoints;
			viralShares = viralShares <= 0 ? 1_000 : viralShares;
			viralFollowers = viralFollowers <= 0 ? 500_000 : viralFollowers;
			if (someFollowers >= highFollowers || highFollowers >= viralFollowers) {
				throw new IllegalArgumentException(
						KEY + ".reach: need some-followers < high-followers < viral-followers");
			}
		}

	}

	/** Words or phrases and the points each finding adds. */
	public record Signal(int points, List<String> phrases) {

		public Signal {
			phrases = phrases == null ? List.of() : List.copyOf(phrases);
		}

	}

	/**
	 * The problem is happening now.
	 *
	 * @param points added when live
	 * @param phrases words saying so: {@code right now}, {@code still},
	 * {@code at the gate}…
	 * @param past words saying it is over, which outweigh those: {@code yesterday},
	 * {@code last week}…
	 * @param within how recent the post must be for its words to count
	 */
	public record Live(int points, List<String> phrases, List<String> past, Duration within) {

		public Live {
			phrases = phrases == null ? List.of() : List.copyOf(phrases);
			past = past == null ? List.of() : List.copyOf(past);
			within = within == null ? Duration.ofHours(12) : within;
		}

	}

	/**
	 * Strong negative intensity.
	 *
	 * @param points added when angry
	 * @param phrases angry words and emoji
	 * @param capsWords how many shouted words (all capitals, four letters or more,
	 * outside quotes) count as angry
	 */
	public record Anger(int points, List<String> phrases, int capsWords) {

		public Anger {
			phrases = phrases == null ? List.of() : List.copyOf(phrases);
			capsWords = capsWords <= 0 ? 2 : capsWords;
		}

	}

	/**
	 * Customer tiers.
	 *
	 * @param points per tier name
	 * @param vip the tiers whose live problem is at least SEV2
	 */
	public record Tiers(Map<String, Integer> points, List<String> vip) {

		public Tiers {
			points = points == null ? Map.of() : Map.copyOf(points);
			vip = vip == null ? List.of() : List.copyOf(vip);
		}

	}

	/**
	 * What a complaint is about.
	 *
	 * @param team the team that takes it
	 * @param impact points for its impact on a customer
	 * @param strong words that say it clearly (count three)
	 * @param weak words that hint at it (count one)
	 */
	public record Category(String team, int impact, List<String> strong, List<String> weak) {

		public Category {
			strong = strong == null ? List.of() : List.copyOf(strong);
			weak = weak == null ? List.of() : List.copyOf(weak);
		}

	}

	/**
	 * A routing rule: when every criterion given matches, the complaint goes to the team.
	 *
	 * @param team where it goes
	 * @param categories any of these categories
	 * @param keywords any of these words
	 * @param sources any of these sources
	 * @param tiers any of these customer tiers
	 */
	public record RoutingRule(String team, List<String> categories, List<String> keywords, List<String> sources,
			List<String> tiers) {

		public RoutingRule {
			categories = categories == null ? List.of() : List.copyOf(categories);
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
			sources = sources == null ? List.of() : List.copyOf(sources);
			tiers = tiers == null ? List.of() : List.copyOf(tiers);
		}

	}

	/**
	 * The learned layer: a sentence-embedding model in the process and classifiers fitted
	 * on labelled complaints, combined with the rules above.
	 *
	 * @param enabled whether triage reads with it; without it only the rules decide
	 * @param examples where the labelled complaints are, as resource locations
	 * ({@code classpath*:example/triage/*.jsonl},
	 * {@code file:/etc/frontline/ours.jsonl}); blank entries are skipped
	 * @param cacheDir where the embeddings of labelled complaints are kept between starts
	 * @param missedSev1Cost what rating a SEV1 as anything else costs beyond being off,
	 * in levels off: the higher, the more SEV1 are found and the more other complaints
	 * are paged as SEV1 (docs/triage.md)
	 * @param sev1At replaced by {@code missed-sev1-cost}: refused, so that a
	 * configuration still setting it is not silently rated another way
	 * @param riskPhrasesForceSev1 whether a risk phrase above still forces SEV1 whatever
	 * the text means
	 */
	public record Model(boolean enabled, List<String> examples, @Nullable Path cacheDir,
			@DefaultValue(DEFAULT_MISSED_SEV1_COST) double missedSev1Cost, @Nullable Double sev1At,
			@DefaultValue("false") boolean riskPhrasesForceSev1) {

		/**
		 * {@code missed-sev1-cost} when the configuration does not set it (text, as the
		 * binder takes defaults).
		 */
		public static final String DEFAULT_MISSED_SEV1_COST = "1";

		public Model {
			examples = examples == null ? List.of()
					: examples.stream().filter(location -> location != null && !location.isBlank()).toList();
			if (sev1At != null) {
				throw new IllegalArgumentException(KEY + ".model.sev1-at: no longer read; a severity is now the one"
						+ " least costly on the odds: remove it and set missed-sev1-cost instead (0 to 10, 1 by default;"
						+ " docs/triage.md)");
			}
			if (!(missedSev1Cost >= 0 && missedSev1Cost <= 10)) {
				throw new IllegalArgumentException(
						KEY + ".model.missed-sev1-cost: a number from 0 to 10 (1 by default), was " + missedSev1Cost);
			}
			if (enabled && examples.isEmpty()) {
				throw new IllegalArgumentException(
						KEY + ".model.examples: list where the labelled complaints are, or set enabled: false");
			}
		}

	}

}
