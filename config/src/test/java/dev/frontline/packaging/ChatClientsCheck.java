package dev.frontline.packaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Makes real HTTP calls with each chat client against loopback fakes, prints one line per
 * client, exits 0 if all worked.
 */
public final class ChatClientsCheck {

	private static final Map<String, Callable<String>> CHECKS = Map.of("slack", SlackCheck::run, "discord",
			DiscordCheck::run);

	private ChatClientsCheck() {
	}

	/**
	 * Runs the checks named in {@code args} ({@code slack}, {@code discord}), or both
	 * when none are named.
	 */
	public static void main(String[] args) {
		List<String> clients = args.length == 0 ? List.of("slack", "discord") : List.of(args);
		boolean allWorked = true;
		for (String client : clients) {
			allWorked &= check(client);
		}
		// exit() rather than returning: client thread pools must not keep the JVM, and
		// the exit code is the verdict.
		System.exit(allWorked ? 0 : 1);
	}

	private static boolean check(String client) {
		Callable<String> check = CHECKS.get(client);
		if (check == null) {
			System.out.println(client + ": FAILED unknown client, expected one of " + CHECKS.keySet());
			return false;
		}
		try {
			String worked = check.call();
			System.out.println(client + ": ok " + worked + " via " + OkHttpOnClasspath.loaded());
			return true;
		}
		// LinkageError too: a NoSuchMethodError or NoClassDefFoundError from a mismatched
		// OkHttp is what this looks for.
		catch (Exception | LinkageError failure) {
			System.out.println(client + ": FAILED " + failure);
			failure.printStackTrace(System.out);
			return false;
		}
	}

}
