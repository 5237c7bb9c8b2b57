package io.ticketflow.mail.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML mail: what a person sees, with paragraphs and line breaks kept, without tags,
 * scripts or styles. An agent reads this when the sender sent no plain text.
 */
final class HtmlText implements NodeVisitor {

	/** Elements that start on a line of their own. */
	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
			"dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
			"main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul");

	/** Elements followed by an empty line, as a browser leaves space after them. */
	private static final Set<String> PARAGRAPHS = Set.of("blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "p",
			"pre", "table", "ol", "ul");

	private final StringBuilder out = new StringBuilder();

	private int preformatted;

	private HtmlText() {
	}

	static String of(String html) {
		Document doc = Jsoup.parse(html);
		doc.select("script, style, noscript, template, head").remove();
		HtmlText visitor = new HtmlText();
		NodeTraversor.traverse(visitor, doc.body());
		return tidy(visitor.out.toString());
	}

	@Override
	public void head(Node node, int depth) {
		if (node instanceof TextNode t) {
			appendText(preformatted > 0 ? t.getWholeText() : t.text());
		}
		else if (node instanceof Element e) {
			String tag = e.normalName();
			if (tag.equals("br")) {
				out.append('\n');
			}
			else if (BLOCKS.contains(tag)) {
				newLine();
			}
			if (tag.equals("li")) {
				out.append("- ");
			}
			if (tag.equals("pre")) {
				preformatted++;
			}
		}
	}

	@Override
	public void tail(Node node, int depth) {
		if (!(node instanceof Element e)) {
			return;
		}
		String tag = e.normalName();
		if (tag.equals("pre")) {
			preformatted--;
		}
		if (PARAGRAPHS.contains(tag)) {
			newLine();
			out.append('\n');
		}
		else if (BLOCKS.contains(tag)) {
			newLine();
		}
		else if (tag.equals("td") || tag.equals("th")) {
			out.append(' ');
		}
		else if (tag.equals("a")) {
			appendLinkTarget(e);
		}
	}

	/** White space between inline elements counts once, and never at the start of a line. */
	private void appendText(String s) {
		if (s.isEmpty()) {
			return;
		}
		boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
		boolean afterSpace = !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
		if (preformatted == 0 && (lineStart || afterSpace)) {
			s = s.stripLeading();
		}
		out.append(s);
	}

	/** A link whose text hides its target shows the target, so the agent sees where it leads. */
	private void appendLinkTarget(Element a) {
		String href = a.attr("href").strip();
		if ((href.startsWith("http://") || href.startsWith("https://")) && !a.text().contains(href)) {
			out.append(" (").append(href).append(')');
		}
	}

	/** Ends the current line unless nothing is on it yet, so nested blocks do not stack up empty lines. */
	private void newLine() {
		String line = out.substring(out.lastIndexOf("\n") + 1);
		if (!line.isBlank() && !line.equals("- ")) {
			out.append('\n');
		}
	}

	/** No spaces at line ends, at most one empty line in a row, nothing before or after the text. */
	private static String tidy(String text) {
		return text.replace('\u00A0', ' ')
			.replaceAll("[ \t]+\n", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}
}
