package dev.frontline.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.cases.HistoryEntry;
import dev.frontline.incidents.IncidentStatus;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.Incidents;
import dev.frontline.incidents.SignalKind;
import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.IntakeSettings.StatusFeed;

/**
 * A status page's feed on a loopback server: an entry naming a flight opens its incident
 * before any complaint, read again it changes nothing, a later entry updates it, and an
 * entry naming no incident key or without a date is skipped.
 */
@SpringBootTest
class StatusFeedTest {

	@Autowired
	StatusFeedPoller poller;

	@Autowired
	Incidents incidents;

	@Autowired
	JdbcClient jdbc;

	ServedFeed served;

	@BeforeEach
	void serveFeed() {
		served = new ServedFeed();
	}

	@AfterEach
	void stop() {
		served.close();
	}

	@Test
	void anEntryNamingAFlightOpensItsIncidentOnceAndALaterEntryUpdatesIt() throws Exception {
		StatusFeed feed = feed("ops-status");
		String cancelled = entry("urn:status:1", "LK1905 Denver to Boston cancelled", "2026-11-20T07:00:00Z",
				"Crew shortage.<br/>Solution: rebooked on LK1907 at 18:10; hotel vouchers at desk B");
		String notAboutAFlight = entry("urn:status:2", "Scheduled maintenance of the loyalty pages",
				"2026-11-20T06:00:00Z", "Points balances may show late tonight.");
		served.set(atom(cancelled, notAboutAFlight));

		assertThat(poller.poll(feed)).isEqualTo(1);
		assertThat(poller.poll(feed)).as("the same entries read again").isZero();

		long number = incidentOf("flight:LK1905");
		IncidentView incident = incidents.get(number);
		assertThat(incident.label()).isEqualTo("flight LK1905");
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
		assertThat(incident.counts().complaints()).isZero();
		assertThat(incident.operations().kind()).isEqualTo("cancelled");
		assertThat(incident.operations().solution()).isEqualTo("rebooked on LK1907 at 18:10; hotel vouchers at desk B");
		assertThat(jdbc.sql("select summary from incident_signal where incident_number = ?")
			.param(number)
			.query(String.class)
			.single()).isEqualTo("LK1905 Denver to Boston cancelled — Crew shortage.");

		served
			.set(atom(
					entry("urn:status:3", "LK1905: passengers rebooked, desk B open until midnight",
							"2026-11-20T08:30:00Z", "Disruption continues for connecting passengers."),
					cancelled, notAboutAFlight));
		assertThat(poller.poll(feed)).isEqualTo(1);
		assertThat(incidents.get(number).history()).extracting(HistoryEntry::action)
			.containsExactly("OPENED", "SIGNAL");
	}

	@Test
	void anEntryWithoutADateIsSkippedAndTheOthersAreRead() throws Exception {
		StatusFeed feed = feed("ops-rss");
		served.set("""
				<?xml version="1.0"?>
				<rss version="2.0"><channel><title>Status</title><link>https://status.example</link>
				<description>Operations</description>
				<item><title>LK1612 delayed by three hours</title><guid>s-1</guid></item>
				<item><title>LK1613 diverted to Portland</title><guid>s-2</guid>
				<pubDate>Fri, 20 Nov 2026 07:00:00 GMT</pubDate></item>
				</channel></rss>""");

		assertThat(poller.poll(feed)).isEqualTo(1);

		assertThat(jdbc.sql("select count(*) from incident_signal where key_value = 'flight:LK1612'")
			.query(Long.class)
			.single()).isZero();
		assertThat(incidents.get(incidentOf("flight:LK1613")).operations().kind()).isEqualTo("diverted");
	}

	@Test
	void theKindIsTheFirstOneTheEntrySaysElseDisrupted() {
		assertThat(StatusFeedEntries.kindOf("LK12 canceled due to weather")).isEqualTo(SignalKind.CANCELLED);
		assertThat(StatusFeedEntries.kindOf("Delays of up to an hour for LK12")).isEqualTo(SignalKind.DELAYED);
		assertThat(StatusFeedEntries.kindOf("LK12 diversion to SFO")).isEqualTo(SignalKind.DIVERTED);
		assertThat(StatusFeedEntries.kindOf("Check-in outage at DEN")).isEqualTo(SignalKind.OUTAGE);
		assertThat(StatusFeedEntries.kindOf("LK12 is running late")).isEqualTo(SignalKind.DISRUPTED);
	}

	@Test
	void aStatusFeedWithoutAUsableUrlIsNamed() {
		assertThatThrownBy(() -> new IntakeSettings(null, false, null, null, null,
				List.of(new StatusFeed("ops", URI.create("ftp://status.example/feed"), null))))
			.hasMessage("frontline.intake.status-feeds[0].url: required, an http, https or file URL");
	}

	private long incidentOf(String key) {
		return jdbc.sql("select incident_number from incident_signal where key_value = ? order by id")
			.param(key)
			.query(Long.class)
			.list()
			.getFirst();
	}

	private StatusFeed feed(String name) {
		return new StatusFeed(name, served.url("/feed"), Duration.ofMinutes(1));
	}

	private static String entry(String id, String title, String updated, String html) {
		return """
				  <entry>
				    <title>%s</title><id>%s</id><updated>%s</updated>
				    <content type="html">%s</content>
				  </entry>
				""".formatted(title, id, updated, html.replace("<", "&lt;").replace(">", "&gt;"));
	}

	private static String atom(String... entries) {
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				  <title>Larkspur operations status</title><id>urn:status</id><updated>2026-11-20T08:30:00Z</updated>
				%s</feed>""".formatted(String.join("", entries));
	}

}
