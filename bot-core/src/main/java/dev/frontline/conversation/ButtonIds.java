package dev.frontline.conversation;

/**
 * The one way an action and its target are written into a single id, for platforms whose
 * buttons and forms carry one string (Discord's custom ids, the console's typed presses):
 * {@code acknowledge:1042}.
 */
public final class ButtonIds {

	private static final char SEPARATOR = ':';

	private ButtonIds() {
	}

	/** The id of an action on a target. */
	public static String of(String action, String target) {
		return action + SEPARATOR + target;
	}

	/** The action an id names. */
	public static String action(String id) {
		int separator = id.indexOf(SEPARATOR);
		return separator < 0 ? id : id.substring(0, separator);
	}

	/** The target an id names, or an empty string when it names none. */
	public static String target(String id) {
		int separator = id.indexOf(SEPARATOR);
		return separator < 0 ? "" : id.substring(separator + 1);
	}

}
