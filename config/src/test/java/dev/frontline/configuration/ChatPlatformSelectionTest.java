package dev.frontline.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.FrontlineApplication;
import dev.frontline.delivery.ChatPlatform;

/**
 * With no credentials the terminal is the chat platform; with Slack's or Discord's, they
 * are, both at once when both are configured.
 */
class ChatPlatformSelectionTest {

	@TempDir
	Path dataDir;

	@Test
	void withoutCredentialsTheConsoleIsTheChatPlatform() throws IOException {
		// The console reads standard input on a thread that outlives the context; the
		// test
		// JVM's own standard input carries Surefire's commands, which it must not
		// swallow.
		InputStream stdin = System.in;
		try (PipedOutputStream neverWritten = new PipedOutputStream()) {
			System.setIn(new PipedInputStream(neverWritten));
			try (ConfigurableApplicationContext context = start("--frontline.slack.bot-token=",
					"--frontline.slack.app-token=")) {
				assertThat(platforms(context)).containsExactly("console");
			}
		}
		finally {
			System.setIn(stdin);
		}
	}

	@Test
	void withASlackBotTokenSlackIsTheChatPlatformAndTheConsoleIsOff() {
		try (ConfigurableApplicationContext context = start("--frontline.slack.bot-token=xoxb-1",
				"--frontline.slack.signing-secret=secret", "--frontline.slack.api-url=http://127.0.0.1:9/api/")) {
			assertThat(platforms(context)).containsExactly("slack");
		}
	}

	@Test
	void withADiscordBotTokenDiscordIsTheChatPlatformAndTheConsoleIsOffEvenWhileDiscordIsUnreachable() {
		try (ConfigurableApplicationContext context = start("--frontline.discord.bot-token=discord-token",
				"--frontline.discord.rest-url=http://127.0.0.1:9/api/v10/",
				"--frontline.discord.gateway-url=ws://127.0.0.1:9/")) {
			assertThat(platforms(context)).containsExactly("discord");
		}
	}

	@Test
	void withSlackAndDiscordTokensBothAreChatPlatformsAtOnce() {
		try (ConfigurableApplicationContext context = start("--frontline.slack.bot-token=xoxb-1",
				"--frontline.slack.signing-secret=secret", "--frontline.slack.api-url=http://127.0.0.1:9/api/",
				"--frontline.discord.bot-token=discord-token",
				"--frontline.discord.rest-url=http://127.0.0.1:9/api/v10/",
				"--frontline.discord.gateway-url=ws://127.0.0.1:9/")) {
			assertThat(platforms(context)).containsExactlyInAnyOrder("slack", "discord");
		}
	}

	@Test
	void aDiscordGatewayThatIsNotAWebSocketUrlIsRefusedNamingTheKey() {
		Throwable failure = catchThrowable(() -> start("--frontline.discord.bot-token=discord-token",
				"--frontline.discord.gateway-url=https://gateway.discord.gg/")
			.close());

		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		assertThat(messages).contains("frontline.discord.gateway-url (FRONTLINE_DISCORD_GATEWAY_URL)");
	}

	@Test
	void slackInHttpModeWithoutASigningSecretIsRefusedNamingTheKey() {
		Throwable failure = catchThrowable(() -> start("--frontline.slack.bot-token=xoxb-1").close());

		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		assertThat(messages).contains("frontline.slack.signing-secret (SLACK_SIGNING_SECRET): required");
	}

	private static Iterable<String> platforms(ConfigurableApplicationContext context) {
		Map<String, ChatPlatform> beans = context.getBeansOfType(ChatPlatform.class);
		return beans.values().stream().map(ChatPlatform::name).toList();
	}

	private ConfigurableApplicationContext start(String... arguments) {
		SpringApplication application = new SpringApplication(FrontlineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String[] all = new String[arguments.length + 1];
		all[0] = "--frontline.data-dir=" + dataDir;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return application.run(all);
	}

}
