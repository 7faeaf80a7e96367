package dev.frontline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, which the test stops and starts (a restart, an
 * outage) without touching the machine's shared one: a fresh cluster ({@code initdb}) in
 * a temporary directory on a free port, run with {@code pg_ctl}. PostgreSQL refuses to
 * run as root, so as root it runs as the {@code postgres} user. Skipped where
 * PostgreSQL's programs are not installed (a CI whose PostgreSQL is a container of its
 * own).
 */
public final class OwnPostgres implements AutoCloseable {

	private final Path bin;

	private final Path directory;

	private final int port;

	private final boolean asPostgresUser;

	private OwnPostgres(Path bin, Path directory, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/** Creates and starts a cluster, or skips the test when that cannot be done here. */
	public static OwnPostgres startOrSkip() throws IOException, InterruptedException {
		Optional<Path> bin = programs();
		assumeTrue(bin.isPresent(), "PostgreSQL's programs (initdb, pg_ctl) are not installed");
		boolean root = "root".equals(System.getProperty("user.name"));
		Path directory = Files.createTempDirectory("frontline-pg-");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		OwnPostgres postgres = new OwnPostgres(bin.get(), directory, port, root);
		if (root) {
			assumeTrue(run(List.of("chown", "postgres", directory.toString()), false) == 0,
					"running as root without a postgres user to run PostgreSQL as");
		}
		assumeTrue(postgres.pg("initdb", "-D", postgres.data().toString(), "-A", "trust", "-U", "postgres") == 0,
				"initdb failed here");
		postgres.start();
		return postgres;
	}

	public String url() {
		// Short timeouts, as an operator's configuration should have: a database that
		// went away is noticed in seconds, not minutes.
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=2&socketTimeout=10";
	}

	public void start() throws IOException, InterruptedException {
		if (pg("pg_ctl", "-D", data().toString(), "-w", "-l", directory.resolve("log").toString(), "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start") != 0) {
			throw new IllegalStateException("PostgreSQL did not start; see " + directory.resolve("log"));
		}
	}

	/** Stops at once, closing every connection, as a crash or a restart does. */
	public void stop() throws IOException, InterruptedException {
		pg("pg_ctl", "-D", data().toString(), "-w", "-m", "immediate", "stop");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		stop();
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private Path data() {
		return directory.resolve("data");
	}

	private int pg(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		return run(command, asPostgresUser);
	}

	private static int run(List<String> command, boolean asPostgresUser) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asPostgresUser) {
			full.addAll(asPostgres());
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

	/**
	 * How root runs a program as the postgres user: {@code runuser} lives in an sbin
	 * folder that a minimal PATH (as on CI) leaves out, so it is looked for there.
	 */
	private static List<String> asPostgres() {
		for (String folder : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
			Path runuser = Path.of(folder, "runuser");
			if (Files.isExecutable(runuser)) {
				return List.of(runuser.toString(), "-u", "postgres", "--");
			}
		}
		return List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups");
	}

	private static Optional<Path> programs() throws IOException {
		Path installed = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(installed)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(installed)) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
				.max(Comparator.naturalOrder());
		}
	}

}
