package org.iotsmm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotsmm.dsl.library.ShippedLibrary;
import org.iotsmm.smm.Catalog;
import org.iotsmm.smm.Consideration;
import org.iotsmm.smm.Domain;
import org.iotsmm.smm.LevelGuidance;
import org.iotsmm.smm.Model;
import org.iotsmm.smm.Practice;
import org.iotsmm.smm.Profile;
import org.iotsmm.smm.ProfileRule;
import org.iotsmm.dsl.validation.ProfileRuleText;
import org.iotsmm.smm.Subdomain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
		description = "Print the shipped SMM catalog (domains, subdomains, practices, level guidance), "
				+ "optionally with an industry profile's considerations and rules.")
class CatalogCommand implements Callable<Integer> {

	@Option(names = "--profile", paramLabel = "PROFILE", description = "Also print this profile's considerations and rules (Manufacturing, RetailPOS, ConsumerIoT, HealthcareDevices).")
	String profileName;

	@Option(names = "--brief", description = "Only the structure: domains, subdomains, practices.")
	boolean brief;

	@Option(names = "--standard", paramLabel = "NAME", description = "Print this standard's requirements and the practices mapped to them instead (e.g. NIST_CSF, IEC62443_3_3, IEC62443_2_1, ETSI_EN_303_645).")
	String standardName;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (standardName != null) {
			MappingTable.print(spec.commandLine().getOut(), new Standards(null), standardName);
			return SmmCommand.OK;
		}
		XtextResourceSet set = Models.injector().getInstance(XtextResourceSet.class);
		Catalog catalog = null;
		Profile profile = null;
		List<String> profiles = new java.util.ArrayList<>();
		for (URI uri : ShippedLibrary.shippedUris()) {
			Resource resource = set.getResource(uri, true);
			for (Object root : resource.getContents()) {
				for (Object element : ((Model) root).getElements()) {
					if (element instanceof Catalog c && catalog == null) {
						catalog = c;
					} else if (element instanceof Profile p) {
						profiles.add(p.getName());
						if (p.getName().equals(profileName)) {
							profile = p;
						}
					}
				}
			}
		}
		EcoreUtil.resolveAll(set);
		PrintWriter out = spec.commandLine().getOut();
		if (catalog == null) {
			spec.commandLine().getErr().println("smm: the shipped catalog is missing from this installation");
			return SmmCommand.USAGE_OR_IO;
		}
		if (profileName != null && profile == null) {
			spec.commandLine().getErr().println("smm: unknown profile '" + profileName + "'; available: " + String.join(", ", profiles));
			return SmmCommand.USAGE_OR_IO;
		}
		out.println(catalog.getTitle() + " (" + catalog.getName() + " " + catalog.getVersion() + ")");
		for (Domain domain : catalog.getDomains()) {
			out.println();
			out.println(domain.getTitle().toUpperCase() + " domain");
			for (Subdomain subdomain : domain.getSubdomains()) {
				out.println("  " + subdomain.getTitle());
				for (Practice practice : subdomain.getPractices()) {
					out.println("    " + practice.getCode() + "  " + practice.getTitle() + "  (" + domain.getName() + "."
							+ practice.getName() + ")");
					if (brief) {
						continue;
					}
					out.println(indent(practice.getObjective(), "        "));
					for (LevelGuidance guidance : practice.getGuidance()) {
						out.println("      Level " + guidance.getLevel() + ": " + guidance.getDescription());
						if (profile != null) {
							for (Consideration consideration : profile.getConsiderations()) {
								if (consideration.getPractice() == practice
										&& (consideration.getLevel() == 0 || consideration.getLevel() == guidance.getLevel())) {
									out.println("        [" + profile.getName() + "] " + consideration.getText().replace('\n', ' '));
								}
							}
						}
					}
				}
			}
		}
		if (profile != null) {
			printRules(out, profile);
		}
		return SmmCommand.OK;
	}

	/** The profile's rules (and those of the profiles it extends): its own heuristics, checked by smm validate. */
	private static void printRules(PrintWriter out, Profile profile) {
		java.util.Set<Profile> seen = new java.util.HashSet<>();
		for (Profile p = profile; p != null && !p.eIsProxy() && seen.add(p); p = p.getBase()) {
			if (p.getRules().isEmpty()) {
				continue;
			}
			out.println();
			out.println("RULES of profile " + p.getName() + " (the profile's own heuristics; smm validate warns when a system breaks one)");
			for (ProfileRule rule : p.getRules()) {
				out.println("  " + rule.getName() + (rule.getTitle() == null ? "" : "  " + rule.getTitle()));
				out.println("    when " + rule.getSubject().getLiteral() + " " + ProfileRuleText.conditions(rule));
				out.println("    expect " + ProfileRuleText.expectation(rule));
			}
		}
	}

	private static String indent(String text, String prefix) {
		return text == null ? "" : prefix + text.replace("\n", "\n" + prefix);
	}
}
