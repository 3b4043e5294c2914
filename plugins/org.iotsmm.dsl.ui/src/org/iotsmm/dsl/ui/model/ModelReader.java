package org.iotsmm.dsl.ui.model;

/** Reads what it needs from a model snapshot while the project's lock is held. */
@FunctionalInterface
public interface ModelReader<T> {

	T read(ModelSnapshot model);
}
