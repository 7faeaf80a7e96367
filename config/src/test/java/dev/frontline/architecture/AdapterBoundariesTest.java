package dev.frontline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.frontline.conversation.Interactions;

/**
 * The core knows no chat platform and no adapter knows another: the core is
 * platform-neutral, and each adapter only translates between its platform and the core.
 */
class AdapterBoundariesTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.frontline");

	static final String[] CORE = { "dev.frontline.intake..", "dev.frontline.triage..", "dev.frontline.cases..",
			"dev.frontline.delivery..", "dev.frontline.people..", "dev.frontline.teams..",
			"dev.frontline.conversation..", "dev.frontline.home.." };

	@Test
	void theCoreDependsOnNoAdapterNorChatSdk() {
		noClasses().that()
			.resideInAnyPackage(CORE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.frontline.slack..", "dev.frontline.discord..", "dev.frontline.console..",
					"dev.frontline.app..", "com.slack.api..", "net.dv8tion..")
			.check(CLASSES);
	}

	static final String[] ADAPTERS = { "dev.frontline.slack..", "dev.frontline.discord..", "dev.frontline.console.." };

	/**
	 * The services whose every method is a decision someone takes by a button or form.
	 */
	static final Set<String> DECIDING = Set.of("dev.frontline.cases.CaseActions", "dev.frontline.cases.CaseCorrections",
			"dev.frontline.incidents.IncidentActions", "dev.frontline.stories.ImprovementActions",
			"dev.frontline.stories.StoryThemes");

	/**
	 * The decisions of services adapters still read from (approvals, step names, the
	 * story's status). The story form's are among them, and {@code /stories}: like
	 * {@code /case} and {@code /cases} ({@code CaseCommands} declares itself, so the rule
	 * above keeps adapters from it), its arguments are read once, behind the port.
	 */
	static final Map<String, Set<String>> DECISIONS = Map.of("dev.frontline.replies.ReplyDrafts",
			Set.of("open", "openEdit", "closeForm", "submit", "edit", "approve", "mayApprove", "requestChanges",
					"markPosted"),
			"dev.frontline.followups.FollowUps",
			Set.of("plan", "addStep", "edit", "reassign", "done", "waive", "resolveWaivingOpenSteps"),
			"dev.frontline.stories.Stories",
			Set.of("storiesCommand", "open", "openNominated", "preview", "share", "edit"));

	/**
	 * A press or a submission reaches the capabilities through the conversation port
	 * only, so what a button does is written once, in the core, for every platform.
	 */
	@Test
	void adaptersTakeDecisionsOnlyThroughTheConversationPort() {
		noClasses().that()
			.resideInAnyPackage(ADAPTERS)
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("a capability's deciding service or its declarations",
					(JavaClass target) -> DECIDING.contains(target.getName())
							|| target.isAssignableTo(Interactions.class)))
			.orShould()
			.callMethodWhere(DescribedPredicate.describe("a decision of the replies, follow-ups or stories",
					(JavaMethodCall call) -> DECISIONS.getOrDefault(call.getTargetOwner().getName(), Set.of())
						.contains(call.getName())))
			.because("adapters render and carry; the capabilities decide, through dev.frontline.conversation")
			.check(CLASSES);
	}

	/**
	 * A platform that shows only text reads a line, hands it to the core and prints what
	 * it comes to: how lines are read is the capabilities' own, declared with their
	 * buttons and forms.
	 */
	@Test
	void theConsoleReachesTheCapabilitiesOnlyThroughTheConversationPort() {
		classes().that()
			.resideInAPackage("dev.frontline.console..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.frontline.console..", "dev.frontline.conversation..", "dev.frontline.delivery..",
					"dev.frontline.people..", "java..", "org.springframework..", "org.jline..", "org.slf4j..",
					"org.jspecify..")
			.because("the console renders and carries; reading a typed line is declared in the core")
			.check(CLASSES);
	}

	/**
	 * Slack and Discord render and carry only: of the core they use the conversation port
	 * and its model, the chat platform port, the home, who is acting and the database's
	 * outage signal, and no capability at all.
	 */
	@Test
	void slackAndDiscordReachNoCapabilityButThroughTheConversationPort() {
		noClasses().that()
			.resideInAnyPackage("dev.frontline.slack..", "dev.frontline.discord..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.frontline.intake..", "dev.frontline.triage..", "dev.frontline.cases..",
					"dev.frontline.incidents..", "dev.frontline.escalation..", "dev.frontline.replies..",
					"dev.frontline.followups..", "dev.frontline.stories..", "dev.frontline.reports..",
					"dev.frontline.teams..")
			.because("adapters render and carry; the capabilities decide, through dev.frontline.conversation")
			.check(CLASSES);
	}

	@Test
	void theConsoleAdapterKnowsNoOtherAdapter() {
		noClasses().that()
			.resideInAPackage("dev.frontline.console..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.frontline.slack..", "dev.frontline.discord..", "dev.frontline.app..")
			.check(CLASSES);
	}

	@Test
	void theSlackAdapterKnowsNoOtherAdapter() {
		noClasses().that()
			.resideInAPackage("dev.frontline.slack..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.frontline.discord..", "dev.frontline.console..", "dev.frontline.app..",
					"net.dv8tion..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void theDiscordAdapterKnowsNoOtherAdapter() {
		noClasses().that()
			.resideInAPackage("dev.frontline.discord..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.frontline.slack..", "dev.frontline.console..", "dev.frontline.app..",
					"com.slack.api..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

}
