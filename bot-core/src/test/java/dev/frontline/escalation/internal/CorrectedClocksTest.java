package dev.frontline.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.cases.CaseCorrections;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.triage.Severity;

/**
 * A corrected case's clocks follow the correction: raised while nobody took it, it is due
 * by the new severity's SLA and escalates at once; lowered, its clock relaxes; moved, the
 * new team's chain starts from the move. Time is moved, never slept.
 */
@SpringBootTest
class CorrectedClocksTest {

	@Autowired
	ComplaintIntake intake;

	@Autowired
	TimerRunner runner;

	@Autowired
	Cases cases;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	MutableClock clock;

	@Test
	void aRaisedCaseIsDueByTheNewSlaAndEscalatesAtOnce() {
		long number = openSev3("raise-1");
		clock.advance(Duration.ofMinutes(2));

		corrections.changeSeverity(number, People.STAFF, "SEV1", "an injury");
		runner.fireDue();

		assertThat(cases.get(number).escalationLevel()).isEqualTo(1);
		assertThat(last(number)).isEqualTo("ESCALATED level 1: raised to SEV1 by staff while nobody had taken it");
		clock.advance(Duration.ofMinutes(4));
		runner.fireDue();
		assertThat(actions(number)).as("warned before the 5 minutes of SEV1").contains("SLA_WARNING");
		assertThat(actions(number)).doesNotContain("SLA_BREACHED");
		clock.advance(Duration.ofMinutes(1));
		runner.fireDue();
		assertThat(actions(number)).contains("SLA_BREACHED");
	}

	@Test
	void aLoweredCaseIsNoLongerWarnedAtTheOldTime() {
		long number = openSev2("lower-1");

		corrections.changeSeverity(number, People.SUPERVISOR, "SEV3", "the wedding is next year");
		clock.advance(Duration.ofMinutes(16));
		runner.fireDue();

		assertThat(actions(number)).as("SEV2's 15 minutes no longer apply")
			.doesNotContain("SLA_WARNING", "SLA_BREACHED");
		clock.advance(Duration.ofMinutes(45));
		runner.fireDue();
		assertThat(actions(number)).as("SEV3's 60 minutes from the opening").contains("SLA_BREACHED");
	}

	@Test
	void aMovedCaseStartsItsNewTeamsChainFromTheMove() {
		long number = openSev2("move-1");
		clock.advance(Duration.ofMinutes(10));

		corrections.moveTeam(number, People.STAFF, "loyalty", "booked with miles");
		clock.advance(Duration.ofMinutes(10));
		runner.fireDue();

		assertThat(actions(number)).as("the old chain's first step was at 15 minutes").doesNotContain("ESCALATED");
		clock.advance(Duration.ofMinutes(6));
		runner.fireDue();
		assertThat(cases.get(number).escalationLevel()).isEqualTo(1);
	}

	private List<String> actions(long number) {
		return cases.get(number).history().stream().map(HistoryEntry::action).toList();
	}

	private String last(long number) {
		HistoryEntry entry = cases.get(number).history().getLast();
		return entry.action() + " " + entry.detail();
	}

	private long openSev3(String id) {
		return open(id, "My flight LK88 was delayed two hours and nobody explained why.", Severity.SEV3);
	}

	private long openSev2(String id) {
		return open(id, "LK702 was cancelled and I missed my sister's wedding. Nobody answers.", Severity.SEV2);
	}

	private long open(String id, String text, Severity expected) {
		var receipt = intake
			.submit(List.of(new IncomingComplaint("x", id, text, URI.create("https://social.example/x/" + id),
					clock.instant(), new IncomingComplaint.Author("@" + id, null, 800),
					IncomingComplaint.Engagement.NONE, null, IncomingComplaint.Customer.UNKNOWN, "en")))
			.getFirst();
		assertThat(receipt.severity()).isEqualTo(expected);
		return receipt.caseNumber();
	}

}
