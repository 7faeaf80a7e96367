package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /slack/events} is public: a huge body is refused after the first mebibyte,
 * before its signature is checked, instead of being read whole into memory.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackEventsBodyCapTest {

	static final long FIFTY_MB = 50L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void aFiftyMegabyteChunkedPostIsA413() throws Exception {
		assertThat(statusOfChunkedPost(FIFTY_MB)).isEqualTo(413);
	}

	@Test
	void aFiftyMegabyteDeclaredLengthIsA413WithoutReadingIt() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + FIFTY_MB + "\r\n\r\n{\"type\":")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(statusLine(socket)).contains(" 413 ");
		}
	}

	/**
	 * Sends a JSON body of that many bytes in chunks while reading the answer; the sender
	 * stops when the server closes the connection.
	 */
	private int statusOfChunkedPost(long bytes) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			Thread sender = new Thread(() -> sendChunked(out, bytes), "chunked-sender");
			sender.setDaemon(true);
			sender.start();
			String status = statusLine(socket);
			return Integer.parseInt(status.split(" ")[1]);
		}
	}

	private static void sendChunked(OutputStream out, long bytes) {
		try {
			out.write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) ' ');
			long sent = 0;
			while (sent < bytes) {
				int size = (int) Math.min(chunk.length, bytes - sent);
				out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(chunk, 0, size);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				sent += size;
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException closedByServer) {
			// The server answered and stopped reading: what this test expects of a big
			// body.
		}
	}

	private static String statusLine(Socket socket) throws IOException {
		BufferedReader in = new BufferedReader(
				new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
		String line = in.readLine();
		return line == null ? "" : line;
	}

}
