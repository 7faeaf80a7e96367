package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;

import dev.frontline.delivery.InboundEvents;
import dev.frontline.home.Home;
import dev.frontline.home.Homes;

/** App Home: the person's home as the core composes it, published when they open it. */
class SlackAppHome {

	private static final Logger log = LoggerFactory.getLogger(SlackAppHome.class);

	private final Homes homes;

	private final SlackUsers users;

	private final InboundEvents inbound;

	SlackAppHome(Homes homes, SlackUsers users, InboundEvents inbound) {
		this.homes = homes;
		this.users = users;
		this.inbound = inbound;
	}

	void register(App app) {
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			if (!inbound.firstTime(SlackChatPlatform.NAME, payload.getEventId())) {
				return context.ack();
			}
			String userId = payload.getEvent().getUser();
			List<LayoutBlock> blocks = blocks(homes.of(users.actorOrId(userId)));
			ViewsPublishResponse published = context.client()
				.viewsPublish(r -> r.userId(userId).view(view(v -> v.type("home").blocks(blocks))));
			if (!published.isOk()) {
				log.warn("App Home for {} was not published: {}", userId, published.getError());
			}
			return context.ack();
		});
	}

	/** A home as blocks: a divider above every heading but the first, text inert. */
	static List<LayoutBlock> blocks(Home home) {
		List<LayoutBlock> blocks = new ArrayList<>();
		for (Home.Part part : home.parts()) {
			switch (part) {
				case Home.Heading heading -> {
					if (!blocks.isEmpty()) {
						blocks.add(divider());
					}
					blocks.add(header(h -> h.text(plainText(SlackText.fit(heading.text(), CardBlocks.HEADER_LIMIT)))));
				}
				case Home.Line line -> blocks.add(CardBlocks.inert(line.text()));
				case Home.Buttons buttons -> blocks.add(CardBlocks.buttons(buttons.actions()));
			}
		}
		return blocks;
	}

}
