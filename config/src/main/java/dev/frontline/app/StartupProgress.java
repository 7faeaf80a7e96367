package dev.frontline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import dev.frontline.delivery.ChatPlatform;
import dev.frontline.triage.TriageSettings;

/**
 * Says what a local run is doing while it starts, one short line a step, so the seconds
 * before the first card are not silent: where the demo's data is, loading the
 * configuration, opening the database, preparing triage, starting chat, ready (with where
 * intake listens) and, with a learned layer, that triage is still learning. Logs go to a
 * file on a local run, so these lines are the terminal's only news. On only when
 * {@code frontline.startup-progress} is true (the {@code local} profile).
 */
class StartupProgress implements SmartApplicationListener {

	static final String ENABLED = "frontline.startup-progress";

	private final PrintStream out;

	private volatile boolean enabled;

	private volatile boolean demo;

	private volatile boolean demoAlreadyReplayed;

	private volatile boolean console;

	private volatile int port = -1;

	/** Whether triage has a learned layer, which learns beside the start. */
	private volatile boolean learns;

	private final AtomicBoolean database = new AtomicBoolean();

	StartupProgress() {
		this(System.err);
	}

	StartupProgress(PrintStream out) {
		this.out = out;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| WebServerInitializedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public int getOrder() {
		// After the environment post-processors, which resolve and prepare the data
		// directory.
		return Ordered.HIGHEST_PRECEDENCE + 15;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			starting(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && enabled) {
			say("loading the configuration…");
			prepared.getApplicationContext().getBeanFactory().addBeanPostProcessor(new Steps());
			prepared.getApplicationContext()
				.getBeanFactory()
				.registerSingleton("frontlineStartupReady" + System.identityHashCode(this), new Ready());
		}
		else if (event instanceof WebServerInitializedEvent server) {
			port = server.getWebServer().getPort();
		}
	}

	private void starting(ConfigurableEnvironment environment) {
		enabled = environment.getProperty(ENABLED, Boolean.class, false);
		if (!enabled) {
			return;
		}
		console = environment.getProperty(ConsoleDefault.KEY, Boolean.class, false);
		String outcome = environment.getProperty(DataDirectory.DEMO_OUTCOME);
		demo = outcome != null;
		String dataDir = shown(environment.getProperty(DataDirectory.RESOLVED, "data"));
		if (outcome == null) {
			say("starting, with its data in " + dataDir + "…");
			return;
		}
		demoAlreadyReplayed = environment.getProperty("frontline.demo.keep-data", Boolean.class, false)
				&& Path.of(environment.getProperty(DataDirectory.RESOLVED, "data"))
					.resolve(DemoDataDirectory.REPLAYED)
					.toFile()
					.isFile();
		switch (DemoDataDirectory.Outcome.valueOf(outcome)) {
			case NEW -> say("starting the demo in " + dataDir + "…");
			case STARTED_OVER -> say("starting the demo over: emptied " + dataDir
					+ " (./run-local --keep carries on with the last run's cases)…");
			case KEPT -> say("starting the demo with the last run's data in " + dataDir
					+ " (./run-local without --keep starts over)…");
		}
	}

	/**
	 * The data directory as typed from where Frontline was started, when it is below it.
	 */
	private static String shown(String directory) {
		Path path = Path.of(directory);
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) && !path.equals(here) ? here.relativize(path).toString() : path.toString();
	}

	private void say(String line) {
		synchronized (out) {
			out.println("Frontline: " + line);
			out.flush();
		}
	}

	/** Notes the slow steps of the start as their beans are made. */
	private final class Steps implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource && database.compareAndSet(false, true)) {
				say("opening the database…");
			}
			return bean;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			// Triage is made from its settings right after them; with the learned layer
			// that is the slowest step of the start.
			if (bean instanceof TriageSettings triage && triage.model().enabled()) {
				learns = true;
				say("preparing triage…");
			}
			if (bean instanceof ChatPlatform platform) {
				say("starting chat: " + platform.name() + "…");
			}
			return bean;
		}

	}

	/**
	 * Says ready once the web server listens, just before the terminal starts reading
	 * commands (which starts last).
	 */
	private final class Ready implements SmartLifecycle {

		private volatile boolean running;

		@Override
		public void start() {
			running = true;
			String intake = port > 0 ? " Intake: http://localhost:" + port + "/api/v1/complaints." : "";
			boolean feedToCome = demo && !demoAlreadyReplayed;
			String feed = "";
			if (demo && !feedToCome) {
				feed = " The demo's cases are as you left them.";
			}
			else if (feedToCome && !learns) {
				// With a learned layer the line below says when the feed comes.
				feed = " The demo's complaints arrive over about a minute.";
			}
			say("ready." + intake + feed + (console ? " Type 'help'." : ""));
			if (learns) {
				// The learned layer fits once the web server listens. Read back from the
				// cache that takes seconds; a machine's first start embeds thousands of
				// texts first, and the demo's feed waits for it: without this line the
				// terminal stays silent for minutes after "ready".
				say("triage is learning from its labelled complaints: seconds, or a few minutes on a machine's"
						+ " first start, which embeds them once."
						+ (feedToCome ? " The demo's complaints arrive once it has learned, over about a minute."
								: " Complaints are taken meanwhile and rated once it has learned."));
			}
		}

		@Override
		public void stop() {
			running = false;
		}

		@Override
		public boolean isRunning() {
			return running;
		}

		@Override
		public int getPhase() {
			return DEFAULT_PHASE - 1;
		}

	}

}
