package org.liminal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay modules: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LiminalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation()
			.writeModulesAsPlantUml();
	}

}
