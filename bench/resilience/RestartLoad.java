import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of {@code bench/resilience/restart-under-load.sh}: a number of clients that, for a number of seconds,
 * each send their next request as soon as the last is answered, alternating a public sign-up (a new person each
 * time) and the sign-up page. Writes one line per request: sent and received (epoch milliseconds), what, HTTP
 * status (0 when the connection failed), the page's heading, and the email of a sign-up.
 *
 * <p>Arguments: sign-up page URL, seconds, clients, output file. Plain JDK, run as a single source file.
 */
public class RestartLoad {

	public static void main(String[] args) throws Exception {
		String page = args[0];
		long until = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
		int clients = Integer.parseInt(args[2]);
		Path out = Path.of(args[3]);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread client = new Thread(() -> {
				while (System.currentTimeMillis() < until) {
					int i = next.getAndIncrement();
					boolean signUp = i % 2 == 0;
					String email = signUp ? "restart" + i + "@restart.test" : "";
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page))
						.timeout(Duration.ofSeconds(120))
						.header("Accept", "text/html")
						.header("Accept-Language", "en");
					if (signUp) {
						request.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(form("name", "Person " + i, "email", email,
									"phone", "555-0100", "accessNeeds", "", "heardFrom", "a friend", "consent", "true",
									"website", "")));
					}
					long sent = System.currentTimeMillis();
					int status;
					String heading;
					try {
						HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
						status = response.statusCode();
						String body = response.body();
						int start = body.indexOf("<h1>");
						heading = start < 0 ? "" : body.substring(start + 4, body.indexOf("</h1>", start));
					}
					catch (IOException ex) {
						status = 0;
						heading = ex.getClass().getSimpleName();
					}
					catch (InterruptedException ex) {
						return;
					}
					lines.add(sent + "," + System.currentTimeMillis() + "," + (signUp ? "sign-up" : "page") + ","
							+ status + "," + heading.replace(',', ' ') + "," + email);
				}
			});
			client.start();
			threads.add(client);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			lines.forEach(writer::println);
		}
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

}
