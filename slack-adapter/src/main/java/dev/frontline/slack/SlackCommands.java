package dev.frontline.slack;

import com.slack.api.bolt.App;

import dev.frontline.cases.CommandReply;
import dev.frontline.conversation.Conversation;

/**
 * The commands the core declares ({@code /case}, {@code /cases}, {@code /stories}): their
 * text carried to the conversation port, its answer in the acknowledgement itself,
 * visible only to the caller.
 */
class SlackCommands {

	private final Conversation conversation;

	private final SlackUsers users;

	SlackCommands(Conversation conversation, SlackUsers users) {
		this.conversation = conversation;
		this.users = users;
	}

	void register(App app) {
		for (String name : conversation.commands()) {
			app.command(name, (request, context) -> {
				CommandReply reply = CommandReply.of(conversation
					.command(users.actorOrId(request.getPayload().getUserId()), name, request.getPayload().getText()));
				return context.ack(r -> r.responseType("ephemeral")
					.text(SlackReplies.fallback(reply))
					.blocks(SlackReplies.blocks(reply)));
			});
		}
	}

}
