package dev.frontline.bench;

import java.util.List;
import java.util.StringJoiner;

/**
 * Complaint bodies for intake. Every one has its own author and external id, so each
 * opens its own case (a second complaint from one author within a day would join the
 * first's case instead).
 */
final class Complaints {

	/**
	 * Minor complaints that triage rates SEV4 (each under all of 1,500 tags tried):
	 * stored as cases, answerable with {@code /case}, but given no card, so loading a
	 * hundred thousand of them does not queue a hundred thousand Slack messages. None
	 * names a flight or an airport, so none gathers into an incident. The loyalty one
	 * replaced a status match that "could be quicker", which the learned layer rated SEV3
	 * under about one tag in 750: its card then took loyalty's channel just before a card
	 * B3 measured, which waited up to a second behind it.
	 */
	static final List<String> MINOR = List.of(
			"Nothing says 'we value your feedback' like a 64-question survey. Larkspur Air, never change.",
			"kinda miss the old Larkspur Air logo with the little flower, the new one looks like a bank",
			"Dark mode in the Larkspur Air app makes the departure times grey on grey. Readable, just a bit annoying.",
			"The Larkspur Rewards card design is so plain compared to the old one with the flower. Oh well.",
			"ah yes, larkspur rewards, where 30,000 points gets you a one way ticket to the next town over. thrilling stuff");

	/** A card-worthy complaint and the team whose channel its card goes to. */
	record Carded(String team, String text) {
	}

	/**
	 * One SEV3 complaint per team, each posted as a card in that team's channel. Each
	 * says enough to stay SEV3 under any tag (the baggage one under all of 160 tried): a
	 * bare "where is my bag" was rated SEV4 by the learned layer under about one tag in
	 * six, and had no card.
	 */
	static final List<Carded> CARDED = List.of(new Carded("baggage",
			"@LarkspurAir my suitcase never came off the belt last night and nobody at the bag desk could say where it is. Who do I talk to?"),
			new Carded("care-social",
					"DM'd your team 4 days ago, it says read, zero reply. what is the point of the DMs @larkspurair"),
			new Carded("digital",
					"@LarkspurAir app crashes every time I open My Trips since the last update. iPhone 15, reinstalled twice. Anyone else?"),
			new Carded("loyalty",
					"My two upgrade certificates disappeared from my Larkspur Rewards account on the 1st. Nobody ever told me they expire. Can they be reinstated?"),
			new Carded("flight-ops",
					"The flight attendant snapped at my teenage son for asking for water a second time. He's 14 and he was polite."));

	/** About one failure: one flight, words that route to flight operations. */
	static final List<String> STORM = List.of("LK412 delayed again, we've been at the gate for three hours.",
			"Stuck on the tarmac on flight LK 412 for two hours now, no updates at all.",
			"@LarkspurAir lk412 cancelled and the rebooking line won't pick up. Missing my connection.",
			"Why is nobody at gate B12 telling LK412 passengers what is going on? Delayed with no info.",
			"LK412: third delay announcement in an hour. I'll miss my meeting in Boston.");

	private Complaints() {
	}

	static String json(String externalId, String text) {
		return "{\"source\":\"x\",\"externalId\":\"" + externalId + "\",\"text\":" + quoted(text)
				+ ",\"url\":\"https://social.example/x/" + externalId + "\",\"author\":{\"handle\":\"@" + externalId
				+ "\",\"displayName\":\"Bench " + externalId + "\",\"followers\":120},"
				+ "\"engagement\":{\"likes\":1,\"shares\":0,\"replies\":0},\"customer\":{\"tier\":\"none\"},\"language\":\"en\"}";
	}

	/** An array of minor complaints with ids {@code prefix-from} and on. */
	static String minorBatch(String prefix, int from, int count) {
		return minorBatch(prefix, from, count, false);
	}

	/**
	 * An array of minor complaints with ids {@code prefix-from} and on.
	 * @param distinct whether each text is made unlike every other (see {@link #tagged})
	 */
	static String minorBatch(String prefix, int from, int count, boolean distinct) {
		StringJoiner array = new StringJoiner(",", "[", "]");
		for (int i = from; i < from + count; i++) {
			String text = MINOR.get(i % MINOR.size());
			array.add(json(prefix + "-" + i, distinct ? tagged(text, i) : text));
		}
		return array.toString();
	}

	/**
	 * The text with a tag of its own, so that no two measured complaints read the same:
	 * the learned layer remembers the embeddings of recent texts, and a handful of texts
	 * repeated thousands of times would measure that memory instead of the model.
	 */
	static String tagged(String text, int n) {
		return text + " #" + Integer.toString(n, 36);
	}

	static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
