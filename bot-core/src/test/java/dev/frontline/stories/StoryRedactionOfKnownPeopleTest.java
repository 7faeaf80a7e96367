package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.testing.People;

/**
 * A story leaves out every name Frontline knows — customers' display names, first names
 * and handles, staff — and the customers' own booking references, whoever's case they
 * come from; and it never grows past what is stored.
 */
@SpringBootTest(properties = { "frontline.stories.teams.loyalty.members[0].id=slack:U-STAFF",
		"frontline.stories.teams.loyalty.members[0].name=Sam Staff",
		"frontline.stories.teams.digital.members[0].id=slack:U-ELSEWHERE",
		"frontline.stories.teams.digital.members[0].name=Priya Elsewhere" })
class StoryRedactionOfKnownPeopleTest {

	@Autowired
	Stories stories;

	@Autowired
	ComplaintIntake intake;

	@Test
	void everyKnownCustomerAndStaffNameAndACustomersOwnReferenceAreTakenOut() {
		complaint("redact-1", "@mara.t", "Mara Tellwright", "LK-88231X");
		complaint("redact-2", "@jo_w", "Johanna Weiss", null);

		Stories.Preview preview = stories.preview(People.STAFF, new StoryForm(
				"Mara Tellwright (mara.t) was furious; Mara said Johanna from row 3 had the same problem.",
				"Priya Elsewhere and I rebooked her; her reference lk-88231x and the other one qx7p2l were wrong.",
				"Knowing what Sam Staff knew.", null, "rebooking", false), null);

		String shown = preview.redacted().whatHappened() + " " + preview.redacted().whatYouDid() + " "
				+ preview.redacted().whatWouldHaveHelped();
		assertThat(shown).doesNotContainIgnoringCase("Mara")
			.doesNotContainIgnoringCase("Tellwright")
			.doesNotContain("Johanna", "Priya", "Elsewhere", "Sam")
			.doesNotContainIgnoringCase("88231")
			.doesNotContainIgnoringCase("qx7p2l")
			.contains("from row 3 had the same problem")
			.contains("[booking ref]");
	}

	@Test
	void aStoryFullOfShortNamesIsShortenedNotRefused() {
		complaint("redact-3", "@jo_n", "Jo Nkemelu", null);
		String manyNames = "Jo ".repeat(StoryForm.MAX_ANSWER / 3).strip();

		Story story = stories.share(People.STAFF,
				new StoryForm(manyNames, "Listened.", "A quieter queue.", null, "queue", false), null);

		assertThat(story.whatHappened()).hasSizeLessThanOrEqualTo(StoryRedaction.MAX_REDACTED)
			.startsWith("[name] [name]")
			.doesNotContain("Jo ");
	}

	private void complaint(String id, String handle, String name, String reference) {
		intake.submit(List.of(new IncomingComplaint("x", id, "My bag didn't come off the belt at all.",
				URI.create("https://social.example/x/" + id), Instant.parse("2026-11-20T08:00:00Z"),
				new IncomingComplaint.Author(handle, name, 120), IncomingComplaint.Engagement.NONE, null,
				new IncomingComplaint.Customer("silver", reference), "en")));
	}

}
