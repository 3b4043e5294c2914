package org.iotsmm.analysis;

import java.util.List;

import org.iotsmm.smm.Priority;
import org.iotsmm.smm.Scope;

/**
 * One level to climb for one gap: reach {@code level} (and, at the target level, {@code scope})
 * for {@code practice} on {@code element}. {@code covers} lists the elements below it whose gap is
 * the same (same target entry and same finding) and closes with it. {@code actions} and
 * {@code indicators} are the catalog's guidance for that level. {@code scopeOnly} marks the single
 * step of a gap whose level is reached but whose scope is not. {@code planned} is the matching step
 * of an improvement plan, or {@code null}. {@code rank} is the 1-based position in the roadmap.
 */
public record RoadmapStep(int rank, PracticeRef practice, ElementRef element, List<String> covers, int achievedLevel,
		int level, int targetLevel, Scope scope, boolean scopeOnly, Priority priority, int levelGap,
		int prerequisiteDepth, String guidance, List<String> actions, List<String> indicators, TargetOrigin origin,
		Planned planned) {

	public RoadmapStep {
		covers = List.copyOf(covers);
		actions = List.copyOf(actions);
		indicators = List.copyOf(indicators);
	}

	public boolean isPlanned() {
		return planned != null;
	}
}
