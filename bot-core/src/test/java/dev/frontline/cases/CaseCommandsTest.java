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

	@Autowired
	Cases cases;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
	}

	@Test
	void listsShowTheMostUrgentFirstSayHowManyThereAreAndHowToSeeTheRest() {
		for (int i = 0; i < CaseCommands.PAGE_SIZE; i++) {
			open("page-" + i, "@page" + i, "My bag did not arrive on my flight and nobody can find it, case " + i);
		}
		long smoke = open("page-smoke", "@smoke", "Smoke in the cabin on LK902, crew says nothing, I'm scared.");
		long total = cases.count(CaseFilter.all(1)
			.withStatuses(java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList()));

		String first = commands.casesCommand(People.STAFF, "open").text();
		String second = commands.casesCommand(People.STAFF, "open page 2").text();

		long pages = (total + CaseCommands.PAGE_SIZE - 1) / CaseCommands.PAGE_SIZE;
		assertThat(first).startsWith("Open cases: 1–20 of " + total + ", most urgent first (page 1 of " + pages
				+ "; the next: /cases open page 2):\nSEV1 · ");
		assertThat(first.lines().skip(1)).hasSize(CaseCommands.PAGE_SIZE);
		assertThat(first.lines().skip(1).map(line -> line.substring(0, 4)).toList()).isSorted();
		assertThat(first).contains(" · " + smoke + " · OPEN · ");
		assertThat(second).startsWith("Open cases: 21–");
		assertThat(second.lines().skip(1)).noneMatch(line -> first.contains(line));
		assertThat(commands.casesCommand(People.STAFF, "open page 999").text()).isEqualTo(
				"Open cases: there are " + pages + " pages of them, not 999. See /cases open page " + pages + ".");
	}

	@Test
	void caseShowsTheLatestMessagesAndHistoryAndHistoryShowsAllOfIt() {
		long number = open("cmd-thread-1", "@thread1", "My bag did not arrive on my flight and nobody can find it");
		for (int i = 2; i <= 4; i++) {
			intake.post(complaint("cmd-thread-" + i).by("@thread1")
				.text("Still no news about my bag, message " + i)
				.json());
		}
		actions.acknowledge(number, People.STAFF);
		for (int i = 1; i <= CaseCommands.LATEST_HISTORY; i++) {
			actions.escalate(number, People.STAFF, "no answer yet, try " + i);
		}
		actions.resolve(number, People.STAFF, "bag delivered to the hotel");

		CommandReply reply = commands.caseCommand(People.STAFF, String.valueOf(number));
		CommandReply full = commands.caseCommand(People.STAFF, number + " history");

		assertThat(reply.cards()).hasSize(1);
		assertThat(reply.text()).startsWith("Case " + number + " · its latest 3 of 4 messages:")
			.contains("@thread1: Still no news about my bag, message 4")
			.doesNotContain("nobody can find it")
			.contains("the latest " + CaseCommands.LATEST_HISTORY + " of ")
			.contains("(all: /case " + number + " history)")
			.contains("resolved · Sam Staff · bag delivered to the hotel")
			.doesNotContain("slack:");
		assertThat(full.cards()).isEmpty();
		assertThat(full.text()).startsWith("History of case " + number + " (")
			.contains("acknowledged · Sam Staff")
			.contains("no answer yet, try 1")
			.contains("resolved · Sam Staff · bag delivered to the hotel");
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
		assertThat(reply.text())
			.isEqualTo("There is no case 987654. Usage: /case <number> [history] or /case search <words>");
	}

	@Test
	void aMalformedArgumentGetsOneLineOfUsage() {
		CommandReply reply = commands.caseCommand(People.STAFF, "12abc");

		assertThat(reply.text())
			.isEqualTo("\"12abc\" is not a case number. Usage: /case <number> [history] or /case search <words>");
		assertThat(reply.text()).doesNotContain("\n");
	}

	@Test
	void searchFindsCasesByTheWordsOfTheirComplaints() {
		long number = open("cmd-2", "@cmd2", "The zebra-striped suitcase never arrived in Lisbon");

		CommandReply reply = commands.caseCommand(People.STAFF, "search zebra-striped LISBON");

		assertThat(reply.text()).startsWith("Cases matching \"zebra-striped LISBON\" (1), newest first:")
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
			.isEqualTo("\"closed\" is not a list I know. Usage: /cases open|mine|overdue|escalated [page <n>]");
		assertThat(commands.casesCommand(People.STAFF, "open page two").text()).startsWith("\"open page two\" is not");
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
