package io.ticketflow.ticket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.domain.properties.HasParameterTypes;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ticketflow.TicketflowApplication;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.Attachment;
import io.ticketflow.ticket.internal.HistoryEntry;
import io.ticketflow.ticket.internal.TicketLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** The ticket is an aggregate: it writes its own record and raises its own events; time comes from the Clock. */
class TicketAggregateRulesTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.ticketflow");

	@Test
	void historyLinesArticlesAndFilesAreStoredOnlyByTheLedgerFromWhatTheTicketAppended() {
		constructors().that().areDeclaredIn(HistoryEntry.class).or().areDeclaredIn(Article.class)
			.or().areDeclaredIn(Attachment.class)
			.and().arePublic()
			.should().onlyBeCalled().byClassesThat().belongToAnyOf(TicketLedger.class)
			.check(classes);
	}

	@Test
	void theTicketModuleRaisesItsEventsThroughTheTicketOnly() {
		noClasses().that().resideInAPackage("io.ticketflow.ticket..").and().doNotBelongToAnyOf(TicketLedger.class)
			.should().callMethod(ApplicationEventPublisher.class, "publishEvent", Object.class)
			.because("a change registers its events on the ticket; the ledger publishes them when it saves the ticket")
			.check(classes);
	}

	/** The one clock is the application's bean. */
	@Test
	void timeComesFromTheClock() {
		noClasses().that().resideInAPackage("io.ticketflow..").and().doNotBelongToAnyOf(TicketflowApplication.class)
			.should().callMethod(Instant.class, "now")
			.orShould().callMethod(System.class, "currentTimeMillis")
			.orShould().callMethod(Clock.class, "systemUTC")
			.orShould().callMethod(Clock.class, "systemDefaultZone")
			.orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
				.and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
						JavaClass.Predicates.belongToAnyOf(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
								ZonedDateTime.class))))
				.and(JavaCall.Predicates.target(HasParameterTypes.Predicates.rawParameterTypes(new Class<?>[0])
					.or(HasParameterTypes.Predicates.rawParameterTypes(ZoneId.class)))))
			.because("tests set the time through the Clock bean")
			.check(classes);
	}
}
