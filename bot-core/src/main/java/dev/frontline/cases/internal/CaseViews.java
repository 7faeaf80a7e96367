package dev.frontline.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.FollowUpPlans;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.ProactiveNotices;
import dev.frontline.cases.ReplyDrafting;

/** Assembles a case's view from its row, complaints and history. */
@Component
public class CaseViews {

	private final CaseStore cases;

	private final ComplaintStore complaints;

	private final CaseViewCache cache;

	private final ReplyDrafting drafting;

	private final FollowUpPlans plans;

	private final ProactiveNotices notices;

	CaseViews(CaseStore cases, ComplaintStore complaints, CaseViewCache cache, ReplyDrafting drafting,
			FollowUpPlans plans, ProactiveNotices notices) {
		this.notices = notices;
		this.drafting = drafting;
		this.plans = plans;
		this.cases = cases;
		this.complaints = complaints;
		this.cache = cache;
	}

	/** The case as it is now, from the cache when possible. */
	public Optional<CaseView> find(long number) {
		return cache.get(number, n -> cases.find(n).map(this::assemble));
	}

	/** The case as this transaction sees it, bypassing the cache. */
	public CaseView assemble(CaseRow row) {
		CaseView.Owner owner = row.ownerId() == null ? null
				: new CaseView.Owner(row.ownerId(), row.ownerName() == null ? row.ownerId() : row.ownerName());
		List<HistoryEntry> history = cases.history(row.number());
		return new CaseView(row.number(), row.status(), row.severity(), row.score(), row.team(), row.category(),
				row.reasons(), owner, row.escalationLevel(), row.posted(), row.openedAt(), row.acknowledgeBy(),
				row.acknowledgedAt(), row.resolvedAt(), row.incident(), complaints.ofCase(row.number()), history,
				isDraftable(row.status()) ? drafting.draftingOn(row.number()) : List.of(), measures(row, history),
				plans.planOf(row.number()).orElse(null),
				row.incident() == null ? null : notices.latestSentTo(row.number()).orElse(null));
	}

	/** Once a reply is approved, nobody drafts one any more. */
	private static boolean isDraftable(CaseStatus status) {
		return status == CaseStatus.OPEN || status == CaseStatus.ACKNOWLEDGED;
	}

	/**
	 * Read from the history, which keeps every step with its time: the reply's times are
	 * those of its latest approval and its publication.
	 */
	private static CaseView.Measures measures(CaseRow row, List<HistoryEntry> history) {
		return new CaseView.Measures(since(row.openedAt(), row.acknowledgedAt()),
				since(row.openedAt(), latest(history, "REPLY_APPROVED")),
				since(row.openedAt(), latest(history, "REPLIED")));
	}

	private static @Nullable Instant latest(List<HistoryEntry> history, String action) {
		return history.stream()
			.filter(entry -> entry.action().equals(action))
			.map(HistoryEntry::at)
			.reduce((a, b) -> b)
			.orElse(null);
	}

	private static @Nullable Duration since(Instant start, @Nullable Instant end) {
		return end == null ? null : Duration.between(start, end);
	}

}
