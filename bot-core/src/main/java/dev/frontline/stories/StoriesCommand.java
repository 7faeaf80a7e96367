package dev.frontline.stories;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.CommandOptions.Option;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Interactions;

/**
 * {@code /stories} on every platform: declared to the conversation port, which passes the
 * text after the command; {@link Stories#storiesCommand} reads and answers it.
 */
@Component
public class StoriesCommand implements Interactions {

	private final Stories stories;

	public StoriesCommand(Stories stories) {
		this.stories = stories;
	}

	/**
	 * {@code nominate:1042} is {@code nominate 1042}; {@code theme:baggage} is
	 * {@code theme baggage}; else what to show, or nothing.
	 */
	static final CommandOptions STORIES = new CommandOptions("/stories",
			"Stories by week or theme, themes across weeks, improvement actions", false, false,
			List.of(Option.text("show", "What to show")
				.oneOf(new Field.Option("this-week", "this week"), new Field.Option("last-week", "last week"),
						new Field.Option("themes", "themes across weeks"),
						new Field.Option("actions", "open improvement actions")),
					Option.text("theme", "Stories with a theme or tag, such as baggage"),
					Option.number("nominate", "A resolved case to ask its handler to tell as a story")),
			answers -> {
				if (!answers.text("nominate").isEmpty()) {
					return "nominate " + answers.text("nominate");
				}
				return answers.text("theme").isEmpty() ? answers.text("show") : "theme " + answers.text("theme");
			});

	@Override
	public void declare(Declarations declare) {
		declare.command(STORIES, (actor, arguments) -> stories.storiesCommand(actor, arguments).answer());
	}

}
