package org.iotsmm.dsl.formatting2;

import java.util.HashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Evidence;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.ImprovementPlan;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TargetTemplate;
import org.iotsmm.smm.TopLevelElement;

/**
 * The one canonical layout of .smm files: one statement per line, blocks indented by two spaces,
 * a blank line before large blocks (one blank line elsewhere is kept), single spaces inside a
 * statement, no space around '.' and before ',' or ':'. Comments are kept where they are.
 */
public class SmmFormatter extends AbstractFormatter2 {

	/** Keywords that start a clause on a line of its own inside a block. */
	private static final Set<String> CLAUSE_KEYWORDS = Set.of("description", "objective", "requires", "action",
			"indicator", "rationale", "industry");

	/** Two spaces per level, as the shipped catalog and examples are written. */
	public static final String INDENTATION = "  ";

	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
		request.setPreferences(TypedPreferenceValues.castOrWrap(preferences));
		super.initialize(request);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof EObject eObject) {
			formatElement(eObject, document);
		}
	}

	private void formatElement(EObject element, IFormattableDocument doc) {
		IEObjectRegion region = textRegionExtensions.regionForEObject(element);
		if (region == null) {
			return;
		}
		boolean first = true;
		for (ISemanticRegion token : region.getSemanticRegions()) {
			String text = token.getText();
			boolean keyword = token.getGrammarElement() instanceof Keyword;
			if (keyword && "{".equals(text)) {
				ISemanticRegion close = textRegionExtensions.regionFor(element).keyword("}");
				doc.prepend(token, it -> it.oneSpace());
				doc.append(token, it -> it.newLine());
				if (close != null) {
					doc.interior(token, close, it -> it.indent());
					doc.prepend(close, it -> it.newLine());
				}
			} else if (keyword && "}".equals(text)) {
				// handled with its "{"
			} else if (keyword && (".".equals(text) || ",".equals(text) || ":".equals(text))) {
				doc.prepend(token, it -> it.noSpace());
				if (".".equals(text)) {
					doc.append(token, it -> it.noSpace());
				}
			} else if (keyword && CLAUSE_KEYWORDS.contains(text) && !first && !(element instanceof Evidence)) {
				// ("shows indicator 2" of an evidence item stays on its line)
				doc.prepend(token, it -> it.newLine());
			} else if (keyword && "note".equals(text) && element instanceof Assessment) {
				doc.prepend(token, it -> it.newLine());
			} else if (keyword && "note".equals(text) && element instanceof Finding) {
				doc.prepend(token, it -> it.newLine());
				ISemanticRegion noteText = token.getNextSemanticRegion();
				if (noteText != null) {
					doc.set(token.getPreviousHiddenRegion(), noteText.getNextHiddenRegion(), it -> it.indent());
				}
			} else if (!first) {
				doc.prepend(token, it -> it.oneSpace());
			}
			first = false;
		}
		for (EObject child : element.eContents()) {
			if (child instanceof Evidence) {
				doc.prepend(child, it -> it.newLine());
				doc.surround(child, it -> it.indent());
			} else if (!(element instanceof Model)) {
				if (firstInBlock(child)) {
					doc.prepend(child, it -> it.newLine());
				} else if (blankLineBefore(child)) {
					doc.prepend(child, it -> it.setNewLines(2));
				} else {
					doc.prepend(child, it -> it.setNewLines(1, 1, 2)); // keep one blank line the author put there
				}
			}
			formatElement(child, doc);
		}
		if (element instanceof Model model) {
			for (TopLevelElement top : model.getElements()) {
				if (top != model.getElements().get(0)) {
					doc.prepend(top, it -> it.setNewLines(2));
				}
			}
			if (!model.getElements().isEmpty()) {
				doc.append(model.getElements().get(model.getElements().size() - 1), it -> it.setNewLines(1));
			}
		}
	}

	private static boolean blankLineBefore(EObject child) {
		return child instanceof Domain || child instanceof Subdomain || child instanceof Practice
				|| child instanceof TargetSet || child instanceof Assessment || child instanceof ImprovementPlan
				|| child instanceof TargetTemplate;
	}

	private boolean firstInBlock(EObject child) {
		IEObjectRegion region = textRegionExtensions.regionForEObject(child);
		if (region == null) {
			return false;
		}
		ISemanticRegion previous = region.getPreviousSemanticRegion();
		return previous != null && "{".equals(previous.getText());
	}
}
