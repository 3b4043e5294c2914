package org.iotsmm.analysis;

/**
 * An architecture element as the report names it. {@code path} is system-relative and
 * dot-separated ({@code PlantFloor.LinePLCs}); the system itself has the path {@code ""}.
 * {@code parent} is the path of the enclosing zone or system ({@code null} for the system).
 */
public record ElementRef(String path, String kind, String name, String title, String parent, int order) {

	public static final String SYSTEM = "system";
	public static final String ZONE = "zone";
	public static final String COMPONENT = "component";

	public boolean isSystem() {
		return SYSTEM.equals(kind);
	}

	public boolean isComponent() {
		return COMPONENT.equals(kind);
	}

	/** The path, or "(system)" for the system: for messages. */
	public String label() {
		return isSystem() ? "(system " + name + ")" : path;
	}
}
