package dev.frontline.cases.internal;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.delivery.Card;
import dev.frontline.testing.IntakeClient;

/**
 * What the customer sent stays their word on the card: the post's address is shown as
 * text, never as a link staff would trust; and the case cache weighs a case by its size.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseCardLinkTest {

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Test
	void theCustomersUrlIsTextOnTheCardNotALink() {
		long number = new IntakeClient(port)
			.post(complaint("link-1").by("@link1").with("url", "https://evil.example/login?next=frontline").json())
			.json()
			.get("caseNumber")
			.asLong();

		Card card = CaseCard.of(cases.get(number), Instant.now());

		assertThat(card.link()).isNull();
		assertThat(card.details()).contains("Post, as given (not checked): https://evil.example/login?next=frontline");
	}

	@Test
	void aCaseWeighsAsMuchAsItsTexts() {
		IntakeClient intake = new IntakeClient(port);
		long number = 0;
		for (int i = 0; i < 3; i++) {
			number = intake.post(complaint("heavy-" + i).by("@heavy").text("lost bag ".repeat(1_000)).json())
				.json()
				.get("caseNumber")
				.asLong();
		}
		CaseView heavy = cases.get(number);
		CaseView light = cases
			.get(intake.post(complaint("light-1").by("@light").text("late").json()).json().get("caseNumber").asLong());

		assertThat(CaseViewCache.weigh(heavy)).isGreaterThan(3 * 2 * 9_000);
		assertThat(CaseViewCache.weigh(light)).isLessThan(10_000);
	}

}
