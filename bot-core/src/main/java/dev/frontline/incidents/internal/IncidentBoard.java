package dev.frontline.incidents.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.IncidentView;
import dev.frontline.teams.Teams;

/**
 * Keeps each incident's card current in its team's channels, with activity in its thread.
 */
@Component
public class IncidentBoard {

	private final DeliveryQueue delivery;

	private final Teams teams;

	private final IncidentViews views;

	private final IncidentStore store;

	private final Clock clock;

	IncidentBoard(DeliveryQueue delivery, Teams teams, IncidentViews views, IncidentStore store, Clock clock) {
		this.delivery = delivery;
		this.teams = teams;
		this.views = views;
		this.store = store;
		this.clock = clock;
	}

	/** Shows the card as it is in this transaction, and notes when it was shown. */
	public void show(long number) {
		long version = store.cardVersion(number);
		IncidentView view = views.assemble(number);
		teams.channelsOf(view.team()).forEach((platform, channel) -> {
			if (delivery.isActive(platform)) {
				delivery.showCard(new ChannelAddress(platform, channel), IncidentCard.key(number),
						IncidentCard.of(view, clock.instant()));
			}
		});
		store.markShown(number, clock.instant(), version);
	}

	/** Adds a note, with the mentions meant for each platform, to the card's threads. */
	public void note(long number, String team, ThreadNote note) {
		teams.channelsOf(team).forEach((platform, channel) -> {
			if (delivery.isActive(platform)) {
				delivery.addThreadNote(new ChannelAddress(platform, channel), IncidentCard.key(number),
						note.forPlatform(platform));
			}
		});
	}

}
