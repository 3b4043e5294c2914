package org.iotsmm.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1, RFC 9562): the same subject gets the same UUID in every
 * export, so re-exporting an unchanged model gives identical files. ({@code UUID.nameUUIDFromBytes}
 * makes version 3, which the OSCAL schemas reject.)
 */
public final class StableIds {

	/** The project's namespace: the version-5 UUID of its OSCAL namespace URI in the URL namespace. */
	public static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), Oscal.NS);

	private StableIds() {
	}

	/** The UUID of a subject, named by parts joined with a separator no name contains. */
	public static String of(String kind, String... parts) {
		return v5(NAMESPACE, kind + "\u001f" + String.join("\u001f", parts)).toString();
	}

	static UUID v5(UUID namespace, String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer ns = ByteBuffer.allocate(16);
			ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
			sha1.update(ns.array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
		}
	}
}
