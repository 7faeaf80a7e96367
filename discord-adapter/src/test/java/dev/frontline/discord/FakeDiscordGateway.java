package dev.frontline.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discord's gateway on loopback: {@code HELLO} on connect, {@code READY} and one
 * {@code GUILD_CREATE} after {@code IDENTIFY}, heartbeats acknowledged, {@code RESUME}
 * answered {@code RESUMED} (or refused, so the client identifies again), connections
 * dropped and dispatches such as {@code INTERACTION_CREATE} sent when a test asks.
 */
final class FakeDiscordGateway extends WebSocketServer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final List<WebSocket> clients = new CopyOnWriteArrayList<>();

	private final CountDownLatch started = new CountDownLatch(1);

	private final AtomicInteger sequence = new AtomicInteger();

	private final String ready;

	/** Whether a RESUME is answered RESUMED or with an invalid session. */
	private volatile boolean acceptResume = true;

	private final String guildCreate;

	private FakeDiscordGateway(int port, String ready, String guildCreate) {
		super(new InetSocketAddress("127.0.0.1", port));
		this.ready = ready;
		this.guildCreate = guildCreate;
		setReuseAddr(true);
	}

	/** Starts on a free loopback port, answering IDENTIFY with these payloads. */
	static FakeDiscordGateway start(String ready, String guildCreate) {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FakeDiscordGateway server = new FakeDiscordGateway(port, ready, guildCreate);
		server.start();
		try {
			if (!server.started.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the fake Discord gateway did not start");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return server;
	}

	String url() {
		return "ws://127.0.0.1:" + getAddress().getPort() + "/";
	}

	/** Every payload the client sent, IDENTIFY and heartbeats included. */
	List<String> received() {
		return List.copyOf(received);
	}

	/** Sends a dispatch (op 0) of the given type to every connected client. */
	void dispatch(String type, String data) {
		String payload = "{\"op\":0,\"s\":" + sequence.incrementAndGet() + ",\"t\":\"" + type + "\",\"d\":" + data
				+ "}";
		clients.forEach(client -> client.send(payload));
	}

	/**
	 * Drops every connection as Discord does when it restarts a gateway node (close code
	 * 4000): the client resumes its session, or identifies again if the session is
	 * refused.
	 */
	void drop(boolean acceptResume) {
		this.acceptResume = acceptResume;
		clients.forEach(client -> client.close(4000, "Unknown error"));
	}

	@Override
	public void onOpen(WebSocket connection, ClientHandshake handshake) {
		clients.add(connection);
		connection.send("{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":41250}}");
	}

	@Override
	public void onMessage(WebSocket connection, String message) {
		received.add(message);
		JsonNode payload = JSON.readTree(message);
		switch (payload.get("op").asInt()) {
			case 1 -> connection.send("{\"op\":11,\"s\":null,\"t\":null,\"d\":null}");
			case 2 -> {
				dispatch("READY", ready.replace("RESUME_URL", url()));
				dispatch("GUILD_CREATE", guildCreate);
			}
			case 6 -> {
				if (acceptResume) {
					dispatch("RESUMED", "{\"_trace\":[\"fake\"]}");
				}
				else {
					connection.send("{\"op\":9,\"s\":null,\"t\":null,\"d\":false}");
				}
			}
			default -> {
				// Presence updates and the like: recorded, nothing to answer.
			}
		}
	}

	@Override
	public void onClose(WebSocket connection, int code, String reason, boolean remote) {
		clients.remove(connection);
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
