package dev.frontline.home;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLine;

/**
 * {@code home} where a platform shows only text: what waits for the person, as Slack's
 * App Home shows it, each button as it is typed.
 */
@Component
public class HomeTyping implements Interactions {

	private final Homes homes;

	public HomeTyping(Homes homes) {
		this.homes = homes;
	}

	@Override
	public void declare(Declarations declare) {
		declare.typed()
			.verb("Home", "home", "home (what waits for you, as Slack's App Home shows it; also story status)",
					this::home);
	}

	private Outcome home(TypedLine line) {
		StringBuilder out = new StringBuilder();
		for (Home.Part part : homes.of(line.actor()).parts()) {
			switch (part) {
				case Home.Heading heading -> out.append(out.isEmpty() ? "" : "\n").append(heading.text());
				case Home.Line text -> out.append("\n  ").append(text.text().replace("\n", "\n  "));
				case Home.Buttons buttons -> out.append("\n  ")
					.append(buttons.actions()
						.stream()
						.map(line.typing()::formOf)
						.collect(Collectors.joining(" · ", "(", ")")));
			}
		}
		return new Outcome.Answer(out.toString(), List.of());
	}

}
