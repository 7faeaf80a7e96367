package dev.frontline.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the capabilities declared: a handler for each button's action and each form's id.
 * Each is declared once; two capabilities claiming one is a mistake found at start-up.
 */
public final class Declarations {

	final Map<String, Interactions.Press> presses = new HashMap<>();

	final Map<String, Interactions.Opens> opens = new HashMap<>();

	final Map<String, FormHandler> forms = new HashMap<>();

	final Map<String, Interactions.Closed> closes = new HashMap<>();

	final Map<String, Interactions.Command> commands = new HashMap<>();

	final Map<String, CommandOptions> commandOptions = new HashMap<>();

	final Set<String> answeredInForm = new HashSet<>();

	final Set<Class<? extends RuntimeException>> refusals = new HashSet<>();

	final TypedLines typed = new TypedLines();

	/**
	 * A submission's handler, and the input a refusal is shown beside when the handler
	 * names none.
	 */
	record FormHandler(String refusalsBeside, @Nullable String keepOnRefusal, Interactions.Submit submit) {
	}

	Declarations() {
	}

	/** A press that acts at once. */
	public Declarations press(Button button, Interactions.Press press) {
		claim(button.action());
		presses.put(button.action(), press);
		return this;
	}

	/** A press that opens a form; only staff are shown one. */
	public Declarations opens(Button button, Interactions.Opens form) {
		claim(button.action());
		opens.put(button.action(), form);
		return this;
	}

	/**
	 * A form's submission.
	 * @param refusalsBeside the input a refusal is shown beside
	 */
	public Declarations form(String id, String refusalsBeside, Interactions.Submit submit) {
		return form(id, refusalsBeside, null, submit);
	}

	/**
	 * A form's submission whose answer is given back when it is refused and the platform
	 * cannot keep the form on screen, so nothing typed is lost.
	 * @param refusalsBeside the input a refusal is shown beside
	 * @param keepOnRefusal the input whose answer is given back
	 */
	public Declarations form(String id, String refusalsBeside, @Nullable String keepOnRefusal,
			Interactions.Submit submit) {
		if (forms.putIfAbsent(id, new FormHandler(refusalsBeside, keepOnRefusal, submit)) != null) {
			throw new IllegalStateException("two declarations of the form " + id);
		}
		return this;
	}

	/**
	 * The form is a step of a longer exchange (a preview before sharing): what its
	 * submission comes to is read in the form's place where a platform can, rather than
	 * the form just closing.
	 */
	public Declarations answeredInForm(String id) {
		answeredInForm.add(id);
		return this;
	}

	/** What to undo when a form is closed without submitting, or could not be shown. */
	public Declarations closed(String id, Interactions.Closed closed) {
		if (closes.putIfAbsent(id, closed) != null) {
			throw new IllegalStateException("two declarations of closing the form " + id);
		}
		return this;
	}

	/**
	 * A command, such as {@code /case}: its arguments are read and answered here, so
	 * every platform reads them alike.
	 * @param name the command as typed, with its slash
	 */
	public Declarations command(String name, Interactions.Command command) {
		if (commands.putIfAbsent(name, command) != null) {
			throw new IllegalStateException("two declarations of the command " + name);
		}
		return this;
	}

	/**
	 * A command, with the options it is offered with where a platform asks for them one
	 * by one.
	 */
	public Declarations command(CommandOptions options, Interactions.Command command) {
		command(options.name(), command);
		commandOptions.put(options.name(), options);
		return this;
	}

	/**
	 * The exceptions the capability's actions refuse with: their message is a sentence
	 * for the person.
	 */
	@SafeVarargs
	public final Declarations refusals(Class<? extends RuntimeException>... kinds) {
		refusals.addAll(Set.of(kinds));
		return this;
	}

	/**
	 * How the capability's buttons, forms and commands are typed as a line of words, for
	 * platforms that have none: a terminal, or any text-only chat.
	 */
	public TypedLines.Declare typed() {
		return typed.declare();
	}

	private void claim(String action) {
		if (presses.containsKey(action) || opens.containsKey(action)) {
			throw new IllegalStateException("two declarations of the button " + action);
		}
	}

}
