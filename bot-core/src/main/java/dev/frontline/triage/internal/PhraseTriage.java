package dev.frontline.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.frontline.teams.Teams;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;
import dev.frontline.triage.TriageSettings;

/**
 * Triage by the rubric of customer recovery: a score that adds up what was seen (reach,
 * risk, impact on this customer, a live problem, anger, a request, a mild tone) and the
 * rules that force a severity whatever the score — any risk is SEV1, high impact or high
 * reach at least SEV2, and the higher severity wins when two rules meet.
 */
final class PhraseTriage implements Triage {

	private final TriageSettings settings;

	private final Categorizer categorizer;

	private final Map<String, List<Phrase>> risks;

	private final List<Phrase> highImpact;

	private final List<Phrase> live;

	private final List<Phrase> past;

	private final List<Phrase> anger;

	private final List<Phrase> problem;

	private final List<Phrase> request;

	private final List<Phrase> mild;

	private final List<CompiledRule> routing;

	private record CompiledRule(TriageSettings.RoutingRule rule, List<Phrase> keywords) {
	}

	PhraseTriage(TriageSettings settings, Teams teams) {
		requireTeam(teams, settings.defaultTeam(), "frontline.triage.default-team");
		settings.categories()
			.forEach((name, category) -> requireTeam(teams, category.team(),
					"frontline.triage.categories." + name + ".team"));
		for (int i = 0; i < settings.routing().size(); i++) {
			TriageSettings.RoutingRule rule = settings.routing().get(i);
			requireTeam(teams, rule.team(), "frontline.triage.routing[" + i + "].team");
			for (String category : rule.categories()) {
				if (!settings.categories().containsKey(category)) {
					throw new IllegalArgumentException(
							"frontline.triage.routing[" + i + "].categories: no category named '" + category
									+ "'; categories are " + settings.categories().keySet());
				}
			}
		}
		this.settings = settings;
		this.categorizer = new Categorizer(settings.categories());
		this.risks = settings.risks()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> phrases(entry.getValue().phrases())));
		this.highImpact = phrases(settings.highImpact().phrases());
		this.live = phrases(settings.live().phrases());
		this.past = phrases(settings.live().past());
		this.anger = phrases(settings.anger().phrases());
		this.problem = phrases(settings.problem().phrases());
		this.request = phrases(settings.request().phrases());
		this.mild = phrases(settings.mild().phrases());
		this.routing = settings.routing()
			.stream()
			.map(rule -> new CompiledRule(rule, phrases(rule.keywords())))
			.toList();
	}

	private static void requireTeam(Teams teams, String team, String key) {
		if (!teams.exists(team)) {
			throw new IllegalArgumentException(key + ": no team named '" + team + "'; teams are " + teams.names());
		}
	}

	private static List<Phrase> phrases(List<String> configured) {
		return configured.stream().filter(text -> !text.isBlank()).map(Phrase::of).toList();
	}

	@Override
	public Optional<Duration> acknowledgeWithin(Severity severity) {
		return Optional.ofNullable(settings.acknowledgeWithin(severity));
	}

	@Override
	public Assessment assess(ComplaintSignals complaint, Instant now) {
		return read(complaint, now).assessment();
	}

	/**
	 * What the rules saw in a complaint: their assessment, and the signals the learned
	 * layer combines with what the text means.
	 *
	 * @param assessment the rules' verdict
	 * @param floor the least severity the rubric's rules demand
	 * @param risk a risk phrase was found (safety, legal, media, discrimination…)
	 * @param highImpact a high-impact phrase was found
	 * @param live the problem is happening now
	 * @param angry strong anger or shouting
	 * @param vip a tier whose live problem is at least SEV2
	 * @param categorized the category came from the text, not the default
	 */
	record Reading(Assessment assessment, Severity floor, boolean risk, boolean highImpact, boolean live, boolean angry,
			boolean vip, boolean categorized) {
	}

	/**
	 * What every phrase list finds in a text: the part of reading a complaint that
	 * depends on its words alone, and the part that takes the time.
	 *
	 * @param risks each risk's affirmed phrase, in the configured order of risks
	 * @param routed for each routing rule, whether its keywords are found (or it has
	 * none)
	 */
	private record Phrases(Optional<Categorizer.Found> category, Map<String, Optional<Phrase>> risks,
			Optional<Phrase> highImpact, boolean past, Optional<Phrase> live, Optional<Phrase> anger,
			List<String> shouted, Optional<Phrase> problem, Optional<Phrase> request, Optional<Phrase> mild,
			List<Boolean> routed) {
	}

	/**
	 * Texts read ahead of their assessment, until it takes them. Bounded by characters,
	 * so a read-ahead that is never assessed (a request refused after it) cannot pile up.
	 */
	private final Cache<String, Phrases> readAhead = Caffeine.newBuilder()
		.maximumWeight(4_000_000)
		.weigher((String text, Phrases phrases) -> text.length() + 100)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	@Override
	public void readAhead(String text) {
		readAhead.put(text, phrases(text));
	}

	private Phrases phrases(String raw) {
		Text text = new Text(raw);
		Map<String, Optional<Phrase>> risksFound = new LinkedHashMap<>();
		settings.risks().keySet().forEach(name -> risksFound.put(name, text.firstAffirmedOf(risks.get(name))));
		return new Phrases(categorizer.categorize(text), risksFound, text.firstOf(highImpact),
				text.firstOf(past).isPresent(), text.firstOf(live), text.firstOf(anger), text.shoutedWords(),
				text.firstOf(problem), text.firstOf(request), text.firstOf(mild),
				routing.stream()
					.map(compiled -> compiled.keywords().isEmpty() || text.firstOf(compiled.keywords()).isPresent())
					.toList());
	}

	Reading read(ComplaintSignals complaint, Instant now) {
		Phrases text = readAhead.asMap().remove(complaint.text());
		if (text == null) {
			text = phrases(complaint.text());
		}
		Findings findings = new Findings();
		findings.add("complaint", settings.basePoints());
		Optional<Categorizer.Found> category = text.category();
		category.ifPresent(found -> findings.add("about " + found.name() + " (\"" + found.cue() + "\")",
				found.category().impact()));
		scoreReach(complaint, findings);
		boolean isRisk = scoreRisks(text, findings);
		boolean isHighImpact = text.highImpact().map(found -> {
			findings.add("high impact \"" + found.text() + "\"", settings.highImpact().points());
			findings.atLeast(Severity.SEV2);
			return true;
		}).orElse(false);
		boolean isLive = scoreLive(complaint, text, now, findings);
		boolean isAngry = scoreAnger(text, findings);
		boolean isVip = scoreCustomer(complaint, findings);
		if (isVip && (isLive || isHighImpact)) {
			// The spec's SEV1 row: a VIP with high impact; a VIP whose problem is live is
			// SEV2.
			findings.atLeast(isHighImpact ? Severity.SEV1 : Severity.SEV2);
		}
		if (isLive && isAngry) {
			findings.atLeast(Severity.SEV2);
		}
		if (isAngry && complaint.followers() >= settings.reach().viralFollowers()) {
			findings.add("angry with " + compact(complaint.followers()) + " followers: going viral",
					settings.reach().highPoints());
			findings.atLeast(Severity.SEV1);
		}
		text.problem()
			.ifPresent(found -> findings.add("problem \"" + found.text() + "\"", settings.problem().points()));
		Optional<Phrase> asks = text.request();
		asks.ifPresent(found -> findings.add("asks \"" + found.text() + "\"", settings.request().points()));
		if (asks.isEmpty() || asks.get().isSymbolic()) {
			// The rubric's SEV4 is a mild or sarcastic remark without a request; an
			// explicit ask
			// outweighs the tone, a bare question mark (often rhetorical) does not.
			// something outweighs the tone.
			text.mild()
				.ifPresent(found -> findings.add("mild tone \"" + found.text() + "\"", -settings.mild().points()));
		}
		int earlier = Math.min(complaint.earlierUnresolvedComplaints(), 3);
		findings.add("repeat contact (" + complaint.earlierUnresolvedComplaints() + " unresolved before)",
				earlier * settings.repeatContactPoints());
		int score = findings.score();
		Severity severity = Severity.mostUrgent(fromScore(score), findings.floor());
		String categoryName = category.map(Categorizer.Found::name).orElse("other");
		Assessment assessment = new Assessment(score, severity, route(complaint, text, category), categoryName,
				findings.reasons());
		return new Reading(assessment, findings.floor(), isRisk, isHighImpact, isLive, isAngry, isVip,
				category.isPresent());
	}

	private void scoreReach(ComplaintSignals complaint, Findings findings) {
		TriageSettings.Reach reach = settings.reach();
		if (complaint.followers() >= reach.highFollowers()) {
			findings.add("reach " + compact(complaint.followers()) + " followers", reach.highPoints());
			findings.atLeast(Severity.SEV2);
		}
		else if (complaint.followers() >= reach.someFollowers()) {
			findings.add("reach " + compact(complaint.followers()) + " followers", reach.somePoints());
		}
		if (complaint.shares() >= reach.viralShares()) {
			findings.add("going viral: " + compact(complaint.shares()) + " shares", reach.highPoints());
			findings.atLeast(Severity.SEV1);
		}
		else if (complaint.shares() + complaint.replies() >= 100) {
			findings.add("engagement " + compact(complaint.shares() + complaint.replies()) + " shares and replies",
					reach.somePoints());
		}
	}

	private boolean scoreRisks(Phrases text, Findings findings) {
		boolean[] found = { false };
		settings.risks().forEach((name, risk) -> text.risks().get(name).ifPresent(phrase -> {
			findings.add(name + " \"" + phrase.text() + "\"", risk.points());
			findings.atLeast(Severity.SEV1);
			found[0] = true;
		}));
		return found[0];
	}

	private boolean scoreLive(ComplaintSignals complaint, Phrases text, Instant now, Findings findings) {
		boolean recent = !complaint.postedAt().isBefore(now.minus(settings.live().within()));
		boolean over = text.past();
		Optional<Phrase> found = recent && !over ? text.live() : Optional.empty();
		found.ifPresent(phrase -> findings.add("live issue \"" + phrase.text() + "\"", settings.live().points()));
		return found.isPresent();
	}

	private boolean scoreAnger(Phrases text, Findings findings) {
		Optional<Phrase> found = text.anger();
		List<String> shouted = text.shouted();
		if (found.isPresent()) {
			findings.add("strong anger \"" + found.get().text() + "\"", settings.anger().points());
			return true;
		}
		if (shouted.size() >= settings.anger().capsWords()) {
			findings.add(shoutingLabel(shouted), settings.anger().points());
			return true;
		}
		return false;
	}

	/**
	 * A few of the shouted words and how many more: a whole post in capitals must not
	 * become a label longer than the card, or than the column that keeps it.
	 */
	static String shoutingLabel(List<String> shouted) {
		int shown = Math.min(shouted.size(), 5);
		StringBuilder label = new StringBuilder("shouting (");
		for (int i = 0; i < shown; i++) {
			String word = shouted.get(i);
			label.append(i == 0 ? "" : ", ").append(word.length() > 20 ? word.substring(0, 20) + "…" : word);
		}
		int more = shouted.size() - shown;
		return label.append(more > 0 ? " and " + more + " more words in capitals)" : ")").toString();
	}

	/** Scores the customer's tier and says whether it is a VIP tier. */
	private boolean scoreCustomer(ComplaintSignals complaint, Findings findings) {
		if (complaint.customerTier() == null) {
			return false;
		}
		String tier = complaint.customerTier().toLowerCase(Locale.ROOT);
		findings.add(tier + " customer", settings.tiers().points().getOrDefault(tier, 0));
		return settings.tiers().vip().contains(tier);
	}

	private Severity fromScore(int score) {
		TriageSettings.Thresholds thresholds = settings.thresholds();
		if (score >= thresholds.sev1()) {
			return Severity.SEV1;
		}
		if (score >= thresholds.sev2()) {
			return Severity.SEV2;
		}
		return score >= thresholds.sev3() ? Severity.SEV3 : Severity.SEV4;
	}

	private String route(ComplaintSignals complaint, Phrases text, Optional<Categorizer.Found> category) {
		for (int i = 0; i < routing.size(); i++) {
			CompiledRule compiled = routing.get(i);
			if (text.routed().get(i) && matches(compiled, complaint, category)) {
				return compiled.rule().team();
			}
		}
		return category.map(found -> found.category().team()).orElse(settings.defaultTeam());
	}

	/** Whether a rule whose keywords the text has applies to the complaint. */
	private static boolean matches(CompiledRule compiled, ComplaintSignals complaint,
			Optional<Categorizer.Found> category) {
		TriageSettings.RoutingRule rule = compiled.rule();
		return (rule.categories().isEmpty()
				|| category.map(found -> rule.categories().contains(found.name())).orElse(false))
				&& (rule.sources().isEmpty() || rule.sources().contains(complaint.source()))
				&& (rule.tiers().isEmpty() || (complaint.customerTier() != null
						&& rule.tiers().contains(complaint.customerTier().toLowerCase(Locale.ROOT))));
	}

	static String compact(long count) {
		if (count >= 1_000_000) {
			return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0).replace(".0M", "M");
		}
		if (count >= 1_000) {
			return String.format(Locale.ROOT, "%.1fk", count / 1_000.0).replace(".0k", "k");
		}
		return String.valueOf(count);
	}

}
