package org.liminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the application and PostgreSQL that can play a database restart: {@link #stop()} resets
 * every connection through it (mid-query for those in use) and refuses new ones, {@link #start()} accepts them
 * again on the same port. The tests share one PostgreSQL server, which must not be restarted for real.
 */
public final class DatabaseProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	private int port;

	public DatabaseProxy(String targetHost, int targetPort) {
		this.target = new InetSocketAddress(targetHost, targetPort);
	}

	/** Accepts connections (again), on the port of the first start. */
	public synchronized DatabaseProxy start() throws IOException {
		if (server != null) {
			return this;
		}
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		port = listening.getLocalPort();
		server = listening;
		Thread acceptor = new Thread(() -> accept(listening), "database-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		return this;
	}

	/** As when PostgreSQL goes down: every connection reset at once, new ones refused. */
	public synchronized void stop() throws IOException {
		if (server == null) {
			return;
		}
		server.close();
		server = null;
		for (Socket socket : sockets) {
			reset(socket);
		}
		sockets.clear();
	}

	public int port() {
		return port;
	}

	@Override
	public void close() throws IOException {
		stop();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			Socket client;
			try {
				client = listening.accept();
			}
			catch (IOException ex) {
				return;
			}
			try {
				Socket upstream = new Socket();
				upstream.connect(target, 5000);
				synchronized (this) {
					if (server != listening) {
						reset(client);
						reset(upstream);
						continue;
					}
					sockets.add(client);
					sockets.add(upstream);
				}
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				reset(client);
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read; (read = in.read(buffer)) >= 0;) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Either side gone: both go.
			}
			finally {
				reset(from);
				reset(to);
			}
		}, "database-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	/** Closes with a reset (RST), as a server process that dies does, rather than an orderly goodbye. */
	private void reset(Socket socket) {
		sockets.remove(socket);
		try {
			socket.setSoLinger(true, 0);
		}
		catch (SocketException ex) {
			// Already closed.
		}
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Nothing left to do.
		}
	}

}
