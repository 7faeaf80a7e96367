package dev.frontline.slack;

import java.util.Map;
import java.util.function.BiFunction;

import com.slack.api.bolt.App;

import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CommandReply;
import dev.frontline.people.Actor;

/**
 * {@code /case} and {@code /cases}: answered in the acknowledgement itself, visible only
 * to the caller.
 */
class SlackCommands {

	private final Map<String, BiFunction<Actor, String, CommandReply>> commands;

	private final SlackUsers users;

	SlackCommands(CaseCommands commands, SlackUsers users) {
		this.commands = Map.of("/case", commands::caseCommand, "/cases", commands::casesCommand);
		this.users = users;
	}

	void register(App app) {
		commands.forEach((name, command) -> app.command(name, (request, context) -> {
			CommandReply reply = command.apply(users.actorOrId(request.getPayload().getUserId()),
					String.valueOf(request.getPayload().getText()));
			return context.ack(r -> r.responseType("ephemeral")
				.text(SlackReplies.fallback(reply))
				.blocks(SlackReplies.blocks(reply)));
		}));
	}

}
