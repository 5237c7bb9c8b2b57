package io.ticketflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
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
	void writesTheModuleDocumentation(@TempDir Path folder) throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		for (ApplicationModule module : modules) {
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists();
		}
		// the overview draws the modules that depend on each other; the database's roles stand alone
		assertThat(Files.readString(folder.resolve("components.puml"))).contains("\"Ticket\"", "\"Process\"",
				"\"Mail\"", "\"Api\"", "\"Rights\"", "\"Customer\"", "\"Faq\"", "Rel(");
	}
}
