package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * One person behind every identity: configured once with their Slack, Discord and console
 * ids, beside the older roles per platform; a refusal names who may.
 */
class PeopleTest {

	static People people(Map<String, String> properties) {
		return new People(PeopleSettings.bind(new Binder(new MapConfigurationPropertySource(properties))));
	}

	@Test
	void aPersonIsOnePersonOnEveryPlatformTheyAreKnownOn() {
		People people = people(Map.of("frontline.people.sofia.slack", "U0SOFIA", "frontline.people.sofia.discord",
				"1100000000000000031", "frontline.people.sofia.role", "supervisor", "frontline.people.sofia.name",
				"Sofia Reyes", "frontline.people.roles.slack.U0SAM", "staff"));
		Actor onSlack = new Actor("slack", "U0SOFIA", "Sofia");
		Actor onDiscord = new Actor("discord", "1100000000000000031", "sofia_r");

		assertThat(people.roleOf(onDiscord)).contains(Role.SUPERVISOR);
		assertThat(people.identitiesOf(onDiscord)).containsExactly("discord:1100000000000000031", "slack:U0SOFIA");
		assertThat(people.isSamePerson(onDiscord, "slack:U0SOFIA")).isTrue();
		assertThat(people.isSamePerson(onSlack, "slack:U0SAM")).isFalse();
		assertThat(people.roleOf(new Actor("slack", "U0SAM", "Sam"))).contains(Role.STAFF);
		assertThat(people.identitiesOf(new Actor("slack", "U0SAM", "Sam"))).containsExactly("slack:U0SAM");
		assertThat(people.withRoleAtLeast(Role.SUPERVISOR)).containsOnlyKeys("slack", "discord");
	}

	@Test
	void anActorBelongsOnlyToThePlatformsGroupsMappedToARoleAndIsAskedOfNoOther() {
		People people = people(Map.of("frontline.people.groups.slack.S0LEADS", "supervisor",
				"frontline.people.groups.slack.S0CARE", "staff", "frontline.people.groups.discord.42", "admin"));
		java.util.List<String> asked = new java.util.ArrayList<>();

		Actor actor = people.actor("slack", "U0SAM", "Sam", group -> asked.add(group) && group.equals("S0CARE"));

		assertThat(actor.groups()).containsExactly("S0CARE");
		assertThat(asked).containsExactlyInAnyOrder("S0LEADS", "S0CARE");
		assertThat(people.roleOf(actor)).contains(Role.STAFF);
	}

	@Test
	void aDiscordIdWrittenAsABareNumberIsTheSameId() {
		Map<String, Object> yaml = Map.of("frontline.people.olu.discord", 1100000000000000032L,
				"frontline.people.olu.role", "staff");
		People people = new People(PeopleSettings.bind(new Binder(new MapConfigurationPropertySource(yaml))));

		assertThat(people.roleOf(new Actor("discord", "1100000000000000032", "olu"))).contains(Role.STAFF);
	}

	@Test
	void aRefusalSaysWhatOnlyWhichRoleMayDoAndWhoHasIt() {
		People people = people(Map.of("frontline.people.operator.console", "operator", "frontline.people.operator.role",
				"supervisor", "frontline.people.sam.console", "sam", "frontline.people.sam.role", "staff",
				"frontline.people.groups.slack.S0LEADS", "admin"));

		assertThatThrownBy(
				() -> people.require(new Actor("console", "sam", "sam"), Role.SUPERVISOR, "approve a SEV3 reply"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("Sorry, only a supervisor can approve a SEV3 reply: operator, anyone in slack group S0LEADS.");
	}

	@Test
	void aMistypedPersonKeyOrAnIdentityGivenTwiceIsNamed() {
		assertThatThrownBy(() -> people(Map.of("frontline.people.sam.slak", "U0SAM")))
			.hasMessage("frontline.people.sam.slak: unknown key, expected slack, discord, console, role or name");
		assertThatThrownBy(() -> people(Map.of("frontline.people.sam.role", "boss")))
			.hasMessage("frontline.people.sam.role: unknown role 'boss', expected staff, supervisor or admin");
		assertThatThrownBy(
				() -> people(Map.of("frontline.people.sam.slack", "U0SAM", "frontline.people.samuel.slack", "U0SAM")))
			.hasMessageContaining("U0SAM is already")
			.hasMessageEndingWith("one identity belongs to one person");
	}

}
