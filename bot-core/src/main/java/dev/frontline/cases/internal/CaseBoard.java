package dev.frontline.cases.internal;

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

	CaseBoard(DeliveryQueue delivery, Teams teams) {
		this.delivery = delivery;
		this.teams = teams;
	}

	/**
	 * Posts or updates the card in every channel of the case's team, if the case is
	 * posted.
	 */
	public void show(CaseView view) {
		forEachChannel(view, channel -> delivery.showCard(channel, CaseCard.key(view.number()), CaseCard.of(view)));
	}

	/** Adds a line of activity to the card's thread, if the case is posted. */
	public void note(CaseView view, String text) {
		forEachChannel(view,
				channel -> delivery.addThreadNote(channel, CaseCard.key(view.number()), new ThreadNote(text)));
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
	}

}
