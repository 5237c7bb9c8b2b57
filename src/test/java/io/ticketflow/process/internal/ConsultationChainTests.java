package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsultationChainTests {

	@Test
	void returnsGoBackOneStepAtATime() {
		ConsultationChain chain = ConsultationChain.parse("").push("b").push("c");
		assertThat(chain.format()).isEqualTo("b,c");
		assertThat(chain.previous()).isEqualTo("c");
		ConsultationChain back = chain.pop();
		assertThat(back.previous()).isEqualTo("b");
		assertThat(back.pop().isEmpty()).isTrue();
	}

	@Test
	void survivesTheRoundTripThroughAProcessVariable() {
		assertThat(ConsultationChain.parse("b,c").consultants()).containsExactly("b", "c");
		assertThat(ConsultationChain.parse(null).isEmpty()).isTrue();
	}
}
