package org.iotsmm.analysis;

import java.util.ArrayList;
import java.util.List;

import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Scope;
import org.iotsmm.smm.ScopeDefinition;

/**
 * What a roadmap step of a scope-only gap says: the level is already reached, so the level's
 * guidance would repeat work that is done; instead it names each scope still to reach (with the
 * catalog's definition of that scope) up to the target scope.
 */
record ScopeStep(String guidance, List<String> actions, List<String> indicators) {

	ScopeStep(Catalog catalog, GapRow row) {
		this(guidance(row), actions(catalog, row), List.of("The next assessment finds " + row.practice().name()
				+ " at " + row.target().scope().getLiteral() + " scope, at level " + row.target().level()
				+ " or above" + (row.element().isSystem() ? "" : ", on " + row.element().path()) + "."));
	}

	private static String guidance(GapRow row) {
		int achieved = row.achieved().level();
		int target = row.target().level();
		return "Level " + target + " is " + (achieved > target ? "exceeded (level " + achieved + " found)" : "reached")
				+ "; only the scope is short: the practice is applied at " + row.achieved().scope().getLiteral()
				+ " scope and the target asks for " + row.target().scope().getLiteral()
				+ " scope. Keep the level and widen the practice as below.";
	}

	private static List<String> actions(Catalog catalog, GapRow row) {
		List<String> actions = new ArrayList<>();
		for (int rank = row.achieved().scope().getValue() + 1; rank <= row.target().scope().getValue(); rank++) {
			Scope scope = Scope.get(rank);
			String definition = catalog.getScopes().stream().filter(d -> d.getScope() == scope)
					.map(ScopeDefinition::getDescription).filter(t -> t != null && !t.isBlank()).findFirst()
					.orElse(null);
			actions.add("Apply " + row.practice().name() + " at " + scope.getLiteral() + " scope"
					+ (definition == null ? "." : ": " + definition));
		}
		return List.copyOf(actions);
	}
}
