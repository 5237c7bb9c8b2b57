package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ticketflow.mail.internal.ParsedMail.MailAddress;
import io.ticketflow.mail.internal.ParsedMail.ParsedAttachment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailParserTests {

	private final MailParser parser = new MailParser();

	@Test
	void plainUtf8BodyIsDecodedAndTrailingBlankLinesAreTrimmed() throws Exception {
		ParsedMail mail = parse("plain-utf8.eml");

		assertThat(mail.subject()).isEqualTo("Printer on fire");
		assertThat(mail.textBody()).isEqualTo("Hello,\n\nthe printer on floor 3 is on fire. Grüße, Anna 🔥");
		assertThat(mail.htmlBody()).isNull();
		assertThat(mail.attachments()).isEmpty();
	}

	@Test
	void crlfLineEndingsBecomeNewlines() throws Exception {
		byte[] crlf = new String(fixture("plain-utf8.eml"), StandardCharsets.UTF_8).replace("\n", "\r\n")
			.getBytes(StandardCharsets.UTF_8);

		ParsedMail mail = parser.parse(crlf);

		assertThat(mail.textBody()).isEqualTo("Hello,\n\nthe printer on floor 3 is on fire. Grüße, Anna 🔥");
		assertThat(mail.header("x-note")).doesNotContain("\r", "\n");
	}

	@Test
	void addressesAreLowerCasedAndKeepTheirNames() throws Exception {
		ParsedMail mail = parse("plain-utf8.eml");

		assertThat(mail.from()).isEqualTo(new MailAddress("anna.mueller@example.com", "Anna Müller"));
		assertThat(mail.to()).containsExactly(new MailAddress("support@ticketflow.example", "Support"));
		assertThat(mail.cc()).containsExactly(new MailAddress("bob@example.com", null),
				new MailAddress("carol@example.com", "Carol C."));
	}

	@Test
	void messageIdIsTrimmedAndKeepsItsAngleBrackets() throws Exception {
		ParsedMail mail = parse("plain-utf8.eml");

		assertThat(mail.messageId()).isEqualTo("<20261126091400.1234@client.example.com>");
		assertThat(mail.inReplyTo()).isNull();
		assertThat(mail.references()).isEmpty();
	}

	@Test
	void messageIdIsNullWhenAbsent() throws Exception {
		ParsedMail mail = parse("From: a@example.com\n\nbody\n");

		assertThat(mail.messageId()).isNull();
		assertThat(mail.subject()).isEmpty();
		assertThat(mail.textBody()).isEqualTo("body");
	}

	@Test
	void headersAreLowerCasedUnfoldedDecodedInOrderWithRepeats() throws Exception {
		ParsedMail mail = parse("plain-utf8.eml");

		assertThat(mail.headers().keySet()).startsWith("return-path", "received", "from", "to", "cc", "subject",
				"thread-topic", "x-note", "message-id");
		assertThat(mail.headers().get("received")).hasSize(2);
		assertThat(mail.headers().get("received").get(0)).startsWith("from mx2.example.com")
			.contains("by mail.ticketflow.example")
			.doesNotContain("\n");
		assertThat(mail.headers().get("received").get(1)).startsWith("from client.example.com");
		assertThat(mail.header("X-Note")).as("unfolding removes the line breaks, not the white space")
			.isEqualTo("this header is folded\tover three lines");
		assertThat(mail.header("thread-topic")).isEqualTo("Grüße");
		assertThat(mail.header("from")).isEqualTo("\"Anna Müller\" <Anna.Mueller@Example.COM>");
	}

	@Test
	void returnPathIsTheBareAddressOrNullWhenAbsent() throws Exception {
		assertThat(parse("plain-utf8.eml").returnPath()).isEqualTo("Anna.Mueller@Example.COM");
		assertThat(parse("alternative.eml").returnPath()).isNull();
	}

	@Test
	void emptyReturnPathIsAnEmptyString() throws Exception {
		ParsedMail mail = parse("empty-return-path.eml");

		assertThat(mail.returnPath()).isEmpty();
		assertThat(mail.from()).isEqualTo(new MailAddress("noreply@example.com", "Notifier"));
	}

	@Test
	void windows1251BodyIsDecoded() throws Exception {
		ParsedMail mail = parse("windows-1251.eml");

		assertThat(mail.textBody())
			.isEqualTo("Здравствуйте!\nНе работает принтер на третьем этаже.\nС уважением, Иван");
		assertThat(mail.subject()).isEqualTo("Принтер");
		assertThat(mail.from()).isEqualTo(new MailAddress("ivan@example.ru", "Иван Петров"));
	}

	@Test
	void koi8rBodyIsDecoded() throws Exception {
		ParsedMail mail = parse("koi8-r.eml");

		assertThat(mail.textBody()).isEqualTo("Привет, ёжик!\nСервер недоступен с утра.");
		assertThat(mail.subject()).isEqualTo("Сервер упал");
		assertThat(mail.from().name()).isEqualTo("Сергей");
	}

	@Test
	void iso88591BodyIsDecoded() throws Exception {
		ParsedMail mail = parse("iso-8859-1.eml");

		assertThat(mail.textBody()).isEqualTo("Grüße aus Köln, señor! ¿Qué tal?\nDas kostet £10, © Jürgen.");
		assertThat(mail.from()).isEqualTo(new MailAddress("juergen@example.de", "Jürgen"));
	}

	@Test
	void iso885915BodyKeepsTheEuroSign() throws Exception {
		ParsedMail mail = parse("iso-8859-15.eml");

		assertThat(mail.textBody()).isEqualTo("Le total est de 42 € pour l'œuvre de Šárka.");
	}

	@Test
	void textWithoutCharsetIsReadAsLatin1() throws Exception {
		byte[] raw = "From: a@example.com\n\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(parser.parse(raw).textBody()).isEqualTo("café");
	}

	@Test
	void textWithoutCharsetThatIsValidUtf8IsReadAsUtf8() throws Exception {
		byte[] raw = "From: a@example.com\n\nПринтер горит\n".getBytes(StandardCharsets.UTF_8);

		assertThat(parser.parse(raw).textBody()).isEqualTo("Принтер горит");
	}

	@Test
	void rawUtf8InHeadersAndFileNamesIsRead() throws Exception {
		ParsedMail mail = parse("""
				From: Иван Петров <ivan@example.ru>
				Subject: Принтер горит
				Content-Type: multipart/mixed; boundary=b

				--b
				Content-Type: text/plain; charset=utf-8

				Срочно!
				--b
				Content-Type: application/pdf
				Content-Disposition: attachment; filename="Счёт.pdf"

				%PDF
				--b--
				""");

		assertThat(mail.from()).isEqualTo(new MailAddress("ivan@example.ru", "Иван Петров"));
		assertThat(mail.subject()).isEqualTo("Принтер горит");
		assertThat(mail.textBody()).isEqualTo("Срочно!");
		assertThat(mail.attachments()).extracting(ParsedAttachment::filename).containsExactly("Счёт.pdf");
	}

	@Test
	void encodedWordsInSubjectAndDisplayNamesAreDecoded() throws Exception {
		ParsedMail mail = parse("rfc2047-subject.eml");

		assertThat(mail.subject()).isEqualTo("Счёт за март");
		assertThat(mail.from()).isEqualTo(new MailAddress("juergen.weiss@example.de", "Jürgen Weiß"));
		assertThat(mail.to()).containsExactly(new MailAddress("olga@example.ru", "Ольга"),
				new MailAddress("support@ticketflow.example", null));
		assertThat(mail.cc()).containsExactly(new MailAddress("pavel@example.ru", "Павел"));
		assertThat(mail.header("subject")).isEqualTo("Счёт за март");
	}

	@Test
	void rfc2231AndEncodedWordFileNamesAreDecoded() throws Exception {
		ParsedMail mail = parse("rfc2231-filename.eml");

		assertThat(mail.textBody()).isEqualTo("Four files attached.");
		String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		assertThat(mail.attachments()).extracting(ParsedAttachment::filename, ParsedAttachment::contentType)
			.containsExactly(tuple("Счет.pdf", "application/pdf"), tuple("Договор.docx", docx),
					tuple("Акт.xls", "application/vnd.ms-excel"), tuple("attachment-4.png", "image/png"));
	}

	@Test
	void attachmentContentIsTheDecodedBytes() throws Exception {
		List<ParsedAttachment> attachments = parse("rfc2231-filename.eml").attachments();

		assertThat(new String(attachments.get(0).content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4\n")
			.endsWith("%%EOF\n");
		assertThat(attachments.get(0).size()).isEqualTo(77);
		byte[] everyByteThrice = new byte[768];
		for (int i = 0; i < everyByteThrice.length; i++) {
			everyByteThrice[i] = (byte) i;
		}
		assertThat(attachments.get(1).content()).isEqualTo(everyByteThrice);
		assertThat(attachments.get(1).size()).isEqualTo(768);
		assertThat(attachments.get(3).content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}

	@ParameterizedTest
	@ValueSource(strings = { "rfc2231-filename.eml", "text-attachment.eml", "related.eml", "nested-rfc822.eml",
			"mailer-daemon.eml" })
	void attachmentSizeIsTheNumberOfDecodedBytes(String fixture) throws Exception {
		assertThat(parse(fixture).attachments()).isNotEmpty()
			.allSatisfy(a -> assertThat(a.size()).isEqualTo(a.content().length).isPositive());
	}

	@Test
	void textPlainWithAttachmentDispositionIsAnAttachment() throws Exception {
		ParsedMail mail = parse("text-attachment.eml");

		assertThat(mail.textBody()).isEqualTo("The log is attached.");
		assertThat(mail.attachments()).singleElement().satisfies(a -> {
			assertThat(a.filename()).as("the sender's directory is dropped").isEqualTo("server.log");
			assertThat(a.contentType()).isEqualTo("text/plain");
			assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("ERROR 1\nERROR 2");
			assertThat(a.size()).isEqualTo(15);
		});
	}

	@Test
	void alternativePrefersPlainTextAndKeepsTheHtml() throws Exception {
		ParsedMail mail = parse("alternative.eml");

		assertThat(mail.textBody()).isEqualTo("Hi,\nplease reset my password – thanks!\nDana");
		assertThat(mail.htmlBody()).contains("<p>please reset my <b>password</b> – thanks!</p>");
		assertThat(mail.attachments()).isEmpty();
	}

	@Test
	void relatedInlineImagesBecomeAttachments() throws Exception {
		ParsedMail mail = parse("related.eml");

		assertThat(mail.htmlBody()).contains("<img src=\"cid:logo@example.com\"");
		assertThat(mail.textBody()).isEqualTo("Our logo looks like this:\n\nIt should be blue.");
		assertThat(mail.attachments()).extracting(ParsedAttachment::filename, ParsedAttachment::contentType)
			.containsExactly(tuple("logo.png", "image/png"), tuple("attachment-2.jpg", "image/jpeg"));
		assertThat(mail.attachments().get(1).size()).isEqualTo(66);
	}

	@Test
	void nestedMessageIsAttachedAsEmlAndNotMergedIntoTheBody() throws Exception {
		ParsedMail mail = parse("nested-rfc822.eml");

		assertThat(mail.subject()).isEqualTo("Fwd: Quarterly report");
		assertThat(mail.textBody()).isEqualTo("Please see the forwarded message.");
		assertThat(mail.attachments()).singleElement().satisfies(a -> {
			assertThat(a.filename()).isEqualTo("Quarterly report.eml");
			assertThat(a.contentType()).isEqualTo("message/rfc822");
			assertThat(a.content()).isEqualTo(innerMessage());
		});
	}

	@Test
	void htmlOnlyMailIsReadAsTextWithItsLineBreaks() throws Exception {
		ParsedMail mail = parse("html-only.eml");

		assertThat(mail.htmlBody()).contains("<p>Dear support,</p>");
		assertThat(mail.textBody()).doesNotContain("<", "alert", "color", "Ignored title")
			.isEqualTo("""
					Dear support,

					the VPN drops every 10 minutes.

					Line one
					Line two
					- Laptop
					- Dock

					Details: status page (https://status.example.com/vpn)

					Thanks & regards,
					Jörg""");
	}

	@Test
	void unknownCharsetIsRefusedRatherThanGuessed() {
		assertThatThrownBy(() -> parse("unknown-charset.eml")).isInstanceOf(UnreadableMailException.class)
			.hasMessage("unknown charset: x-no-such-charset");
	}

	@Test
	void unknownCharsetOfAnAttachmentDoesNotMatter() throws Exception {
		ParsedMail mail = parse("""
				From: a@example.com
				Content-Type: multipart/mixed; boundary=b

				--b
				Content-Type: text/plain

				body
				--b
				Content-Type: text/plain; charset=x-no-such-charset
				Content-Disposition: attachment; filename=odd.txt

				bytes
				--b--
				""");

		assertThat(mail.textBody()).isEqualTo("body");
		assertThat(mail.attachments()).extracting(ParsedAttachment::filename).containsExactly("odd.txt");
	}

	@Test
	void garbageIsRefusedAsNoMail() {
		assertThatThrownBy(() -> parse("garbage.eml")).isInstanceOf(UnreadableMailException.class)
			.hasMessage("not a mail message: it does not start with a header field");
	}

	@Test
	void binaryBytesAreRefusedAsNoMail() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		assertThatThrownBy(() -> parser.parse(png)).isInstanceOf(UnreadableMailException.class)
			.hasMessageStartingWith("not a mail message");
	}

	@Test
	void emptyInputIsRefused() {
		assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(UnreadableMailException.class)
			.hasMessage("not a mail message: empty input");
		assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(UnreadableMailException.class)
			.hasMessage("not a mail message: empty input");
		assertThatThrownBy(() -> parse("\n\nonly a body\n")).isInstanceOf(UnreadableMailException.class)
			.hasMessage("not a mail message: no header fields");
	}

	@Test
	void brokenMultipartIsRefusedAsMalformedMime() {
		assertThatThrownBy(() -> parse("""
				From: a@example.com
				Content-Type: multipart/mixed; boundary=xyz

				no part starts here
				""")).isInstanceOf(UnreadableMailException.class)
			.hasMessageStartingWith("malformed MIME: ")
			.hasMessageContaining("boundary");
	}

	@Test
	void absurdlyDeepNestingIsRefused() {
		StringBuilder mail = new StringBuilder("From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n");
		for (int i = 1; i < 200; i++) {
			mail.append("--b" + (i - 1) + "\nContent-Type: multipart/mixed; boundary=b" + i + "\n\n");
		}

		assertThatThrownBy(() -> parse(mail.toString())).isInstanceOf(UnreadableMailException.class)
			.hasMessage("malformed MIME: parts nested more than 50 levels deep");
	}

	@Test
	void messageWithoutSenderIsRefused() {
		assertThatThrownBy(() -> parse("no-sender.eml")).isInstanceOf(UnreadableMailException.class)
			.hasMessage("no sender");
	}

	@Test
	void senderFallsBackToSenderThenToReturnPath() throws Exception {
		assertThat(parse("Sender: Bot <Bot@Example.com>\nSubject: x\n\nbody\n").from())
			.isEqualTo(new MailAddress("bot@example.com", "Bot"));
		assertThat(parse("Return-Path: <Bounce@Example.com>\nSubject: x\n\nbody\n").from())
			.isEqualTo(new MailAddress("bounce@example.com", null));
		assertThatThrownBy(() -> parse("Return-Path: <>\nSubject: x\n\nbody\n"))
			.isInstanceOf(UnreadableMailException.class)
			.hasMessage("no sender");
	}

	@Test
	void brokenAddressHeaderYieldsOnlyWhatLooksLikeAnAddress() throws Exception {
		assertThat(parse("From: Some One Some.One@Example.com (via web)\n\nbody\n").from())
			.isEqualTo(new MailAddress("some.one@example.com", null));
		assertThat(parse("From: <<>> \"\nSender: helper@example.com\n\nbody\n").from())
			.isEqualTo(new MailAddress("helper@example.com", null));
	}

	@Test
	void mboxSeparatorLineIsSkipped() throws Exception {
		ParsedMail mail = parse("From anna@example.com Thu Nov 26 09:14:00 2026\nFrom: anna@example.com\n\nbody\n");

		assertThat(mail.from().address()).isEqualTo("anna@example.com");
		assertThat(mail.headers()).containsOnlyKeys("from");
	}

	@Test
	void strayLineInTheHeaderIsNoHeader() throws Exception {
		ParsedMail mail = parse("From: a@example.com\nthis line is no header\nSubject: s\n\nbody\n");

		assertThat(mail.headers()).containsOnlyKeys("from", "subject");
		assertThat(mail.subject()).isEqualTo("s");
	}

	@Test
	void replyIdsAreReadInOrder() throws Exception {
		ParsedMail mail = parse("reply-with-references.eml");

		assertThat(mail.messageId()).isEqualTo("<reply-3@example.com>");
		assertThat(mail.inReplyTo()).isEqualTo("<msg-2@ticketflow.example>");
		assertThat(mail.references()).containsExactly("<msg-0@example.com>", "<msg-1@ticketflow.example>",
				"<msg-2@ticketflow.example>");
		assertThat(mail.textBody()).endsWith("> Have you tried turning it off?");
	}

	@Test
	void autoSubmittedHeaderIsKept() throws Exception {
		ParsedMail mail = parse("auto-submitted.eml");

		assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-replied");
		assertThat(mail.from()).isEqualTo(new MailAddress("anna.mueller@example.com", "Out Of Office"));
	}

	@Test
	void precedenceIsKeptAndAnEmptyGroupHasNoRecipients() throws Exception {
		ParsedMail mail = parse("precedence-bulk.eml");

		assertThat(mail.header("precedence")).isEqualTo("bulk");
		assertThat(mail.to()).isEmpty();
	}

	@Test
	void listIdIsKept() throws Exception {
		ParsedMail mail = parse("list-id.eml");

		assertThat(mail.header("list-id")).isEqualTo("Printer users <printer-users.lists.example.com>");
		assertThat(mail.header("list-unsubscribe")).isEqualTo("<mailto:leave-printer-users@lists.example.com>");
	}

	@Test
	void xLoopIsKept() throws Exception {
		ParsedMail mail = parse("x-loop.eml");

		assertThat(mail.header("x-loop")).isEqualTo("support@ticketflow.example");
		assertThat(mail.from().address()).isEqualTo("support@ticketflow.example");
	}

	@Test
	void bounceFromMailerDaemonIsRead() throws Exception {
		ParsedMail mail = parse("mailer-daemon.eml");

		assertThat(mail.from()).isEqualTo(new MailAddress("mailer-daemon@example.com", "Mail Delivery System"));
		assertThat(mail.returnPath()).isEmpty();
		assertThat(mail.textBody()).contains("Your message could not be delivered")
			.contains("550 5.1.1 User unknown")
			.doesNotContain("Is the printer still on fire?");
		assertThat(mail.attachments()).extracting(ParsedAttachment::filename, ParsedAttachment::contentType)
			.containsExactly(tuple("attachment-1.txt", "message/delivery-status"),
					tuple("[Ticket#2026112610000015] Printer on fire.eml", "message/rfc822"));
	}

	@Test
	void followUpSubjectIsKeptAsSent() throws Exception {
		ParsedMail mail = parse("followup-subject.eml");

		assertThat(mail.subject()).isEqualTo("Re: [Ticket#2026112610000015] Printer on fire");
		assertThat(mail.inReplyTo()).isEqualTo("<ticket-2026112610000015@ticketflow.example>");
	}

	@Test
	void resultCannotBeChanged() throws Exception {
		ParsedMail mail = parse("plain-utf8.eml");

		assertThat(mail.headers()).isUnmodifiable();
		assertThat(mail.headers().get("received")).isUnmodifiable();
		assertThat(mail.to()).isUnmodifiable();
		assertThat(mail.attachments()).isUnmodifiable();
	}

	@Test
	void aBrokenSenderHeaderGivesTheAddressInItsAngleBracketsNotOneFromItsDisplayName() throws Exception {
		assertThat(parse("From: Bob <bob@example.com\n\nx\n").from().address()).isEqualTo("bob@example.com");
		assertThat(parse("From: Bob> <bob@example.com>\n\nx\n").from().address()).isEqualTo("bob@example.com");
		ParsedMail encoded = parse("From: =?UTF-8?Q?Bob=0D=0ABcc:_victim@example.com?= <bob@example.com>\n\nx\n");
		assertThat(encoded.from().address()).isEqualTo("bob@example.com");
	}

	@Test
	void aDisplayNameIsOneLine() throws Exception {
		ParsedMail mail = parse("From: =?UTF-8?Q?Bob=0D=0AEvil?= <bob@example.com>\n\nx\n");

		assertThat(mail.from()).isEqualTo(new MailAddress("bob@example.com", "Bob  Evil"));
	}

	@Test
	void thousandsOfRecipientsAreAllRead() throws Exception {
		StringBuilder to = new StringBuilder("To: support@example.com");
		for (int i = 0; i < 5000; i++) {
			to.append(",\r\n Recipient ").append(i).append(" <r").append(i).append("@example.com>");
		}
		ParsedMail mail = parse("From: a@example.com\r\n" + to + "\r\n\r\nx\r\n");

		assertThat(mail.to()).hasSize(5001).last().isEqualTo(new MailAddress("r4999@example.com", "Recipient 4999"));
	}

	@Test
	void aHugeBrokenAddressHeaderIsReadInLinearTime() {
		String huge = "From: <" + "a".repeat(1024 * 1024) + "\nTo: " + "<".repeat(1024 * 1024) + "\n\nx\n";
		assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(huge)))
			.isInstanceOf(UnreadableMailException.class);
		assertThat(Addresses.salvage("a".repeat(1024 * 1024) + " <b@example.com> c@example.com " + "<".repeat(1024 * 1024)))
			.extracting(MailAddress::address).containsExactly("b@example.com", "c@example.com");
	}

	@Test
	void aSenderAddressNoMailServerTakesIsNoSender() {
		assertThatThrownBy(() -> parse("From: " + "a".repeat(300) + "@example.com\n\nx\n"))
			.isInstanceOf(UnreadableMailException.class).hasMessageContaining("longer than");
	}

	private ParsedMail parse(String fixtureOrMessage) throws UnreadableMailException, IOException {
		byte[] raw = fixtureOrMessage.endsWith(".eml") ? fixture(fixtureOrMessage)
				: fixtureOrMessage.getBytes(StandardCharsets.UTF_8);
		return parser.parse(raw);
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = MailParserTests.class.getResourceAsStream("/mail/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

	/** The forwarded message exactly as it sits in the fixture, between its part headers and the closing boundary. */
	private static byte[] innerMessage() throws IOException {
		String outer = new String(fixture("nested-rfc822.eml"), StandardCharsets.US_ASCII);
		String partHeaders = "Content-Type: message/rfc822\nContent-Disposition: inline\n\n";
		int start = outer.indexOf(partHeaders) + partHeaders.length();
		int end = outer.indexOf("\n--outer--");
		return Arrays.copyOfRange(outer.getBytes(StandardCharsets.US_ASCII), start, end);
	}
}
