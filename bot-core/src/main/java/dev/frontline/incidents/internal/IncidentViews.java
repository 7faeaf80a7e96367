package dev.frontline.incidents.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.UnknownIncidentException;

/** Assembles an incident's view, and its affected customers, from the database. */
@Component
public class IncidentViews {

	/** How many of an incident's most urgent complaints its card quotes. */
	private static final int TOP = 3;

	private final IncidentStore store;

	private final IncidentSettings settings;

	IncidentViews(IncidentStore store, IncidentSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	public Optional<IncidentView> find(long number) {
		return store.find(number).map(this::assemble);
	}

	/**
	 * The incident as this transaction sees it.
	 * @throws UnknownIncidentException when there is none
	 */
	public IncidentView assemble(long number) {
		return assemble(store.find(number).orElseThrow(() -> new UnknownIncidentException(number)));
	}

	private IncidentView assemble(IncidentRow row) {
		CaseView.Owner owner = row.ownerId() == null ? null
				: new CaseView.Owner(row.ownerId(), row.ownerName() == null ? row.ownerId() : row.ownerName());
		return new IncidentView(row.number(), row.label(), row.team(), row.status(), row.severity(), owner,
				row.openedAt(), row.lastComplaintAt(), row.resolvedAt(), row.acknowledgeBy(),
				store.counts(row.number()), store.topComplaints(row.number(), TOP), store.history(row.number()),
				store.latestSignal(row.number()).orElse(null));
	}

	/** Everyone the incident affected, each with the notice drafted for them. */
	public AffectedCustomers affected(long number) {
		IncidentRow row = store.find(number).orElseThrow(() -> new UnknownIncidentException(number));
		String draft = settings.notice().replace("{incident}", row.label());
		return new AffectedCustomers(number, row.label(), draft,
				store.affected(number, (name, handle) -> draft.replace("{name}", nameOf(name, handle))));
	}

	private static String nameOf(@Nullable String name, @Nullable String handle) {
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		return handle == null ? "there" : handle;
	}

}
