package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.stories.StorySettings.Team;
import dev.frontline.stories.StorySettings.Team.Member;

/** A bad story schedule stops the start with a message naming the key. */
class StorySettingsTest {

	static final List<Member> ONE = List.of(new Member("slack:U1", null, List.of()));

	@Test
	void aTeamDefaultsToMondayTenAndThursdayThreeInUtc() {
		Team team = new Team(null, null, null, null, ONE);

		assertThat(team.prompt()).isEqualTo("0 0 10 * * MON");
		assertThat(team.meeting()).isEqualTo("0 0 15 * * THU");
		assertThat(team.zone()).isEqualTo("UTC");
		assertThat(team.nameOf("slack:U1")).isEqualTo("U1");
	}

	@Test
	void aBadCronZoneMemberOrAbsenceIsNamed() {
		assertThatThrownBy(() -> settings(new Team("every monday", null, null, null, ONE)))
			.hasMessageStartingWith("frontline.stories.teams.baggage.prompt: 'every monday' is not a cron expression");
		assertThatThrownBy(() -> settings(new Team(null, null, "Europe/Londres", null, ONE)))
			.hasMessage("frontline.stories.teams.baggage.zone: 'Europe/Londres' is not an IANA time zone, such as"
					+ " Europe/London");
		assertThatThrownBy(() -> settings(new Team(null, null, null, null, List.of(new Member("U1", null, List.of())))))
			.hasMessage(
					"frontline.stories.teams.baggage.members[0].id: a person is platform:id, such as slack:U0123ABCD");
		assertThatThrownBy(() -> settings(new Team(null, null, null, null,
				List.of(new Member("slack:U1", null, List.of("2026-12-31..2026-12-21"))))))
			.hasMessage("frontline.stories.teams.baggage.members[0].away[0]: '2026-12-31..2026-12-21' ends before it"
					+ " starts");
	}

	@Test
	void someoneIsAwayOnEachDayOfTheirRange() {
		Team team = settings(new Team(null, null, null, null,
				List.of(new Member("slack:U1", "Ana", List.of("2026-12-21..2026-12-31", "2027-01-05")))))
			.teams()
			.get("baggage");

		assertThat(team.isAway("slack:U1", LocalDate.parse("2026-12-28"))).isTrue();
		assertThat(team.isAway("slack:U1", LocalDate.parse("2027-01-05"))).isTrue();
		assertThat(team.isAway("slack:U1", LocalDate.parse("2027-01-04"))).isFalse();
		assertThat(team.isAway("slack:U2", LocalDate.parse("2026-12-28"))).isFalse();
		assertThat(team.nameOf("slack:U1")).isEqualTo("Ana");
	}

	private static StorySettings settings(Team team) {
		return new StorySettings(Map.of("baggage", team), List.of());
	}

}
