package io.ticketflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure is a rule of the build, not a wish. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TicketflowApplication.class);

	static final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.ticketflow");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void onlyTheProcessModuleTouchesCamunda() {
		noClasses().that().resideOutsideOfPackage("io.ticketflow.process..")
			.should().dependOnClassesThat().resideInAPackage("org.camunda..")
			.check(classes);
	}

	@Test
	void onlyTheMailModuleTouchesJakartaMailAndTheMailServer() {
		noClasses().that().resideOutsideOfPackage("io.ticketflow.mail..")
			.should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "com.icegreen..")
			.check(classes);
	}

	@Test
	void articlesAndHistoryAreOnlyWrittenByTheLedger() {
		noClasses().that().doNotHaveSimpleName("TicketLedger")
			.should().callMethod(io.ticketflow.ticket.internal.ArticleRepository.class, "save",
					io.ticketflow.ticket.internal.Article.class)
			.orShould().callMethod(io.ticketflow.ticket.internal.HistoryRepository.class, "save",
					io.ticketflow.ticket.internal.HistoryEntry.class)
			.check(classes);
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
