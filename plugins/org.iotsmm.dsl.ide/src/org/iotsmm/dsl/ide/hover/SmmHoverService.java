package org.iotsmm.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.dsl.validation.EvidenceValidator;
import org.iotsmm.smm.CatalogElement;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.PlannedStep;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.TargetEntry;

import com.google.inject.Inject;

/**
 * Shows the catalog's guidance on practices. Hovering a practice (or domain, subdomain) shows its
 * title and objective; where the reference stands in a target entry, finding, planned step or
 * consideration with a level, or when hovering that {@code level N}, it shows the description,
 * actions and indicators of that level. Hovering an indicator number of an evidence item
 * ({@code shows indicators 1, 3}) shows that indicator of the finding's practice and level.
 */
public class SmmHoverService extends HoverService {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		HoverContext indicator = indicatorContext(document, resource, offset);
		if (indicator != null) {
			return indicator;
		}
		HoverContext context = super.createContext(document, resource, offset);
		if (context == null || levelOf(context.getElement()) == null || resource.getParseResult() == null) {
			return context;
		}
		// The element at the offset is a statement with a level: hover only on "level N".
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden() || !isLevel(leaf)) {
			return context;
		}
		return new LevelHoverContext(document, resource, offset, leaf, context.getElement());
	}

	/** A hover on the {@code level N} of a statement. */
	static final class LevelHoverContext extends HoverContext {
		LevelHoverContext(Document document, XtextResource resource, int offset, ILeafNode leaf, EObject statement) {
			super(document, resource, offset, leaf.getTextRegion(), statement);
		}
	}

	/** A hover on an indicator number of {@code shows indicators 1, 3}. */
	static final class IndicatorHoverContext extends HoverContext {
		final int ordinal;

		IndicatorHoverContext(Document document, XtextResource resource, int offset, ILeafNode leaf, Evidence evidence,
				int ordinal) {
			super(document, resource, offset, leaf.getTextRegion(), evidence);
			this.ordinal = ordinal;
		}
	}

	private HoverContext indicatorContext(Document document, XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
		if (assignment == null || !"indicators".equals(assignment.getFeature())
				|| !(offsets.resolveContainedElementAt(resource, offset) instanceof Evidence evidence)) {
			return null;
		}
		try {
			return new IndicatorHoverContext(document, resource, offset, leaf, evidence, Integer.parseInt(leaf.getText().strip()));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Markdown: the indicator's text, or why there is none. */
	static String indicatorMarkdown(Evidence evidence, int ordinal) {
		if (!(evidence.eContainer() instanceof Finding finding) || finding.getPractice() == null
				|| finding.getPractice().eIsProxy()) {
			return "Indicator " + ordinal + " (the practice is not known)";
		}
		List<String> indicators = EvidenceValidator.indicatorsOfClaimedLevel(finding);
		String of = finding.getPractice().getName() + " level " + finding.getLevel();
		if (ordinal < 1 || ordinal > indicators.size()) {
			return "**No indicator " + ordinal + "** at " + of + " (it has " + indicators.size() + ")";
		}
		return "**Indicator " + ordinal + " of " + indicators.size() + "** at " + of + ":\n\n"
				+ indicators.get(ordinal - 1).strip();
	}

	private static boolean isLevel(ILeafNode leaf) {
		if (leaf.getGrammarElement() instanceof Keyword keyword) {
			return "level".equals(keyword.getValue());
		}
		Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
		return assignment != null && ("level".equals(assignment.getFeature()) || "toLevel".equals(assignment.getFeature()));
	}

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		EObject element = context.getElement();
		if (context instanceof IndicatorHoverContext indicator && element instanceof Evidence evidence) {
			return markdown(indicatorMarkdown(evidence, indicator.ordinal));
		}
		if (element instanceof CatalogElement catalogElement) {
			// A reference: the statement that makes it may give the level.
			EObject statement = offsets.resolveContainedElementAt(context.getResource(), context.getOffset());
			Integer level = statement == element ? null : levelOf(statement);
			return markdown(Guidance.markdown(catalogElement, level));
		}
		Integer level = levelOf(element);
		CatalogElement subject = subjectOf(element);
		if (level != null && subject != null && !subject.eIsProxy() && context instanceof LevelHoverContext) {
			return markdown(Guidance.markdown(subject, level));
		}
		return super.getMarkupContent(context);
	}

	private static MarkupContent markdown(String text) {
		return new MarkupContent(MarkupKind.MARKDOWN, text);
	}

	/** The level a statement states, or null. */
	static Integer levelOf(EObject statement) {
		if (statement instanceof TargetEntry entry) {
			return entry.getLevel();
		}
		if (statement instanceof Finding finding) {
			return finding.getLevel();
		}
		if (statement instanceof PlannedStep step) {
			return step.getToLevel();
		}
		if (statement instanceof Consideration consideration
				&& consideration.eIsSet(SmmPackage.Literals.CONSIDERATION__LEVEL)) {
			return consideration.getLevel();
		}
		return null;
	}

	private static CatalogElement subjectOf(EObject statement) {
		if (statement instanceof TargetEntry entry) {
			return entry.getSubject();
		}
		if (statement instanceof Finding finding) {
			return finding.getPractice();
		}
		if (statement instanceof PlannedStep step) {
			return step.getPractice();
		}
		if (statement instanceof Consideration consideration) {
			return consideration.getPractice();
		}
		return null;
	}
}
