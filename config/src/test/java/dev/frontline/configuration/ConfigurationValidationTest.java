package dev.frontline.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.NestedExceptionUtils;

import dev.frontline.FrontlineApplication;

/**
 * A bad key in the operator's configuration stops the start with a message that names it.
 */
class ConfigurationValidationTest {

	@TempDir
	Path dataDir;

	@Test
	void theExampleConfigurationStarts() {
		try (var context = start()) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void anUnknownChatPlatformIsNamed() {
		assertThat(failureOf("--frontline.teams.baggage.channels.slak=C0123"))
			.contains("frontline.teams.baggage.channels.slak: unknown chat platform");
	}

	@Test
	void anUnknownRoleIsNamed() {
		assertThat(failureOf("--frontline.people.roles.slack.U0123=boss"))
			.contains("frontline.people.roles.slack.U0123: unknown role 'boss'");
	}

	@Test
	void aMistypedKeyOfAPersonIsNamed() {
		assertThat(failureOf("--frontline.people.sam.slak=U0123"))
			.contains("frontline.people.sam.slak: unknown key, expected slack, discord, console, role or name");
	}

	@Test
	void aMistypedIntakeKeyIsNamed() {
		assertThat(failureOf("--frontline.intake.webhok-secret=abc")).contains("frontline.intake.webhok-secret");
	}

	@Test
	void aMistypedTriageKeyIsNamed() {
		assertThat(failureOf("--frontline.triage.treshold.sev1=90")).contains("frontline.triage.treshold.sev1");
	}

	@Test
	void aTriageCategoryForAnUnknownTeamIsNamed() {
		assertThat(failureOf("--frontline.triage.categories.baggage.team=bagage"))
			.contains("frontline.triage.categories.baggage.team: no team named 'bagage'");
	}

	@Test
	void aFeedWithoutAUsableUrlIsNamed() {
		assertThat(failureOf("--frontline.intake.feeds[0].name=reviews", "--frontline.intake.feeds[0].url=ftp://x"))
			.contains("frontline.intake.feeds[0].url");
	}

	@Test
	void anIncidentKeyThatIsNotARegularExpressionIsNamed() {
		assertThat(
				failureOf("--frontline.incidents.keys[0].name=flight", "--frontline.incidents.keys[0].pattern=LK(\\d+"))
			.contains("frontline.incidents.keys[0].pattern: not a regular expression");
	}

	@Test
	void anUnknownPlaceholderInTheIncidentNoticeIsNamed() {
		assertThat(failureOf("--frontline.incidents.notice=Hi {customer}, sorry about {incident}"))
			.contains("frontline.incidents.notice: unknown placeholder {customer}");
	}

	@Test
	void aReplyTemplatePlaceholderOrCheckLevelThatDoesNotExistIsNamed() {
		assertThat(failureOf("--frontline.replies.templates.baggage=Hi {customer}"))
			.contains("frontline.replies.templates.baggage: unknown placeholder {customer}; use {name}");
		assertThat(failureOf("--frontline.replies.checks.no-apology=loud")).contains("frontline.replies.checks");
	}

	@Test
	void aConnectorWithoutItsSecretIsNamed() {
		assertThat(failureOf("--frontline.replies.connector.url=https://social-tool.example/replies"))
			.contains("frontline.replies.connector.secret (FRONTLINE_CONNECTOR_SECRET): required with connector.url");
	}

	private String failureOf(String... arguments) {
		Throwable failure = catchThrowable(() -> start(arguments).close());
		assertThat(failure).as("the start should have failed").isNotNull();
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages + String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
	}

	private org.springframework.context.ConfigurableApplicationContext start(String... arguments) {
		SpringApplication application = new SpringApplication(FrontlineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String[] all = new String[arguments.length + 2];
		all[0] = "--frontline.data-dir=" + dataDir;
		all[1] = "--frontline.console.enabled=false";
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return application.run(all);
	}

}
