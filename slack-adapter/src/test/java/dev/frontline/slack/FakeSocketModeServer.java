package dev.frontline.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode endpoint on loopback: greets a client with {@code hello} as Slack
 * does, sends it envelopes, and records what it answers.
 */
final class FakeSocketModeServer extends WebSocketServer {

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final List<WebSocket> clients = new CopyOnWriteArrayList<>();

	private final CountDownLatch started = new CountDownLatch(1);

	FakeSocketModeServer(int port) {
		super(new InetSocketAddress("127.0.0.1", port));
		setReuseAddr(true);
	}

	/** Starts listening on a free loopback port and waits until it does. */
	static FakeSocketModeServer startOnFreePort() {
		int port;
		// The probe is closed before the server binds the port it found free.
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			FakeSocketModeServer server = new FakeSocketModeServer(port);
			server.start();
			if (!server.started.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the fake Socket Mode server did not start");
			}
			return server;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "ws://127.0.0.1:" + getAddress().getPort() + "/link/";
	}

	boolean hasClient() {
		return !clients.isEmpty();
	}

	void send(String envelope) {
		clients.forEach(client -> client.send(envelope));
	}

	List<String> received() {
		return List.copyOf(received);
	}

	@Override
	public void onOpen(WebSocket connection, ClientHandshake handshake) {
		clients.add(connection);
		connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
				+ "\"connection_info\":{\"app_id\":\"A0APP\"}}");
	}

	@Override
	public void onClose(WebSocket connection, int code, String reason, boolean remote) {
		clients.remove(connection);
	}

	@Override
	public void onMessage(WebSocket connection, String message) {
		received.add(message);
	}

	@Override
	public void onError(WebSocket connection, Exception ex) {
		received.add("error: " + ex);
	}

	@Override
	public void onStart() {
		started.countDown();
	}

}
