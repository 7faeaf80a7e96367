package dev.frontline.triage.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/**
 * The rubric's reasons for a severity, as the severity classifier learns them. A SEV1 for
 * an injury and a SEV1 for a lawyer's letter read nothing alike, and one linear boundary
 * around both is a poor fit for either; learned apart, each is a tighter group of
 * complaints, and the chances of a severity are the sum of its kinds'. A labelled
 * complaint's kind is read from the reason its labeller gave ({@code expected.why}, or a
 * correction's reason), with the rubric's own words; a reason that names none of them is
 * its severity's first kind.
 */
enum SeverityKind {

	/** Risk to someone's safety or health: the SEV1 a reason names nothing else for. */
	SEV1_SAFETY(Severity.SEV1, "a risk to safety or health", null),

	/** A lawyer, a claim, a court or a regulator. */
	SEV1_LEGAL(Severity.SEV1, "a legal threat",
			"lawyer|legal|su(e|es|ing)\\b|court|regulator|authorit|ombuds|attorney|solicitor|tribunal|claim|commission|agency|\\bdot\\b"),

	/** A journalist, the press or a programme. */
	SEV1_MEDIA(Severity.SEV1, "the press",
			"journalist|press|media|reporter|producer|news|television|\\btv\\b|broadcast|programme|program\\b|podcast"),

	/** Discrimination. */
	SEV1_DISCRIMINATION(Severity.SEV1, "discrimination", "discriminat|racis|prejudice"),

	/** Going viral: shares, or a very large following and angry. */
	SEV1_VIRAL(Severity.SEV1, "going viral", "viral|shares|followers|500k"),

	/** High impact on this customer's life: the SEV2 a reason names nothing else for. */
	SEV2_IMPACT(Severity.SEV2, "high impact on the customer", null),

	/** High reach. */
	SEV2_REACH(Severity.SEV2, "high reach", "followers|reach|50k"),

	/** A gold or platinum customer whose problem is still happening. */
	SEV2_TIER(Severity.SEV2, "a gold or platinum customer's live problem", "gold|platinum|tier|premium"),

	/** A live problem with strong anger. */
	SEV2_ANGER(Severity.SEV2, "a live problem with strong anger", "anger|angry|furious|rage"),

	/** An ordinary complaint. */
	SEV3(Severity.SEV3, "an ordinary complaint", null),

	/** A mild gripe. */
	SEV4(Severity.SEV4, "a mild gripe", null);

	private final Severity severity;

	private final String says;

	private final @Nullable Pattern named;

	/**
	 * @param says what it is, as a reason says it
	 * @param named the words of a labeller's reason that name it (lower case), null for
	 * the severity's first kind
	 */
	SeverityKind(Severity severity, String says, @Nullable String named) {
		this.severity = severity;
		this.says = says;
		this.named = named == null ? null : Pattern.compile(named);
	}

	/** What it is, as a reason says it: "a legal threat". */
	String says() {
		return says;
	}

	Severity severity() {
		return severity;
	}

	/**
	 * The kind a reason names for a severity: of the kinds it names, the one named first,
	 * since a labeller names the deciding fact before any other.
	 */
	static SeverityKind of(Severity severity, String why) {
		String reason = why.toLowerCase(Locale.ROOT);
		SeverityKind first = null;
		int firstAt = Integer.MAX_VALUE;
		for (SeverityKind kind : values()) {
			if (kind.severity != severity) {
				continue;
			}
			if (first == null && kind.named == null) {
				first = kind;
			}
			if (kind.named != null) {
				Matcher matcher = kind.named.matcher(reason);
				if (matcher.find() && matcher.start() < firstAt) {
					firstAt = matcher.start();
					first = kind;
				}
			}
		}
		return first;
	}

	/**
	 * The likeliest kind of a severity, for a reason staff read, when that kind alone is
	 * more likely than not; null otherwise, so that a reason names no kind rather than
	 * the likeliest of several faint ones, and null when the severity has only one kind.
	 */
	static @Nullable SeverityKind likeliest(Severity severity, double[] kindChances) {
		SeverityKind likeliest = null;
		int kinds = 0;
		for (SeverityKind kind : values()) {
			if (kind.severity == severity) {
				kinds++;
				if (likeliest == null || kindChances[kind.ordinal()] > kindChances[likeliest.ordinal()]) {
					likeliest = kind;
				}
			}
		}
		return kinds > 1 && likeliest != null && kindChances[likeliest.ordinal()] >= 0.5 ? likeliest : null;
	}

	/** The chances of each severity: the sums of its kinds'. */
	static double[] severityChances(double[] kindChances) {
		double[] chances = new double[Severity.values().length];
		for (SeverityKind kind : values()) {
			chances[kind.severity.ordinal()] += kindChances[kind.ordinal()];
		}
		return chances;
	}

}
