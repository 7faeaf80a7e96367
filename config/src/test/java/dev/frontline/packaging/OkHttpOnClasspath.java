package dev.frontline.packaging;

import java.nio.file.Path;

import okhttp3.OkHttp;
import okhttp3.OkHttpClient;

/**
 * The OkHttp this JVM actually loaded, read at run time.
 *
 * @param version {@code okhttp3.OkHttp.VERSION}: a plain static field in OkHttp 5, not a
 * constant javac would inline
 * @param jar the file name of the jar {@code okhttp3.OkHttpClient} was loaded from
 */
record OkHttpOnClasspath(String version, String jar) {

	static OkHttpOnClasspath loaded() throws Exception {
		Path jar = Path.of(OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return new OkHttpOnClasspath(OkHttp.VERSION, jar.getFileName().toString());
	}

	@Override
	public String toString() {
		return "okhttp " + version + " (" + jar + ")";
	}

}
