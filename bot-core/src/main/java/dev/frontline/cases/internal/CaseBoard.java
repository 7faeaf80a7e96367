package dev.frontline.cases.internal;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.teams.Teams;

/**
 * Keeps each posted case's card current in its team's channels, with activity in the
 * card's thread.
 */
@Component
public class CaseBoard {

	private final DeliveryQueue delivery;

	private final Teams teams;

	private final Clock clock;

	private final CaseStore cases;

	CaseBoard(DeliveryQueue delivery, Teams teams, Clock clock, CaseStore cases) {
		this.delivery = delivery;
		this.teams = teams;
		this.clock = clock;
		this.cases = cases;
	}

	/**
	 * Posts or updates the card in every channel of the case's team, if the case is
	 * posted.
	 */
	public void show(CaseView view) {
		forEachChannel(view,
				channel -> delivery.showCard(channel, CaseCard.key(view.number()), CaseCard.of(view, clock.instant())));
	}

	/** Adds a line of activity to the card's thread, if the case is posted. */
	public void note(CaseView view, String text) {
		note(view, new ThreadNote(text));
	}

	/** Adds a note, with the mentions meant for each platform, to the card's threads. */
	public void note(CaseView view, ThreadNote note) {
		forEachChannel(view, channel -> delivery.addThreadNote(channel, CaseCard.key(view.number()),
				note.forPlatform(channel.platform())));
	}

	/**
	 * Leaves the card in the channels of the team the case moved from saying where it
	 * went, with the note in its thread; channels the new team shares keep the live card.
	 * @param before the case as it was, with its old team
	 */
	public void showMoved(CaseView before, String toTeam, String by, String note) {
		if (!before.posted()) {
			return;
		}
		Map<String, String> staying = teams.channelsOf(toTeam);
		teams.channelsOf(before.team()).forEach((platform, channel) -> {
			if (delivery.isActive(platform) && !channel.equals(staying.get(platform))) {
				ChannelAddress address = new ChannelAddress(platform, channel);
				delivery.showCard(address, CaseCard.key(before.number()), CaseCard.moved(before, toTeam, by));
				delivery.addThreadNote(address, CaseCard.key(before.number()), new ThreadNote(note));
			}
		});
	}

	/**
	 * The team's channels on the platforms connected in this run; none while the case is
	 * only recorded.
	 */
	private void forEachChannel(CaseView view, Consumer<ChannelAddress> action) {
		if (!view.posted()) {
			return;
		}
		teams.channelsOf(view.team()).forEach((platform, channel) -> {
			if (delivery.isActive(platform)) {
				action.accept(new ChannelAddress(platform, channel));
			}
		});
		// Channels the case was escalated to keep the card current too.
		for (ChannelAddress extra : cases.extraChannels(view.number())) {
			if (delivery.isActive(extra.platform())) {
				action.accept(extra);
			}
		}
	}

}
