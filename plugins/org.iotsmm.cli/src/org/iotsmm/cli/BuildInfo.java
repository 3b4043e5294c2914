package org.iotsmm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * What this build of smm is: the version and the git commit it was built from, written into the
 * bundle by the build (releng/tools/build-info.sh), so an unpacked product without .git knows them.
 */
public final class BuildInfo implements IVersionProvider {

	static final String RESOURCE = "build.properties";

	/** Version and commit of this build; "unknown" for each when the bundle was not built by Maven. */
	public static String[] versionAndCommit() {
		Properties p = new Properties();
		try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				p.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new String[] { p.getProperty("version", "unknown"), p.getProperty("commit", "unknown") };
	}

	@Override
	public String[] getVersion() {
		String[] vc = versionAndCommit();
		return new String[] { "smm " + vc[0] + " (commit " + vc[1] + ")" };
	}
}
