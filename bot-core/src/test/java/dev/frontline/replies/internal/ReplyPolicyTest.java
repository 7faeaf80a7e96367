package dev.frontline.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.replies.CheckFinding;
import dev.frontline.replies.CheckLevel;
import dev.frontline.replies.ReplyCheck;
import dev.frontline.replies.ReplySettings;

/** The reply policy: each check finds what it names, and only that. */
class ReplyPolicyTest {

	static final ReplySettings SETTINGS = new ReplySettings(
			Map.of("default", "Hi {name}, we're sorry.", "baggage", "Hi {name}, sorry about your bag."),
			Map.of("default", 2_000, "x", 280),
			Map.of(ReplyCheck.ASKS_FOR_PERSONAL_DATA, CheckLevel.BLOCK, ReplyCheck.REPEATS_PERSONAL_DATA,
					CheckLevel.BLOCK, ReplyCheck.NO_APOLOGY, CheckLevel.WARN),
			List.of("guarantee", "full refund", "we promise"), new BigDecimal("100"),
			List.of("booking reference", "email", "phone number", "passport"),
			List.of("private message", "DM", "direct message"), List.of("sorry", "apologise", "apologize"),
			List.of("private message", "DM", "we'll", "we will", "today"), null, null);

	static final DraftContext ON_X = new DraftContext("x",
			List.of("My bag never arrived, booking QX7P2L, call me on +1 (206) 555-0142 or jo@example.com"), "QX7P2L");

	final ReplyPolicy policy = new ReplyPolicy(SETTINGS);

	@Test
	void aGoodReplyPassesEveryCheck() {
		assertThat(policy.check(
				"Hi Jo, we're so sorry your bag didn't arrive. Please send us a DM with your bag tag and we'll trace it today.",
				ON_X))
			.isEmpty();
	}

	@Test
	void aReplyLongerThanTheSourceTakesIsTooLong() {
		String reply = "Sorry, we'll DM you. " + "x".repeat(300);

		assertThat(checks(policy.check(reply, ON_X))).containsExactly(ReplyCheck.TOO_LONG);
		assertThat(policy.check(reply, new DraftContext("reviews", List.of(), null))).isEmpty();
		assertThat(policy.check(reply, ON_X).getFirst().message())
			.isEqualTo("Too long for x: 321 characters, 280 at most.");
	}

	@Test
	void aPromisedPhraseOrCompensationAboveTheLimitIsAnUnkeepablePromise() {
		assertThat(policy.check("Sorry! We guarantee it arrives today.", ON_X)).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo(ReplyCheck.UNKEEPABLE_PROMISE);
			assertThat(finding.message()).isEqualTo("Promises what we cannot guarantee: \"guarantee\".");
		});
		assertThat(policy.check("Sorry! We'll send a $150 voucher today.", ON_X).getFirst().message())
			.isEqualTo("Offers $150, above the frontline limit of 100.");
		assertThat(policy.check("Sorry! We'll send a 1,200 EUR voucher today.", ON_X)).extracting(CheckFinding::check)
			.containsExactly(ReplyCheck.UNKEEPABLE_PROMISE);
		assertThat(policy.check("Sorry! We'll send a $75 voucher today.", ON_X)).isEmpty();
	}

	@Test
	void askingForPersonalDataInPublicBlocksButInvitingAPrivateMessageDoesNot() {
		List<CheckFinding> findings = policy.check("Sorry! What's your booking reference? We'll check today.", ON_X);

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo(ReplyCheck.ASKS_FOR_PERSONAL_DATA);
			assertThat(finding.blocks()).isTrue();
			assertThat(finding.message()).startsWith("Asks for \"booking reference\" in public");
		});
		assertThat(policy.check("Sorry! Please send your booking reference by DM and we'll check today.", ON_X))
			.isEmpty();
	}

	@Test
	void repeatingTheCustomersReferenceEmailOrPhoneInPublicBlocks() {
		assertThat(policy.check("Sorry Jo, booking qx7p2l is being traced, we'll DM you.", ON_X)).singleElement()
			.satisfies(finding -> {
				assertThat(finding.check()).isEqualTo(ReplyCheck.REPEATS_PERSONAL_DATA);
				assertThat(finding.message()).doesNotContain("QX7P2L").contains("QX…2L");
			});
		assertThat(checks(policy.check("Sorry, we'll call 206-555-0142 today.", ON_X)))
			.containsExactly(ReplyCheck.REPEATS_PERSONAL_DATA);
		assertThat(checks(policy.check("Sorry, we'll write to jo@example.com today.", ON_X)))
			.containsExactly(ReplyCheck.REPEATS_PERSONAL_DATA);
		assertThat(policy.check("Sorry, call our desk on 1-800-555-0199 today.", ON_X)).isEmpty();
	}

	@Test
	void aReplyWithoutApologyOrNextStepIsWarnedAbout() {
		assertThat(checks(policy.check("Thanks for reaching out.", ON_X))).containsExactly(ReplyCheck.NO_APOLOGY,
				ReplyCheck.NO_NEXT_STEP);
		assertThat(policy.check("Thanks for reaching out.", ON_X)).noneMatch(CheckFinding::blocks);
	}

	@Test
	void aCheckSetOffIsNotReported() {
		ReplySettings quiet = new ReplySettings(null, null, Map.of(ReplyCheck.NO_APOLOGY, CheckLevel.OFF), null, null,
				null, null, List.of("sorry"), List.of("DM"), null, null);

		assertThat(checks(new ReplyPolicy(quiet).check("Please DM us.", ON_X))).isEmpty();
	}

	@Test
	void badSettingsAreRefusedNamingTheKey() {
		assertThatThrownBy(() -> new ReplySettings(Map.of("baggage", "Hi {customer}"), null, null, null, null, null,
				null, null, null, null, null))
			.hasMessage("frontline.replies.templates.default: required, for categories without one");
		assertThatThrownBy(() -> new ReplySettings(Map.of("default", "Hi {customer}"), null, null, null, null, null,
				null, null, null, null, null))
			.hasMessage("frontline.replies.templates.default: unknown placeholder {customer}; use {name}");
		assertThatThrownBy(() -> new ReplySettings(null, Map.of("default", 0), null, null, null, null, null, null, null,
				null, null))
			.hasMessage("frontline.replies.max-length.default: must be at least 1");
	}

	private static List<ReplyCheck> checks(List<CheckFinding> findings) {
		return findings.stream().map(CheckFinding::check).toList();
	}

}
