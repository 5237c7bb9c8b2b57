package io.ticketflow.mail.internal;

import io.ticketflow.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inbound message as the help desk needs it, read from the raw bytes that are kept as received.
 *
 * @param messageId the Message-ID with its angle brackets, or null
 * @param inReplyTo the first Message-ID of In-Reply-To, or null
 * @param references every Message-ID of References, oldest first
 * @param returnPath the Return-Path address; "" for the empty path {@code <>}; null when the header is absent
 * @param textBody the readable text: the text/plain part, or the HTML converted to text when there is none
 * @param htmlBody the text/html part as sent, or null
 * @param headers every header, names in lower case, values unfolded and decoded
 */
public record ParsedMail(
		String messageId,
		String inReplyTo,
		List<String> references,
		MailAddress from,
		List<MailAddress> to,
		List<MailAddress> cc,
		String returnPath,
		String subject,
		String textBody,
		String htmlBody,
		List<ParsedAttachment> attachments,
		Map<String, List<String>> headers) {

	/** The first value of a header, or null. */
	public String header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** The language it is written in: the one it declares, or the one its subject and text are in. */
	public Language language() {
		return Language.detect(header("content-language"), subject + "\n" + textBody);
	}

	public record MailAddress(String address, String name) {
	}

	public record ParsedAttachment(String filename, String contentType, long size, byte[] content) {
	}
}
