package dev.frontline.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.Cases;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.delivery.Card;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.Signals;

/**
 * Without a connector an approved notice waits for people: the card lists who still needs
 * it with {@code Mark notified}, and each case marked shows its customer was told, in
 * {@code /case}, in the API and in the reply form it starts from the notice.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.escalation.on-call.flight-ops.slack=S0ONCALL")
class NoticesByHandTest {

	static final String NOTICE = "Hi {name}, we're sorry: {incident} is cancelled. {solution}. Send us a private"
			+ " message and we'll look at your booking with you.";

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	IncidentNotices notices;

	@Autowired
	Incidents incidents;

	@Autowired
	Cases cases;

	@Autowired
	CaseCommands commands;

	@Autowired
	ReplyDrafts replies;

	@Autowired
	MutableClock clock;

	@Test
	void theCardListsWhoStillNeedsTheNoticeAndEachCaseMarkedShowsItsCustomerWasTold() {
		long incident = signal("LK960");
		long mara = complain("lk960-1", "@mara", "Mara");
		long jo = complain("lk960-2", "@jo", null);
		NoticeDraft draft = notices.submit(incident, People.STAFF, NOTICE, false);
		assertThat(draft.text()).isEqualTo("Hi {name}, we're sorry: flight LK960 is cancelled. Rebooked on LK907 at"
				+ " 18:10; hotel vouchers at desk B. Send us a private message and we'll look at your booking with you.");

		assertThat(notices.approve(incident, draft.version(), People.SUPERVISOR)).isEqualTo(2);

		Card card = incidents.card(incident);
		assertThat(card.fields()).contains(
				new Card.Field("Notices",
						"notice 1 approved by Sofia Supervisor · 0 sent, 0 queued, 2 to send by hand"),
				new Card.Field("Notify by hand", "@mara (x, case " + mara + "), @jo (x, case " + jo + ")"));
		assertThat(card.actions()).extracting(Card.Action::label).contains("Mark notified", "Post update");
		assertThat(cases.get(mara).notified()).isNull();

		assertThat(notices.markNotified(incident, People.STAFF, String.valueOf(mara))).isEqualTo(1);

		var told = cases.get(mara).notified();
		assertThat(told).isNotNull();
		assertThat(told.notice()).isEqualTo(1);
		assertThat(told.text()).startsWith("Hi Mara, we're sorry: flight LK960 is cancelled.");
		assertThat(commands.caseCommand(People.STAFF, String.valueOf(mara)).text())
			.contains("Customer notified proactively at ", "(notice 1 of incident " + incident + ")");
		IntakeClient.Response api = new IntakeClient(port).get("/api/v1/cases/" + mara);
		assertThat(api.json().get("notified").get("notice").asInt()).isEqualTo(1);
		assertThat(api.json().get("notified").get("incident").asLong()).isEqualTo(incident);
		assertThat(replies.open(mara, People.STAFF).prefill()).isEqualTo(told.text());
		assertThat(replies.open(jo, People.STAFF).prefill()).as("not told yet: the template").doesNotContain("LK960");

		assertThatThrownBy(() -> notices.markNotified(incident, People.STAFF, "mara"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("\"mara\" is not one");
		assertThat(notices.markNotified(incident, People.STAFF, "all")).isEqualTo(1);
		assertThat(cases.get(jo).notified().text()).startsWith("Hi @jo, we're sorry");
		assertThat(incidents.card(incident).actions()).extracting(Card.Action::label).doesNotContain("Mark notified");
		assertThatThrownBy(() -> notices.markNotified(incident, People.STAFF, "all"))
			.isInstanceOf(IncidentConflictException.class);
	}

	@Test
	void laterComplainantsGetTheNoticeOnlyWhenItWasChosenForThem() {
		long incident = signal("LK961");
		complain("lk961-1", "@early", "Early");
		NoticeDraft draft = notices.submit(incident, People.STAFF, NOTICE, false);
		notices.approve(incident, draft.version(), People.SUPERVISOR);

		complain("lk961-2", "@later", "Later");

		assertThat(incidents.get(incident).notices().byHand()).isEqualTo(1);
		assertThatThrownBy(() -> notices.open(incident, People.STAFF)).isInstanceOf(IncidentConflictException.class)
			.hasMessageContaining("use Post update");

		long chosen = signal("LK962");
		complain("lk962-1", "@early2", "Early");
		NoticeDraft forLater = notices.submit(chosen, People.STAFF, NOTICE, true);
		notices.approve(chosen, forLater.version(), People.SUPERVISOR);
		complain("lk962-2", "@later2", "Later");

		assertThat(incidents.get(chosen).notices().byHand()).isEqualTo(2);
		assertThat(incidents.get(chosen).notices().toNotifyByHand()).last().asString().startsWith("@later2 (x, case");
	}

	private long signal(String flight) {
		IntakeClient.Response response = new IntakeClient(port).postTo("/api/v1/signals",
				Signals.signal(flight).json().getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("incidentNumber").asLong();
	}

	private long complain(String id, String handle, String name) {
		String flight = id.substring(0, 5).toUpperCase();
		return intake.submit(List.of(new IncomingComplaint("x", id,
				flight + " cancelled and nobody tells us about hotels.", URI.create("https://social.example/x/" + id),
				clock.instant(), new IncomingComplaint.Author(handle, name, 90), IncomingComplaint.Engagement.NONE,
				null, IncomingComplaint.Customer.UNKNOWN, "en")))
			.getFirst()
			.caseNumber();
	}

}
