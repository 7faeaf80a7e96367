package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complaint's text as triage reads it ({@link #asRead}): its lower-case words, and the
 * text itself for symbols and shouting.
 */
final class Text {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Opening quotation marks and the mark that closes each. */
	private static final String OPENING = "'\"‘“";

	private static final String CLOSING = "'\"’”";

	/**
	 * Shouting: a word of four or more capitals with no digits (so LK450 and JFK are not
	 * shouting).
	 */
	private static final Pattern SHOUTED = Pattern.compile("\\b\\p{Lu}{4,}\\b");

	/**
	 * A link, bare or in chat markup ({@code <https://…|label>}). What its address spells
	 * is not what the customer said: read as words, a crafted post could spell its way to
	 * a page ({@code https://x.example/lawyer-court-injury}), and since none of the
	 * labelled complaints has a link, the learned layer would lean on its words by
	 * chance.
	 */
	private static final Pattern LINK = Pattern
		.compile("<(?:https?|mailto):[^<>\\s]*(?:\\|[^<>]{0,200})?>|(?i)\\b(?:https?://|www\\.)\\S+");

	/**
	 * Chat markup that mentions a person, a role or a channel: {@code <@U1>},
	 * {@code <!here>}.
	 */
	private static final Pattern CHAT_MENTION = Pattern.compile("<[@!#][^<>\\s]{0,80}>");

	private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "wasn", "isn", "weren", "didn", "nothing",
			"without", "nor");

	private final String read;

	private final String lowerRead;

	private final List<String> words;

	/**
	 * The words, and each plural word without its "s" or "es": a phrase's word is in here
	 * when the text has it in any form {@link Phrase#startsAt} accepts. Rules most
	 * phrases out without scanning the text, with one lookup a word: triage tries
	 * hundreds of phrases per complaint, and making each word's plurals to look them up
	 * was a tenth of reading a complaint.
	 */
	private final Set<String> wordForms;

	Text(String text) {
		this.read = asRead(text);
		this.lowerRead = read.toLowerCase(Locale.ROOT);
		this.words = words(read);
		this.wordForms = new HashSet<>(words.size() * 2);
		words.forEach(word -> Phrase.formsOf(word, wordForms::add));
	}

	/**
	 * The text as triage reads it, rules and learned layer alike: each link as "a link",
	 * chat mentions left out. What the customer wrote around them is read as it is.
	 */
	static String asRead(String text) {
		String withoutMentions = CHAT_MENTION.matcher(text).replaceAll("");
		return LINK.matcher(withoutMentions).replaceAll("a link");
	}

	static List<String> words(String text) {
		return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
	}

	List<String> words() {
		return words;
	}

	/** The first of the phrases the text contains, in the order given. */
	Optional<Phrase> firstOf(Collection<Phrase> phrases) {
		for (Phrase phrase : phrases) {
			if (contains(phrase)) {
				return Optional.of(phrase);
			}
		}
		return Optional.empty();
	}

	/**
	 * The first of the phrases the text states, in the order given, skipping any that is
	 * denied by one of the three words before it ("never got dangerous", "not a lawyer").
	 */
	Optional<Phrase> firstAffirmedOf(Collection<Phrase> phrases) {
		for (Phrase phrase : phrases) {
			if (phrase.isSymbolic() ? contains(phrase) : affirmed(phrase)) {
				return Optional.of(phrase);
			}
		}
		return Optional.empty();
	}

	/**
	 * False when some word of the phrase (in any form {@link Phrase#startsAt} accepts) is
	 * nowhere in the text, so the phrase cannot start anywhere; triage tries hundreds of
	 * phrases per complaint and most are ruled out here.
	 */
	boolean mayContain(Phrase phrase) {
		for (String word : phrase.words()) {
			if (!wordForms.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private boolean affirmed(Phrase phrase) {
		if (!mayContain(phrase)) {
			return false;
		}
		for (int i = 0; i < words.size(); i++) {
			if (phrase.startsAt(words, i) && !deniedBefore(i)) {
				return true;
			}
		}
		return false;
	}

	private boolean deniedBefore(int position) {
		for (int i = Math.max(0, position - 3); i < position; i++) {
			if (NEGATIONS.contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}

	boolean contains(Phrase phrase) {
		if (phrase.isSymbolic()) {
			return lowerRead.contains(phrase.text());
		}
		if (!mayContain(phrase)) {
			return false;
		}
		for (int i = 0; i < words.size(); i++) {
			if (phrase.startsAt(words, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with each quotation (from an opening mark to the next closing one)
	 * replaced by a space. In one pass: where each closing mark next occurs is known
	 * beforehand, so a text of unclosed quotation marks costs no more than its length.
	 */
	static String withoutQuotations(CharSequence text) {
		int n = text.length();
		int[][] nextClosing = new int[CLOSING.length()][];
		for (int kind = 0; kind < CLOSING.length(); kind++) {
			char mark = CLOSING.charAt(kind);
			int[] next = new int[n + 1];
			next[n] = -1;
			for (int i = n - 1; i >= 0; i--) {
				next[i] = text.charAt(i) == mark ? i : next[i + 1];
			}
			nextClosing[kind] = next;
		}
		StringBuilder outside = new StringBuilder(n);
		int i = 0;
		while (i < n) {
			int kind = OPENING.indexOf(text.charAt(i));
			int close = kind < 0 ? -1 : nextClosing[kind][i + 1];
			if (close < 0) {
				outside.append(text.charAt(i));
				i++;
			}
			else {
				outside.append(' ');
				i = close + 1;
			}
		}
		return outside.toString();
	}

	/**
	 * Words written in capitals outside quotations, for telling shouting from quoting a
	 * sign.
	 */
	List<String> shoutedWords() {
		Matcher shouted = SHOUTED.matcher(withoutQuotations(read));
		List<String> found = new ArrayList<>();
		while (shouted.find()) {
			found.add(shouted.group());
		}
		return found;
	}

}
