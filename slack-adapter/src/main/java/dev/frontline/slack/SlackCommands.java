package dev.frontline.slack;

import com.slack.api.bolt.App;

import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CommandReply;

/**
 * {@code /case} and {@code /cases}: answered in the acknowledgement itself, visible only
 * to the caller.
 */
class SlackCommands {

	private final CaseCommands commands;

	private final SlackUsers users;

	SlackCommands(CaseCommands commands, SlackUsers users) {
		this.commands = commands;
		this.users = users;
	}

	void register(App app) {
		app.command("/case", (request, context) -> {
			CommandReply reply = commands.caseCommand(users.actorOrId(request.getPayload().getUserId()),
					String.valueOf(request.getPayload().getText()));
			return context.ack(r -> r.responseType("ephemeral")
				.text(SlackReplies.fallback(reply))
				.blocks(SlackReplies.blocks(reply)));
		});
		app.command("/cases", (request, context) -> {
			CommandReply reply = commands.casesCommand(users.actorOrId(request.getPayload().getUserId()),
					String.valueOf(request.getPayload().getText()));
			return context.ack(r -> r.responseType("ephemeral")
				.text(SlackReplies.fallback(reply))
				.blocks(SlackReplies.blocks(reply)));
		});
	}

}
