package dev.frontline.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import dev.frontline.conversation.ButtonIds;

/**
 * Hands each interaction to the handler registered for it: a button or modal by the
 * action in its custom id, a slash command by its name. A handler that fails unexpectedly
 * is logged and the person told so privately, never left with a spinning button.
 */
class DiscordRoutes extends ListenerAdapter {

	private static final Logger log = LoggerFactory.getLogger(DiscordRoutes.class);

	/** Acts on a press; the value is what the button acts on, such as a case number. */
	interface ButtonHandler {

		void handle(ButtonInteractionEvent event, String value);

	}

	/** Acts on a submitted form; the value is what it is about. */
	interface ModalHandler {

		void handle(ModalInteractionEvent event, String value);

	}

	private final Map<String, ButtonHandler> buttons = new HashMap<>();

	private final Map<String, ModalHandler> modals = new HashMap<>();

	private final Map<String, Consumer<SlashCommandInteractionEvent>> commands = new HashMap<>();

	private final List<SlashCommandData> commandData = new ArrayList<>();

	private final List<Consumer<ReadyEvent>> onReady = new ArrayList<>();

	void button(String action, ButtonHandler handler) {
		register(buttons, action, handler);
	}

	void modal(String action, ModalHandler handler) {
		register(modals, action, handler);
	}

	void command(SlashCommandData data, Consumer<SlashCommandInteractionEvent> handler) {
		register(commands, data.getName(), handler);
		commandData.add(data);
	}

	void whenReady(Consumer<ReadyEvent> action) {
		onReady.add(action);
	}

	/** Every command registered, for Discord to show in the servers. */
	List<SlashCommandData> commands() {
		return List.copyOf(commandData);
	}

	private static <H> void register(Map<String, H> handlers, String key, H handler) {
		if (handlers.putIfAbsent(key, handler) != null) {
			throw new IllegalStateException("two handlers for " + key);
		}
	}

	@Override
	public void onReady(ReadyEvent event) {
		onReady.forEach(action -> action.accept(event));
	}

	@Override
	public void onButtonInteraction(ButtonInteractionEvent event) {
		String id = event.getComponentId();
		ButtonHandler handler = buttons.get(ButtonIds.action(id));
		if (handler == null) {
			log.warn("A press of an unknown button {}", id);
			refuse(event, "That button no longer does anything here.");
			return;
		}
		run(event, () -> handler.handle(event, ButtonIds.target(id)));
	}

	@Override
	public void onModalInteraction(ModalInteractionEvent event) {
		String id = event.getModalId();
		ModalHandler handler = modals.get(ButtonIds.action(id));
		if (handler == null) {
			log.warn("An unknown form {} was submitted", id);
			refuse(event, "That form is no longer in use. Please start again.");
			return;
		}
		run(event, () -> handler.handle(event, ButtonIds.target(id)));
	}

	@Override
	public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
		Consumer<SlashCommandInteractionEvent> handler = commands.get(event.getName());
		if (handler == null) {
			refuse(event, "Frontline does not know /" + event.getName() + ".");
			return;
		}
		run(event, () -> handler.accept(event));
	}

	private static void run(IReplyCallback event, Runnable handler) {
		try {
			handler.run();
		}
		catch (RuntimeException ex) {
			log.warn("Handling a Discord interaction failed", ex);
			refuse(event, "Sorry, that did not work. Please try again.");
		}
	}

	/** Tells only the person, whether or not the interaction was answered already. */
	static void refuse(IReplyCallback event, String message) {
		if (event.isAcknowledged()) {
			event.getHook().sendMessage(DiscordMessages.text(message)).setEphemeral(true).queue();
		}
		else {
			event.reply(DiscordMessages.text(message)).setEphemeral(true).queue();
		}
	}

}
