package dev.frontline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's own data directory: emptied at each start so the demo's story, its case and
 * incident numbers, starts over, unless the last run's data is kept. Only a directory the
 * demo made itself (it holds {@value #MARKER}) or an empty one is ever emptied, so
 * pointing the demo at an operator's data refuses to start instead of deleting it.
 */
final class DemoDataDirectory {

	static final String MARKER = "FRONTLINE-DEMO-DATA";

	/** Written once the whole demo feed was replayed into the directory. */
	static final String REPLAYED = "demo-replayed";

	private static final String DATABASE = "frontline.mv.db";

	private DemoDataDirectory() {
	}

	/** What {@link #prepare} found and did, for the start-up message. */
	enum Outcome {

		/** The directory was empty or new. */
		NEW,

		/** The last run's data was deleted. */
		STARTED_OVER,

		/** The last run's data was kept, as asked. */
		KEPT

	}

	/**
	 * Makes {@code directory} ready for the demo: marked as the demo's, and emptied
	 * unless {@code keep}.
	 * @throws Refused when it holds data the demo did not write and it was to be emptied,
	 * or another running Frontline uses it
	 */
	static Outcome prepare(Path directory, boolean keep) {
		try {
			Files.createDirectories(directory);
			boolean marked = Files.isRegularFile(directory.resolve(MARKER));
			List<Path> contents = contents(directory);
			Outcome outcome;
			if (contents.isEmpty()) {
				outcome = Outcome.NEW;
			}
			else if (keep) {
				outcome = Outcome.KEPT;
			}
			else if (!marked) {
				throw new Refused("frontline.data-dir: " + directory
						+ " holds data the demo did not write, and the demo empties its directory at each start.",
						"Point FRONTLINE_DATA_DIR at an empty directory, or keep that data with ./run-local --keep.");
			}
			else {
				refuseWhileInUse(directory);
				for (Path path : contents) {
					if (!path.getFileName().toString().equals(MARKER)) {
						deleteRecursively(path);
					}
				}
				outcome = Outcome.STARTED_OVER;
			}
			if (!marked && outcome == Outcome.NEW) {
				Files.writeString(directory.resolve(MARKER),
						"Frontline's demo data: emptied at each ./run-local start; ./run-local --keep keeps it.\n",
						StandardCharsets.UTF_8);
			}
			return outcome;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("frontline.data-dir: cannot prepare the demo's data in " + directory, ex);
		}
	}

	/** Why the demo's directory cannot be used, and what to do about it. */
	static final class Refused extends IllegalStateException {

		private final String action;

		Refused(String description, String action) {
			super(description + " " + action);
			this.action = action;
		}

		String description() {
			return getMessage().substring(0, getMessage().length() - action.length() - 1);
		}

		String action() {
			return action;
		}

	}

	private static List<Path> contents(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter(path -> !path.getFileName().toString().equals(MARKER)).toList();
		}
	}

	/**
	 * H2 holds a lock on its file while open; deleting it under a running demo would lose
	 * both.
	 */
	private static void refuseWhileInUse(Path directory) throws IOException {
		Path database = directory.resolve(DATABASE);
		if (!Files.isRegularFile(database)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new Refused("frontline.data-dir: " + directory + " is in use by another running Frontline.",
						"Stop that one first (Ctrl-C in its terminal), or point FRONTLINE_DATA_DIR elsewhere.");
			}
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
