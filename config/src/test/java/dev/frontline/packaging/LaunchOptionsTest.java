package dev.frontline.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Frontline's launch options (scripts/java-options, and the image's copy in the pom) take
 * the learned layer's lowest Java priority to the operating system, as nice 19, and leave
 * every other thread as it was.
 */
class LaunchOptionsTest {

	private static final Path OPTIONS = Path.of("../scripts/java-options");

	@Test
	void theImageStartsWithTheSameOptions() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
		List<String> imageFlags = new ArrayList<>();
		Matcher flag = Pattern.compile("<jvmFlag>([^<]+)</jvmFlag>").matcher(pom);
		while (flag.find()) {
			imageFlags.add(flag.group(1));
		}

		assertThat(options()).isNotEmpty();
		assertThat(imageFlags).containsAll(options());
	}

	@Test
	void aThreadOfTheLowestPriorityRunsAtNice19AndOthersAtNormal() throws Exception {
		assumeThat(Path.of("/proc/thread-self/stat")).as("Linux's per-thread status").exists();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process probe = new ProcessBuilder(java.toString(), "@" + OPTIONS.toAbsolutePath(), "-cp",
				System.getProperty("java.class.path"), NiceProbe.class.getName())
			.redirectErrorStream(true)
			.start();
		assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("the probe JVM ended").isTrue();
		String printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(probe.exitValue()).as(printed).isZero();
		assertThat(printed).contains("lowest: nice 19", "normal: nice 0", "highest: nice 0");
	}

	private static List<String> options() throws IOException {
		return Files.readAllLines(OPTIONS, StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	/**
	 * Started in a JVM of its own: prints the nice value of threads of three priorities.
	 */
	static final class NiceProbe {

		private record Probe(String name, int priority) {
		}

		public static void main(String[] args) throws InterruptedException {
			for (Probe probe : List.of(new Probe("lowest", Thread.MIN_PRIORITY),
					new Probe("normal", Thread.NORM_PRIORITY), new Probe("highest", Thread.MAX_PRIORITY))) {
				Thread thread = new Thread(() -> System.out.println(probe.name() + ": nice " + ownNice()));
				thread.setPriority(probe.priority());
				thread.start();
				thread.join();
			}
		}

		/**
		 * Field 19 of /proc/thread-self/stat, counted after the command's closing ")".
		 */
		private static String ownNice() {
			try {
				String stat = Files.readString(Path.of("/proc/thread-self/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return fields[16];
			}
			catch (IOException ex) {
				return "unknown (" + ex + ")";
			}
		}

	}

}
