package dev.frontline.replies.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.frontline.replies.CheckFinding;
import dev.frontline.replies.CheckLevel;
import dev.frontline.replies.ReplyCheck;
import dev.frontline.replies.ReplySettings;

/**
 * Checks a draft reply against the reply policy: listen, take it offline, promise only
 * what the company can keep.
 */
@Component
public class ReplyPolicy {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");

	/**
	 * A match starts only where a word starts and takes its name part whole, so a long
	 * run of letters without an @ is read once, not once per letter.
	 */
	private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+(?:\\.[\\w-]+)+");

	/**
	 * Seven or more digits, with the spaces, dots, dashes and brackets phone numbers
	 * carry.
	 */
	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{5,}\\d");

	private static final Pattern MONEY = Pattern.compile(
			"[$€£]\\s?(\\d[\\d,.]*)|(\\d[\\d,.]*)\\s?(?:USD|EUR|GBP|dollars?|euros?|pounds?)\\b",
			Pattern.CASE_INSENSITIVE);

	private final ReplySettings settings;

	private final List<Phrase> promises;

	private final List<Phrase> personalData;

	private final List<Phrase> privateChannel;

	private final List<Phrase> apology;

	private final List<Phrase> nextStep;

	ReplyPolicy(ReplySettings settings) {
		this.settings = settings;
		this.promises = Phrase.all(settings.promises());
		this.personalData = Phrase.all(settings.personalData());
		this.privateChannel = Phrase.all(settings.privateChannel());
		this.apology = Phrase.all(settings.apology());
		this.nextStep = Phrase.all(settings.nextStep());
	}

	/** Every check the draft fails, in the order of {@link ReplyCheck}. */
	public List<CheckFinding> check(String reply, DraftContext context) {
		List<CheckFinding> findings = new ArrayList<>();
		tooLong(reply, context).ifPresent(message -> add(findings, ReplyCheck.TOO_LONG, message));
		unkeepablePromise(reply).ifPresent(message -> add(findings, ReplyCheck.UNKEEPABLE_PROMISE, message));
		asksForPersonalData(reply).ifPresent(message -> add(findings, ReplyCheck.ASKS_FOR_PERSONAL_DATA, message));
		repeatsPersonalData(reply, context)
			.ifPresent(message -> add(findings, ReplyCheck.REPEATS_PERSONAL_DATA, message));
		if (Phrase.firstIn(apology, reply).isEmpty()) {
			add(findings, ReplyCheck.NO_APOLOGY, "No apology: say sorry for what happened.");
		}
		if (Phrase.firstIn(nextStep, reply).isEmpty()) {
			add(findings, ReplyCheck.NO_NEXT_STEP,
					"No concrete next step: say what happens now, such as inviting a private message.");
		}
		return findings;
	}

	private void add(List<CheckFinding> findings, ReplyCheck check, String message) {
		CheckLevel level = settings.checks().get(check);
		if (level != CheckLevel.OFF) {
			findings.add(new CheckFinding(check, level, message));
		}
	}

	private Optional<String> tooLong(String reply, DraftContext context) {
		int length = reply.codePointCount(0, reply.length());
		int limit = settings.maxLengthOn(context.source());
		return length <= limit ? Optional.empty() : Optional
			.of("Too long for " + context.source() + ": " + length + " characters, " + limit + " at most.");
	}

	private Optional<String> unkeepablePromise(String reply) {
		Optional<String> promise = Phrase.firstIn(promises, reply);
		if (promise.isPresent()) {
			return Optional.of("Promises what we cannot guarantee: \"" + promise.get() + "\".");
		}
		BigDecimal limit = settings.compensationLimit();
		if (limit == null) {
			return Optional.empty();
		}
		Matcher money = MONEY.matcher(reply);
		while (money.find()) {
			String amount = money.group(1) != null ? money.group(1) : money.group(2);
			Optional<BigDecimal> value = amount(amount);
			if (value.isPresent() && value.get().compareTo(limit) > 0) {
				return Optional.of("Offers " + money.group().strip() + ", above the frontline limit of "
						+ limit.toPlainString() + ".");
			}
		}
		return Optional.empty();
	}

	private Optional<String> asksForPersonalData(String reply) {
		for (String sentence : SENTENCE_END.split(reply)) {
			Optional<String> data = Phrase.firstIn(personalData, sentence);
			if (data.isPresent() && Phrase.firstIn(privateChannel, sentence).isEmpty()) {
				return Optional.of("Asks for \"" + data.get()
						+ "\" in public: invite a private message for personal details instead.");
			}
		}
		return Optional.empty();
	}

	private Optional<String> repeatsPersonalData(String reply, DraftContext context) {
		Set<String> customerData = new LinkedHashSet<>();
		String reference = context.customerReference();
		if (reference != null && reference.strip().length() >= 4) {
			customerData.add(reference.strip());
		}
		for (String text : context.customerTexts()) {
			EMAIL.matcher(text).results().forEach(match -> customerData.add(match.group()));
			PHONE.matcher(text)
				.results()
				.map(match -> match.group())
				.filter(ReplyPolicy::longEnough)
				.forEach(customerData::add);
		}
		String replyLower = reply.toLowerCase(Locale.ROOT);
		String replyDigits = reply.replaceAll("\\D", "");
		for (String datum : customerData) {
			boolean phone = PHONE.matcher(datum).matches();
			// A number is matched on its last seven digits: written with or without its
			// country or area code, it is the same number.
			String digits = datum.replaceAll("\\D", "");
			String local = digits.substring(Math.max(0, digits.length() - 7));
			if (phone ? replyDigits.contains(local) : replyLower.contains(datum.toLowerCase(Locale.ROOT))) {
				return Optional.of("Repeats the customer's personal data in public (" + mask(datum) + ").");
			}
		}
		return Optional.empty();
	}

	private static boolean longEnough(String phone) {
		return phone.replaceAll("\\D", "").length() >= 7;
	}

	/** Shows enough of a datum to find it, not enough to repeat it again here. */
	private static String mask(String datum) {
		return datum.length() <= 4 ? "****" : datum.substring(0, 2) + "…" + datum.substring(datum.length() - 2);
	}

	private static Optional<BigDecimal> amount(String text) {
		String plain = text.replaceAll("[.,]$", "");
		if (plain.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
			plain = plain.replace(",", "");
		}
		else if (plain.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		else {
			plain = plain.replace(',', '.');
		}
		try {
			return Optional.of(new BigDecimal(plain));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** A configured phrase, found as whole words in any case. */
	private record Phrase(String text, Pattern pattern) {

		static List<Phrase> all(List<String> phrases) {
			return phrases.stream()
				.map(phrase -> new Phrase(phrase,
						Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
								Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
				.toList();
		}

		static Optional<String> firstIn(List<Phrase> phrases, String text) {
			return phrases.stream()
				.filter(phrase -> phrase.pattern().matcher(text).find())
				.map(Phrase::text)
				.findFirst();
		}

	}

}
