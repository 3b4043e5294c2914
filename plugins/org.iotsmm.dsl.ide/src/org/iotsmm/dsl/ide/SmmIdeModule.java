package org.iotsmm.dsl.ide;

/** Guice bindings of the UI-free editor services (content assist, highlighting, hover, symbols). */
public class SmmIdeModule extends AbstractSmmIdeModule {
}
