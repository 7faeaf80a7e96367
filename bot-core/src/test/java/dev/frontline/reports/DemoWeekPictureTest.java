package dev.frontline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The picture in the README: the example airline's demo feed taken in through intake over
 * one week (a complaint every four hours from Monday 07:00), each posted case
 * acknowledged by staff after a time that depends on its severity and varies from case to
 * case, and the baggage team's review of that week drawn. Written to
 * {@code docs/weekly-review.png} with {@code -Dfrontline.docs.write=true} (see
 * docs/weekly-review.md), else into {@code target/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.test.clock-start=2026-11-23T07:00:00Z")
class DemoWeekPictureTest {

	static final Path DEMO = Path.of("../config/src/main/resources/demo/larkspur-air-demo.jsonl");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseActions actions;

	@Autowired
	Cases cases;

	@Autowired
	WeeklyReviews reviews;

	@Test
	void theDemoWeekOfTheBaggageTeam() throws Exception {
		IntakeClient http = new IntakeClient(port);
		Instant monday = Instant.parse("2026-11-23T07:00:00Z");
		List<String> feed = Files.readAllLines(DEMO).stream().filter(line -> !line.isBlank()).toList();
		for (int i = 0; i < feed.size(); i++) {
			clock.set(monday.plus(Duration.ofHours(4L * i)));
			ObjectNode complaint = (ObjectNode) JSON.readTree(feed.get(i)).get("complaint");
			complaint.remove("createdAt");
			JsonNode receipt = http.post(JSON.writeValueAsString(complaint)).json();
			long number = receipt.get("caseNumber").asLong();
			String severity = receipt.get("severity").asString();
			if (severity.equals("SEV4") || cases.get(number).status() != CaseStatus.OPEN) {
				continue;
			}
			// Staff answer the urgent ones first; some days they are slower than the SLA.
			long allowed = switch (severity) {
				case "SEV1" -> 5;
				case "SEV2" -> 15;
				default -> 60;
			};
			clock.advance(Duration.ofSeconds(allowed * 60 * (3 + (i * 7) % 12) / 10));
			actions.acknowledge(number, People.STAFF);
		}
		clock.set(Instant.parse("2026-11-30T09:00:00Z"));

		WeeklyReview review = reviews.of("baggage", ReportWeek.parse("2026-W48"));
		byte[] png = reviews.chart(review);

		assertThat(review.complaints()).isPositive();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1080);
		Path target = Boolean.getBoolean("frontline.docs.write") ? Path.of("../docs/weekly-review.png")
				: Path.of("target/weekly-review-demo.png");
		Files.write(target, png);
	}

}
