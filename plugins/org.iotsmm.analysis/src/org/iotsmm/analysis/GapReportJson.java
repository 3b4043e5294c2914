package org.iotsmm.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.analysis.SourceLocator.SourceLocation;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link GapReport} as JSON with a stable key order (the order written here, never
 * sorted by a map). Elements are identified by their system-relative path ({@code ""} is the
 * system), practices by {@code Domain.Practice} and code. Model objects are not written; their
 * source locations are.
 * <p>
 * Two forms (schema: plugins/org.iotsmm.report/schema/gap-report.schema.json).
 * {@link Form#FULL} ({@value #FORMAT}) repeats the target and the finding in every row and lists
 * the roll-ups and coverage cells of every element: fine for a model of tens of components.
 * {@link Form#COMPACT} ({@value #COMPACT_FORMAT}, what {@code smm report} writes) has every row too,
 * but a row names its target and its finding by their index in {@code targets} and
 * {@code findings} (a fleet shares a few hundred of them among millions of rows) and its practice
 * by qualified name only (the code is in {@code practices}). Without the
 * element detail it lists the system-wide roll-ups only, coverage counts without the cells (the
 * cells are the rows) and the trend's counts without its entries ({@code smm diff --json} lists
 * them); with the element detail, the roll-ups of every element, the cells and the changed pairs.
 * Both are streamed, one array item to a line in the compact form.
 */
public final class GapReportJson {

	/** Format version of the full form; bump it when keys change meaning or disappear. */
	public static final String FORMAT = "iotsmm-gap-report/1";

	/** Format version of the compact form. */
	public static final String COMPACT_FORMAT = "iotsmm-gap-report/2";

	/** Which form to write and whether the per-element detail (roll-ups, coverage cells) is included. */
	public record Form(boolean compact, boolean elementDetail) {
		/** Today's form: everything inline, indented. */
		public static final Form FULL = new Form(false, true);
		/** The form for fleets: shared targets and findings, system-wide roll-ups. */
		public static final Form COMPACT = new Form(true, false);

		public Form withElementDetail(boolean value) {
			return new Form(compact, value);
		}
	}

	private GapReportJson() {
	}

	public static String toJson(GapReport report) {
		StringWriter out = new StringWriter();
		write(report, out);
		return out.toString();
	}

	public static void write(GapReport report, Writer writer) {
		write(report, writer, Form.FULL);
	}

	public static void write(GapReport report, Writer writer, Form form) {
		try {
			JsonWriter w = new JsonWriter(writer);
			if (!form.compact()) {
				w.setIndent("  ");
			}
			w.setSerializeNulls(true);
			new Writing(w, writer, form).report(report);
			w.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One writing: the form, and in the compact form the tables of targets and findings. */
	private static final class Writing {
		private final JsonWriter w;
		private final Writer raw;
		private final Form form;
		private final Map<Object, Integer> targetIndex = new HashMap<>();
		private final Map<Achieved, Integer> findingIndex = new HashMap<>();

		Writing(JsonWriter w, Writer raw, Form form) {
			this.w = w;
			this.raw = raw;
			this.form = form;
		}

		/** Ends a line after an item of a long array (compact form; whitespace between tokens is JSON). */
		private void lineEnd() throws IOException {
			if (form.compact()) {
				w.flush();
				raw.write('\n');
			}
		}

		private static Object targetKey(EffectiveTarget t) {
			return List.of(t.level(), t.scope(), t.priority(), t.origin());
		}

		private void report(GapReport r) throws IOException {
			w.beginObject();
			w.name("format").value(form.compact() ? COMPACT_FORMAT : FORMAT);
			w.name("system").value(r.system());
			w.name("catalog").value(r.catalog());
			w.name("catalogVersion").value(r.catalogVersion());
			w.name("profile").value(r.profile());
			w.name("targetSet").value(r.targetSet());
			w.name("template").value(r.template());
			w.name("assessment").value(r.assessment());
			w.name("assessmentDate").value(r.assessmentDate() == null ? null : r.assessmentDate().toString());
			w.name("elements").beginArray();
			lineEnd();
			for (ElementRef e : r.elements()) {
				w.beginObject();
				w.name("path").value(e.path());
				w.name("kind").value(e.kind());
				w.name("name").value(e.name());
				w.name("title").value(e.title());
				w.name("parent").value(e.parent());
				w.endObject();
				lineEnd();
			}
			w.endArray();
			w.name("practices").beginArray();
			for (PracticeRef p : r.practices()) {
				practice(w, p, true);
			}
			w.endArray();
			if (form.compact()) {
				tables(r);
			}
			w.name("rows").beginArray();
			lineEnd();
			for (GapRow row : r.rows()) {
				row(row);
				lineEnd();
			}
			w.endArray();
			w.name("rollUps").beginArray();
			lineEnd();
			for (RollUp u : r.rollUps()) {
				if (u.element() != null && !form.elementDetail()) {
					continue;
				}
				w.beginObject();
				w.name("group").value(u.group());
				w.name("name").value(u.name());
				w.name("element").value(u.element());
				w.name("status").value(u.status().name());
				w.name("practicesWithTarget").value(u.practicesWithTarget());
				w.name("practicesMet").value(u.practicesMet());
				w.name("practicesWithGap").value(u.practicesWithGap());
				w.name("practicesNotAssessed").value(u.practicesNotAssessed());
				w.name("totalLevelGap").value(u.totalLevelGap());
				w.name("largestLevelGap").value(u.largestLevelGap());
				w.name("rowsNotAssessed").value(u.rowsNotAssessed());
				w.endObject();
				lineEnd();
			}
			w.endArray();
			coverage(r.coverage());
			w.name("roadmap").beginArray();
			lineEnd();
			for (RoadmapStep s : r.roadmap()) {
				w.beginObject();
				w.name("rank").value(s.rank());
				w.name("practice").value(s.practice().qualifiedName());
				w.name("code").value(s.practice().code());
				w.name("element").value(s.element().path());
				strings(w, "covers", s.covers());
				w.name("achievedLevel").value(s.achievedLevel());
				w.name("level").value(s.level());
				w.name("targetLevel").value(s.targetLevel());
				w.name("scope").value(s.scope().getLiteral());
				w.name("scopeOnly").value(s.scopeOnly());
				w.name("priority").value(s.priority().getLiteral());
				w.name("levelGap").value(s.levelGap());
				w.name("prerequisiteDepth").value(s.prerequisiteDepth());
				w.name("guidance").value(s.guidance());
				strings(w, "actions", s.actions());
				strings(w, "indicators", s.indicators());
				w.name("target");
				origin(w, s.origin());
				w.name("planned");
				planned(w, s.planned());
				w.endObject();
				lineEnd();
			}
			w.endArray();
			w.name("unmatchedPlannedSteps").beginArray();
			for (Planned p : r.unmatchedPlannedSteps()) {
				planned(w, p);
			}
			w.endArray();
			w.name("trend");
			if (r.trend() == null) {
				w.nullValue();
			} else {
				w.beginObject();
				trendFields(r.trend());
				w.endObject();
			}
			w.name("progress").beginArray();
			for (ProgressPoint p : r.progress()) {
				w.beginObject();
				w.name("assessment").value(p.assessment());
				w.name("date").value(p.date() == null ? null : p.date().toString());
				w.name("practicesWithTarget").value(p.practicesWithTarget());
				w.name("practicesMet").value(p.practicesMet());
				w.name("practicesWithGap").value(p.practicesWithGap());
				w.name("practicesNotAssessed").value(p.practicesNotAssessed());
				w.name("totalLevelGap").value(p.totalLevelGap());
				w.name("largestLevelGap").value(p.largestLevelGap());
				w.endObject();
			}
			w.endArray();
			w.endObject();
		}

		/** The targets and findings that rows and trend entries name by index (compact form). */
		private void tables(GapReport r) throws IOException {
			w.name("targets").beginArray();
			lineEnd();
			for (GapRow row : r.rows()) {
				if (row.target() != null && targetIndex.putIfAbsent(targetKey(row.target()), targetIndex.size()) == null) {
					target(row.target());
					lineEnd();
				}
			}
			w.endArray();
			w.name("findings").beginArray();
			lineEnd();
			for (GapRow row : r.rows()) {
				finding(row.achieved());
			}
			if (r.trend() != null && form.elementDetail()) {
				for (Trend.Entry e : r.trend().entries()) {
					if (e.change() != Trend.Change.UNCHANGED) {
						finding(e.before());
						finding(e.after());
					}
				}
			}
			w.endArray();
		}

		private void finding(Achieved a) throws IOException {
			if (a != null && findingIndex.putIfAbsent(a, findingIndex.size()) == null) {
				achieved(w, a);
				lineEnd();
			}
		}

		private void target(EffectiveTarget t) throws IOException {
			w.beginObject();
			w.name("level").value(t.level());
			w.name("scope").value(t.scope().getLiteral());
			w.name("priority").value(t.priority().getLiteral());
			w.name("from");
			origin(w, t.origin());
			w.endObject();
		}

		private void row(GapRow row) throws IOException {
			w.beginObject();
			w.name("practice").value(row.practice().qualifiedName());
			if (!form.compact()) { // the compact form's practices table has the code
				w.name("code").value(row.practice().code());
			}
			w.name("element").value(row.element().path());
			w.name("status").value(row.status().name());
			w.name("levelGap").value(row.levelGap());
			w.name("scopeGap").value(row.scopeGap());
			w.name("target");
			if (row.target() == null) {
				w.nullValue();
			} else if (form.compact()) {
				w.value(targetIndex.get(targetKey(row.target())));
			} else {
				target(row.target());
			}
			w.name("achieved");
			achievedOrIndex(row.achieved());
			w.endObject();
		}

		private void achievedOrIndex(Achieved a) throws IOException {
			if (a != null && form.compact()) {
				w.value(findingIndex.get(a));
			} else {
				achieved(w, a);
			}
		}

		private void coverage(Coverage c) throws IOException {
			w.name("coverage").beginObject();
			w.name("components").beginArray();
			lineEnd();
			for (ComponentCoverage cc : c.components()) {
				w.beginObject();
				w.name("component").value(cc.component().path());
				w.name("targets").value(cc.targets());
				w.name("findings").value(cc.findings());
				if (form.elementDetail()) {
					w.name("cells").beginArray();
					for (GapRow cell : cc.cells()) {
						w.beginObject();
						w.name("practice").value(cell.practice().qualifiedName());
						w.name("code").value(cell.practice().code());
						w.name("status").value(cell.status().name());
						w.name("target").value(cell.target() == null ? null
								: cell.target().level() + "/" + cell.target().scope().getLiteral());
						w.name("achieved").value(cell.achieved() == null ? null
								: cell.achieved().level() + "/" + cell.achieved().scope().getLiteral());
						w.endObject();
					}
					w.endArray();
				}
				w.endObject();
				lineEnd();
			}
			w.endArray();
			strings(w, "uncoveredComponents", c.uncoveredComponents());
			w.name("practicesWithoutFinding").beginArray();
			for (PracticeWithoutFinding p : c.practicesWithoutFinding()) {
				w.beginObject();
				w.name("practice").value(p.practice().qualifiedName());
				w.name("code").value(p.practice().code());
				strings(w, "elements", p.elements());
				w.endObject();
			}
			w.endArray();
			w.endObject();
		}

		private void trendFields(Trend t) throws IOException {
			w.name("from").value(t.from());
			w.name("fromDate").value(t.fromDate() == null ? null : t.fromDate().toString());
			w.name("to").value(t.to());
			w.name("toDate").value(t.toDate() == null ? null : t.toDate().toString());
			w.name("counts").beginObject();
			for (Trend.Change change : Trend.Change.values()) {
				w.name(change.name()).value(t.count(change));
			}
			w.endObject();
			if (!form.elementDetail()) {
				w.name("entries").nullValue(); // smm diff --json lists them; so does the report with the element detail
				return;
			}
			w.name("entries").beginArray();
			lineEnd();
			for (Trend.Entry e : t.entries()) {
				if (form.compact() && e.change() == Trend.Change.UNCHANGED) {
					continue;
				}
				w.beginObject();
				w.name("practice").value(e.practice().qualifiedName());
				w.name("code").value(e.practice().code());
				w.name("element").value(e.element().path());
				w.name("change").value(e.change().name());
				w.name("before");
				achievedOrIndex(e.before());
				w.name("after");
				achievedOrIndex(e.after());
				w.endObject();
				lineEnd();
			}
			w.endArray();
		}
	}

	private static void practice(JsonWriter w, PracticeRef p, boolean full) throws IOException {
		w.beginObject();
		w.name("practice").value(p.qualifiedName());
		w.name("code").value(p.code());
		if (full) {
			w.name("title").value(p.title());
			w.name("domain").value(p.domain());
			w.name("subdomain").value(p.subdomain());
		}
		w.endObject();
	}


	private static void origin(JsonWriter w, TargetOrigin o) throws IOException {
		w.beginObject();
		w.name("targetSet").value(o.targetSet());
		w.name("template").value(o.template());
		w.name("subjectKind").value(o.subjectKind());
		w.name("subject").value(o.subject());
		w.name("on").value(o.on());
		location(w, o.location());
		w.endObject();
	}

	private static void achieved(JsonWriter w, Achieved a) throws IOException {
		if (a == null) {
			w.nullValue();
			return;
		}
		w.beginObject();
		w.name("level").value(a.level());
		w.name("scope").value(a.scope().getLiteral());
		w.name("assessment").value(a.assessment());
		w.name("on").value(a.on());
		w.name("evidence").value(a.evidenceCount());
		IndicatorEvidence indicators = a.indicators();
		w.name("indicatorsEvidenced").value(indicators.evidenced());
		w.name("indicatorsOfLevel").value(indicators.ofLevel());
		location(w, a.location());
		w.name("derived").value(a.derived());
		w.endObject();
	}

	private static void location(JsonWriter w, SourceLocation l) throws IOException {
		w.name("file").value(l.file());
		w.name("line").value(l.line());
	}

	private static void planned(JsonWriter w, Planned p) throws IOException {
		if (p == null) {
			w.nullValue();
			return;
		}
		w.beginObject();
		w.name("plan").value(p.plan());
		w.name("practice").value(p.practice());
		w.name("element").value(p.element());
		w.name("toLevel").value(p.toLevel());
		w.name("owner").value(p.owner());
		w.name("due").value(p.due() == null ? null : p.due().toString());
		w.name("status").value(p.status() == null ? null : p.status().getLiteral());
		w.name("note").value(p.note());
		location(w, p.location());
		w.endObject();
	}


	/** Format of {@link #trendToJson}. */
	public static final String TREND_FORMAT = "iotsmm-trend/1";

	/**
	 * A trend between two assessments on its own ({@code smm diff --json}): the format, the
	 * system, then the same keys as the report's {@code trend}.
	 */
	public static String trendToJson(String system, Trend t) {
		StringWriter out = new StringWriter();
		try {
			JsonWriter w = new JsonWriter(out);
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("format").value(TREND_FORMAT);
			w.name("system").value(system);
			new Writing(w, out, Form.FULL).trendFields(t);
			w.endObject();
			w.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out + "\n";
	}



	private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
		w.name(name).beginArray();
		for (String v : values) {
			w.value(v);
		}
		w.endArray();
	}
}
