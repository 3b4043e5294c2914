package org.iotsmm.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.iotsmm.analysis.Achieved;
import org.iotsmm.analysis.Trend;

import com.google.gson.stream.JsonWriter;

/** A {@link Trend} (assessment to assessment) as JSON with a stable key order. */
public final class TrendJson {

	public static final String FORMAT = "iotsmm-trend/1";

	private TrendJson() {
	}

	public static String toJson(String system, Trend t) {
		StringWriter out = new StringWriter();
		try {
			JsonWriter w = new JsonWriter(out);
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("format").value(FORMAT);
			w.name("system").value(system);
			w.name("from").value(t.from());
			w.name("fromDate").value(t.fromDate() == null ? null : t.fromDate().toString());
			w.name("to").value(t.to());
			w.name("toDate").value(t.toDate() == null ? null : t.toDate().toString());
			w.name("counts").beginObject();
			for (Trend.Change c : Trend.Change.values()) {
				w.name(c.name()).value(t.count(c));
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
			w.endObject();
			w.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString() + "\n";
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
		w.endObject();
	}
}
