package dev.frontline.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the bench starts on a free loopback port (Frontline's jar or the floor app),
 * waits for, measures and kills.
 */
final class ChildProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final long readyMillis;

	private ChildProcess(Process process, int port, long readyMillis) {
		this.process = process;
		this.port = port;
		this.readyMillis = readyMillis;
	}

	/**
	 * Starts {@code java <jvmArgs> <command…> --server.port=<free>} with the same JDK as
	 * the bench, and waits until {@code readyPath} answers as {@code ready} says.
	 */
	static ChildProcess start(String name, List<String> jvmArgs, List<String> command, Map<String, String> env,
			Path log, String readyPath, int readyStatus, Duration timeout) throws IOException, InterruptedException {
		int port = freePort();
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		line.addAll(jvmArgs);
		line.addAll(command);
		line.add("--server.port=" + port);
		line.add("--server.address=127.0.0.1");
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(env);
		long started = System.nanoTime();
		Process process = builder.start();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long deadline = started + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> answer = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == readyStatus) {
					return new ChildProcess(process, port, (System.nanoTime() - started) / 1_000_000);
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(25);
		}
		process.destroyForcibly();
		throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	/** From starting the JVM to the ready answer. */
	long readyMillis() {
		return readyMillis;
	}

	/** The resident set size in MiB, from {@code /proc}; -1 where there is none. */
	double rssMib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
		return -1;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Asks the process to stop (so a flight recording is written), and kills it if it has
	 * not within twenty seconds.
	 */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
