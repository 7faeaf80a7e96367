package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A bad story schedule stops the start with a message naming the key. */
class StorySettingsTest {

	@Test
	void aTeamDefaultsToMondayTenAndThursdayThreeInUtc() {
		StorySettings.Team team = new StorySettings.Team(null, null, null, null, List.of("slack:U1"));

		assertThat(team.prompt()).isEqualTo("0 0 10 * * MON");
		assertThat(team.meeting()).isEqualTo("0 0 15 * * THU");
		assertThat(team.zone()).isEqualTo("UTC");
	}

	@Test
	void aBadCronZoneMemberOrAbsenceIsNamed() {
		assertThatThrownBy(
				() -> settings(new StorySettings.Team("every monday", null, null, null, List.of("slack:U1")), Map.of()))
			.hasMessageStartingWith("frontline.stories.teams.baggage.prompt: 'every monday' is not a cron expression");
		assertThatThrownBy(() -> settings(
				new StorySettings.Team(null, null, "Europe/Londres", null, List.of("slack:U1")), Map.of()))
			.hasMessage("frontline.stories.teams.baggage.zone: 'Europe/Londres' is not an IANA time zone, such as"
					+ " Europe/London");
		assertThatThrownBy(() -> settings(new StorySettings.Team(null, null, null, null, List.of("U1")), Map.of()))
			.hasMessage("frontline.stories.teams.baggage.members[0]: a person is platform:id, such as slack:U0123ABCD");
		assertThatThrownBy(() -> settings(new StorySettings.Team(null, null, null, null, List.of("slack:U1")),
				Map.of("slack:U1", List.of("2026-12-31..2026-12-21"))))
			.hasMessage("frontline.stories.away.slack:U1[0]: '2026-12-31..2026-12-21' ends before it starts");
	}

	@Test
	void someoneIsAwayOnEachDayOfTheirRange() {
		StorySettings settings = settings(new StorySettings.Team(null, null, null, null, List.of("slack:U1")),
				Map.of("slack:U1", List.of("2026-12-21..2026-12-31", "2027-01-05")));

		assertThat(settings.isAway("slack:U1", LocalDate.parse("2026-12-28"))).isTrue();
		assertThat(settings.isAway("slack:U1", LocalDate.parse("2027-01-05"))).isTrue();
		assertThat(settings.isAway("slack:U1", LocalDate.parse("2027-01-04"))).isFalse();
		assertThat(settings.isAway("slack:U2", LocalDate.parse("2026-12-28"))).isFalse();
	}

	private static StorySettings settings(StorySettings.Team team, Map<String, List<String>> away) {
		return new StorySettings(Map.of("baggage", team), List.of(), away);
	}

}
