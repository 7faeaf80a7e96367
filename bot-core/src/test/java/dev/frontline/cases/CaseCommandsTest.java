package dev.frontline.cases;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.People;

/** {@code /case} and {@code /cases} as every platform runs them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseCommandsTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseCommands commands;

	@Autowired
	CaseActions actions;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
	}

	@Test
	void caseWithANumberShowsItsCard() {
		long number = open("cmd-1", "@cmd1", "My bag did not arrive on my flight and nobody can find it");

		CommandReply reply = commands.caseCommand(People.STAFF, String.valueOf(number));

		assertThat(reply.cards()).hasSize(1);
		assertThat(reply.cards().getFirst().title()).contains("Case " + number + " ");
	}

	@Test
	void anUnknownNumberIsExplainedWithUsage() {
		CommandReply reply = commands.caseCommand(People.STAFF, "987654");

		assertThat(reply.cards()).isEmpty();
		assertThat(reply.text()).isEqualTo("There is no case 987654. Usage: /case <number> or /case search <words>");
	}

	@Test
	void aMalformedArgumentGetsOneLineOfUsage() {
		CommandReply reply = commands.caseCommand(People.STAFF, "12abc");

		assertThat(reply.text())
			.isEqualTo("\"12abc\" is not a case number. Usage: /case <number> or /case search <words>");
		assertThat(reply.text()).doesNotContain("\n");
	}

	@Test
	void searchFindsCasesByTheWordsOfTheirComplaints() {
		long number = open("cmd-2", "@cmd2", "The zebra-striped suitcase never arrived in Lisbon");

		CommandReply reply = commands.caseCommand(People.STAFF, "search zebra-striped LISBON");

		assertThat(reply.text()).startsWith("Cases matching \"zebra-striped LISBON\" (1):")
			.contains(" " + number + " ");
	}

	@Test
	void casesMineListsWhatTheCallerOwns() {
		long number = open("cmd-3", "@cmd3", "My bag did not arrive on my flight and nobody can find it");
		actions.acknowledge(number, People.SUPERVISOR);

		assertThat(commands.casesCommand(People.SUPERVISOR, "mine").text()).contains(" " + number + " ");
		assertThat(commands.casesCommand(People.STAFF, "mine").text()).doesNotContain(" " + number + " ");
	}

	@Test
	void casesEscalatedListsEscalatedCasesOnly() {
		long escalated = open("cmd-4", "@cmd4", "My bag did not arrive on my flight and nobody can find it");
		long calm = open("cmd-5", "@cmd5", "My bag did not arrive on LK14 and nobody can find it");
		actions.escalate(escalated, People.STAFF, "third contact");

		String text = commands.casesCommand(People.STAFF, "escalated").text();
		assertThat(text).contains(" " + escalated + " ").doesNotContain(" " + calm + " ");
	}

	@Test
	void anUnknownListIsExplained() {
		assertThat(commands.casesCommand(People.STAFF, "closed").text())
			.isEqualTo("\"closed\" is not a list I know. Usage: /cases open|mine|overdue|escalated");
	}

	@Test
	void someoneWithoutARoleIsRefusedPolitely() {
		assertThat(commands.caseCommand(People.STRANGER, "1001").text()).contains("doesn't know you yet");
		assertThat(commands.casesCommand(People.STRANGER, "open").text()).contains("doesn't know you yet");
	}

	private long open(String externalId, String handle, String text) {
		return intake.post(complaint(externalId).by(handle).text(text).json()).json().get("caseNumber").asLong();
	}

}
