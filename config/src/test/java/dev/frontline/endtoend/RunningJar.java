package dev.frontline.endtoend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged application in a process of its own, as an operator runs it: its output is
 * collected, its stdin can be written and closed, and it can be killed without warning.
 */
final class RunningJar implements AutoCloseable {

	private final Process process;

	private final List<String> output = new ArrayList<>();

	private final int port;

	private RunningJar(Process process, int port) {
		this.process = process;
		this.port = port;
		Thread reader = new Thread(this::collectOutput, "jar-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts the jar on a free port with its data under {@code dataDir}. */
	static RunningJar start(Path dataDir, Map<String, String> environment, String... arguments) throws IOException {
		int port = freePort();
		// Output is read as UTF-8 whatever the machine's locale; without one (a bare CI
		// shell) Java would write the cards' '·' and '│' as '?'.
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-Dstdout.encoding=UTF-8",
				"-Dstderr.encoding=UTF-8", "-jar", packagedJar().toString(), "--server.port=" + port));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// A developer's own Slack credentials must not turn the tested run into a Slack
		// one.
		builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("FRONTLINE_"));
		builder.environment().put("FRONTLINE_DATA_DIR", dataDir.toString());
		builder.environment().putAll(environment);
		return new RunningJar(builder.start(), port);
	}

	static Path packagedJar() {
		Path jar = Path.of(System.getProperty("frontline.packagedJar", "target/frontline.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("build the jar first (./mvnw package): " + jar.toAbsolutePath());
		}
		return jar;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	int port() {
		return port;
	}

	/** Waits until the application answers its health check. */
	RunningJar awaitHealthy(Duration limit) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		Instant giveUp = Instant.now().plus(limit);
		while (Instant.now().isBefore(giveUp)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"the application exited with " + process.exitValue() + ":\n" + output());
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the application was not healthy within " + limit + ":\n" + output());
	}

	/** Waits until a line of output matches. */
	String awaitOutput(Predicate<String> line, Duration limit) throws InterruptedException {
		Instant giveUp = Instant.now().plus(limit);
		while (Instant.now().isBefore(giveUp)) {
			synchronized (output) {
				for (String each : output) {
					if (line.test(each)) {
						return each;
					}
				}
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no such output within " + limit + ":\n" + output());
	}

	void type(String line) throws IOException {
		OutputStream stdin = process.getOutputStream();
		stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		stdin.flush();
	}

	void closeInput() throws IOException {
		process.getOutputStream().close();
	}

	/** SIGKILL: no shutdown hook, no flush, nothing runs after it. */
	void killHard() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Waits for the process to end by itself and returns its exit code. */
	int awaitExit(Duration limit) throws InterruptedException {
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("the application did not exit within " + limit + ":\n" + output());
		}
		return process.exitValue();
	}

	/** Stops the application the way an operator's Ctrl-C or service manager does. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	String output() {
		synchronized (output) {
			return String.join("\n", output);
		}
	}

	private void collectOutput() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				synchronized (output) {
					output.add(line);
				}
			}
		}
		catch (IOException ended) {
			// the process is gone
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
