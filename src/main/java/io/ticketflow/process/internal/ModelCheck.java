package io.ticketflow.process.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a model may hold, checked before the engine deploys it, from the classpath, Camunda Modeler or the
 * engine's REST API alike: no scripts, no Java classes, no connectors, and expressions that read variables and
 * name process steps only. An expression is one bean name or a condition over variables and literals: no property
 * access, no method call, no index, so nothing reaches past the steps the help desk offers.
 */
final class ModelCheck {

	private static final Set<String> REFUSED_ELEMENTS = Set.of("scriptTask", "script", "connector");

	private static final Set<String> REFUSED_ATTRIBUTES = Set.of("class", "variableMappingClass", "resource",
			"scriptFormat", "language");

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final Pattern REACHING = Pattern.compile("[.\\[]|[A-Za-z_0-9]\\s*\\(");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
			"empty", "div", "mod", "true", "false", "null", "instanceof");

	private final Predicate<String> otherBean;

	/** @param otherBean whether a name is one of the application's beans that is not a process step */
	ModelCheck(Predicate<String> otherBean) {
		this.otherBean = otherBean;
	}

	/** The reasons the resource is refused; empty when it may be deployed. */
	List<String> problems(String resource, byte[] content) {
		List<String> problems = new ArrayList<>();
		if (resource.endsWith(".cmmn") || resource.endsWith(".cmmn11.xml")) {
			problems.add("case models (CMMN) are not part of the help desk");
		}
		else if (resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml") || resource.endsWith(".dmn")
				|| resource.endsWith(".dmn11.xml")) {
			try {
				check(parse(content).getDocumentElement(), resource.contains(".dmn"), problems);
			}
			catch (Exception unreadable) {
				problems.add("not a readable model (" + unreadable.getMessage() + ")");
			}
		}
		return problems.stream().map(p -> resource + ": " + p).toList();
	}

	private void check(Element element, boolean decision, List<String> problems) {
		String where = element.getLocalName() + (element.hasAttribute("id") ? " " + element.getAttribute("id") : "");
		if (REFUSED_ELEMENTS.contains(element.getLocalName())) {
			problems.add(where + " holds a script or a connector; a model calls the help desk's steps only");
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			if (REFUSED_ATTRIBUTES.contains(name) && !"xmlns".equals(attribute.getPrefix())) {
				problems.add(where + " names a Java class or a script (" + attribute.getName() + ")");
			}
			if (decision && name.equals("expressionLanguage") && !attribute.getValue().toLowerCase().contains("feel")) {
				problems.add(where + " uses the expression language " + attribute.getValue() + "; decisions use FEEL");
			}
			checkExpressions(where, attribute.getValue(), problems);
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element nested) {
				check(nested, decision, problems);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				checkExpressions(where, child.getNodeValue(), problems);
			}
		}
	}

	private void checkExpressions(String where, String text, List<String> problems) {
		if (text == null || (!text.contains("${") && !text.contains("#{"))) {
			return;
		}
		Matcher expressions = EXPRESSION.matcher(text);
		while (expressions.find()) {
			String code = LITERAL.matcher(expressions.group(1)).replaceAll("''");
			if (REACHING.matcher(code).find()) {
				problems.add(where + ": the expression " + expressions.group()
						+ " reaches into objects; expressions name a process step or read variables");
				continue;
			}
			Matcher identifiers = IDENTIFIER.matcher(code.replace("''", " "));
			while (identifiers.find()) {
				String identifier = identifiers.group();
				if (!KEYWORDS.contains(identifier) && otherBean.test(identifier)) {
					problems.add(where + ": the expression " + expressions.group() + " names " + identifier
							+ ", which is not one of the help desk's process steps");
				}
			}
		}
	}

	private static org.w3c.dom.Document parse(byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
	}
}
