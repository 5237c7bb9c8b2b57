package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

class RecordKeepingTests {

	/** A command renamed by a Camunda upgrade would slip through the refusal unnoticed: fail here instead. */
	@Test
	void everyRefusedCommandExistsInThisCamundaVersion() throws ClassNotFoundException {
		for (String name : RecordKeeping.REFUSED) {
			assertThat(Command.class.isAssignableFrom(Class.forName(name))).as(name).isTrue();
		}
	}
}
