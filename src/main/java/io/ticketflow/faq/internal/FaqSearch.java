package io.ticketflow.faq.internal;

import io.ticketflow.faq.FaqHit;
import java.util.List;

/** Finds the current FAQ entries that best answer a text, such as a customer's mail. */
public interface FaqSearch {

	List<FaqHit> search(String text, boolean publicOnly, int limit);
}
