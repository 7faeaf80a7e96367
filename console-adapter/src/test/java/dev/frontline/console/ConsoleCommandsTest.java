package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CommandReply;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.Incidents;
import dev.frontline.people.Actor;

/** Typed lines become the same core calls a Slack button or command makes. */
class ConsoleCommandsTest {

	final CaseCommands caseCommands = mock(CaseCommands.class);

	final CaseActions caseActions = mock(CaseActions.class);

	final Incidents incidents = mock(Incidents.class);

	final IncidentActions incidentActions = mock(IncidentActions.class);

	final Actor operator = new Actor("console", "operator", "Operator");

	final ConsoleCommands console = new ConsoleCommands(caseCommands, caseActions, incidents, incidentActions,
			operator);

	@Test
	void slashCommandsPassTheirArgumentsToTheCore() {
		when(caseCommands.caseCommand(operator, "search lost bag")).thenReturn(new CommandReply("2 found", List.of()));

		assertThat(console.run("/case search lost bag")).isEqualTo("2 found");
	}

	@Test
	void ackPressesTheAcknowledgeButton() {
		console.run("ack 1042");

		verify(caseActions).acknowledge(1042, operator);
	}

	@Test
	void escalateAndResolveCarryTheirText() {
		console.run("escalate 1042 stranded with two kids");
		console.run("resolve #1042 rebooked on LK405");

		verify(caseActions).escalate(1042, operator, "stranded with two kids");
		verify(caseActions).resolve(1042, operator, "rebooked on LK405");
	}

	@Test
	void incidentButtonsAreTypedAfterTheWordIncident() {
		console.run("incident ack 7");
		console.run("incident affected #7");
		console.run("incident resolve 7 LK905 passengers rebooked on LK907");

		verify(incidentActions).acknowledge(7, operator);
		verify(incidentActions).listAffected(7, operator);
		verify(incidentActions).resolve(7, operator, "LK905 passengers rebooked on LK907");
	}

	@Test
	void aBadIncidentCommandGetsUsage() {
		assertThat(console.run("incident close 7")).startsWith("Usage: incident <number>");
		assertThat(console.run("incident ack seven")).startsWith("Usage: incident <number>");
		verifyNoInteractions(incidentActions);
	}

	@Test
	void aMissingCaseNumberGetsUsage() {
		assertThat(console.run("ack")).isEqualTo("Usage: ack <case>");
		assertThat(console.run("resolve soon")).isEqualTo("Usage: resolve <case> <note>");
		verifyNoInteractions(caseActions);
	}

	@Test
	void aRefusalFromTheCoreIsShownAsItsMessage() {
		when(caseActions.acknowledge(eq(7L), eq(operator)))
			.thenThrow(new CaseConflictException("Case 7 is already owned by Sam."));

		assertThat(console.run("ack 7")).isEqualTo("Case 7 is already owned by Sam.");
	}

	@Test
	void anUnknownCommandListsWhatThereIs() {
		assertThat(console.run("dance")).startsWith("Unknown command \"dance\".").contains("/case <number>");
		verifyNoInteractions(caseCommands);
	}

	@Test
	void blankLinesDoNothing() {
		assertThat(console.run("   ")).isEmpty();
		verifyNoInteractions(caseCommands, caseActions);
	}

}
