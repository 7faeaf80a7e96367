package dev.frontline.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.storage.DatabaseUnavailable;

/**
 * The port chat adapters call when someone presses a button, submits a form or closes
 * one: it finds what the owning capability declared and answers with an {@link Outcome}.
 * A refusal becomes a sentence for the person; anything unexpected is logged and the
 * person asked to try again, never left without an answer.
 */
@Service
public class Conversation {

	private static final Logger log = LoggerFactory.getLogger(Conversation.class);

	/** The action of a button that answers a form's one choice. */
	public static final String CHOOSE = "choose";

	/** What the person reads when something unexpected went wrong. */
	public static final String TRY_AGAIN = "Sorry, that did not work. Please try again.";

	static final String FORM_NOT_SHOWN = "Sorry, that form could not be opened. Please try again.";

	private final Declarations declared = new Declarations();

	private final People people;

	public Conversation(List<Interactions> capabilities, People people) {
		this.people = people;
		capabilities.forEach(capability -> capability.declare(declared));
		declared.refusals(NotPermittedException.class, IllegalArgumentException.class);
	}

	/** Someone pressed a button acting on a target. */
	public Outcome press(Actor actor, String action, String target) {
		Interactions.Press press = declared.presses.get(action);
		Interactions.Opens opens = declared.opens.get(action);
		if (press == null && opens == null) {
			log.warn("A press of an unknown button {}", action);
			return new Outcome.Refused("That button no longer does anything here.");
		}
		return attempt(() -> {
			if (press != null) {
				return press.press(actor, target);
			}
			people.require(actor, Role.STAFF);
			return new Outcome.Show(opens.form(actor, target));
		}, null);
	}

	/** Someone pressed a button whose action and target are written as one id. */
	public Outcome press(Actor actor, String buttonId) {
		return press(actor, ButtonIds.action(buttonId), ButtonIds.target(buttonId));
	}

	/** Someone submitted a form. */
	public Outcome submit(Actor actor, String form, String target, Answers answers) {
		Declarations.FormHandler handler = declared.forms.get(form);
		if (handler == null) {
			log.warn("An unknown form {} was submitted", form);
			return new Outcome.Refused("That form is no longer in use. Please start again.");
		}
		return attempt(() -> handler.submit().submit(actor, target, answers), handler.refusalsBeside());
	}

	/**
	 * Someone pressed one of a form's {@link Form#choiceButtons choice buttons}: the form
	 * is submitted with that choice.
	 */
	public Outcome choose(Actor actor, String chosen) {
		String[] form = chosen.split(":", 3);
		String[] answer = form.length > 1 ? form[1].split("=", 2) : new String[] { "" };
		return submit(actor, form[0], form.length > 2 ? form[2] : "",
				Answers.of(Map.of(answer[0], answer.length > 1 ? answer[1] : "")));
	}

	/** Someone closed a form without submitting it, or it could not be shown to them. */
	public void closed(Actor actor, String form, String target) {
		Interactions.Closed closed = declared.closes.get(form);
		if (closed == null) {
			return;
		}
		Outcome outcome = attempt(() -> {
			closed.closed(actor, target);
			return Outcome.NOTHING;
		}, null);
		if (outcome instanceof Outcome.Refused(String reason)) {
			log.info("Closing the form {} was not recorded: {}", form, reason);
		}
	}

	/**
	 * A form could not be shown to the person, as when the platform refused it or the
	 * time to show it ran out: the capability hears of it as of a closed form, and the
	 * person, where the platform can still tell them, reads this.
	 */
	public Outcome.Refused notShown(Actor actor, Form form) {
		closed(actor, form.id(), form.target());
		return new Outcome.Refused(FORM_NOT_SHOWN);
	}

	/**
	 * Someone typed a command, such as {@code /case 1042}: its answer is for them alone.
	 * @param name the command with its slash
	 * @param arguments what was typed after it, as the platform gives it
	 */
	public Outcome command(Actor actor, String name, @Nullable String arguments) {
		Interactions.Command command = declared.commands.get(name.toLowerCase(Locale.ROOT));
		if (command == null) {
			log.warn("An unknown command {}", name);
			return new Outcome.Refused("There is no command " + name + " here.");
		}
		// Some platforms send nothing at all when nothing follows the command.
		String typed = arguments == null ? "" : arguments.strip();
		return attempt(() -> command.answer(actor, typed), null);
	}

	/**
	 * Someone typed a line of words where the platform has no buttons or forms, such as
	 * {@code ack 1042}: it stands for the press, submission or command its capability
	 * declared, and is answered as they are.
	 */
	public Outcome typed(Actor actor, String line) {
		return attempt(() -> declared.typed.answer(this, actor, line), null);
	}

	/**
	 * How lines are typed, for help, completion and printing buttons and forms as text.
	 */
	public TypedLines typing() {
		return declared.typed;
	}

	/** The commands declared, with their slash, for adapters to register. */
	public Set<String> commands() {
		return new TreeSet<>(declared.commands.keySet());
	}

	/**
	 * The commands declared with their options, by name, for platforms that offer a
	 * command option by option.
	 */
	public List<CommandOptions> commandOptions() {
		return declared.commandOptions.values().stream().sorted(Comparator.comparing(CommandOptions::name)).toList();
	}

	/** The command of this name, with its slash, as offered option by option. */
	public Optional<CommandOptions> commandOptions(String name) {
		return Optional.ofNullable(declared.commandOptions.get(name));
	}

	/** The actions of every button declared, for adapters to listen for. */
	public Set<String> buttons() {
		Set<String> actions = new TreeSet<>(declared.presses.keySet());
		actions.addAll(declared.opens.keySet());
		return actions;
	}

	/** The ids of every form declared, for adapters to listen for. */
	public Set<String> forms() {
		return new TreeSet<>(declared.forms.keySet());
	}

	/** The ids of the forms that want to hear when they are closed. */
	public Set<String> formsToldWhenClosed() {
		return new TreeSet<>(declared.closes.keySet());
	}

	/**
	 * Whether what a submission of the form comes to is read in the form's place, where a
	 * platform keeps forms on screen.
	 */
	public boolean answeredInForm(String form) {
		return declared.answeredInForm.contains(form);
	}

	/**
	 * The input whose answer a platform that cannot keep a refused form on screen gives
	 * back, so nothing typed is lost.
	 */
	public Optional<String> keptOnRefusal(String form) {
		return Optional.ofNullable(declared.forms.get(form)).map(Declarations.FormHandler::keepOnRefusal);
	}

	/**
	 * What a platform that cannot keep a refused form on screen tells the person: the
	 * errors, then the answer the form keeps, so nothing typed is lost.
	 */
	public String refusedKeepingAnswer(String form, Outcome.Errors errors, Answers answers) {
		return errors.sentence() + keptOnRefusal(form).map(answers::text)
			.filter(typed -> !typed.isBlank())
			.map(typed -> "\n\nYour reply as you wrote it, to use again:\n" + typed)
			.orElse("");
	}

	private Outcome attempt(Supplier<Outcome> work, @Nullable String refusalsBeside) {
		Outcome outcome;
		try {
			outcome = work.get();
		}
		catch (RuntimeException ex) {
			if (DatabaseUnavailable.isCause(ex)) {
				log.warn("An interaction was answered 'try again': the database is out of reach ({})", ex.toString());
				return new Outcome.Refused(DatabaseUnavailable.TRY_AGAIN);
			}
			if (!isRefusal(ex)) {
				log.warn("An interaction failed", ex);
				return new Outcome.Refused(TRY_AGAIN);
			}
			String reason = String.valueOf(ex.getMessage());
			return refusalsBeside == null ? new Outcome.Refused(reason) : Outcome.beside(refusalsBeside, reason);
		}
		if (outcome instanceof Outcome.Later(var later)) {
			return new Outcome.Later(() -> attempt(later, null));
		}
		if (refusalsBeside != null && outcome instanceof Outcome.Refused(String reason)) {
			return Outcome.beside(refusalsBeside, reason);
		}
		return outcome;
	}

	private boolean isRefusal(RuntimeException ex) {
		return declared.refusals.stream().anyMatch(kind -> kind.isInstance(ex));
	}

}
