package dev.frontline.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which cases to list. Every criterion that is null matches everything.
 *
 * @param statuses any of these statuses, or empty for all
 * @param team this team only
 * @param words every one of these words appears in one of the case's complaints
 * @param ownerId owned by this person ({@code platform:userId})
 * @param escalatedOnly only escalated cases
 * @param acknowledgementOverdueAt only open cases whose acknowledgement was due before
 * this time
 * @param limit at most this many
 * @param offset skip this many first, for the next page
 * @param urgentFirst most urgent first (severity, then the least time left to
 * acknowledge), rather than newest first
 */
public record CaseFilter(List<CaseStatus> statuses, @Nullable String team, List<String> words, @Nullable String ownerId,
		boolean escalatedOnly, @Nullable Instant acknowledgementOverdueAt, int limit, int offset, boolean urgentFirst) {

	/**
	 * The most words a search takes: each is a scan of complaint texts, so a search of a
	 * thousand words would hold the database for everyone.
	 */
	public static final int MAX_WORDS = 5;

	/** The longest word a search takes. */
	public static final int MAX_WORD_LENGTH = 40;

	public CaseFilter {
		statuses = List.copyOf(statuses);
		words = List.copyOf(words);
		String problem = searchProblem(words);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		if (limit < 1 || limit > 500) {
			throw new IllegalArgumentException("limit must be 1..500");
		}
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative");
		}
	}

	/**
	 * What is wrong with these search words, in words for the person searching, or null
	 * when they can be searched for.
	 */
	public static @Nullable String searchProblem(List<String> words) {
		if (words.size() > MAX_WORDS) {
			return "search for at most " + MAX_WORDS + " words, not " + words.size();
		}
		for (String word : words) {
			if (word.length() > MAX_WORD_LENGTH) {
				return "a search word may be at most " + MAX_WORD_LENGTH + " characters, not " + word.length();
			}
		}
		return null;
	}

	/** Every case, newest first, up to the limit. */
	public static CaseFilter all(int limit) {
		return new CaseFilter(List.of(), null, List.of(), null, false, null, limit, 0, false);
	}

	/** The same cases, most urgent first. */
	public CaseFilter mostUrgentFirst() {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, acknowledgementOverdueAt, limit, offset,
				true);
	}

	/** The same cases, from the given page on (the first page is 1). */
	public CaseFilter page(int page) {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, acknowledgementOverdueAt, limit,
				Math.multiplyExact(page - 1, limit), urgentFirst);
	}

	public CaseFilter withStatuses(List<CaseStatus> statuses) {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, acknowledgementOverdueAt, limit, offset,
				urgentFirst);
	}

	public CaseFilter withTeam(@Nullable String team) {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, acknowledgementOverdueAt, limit, offset,
				urgentFirst);
	}

	public CaseFilter withWords(List<String> words) {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, acknowledgementOverdueAt, limit, offset,
				urgentFirst);
	}

	public CaseFilter withOwner(@Nullable String ownerId) {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, acknowledgementOverdueAt, limit, offset,
				urgentFirst);
	}

	public CaseFilter escalated() {
		return new CaseFilter(statuses, team, words, ownerId, true, acknowledgementOverdueAt, limit, offset,
				urgentFirst);
	}

	public CaseFilter acknowledgementOverdueAt(Instant now) {
		return new CaseFilter(statuses, team, words, ownerId, escalatedOnly, now, limit, offset, urgentFirst);
	}

}
