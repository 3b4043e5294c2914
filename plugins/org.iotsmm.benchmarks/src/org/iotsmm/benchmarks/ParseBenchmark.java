package org.iotsmm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotsmm.dsl.SmmStandaloneSetup;
import org.iotsmm.dsl.library.ShippedLibrary;

import com.google.inject.Injector;

/**
 * Issue 3: parse + link + validate time and retained heap of generated systems (1k, 10k, 100k
 * components by default), beside saving the same model as EMF XMI and loading it back; and how
 * long validating the loaded model again takes (what the editor does after each edit).
 * Usage: ./bench parse [COMPONENTS...]
 */
public final class ParseBenchmark {

	private ParseBenchmark() {
	}

	private static void saveAsXmi(Injector injector, Path smm, Path xmi) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(smm.toString()), true);
		EcoreUtil.resolveAll(resource);
		Resource out = new XMIResourceFactoryImpl().createResource(URI.createFileURI(xmi.toString()));
		out.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
		out.save(Map.of());
		// dropped, not unloaded: unloading proxifies every object, which costs more than the parse
		set.getResources().clear();
	}

	public static void main(String[] args) throws Exception {
		Logger.getRootLogger().setLevel(Level.ERROR);
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args) {
			sizes.add(Integer.parseInt(arg));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(1_000, 10_000, 100_000);
		}
		System.out.println(Measure.header("parse+link+validate of .smm vs EMF XMI load", "./bench parse " + String.join(" ",
				sizes.stream().map(String::valueOf).toList())));
		Injector injector = SmmStandaloneSetup.doSetup();
		Path dir = Files.createTempDirectory("smm-bench");
		run(injector, dir, 200, false); // warm-up: JIT, Guice, the shipped catalog
		System.out.println(
				"components | .smm MB | parse+link s | validate s | re-validate ms | DSL total s | DSL heap MB | issues | XMI MB | XMI load s | XMI heap MB | DSL/XMI time | DSL/XMI heap");
		for (int size : sizes) {
			run(injector, dir, size, true);
		}
	}

	/**
	 * The checks the editor runs again after each edit, on the loaded resource: the median of the
	 * last {@value #REVALIDATIONS} of twice as many runs (the first half lets the JIT compile them).
	 */
	private static long medianRevalidationNanos(Injector injector, Resource resource) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		long[] runs = new long[REVALIDATIONS];
		for (int i = -REVALIDATIONS; i < runs.length; i++) {
			long start = System.nanoTime();
			validator.validate(resource, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
			if (i >= 0) {
				runs[i] = System.nanoTime() - start;
			}
		}
		java.util.Arrays.sort(runs);
		return runs[runs.length / 2];
	}

	private static final int REVALIDATIONS = 20;

	private static void run(Injector injector, Path dir, int components, boolean print) throws Exception {
		String text = SyntheticSystems.generate("Synthetic", SyntheticSystems.Shape.standard(components), components);
		Path smm = dir.resolve("synthetic-" + components + ".smm");
		Files.writeString(smm, text, StandardCharsets.UTF_8);
		text = null;
		Path xmi = dir.resolve("synthetic-" + components + ".xmi");
		saveAsXmi(injector, smm, xmi);

		// XMI first, then the DSL, each from a collected heap (soft references are cleared at
		// every GC: see -XX:SoftRefLRUPolicyMSPerMB=0 in ./bench)
		ResourceSet xmiSet = new ResourceSetImpl();
		xmiSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		for (URI shipped : ShippedLibrary.shippedUris()) {
			xmiSet.getResource(shipped, true); // references into the catalog resolve against it, as in the DSL run
		}
		long xmiStart = System.nanoTime();
		Resource loaded = xmiSet.getResource(URI.createFileURI(xmi.toString()), true);
		EcoreUtil.resolveAll(loaded);
		long xmiLoaded = System.nanoTime();
		// retained heap = heap while the model is held minus heap once it is dropped
		long xmiHeld = Measure.usedHeapAfterGc();
		xmiSet.getResources().remove(loaded);
		loaded = null;
		long xmiHeap = xmiHeld - Measure.usedHeapAfterGc();

		long start = System.nanoTime();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(smm.toString()), true);
		EcoreUtil.resolveAll(resource);
		long parsed = System.nanoTime();
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		long validated = System.nanoTime();
		long revalidate = medianRevalidationNanos(injector, resource);
		long dslHeld = Measure.usedHeapAfterGc();
		set.getResources().remove(resource);
		resource = null;
		set = null;
		long dslHeap = dslHeld - Measure.usedHeapAfterGc();
		if (print) {
			long dslTime = validated - start;
			long xmiTime = xmiLoaded - xmiStart;
			System.out.println(String.join(" | ", String.valueOf(components), Measure.mb(Files.size(smm)),
					Measure.seconds(parsed - start), Measure.seconds(validated - parsed), String.valueOf(revalidate / 1_000_000),
					Measure.seconds(dslTime),
					Measure.mb(dslHeap), String.valueOf(issues.size()), Measure.mb(Files.size(xmi)), Measure.seconds(xmiTime),
					Measure.mb(xmiHeap), String.format("%.1f", (double) dslTime / xmiTime),
					String.format("%.1f", (double) dslHeap / Math.max(1, xmiHeap))));
		}
		Files.delete(smm);
		Files.delete(xmi);
	}
}
