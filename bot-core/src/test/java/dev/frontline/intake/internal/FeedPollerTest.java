package dev.frontline.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.intake.IntakeSettings.Feed;

/**
 * RSS and Atom feeds on a loopback server: each entry becomes a complaint once, however
 * often it is seen.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class FeedPollerTest {

	@Autowired
	FeedPoller poller;

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
	void eachRssEntryIsTakenOnceAcrossPolls() throws Exception {
		Feed feed = feed("reviews-site");
		served.set(rss(item("r-1", "Lost bag at JFK", "<p>My bag is <b>lost</b> &amp; nobody calls back.</p>")));

		assertThat(poller.poll(feed)).isEqualTo(1);
		assertThat(poller.poll(feed)).isZero();

		served.set(rss(item("r-1", "Lost bag at JFK", "<p>My bag is <b>lost</b> &amp; nobody calls back.</p>"),
				item("r-2", "Rude agent", "The gate agent laughed at me.")));
		assertThat(poller.poll(feed)).isEqualTo(1);

		assertThat(jdbc.sql("select text from complaint where source = 'reviews-site' and external_id = 'urn:r-1'")
			.query(String.class)
			.single()).isEqualTo("Lost bag at JFK\nMy bag is lost & nobody calls back.");
		assertThat(jdbc.sql("select count(*) from complaint where source = 'reviews-site'").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void atomEntriesBecomeComplaintsWithTheirLinkAndAuthor() throws Exception {
		Feed feed = feed("community-forum");
		served.set("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				  <title>Forum</title><id>urn:forum</id><updated>2026-11-20T07:00:00Z</updated>
				  <entry>
				    <title>Refund still missing</title><id>urn:forum:77</id>
				    <link href="https://forum.example/t/77"/>
				    <updated>2026-11-20T07:00:00Z</updated>
				    <author><name>pat</name></author>
				    <content type="html">Six weeks and no refund.</content>
				  </entry>
				</feed>""");

		assertThat(poller.poll(feed)).isEqualTo(1);

		assertThat(
				jdbc.sql("select url from complaint where source = 'community-forum' and external_id = 'urn:forum:77'")
					.query(String.class)
					.single())
			.isEqualTo("https://forum.example/t/77");
		assertThat(jdbc.sql("select author_handle from complaint where external_id = 'urn:forum:77'")
			.query(String.class)
			.single()).isEqualTo("pat");
	}

	@Test
	void aShoutedEntryIsTakenInAndTheEntriesAfterItAreRead() throws Exception {
		Feed feed = feed("shouty-reviews");
		served.set(rss(item("s-1", "Late", "Two hours late."),
				item("s-2", "WHERE IS MY BAG", "WHERE IS MY LUGGAGE ".repeat(450)),
				item("s-3", "Seat", "My seat was broken.")));

		assertThat(poller.poll(feed)).isEqualTo(3);
		assertThat(jdbc
			.sql("select reasons from support_case s join complaint c on c.case_number = s.number"
					+ " where c.external_id = 'urn:s-2'")
			.query(String.class)
			.single()).contains("more words in capitals");
	}

	@Test
	void aFeedLargerThanTheCapIsRefusedWithoutTakingAnything() {
		Feed feed = feed("huge-feed");
		String padding = "<!-- " + "x".repeat((int) FeedFetcher.MAX_FEED_BYTES) + " -->";
		served.set(rss(item("h-1", "Lost bag", "Where is it?")).replace("<channel>", "<channel>" + padding));

		assertThatThrownBy(() -> poller.poll(feed)).isInstanceOf(IOException.class).hasMessageContaining("MiB");
		assertThat(jdbc.sql("select count(*) from complaint where source = 'huge-feed'").query(Long.class).single())
			.isZero();
	}

	@Test
	void directionOverridesAndZeroWidthCharactersAreRemoved() throws Exception {
		Feed feed = feed("bidi-reviews");
		served.set(rss(item("b-1", "Refund", "My booking ref is \u202EL2P7XQ\u202C and my na\u200Bme is\uFEFF Jo")));

		assertThat(poller.poll(feed)).isEqualTo(1);
		assertThat(jdbc.sql("select text from complaint where external_id = 'urn:b-1'").query(String.class).single())
			.isEqualTo("Refund\nMy booking ref is L2P7XQ and my name is Jo");
	}

	@Test
	void aFeedUrlIsMaskedInTheLog(CapturedOutput output) {
		Feed feed = new Feed("keyed-feed", served.url("/missing?token=s3cret-feed-key"), Duration.ofMinutes(5));

		poller.pollLogged(feed);

		assertThat(output).contains("Feed keyed-feed could not be read from http://127.0.0.1:")
			.doesNotContain("s3cret-feed-key");
	}

	@Test
	void entryHtmlIsStrippedInOnePassAndCapped() {
		assertThat(FeedEntries.plain("<".repeat(1_000_000))).hasSizeLessThanOrEqualTo(FeedEntries.MAX_ENTRY_HTML);
		assertThat(FeedEntries.plain("<script>".repeat(10_000) + "hello")).isEqualTo("hello");
		assertThat(FeedEntries.plain("a<br/>b<SCRIPT>x()</script>c<p>d</p>e")).isEqualTo("a\nb c d\ne");
	}

	private Feed feed(String name) {
		return new Feed(name, served.url("/feed"), Duration.ofMinutes(5));
	}

	private static String rss(String... items) {
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<rss version="2.0"><channel><title>Reviews</title><link>https://reviews.example</link>
				<description>reviews</description>%s</channel></rss>""".formatted(String.join("", items));
	}

	private static String item(String guid, String title, String description) {
		return "<item><guid isPermaLink=\"false\">urn:" + guid + "</guid><title>" + title
				+ "</title><description><![CDATA[" + description
				+ "]]></description><pubDate>Fri, 20 Nov 2026 07:00:00 GMT</pubDate></item>";
	}

}
