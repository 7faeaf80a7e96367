package dev.frontline.incidents;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.delivery.Card;
import dev.frontline.incidents.internal.IncidentCard;
import dev.frontline.incidents.internal.IncidentBoard;
import dev.frontline.incidents.internal.IncidentStore;
import dev.frontline.incidents.internal.IncidentViews;

/** Looks incidents up, for staff in chat and for integrations. */
@Service
public class Incidents {

	private final IncidentViews views;

	private final IncidentStore store;

	private final IncidentBoard board;

	private final Clock clock;

	Incidents(IncidentViews views, IncidentStore store, IncidentBoard board, Clock clock) {
		this.clock = clock;
		this.views = views;
		this.store = store;
		this.board = board;
	}

	/**
	 * Shows every incident card that is waiting for its next refresh now, without waiting
	 * for {@code update-every}: for a run that is about to end.
	 * @return how many were shown
	 */
	@Transactional
	public int showWaitingCards() {
		List<Long> waiting = store.stale();
		waiting.forEach(board::show);
		return waiting.size();
	}

	/** The incident with that number. */
	@Transactional(readOnly = true)
	public Optional<IncidentView> find(long number) {
		return views.find(number);
	}

	/**
	 * The incident with that number.
	 * @throws UnknownIncidentException when there is none
	 */
	@Transactional(readOnly = true)
	public IncidentView get(long number) {
		return views.assemble(number);
	}

	/**
	 * The incident's card as it is now, to show someone privately.
	 * @throws UnknownIncidentException when there is none
	 */
	@Transactional(readOnly = true)
	public Card card(long number) {
		return IncidentCard.of(views.assemble(number), clock.instant());
	}

	/**
	 * Everyone the incident affected, with the notice drafted for each.
	 * @throws UnknownIncidentException when there is none
	 */
	@Transactional(readOnly = true)
	public AffectedCustomers affected(long number) {
		return views.affected(number);
	}

}
