package dev.frontline.slack;

import java.util.Objects;

import com.slack.api.bolt.App;

import dev.frontline.cases.CommandReply;
import dev.frontline.reports.ReportCommands;

/**
 * {@code /report [team] [week]}: the week's summary in the acknowledgement itself,
 * visible only to the caller. Slack cannot attach a file to a message only one person
 * sees, so the chart stays with the channel's weekly post and the API's {@code .png}.
 */
class SlackReportCommand {

	SlackReportCommand(App app, ReportCommands reports, SlackUsers users) {
		app.command("/report", (request, context) -> {
			// Slack sends no text at all for a bare /report.
			String text = Objects.requireNonNullElse(request.getPayload().getText(), "");
			CommandReply reply = CommandReply
				.text(reports.summary(users.actorOrId(request.getPayload().getUserId()), text));
			return context.ack(r -> r.responseType("ephemeral")
				.text(SlackReplies.fallback(reply))
				.blocks(SlackReplies.blocks(reply)));
		});
	}

}
