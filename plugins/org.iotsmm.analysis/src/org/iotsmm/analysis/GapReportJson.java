package org.iotsmm.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.iotsmm.analysis.Coverage.ComponentCoverage;
import org.iotsmm.analysis.Coverage.PracticeWithoutFinding;
import org.iotsmm.analysis.SourceLocator.SourceLocation;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link GapReport} as JSON with a stable key order (the order written here, never
 * sorted by a map). Elements are identified by their system-relative path ({@code ""} is the
 * system), practices by {@code Domain.Practice} and code. Model objects are not written; their
 * source locations are.
 */
public final class GapReportJson {

	/** Format version of this JSON; bump it when keys change meaning or disappear. */
	public static final String FORMAT = "iotsmm-gap-report/1";

	private GapReportJson() {
	}

	public static String toJson(GapReport report) {
		StringWriter out = new StringWriter();
		write(report, out);
		return out.toString();
	}

	public static void write(GapReport report, Writer writer) {
		try {
			JsonWriter w = new JsonWriter(writer);
			w.setIndent("  ");
			w.setSerializeNulls(true);
			report(w, report);
			w.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void report(JsonWriter w, GapReport r) throws IOException {
		w.beginObject();
		w.name("format").value(FORMAT);
		w.name("system").value(r.system());
		w.name("catalog").value(r.catalog());
		w.name("catalogVersion").value(r.catalogVersion());
		w.name("profile").value(r.profile());
		w.name("targetSet").value(r.targetSet());
		w.name("template").value(r.template());
		w.name("assessment").value(r.assessment());
		w.name("assessmentDate").value(r.assessmentDate() == null ? null : r.assessmentDate().toString());
		w.name("elements").beginArray();
		for (ElementRef e : r.elements()) {
			w.beginObject();
			w.name("path").value(e.path());
			w.name("kind").value(e.kind());
			w.name("name").value(e.name());
			w.name("title").value(e.title());
			w.name("parent").value(e.parent());
			w.endObject();
		}
		w.endArray();
		w.name("practices").beginArray();
		for (PracticeRef p : r.practices()) {
			practice(w, p, true);
		}
		w.endArray();
		w.name("rows").beginArray();
		for (GapRow row : r.rows()) {
			row(w, row);
		}
		w.endArray();
		w.name("rollUps").beginArray();
		for (RollUp u : r.rollUps()) {
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
		}
		w.endArray();
		coverage(w, r.coverage());
		w.name("roadmap").beginArray();
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
		}
		w.endArray();
		w.name("unmatchedPlannedSteps").beginArray();
		for (Planned p : r.unmatchedPlannedSteps()) {
			planned(w, p);
		}
		w.endArray();
		w.name("trend");
		trend(w, r.trend());
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

	private static void row(JsonWriter w, GapRow row) throws IOException {
		w.beginObject();
		w.name("practice").value(row.practice().qualifiedName());
		w.name("code").value(row.practice().code());
		w.name("element").value(row.element().path());
		w.name("status").value(row.status().name());
		w.name("levelGap").value(row.levelGap());
		w.name("scopeGap").value(row.scopeGap());
		w.name("target");
		if (row.target() == null) {
			w.nullValue();
		} else {
			w.beginObject();
			w.name("level").value(row.target().level());
			w.name("scope").value(row.target().scope().getLiteral());
			w.name("priority").value(row.target().priority().getLiteral());
			w.name("from");
			origin(w, row.target().origin());
			w.endObject();
		}
		w.name("achieved");
		achieved(w, row.achieved());
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
		location(w, a.location());
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

	private static void coverage(JsonWriter w, Coverage c) throws IOException {
		w.name("coverage").beginObject();
		w.name("components").beginArray();
		for (ComponentCoverage cc : c.components()) {
			w.beginObject();
			w.name("component").value(cc.component().path());
			w.name("targets").value(cc.targets());
			w.name("findings").value(cc.findings());
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
			w.endObject();
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
			trendFields(w, t);
			w.endObject();
			w.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out + "\n";
	}

	private static void trend(JsonWriter w, Trend t) throws IOException {
		if (t == null) {
			w.nullValue();
			return;
		}
		w.beginObject();
		trendFields(w, t);
		w.endObject();
	}

	private static void trendFields(JsonWriter w, Trend t) throws IOException {
		w.name("from").value(t.from());
		w.name("fromDate").value(t.fromDate() == null ? null : t.fromDate().toString());
		w.name("to").value(t.to());
		w.name("toDate").value(t.toDate() == null ? null : t.toDate().toString());
		w.name("counts").beginObject();
		for (Trend.Change change : Trend.Change.values()) {
			w.name(change.name()).value(t.count(change));
		}
		w.endObject();
		w.name("entries").beginArray();
		for (Trend.Entry e : t.entries()) {
			w.beginObject();
			w.name("practice").value(e.practice().qualifiedName());
			w.name("code").value(e.practice().code());
			w.name("element").value(e.element().path());
			w.name("change").value(e.change().name());
			w.name("before");
			achieved(w, e.before());
			w.name("after");
			achieved(w, e.after());
			w.endObject();
		}
		w.endArray();
	}

	private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
		w.name(name).beginArray();
		for (String v : values) {
			w.value(v);
		}
		w.endArray();
	}
}
