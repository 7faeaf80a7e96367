package dev.frontline.cases.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;

/** Assembles a case's view from its row, complaints and history. */
@Component
public class CaseViews {

	private final CaseStore cases;

	private final ComplaintStore complaints;

	private final CaseViewCache cache;

	CaseViews(CaseStore cases, ComplaintStore complaints, CaseViewCache cache) {
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
		return new CaseView(row.number(), row.status(), row.severity(), row.score(), row.team(), row.category(),
				row.reasons(), owner, row.escalationLevel(), row.posted(), row.openedAt(), row.acknowledgeBy(),
				row.acknowledgedAt(), row.resolvedAt(), row.incident(), complaints.ofCase(row.number()),
				cases.history(row.number()));
	}

}
