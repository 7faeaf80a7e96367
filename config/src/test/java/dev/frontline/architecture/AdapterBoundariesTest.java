package dev.frontline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The core knows no chat platform and no adapter knows another: the core is
 * platform-neutral, and each adapter only translates between its platform and the core.
 */
class AdapterBoundariesTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.frontline");

	static final String[] CORE = { "dev.frontline.intake..", "dev.frontline.triage..", "dev.frontline.cases..",
			"dev.frontline.delivery..", "dev.frontline.people..", "dev.frontline.teams.." };

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
