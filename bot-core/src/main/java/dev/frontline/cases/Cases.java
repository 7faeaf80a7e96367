package dev.frontline.cases;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViews;
import dev.frontline.cases.internal.ComplaintStore;

/** Looks cases up, for staff in chat and for integrations. */
@Service
public class Cases {

	private final CaseViews views;

	private final CaseStore store;

	private final ComplaintStore complaints;

	Cases(CaseViews views, CaseStore store, ComplaintStore complaints) {
		this.views = views;
		this.store = store;
		this.complaints = complaints;
	}

	/**
	 * Which of these words name a customer (display name, first name, handle), a
	 * customer's own reference or a staff member who owned a case.
	 */
	public KnownPeople knownAmong(Collection<String> words) {
		return complaints.knownAmong(words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
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
