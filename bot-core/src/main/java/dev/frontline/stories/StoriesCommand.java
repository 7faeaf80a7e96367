package dev.frontline.stories;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.Declarations;
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

	@Override
	public void declare(Declarations declare) {
		declare.command("/stories", (actor, arguments) -> stories.storiesCommand(actor, arguments).answer());
	}

}
