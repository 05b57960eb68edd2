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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The surge's load: a fixed number of sign-ups fired at a set of trainings' public sign-up pages by a number of
 * clients that each send their next one as soon as the last is answered (a closed model: throughput is what the
 * app gives). Run as a single source file ({@code java -cp HdrHistogram.jar bench/SurgeLoad.java …}) by
 * {@code bench/surge.sh}, which seeds the trainings before and checks the database after.
 *
 * <p>Sign-up {@code i} goes to training {@code i mod n}. Every 23rd one (from the second round on; 23 and 20 share
 * no factor, so every training gets some) reuses the email of the sign-up {@code n} places before it, the same
 * training's previous one, so that the two are in flight at nearly the same time: the app must answer one
 * "signed up" and one "already signed up".
 *
 * <p>Each answer is written to the outcomes file (training, email, HTTP status, outcome read from the page,
 * waitlist position, private token) for the database check; latencies go to an HdrHistogram.
 *
 * <p>Arguments: base URL (e.g. {@code http://127.0.0.1:18080/surge}), trainings file (lines
 * {@code id,token}), number of sign-ups, clients, email prefix, outcomes file.
 */
public class SurgeLoad {

	private static final Pattern WAITLIST = Pattern.compile("You are number (\\d+) on the waitlist");

	private static final Pattern PRIVATE_LINK = Pattern.compile("/join/registrations/([A-Za-z0-9_-]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		List<String[]> trainings = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[1]))) {
			if (!line.isBlank()) {
				trainings.add(line.split(","));
			}
		}
		int total = Integer.parseInt(args[2]);
		int clients = Integer.parseInt(args[3]);
		String prefix = args[4];
		Path outcomes = Path.of(args[5]);

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Recorder recorder = new Recorder(3_600_000_000L, 3);
		ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			Thread client = new Thread(() -> {
				try {
					for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
						int t = i % trainings.size();
						int person = (i % 23 == 7 && i >= trainings.size()) ? i - trainings.size() : i;
						String email = prefix + person + "@surge.test";
						String body = form("name", "Person " + person, "email", email, "phone", "555-0100",
								"accessNeeds", "", "heardFrom", "a friend", "consent", "true", "website", "");
						HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/join/" + trainings.get(t)[1]))
							.timeout(Duration.ofSeconds(60))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.header("Accept-Language", "en")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build();
						long sent = System.nanoTime();
						int status;
						String page;
						try {
							HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
							status = response.statusCode();
							page = response.body();
						}
						catch (IOException ex) {
							status = 0;
							page = ex.toString();
						}
						recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
						String[] outcome = outcome(status, page);
						if (status / 100 != 2 || outcome[0].equals("OTHER")) {
							if (failures.incrementAndGet() <= 5) {
								System.err.println("Sign-up " + i + " answered " + status + ": "
										+ page.substring(0, Math.min(page.length(), 300)).replace('\n', ' '));
							}
						}
						lines.add(String.join(",", trainings.get(t)[0], email, Integer.toString(status), outcome[0],
								outcome[1], outcome[2], Integer.toString(i)));
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
			client.start();
		}
		done.await();
		double seconds = (System.nanoTime() - start) / 1e9;
		Histogram latencies = recorder.getIntervalHistogram();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(outcomes))) {
			lines.forEach(out::println);
		}
		long ok = lines.stream().filter(line -> line.split(",")[2].startsWith("2")).count();
		System.out.printf("requests=%d ok=%d failures=%d seconds=%.2f throughput=%.0f p50_ms=%.1f p95_ms=%.1f "
				+ "p99_ms=%.1f max_ms=%.1f mean_ms=%.1f%n", lines.size(), ok, failures.get(), seconds,
				lines.size() / seconds, latencies.getValueAtPercentile(50) / 1000.0,
				latencies.getValueAtPercentile(95) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0,
				latencies.getMaxValue() / 1000.0, latencies.getMean() / 1000.0);
	}

	/** What the page says: CONFIRMED, WAITLISTED (with the position), AGAIN, or OTHER (an error or the form). */
	private static String[] outcome(int status, String page) {
		if (status != 200) {
			return new String[] { "OTHER", "", "" };
		}
		Matcher link = PRIVATE_LINK.matcher(page);
		String token = link.find() ? link.group(1) : "";
		if (page.contains("<h1>You have a seat</h1>")) {
			return new String[] { "CONFIRMED", "0", token };
		}
		Matcher waitlist = WAITLIST.matcher(page);
		if (page.contains("<h1>You are on the waitlist</h1>") && waitlist.find()) {
			return new String[] { "WAITLISTED", waitlist.group(1), token };
		}
		if (page.contains("<h1>You are already signed up</h1>")) {
			return new String[] { "AGAIN", "", "" };
		}
		return new String[] { "OTHER", "", "" };
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

}
