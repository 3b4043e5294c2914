package org.iotsmm.dsl.ide.symbols;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.iotsmm.smm.Assessment;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Component;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.DataFlow;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.Finding;
import org.iotsmm.smm.ImprovementPlan;
import org.iotsmm.smm.NamedElement;
import org.iotsmm.smm.PlannedStep;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.PracticeMapping;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.Requirement;
import org.iotsmm.smm.SmmPackage;
import org.iotsmm.smm.Stakeholder;
import org.iotsmm.smm.Standard;
import org.iotsmm.smm.StandardMapping;
import org.iotsmm.smm.Subdomain;
import org.iotsmm.smm.TargetEntry;
import org.iotsmm.smm.TargetSet;
import org.iotsmm.smm.TargetTemplate;
import org.iotsmm.smm.Zone;

/**
 * The outline of a .smm file: named elements by their simple name with their title as detail;
 * target entries, findings, planned steps, a profile's considerations, a mapping's lines and unnamed
 * flows by what they say ({@code ThreatModeling level 3}, {@code FillSensors -> LinePLCs},
 * {@code AccessControl supports "5.1-1", "5.1-2"}).
 */
public final class SmmDocumentSymbols {

	private static final SmmPackage SMM = SmmPackage.eINSTANCE;

	private SmmDocumentSymbols() {
	}

	public static class Names extends DocumentSymbolMapper.DocumentSymbolNameProvider {
		@Override
		public String getName(EObject object) {
			if (object instanceof TargetEntry entry) {
				return text(entry, SMM.getTargetEntry_Subject()) + " level " + entry.getLevel();
			}
			if (object instanceof Finding finding) {
				return text(finding, SMM.getFinding_Practice()) + " level " + finding.getLevel();
			}
			if (object instanceof PlannedStep step) {
				return text(step, SMM.getPlannedStep_Practice()) + " to level " + step.getToLevel();
			}
			if (object instanceof Consideration consideration) {
				String practice = text(consideration, SMM.getConsideration_Practice());
				return consideration.eIsSet(SMM.getConsideration_Level()) ? practice + " level " + consideration.getLevel() : practice;
			}
			if (object instanceof PracticeMapping mapping) {
				return mappingLine(mapping);
			}
			if (object instanceof DataFlow flow && flow.getName() == null) {
				return text(flow, SMM.getDataFlow_Source()) + " -> " + text(flow, SMM.getDataFlow_Target());
			}
			if (object instanceof NamedElement named) {
				return named.getName();
			}
			return null;
		}

		/** {@code Practice [level N] relation "req", "req"}, the requirements as written. */
		private static String mappingLine(PracticeMapping mapping) {
			StringBuilder line = new StringBuilder(text(mapping, SMM.getPracticeMapping_Practice()));
			if (mapping.eIsSet(SMM.getPracticeMapping_Level())) {
				line.append(" level ").append(mapping.getLevel());
			}
			line.append(' ').append(mapping.getRelation().getLiteral()).append(' ');
			List<INode> requirements = NodeModelUtils.findNodesForFeature(mapping, SMM.getPracticeMapping_Requirements());
			for (int i = 0; i < requirements.size(); i++) {
				line.append(i == 0 ? "" : ", ").append(NodeModelUtils.getTokenText(requirements.get(i)));
			}
			return line.toString();
		}

		/** The reference as written (resolved or not). */
		private static String text(EObject object, EReference reference) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
			return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
		}
	}

	public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
		@Override
		public SymbolKind getSymbolKind(EObject object) {
			if (object instanceof Catalog || object instanceof Profile || object instanceof Standard || object instanceof StandardMapping) {
				return SymbolKind.Package;
			}
			if (object instanceof org.iotsmm.smm.System) {
				return SymbolKind.Module;
			}
			if (object instanceof Domain || object instanceof Subdomain || object instanceof Zone) {
				return SymbolKind.Namespace;
			}
			if (object instanceof Practice || object instanceof Requirement) {
				return SymbolKind.Class;
			}
			if (object instanceof Component) {
				return SymbolKind.Object;
			}
			if (object instanceof Stakeholder) {
				return SymbolKind.Constant;
			}
			if (object instanceof DataFlow) {
				return SymbolKind.Operator;
			}
			if (object instanceof TargetSet || object instanceof TargetTemplate || object instanceof ImprovementPlan) {
				return SymbolKind.Struct;
			}
			if (object instanceof Assessment) {
				return SymbolKind.Event;
			}
			if (object instanceof TargetEntry || object instanceof Finding || object instanceof PlannedStep
					|| object instanceof Consideration || object instanceof PracticeMapping) {
				return SymbolKind.Field;
			}
			return super.getSymbolKind(object);
		}
	}

	public static class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
		@Override
		public String getDetails(EObject object) {
			if (object instanceof NamedElement named && named.getTitle() != null) {
				return named.getTitle();
			}
			return super.getDetails(object);
		}
	}
}
