package org.iotsmm.analysis;

import org.iotsmm.smm.Priority;
import org.iotsmm.smm.Scope;

/** The target that applies to one practice on one element after precedence; see {@link GapAnalysis}. */
public record EffectiveTarget(PracticeRef practice, ElementRef element, int level, Scope scope, Priority priority,
		TargetOrigin origin) {
}
