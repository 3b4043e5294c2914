package org.iotsmm.analysis;

import java.time.LocalDate;

import org.iotsmm.analysis.SourceLocator.SourceLocation;
import org.iotsmm.smm.StepStatus;

/**
 * A step written in an improvement plan of the model: plan name, practice ({@code Domain.Practice}),
 * element path ({@code ""} for the system), level to reach, owner name, due date, status, note.
 */
public record Planned(String plan, String practice, String element, int toLevel, String owner, LocalDate due,
		StepStatus status, String note, SourceLocation location) {
}
