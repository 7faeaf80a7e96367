package dev.frontline.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViews;

/** Looks cases up, for staff in chat and for integrations. */
@Service
public class Cases {

	private final CaseViews views;

	private final CaseStore store;

	Cases(CaseViews views, CaseStore store) {
		this.views = views;
		this.store = store;
	}

	/** The case with that number. */
	public Optional<CaseView> find(long number) {
		return views.find(number);
	}

	/**
	 * The case with that number.
	 * @throws UnknownCaseException when there is none
	 */
	public CaseView get(long number) {
		return find(number).orElseThrow(() -> new UnknownCaseException(number));
	}

	/** The numbers of the cases that are part of an incident, oldest first. */
	public List<Long> membersOf(long incident) {
		return store.membersOf(incident);
	}

	/** Cases matching the filter, in the filter's order. */
	public List<CaseSummary> list(CaseFilter filter) {
		return store.list(filter);
	}

	/** How many cases match the filter, beyond its limit too. */
	public long count(CaseFilter filter) {
		return store.count(filter);
	}

}
