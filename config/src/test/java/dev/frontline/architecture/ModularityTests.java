package dev.frontline.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.docs.Documenter;

import dev.frontline.FrontlineApplication;

/**
 * The capabilities and adapters keep to their boundaries; the module diagram is written
 * for the README.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(FrontlineApplication.class,
			new ImportOption.DoNotIncludeTests());

	@Test
	void capabilitiesAndAdaptersKeepToTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES).writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
			.writeIndividualModulesAsPlantUml();
	}

}
