package dev.frontline.packaging;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ChatClientsCheck} in its own JVM on exactly the libraries packed into the
 * executable jar.
 */
class PackagedChatClientsIT {

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);

	private static final String OKHTTP_JVM_PREFIX = "okhttp-jvm-";

	private static final String CHECK_LOGBACK_CONFIG = "dev/frontline/packaging/chat-clients-check-logback.xml";

	@TempDir
	static Path work;

	private static Path lib;

	@BeforeAll
	static void extractThePackagedLibraries() throws IOException {
		String packagedJar = System.getProperty("frontline.packagedJar");
		assertThat(packagedJar).as("system property frontline.packagedJar, set by failsafe in config/pom.xml")
			.isNotBlank();
		assertThat(Path.of(packagedJar)).as("the executable jar (built by package)").isRegularFile();
		lib = Files.createDirectory(work.resolve("lib"));
		try (JarFile jar = new JarFile(packagedJar)) {
			for (JarEntry entry : Collections.list(jar.entries())) {
				String name = entry.getName();
				if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
					try (InputStream in = jar.getInputStream(entry)) {
						Files.copy(in, lib.resolve(name.substring("BOOT-INF/lib/".length())));
					}
				}
			}
		}
	}

	@Test
	void packagedJarHoldsOneOkHttpAndItIsOkHttpJvm5() throws IOException {
		List<String> jars = packagedJarNames();

		assertThat(jars).filteredOn(name -> name.startsWith("okhttp"))
			.singleElement()
			.asString()
			.matches("okhttp-jvm-5\\..+\\.jar");
		assertThat(jars).noneMatch(name -> name.matches("okhttp-4.*\\.jar"));
		// A shaded or renamed copy would not show in the file names, but would still hold
		// the classes.
		assertThat(jarsHolding("okhttp3/OkHttpClient.class")).containsExactly(packagedOkHttpJar());
	}

	@Test
	void slackWebApiClientCallsAFakeSlackOnThePackagedClasspath() throws Exception {
		CheckRun run = runCheck("slack");

		assertThat(run.exitCode()).as("exit code of the check, which printed:%n%s", run.output()).isZero();
		assertThat(run.lines()).contains("slack: ok auth.test+chat.postMessage via " + packagedOkHttp());
	}

	@Test
	void jdaRestClientCallsAFakeDiscordOnThePackagedClasspath() throws Exception {
		CheckRun run = runCheck("discord");

		assertThat(run.exitCode()).as("exit code of the check, which printed:%n%s", run.output()).isZero();
		assertThat(run.lines())
			.contains("discord: ok login(401+200 users/@me)+users/@me/channels+channels/{id}/messages via "
					+ packagedOkHttp());
	}

	/**
	 * What the check must report as the OkHttp it loaded: the version and file name of
	 * the one packaged OkHttp jar.
	 */
	private static String packagedOkHttp() throws IOException {
		String jar = packagedOkHttpJar();
		String version = jar.substring(OKHTTP_JVM_PREFIX.length(), jar.length() - ".jar".length());
		return "okhttp " + version + " (" + jar + ")";
	}

	private static String packagedOkHttpJar() throws IOException {
		List<String> okHttpJars = packagedJarNames().stream()
			.filter(name -> name.startsWith(OKHTTP_JVM_PREFIX))
			.toList();
		assertThat(okHttpJars).as("okhttp-jvm jars in BOOT-INF/lib").hasSize(1);
		return okHttpJars.getFirst();
	}

	private static List<String> packagedJarNames() throws IOException {
		try (Stream<Path> jars = Files.list(lib)) {
			return jars.map(jar -> jar.getFileName().toString()).sorted().toList();
		}
	}

	private static List<String> jarsHolding(String entry) throws IOException {
		List<String> holders = new ArrayList<>();
		for (String name : packagedJarNames()) {
			try (JarFile jar = new JarFile(lib.resolve(name).toFile())) {
				if (jar.getEntry(entry) != null) {
					holders.add(name);
				}
			}
		}
		return holders;
	}

	private static CheckRun runCheck(String client) throws Exception {
		Path output = Files.createTempFile(work, client, ".out");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				checkClasspath(), "-Dlogback.configurationFile=" + testClasses().resolve(CHECK_LOGBACK_CONFIG),
				ChatClientsCheck.class.getName(), client);
		// Output to a file rather than a pipe: nothing has to drain it while we wait.
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		boolean finished = process.waitFor(CHECK_TIMEOUT.toSeconds(), SECONDS);
		if (!finished) {
			process.destroyForcibly().waitFor();
		}
		String printed = Files.readString(output);
		// Into the failsafe report, so a passing run still shows what the check said.
		System.out.print(printed);
		assertThat(finished).as("the %s check finished within %s; it printed:%n%s", client, CHECK_TIMEOUT, printed)
			.isTrue();
		return new CheckRun(process.exitValue(), printed);
	}

	/**
	 * Every packaged library, plus the test classes for the check program and its fakes:
	 * nothing from Maven's classpath.
	 */
	private static String checkClasspath() throws IOException, URISyntaxException {
		List<String> entries = new ArrayList<>();
		for (String name : packagedJarNames()) {
			entries.add(lib.resolve(name).toString());
		}
		entries.add(testClasses().toString());
		return String.join(File.pathSeparator, entries);
	}

	private static Path testClasses() throws URISyntaxException {
		Path testClasses = Path.of(ChatClientsCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assertThat(testClasses).as("the test classes directory").isDirectory();
		return testClasses;
	}

	/** What a run of the check left behind. */
	private record CheckRun(int exitCode, String output) {

		List<String> lines() {
			return output.lines().toList();
		}

	}

}
